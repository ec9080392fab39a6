/* The engine: routing, the command loop (redirections, retries, failures), multi-node
 * fan-out. It sees commands as encoded bytes plus a slot; it knows nothing of PHP classes
 * and reports failures as status codes with the message in c->err. */
#ifndef RC_CLUSTER_LIBRARY_H
#define RC_CLUSTER_LIBRARY_H

#include "php.h"
#include "node.h"
#include "slot_cache.h"
#include "resp.h"
#include "topology.h"

/* OPT_SLAVE_FAILOVER values, as phpredis numbers them. */
#define RC_FAILOVER_NONE 0
#define RC_FAILOVER_ERROR 1
#define RC_FAILOVER_DISTRIBUTE 2
#define RC_FAILOVER_DISTRIBUTE_SLAVES 3

/* OPT_BACKOFF_ALGORITHM values, as phpredis numbers them. */
#define RC_BACKOFF_DEFAULT 0
#define RC_BACKOFF_DECORRELATED_JITTER 1
#define RC_BACKOFF_FULL_JITTER 2
#define RC_BACKOFF_EQUAL_JITTER 3
#define RC_BACKOFF_EXPONENTIAL 4
#define RC_BACKOFF_UNIFORM 5
#define RC_BACKOFF_CONSTANT 6

/* MOVED and ASK followed for one command before giving up. */
#define RC_MAX_REDIRECTS 16

#define RC_MSG_NO_SEED_ANSWERS "Couldn't map cluster keyspace using any provided seed"
#define RC_MSG_NO_NODE_ANSWERS "Can't communicate with any node in the cluster"
#define RC_MSG_BUDGET "Timed out attempting to find data in the correct node!"

typedef struct rc_seed {
	zend_string *host;
	uint16_t port;
} rc_seed;

typedef struct rc_cluster {
	rc_topology *topo;
	rc_conn **node_conn;  /* per topo node: its open connection, or NULL */
	HashTable conns;      /* "host:port" -> rc_conn*, every open connection */
	HashTable *moved;     /* slot -> "host:port" learnt from MOVED since the last refresh */
	bool refresh_wanted;  /* a MOVED was seen: refresh once the request is done */

	rc_seed *seeds;       /* the user's seeds, kept to fall back on */
	uint32_t seed_count;
	rc_conn_opts opts;
	double budget;        /* seconds one command may spend on redirections and retries */
	double deadline;      /* rc_now() by which the running request's retries must end; 0: none */
	double limit;         /* rc_now() by which it ends whatever the nodes do: deadline + read timeout */

	zend_long failover;
	zend_long max_retries;  /* retries of one command after lost connections */
	zend_long backoff_algorithm;
	zend_long backoff_base; /* milliseconds */
	zend_long backoff_cap;  /* milliseconds */

	zend_string *cache_key;  /* the slot cache entry this object uses; NULL: cache off */
	double debounce;         /* seconds between failure-triggered refreshes */
	double epoch_check;      /* seconds after which a shared map is checked against the epoch; 0: never */
	bool suspects;           /* the running request saw (or made) a suspect node of the cluster */
	bool id_mismatch;        /* a node answered CLUSTER MYID with another ID */

	uint64_t conn_serial;    /* connections opened so far: each gets the next number */
	struct rc_txn *txn;      /* MULTI and WATCH state (cluster_multi.c); NULL when none */

	struct rc_sub *sub;      /* the subscription (cluster_pubsub.c), or NULL */
	/* Bytes written to and read from this object's connections (gettransferredbytes()):
	 * node.c adds to them in its write and read paths, through each connection's
	 * `bytes`, which points here. */
	zend_long bytes[2];

	/* One standalone server (the Redis class), not a cluster: the map is that one node
	 * with every slot, nothing is refreshed, MOVED and the cluster conditions are plain
	 * error replies, and a connection found dead before a command is opened again. */
	bool standalone;
	/* Standalone: the connection was lost and OPT_MAX_RETRIES reconnections failed; every
	 * command fails at once ("went away") until the class connects again, as phpredis's
	 * Redis does. */
	bool gone;
	/* Standalone: the connection found idle and open in this request with nothing written
	 * on it since, so that the commands of one pipeline cost one poll(), not one each.
	 * Forgotten when a request begins or ends, at a write and when a connection goes. */
	const rc_conn *idle_ok;

	zend_string *redir_host; /* where the last MOVED/ASK pointed, for _redir() */
	uint16_t redir_port;
	rc_err err;
} rc_cluster;

/* One command of a request. The caller encodes cmd and sets slot (or, for a command
 * directed at one node, node with rc_req_direct()) and readonly; the engine fills reply
 * and type. */
typedef struct rc_req {
	rc_cmd cmd;
	uint16_t slot;
	uint16_t node;     /* RC_NO_NODE: route by slot; else an index into node_map */
	/* The map node indexes, a reference: the object's map may be replaced before the
	 * command is sent (by user code while arguments are converted, a retry's refresh, a
	 * map the pool published), and the node is then found again by its address. */
	rc_topology *node_map;
	bool readonly;
	bool keyed;        /* slot is a key's (not a random one, for a command without keys) */
	bool sent;         /* written at least once: without a reply, its outcome is unknown */
	bool taints;       /* changes the connection's session state: do not pool it after */
	/* Seconds the server may hold the reply back (a blocking command's own timeout): the
	 * read waits that long plus the read timeout. 0 for every other command. */
	double block;
	bool blocks;       /* a blocking command (block 0: the server may hold it for ever) */
	int type;          /* hiredis reply type; 0 while there is no reply */
	zval reply;
	/* engine state */
	uint8_t redirect;  /* 0, or RC_REDIRECT_MOVED / RC_REDIRECT_ASK with target below */
	rc_why why;        /* why the next attempt refreshes the topology */
	zend_string *target_host;
	uint16_t target_port;
} rc_req;

/* Takes the cache's map when it is newer than the object's (another object or worker
 * refreshed): before a command is addressed to every master. Only where a refresh may run. */
void rc_cluster_adopt(rc_cluster *c);
/* Directs req at the node at idx of topo (rc_cluster_req_node() finds it later). */
void rc_req_direct(rc_req *req, rc_topology *topo, uint16_t idx);

void rc_cluster_init(rc_cluster *c);
void rc_cluster_free(rc_cluster *c);
/* Adds a seed, taking its host string; a seed given twice is kept once. */
void rc_cluster_add_seed(rc_cluster *c, rc_seed *seed);
/* What the constructor was given: the connect and read timeouts (seconds; 0 =
 * default_socket_timeout), persistent connections, the refresh debounce (seconds). The
 * command budget follows from the timeouts. The credentials and TLS options in c->opts are
 * set before this, which seals them into the pool tag (when persistent: only pooled
 * sockets are found by it). */
void rc_cluster_configure(rc_cluster *c, double timeout, double read_timeout, bool persistent, double debounce);
/* The slot cache's key for this object's seeds under cluster `name` (may be NULL). */
zend_string *rc_cluster_cache_key(const rc_cluster *c, const zend_string *name);
/* Serves the topology from the slot cache's entry `key` (taken). */
void rc_cluster_use_cache(rc_cluster *c, zend_string *key);
/* Parses "host:port" into a seed; FAILURE when it is not one. */
zend_result rc_seed_parse(const char *str, size_t len, rc_seed *seed);

typedef enum {
	RC_SEED_OK,
	RC_SEED_INVALID,  /* not [scheme://]host:port[?query] */
	RC_SEED_DATABASE, /* its query names a database other than 0 */
} rc_seed_result;

#define RC_MSG_SEED_INVALID "Invalid seed \"%s\": expected \"host:port\""
#define RC_MSG_SEED_DATABASE "Invalid seed \"%s\": a cluster has only database 0"

/* Parses a seed as phpredis and the frameworks write it: "[tcp://|tls://|ssl://]host:port"
 * followed by an optional query string (Laravel writes "host:port?database=0&password=..."
 * and passes the credentials apart). tls:// and ssl:// set *tls. Of the query only
 * `database` means something: anything but 0 is RC_SEED_DATABASE, since a cluster has no
 * other database; the rest is ignored, as phpredis ignores it. */
rc_seed_result rc_seed_parse_uri(const char *str, size_t len, rc_seed *seed, bool *tls);
/* Maps the keyspace: from the slot cache when it has the cluster, else from the seeds
 * tried in random order (filling the cache). */
rc_status rc_cluster_connect(rc_cluster *c, double max_age);
/* Makes this the engine of one standalone server at host:port (a path: a unix socket) and
 * opens its connection, within the connect timeout (or, `lazy`, leaves that to the first
 * command). */
rc_status rc_cluster_connect_single(rc_cluster *c, const char *host, size_t len, uint16_t port, bool lazy);
/* Fetches the topology again because of `why`: known nodes in random order, then the
 * seeds. With the cache on, the reason is recorded, a snapshot already refreshed by
 * another object is taken instead, and refreshes other than RC_WHY_MANUAL are debounced
 * (RC_OK without fetching). */
rc_status rc_cluster_refresh(rc_cluster *c, rc_why why);
void rc_cluster_close(rc_cluster *c);

void rc_req_init(rc_req *req, const char *name, size_t len);
/* The same, building in `storage` (see rc_cmd_init_in()). */
void rc_req_init_in(rc_req *req, smart_str *storage, const char *name, size_t len);
void rc_req_free(rc_req *req);

/* Runs n commands: written to every node first, then read, one round trip in total, then
 * redirections and retries one by one. RC_OK when every command has a reply (which may
 * be an -ERR reply); otherwise the failure, with c->err set. */
rc_status rc_cluster_run(rc_cluster *c, rc_req *reqs, uint32_t n);

/* Options, set through the engine so that it can apply them to its open connections.
 * Each returns false (nothing changed) for a value it does not take. */
bool rc_cluster_set_read_timeout(rc_cluster *c, double seconds);
/* Bytes written (tx) and read (rx) since the object was made or the counters cleared. */
void rc_cluster_transferred(const rc_cluster *c, zend_long *tx, zend_long *rx);
void rc_cluster_clear_transferred(rc_cluster *c);
void rc_cluster_set_keepalive(rc_cluster *c, bool on);
bool rc_cluster_set_failover(rc_cluster *c, zend_long mode);
bool rc_cluster_set_max_retries(rc_cluster *c, zend_long retries);
bool rc_cluster_set_backoff_algorithm(rc_cluster *c, zend_long algorithm);
/* base and cap in milliseconds; a negative value leaves that one as it is. */
bool rc_cluster_set_backoff_times(rc_cluster *c, zend_long base, zend_long cap);

/* Transactions (cluster_multi.c), as phpredis runs them on a cluster: MULTI goes to a
 * node with the first command queued there, EXEC to every node touched. What a node
 * answers inside MULTI is never followed: a redirection, a cluster condition or a lost
 * connection abandons the transaction, which is then discarded on every node (DISCARD,
 * or the connection closed), so that no node is left inside MULTI or half-applied.
 * WATCH goes to the nodes of the keys' slots; once keys are watched, a queued command
 * must be in a watched slot (elsewhere the WATCH could not stop it). */
bool rc_cluster_in_multi(const rc_cluster *c);
/* Starts MULTI mode: commands are then queued with rc_cluster_multi_queue(). */
void rc_cluster_multi_begin(rc_cluster *c);
/* Queues one finished request; *node is the index of its node in the transaction (EXEC's
 * replies come back per node, in queue order). RC_OK with req->type REDIS_REPLY_ERROR
 * when the node refused it: the transaction then can only abort, and EXEC discards it.
 * Any other failure abandons the transaction. */
rc_status rc_cluster_multi_queue(rc_cluster *c, rc_req *req, uint32_t *node);
/* EXEC on every node touched. RC_OK: *replies is a list, per node index, of EXEC's
 * reply (a list of the node's replies), or *aborted is set when no node ran anything
 * (a WATCH fired, or a refused command: c->err says which). Otherwise some node may
 * have applied its part and another not: the failure names which. MULTI mode ends. */
rc_status rc_cluster_multi_exec(rc_cluster *c, zval *replies, bool *aborted);
/* DISCARD on every node in MULTI, UNWATCH on the nodes watched. MULTI mode ends. */
void rc_cluster_multi_discard(rc_cluster *c);
/* WATCH: one request per slot (rc_split_build() with "WATCH"). */
rc_status rc_cluster_watch(rc_cluster *c, rc_req *reqs, uint32_t n);
void rc_cluster_unwatch(rc_cluster *c);
/* Forgets the transaction's state without talking to the nodes (their connections are
 * being closed). */
void rc_cluster_txn_free(rc_cluster *c);

/* Index of the master at host:port, or RC_NO_NODE. */
uint16_t rc_cluster_find_master(const rc_cluster *c, const char *host, size_t len, uint16_t port);

#endif
