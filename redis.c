/* Module entry, INI settings and phpinfo(). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php_redis.h"

#include "SAPI.h"
#include "ext/standard/info.h"
#include "php_ini.h"
#include <hiredis/hiredis.h>

ZEND_DECLARE_MODULE_GLOBALS(redis)

/* redis.clusters.auth is shown masked: credentials never reach phpinfo() or ini_get_all()'s
 * display. */
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
PHP_INI_END()

static PHP_GINIT_FUNCTION(redis)
{
#if defined(COMPILE_DL_REDIS) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(redis_globals, 0, sizeof(*redis_globals));
}

static PHP_MINIT_FUNCTION(redis)
{
	REGISTER_INI_ENTRIES();
	redis_cluster_register_class();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(redis)
{
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(redis)
{
	char hiredis_version[32];

	snprintf(hiredis_version, sizeof(hiredis_version), "%d.%d.%d", HIREDIS_MAJOR, HIREDIS_MINOR, HIREDIS_PATCH);
	php_info_print_table_start();
	php_info_print_table_header(2, "Redis Cluster support", "enabled");
	php_info_print_table_row(2, "Version", PHP_REDIS_VERSION);
	php_info_print_table_row(2, "hiredis", hiredis_version);
	php_info_print_table_row(2, "Available serializers", "php, json, igbinary (when the igbinary extension is loaded)");
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

zend_module_entry redis_module_entry = {
	STANDARD_MODULE_HEADER,
	"redis",
	NULL,
	PHP_MINIT(redis),
	PHP_MSHUTDOWN(redis),
	NULL,
	NULL,
	PHP_MINFO(redis),
	PHP_REDIS_VERSION,
	PHP_MODULE_GLOBALS(redis),
	PHP_GINIT(redis),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_REDIS
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(redis)
#endif
