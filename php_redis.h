/* The module: named "redis" so that `extension=redis.so` and extension_loaded('redis')
 * keep working for applications moving off phpredis. */
#ifndef PHP_REDIS_H
#define PHP_REDIS_H

#include "php.h"

/* What phpversion('redis') reports: the phpredis API this module implements. Frameworks
 * choose their calls by it (Laravel passes the cluster's password and a connection's
 * read timeout only from phpredis 4.3.0 and 3.1.3, packs lock tokens with _pack() only
 * from 5.3.5, and refuses compression below that), so a version of our own would send
 * them down the paths of a phpredis that predates half of what is here. */
#define PHP_REDIS_VERSION "6.1.0"
/* This project's own version, shown by phpinfo(). */
#define PHP_REDIS_PROJECT_VERSION "0.1.0"

extern zend_module_entry redis_module_entry;
#define phpext_redis_ptr &redis_module_entry

ZEND_BEGIN_MODULE_GLOBALS(redis)
	char *clusters_seeds;
	char *clusters_timeout;
	char *clusters_read_timeout;
	char *clusters_persistent;
	char *clusters_auth;
	bool clusters_cache_slots;
	zend_long clusters_cache_max_age;        /* seconds; 0: no expiry */
	zend_long clusters_refresh_debounce_ms;
	zend_long clusters_shm_size;             /* bytes of the shared area, mapped in MINIT; 0: off */
	zend_long clusters_shm_entry_size;       /* bytes of one cluster's slot in it */
	zend_long clusters_epoch_check_ms;       /* 0: no epoch check */
	HashTable *slot_cache;                   /* persistent: cache key -> rc_cache_entry */
	bool pconnect_pooling_enabled;
	zend_long pconnect_connection_limit;     /* pooled sockets per pool key; 0: no limit */
	/* The pooled streams a connection of this request holds (by address; node.c): one is
	 * never handed to a second connection. Persistent, emptied when a request starts, so
	 * that what a request killed mid-way left marked is free again. */
	HashTable pool_in_use;
	/* redis.session.* (session.c) */
	zend_long session_compression;           /* RC_COMPRESSION_* named by the setting */
	zend_long session_compression_level;
	bool session_early_refresh;
	bool session_locking_enabled;
	zend_long session_lock_expire;           /* seconds; 0: max_execution_time */
	zend_long session_lock_retries;          /* -1: for ever */
	zend_long session_lock_wait_time;        /* microseconds between attempts */
	void *cache_memo;                        /* the rc_cache_entry found last (slot_cache.c) */
	/* A hiredis reader no connection holds (resp.c): a connection has one only while a
	 * reply is being read or bytes wait in it, so idle ones cost none. malloc'd. */
	void *spare_reader;
ZEND_END_MODULE_GLOBALS(redis)

ZEND_EXTERN_MODULE_GLOBALS(redis)
#define REDIS_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(redis, v)

#if defined(ZTS) && defined(COMPILE_DL_REDIS)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* Options and values of getOption()/setOption(), numbered as phpredis numbers them. */
#define RC_OPT_SERIALIZER 1
#define RC_OPT_PREFIX 2
#define RC_OPT_READ_TIMEOUT 3
#define RC_OPT_SCAN 4
#define RC_OPT_SLAVE_FAILOVER 5
#define RC_OPT_TCP_KEEPALIVE 6
#define RC_OPT_COMPRESSION 7
#define RC_OPT_REPLY_LITERAL 8
#define RC_OPT_COMPRESSION_LEVEL 9
#define RC_OPT_NULL_MULTIBULK_AS_NULL 10
#define RC_OPT_MAX_RETRIES 11
#define RC_OPT_BACKOFF_ALGORITHM 12
#define RC_OPT_BACKOFF_BASE 13
#define RC_OPT_BACKOFF_CAP 14

#define RC_SCAN_NORETRY 0
#define RC_SCAN_RETRY 1
#define RC_SCAN_PREFIX 2
#define RC_SCAN_NOPREFIX 3

#define RC_SERIALIZER_NONE 0
#define RC_SERIALIZER_PHP 1
#define RC_SERIALIZER_IGBINARY 2
#define RC_SERIALIZER_MSGPACK 3
#define RC_SERIALIZER_JSON 4

/* type() results. */
#define RC_TYPE_NOT_FOUND 0
#define RC_TYPE_STRING 1
#define RC_TYPE_SET 2
#define RC_TYPE_LIST 3
#define RC_TYPE_ZSET 4
#define RC_TYPE_HASH 5
#define RC_TYPE_STREAM 6

/* getMode() values, and multi()'s argument, as phpredis numbers them. */
#define RC_MODE_ATOMIC 0
#define RC_MODE_MULTI 1
#define RC_MODE_PIPELINE 2

extern zend_class_entry *redis_cluster_ce;
extern zend_class_entry *redis_cluster_exception_ce;

extern zend_class_entry *redis_ce;
extern zend_class_entry *redis_exception_ce;

void redis_cluster_register_class(void);
void redis_single_register_class(void);

#endif
