/* The rediscluster and redis session handlers: PHP's session module calls these hooks;
 * they run the storage operations of session_store.h and raise the warnings (this is the
 * boundary). The two handlers are the same hooks over a list of servers: rediscluster's
 * one cluster, or redis's standalone servers, a session's server picked by its ID as
 * phpredis picks it. See docs/sessions.md for the settings, the key and lock names, and
 * how it differs from phpredis. */
#include "php_redis.h"
#include "session.h"
#include "session_store.h"
#include "compress.h"
#include "crc16.h"

#include "php_ini.h"
#include "ext/random/php_random.h"
#include "ext/standard/php_string.h"

#ifdef HAVE_PHP_SESSION
#include "ext/session/php_session.h"
#endif

#define CLUSTER_PREFIX "PHPREDIS_CLUSTER_SESSION:"
#define SINGLE_PREFIX "PHPREDIS_SESSION:"
/* A lock's life when neither redis.session.lock_expire nor max_execution_time bounds it
 * (phpredis: no expiry, so a process that dies holding it locks the session for good). */
#define LOCK_FALLBACK_SECONDS 30
/* phpredis's defaults for a setting of 0. */
#define LOCK_DEFAULT_WAIT_US 20000
#define LOCK_DEFAULT_RETRIES 100

static const char *const compression_names[] = {
	[RC_COMPRESSION_NONE] = "none",
	[RC_COMPRESSION_LZF] = "lzf",
	[RC_COMPRESSION_ZSTD] = "zstd",
	[RC_COMPRESSION_LZ4] = "lz4",
};

/* redis.session.compression: a compressor's name (or "" for none). One this build lacks is
 * taken, and found out at open, as phpredis does: php.ini may be shared by several builds. */
static ZEND_INI_MH(OnUpdateSessionCompression)
{
	(void)entry;
	(void)mh_arg3;
	(void)stage;
	for (zend_long kind = 0; kind < (zend_long)(sizeof(compression_names) / sizeof(*compression_names)); kind++) {
		if (ZSTR_LEN(new_value) == 0 || !strcasecmp(ZSTR_VAL(new_value), compression_names[kind])) {
			*(zend_long *)ZEND_INI_GET_ADDR() = ZSTR_LEN(new_value) == 0 ? RC_COMPRESSION_NONE : kind;
			return SUCCESS;
		}
	}
	return FAILURE;
}

/* redis.session.lock_retries: -1 (for ever) or more. */
static ZEND_INI_MH(OnUpdateLockRetries)
{
	zend_long value = zend_ini_parse_quantity_warn(new_value, entry->name);

	(void)mh_arg3;
	(void)stage;
	if (value < -1) {
		return FAILURE;
	}
	*(zend_long *)ZEND_INI_GET_ADDR() = value;
	return SUCCESS;
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("redis.session.compression", "none", PHP_INI_ALL, OnUpdateSessionCompression,
		session_compression, zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.session.compression_level", "3", PHP_INI_ALL, OnUpdateLong, session_compression_level,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_BOOLEAN("redis.session.early_refresh", "0", PHP_INI_ALL, OnUpdateBool, session_early_refresh,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_BOOLEAN("redis.session.locking_enabled", "0", PHP_INI_ALL, OnUpdateBool, session_locking_enabled,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.session.lock_expire", "0", PHP_INI_ALL, OnUpdateLongGEZero, session_lock_expire,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.session.lock_retries", "100", PHP_INI_ALL, OnUpdateLockRetries, session_lock_retries,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.session.lock_wait_time", "20000", PHP_INI_ALL, OnUpdateLongGEZero,
		session_lock_wait_time, zend_redis_globals, redis_globals)
PHP_INI_END()

#ifdef HAVE_PHP_SESSION

/* The handler's state from open to close (the session module's mod_data). */
typedef struct rc_session {
	rc_session_server *servers;   /* rediscluster: one, the cluster */
	uint32_t server_count;
	uint64_t total_weight;
	bool single;                  /* the redis handler: standalone servers */
	rc_session_server *srv;       /* the server of the session read last, or NULL */
	zend_long compression;        /* RC_COMPRESSION_*: one this build has */
	zend_long compression_level;
	zend_string *key;             /* the prefixed key of the session read last, or NULL */
	bool key_missing;             /* it did not exist when it was read */
	bool locking;                 /* locking was on when it was read: its write and close follow */
	bool locked;                  /* this handler holds its lock */
	rc_store_lock lock;           /* key: NULL until a lock was wanted */
	zend_string *created;         /* the ID create_sid reserved last, or NULL */
} rc_session;

static void release_strings(zend_string **strings, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strings[i]) {
			zend_string_release(strings[i]);
		}
	}
}

static void session_free(rc_session *s)
{
	zend_string *strings[] = {s->key, s->lock.key, s->lock.secret, s->created};

	for (uint32_t i = 0; i < s->server_count; i++) {
		zend_string *server_strings[] = {s->servers[i].host, s->servers[i].conf.prefix};

		rc_cluster_free(&s->servers[i].c);
		release_strings(server_strings, sizeof(server_strings) / sizeof(*server_strings));
	}
	if (s->servers) {
		efree(s->servers);
	}
	release_strings(strings, sizeof(strings) / sizeof(*strings));
	efree(s);
}

/* The server of session `id`, by phpredis's rule, so that a fleet running both modules
 * finds each session on the same server: the servers are taken in reverse save-path order
 * (phpredis puts each new one first in its list), each owning `weight` consecutive numbers
 * from 0; the first four bytes of the ID read as a little-endian number (zeros past the
 * end of a shorter ID), modulo the total weight, is the number whose server holds it. */
static rc_session_server *pick_server(const rc_session *s, const zend_string *id)
{
	uint32_t n = 0;
	uint64_t pos, end = 0;

	for (size_t i = 0; i < 4 && i < ZSTR_LEN(id); i++) {
		n |= (uint32_t)(unsigned char)ZSTR_VAL(id)[i] << (8 * i);
	}
	pos = n % s->total_weight;
	for (uint32_t i = s->server_count; i-- > 1;) {
		end += s->servers[i].weight;
		if (pos < end) {
			return &s->servers[i];
		}
	}
	return &s->servers[0];
}

/* Connects a server when a session first needs it: a redis server is connected only then
 * (as phpredis does: only then is it known which), the cluster at open. A failure is in
 * its c.err. */
static rc_status connect_server(rc_session_server *srv)
{
	rc_status status;

	if (srv->connected) {
		return RC_OK;
	}
	/* Opened now, not by the first command (lazy): credentials or a database the server
	 * refuses are found by its PING, before any session command is sent. */
	status = rc_cluster_connect_single(&srv->c, ZSTR_VAL(srv->host), ZSTR_LEN(srv->host), srv->port, false);
	srv->connected = status == RC_OK;
	return status;
}

/* The server of session `id`, connected, and the session's key there (*sk: the caller
 * frees it, whatever the status). */
static rc_status server_of(rc_session *s, const zend_string *id, rc_session_server **srv, zend_string **sk)
{
	const zend_string *prefix;

	*srv = pick_server(s, id);
	prefix = (*srv)->conf.prefix;
	*sk = zend_string_concat2(ZSTR_VAL(prefix), ZSTR_LEN(prefix), ZSTR_VAL(id), ZSTR_LEN(id));
	return connect_server(*srv);
}

/* The TTL of a session: session.gc_maxlifetime, as phpredis bounds it. */
static zend_long session_ttl(zend_long maxlifetime)
{
	if (maxlifetime > INT_MAX) {
		php_error_docref(NULL, E_NOTICE, "session.gc_maxlifetime overflows INT_MAX, truncating.");
		return INT_MAX;
	}
	if (maxlifetime <= 0) {
		php_error_docref(NULL, E_NOTICE, "session.gc_maxlifetime is <= 0, defaulting to 1440 seconds");
		return 1440;
	}
	return maxlifetime;
}

/* The data as stored: compressed when redis.session.compression says so and the
 * compressor takes it (as phpredis, data it declines is stored as it is). */
static zend_string *pack(const rc_session *s, zend_string *val)
{
	zend_string *out = NULL;

	if (s->compression != RC_COMPRESSION_NONE) {
		out = rc_compress(s->compression, s->compression_level, ZSTR_VAL(val), ZSTR_LEN(val));
	}
	return out ? out : zend_string_copy(val);
}

/* The data as read (raw taken): uncompressed, or as stored when it is not data of the
 * compressor (a session written uncompressed, by phpredis 5 say). */
static zend_string *unpack(const rc_session *s, zend_string *raw)
{
	zend_string *out = NULL;

	if (raw == NULL) {
		return ZSTR_EMPTY_ALLOC();
	}
	if (s->compression != RC_COMPRESSION_NONE && ZSTR_LEN(raw) > 0) {
		out = rc_uncompress(s->compression, ZSTR_VAL(raw), ZSTR_LEN(raw));
	}
	if (out) {
		zend_string_release(raw);
		return out;
	}
	return raw;
}

/* The lock key on a cluster, in the session key's slot while the session key keeps
 * phpredis's name.
 * phpredis's keys have no hash tag, so the whole key is hashed; a key whose hash tag is the
 * whole session key, "{<key>}_LOCK", hashes the same. A session key with a tag of its own
 * (from the prefix) is hashed by it, as is "<key>_LOCK". A session key holding a '}' but no
 * tag has no such name (a tag would end at that '}'): NULL. */
static zend_string *cluster_lock_key(const zend_string *key)
{
	const char *start = ZSTR_VAL(key), *end = start + ZSTR_LEN(key);
	const char *open = memchr(start, '{', ZSTR_LEN(key));
	const char *close = open ? memchr(open + 1, '}', (size_t)(end - open - 1)) : NULL;
	zend_string *lock;

	if (open && close && close > open + 1) {
		lock = zend_string_concat2(start, ZSTR_LEN(key), "_LOCK", 5);
	} else if (memchr(start, '}', ZSTR_LEN(key))) {
		return NULL;
	} else {
		lock = zend_string_concat3("{", 1, start, ZSTR_LEN(key), "}_LOCK", 6);
	}
	ZEND_ASSERT(rc_key_slot(ZSTR_VAL(lock), ZSTR_LEN(lock)) == rc_key_slot(start, ZSTR_LEN(key)));
	return lock;
}

/* The lock key of a session key: on one server, phpredis's own name, "<key>_LOCK", so that
 * phpredis's requests and ours wait for each other; on a cluster, cluster_lock_key(). */
static zend_string *lock_key(const rc_session *s, const zend_string *key)
{
	return s->single ? zend_string_concat2(ZSTR_VAL(key), ZSTR_LEN(key), "_LOCK", 5) : cluster_lock_key(key);
}

/* This handler's lock secret: the host and process (for whoever looks at a lock), and
 * random bytes, so that no two handlers ever share one. */
static zend_string *lock_secret(void)
{
	unsigned char bytes[16];
	char host[256] = "";
	char hex[sizeof(bytes) * 2 + 1];

	if (php_random_bytes_silent(bytes, sizeof(bytes)) != SUCCESS) {
		/* Not unique then, but still distinct per process and moment. */
		uint64_t now = (uint64_t)(rc_now() * 1e9);

		memset(bytes, 0, sizeof(bytes));
		memcpy(bytes, &now, sizeof(now));
	}
	for (size_t i = 0; i < sizeof(bytes); i++) {
		snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
	}
	gethostname(host, sizeof(host) - 1);
	return zend_strpprintf(0, "%s|%ld|%s", host, (long)getpid(), hex);
}

/* How long a lock lives: redis.session.lock_expire, else max_execution_time, else
 * LOCK_FALLBACK_SECONDS; in milliseconds. */
static zend_long lock_expire_ms(void)
{
	zend_long seconds = REDIS_G(session_lock_expire);

	if (seconds <= 0) {
		seconds = zend_ini_long("max_execution_time", sizeof("max_execution_time") - 1, 0);
	}
	if (seconds <= 0) {
		seconds = LOCK_FALLBACK_SECONDS;
	}
	return MIN(seconds, ZEND_LONG_MAX / 1000) * 1000;
}

static void release_lock(rc_session *s)
{
	bool released;

	if (!s->locked) {
		return;
	}
	s->locked = false;
	if (rc_store_unlock(&s->srv->c, &s->lock, &released) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Failed to release session lock (%s)", s->srv->c.err.msg);
	}
}

/* The compressor of redis.session.compression, if this build has it. */
static void set_compression(rc_session *s)
{
	s->compression = REDIS_G(session_compression);
	s->compression_level = REDIS_G(session_compression_level);
	if (!rc_compression_available(s->compression)) {
		php_error_docref(NULL, E_NOTICE,
			"redis.session.compression: '%s' compression is not available in this build: sessions are stored "
			"uncompressed", compression_names[s->compression]);
		s->compression = RC_COMPRESSION_NONE;
	}
}

/* A handler's state over the servers of its save path (taken). */
static rc_session *session_new(rc_session_server *servers, uint32_t count, bool single)
{
	rc_session *s = ecalloc(1, sizeof(*s));

	s->servers = servers;
	s->server_count = count;
	s->single = single;
	return s;
}

/* The end of open: the handler's state is the session module's, or it is freed. */
static zend_result session_opened(rc_session *s, bool ok, void **mod_data)
{
	if (!ok) {
		session_free(s);
		PS_SET_MOD_DATA(NULL);
		return FAILURE;
	}
	for (uint32_t i = 0; i < s->server_count; i++) {
		s->total_weight += s->servers[i].weight;
	}
	set_compression(s);
	s->lock.secret = lock_secret();
	PS_SET_MOD_DATA(s);
	return SUCCESS;
}

static PS_OPEN_FUNC(rediscluster)
{
	rc_session_server *srv = ecalloc(1, sizeof(*srv));
	rc_session *s = session_new(srv, 1, false);

	(void)session_name;
	rc_cluster_init(&srv->c);
	srv->weight = 1;
	if (!rc_session_conf_cluster(save_path, &srv->c, &srv->conf)) {
		return session_opened(s, false, mod_data);
	}
	if (srv->conf.prefix == NULL) {
		srv->conf.prefix = zend_string_init(CLUSTER_PREFIX, sizeof(CLUSTER_PREFIX) - 1, 0);
	}
	rc_cluster_configure(&srv->c, srv->conf.timeout, srv->conf.read_timeout, srv->conf.persistent,
		(double)REDIS_G(clusters_refresh_debounce_ms) / 1000.0);
	rc_cluster_set_failover(&srv->c, srv->conf.failover);
	if (REDIS_G(clusters_cache_slots)) {
		rc_cluster_use_cache(&srv->c, rc_cluster_cache_key(&srv->c, NULL));
	}
	if (rc_cluster_connect(&srv->c, (double)REDIS_G(clusters_cache_max_age)) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "%s", srv->c.err.msg);
		return session_opened(s, false, mod_data);
	}
	srv->connected = true;
	return session_opened(s, true, mod_data);
}

/* The servers of the save path; none is connected yet (connect_server()). */
static PS_OPEN_FUNC(redis)
{
	rc_session_server *servers;
	uint32_t count;
	bool ok = rc_session_conf_single(save_path, &servers, &count);
	rc_session *s = session_new(servers, count, true);

	(void)session_name;
	for (uint32_t i = 0; ok && i < count; i++) {
		rc_session_server *srv = &servers[i];

		if (srv->conf.prefix == NULL) {
			srv->conf.prefix = zend_string_init(SINGLE_PREFIX, sizeof(SINGLE_PREFIX) - 1, 0);
		}
		/* As the Redis class: a pooled socket starts a clean session (RESET, then AUTH and
		 * SELECT again), and a reconnection waits only as long as retry_interval says. */
		srv->c.opts.reset_pooled = true;
		rc_cluster_set_backoff_times(&srv->c, srv->conf.retry_interval, srv->conf.retry_interval);
		rc_cluster_configure(&srv->c, srv->conf.timeout, srv->conf.read_timeout, srv->conf.persistent, 0);
	}
	return session_opened(s, ok, mod_data);
}

static PS_CLOSE_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();

	if (s) {
		release_lock(s);
		session_free(s);
		PS_SET_MOD_DATA(NULL);
	}
	return SUCCESS;
}

/* Takes the session's lock and reads it, waiting redis.session.lock_wait_time between
 * attempts, redis.session.lock_retries times. A lost reply is sent again once: taking a
 * lock is safe to repeat. False after a warning. */
static bool lock_and_read(rc_session *s, zend_long refresh_ttl, zend_string **raw)
{
	zend_long wait = REDIS_G(session_lock_wait_time) ? REDIS_G(session_lock_wait_time) : LOCK_DEFAULT_WAIT_US;
	zend_long retries = REDIS_G(session_lock_retries) ? REDIS_G(session_lock_retries) : LOCK_DEFAULT_RETRIES;
	bool resent = false, locked;

	if (s->lock.key) {
		zend_string_release(s->lock.key);
	}
	s->lock.key = lock_key(s, s->key);
	if (s->lock.key == NULL) {
		php_error_docref(NULL, E_WARNING, "Session key '%s' holds a '}' but no hash tag: no lock key can share its "
			"slot (check the prefix)", ZSTR_VAL(s->key));
		return false;
	}
	s->lock.expire_ms = lock_expire_ms();
	for (zend_long attempt = 0;; attempt++) {
		rc_status status = rc_store_lock_read(&s->srv->c, s->key, &s->lock, refresh_ttl, &locked, raw);

		if (status == RC_ERR_READ && !resent) {
			resent = true;
			continue;
		}
		if (status != RC_OK) {
			php_error_docref(NULL, E_WARNING, "Failed to acquire session lock (%s)", s->srv->c.err.msg);
			return false;
		}
		if (locked) {
			s->locked = true;
			return true;
		}
		if (retries >= 0 && attempt >= retries) {
			break;
		}
		struct timespec pause = {.tv_sec = (time_t)(wait / 1000000), .tv_nsec = (long)(wait % 1000000) * 1000};

		nanosleep(&pause, NULL);
	}
	php_error_docref(NULL, E_WARNING, "Failed to acquire session lock");
	return false;
}

static PS_READ_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();
	rc_session_server *srv;
	zend_long refresh_ttl;
	zend_string *raw = NULL, *sk;
	rc_status status;

	if (s == NULL || ZSTR_LEN(key) == 0) {
		return FAILURE;
	}
	status = server_of(s, key, &srv, &sk);
	if (s->key) {
		/* Another session's lock is not held on (PHP closes before it reads another). */
		if (s->locked && (s->srv != srv || !zend_string_equals(s->key, sk))) {
			release_lock(s);
		}
		zend_string_release(s->key);
	}
	s->key = sk;
	s->srv = srv;
	refresh_ttl = REDIS_G(session_early_refresh) ? session_ttl(maxlifetime) : 0;
	s->locking = REDIS_G(session_locking_enabled);
	if (status == RC_OK && s->locking) {
		if (!lock_and_read(s, refresh_ttl, &raw)) {
			return FAILURE;
		}
	} else if (status != RC_OK || rc_store_get(&srv->c, s->key, refresh_ttl, &raw) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error reading session data from Redis (%s)", srv->c.err.msg);
		return FAILURE;
	}
	s->key_missing = raw == NULL;
	*val = unpack(s, raw);
	return SUCCESS;
}

/* Writes a session on its (connected) server (touch: renews its expiry only, writing the
 * data when the key is gone), under its lock when it was read under one, releasing the
 * lock in the same step. */
static bool save(rc_session *s, rc_session_server *srv, zend_string *sk, zend_long ttl, zend_string *data,
	bool touch)
{
	rc_cluster *c = &srv->c;
	rc_store_saved done = RC_STORE_SAVED;
	bool existed = true;
	rc_status status;

	if (!s->locking) {
		status = touch ? rc_store_expire(c, sk, ttl, &existed) : rc_store_setex(c, sk, ttl, data);
		if (status == RC_OK && !existed) {
			status = rc_store_setex(c, sk, ttl, data);
		}
	} else if (!s->locked || s->srv != srv || !zend_string_equals(s->key, sk)) {
		php_error_docref(NULL, E_WARNING, "Unable to write session: session lock not held");
		return false;
	} else {
		status = rc_store_save_unlock(c, sk, &s->lock, ttl, touch ? NULL : data, &done);
		if (status == RC_OK && done == RC_STORE_NO_KEY) {
			status = rc_store_save_unlock(c, sk, &s->lock, ttl, data, &done);
		}
		if (status == RC_OK && done == RC_STORE_NOT_OWNER) {
			s->locked = false;
			php_error_docref(NULL, E_WARNING, "Unable to write session: session lock expired (another request may "
				"hold it)");
			return false;
		}
		s->locked = status != RC_OK || done != RC_STORE_SAVED;
	}
	if (status != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error writing session data to Redis (%s)", c->err.msg);
		return false;
	}
	return true;
}

/* Whether `id` is the session read last. */
static bool read_last(const rc_session *s, const zend_string *id)
{
	const zend_string *prefix = s->srv ? s->srv->conf.prefix : NULL;

	return s->key && s->srv == pick_server(s, id) && ZSTR_LEN(s->key) == ZSTR_LEN(prefix) + ZSTR_LEN(id)
		&& memcmp(ZSTR_VAL(s->key) + ZSTR_LEN(prefix), ZSTR_VAL(id), ZSTR_LEN(id)) == 0;
}

/* write and update_timestamp. */
static zend_result save_hook(void **mod_data, zend_string *key, zend_string *val, zend_long maxlifetime, bool touch)
{
	rc_session *s = PS_GET_MOD_DATA();
	rc_session_server *srv;
	zend_string *sk, *data;
	bool ok;

	if (s == NULL || ZSTR_LEN(key) == 0) {
		return FAILURE;
	}
	if (server_of(s, key, &srv, &sk) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error writing session data to Redis (%s)", srv->c.err.msg);
		zend_string_release(sk);
		return FAILURE;
	}
	data = pack(s, val);
	ok = save(s, srv, sk, session_ttl(maxlifetime), data, touch);
	zend_string_release(data);
	zend_string_release(sk);
	return ok ? SUCCESS : FAILURE;
}

static PS_WRITE_FUNC(rediscluster)
{
	return save_hook(mod_data, key, val, maxlifetime, false);
}

/* PHP calls it instead of write when the data did not change (session.lazy_write). With
 * redis.session.early_refresh the read renewed the expiry already; close releases the
 * lock. */
static PS_UPDATE_TIMESTAMP_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();

	if (s && REDIS_G(session_early_refresh) && !s->key_missing && read_last(s, key)) {
		return SUCCESS;
	}
	return save_hook(mod_data, key, val, maxlifetime, true);
}

static PS_DESTROY_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();
	rc_session_server *srv;
	zend_string *sk;
	rc_status status;

	if (s == NULL) {
		return FAILURE;
	}
	status = server_of(s, key, &srv, &sk);
	if (status == RC_OK) {
		status = rc_store_del(&srv->c, sk);
	}
	zend_string_release(sk);
	if (status != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error deleting session data from Redis (%s)", srv->c.err.msg);
	}
	if (read_last(s, key)) {
		release_lock(s);
	}
	return status == RC_OK ? SUCCESS : FAILURE;
}

/* Redis expires sessions itself. */
static PS_GC_FUNC(rediscluster)
{
	(void)mod_data;
	(void)maxlifetime;
	*nrdels = 0;
	return 0;
}

/* A new ID, reserved with SET key "" NX EX so that it never is another's session. */
static PS_CREATE_SID_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();
	zend_long ttl;

	if (s == NULL) {
		return php_session_create_id(mod_data);
	}
	ttl = session_ttl(zend_ini_long("session.gc_maxlifetime", sizeof("session.gc_maxlifetime") - 1, 0));
	for (int left = 2; left >= 0; left--) {
		zend_string *sid = php_session_create_id(mod_data), *sk;
		rc_session_server *srv;
		bool created = false;
		rc_status status = server_of(s, sid, &srv, &sk);

		if (status == RC_OK) {
			status = rc_store_create(&srv->c, sk, ttl, &created);
		}
		zend_string_release(sk);
		if (status != RC_OK) {
			/* The read that follows reports the failure. */
			php_error_docref(NULL, E_NOTICE, "Redis connection not available (%s)", srv->c.err.msg);
			return sid;
		}
		if (created) {
			if (s->created) {
				zend_string_release(s->created);
			}
			s->created = zend_string_copy(sid);
			return sid;
		}
		/* The colliding ID is another user's session: it is not logged. */
		php_error_docref(NULL, E_NOTICE, "Redis session ID collision, retrying %d time(s)", left);
		zend_string_release(sid);
	}
	return NULL;
}

/* SUCCESS when a session of that ID exists (session.use_strict_mode). The ID create_sid
 * has just reserved is a new session, not an existing one: otherwise session_regenerate_id()
 * would take its own reservation for a collision. */
static PS_VALIDATE_SID_FUNC(rediscluster)
{
	rc_session *s = PS_GET_MOD_DATA();
	rc_session_server *srv;
	zend_string *sk;
	bool exists = false;
	rc_status status;

	if (s == NULL || ZSTR_LEN(key) == 0 || php_session_valid_key(ZSTR_VAL(key)) == FAILURE) {
		return FAILURE;
	}
	if (s->created && zend_string_equals(s->created, key)) {
		return FAILURE;
	}
	status = server_of(s, key, &srv, &sk);
	if (status == RC_OK) {
		status = rc_store_exists(&srv->c, sk, &exists);
	}
	zend_string_release(sk);
	if (status != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error checking the session ID in Redis (%s)", srv->c.err.msg);
		return FAILURE;
	}
	return exists ? SUCCESS : FAILURE;
}

static const ps_module ps_mod_rediscluster = {
	PS_MOD_UPDATE_TIMESTAMP(rediscluster)
};

/* The same hooks over the save path's standalone servers: only open differs. */
static const ps_module ps_mod_redis = {
	"redis", ps_open_redis, ps_close_rediscluster, ps_read_rediscluster, ps_write_rediscluster,
	ps_delete_rediscluster, ps_gc_rediscluster, ps_create_sid_rediscluster, ps_validate_sid_rediscluster,
	ps_update_timestamp_rediscluster
};

#endif

void rc_session_startup(int module_number)
{
	zend_register_ini_entries(ini_entries, module_number);
	rc_store_startup();
#ifdef HAVE_PHP_SESSION
	php_session_register_module(&ps_mod_rediscluster);
	php_session_register_module(&ps_mod_redis);
#endif
}
