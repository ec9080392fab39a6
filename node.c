#include "node.h"
#include "php_redis.h"

#include "ext/standard/file.h"

#include <netinet/tcp.h>
#include "ext/standard/php_var.h"
#include "ext/standard/sha1.h"
#include "main/php_streams.h"

double rc_timeout_seconds(double configured)
{
	if (configured > 0) {
		return configured;
	}
	if (FG(default_socket_timeout) > 0) {
		return (double)FG(default_socket_timeout);
	}
	/* default_socket_timeout=-1 means "no timeout": bound it anyway; the engine's time
	 * budget must hold even then. */
	return 60.0;
}

static struct timeval seconds_to_timeval(double seconds)
{
	struct timeval tv;

	seconds = rc_timeout_seconds(seconds);
	tv.tv_sec = (time_t)seconds;
	tv.tv_usec = (suseconds_t)((seconds - (double)tv.tv_sec) * 1000000.0);
	return tv;
}

/* The stream layer reports some failures (a name that does not resolve, a TLS handshake
 * refused, a TLS read or write that fails) as PHP warnings, raised from deep inside a
 * connect, read or write. A user error handler would then run while the engine holds raw
 * pointers into its connections and snapshot, and could close the object or refresh its
 * map under it. So stream calls run "quiet": no user handler, nothing displayed or
 * logged; the warning's text, if any, is kept as the cause of the engine's own error. */
typedef struct rc_quiet {
	zval handler;
	int reporting;
	zend_string *last; /* PG(last_error_message) before */
} rc_quiet;

static void quiet_begin(rc_quiet *q)
{
	ZVAL_COPY_VALUE(&q->handler, &EG(user_error_handler));
	ZVAL_UNDEF(&EG(user_error_handler));
	q->reporting = EG(error_reporting);
	EG(error_reporting) = 0;
	q->last = PG(last_error_message);
}

/* Restores error reporting; returns the message of a warning raised meanwhile, or NULL
 * (valid until the next PHP error). */
static const char *quiet_end(rc_quiet *q)
{
	ZVAL_COPY_VALUE(&EG(user_error_handler), &q->handler);
	EG(error_reporting) = q->reporting;
	return PG(last_error_message) && PG(last_error_message) != q->last ? ZSTR_VAL(PG(last_error_message)) : NULL;
}

/* Hashes a field so that no two different field lists hash the same bytes: a presence
 * byte, the length, then the value. */
static void hash_field(PHP_SHA1_CTX *ctx, const zend_string *value)
{
	unsigned char present = value != NULL;
	uint64_t len = value ? (uint64_t)ZSTR_LEN(value) : 0;

	PHP_SHA1Update(ctx, &present, 1);
	PHP_SHA1Update(ctx, (const unsigned char *)&len, sizeof(len));
	if (value) {
		PHP_SHA1Update(ctx, (const unsigned char *)ZSTR_VAL(value), ZSTR_LEN(value));
	}
}

void rc_conn_opts_seal(rc_conn_opts *opts)
{
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];

	if (opts->user == NULL && opts->pass == NULL && opts->persistent_id == NULL && !(opts->tls && opts->context)) {
		/* Nothing secret to hide and little to tell apart: the database alone, which
		 * costs a tenth of a SHA-1 on every pconnect(). Never 40 hex digits, so never the
		 * tag of a hashed set. */
		snprintf(opts->pool_tag, sizeof(opts->pool_tag), "db" ZEND_LONG_FMT, opts->db);
		return;
	}
	/* Two users, or the same user with other TLS settings, never share a pooled socket:
	 * fields are length-prefixed (a NUL in a password cannot move where the user ends)
	 * and an empty user is not the same as no user. */
	PHP_SHA1Init(&ctx);
	hash_field(&ctx, opts->user);
	hash_field(&ctx, opts->pass);
	hash_field(&ctx, opts->persistent_id);
	PHP_SHA1Update(&ctx, (const unsigned char *)&opts->db, sizeof(opts->db));
	if (opts->tls && opts->context) {
		zval *ssl = zend_hash_str_find(Z_ARRVAL(opts->context->options), "ssl", sizeof("ssl") - 1);

		if (ssl && Z_TYPE_P(ssl) == IS_ARRAY) {
			smart_str buf = {0};
			php_var_export_ex(ssl, 0, &buf);
			smart_str_0(&buf);
			PHP_SHA1Update(&ctx, (const unsigned char *)ZSTR_VAL(buf.s), ZSTR_LEN(buf.s));
			smart_str_free(&buf);
		}
	}
	PHP_SHA1Final(digest, &ctx);
	make_sha1_digest(opts->pool_tag, digest);
}

void rc_conn_opts_set_ssl(rc_conn_opts *opts, HashTable *ssl)
{
	zend_string *name;
	zval *val;

	opts->context = php_stream_context_alloc();
	if (ssl == NULL) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ssl, name, val) {
		if (name) {
			php_stream_context_set_option(opts->context, "ssl", ZSTR_VAL(name), val);
		}
	} ZEND_HASH_FOREACH_END();
}

void rc_conn_opts_free(rc_conn_opts *opts)
{
	if (opts->user) {
		zend_string_release(opts->user);
		opts->user = NULL;
	}
	if (opts->pass) {
		/* Credentials do not linger in freed request memory. */
		ZEND_SECURE_ZERO(ZSTR_VAL(opts->pass), ZSTR_LEN(opts->pass));
		zend_string_release(opts->pass);
		opts->pass = NULL;
	}
	if (opts->persistent_id) {
		zend_string_release(opts->persistent_id);
		opts->persistent_id = NULL;
	}
	if (opts->context) {
		/* Ours is one reference; streams opened with it hold their own. */
		zend_list_delete(opts->context->res);
		opts->context = NULL;
	}
}

static void prelude_push(rc_conn *conn, uint8_t kind, rc_cmd *cmd)
{
	ZEND_ASSERT(conn->prelude_sent == 0 && conn->prelude_len < RC_PRELUDE_MAX);
	rc_cmd_finish(cmd);
	smart_str_appendl(&conn->prelude, rc_cmd_data(cmd), rc_cmd_len(cmd));
	rc_cmd_free(cmd);
	conn->prelude_kind[conn->prelude_len++] = kind;
}

static void queue_auth(rc_conn *conn, const rc_conn_opts *opts)
{
	rc_cmd cmd;

	rc_cmd_init(&cmd, "AUTH", 4);
	if (opts->user) {
		rc_cmd_arg_str(&cmd, opts->user);
	}
	rc_cmd_arg_str(&cmd, opts->pass);
	prelude_push(conn, RC_PRELUDE_AUTH, &cmd);
	/* The buffer now holds the password: it is wiped when the prelude is written. */
}

static void queue_select(rc_conn *conn, zend_long db)
{
	rc_cmd cmd;

	rc_cmd_init(&cmd, "SELECT", 6);
	rc_cmd_arg_long(&cmd, db);
	prelude_push(conn, RC_PRELUDE_SELECT, &cmd);
	conn->select_db = db;
}

void rc_conn_queue_readonly(rc_conn *conn)
{
	rc_cmd cmd;

	if (conn->readonly) {
		return;
	}
	rc_cmd_init(&cmd, "READONLY", 8);
	prelude_push(conn, RC_PRELUDE_READONLY, &cmd);
	conn->readonly = true;
}

void rc_conn_queue_myid(rc_conn *conn, const char *node_id)
{
	rc_cmd cmd;

	rc_cmd_init(&cmd, "CLUSTER", 7);
	rc_cmd_arg(&cmd, "MYID", 4);
	prelude_push(conn, RC_PRELUDE_MYID, &cmd);
	strlcpy(conn->expect_id, node_id, sizeof(conn->expect_id));
	conn->id_checked = true;
}

/* A pooled stream, when `persistent_id` names one that is idle: readable means EOF, or a
 * reply that a request cut short (a fatal error mid-read) left behind, which must never
 * be read as ours. One that another connection of this request holds is not idle either:
 * *in_use says so, and it is left alone (two objects never share a socket). */
static php_stream *pooled_stream(const char *persistent_id, const struct timeval *tv, bool *in_use)
{
	php_stream *stream = NULL;
	php_socket_t fd;

	*in_use = false;
	if (php_stream_from_persistent_id(persistent_id, &stream) != PHP_STREAM_PERSISTENT_SUCCESS) {
		return NULL;
	}
	if (zend_hash_index_exists(&REDIS_G(pool_in_use), (zend_ulong)(uintptr_t)stream)) {
		*in_use = true;
		return NULL;
	}
	if (php_stream_set_option(stream, PHP_STREAM_OPTION_CHECK_LIVENESS, 0, (void *)tv) == PHP_STREAM_OPTION_RETURN_OK
		&& php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **)&fd, 0) == SUCCESS
		&& php_pollfd_for_ms(fd, PHP_POLLREADABLE, 0) == 0) {
		return stream;
	}
	php_stream_pclose(stream);
	return NULL;
}

/* The pool of one key is its sockets "<key>:0", "<key>:1"...: the first idle one is
 * taken; else the first free place is opened (*persistent_id names it); NULL in both
 * when every place of a limited pool is in use. */
static php_stream *pool_take(const char *key, const rc_conn_opts *opts, const struct timeval *tv, char **persistent_id)
{
	uint32_t limit = opts->pooling ? opts->pool_limit : 1;
	php_stream *stream;
	bool in_use;

	for (uint32_t i = 0; limit == 0 || i < limit; i++) {
		spprintf(persistent_id, 0, "%s:%u", key, i);
		stream = pooled_stream(*persistent_id, tv, &in_use);
		if (stream || !in_use) {
			return stream;
		}
		efree(*persistent_id);
		*persistent_id = NULL;
	}
	return NULL;
}

/* The stream's address: tcp:// or tls:// with the host ([bracketed] when IPv6) and port, or
 * unix:// and the path. Put together by hand: a printf-style format cost 650 instructions,
 * a twentieth of a Redis connect(). */
static zend_string *stream_uri(bool tls, const char *host, size_t host_len, uint16_t port, bool ipv6, bool unix_socket)
{
	smart_str uri = {0};

	if (unix_socket) {
		smart_str_appendl(&uri, "unix://", 7);
		smart_str_appendl(&uri, host, host_len);
	} else {
		smart_str_appendl(&uri, tls ? "tls://" : "tcp://", 6);
		if (ipv6) {
			smart_str_appendc(&uri, '[');
		}
		smart_str_appendl(&uri, host, host_len);
		smart_str_appendl(&uri, ipv6 ? "]:" : ":", ipv6 ? 2 : 1);
		smart_str_append_unsigned(&uri, port);
	}
	return smart_str_extract(&uri);
}

rc_conn *rc_conn_open(const char *host, size_t host_len, uint16_t port, const rc_conn_opts *opts, rc_err *err)
{
	struct timeval connect_tv = seconds_to_timeval(opts->timeout);
	bool ipv6 = memchr(host, ':', host_len) != NULL, unix_socket = host_len > 0 && host[0] == '/';
	char *persistent_id = NULL, *pool_key = NULL;
	zend_string *uri, *errstr = NULL;
	php_stream *stream = NULL;
	bool pooled = false;
	int errcode = 0;
	rc_conn *conn = NULL;
	const char *warning;
	rc_quiet quiet;
	php_socket_t fd;

	uri = stream_uri(opts->tls, host, host_len, port, ipv6, unix_socket);
	quiet_begin(&quiet);
	if (opts->persistent) {
		spprintf(&pool_key, 0, "rediscluster:%s:%s", ZSTR_VAL(uri), opts->pool_tag);
		stream = pool_take(pool_key, opts, &connect_tv, &persistent_id);
		pooled = stream != NULL;
		if (stream == NULL && persistent_id == NULL && opts->pooling) {
			quiet_end(&quiet);
			rc_err_set(err, RC_ERR_CONNECT, "Connection limit reached (redis.pconnect.connection_limit=%u)",
				opts->pool_limit);
			goto out;
		}
		/* Pooling off and its one place taken: this connection is the object's own. */
	}
	if (stream == NULL) {
		stream = php_stream_xport_create(ZSTR_VAL(uri), ZSTR_LEN(uri), 0, STREAM_XPORT_CLIENT | STREAM_XPORT_CONNECT,
			persistent_id, &connect_tv, opts->context, &errstr, &errcode);
	}
	warning = quiet_end(&quiet);
	if (stream == NULL) {
		const char *cause = errstr ? ZSTR_VAL(errstr) : (warning ? warning : "unknown error");

		if (opts->bare_errors) {
			rc_err_set(err, RC_ERR_CONNECT, "%s", cause);
		} else if (unix_socket) {
			rc_err_set(err, RC_ERR_CONNECT, "Can't connect to %.*s: %s", (int)host_len, host, cause);
		} else {
			rc_err_set(err, RC_ERR_CONNECT, "Can't connect to %.*s:%u: %s", (int)host_len, host, port, cause);
		}
		goto out;
	}

	/* Replies are read in chunks straight into the RESP reader: no stream buffer between. */
	stream->flags |= PHP_STREAM_FLAG_NO_BUFFER;

	conn = ecalloc(1, sizeof(*conn));
	conn->stream = stream;
	conn->res = stream->res;
	GC_ADDREF(conn->res);
	conn->fd = -1;
	/* FD_FOR_SELECT: the TLS transport refuses SOCKETD once encryption is on. */
	if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **)&fd, 0) == SUCCESS) {
		int one = 1;

		conn->fd = fd;
		conn->raw = !opts->tls;
		/* Commands are written whole: Nagle would only delay them. */
		if (!unix_socket) {
			setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, (char *)&one, sizeof(one));
		}
	}
	rc_conn_set_read_timeout(conn, opts->read_timeout);
	conn->persistent = persistent_id != NULL;
	conn->bare_errors = opts->bare_errors;
	if (conn->persistent) {
		zend_hash_index_add_empty_element(&REDIS_G(pool_in_use), (zend_ulong)(uintptr_t)stream);
	}
	conn->host = zend_string_init(host, host_len, 0);
	conn->port = port;
	if (rc_reader_init(&conn->reader) != SUCCESS) {
		rc_err_set(err, RC_ERR_CONNECT, "Out of memory creating a reply reader");
		rc_conn_close(conn, true);
		conn = NULL;
		goto out;
	}
	if (pooled && opts->reset_pooled) {
		rc_cmd cmd;

		/* Redis 6.2+; an older server's error is ignored (check_prelude). */
		rc_cmd_init(&cmd, "RESET", 5);
		prelude_push(conn, RC_PRELUDE_RESET, &cmd);
	}
	if (opts->pass && (!pooled || opts->reset_pooled)) {
		queue_auth(conn, opts);
	}
	if (opts->db > 0) {
		queue_select(conn, opts->db);
	}
	if (opts->keepalive) {
		rc_conn_set_keepalive(conn, true);
	}

out:
	if (errstr) {
		zend_string_release(errstr);
	}
	zend_string_release(uri);
	if (persistent_id) {
		efree(persistent_id);
	}
	if (pool_key) {
		efree(pool_key);
	}
	return conn;
}

void rc_conn_close(rc_conn *conn, bool force)
{
	if (conn->persistent) {
		zend_hash_index_del(&REDIS_G(pool_in_use), (zend_ulong)(uintptr_t)conn->stream);
	}
	if (rc_conn_alive(conn)) {
		bool broken = force || conn->tainted || conn->in_txn || rc_conn_busy(conn) || rc_reader_pending(&conn->reader);
		rc_quiet quiet;

		/* A TLS shutdown on a dead peer warns. */
		quiet_begin(&quiet);
		if (!conn->persistent) {
			php_stream_close(conn->stream);
		} else if (broken) {
			php_stream_pclose(conn->stream);
		}
		/* else: a clean persistent stream stays in EG(persistent_list) for the next request. */
		quiet_end(&quiet);
	}
	zend_list_delete(conn->res);
	rc_reader_destroy(&conn->reader);
	if (conn->prelude.s) {
		ZEND_SECURE_ZERO(ZSTR_VAL(conn->prelude.s), ZSTR_LEN(conn->prelude.s));
		smart_str_free(&conn->prelude);
	}
	zend_string_release(conn->host);
	efree(conn);
}

bool rc_conn_check_idle(rc_conn *conn)
{
	rc_quiet quiet;
	bool alive;

	if (!rc_conn_alive(conn) || rc_conn_busy(conn) || rc_reader_pending(&conn->reader)) {
		return false;
	}
	if (conn->raw || conn->fd < 0) {
		return conn->fd < 0 || php_pollfd_for_ms(conn->fd, PHP_POLLREADABLE, 0) == 0;
	}
	/* TLS: a readable socket may hold no more than a session ticket that the server sent
	 * after the handshake; the stream's own check reads past those (and sees EOF). */
	quiet_begin(&quiet);
	alive = php_stream_set_option(conn->stream, PHP_STREAM_OPTION_CHECK_LIVENESS, 0, NULL) == PHP_STREAM_OPTION_RETURN_OK;
	quiet_end(&quiet);
	return alive;
}

void rc_conn_set_keepalive(rc_conn *conn, bool on)
{
	int value = on;

	if (conn->fd >= 0) {
		setsockopt(conn->fd, SOL_SOCKET, SO_KEEPALIVE, (char *)&value, sizeof(value));
	}
}

void rc_conn_set_read_timeout(rc_conn *conn, double seconds)
{
	struct timeval tv = seconds_to_timeval(seconds);

	conn->read_timeout = rc_timeout_seconds(seconds);
	conn->stream_timeout_moved = false;
	php_stream_set_option(conn->stream, PHP_STREAM_OPTION_READ_TIMEOUT, 0, &tv);
	if (conn->raw) {
		/* A write blocks no longer than a read may wait. */
		setsockopt(conn->fd, SOL_SOCKET, SO_RCVTIMEO, (char *)&tv, sizeof(tv));
		setsockopt(conn->fd, SOL_SOCKET, SO_SNDTIMEO, (char *)&tv, sizeof(tv));
	}
}

/* The slow path of a transfer that needs more than one system call: waits until the socket
 * is ready or `limit` (rc_now() time) passes. For TLS the stream polls by itself, so its
 * timeout is set to what is left instead (no system call). */
static bool wait_ready(rc_conn *conn, int events, double limit)
{
	for (;;) {
		double left = limit - rc_now();
		int ready;

		if (left <= 0) {
			return false;
		}
		if (!conn->raw) {
			struct timeval tv;

			tv.tv_sec = (time_t)left;
			tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1000000.0);
			php_stream_set_option(conn->stream, PHP_STREAM_OPTION_READ_TIMEOUT, 0, &tv);
			conn->stream_timeout_moved = true;
			return true;
		}
		ready = php_pollfd_for_ms(conn->fd, events, (int)(left * 1000.0) + 1);
		if (ready > 0) {
			return true;
		}
		if (ready == 0 || errno != EINTR) {
			/* Timed out; or a poll failure, which the next send/recv reports. */
			return ready != 0;
		}
	}
}

/* The stream's own read timeout again, after wait_ready() shortened it. */
static void restore_stream_timeout(rc_conn *conn)
{
	if (conn->stream_timeout_moved) {
		rc_conn_set_read_timeout(conn, conn->read_timeout);
	}
}

/* The sooner of a transfer's own limit and the caller's `until` (0: none). */
static double transfer_limit(double limit, double until)
{
	return until > 0 && until < limit ? until : limit;
}

static rc_status write_all(rc_conn *conn, const char *buf, size_t len, double until, rc_err *err)
{
	double limit = 0;
	ssize_t written;

	if (!conn->raw) {
		rc_quiet quiet;

		quiet_begin(&quiet);
		written = php_stream_write(conn->stream, buf, len);
		quiet_end(&quiet);
		if (written > 0 && conn->bytes) {
			conn->bytes[0] += written;
		}
		if (written >= 0 && (size_t)written == len) {
			return RC_OK;
		}
		rc_err_set(err, RC_ERR_WRITE, "Can't write to %s:%u", ZSTR_VAL(conn->host), conn->port);
		return RC_ERR_WRITE;
	}
	while (len > 0) {
		written = send(conn->fd, buf, len, MSG_NOSIGNAL);
		if (written < 0 && errno == EINTR) {
			continue;
		}
		if (written <= 0) {
			rc_err_set(err, RC_ERR_WRITE, "Can't write to %s:%u: %s", ZSTR_VAL(conn->host), conn->port,
				written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? "timed out" : strerror(errno));
			return RC_ERR_WRITE;
		}
		if (conn->bytes) {
			conn->bytes[0] += written;
		}
		buf += written;
		len -= (size_t)written;
		if (len > 0) {
			/* A peer that takes a few bytes at a time must not stretch the write for ever. */
			limit = limit > 0 ? limit : transfer_limit(rc_now() + conn->read_timeout, until);
			if (!wait_ready(conn, POLLOUT, limit)) {
				rc_err_set(err, RC_ERR_WRITE, "Can't write to %s:%u: timed out", ZSTR_VAL(conn->host), conn->port);
				return RC_ERR_WRITE;
			}
		}
	}
	return RC_OK;
}

/* Reads what the socket has (at least one byte, or a failure): -1 with *timed_out set
 * when the read timeout passed, 0 at EOF. */
static ssize_t read_some(rc_conn *conn, char *buf, size_t len, bool *timed_out)
{
	ssize_t got;

	*timed_out = false;
	if (!conn->raw) {
		rc_quiet quiet;

		quiet_begin(&quiet);
		got = php_stream_read(conn->stream, buf, len);
		quiet_end(&quiet);
		*timed_out = got <= 0 && ((php_netstream_data_t *)conn->stream->abstract)->timeout_event;
	} else {
		do {
			got = recv(conn->fd, buf, len, 0);
		} while (got < 0 && errno == EINTR);
		*timed_out = got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
	}
	if (got > 0 && conn->bytes) {
		conn->bytes[1] += got;
	}
	return got;
}

rc_status rc_conn_write(rc_conn *conn, const char *buf, size_t len, uint32_t ncmds, double until, rc_err *err)
{
	rc_status status;

	if (ncmds > 0 && !rc_conn_busy(conn) && rc_reader_pending(&conn->reader)) {
		/* Bytes came that no command was owed (a reply to nothing): every reply read on
		 * it from now on would be the one before, another key's value. Nothing is sent;
		 * the caller drops it and the command goes out on a new connection. (Pub/sub
		 * writes owe nothing, ncmds 0: messages come unasked there.) */
		rc_err_set(err, RC_ERR_CONNECT, "%s:%u sent a reply to no command: the connection is out of step",
			ZSTR_VAL(conn->host), conn->port);
		return RC_ERR_CONNECT;
	}
	conn->owed += ncmds;
	if (conn->prelude.s == NULL || ZSTR_LEN(conn->prelude.s) == 0) {
		return write_all(conn, buf, len, until, err);
	}
	/* Only the first command on a connection (or after a role change) pays this copy. */
	smart_str_appendl(&conn->prelude, buf, len);
	status = write_all(conn, ZSTR_VAL(conn->prelude.s), ZSTR_LEN(conn->prelude.s), until, err);
	/* It may hold a password; and it is rarely needed again. */
	ZEND_SECURE_ZERO(ZSTR_VAL(conn->prelude.s), ZSTR_LEN(conn->prelude.s));
	smart_str_free(&conn->prelude);
	conn->prelude_sent = conn->prelude_len;
	return status;
}

/* Reads one whole reply, within the read timeout (or `until`, when sooner) as a whole.
 * The first recv() waits with the socket's own timeout, which is the read timeout: on the
 * common path a reply costs one system call (and one clock read, from the vDSO). Only a
 * reply that takes more reads, or an `until` sooner than the read timeout, waits with
 * poll() for what is left. */
static rc_status read_reply(rc_conn *conn, zval *reply, int *type, double block, double until, rc_err *err)
{
	double timeout = conn->read_timeout + block;
	rc_status status = RC_OK;
	double start = 0, limit = 0;
	char buf[16384];

	for (;;) {
		ssize_t got;
		bool timed_out = false;
		int rv = rc_reader_next(&conn->reader, reply, type);

		if (rv == RC_READ_OK) {
			break;
		}
		if (rv == RC_READ_ERROR) {
			rc_err_set(err, RC_ERR_PROTOCOL, "Protocol error from %s:%u: %s", ZSTR_VAL(conn->host), conn->port,
				rc_reader_error(&conn->reader));
			status = RC_ERR_PROTOCOL;
			break;
		}
		if (start == 0) {
			start = rc_now();
			/* `until` sooner than the read timeout: even the first wait is shorter; a
			 * blocking command's longer wait is not the socket's timeout either. */
			limit = transfer_limit(start + timeout, until);
			limit = limit < start + conn->read_timeout || block > 0 ? limit : 0;
		}
		if (limit > 0 && !wait_ready(conn, POLLIN, limit)) {
			timed_out = true;
			got = -1;
		} else {
			got = read_some(conn, buf, sizeof(buf), &timed_out);
		}
		if (got <= 0) {
			if (timed_out) {
				rc_err_set(err, RC_ERR_TIMEOUT, "Timed out reading from %s:%u", ZSTR_VAL(conn->host), conn->port);
				status = RC_ERR_TIMEOUT;
			} else {
				rc_err_set(err, RC_ERR_READ, "Error reading from %s:%u: connection lost", ZSTR_VAL(conn->host),
					conn->port);
				status = RC_ERR_READ;
			}
			break;
		}
		if (rc_reader_feed(&conn->reader, buf, (size_t)got) != SUCCESS) {
			rc_err_set(err, RC_ERR_PROTOCOL, "Out of memory reading from %s:%u", ZSTR_VAL(conn->host), conn->port);
			status = RC_ERR_PROTOCOL;
			break;
		}
		/* Whatever more this reply needs is timed from its start, not per recv(). */
		limit = transfer_limit(start + timeout, until);
	}
	restore_stream_timeout(conn);
	return status;
}

/* Consumes one prelude reply. AUTH must succeed; READONLY may fail (a master answers it
 * too, harmlessly); MYID only flags a mismatch, since the command behind it still ran. */
static rc_status check_prelude(rc_conn *conn, uint8_t kind, zval *reply, int type, rc_err *err)
{
	rc_status status = RC_OK;

	switch (kind) {
		case RC_PRELUDE_AUTH:
			if (type == REDIS_REPLY_ERROR && conn->bare_errors) {
				rc_err_set(err, RC_ERR_AUTH, "%s", Z_STRVAL_P(reply));
				status = RC_ERR_AUTH;
			} else if (type == REDIS_REPLY_ERROR) {
				rc_err_set(err, RC_ERR_AUTH, "Authentication to %s:%u failed: %s", ZSTR_VAL(conn->host), conn->port,
					Z_STRVAL_P(reply));
				status = RC_ERR_AUTH;
			}
			break;
		case RC_PRELUDE_SELECT:
			if (type == REDIS_REPLY_ERROR) {
				rc_err_set(err, RC_ERR_AUTH, "SELECT " ZEND_LONG_FMT " on %s:%u failed: %s", conn->select_db,
					ZSTR_VAL(conn->host), conn->port, Z_STRVAL_P(reply));
				status = RC_ERR_AUTH;
			}
			break;
		case RC_PRELUDE_MYID:
			/* An error (a node outside any cluster) is another node too. */
			if (type != REDIS_REPLY_STRING || strcmp(Z_STRVAL_P(reply), conn->expect_id) != 0) {
				conn->id_mismatch = true;
			}
			break;
		default:
			break;
	}
	zval_ptr_dtor(reply);
	return status;
}

rc_status rc_conn_read(rc_conn *conn, zval *reply, int *type, double block, double until, rc_err *err)
{
	rc_status status;

	while (conn->prelude_sent) {
		uint8_t kind = conn->prelude_kind[conn->prelude_len - conn->prelude_sent];
		zval pre;
		int pre_type;

		if ((status = read_reply(conn, &pre, &pre_type, 0, until, err)) != RC_OK) {
			return status;
		}
		conn->prelude_sent--;
		if ((status = check_prelude(conn, kind, &pre, pre_type, err)) != RC_OK) {
			/* The command behind the AUTH got NOAUTH: read it so the stream is clean. */
			return status;
		}
		if (conn->prelude_sent == 0) {
			conn->prelude_len = 0;
		}
	}
	/* A batch's replies mostly arrive together: each but the first is already buffered. */
	if (rc_reader_next(&conn->reader, reply, type) == RC_READ_OK) {
		status = RC_OK;
	} else {
		status = read_reply(conn, reply, type, block, until, err);
	}
	if (status == RC_OK) {
		conn->owed--;
	}
	return status;
}
