/* The storage of the session handlers: the few operations PHP's session module needs,
 * over the engine. Each encodes its command (resp.h), routes it by its key's slot and runs
 * it with rc_cluster_run(); a failure is an rc_status with the message in c->err, an -ERR
 * reply (or one of the wrong shape) RC_ERR_REPLY. Nothing here raises a PHP error or knows
 * about PHP's session module, and nothing depends on the engine's mode: the `redis`
 * handler runs the same operations on a standalone engine (rc_cluster.standalone), where
 * every slot is the one server's.
 *
 * Locks: a lock is a key holding its owner's secret, with an expiry, in the same slot as
 * the session key (so one node decides, and a failover moves both together). It is taken
 * and released by Lua scripts (EVALSHA, then EVAL when the node does not have the script),
 * so that only its owner ever releases it and a lost reply can be re-sent safely. */
#ifndef RC_SESSION_STORE_H
#define RC_SESSION_STORE_H

#include "cluster_library.h"

typedef struct rc_store_lock {
	zend_string *key;     /* the lock key: in the session key's slot */
	zend_string *secret;  /* its owner's, unique to one handler of one process */
	zend_long expire_ms;  /* how long the lock lives unless released */
} rc_store_lock;

/* What rc_store_save_unlock() did. */
typedef enum {
	RC_STORE_SAVED,      /* written (or its expiry renewed), and the lock released */
	RC_STORE_NO_KEY,     /* a renewal found no session key: nothing done, the lock still held */
	RC_STORE_NOT_OWNER,  /* the lock is not ours any more (it expired): nothing done */
} rc_store_saved;

/* Hashes the lock scripts (MINIT). */
void rc_store_startup(void);

/* GET, or GETEX key EX refresh_ttl when refresh_ttl > 0 (phpredis's early_refresh). *val:
 * the bytes, or NULL when there is no such key. A plain GET is a read, which failover
 * settings may send to a replica. */
rc_status rc_store_get(rc_cluster *c, const zend_string *key, zend_long refresh_ttl, zend_string **val);
/* SETEX key ttl data. */
rc_status rc_store_setex(rc_cluster *c, const zend_string *key, zend_long ttl, const zend_string *data);
/* SET key "" NX EX ttl: *created is false when the key exists (an ID collision). */
rc_status rc_store_create(rc_cluster *c, const zend_string *key, zend_long ttl, bool *created);
/* EXPIRE key ttl: *existed is false when there is no such key. */
rc_status rc_store_expire(rc_cluster *c, const zend_string *key, zend_long ttl, bool *existed);
rc_status rc_store_exists(rc_cluster *c, const zend_string *key, bool *exists);
rc_status rc_store_del(rc_cluster *c, const zend_string *key);

/* Takes the lock unless another owner holds it and, in the same step, reads the session
 * as rc_store_get() does (on the master). *locked false: another owner holds it, *val is
 * NULL. Taking a lock this owner holds renews it, so a request whose reply was lost can be
 * sent again. */
rc_status rc_store_lock_read(rc_cluster *c, const zend_string *key, const rc_store_lock *lock,
	zend_long refresh_ttl, bool *locked, zend_string **val);
/* While the lock is still ours: writes data with SETEX (data NULL: renews the key's
 * expiry, as EXPIRE) and releases the lock, in one step. */
rc_status rc_store_save_unlock(rc_cluster *c, const zend_string *key, const rc_store_lock *lock, zend_long ttl,
	const zend_string *data, rc_store_saved *done);
/* Releases the lock if it is still ours; *released says whether it was. */
rc_status rc_store_unlock(rc_cluster *c, const rc_store_lock *lock, bool *released);

#endif
