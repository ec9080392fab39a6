/* The session handlers of PHP's session module: `rediscluster` and `redis`, with
 * phpredis's session.save_path and redis.session.* settings, and locking
 * (docs/sessions.md).
 *
 * session.c is the handlers (the ps_module hooks, locking, compression), written against
 * session_store.h alone: both are the same hooks over a list of servers, one cluster for
 * `rediscluster`, the save path's standalone servers for `redis`. session_conf.c reads
 * session.save_path into them. */
#ifndef RC_SESSION_H
#define RC_SESSION_H

#include "cluster_library.h"

/* Registers the redis.session.* settings and the handler (MINIT). */
void rc_session_startup(int module_number);

/* What session.save_path sets besides the seeds, credentials, database and TLS options,
 * which go straight into the engine. */
typedef struct rc_session_conf {
	double timeout;
	double read_timeout;
	bool persistent;
	zend_long failover;        /* rediscluster: RC_FAILOVER_* */
	zend_long retry_interval;  /* redis: milliseconds before a reconnection */
	zend_string *prefix;       /* NULL: the handler's default */
} rc_session_conf;

/* Where a handler keeps sessions: the cluster (rediscluster), or one server of the save
 * path (redis), each with options of its own, as phpredis keeps them per server. */
typedef struct rc_session_server {
	rc_cluster c;
	rc_session_conf conf;
	zend_string *host;   /* redis: the host, or a unix socket's path (port 0) */
	uint16_t port;
	uint32_t weight;     /* redis: its share of the sessions (1 or more) */
	bool connected;      /* the engine knows where it is: connected once, it reconnects itself */
} rc_session_server;

/* Reads a `rediscluster` save path, "seed[]=host:port&seed[]=...&timeout=1.5&...", as
 * phpredis does, into c (seeds, credentials, TLS options) and conf. What it cannot use is
 * a warning; false (after a warning) when the handler cannot start: no valid seed, a
 * negative timeout, a database other than 0, credentials of the wrong shape. The caller
 * frees conf->prefix. */
bool rc_session_conf_cluster(const char *save_path, rc_cluster *c, rc_session_conf *conf);

/* Reads a `redis` save path, as phpredis does: servers separated by commas or spaces,
 * each "tcp://host:port?weight=..&database=..", "tls://...", "unix:///path?..." (or
 * "host:port", "/path"), into *servers (*count of them, engines initialised, nothing
 * connected). False (after a warning) when the handler cannot start: a server that is not
 * a URL (phpredis's warning, with its offset), an unknown scheme, a bad weight or
 * database, a negative timeout, credentials of the wrong shape, no server. What it read is
 * in *servers either way: the caller frees it (rc_cluster_free, host, conf.prefix). */
bool rc_session_conf_single(const char *save_path, rc_session_server **servers, uint32_t *count);

#endif
