/* Module entry, INI settings and phpinfo(). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php_redis.h"

#include "SAPI.h"
#include "ext/standard/info.h"
#include "php_ini.h"
#include "slot_cache.h"
#include "codec.h"
#include "compress.h"
#include "session.h"
#include "resp.h"
#include <hiredis/hiredis.h>

ZEND_DECLARE_MODULE_GLOBALS(redis)

/* phpinfo() shows redis.clusters.auth masked. (ini_get() still returns it, as PHP does for
 * every setting: code that can call ini_get() can read php.ini anyway.) */
/* Integer settings that make no sense below zero refuse such a value. */
static ZEND_INI_MH(OnUpdateNonNegative)
{
	zend_long value = zend_ini_parse_quantity_warn(new_value, entry->name);

	(void)mh_arg3;
	(void)stage;
	if (value < 0) {
		return FAILURE;
	}
	*(zend_long *)ZEND_INI_GET_ADDR() = value;
	return SUCCESS;
}

static ZEND_INI_DISP(display_secret)
{
	const char *value = (type == ZEND_INI_DISPLAY_ORIG && ini_entry->modified)
		? (ini_entry->orig_value ? ZSTR_VAL(ini_entry->orig_value) : NULL)
		: (ini_entry->value ? ZSTR_VAL(ini_entry->value) : NULL);

	if (value && *value) {
		PUTS(sapi_module.phpinfo_as_text ? "********" : "<i>********</i>");
	} else {
		PUTS(sapi_module.phpinfo_as_text ? "no value" : "<i>no value</i>");
	}
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("redis.clusters.seeds", "", PHP_INI_ALL, OnUpdateString, clusters_seeds, zend_redis_globals,
		redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.timeout", "", PHP_INI_ALL, OnUpdateString, clusters_timeout, zend_redis_globals,
		redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.read_timeout", "", PHP_INI_ALL, OnUpdateString, clusters_read_timeout,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.persistent", "", PHP_INI_ALL, OnUpdateString, clusters_persistent,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY_EX("redis.clusters.auth", "", PHP_INI_ALL, OnUpdateString, clusters_auth, zend_redis_globals,
		redis_globals, display_secret)
	STD_PHP_INI_BOOLEAN("redis.clusters.cache_slots", "0", PHP_INI_ALL, OnUpdateBool, clusters_cache_slots,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.cache_max_age", "0", PHP_INI_ALL, OnUpdateNonNegative, clusters_cache_max_age,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.refresh_debounce_ms", "100", PHP_INI_ALL, OnUpdateNonNegative,
		clusters_refresh_debounce_ms, zend_redis_globals, redis_globals)
	STD_PHP_INI_BOOLEAN("redis.pconnect.pooling_enabled", "1", PHP_INI_ALL, OnUpdateBool, pconnect_pooling_enabled,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.pconnect.connection_limit", "0", PHP_INI_ALL, OnUpdateNonNegative,
		pconnect_connection_limit, zend_redis_globals, redis_globals)
	/* The shared area is mapped once, in MINIT: its size cannot change afterwards. */
	STD_PHP_INI_ENTRY("redis.clusters.shm_size", "8M", PHP_INI_SYSTEM, OnUpdateNonNegative, clusters_shm_size,
		zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.shm_entry_size", "32K", PHP_INI_SYSTEM, OnUpdateNonNegative,
		clusters_shm_entry_size, zend_redis_globals, redis_globals)
	STD_PHP_INI_ENTRY("redis.clusters.epoch_check_ms", "1000", PHP_INI_ALL, OnUpdateNonNegative,
		clusters_epoch_check_ms, zend_redis_globals, redis_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(redis)
{
#if defined(COMPILE_DL_REDIS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(redis_globals, 0, sizeof(*redis_globals));
	rc_cache_startup(&redis_globals->slot_cache);
	zend_hash_init(&redis_globals->pool_in_use, 8, NULL, NULL, 1);
}

static PHP_GSHUTDOWN_FUNCTION(redis)
{
	rc_cache_shutdown(&redis_globals->slot_cache);
	zend_hash_destroy(&redis_globals->pool_in_use);
	rc_reader_spare_free(&redis_globals->spare_reader);
}

static PHP_RINIT_FUNCTION(redis)
{
#if defined(COMPILE_DL_REDIS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	(void)type;
	(void)module_number;
	zend_hash_clean(&REDIS_G(pool_in_use));
	return SUCCESS;
}

static PHP_MINIT_FUNCTION(redis)
{
	REGISTER_INI_ENTRIES();
	rc_session_startup(module_number);
	/* Before the SAPI forks its workers: they all inherit the one mapping. */
	rc_shm_startup((size_t)REDIS_G(clusters_shm_size), (size_t)REDIS_G(clusters_shm_entry_size));
	redis_cluster_register_class();
	redis_single_register_class();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(redis)
{
	rc_shm_shutdown();
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static void info_row(const char *label, zval *val)
{
	char buf[64];

	switch (Z_TYPE_P(val)) {
		case IS_DOUBLE:
			snprintf(buf, sizeof(buf), "%.3f", Z_DVAL_P(val));
			break;
		case IS_LONG:
			snprintf(buf, sizeof(buf), ZEND_LONG_FMT, Z_LVAL_P(val));
			break;
		case IS_TRUE:
		case IS_FALSE:
			snprintf(buf, sizeof(buf), "%s", Z_TYPE_P(val) == IS_TRUE ? "yes" : "no");
			break;
		case IS_STRING:
			php_info_print_table_row(2, label, Z_STRVAL_P(val));
			return;
		default:
			snprintf(buf, sizeof(buf), "-");
			break;
	}
	php_info_print_table_row(2, label, buf);
}

/* The rows of an info array; nested arrays (invalidations, the shared entry) as
 * "parent: name" rows. */
static void info_rows(const char *prefix, zval *arr)
{
	zend_string *name;
	zval *val;
	char label[128];

	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(arr), name, val) {
		if (name == NULL) {
			continue;
		}
		snprintf(label, sizeof(label), "%s%s%s", prefix, prefix[0] ? ": " : "", ZSTR_VAL(name));
		if (Z_TYPE_P(val) == IS_ARRAY) {
			info_rows(label, val);
		} else {
			info_row(label, val);
		}
	} ZEND_HASH_FOREACH_END();
}

/* The shared area, then one table per cached cluster: what operators need to see the
 * cache follow the cluster. */
static void print_slot_cache(void)
{
	zend_string *key;
	zval info, area, *entry;

	rc_cache_area_info(&area);
	php_info_print_table_start();
	php_info_print_table_colspan_header(2, "Shared topology");
	info_rows("", &area);
	php_info_print_table_end();
	zval_ptr_dtor(&area);

	rc_cache_info(&info);
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(info), key, entry) {
		php_info_print_table_start();
		php_info_print_table_colspan_header(2, "Slot cache");
		php_info_print_table_row(2, "cluster", ZSTR_VAL(key));
		info_rows("", entry);
		php_info_print_table_end();
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&info);
}

/* As phpredis lists them; igbinary and msgpack when their extensions are loaded. */
static const char *serializer_names(void)
{
	bool igbinary = rc_codec_serializer_valid(RC_SERIALIZER_IGBINARY);
	bool msgpack = rc_codec_serializer_valid(RC_SERIALIZER_MSGPACK);

	if (igbinary && msgpack) {
		return "php, json, igbinary, msgpack";
	}
	if (igbinary || msgpack) {
		return igbinary ? "php, json, igbinary" : "php, json, msgpack";
	}
	return "php, json";
}

static PHP_MINFO_FUNCTION(redis)
{
	char hiredis_version[32];

	snprintf(hiredis_version, sizeof(hiredis_version), "%d.%d.%d", HIREDIS_MAJOR, HIREDIS_MINOR, HIREDIS_PATCH);
	php_info_print_table_start();
	php_info_print_table_header(2, "Redis Support", "enabled");
	php_info_print_table_row(2, "Version", PHP_REDIS_VERSION);
	php_info_print_table_row(2, "Implementation", "rediscluster " PHP_REDIS_PROJECT_VERSION);
	php_info_print_table_row(2, "Classes", "Redis, RedisCluster, RedisSentinel");
	php_info_print_table_row(2, "hiredis", hiredis_version);
	php_info_print_table_row(2, "Available serializers", serializer_names());
	php_info_print_table_row(2, "Available compression", rc_compression_names());
	php_info_print_table_end();
	print_slot_cache();
	DISPLAY_INI_ENTRIES();
}

/* The session handlers register with the session module, which must start first. */
static const zend_module_dep redis_deps[] = {
#ifdef HAVE_PHP_SESSION
	ZEND_MOD_REQUIRED("session")
#endif
	ZEND_MOD_END
};

zend_module_entry redis_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	redis_deps,
	"redis",
	NULL,
	PHP_MINIT(redis),
	PHP_MSHUTDOWN(redis),
	PHP_RINIT(redis),
	NULL,
	PHP_MINFO(redis),
	PHP_REDIS_VERSION,
	PHP_MODULE_GLOBALS(redis),
	PHP_GINIT(redis),
	PHP_GSHUTDOWN(redis),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_REDIS
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(redis)
#endif
