/* The object behind RedisCluster and Redis: one struct, one set of methods. A Redis
 * object is the same object with its engine in standalone mode (rc_cluster.standalone:
 * one server, no slots) and its codec's keys in one slot; the methods that only one class
 * has, and the differences of the methods they share, test that and nothing else. */
#ifndef RC_OBJECT_H
#define RC_OBJECT_H

#include "php_redis.h"
#include "cluster_library.h"
#include "codec.h"
#include "reply.h"
#include "split.h"

/* A command queued inside MULTI or a pipeline, kept to shape its part of exec()'s reply. */
typedef struct rc_queued {
	rc_reply_kind kind;     /* one command: its reply shape */
	uint32_t node;          /* MULTI: its node in the transaction */
	uint32_t first;         /* pipeline: its request (its first part's) in obj->pipe */
	rc_split *split;        /* a multi-key command: its parts; NULL for one command. In a
	                         * pipeline the parts live in obj->pipe (split->reqs is NULL) */
	uint32_t *part_nodes;   /* MULTI: per part, its node */
	rc_split_kind split_kind;
	zval fields;            /* hmget: the fields asked for, to pair with the values */
	uint8_t txn;            /* a pipeline's MULTI block (Redis only): RC_TXN_* */
} rc_queued;

/* A pipeline's MULTI ... EXEC block: MULTI and the commands inside give nothing to
 * exec()'s result; EXEC gives one element, the block's replies shaped as each command
 * shapes its own. (discard() drops the whole pipeline, as phpredis's does.) */
#define RC_TXN_NONE 0
#define RC_TXN_BEGIN 1
#define RC_TXN_INSIDE 2
#define RC_TXN_EXEC 3

typedef struct redis_cluster_object {
	rc_cluster c;
	rc_codec codec;
	rc_queued *queued;       /* MULTI or pipeline: the commands queued, in call order */
	uint32_t queued_count;
	uint32_t queued_size;
	bool pipeline;           /* pipeline mode: commands are kept, sent at exec() */
	rc_req *pipe;            /* the pipeline's requests, every part of every command */
	uint32_t pipe_count;
	uint32_t pipe_size;
	smart_str pipe_buf;      /* the pipeline's commands, encoded one after the other */
	smart_str pipe_spare;    /* a buffer for the next queued command to be built in */
	bool pipe_multi;         /* inside a pipeline's MULTI block */
	zend_long scan;          /* OPT_SCAN: SCAN_RETRY and SCAN_PREFIX flags */
	bool read_forever;       /* OPT_READ_TIMEOUT -1: the subscribe loop waits for ever */
	zend_string *last_error;
	/* The engine is running for this object. No user code should run meanwhile (the
	 * stream layer is kept quiet, values are unserialized after the replies are read),
	 * but should any (a destructor run by the garbage collector, say), a call back into
	 * this object is refused instead of freeing what the engine holds. */
	bool busy;
	bool constructed;        /* __construct() ran (once is all it may) */
	zend_long single_port;   /* Redis: getPort(), the port as connect() was given it */
	/* RedisClusterException or RedisException: what this object's failures throw. */
	zend_class_entry *exception_ce;
	zend_object std;
} redis_cluster_object;

static inline redis_cluster_object *redis_cluster_from_obj(zend_object *obj)
{
	return (redis_cluster_object *)((char *)obj - XtOffsetOf(redis_cluster_object, std));
}

#define Z_REDIS_CLUSTER_P(zv) redis_cluster_from_obj(Z_OBJ_P(zv))

/* redis_cluster.c, for the Redis class's own methods (redis_single.c) */
zend_object *rc_object_create(zend_class_entry *ce, zend_object_handlers *handlers, zend_class_entry *exception_ce);
void rc_object_free(zend_object *object);
/* The handlers of a class of these objects: no clone, rc_object_free. */
void rc_object_init_handlers(zend_object_handlers *handlers);
/* Refuses a call made while the engine is running for this object (an exception). */
bool rc_object_refuse_reentry(redis_cluster_object *obj);
/* Runs requests on the engine; false with the class's exception thrown when it fails. */
bool rc_object_run(redis_cluster_object *obj, rc_req *reqs, uint32_t n);
/* An error reply of a command run at once: kept for getLastError(), and thrown on Redis
 * as phpredis throws it (all but the errors a caller expects). True when it threw. */
bool rc_object_reply_error(redis_cluster_object *obj, zend_string *msg);
/* The message getLastError() returns; NULL clears it. */
void rc_object_set_last_error(redis_cluster_object *obj, zend_string *msg);
/* Whether it is in MULTI or a pipeline (commands queued, not sent). */
bool rc_object_batching(const redis_cluster_object *obj);
/* Credentials into the connection options (argument `num` in errors); false with the
 * error raised. */
bool rc_object_set_auth(rc_conn_opts *opts, zval *auth, uint32_t num);
/* $context (the ssl options of a TLS connection) into the connection options. */
void rc_object_set_context(rc_conn_opts *opts, HashTable *context);
/* Throws the class's "not connected" exception. */
void rc_object_throw_not_connected(redis_cluster_object *obj);
/* hmget()'s values paired with the fields asked for. */
void rc_object_pair_fields(HashTable *fields, zval *values, zval *return_value);

/* rc_batch.c: MULTI and pipelines, for the methods of redis_cluster.c */

/* Forgets what MULTI or a pipeline queued, and leaves pipeline mode. */
void rc_batch_queue_clear(redis_cluster_object *obj);
/* A new entry of the queue, in call order. */
rc_queued *rc_batch_queue_push(redis_cluster_object *obj);
/* Moves n finished requests into the pipeline (their memory is the pipeline's from now
 * on); returns the index of the first. */
uint32_t rc_batch_pipe_take(redis_cluster_object *obj, rc_req *reqs, uint32_t n);
/* Inside MULTI: queues one request on its node and returns the object (or false, or an
 * exception, as phpredis). */
void rc_batch_queue_one(redis_cluster_object *obj, rc_req *req, rc_reply_kind kind, zval *return_value);
/* Inside MULTI: each slot's part of a multi-key command queued on its node. */
void rc_batch_queue_split(redis_cluster_object *obj, rc_split *split, rc_split_kind kind, zval *return_value);

#endif
