/* The rediscluster session handler: PHP's session module calls these hooks; they run the
 * storage operations of session_store.h and raise the warnings (this is the boundary).
 * See docs/sessions.md for the settings, the key and lock names, and how it differs from
 * phpredis. */
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
	rc_cluster c;
	zend_string *prefix;
	zend_long compression;        /* RC_COMPRESSION_*: one this build has */
	zend_long compression_level;
	zend_string *key;             /* the prefixed key of the session read last, or NULL */
	bool key_missing;             /* it did not exist when it was read */
	bool locking;                 /* locking was on when it was read: its write and close follow */
	bool locked;                  /* this handler holds its lock */
	rc_store_lock lock;           /* key: NULL until a lock was wanted */
	zend_string *created;         /* the ID create_sid reserved last, or NULL */
} rc_session;

static void session_free(rc_session *s)
{
	zend_string *strings[] = {s->prefix, s->key, s->lock.key, s->lock.secret, s->created};

	rc_cluster_free(&s->c);
	for (size_t i = 0; i < sizeof(strings) / sizeof(*strings); i++) {
		if (strings[i]) {
			zend_string_release(strings[i]);
		}
	}
	efree(s);
}

static zend_string *session_key(const rc_session *s, const zend_string *id)
{
	return zend_string_concat2(ZSTR_VAL(s->prefix), ZSTR_LEN(s->prefix), ZSTR_VAL(id), ZSTR_LEN(id));
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

/* The lock key, in the session key's slot while the session key keeps phpredis's name.
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
	if (rc_store_unlock(&s->c, &s->lock, &released) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Failed to release session lock (%s)", s->c.err.msg);
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

static PS_OPEN_FUNC(rediscluster)
{
	rc_session *s = ecalloc(1, sizeof(*s));
	rc_session_conf conf;

	(void)session_name;
	rc_cluster_init(&s->c);
	if (!rc_session_conf_cluster(save_path, &s->c, &conf)) {
		goto fail;
	}
	s->prefix = conf.prefix ? conf.prefix : zend_string_init(CLUSTER_PREFIX, sizeof(CLUSTER_PREFIX) - 1, 0);
	rc_cluster_configure(&s->c, conf.timeout, conf.read_timeout, conf.persistent,
		(double)REDIS_G(clusters_refresh_debounce_ms) / 1000.0);
	rc_cluster_set_failover(&s->c, conf.failover);
	if (REDIS_G(clusters_cache_slots)) {
		rc_cluster_use_cache(&s->c, rc_cluster_cache_key(&s->c, NULL));
	}
	if (rc_cluster_connect(&s->c, (double)REDIS_G(clusters_cache_max_age)) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "%s", s->c.err.msg);
		goto fail;
	}
	set_compression(s);
	s->lock.secret = lock_secret();
	PS_SET_MOD_DATA(s);
	return SUCCESS;

fail:
	session_free(s);
	PS_SET_MOD_DATA(NULL);
	return FAILURE;
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
	s->lock.key = cluster_lock_key(s->key);
	if (s->lock.key == NULL) {
		php_error_docref(NULL, E_WARNING, "Session key '%s' holds a '}' but no hash tag: no lock key can share its "
			"slot (check the prefix)", ZSTR_VAL(s->key));
		return false;
	}
	s->lock.expire_ms = lock_expire_ms();
	for (zend_long attempt = 0;; attempt++) {
		rc_status status = rc_store_lock_read(&s->c, s->key, &s->lock, refresh_ttl, &locked, raw);

		if (status == RC_ERR_READ && !resent) {
			resent = true;
			continue;
		}
		if (status != RC_OK) {
			php_error_docref(NULL, E_WARNING, "Failed to acquire session lock (%s)", s->c.err.msg);
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
	zend_long refresh_ttl;
	zend_string *raw = NULL, *sk;

	if (s == NULL || ZSTR_LEN(key) == 0) {
		return FAILURE;
	}
	sk = session_key(s, key);
	if (s->key) {
		/* Another session's lock is not held on (PHP closes before it reads another). */
		if (s->locked && !zend_string_equals(s->key, sk)) {
			release_lock(s);
		}
		zend_string_release(s->key);
	}
	s->key = sk;
	refresh_ttl = REDIS_G(session_early_refresh) ? session_ttl(maxlifetime) : 0;
	s->locking = REDIS_G(session_locking_enabled);
	if (s->locking) {
		if (!lock_and_read(s, refresh_ttl, &raw)) {
			return FAILURE;
		}
	} else if (rc_store_get(&s->c, s->key, refresh_ttl, &raw) != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error reading session data from Redis (%s)", s->c.err.msg);
		return FAILURE;
	}
	s->key_missing = raw == NULL;
	*val = unpack(s, raw);
	return SUCCESS;
}

/* Writes a session (touch: renews its expiry only, writing the data when the key is gone),
 * under its lock when it was read under one, releasing the lock in the same step. */
static bool save(rc_session *s, zend_string *sk, zend_long ttl, zend_string *data, bool touch)
{
	rc_store_saved done = RC_STORE_SAVED;
	bool existed = true;
	rc_status status;

	if (!s->locking) {
		status = touch ? rc_store_expire(&s->c, sk, ttl, &existed) : rc_store_setex(&s->c, sk, ttl, data);
		if (status == RC_OK && !existed) {
			status = rc_store_setex(&s->c, sk, ttl, data);
		}
	} else if (!s->locked || s->key == NULL || !zend_string_equals(s->key, sk)) {
		php_error_docref(NULL, E_WARNING, "Unable to write session: session lock not held");
		return false;
	} else {
		status = rc_store_save_unlock(&s->c, sk, &s->lock, ttl, touch ? NULL : data, &done);
		if (status == RC_OK && done == RC_STORE_NO_KEY) {
			status = rc_store_save_unlock(&s->c, sk, &s->lock, ttl, data, &done);
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
		php_error_docref(NULL, E_WARNING, "Error writing session data to Redis (%s)", s->c.err.msg);
		return false;
	}
	return true;
}

/* Whether `id` is the session read last. */
static bool read_last(const rc_session *s, const zend_string *id)
{
	return s->key && ZSTR_LEN(s->key) == ZSTR_LEN(s->prefix) + ZSTR_LEN(id)
		&& memcmp(ZSTR_VAL(s->key) + ZSTR_LEN(s->prefix), ZSTR_VAL(id), ZSTR_LEN(id)) == 0;
}

/* write and update_timestamp. */
static zend_result save_hook(void **mod_data, zend_string *key, zend_string *val, zend_long maxlifetime, bool touch)
{
	rc_session *s = PS_GET_MOD_DATA();
	zend_string *sk, *data;
	bool ok;

	if (s == NULL || ZSTR_LEN(key) == 0) {
		return FAILURE;
	}
	sk = session_key(s, key);
	data = pack(s, val);
	ok = save(s, sk, session_ttl(maxlifetime), data, touch);
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
	zend_string *sk;
	rc_status status;

	if (s == NULL) {
		return FAILURE;
	}
	sk = session_key(s, key);
	status = rc_store_del(&s->c, sk);
	zend_string_release(sk);
	if (status != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error deleting session data from Redis (%s)", s->c.err.msg);
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
		zend_string *sid = php_session_create_id(mod_data);
		zend_string *sk = session_key(s, sid);
		bool created = false;
		rc_status status = rc_store_create(&s->c, sk, ttl, &created);

		zend_string_release(sk);
		if (status != RC_OK) {
			/* The read that follows reports the failure. */
			php_error_docref(NULL, E_NOTICE, "Redis connection not available (%s)", s->c.err.msg);
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
	zend_string *sk;
	bool exists = false;
	rc_status status;

	if (s == NULL || ZSTR_LEN(key) == 0 || php_session_valid_key(ZSTR_VAL(key)) == FAILURE) {
		return FAILURE;
	}
	if (s->created && zend_string_equals(s->created, key)) {
		return FAILURE;
	}
	sk = session_key(s, key);
	status = rc_store_exists(&s->c, sk, &exists);
	zend_string_release(sk);
	if (status != RC_OK) {
		php_error_docref(NULL, E_WARNING, "Error checking the session ID in Redis (%s)", s->c.err.msg);
		return FAILURE;
	}
	return exists ? SUCCESS : FAILURE;
}

static const ps_module ps_mod_rediscluster = {
	PS_MOD_UPDATE_TIMESTAMP(rediscluster)
};

#endif

void rc_session_startup(int module_number)
{
	zend_register_ini_entries(ini_entries, module_number);
	rc_store_startup();
#ifdef HAVE_PHP_SESSION
	php_session_register_module(&ps_mod_rediscluster);
#endif
}
