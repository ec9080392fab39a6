/* The session handlers of PHP's session module: `rediscluster`, with phpredis's
 * session.save_path and redis.session.* settings, and locking (docs/sessions.md).
 *
 * session.c is the handler (the ps_module hooks, locking, compression) and is written
 * against session_store.h alone, so that the single-node `redis` handler can be the same
 * hooks with its own open; session_conf.c reads session.save_path into the engine. */
#ifndef RC_SESSION_H
#define RC_SESSION_H

#include "cluster_library.h"

/* Registers the redis.session.* settings and the handler (MINIT). */
void rc_session_startup(int module_number);

/* What session.save_path sets besides the seeds, credentials and TLS options, which go
 * straight into the engine. */
typedef struct rc_session_conf {
	double timeout;
	double read_timeout;
	bool persistent;
	zend_long failover;    /* RC_FAILOVER_* */
	zend_string *prefix;   /* NULL: the handler's default */
} rc_session_conf;

/* Reads a `rediscluster` save path, "seed[]=host:port&seed[]=...&timeout=1.5&...", as
 * phpredis does, into c (seeds, credentials, TLS options) and conf. What it cannot use is
 * a warning; false (after a warning) when the handler cannot start: no valid seed, a
 * negative timeout, a database other than 0, credentials of the wrong shape. The caller
 * frees conf->prefix. */
bool rc_session_conf_cluster(const char *save_path, rc_cluster *c, rc_session_conf *conf);

#endif
