/* One connection to one cluster node, over PHP streams (tcp or tls).
 *
 * A connection queues a prelude (AUTH, READONLY, CLUSTER MYID) when it is opened or when
 * its role changes; the prelude goes out in the same write as the next command and its
 * replies are consumed before that command's reply, so none of it costs a round trip.
 * Nothing here knows about PHP classes: failures are status codes with the message held
 * in an rc_err. */
#ifndef RC_NODE_H
#define RC_NODE_H

#include "php.h"
#include "php_network.h"
#include "rc_base.h"
#include "resp.h"

/* Shared by every connection of one RedisCluster object. Credentials live here only. */
typedef struct rc_conn_opts {
	double timeout;      /* connect timeout, seconds; 0 = default_socket_timeout */
	double read_timeout; /* seconds; 0 = default_socket_timeout */
	bool persistent;
	bool tls;
	bool keepalive;      /* OPT_TCP_KEEPALIVE: SO_KEEPALIVE on every socket */
	bool bare_errors;    /* a failed connect says only the stream's error, as phpredis's Redis */
	zend_string *user;   /* NULL unless ACL-style AUTH user password */
	zend_string *pass;   /* NULL: no AUTH */
	php_stream_context *context; /* ssl and socket options for every connection */
	/* The database every connection is in: SELECT is queued on a connection when it is
	 * not 0; a refused SELECT fails the command. -1: never SELECT (a cluster node has
	 * database 0 only). */
	zend_long db;
	/* A pooled socket is RESET before reuse, then authenticated and SELECTed again
	 * (standalone servers): whatever a request before did to it (AUTH as another user,
	 * SELECT, CLIENT SETNAME, tracking), the next user starts from a clean session. */
	bool reset_pooled;
	zend_string *persistent_id; /* pconnect()'s persistent id: part of the pool key, or NULL */
	/* Pooled sockets per pool key (redis.pconnect.connection_limit); 0: no limit. With
	 * pooling off (redis.pconnect.pooling_enabled=0) the key has one pooled socket and a
	 * second object of the request gets a connection of its own. */
	uint32_t pool_limit;
	bool pooling;
	char pool_tag[41];   /* sha1 of credentials, database, persistent id and TLS options; "db<n>" without them */
} rc_conn_opts;

#define RC_PRELUDE_AUTH 1
#define RC_PRELUDE_READONLY 2
#define RC_PRELUDE_MYID 3
#define RC_PRELUDE_SELECT 4
#define RC_PRELUDE_RESET 5
#define RC_PRELUDE_MAX 4

typedef struct rc_conn {
	php_stream *stream;
	/* The stream's resource, with a reference of ours: the request's resource list may
	 * close the stream before the object holding us is freed (objects in cycles are freed
	 * last), and another object sharing a pooled stream may destroy it. While res->ptr is
	 * the stream, the stream is alive. */
	zend_resource *res;
	/* Plain TCP is read and written on the socket itself: a blocking recv() with a
	 * kernel timeout (SO_RCVTIMEO) is one system call per reply, where a PHP socket stream
	 * polls first. TLS goes through the stream. */
	php_socket_t fd;
	bool raw;
	rc_reader reader;
	zend_string *host;
	uint16_t port;
	bool persistent;
	bool stream_timeout_moved; /* TLS: the stream's read timeout was shortened for one reply */
	double read_timeout;  /* seconds, as it applies (never 0): bounds one reply as a whole */
	bool readonly;        /* READONLY sent (or queued) on this connection */
	/* Replies to commands written and not yet read. A connection with replies owed
	 * belongs to whoever wrote them (a command or a batch) until they are read: nothing
	 * else may write to it, read from it or close it. */
	uint32_t owed;
	bool tainted;         /* a command changed its session state (MULTI, AUTH...): never pooled */
	bool bare_errors;     /* a refused AUTH says only the server's error (phpredis's Redis) */
	bool in_txn;          /* MULTI or WATCH is open on it: never pooled while so */
	bool in_multi;        /* MULTI is open: whatever is written is queued, not run */
	uint64_t serial;      /* which connection to its address this is, for the object's books */
	smart_str prelude;
	uint8_t prelude_len;
	uint8_t prelude_kind[RC_PRELUDE_MAX];
	uint8_t prelude_sent; /* how many of prelude_kind[] were written and await a reply */
	bool id_checked;      /* CLUSTER MYID was queued on this connection */
	zend_long select_db;  /* the database the SELECT prelude asks for */
	bool id_mismatch;     /* the MYID prelude named another node than expect_id */
	char expect_id[41];   /* node ID the MYID prelude must return */
	/* [written, read] byte counters of the object using the connection (its owner sets
	 * it; it outlives the connection), or NULL. */
	zend_long *bytes;
} rc_conn;

/* Opens (or takes from the persistent pool) a connection. AUTH is queued as prelude on a
 * new connection; a pooled one was authenticated when it was opened. */
rc_conn *rc_conn_open(const char *host, size_t host_len, uint16_t port, const rc_conn_opts *opts, rc_err *err);
/* Closes the connection; a persistent stream goes back to the pool unless a reply is
 * still owed or `force` is set, in which case it is destroyed. */
void rc_conn_close(rc_conn *conn, bool force);

static inline bool rc_conn_alive(const rc_conn *conn)
{
	return conn->res->ptr == conn->stream;
}

void rc_conn_queue_readonly(rc_conn *conn);
void rc_conn_queue_myid(rc_conn *conn, const char *node_id);

static inline bool rc_conn_busy(const rc_conn *conn)
{
	return conn->owed > 0 || conn->prelude_sent > 0;
}

/* Writes the queued prelude and `len` bytes holding `ncmds` commands, in one write.
 * `until` (rc_now() time, 0 = none) bounds the write as a whole, as the read timeout
 * does. */
rc_status rc_conn_write(rc_conn *conn, const char *buf, size_t len, uint32_t ncmds, double until, rc_err *err);
/* Reads the next reply, consuming prelude replies first. Each reply as a whole, not each
 * recv(), is bounded by the read timeout plus `block` (seconds a blocking command lets the
 * server wait; 0 otherwise), and by `until` (rc_now() time) when that is sooner: a node
 * that drips its reply a byte at a time cannot hold the caller. */
rc_status rc_conn_read(rc_conn *conn, zval *reply, int *type, double block, double until, rc_err *err);
/* True when the connection is open and has nothing to read: a peer that closed it (or
 * sent what we did not ask for) shows as readable. One poll(), no waiting. */
bool rc_conn_check_idle(rc_conn *conn);
void rc_conn_set_keepalive(rc_conn *conn, bool on);
/* A configured timeout in seconds as it applies: 0 means default_socket_timeout. */
double rc_timeout_seconds(double configured);
/* Changes the read timeout of this connection (seconds, 0 = default_socket_timeout). */
void rc_conn_set_read_timeout(rc_conn *conn, double seconds);

/* Computes opts->pool_tag from the credentials and TLS options. */
void rc_conn_opts_seal(rc_conn_opts *opts);
/* Gives TLS connections a stream context holding these `ssl` options (string keys; NULL:
 * none). Called once, before rc_conn_opts_seal(). */
void rc_conn_opts_set_ssl(rc_conn_opts *opts, HashTable *ssl);
void rc_conn_opts_free(rc_conn_opts *opts);

#endif
