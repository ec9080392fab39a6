/* MULTI and pipelines on the object (every class): what a method queues instead of
 * sending, and exec()'s shaping of what comes back. The engine's side of MULTI is
 * cluster_multi.c; a pipeline is sent by rc_cluster_run() like any batch. */
#include "rc_object.h"

#include "zend_exceptions.h"

/* Transactions: queueing (the methods' side of MULTI) */

/* What MULTI or a pipeline queued, taken out of the object (queue_take()). */
typedef struct rc_held {
	rc_queued *queued;
	uint32_t queued_count;
	rc_req *pipe;
	uint32_t pipe_count;
	smart_str pipe_buf;
} rc_held;

/* Takes what MULTI or a pipeline queued out of the object, and leaves pipeline mode.
 * exec() does so before it shapes the replies: the unserializers it calls are user code,
 * which may call any method; they find an idle object, not the queue being read. */
static void queue_take(redis_cluster_object *obj, rc_held *h)
{
	h->queued = obj->queued;
	h->queued_count = obj->queued_count;
	h->pipe = obj->pipe;
	h->pipe_count = obj->pipe_count;
	h->pipe_buf = obj->pipe_buf;
	obj->queued = NULL;
	obj->queued_count = obj->queued_size = 0;
	obj->pipe = NULL;
	obj->pipe_count = obj->pipe_size = 0;
	memset(&obj->pipe_buf, 0, sizeof(obj->pipe_buf));
	obj->pipeline = false;
	obj->pipe_multi = false;
}

static void held_free(rc_held *h)
{
	for (uint32_t i = 0; i < h->queued_count; i++) {
		rc_queued *q = &h->queued[i];

		if (q->split && q->split->reqs) {
			rc_split_free(q->split);
		} else if (q->split) {
			/* The parts belong to the pipeline's requests. */
			efree(q->split->key_req);
			efree(q->split->key_pos);
		}
		if (q->split) {
			efree(q->split);
		}
		if (q->part_nodes) {
			efree(q->part_nodes);
		}
		zval_ptr_dtor(&q->fields);
	}
	if (h->queued) {
		efree(h->queued);
	}
	for (uint32_t i = 0; i < h->pipe_count; i++) {
		rc_req_free(&h->pipe[i]);
	}
	if (h->pipe) {
		efree(h->pipe);
	}
	smart_str_free(&h->pipe_buf);
}

/* Forgets what MULTI or a pipeline queued, and leaves pipeline mode. */
void rc_batch_queue_clear(redis_cluster_object *obj)
{
	rc_held h;

	queue_take(obj, &h);
	held_free(&h);
	smart_str_free(&obj->pipe_spare);
}

/* Commands no bigger than this leave their buffer to the next queued command. */
#define RC_PIPE_SPARE_MAX 1024

/* Moves finished requests into the pipeline; returns the index of the first. Their bytes
 * go to the end of obj->pipe_buf (exec() points each request at them there), their
 * requests to obj->pipe; their own buffers are freed, or one is kept for the next
 * command to be built in. */
uint32_t rc_batch_pipe_take(redis_cluster_object *obj, rc_req *reqs, uint32_t n)
{
	uint32_t first = obj->pipe_count;

	if (obj->pipe_count + n > obj->pipe_size) {
		obj->pipe_size = MAX(obj->pipe_size * 2, obj->pipe_count + n);
		obj->pipe = safe_erealloc(obj->pipe, obj->pipe_size, sizeof(rc_req), 0);
	}
	for (uint32_t i = 0; i < n; i++) {
		rc_cmd *cmd = &reqs[i].cmd;
		size_t used = obj->pipe_buf.s ? ZSTR_LEN(obj->pipe_buf.s) : 0;

		if (obj->pipe_buf.a - used < cmd->len) {
			/* Doubled: a batch of any size copies each byte O(1) times. */
			smart_str_alloc(&obj->pipe_buf, MAX(cmd->len, used), 0);
		}
		memcpy(smart_str_extend(&obj->pipe_buf, cmd->len), cmd->data, cmd->len);
		cmd->start = used;
		cmd->data = NULL;
		if (obj->pipe_spare.s == NULL && cmd->buf.a <= RC_PIPE_SPARE_MAX) {
			obj->pipe_spare = cmd->buf;
		} else {
			smart_str_free(&cmd->buf);
		}
		memset(&cmd->buf, 0, sizeof(cmd->buf));
	}
	memcpy(&obj->pipe[first], reqs, n * sizeof(rc_req));
	obj->pipe_count += n;
	return first;
}

rc_queued *rc_batch_queue_push(redis_cluster_object *obj)
{
	rc_queued *q;

	if (obj->queued_count == obj->queued_size) {
		obj->queued_size = obj->queued_size ? obj->queued_size * 2 : 8;
		obj->queued = safe_erealloc(obj->queued, obj->queued_size, sizeof(rc_queued), 0);
	}
	q = &obj->queued[obj->queued_count++];
	memset(q, 0, sizeof(*q));
	ZVAL_UNDEF(&q->fields);
	q->txn = obj->pipe_multi ? RC_TXN_INSIDE : RC_TXN_NONE;
	return q;
}

/* Queues one request on its node. Returns false with the PHP error raised (the
 * transaction abandoned: an exception) or with the method's false (the node refused the
 * command: EXEC will discard the transaction). */
static bool queue_req(redis_cluster_object *obj, rc_req *req, uint32_t *node)
{
	rc_status status;

	if (rc_object_refuse_reentry(obj)) {
		return false;
	}
	obj->busy = true;
	status = rc_cluster_multi_queue(&obj->c, req, node);
	obj->busy = false;
	if (status != RC_OK) {
		rc_batch_queue_clear(obj);
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
		return false;
	}
	if (req->type == REDIS_REPLY_ERROR) {
		rc_object_set_last_error(obj, Z_STR(req->reply));
		return false;
	}
	return true;
}

/* Inside MULTI, a method queues its command and returns the object, as phpredis's do. */
void rc_batch_queue_one(redis_cluster_object *obj, rc_req *req, rc_reply_kind kind, zval *return_value)
{
	uint32_t node;

	if (!queue_req(obj, req, &node)) {
		if (!EG(exception)) {
			RETVAL_FALSE;
		}
		return;
	}
	rc_queued *q = rc_batch_queue_push(obj);
	q->kind = kind;
	q->node = node;
	RETVAL_OBJ_COPY(&obj->std);
}

/* A multi-key command inside MULTI: each slot's part queued on its node. */
void rc_batch_queue_split(redis_cluster_object *obj, rc_split *split, rc_split_kind kind, zval *return_value)
{
	uint32_t *nodes = safe_emalloc(split->count, sizeof(uint32_t), 0);
	rc_queued *q;

	for (uint32_t i = 0; i < split->count; i++) {
		if (!queue_req(obj, &split->reqs[i], &nodes[i])) {
			efree(nodes);
			rc_split_free(split);
			if (!EG(exception)) {
				RETVAL_FALSE;
			}
			return;
		}
	}
	q = rc_batch_queue_push(obj);
	q->split = emalloc(sizeof(rc_split));
	*q->split = *split;
	q->part_nodes = nodes;
	q->split_kind = kind;
	RETVAL_OBJ_COPY(&obj->std);
}

PHP_METHOD(RedisCluster, getmode)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->pipeline) {
		/* phpredis's modes are flags: MULTI inside a pipeline is both. */
		RETURN_LONG(obj->pipe_multi ? RC_MODE_PIPELINE | RC_MODE_MULTI : RC_MODE_PIPELINE);
	}
	RETURN_LONG(rc_cluster_in_multi(&obj->c) ? RC_MODE_MULTI : RC_MODE_ATOMIC);
}

/* Pipelines: commands kept in the object, sent at exec() in one round trip per node */

static void start_pipeline(redis_cluster_object *obj, zval *return_value)
{
	if (rc_cluster_in_multi(&obj->c)) {
		php_error_docref(NULL, E_WARNING, "Can't activate pipeline in multi mode!");
		RETURN_FALSE;
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	obj->pipeline = true;
	RETURN_OBJ_COPY(&obj->std);
}

PHP_METHOD(RedisCluster, pipeline)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	start_pipeline(obj, return_value);
}

/* A pipeline's part of exec(): every request sent (grouped by node, every node written
 * before any is read, redirections and retries as for one command), then every reply
 * shaped in call order. */
static void shape_pipelined(redis_cluster_object *obj, rc_queued *q, rc_req *pipe, zval *out)
{
	rc_req *req = &pipe[q->first];

	if (q->split) {
		q->split->reqs = req;
		rc_split_shape(q->split, &obj->codec, q->split_kind, out, &obj->last_error);
		q->split->reqs = NULL;
		return;
	}
	if (req->type == 0) {
		/* No reply: the command's outcome is unknown (exec() threw). */
		ZVAL_NULL(out);
		return;
	}
	if (req->type == REDIS_REPLY_ERROR) {
		rc_object_set_last_error(obj, Z_STR(req->reply));
	}
	rc_reply_shape(&obj->codec, q->kind, &req->reply, req->type, out);
	if (Z_TYPE(q->fields) == IS_ARRAY && Z_TYPE_P(out) == IS_ARRAY) {
		zval values;

		ZVAL_COPY_VALUE(&values, out);
		rc_object_pair_fields(Z_ARRVAL(q->fields), &values, out);
		zval_ptr_dtor(&values);
	}
}

/* Queues MULTI, EXEC or DISCARD in a pipeline. */
static void pipe_marker(redis_cluster_object *obj, const char *name, uint8_t txn)
{
	rc_queued *q;
	rc_req req;

	rc_req_init(&req, name, strlen(name));
	rc_cmd_finish(&req.cmd);
	q = rc_batch_queue_push(obj);
	q->kind = RC_REPLY_BOOL;
	q->txn = txn;
	q->first = rc_batch_pipe_take(obj, &req, 1);
}

static int nested_type(const zval *elem, rc_reply_kind kind);

/* The requests of queued command q: one, or a split command's parts. */
static uint32_t queued_parts(const rc_queued *q)
{
	return q->split ? q->split->count : 1;
}

/* A pipeline's EXEC, at queued[end], with its block from queued[begin]: each command's
 * QUEUED gives way to its element of EXEC's reply, then it is shaped as outside. false
 * when the transaction did not run (a WATCH fired: nil; refused: EXECABORT). */
static void shape_pipelined_txn(redis_cluster_object *obj, rc_held *h, uint32_t begin, uint32_t end, zval *out)
{
	rc_req *exec = &h->pipe[h->queued[end].first];
	uint32_t k = 0;

	if (exec->type != REDIS_REPLY_ARRAY) {
		if (exec->type == REDIS_REPLY_ERROR) {
			rc_object_set_last_error(obj, Z_STR(exec->reply));
		}
		if (exec->type == 0) {
			ZVAL_NULL(out);
		} else {
			ZVAL_FALSE(out);
		}
		return;
	}
	array_init(out);
	for (uint32_t i = begin + 1; i < end; i++) {
		rc_queued *q = &h->queued[i];
		zval shaped;

		for (uint32_t p = 0; p < queued_parts(q); p++) {
			rc_req *part = &h->pipe[q->first + p];
			zval *elem = zend_hash_index_find(Z_ARRVAL(exec->reply), k++);

			zval_ptr_dtor(&part->reply);
			if (elem == NULL) {
				ZVAL_NULL(&part->reply);
				part->type = REDIS_REPLY_NIL;
				continue;
			}
			part->type = nested_type(elem, q->split ? RC_REPLY_RAW : q->kind);
			if (part->type == REDIS_REPLY_ERROR) {
				/* The error's text did not survive the nesting; the shape needs one. */
				ZVAL_STRING(&part->reply, "ERR a command inside EXEC failed");
			} else {
				ZVAL_COPY(&part->reply, elem);
			}
		}
		shape_pipelined(obj, q, h->pipe, &shaped);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &shaped);
	}
}

static void exec_pipeline(redis_cluster_object *obj, zval *return_value)
{
	uint32_t begin = 0;

	rc_status status = RC_OK;
	uint32_t unknown = 0;
	rc_held h;

	if (obj->pipe_count > 0) {
		for (uint32_t i = 0; i < obj->pipe_count; i++) {
			obj->pipe[i].cmd.data = ZSTR_VAL(obj->pipe_buf.s) + obj->pipe[i].cmd.start;
		}
		obj->busy = true;
		status = rc_cluster_run(&obj->c, obj->pipe, obj->pipe_count);
		obj->busy = false;
	}
	/* Values are unserialized here, after every reply is read, from the queue taken out
	 * of the object. */
	queue_take(obj, &h);
	array_init_size(return_value, h.queued_count);
	for (uint32_t i = 0; i < h.queued_count; i++) {
		rc_queued *q = &h.queued[i];
		zval out;

		if (q->txn == RC_TXN_BEGIN) {
			begin = i;
		}
		if (q->txn == RC_TXN_BEGIN || q->txn == RC_TXN_INSIDE) {
			/* Given with the block's EXEC. */
			continue;
		}
		if (q->txn == RC_TXN_EXEC) {
			shape_pipelined_txn(obj, &h, begin, i, &out);
		} else {
			shape_pipelined(obj, q, h.pipe, &out);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &out);
	}
	for (uint32_t i = 0; i < h.pipe_count; i++) {
		unknown += h.pipe[i].sent && h.pipe[i].type == 0;
	}
	held_free(&h);
	if (status != RC_OK) {
		/* What was read stays the caller's: on the exception, in call order, null where a
		 * command's outcome is unknown. */
		zend_object *ex = zend_throw_exception_ex(obj->exception_ce, 0,
			"%s (%u of the pipeline's commands have an unknown outcome: they may have run)", obj->c.err.msg, unknown);
		zend_update_property(obj->exception_ce, ex, "replies", sizeof("replies") - 1, return_value);
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}

/* Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH */

PHP_METHOD(RedisCluster, multi)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_long mode = RC_MODE_MULTI;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(mode)
	ZEND_PARSE_PARAMETERS_END();

	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	/* phpredis's answers, warnings included. */
	if (rc_cluster_in_multi(&obj->c)) {
		php_error_docref(NULL, E_WARNING, "%s is already in MULTI mode, ignoring", ZSTR_VAL(obj->std.ce->name));
		RETURN_FALSE;
	}
	if (mode == RC_MODE_PIPELINE) {
		start_pipeline(obj, return_value);
		return;
	}
	if (obj->pipeline && obj->c.standalone && !obj->pipe_multi) {
		pipe_marker(obj, "MULTI", RC_TXN_BEGIN);
		obj->pipe_multi = true;
		RETURN_OBJ_COPY(&obj->std);
	}
	if (obj->pipeline) {
		/* On a cluster a MULTI block per node inside the batch would need EXEC's replies
		 * spliced into the pipeline's: not offered. */
		php_error_docref(NULL, E_WARNING, obj->pipe_multi ? "Already in MULTI mode inside the pipeline"
			: "MULTI inside a pipeline is not supported on a cluster");
		RETURN_FALSE;
	}
	if (mode != RC_MODE_MULTI && obj->c.standalone) {
		/* phpredis's Redis: a warning, false. */
		php_error_docref(NULL, E_WARNING, "Unknown mode sent to Redis::multi");
		RETURN_FALSE;
	}
	if (mode != RC_MODE_MULTI) {
		zend_argument_value_error(1, "must be %s::MULTI or %s::PIPELINE", ZSTR_VAL(obj->std.ce->name),
			ZSTR_VAL(obj->std.ce->name));
		RETURN_THROWS();
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	rc_cluster_multi_begin(&obj->c);
	RETURN_OBJ_COPY(&obj->std);
}

/* A reply inside EXEC's has lost its RESP type (the reader types only the outer reply):
 * what the shape needs is told from the value and the shape. */
static int nested_type(const zval *elem, rc_reply_kind kind)
{
	switch (Z_TYPE_P(elem)) {
		case IS_LONG:
			return REDIS_REPLY_INTEGER;
		case IS_NULL:
			return REDIS_REPLY_NIL;
		case IS_ARRAY:
			return REDIS_REPLY_ARRAY;
		case IS_FALSE:
			/* An error inside EXEC: the reader makes it false. */
			return REDIS_REPLY_ERROR;
		default:
			/* The status replies are the ones of the shapes that read a status. */
			return kind == RC_REPLY_BOOL || kind == RC_REPLY_PING ? REDIS_REPLY_STATUS : REDIS_REPLY_STRING;
	}
}

/* The next of a node's EXEC replies; false when the node gave fewer than it queued. */
static void next_reply(zval *replies, uint32_t *cursor, uint32_t node, zval *out)
{
	zval *list = zend_hash_index_find(Z_ARRVAL_P(replies), node), *elem = NULL;

	if (list && Z_TYPE_P(list) == IS_ARRAY) {
		elem = zend_hash_index_find(Z_ARRVAL_P(list), cursor[node]);
	}
	cursor[node]++;
	if (elem) {
		ZVAL_COPY(out, elem);
	} else {
		ZVAL_FALSE(out);
	}
}

/* One queued command's part of EXEC's replies, shaped as the method returns it. */
static void shape_queued(redis_cluster_object *obj, rc_queued *q, zval *replies, uint32_t *cursor, zval *out)
{
	zval elem;

	if (q->split == NULL) {
		next_reply(replies, cursor, q->node, &elem);
		rc_reply_shape(&obj->codec, q->kind, &elem, nested_type(&elem, q->kind), out);
		zval_ptr_dtor(&elem);
		if (Z_TYPE(q->fields) == IS_ARRAY && Z_TYPE_P(out) == IS_ARRAY) {
			zval values;

			ZVAL_COPY_VALUE(&values, out);
			rc_object_pair_fields(Z_ARRVAL(q->fields), &values, out);
			zval_ptr_dtor(&values);
		}
		return;
	}
	for (uint32_t p = 0; p < q->split->count; p++) {
		rc_req *part = &q->split->reqs[p];

		/* What the part holds is the node's QUEUED: EXEC's reply takes its place. */
		zval_ptr_dtor(&part->reply);
		next_reply(replies, cursor, q->part_nodes[p], &part->reply);
		part->type = nested_type(&part->reply, RC_REPLY_RAW);
		if (part->type == REDIS_REPLY_ERROR) {
			/* The error's text did not survive the nesting; the shape needs one. */
			ZVAL_STRING(&part->reply, "ERR a command inside EXEC failed");
		}
	}
	rc_split_shape(q->split, &obj->codec, q->split_kind, out, &obj->last_error);
}

PHP_METHOD(RedisCluster, exec)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zval replies;
	uint32_t *cursor;
	rc_status status;
	bool aborted;
	rc_held h;

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (obj->pipe_multi) {
		/* The end of a MULTI block inside the pipeline: sent with the rest. */
		pipe_marker(obj, "EXEC", RC_TXN_EXEC);
		obj->pipe_multi = false;
		RETURN_OBJ_COPY(&obj->std);
	}
	if (obj->pipeline) {
		exec_pipeline(obj, return_value);
		return;
	}
	if (!rc_cluster_in_multi(&obj->c)) {
		/* phpredis's RedisCluster warns; its Redis returns false and nothing more. */
		if (!obj->c.standalone) {
			php_error_docref(NULL, E_WARNING, "%s is not in MULTI mode", ZSTR_VAL(obj->std.ce->name));
		}
		RETURN_FALSE;
	}
	obj->busy = true;
	status = rc_cluster_multi_exec(&obj->c, &replies, &aborted);
	obj->busy = false;
	if (status != RC_OK) {
		rc_batch_queue_clear(obj);
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
		RETURN_THROWS();
	}
	if (aborted) {
		/* Nothing ran anywhere: phpredis's false, with the server's reason if it gave one
		 * (none when a WATCH fired). */
		if (obj->c.err.code != RC_OK) {
			zend_string *msg = zend_string_init(obj->c.err.msg, strlen(obj->c.err.msg), 0);
			rc_object_set_last_error(obj, msg);
			zend_string_release(msg);
		}
		rc_batch_queue_clear(obj);
		RETURN_FALSE;
	}
	/* Values are unserialized here, after every reply is read: user code may run now, and
	 * finds the queue taken out of the object. */
	queue_take(obj, &h);
	cursor = ecalloc(MAX(zend_hash_num_elements(Z_ARRVAL(replies)), 1), sizeof(uint32_t));
	array_init_size(return_value, h.queued_count);
	for (uint32_t i = 0; i < h.queued_count; i++) {
		zval out;

		shape_queued(obj, &h.queued[i], &replies, cursor, &out);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &out);
	}
	efree(cursor);
	zval_ptr_dtor(&replies);
	held_free(&h);
}

PHP_METHOD(RedisCluster, discard)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (obj->pipeline) {
		/* As phpredis: the whole pipeline goes, a MULTI block in it included. */
		rc_batch_queue_clear(obj);
		RETURN_TRUE;
	}
	if (!rc_cluster_in_multi(&obj->c)) {
		if (!obj->c.standalone) {
			php_error_docref(NULL, E_WARNING, "Cluster is not in MULTI mode");
		}
		RETURN_FALSE;
	}
	obj->busy = true;
	rc_cluster_multi_discard(&obj->c);
	obj->busy = false;
	rc_batch_queue_clear(obj);
	RETURN_TRUE;
}

PHP_METHOD(RedisCluster, watch)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zval *args = NULL;
	uint32_t argc = 0;
	rc_status status;
	HashTable keys;
	rc_split split;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_VARIADIC('+', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	if (rc_cluster_in_multi(&obj->c)) {
		/* Redis's own rule, worded as phpredis words it. */
		php_error_docref(NULL, E_WARNING, "WATCH command not allowed in MULTI mode");
		RETURN_FALSE;
	}
	if (obj->pipeline) {
		/* WATCH has to be answered before the MULTI it guards is even started. */
		php_error_docref(NULL, E_WARNING, "WATCH cannot be pipelined");
		RETURN_FALSE;
	}
	zend_hash_init(&keys, argc, NULL, NULL, 0);
	for (uint32_t i = 0; i < argc; i++) {
		if (Z_TYPE(args[i]) == IS_ARRAY) {
			zval *key;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[i]), key) {
				zend_hash_next_index_insert(&keys, key);
			} ZEND_HASH_FOREACH_END();
		} else {
			zend_hash_next_index_insert(&keys, &args[i]);
		}
	}
	rc_split_build(&split, &obj->codec, "WATCH", 5, &keys, RC_SPLIT_SUM);
	zend_hash_destroy(&keys);
	obj->busy = true;
	status = split.count ? rc_cluster_watch(&obj->c, split.reqs, split.count) : RC_OK;
	obj->busy = false;
	rc_split_free(&split);
	if (status != RC_OK) {
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

PHP_METHOD(RedisCluster, unwatch)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	obj->busy = true;
	rc_cluster_unwatch(&obj->c);
	obj->busy = false;
	RETURN_TRUE;
}
