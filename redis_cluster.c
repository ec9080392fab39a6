/* The RedisCluster class: object lifecycle and thin methods. Each method parses its
 * arguments, builds its command (through the command table), runs it on the engine and
 * shapes the reply; PHP errors are raised here and nowhere below. */
#include "rc_object.h"
#include "builders.h"
#include "commands.h"
#include "compress.h"
#include "split.h"
#include "cluster_pubsub.h"

#include "SAPI.h"
#include "ext/standard/file.h"
#include "main/php_variables.h"
#include "zend_attributes.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "redis_cluster_arginfo.h"

zend_class_entry *redis_cluster_ce;
zend_class_entry *redis_cluster_exception_ce;

static zend_object_handlers redis_cluster_handlers;

zend_object *rc_object_create(zend_class_entry *ce, zend_object_handlers *handlers, zend_class_entry *exception_ce)
{
	redis_cluster_object *obj = zend_object_alloc(sizeof(redis_cluster_object), ce);

	rc_cluster_init(&obj->c);
	obj->exception_ce = exception_ce;
	zend_object_std_init(&obj->std, ce);
	object_properties_init(&obj->std, ce);
	obj->std.handlers = handlers;
	return &obj->std;
}

static zend_object *redis_cluster_create(zend_class_entry *ce)
{
	return rc_object_create(ce, &redis_cluster_handlers, redis_cluster_exception_ce);
}


void rc_object_free(zend_object *object)
{
	redis_cluster_object *obj = redis_cluster_from_obj(object);

	rc_batch_queue_clear(obj);
	rc_cluster_free(&obj->c);
	if (obj->codec.prefix) {
		zend_string_release(obj->codec.prefix);
	}
	if (obj->last_error) {
		zend_string_release(obj->last_error);
	}
	if (obj->single_host) {
		zend_string_release(obj->single_host);
	}
	zend_object_std_dtor(object);
}

bool rc_object_refuse_reentry(redis_cluster_object *obj)
{
	if (obj->busy) {
		zend_throw_exception_ex(obj->exception_ce, 0,
			"%s called from inside one of its own commands (an error handler or a destructor)",
			ZSTR_VAL(obj->std.ce->name));
		return true;
	}
	return false;
}

/* A command on an object with no server: never connected (Redis), or closed for good. */
void rc_object_throw_not_connected(redis_cluster_object *obj)
{
	zend_throw_exception(obj->exception_ce, obj->exception_ce == redis_cluster_exception_ce
		? "RedisCluster is not connected" : "Redis server went away", 0);
}

/* Refuses, with a warning and false as phpredis does, a method that cannot be queued in
 * MULTI or a pipeline (its reply is needed at once: an iterator, a subscribe loop). */
static bool refuse_in_batch(redis_cluster_object *obj, const char *what)
{
	if (obj->pipeline) {
		php_error_docref(NULL, E_WARNING, "%s can't be called in a pipeline", what);
		return true;
	}
	if (rc_cluster_in_multi(&obj->c)) {
		php_error_docref(NULL, E_WARNING, "%s can't be called in MULTI mode!", what);
		return true;
	}
	return false;
}

void rc_object_set_last_error(redis_cluster_object *obj, zend_string *msg)
{
	if (msg == NULL && obj->c.standalone) {
		/* phpredis's Redis keeps an error until clearLastError(); its RedisCluster
		 * clears it with every reply. */
		return;
	}
	if (obj->last_error) {
		zend_string_release(obj->last_error);
	}
	obj->last_error = msg ? zend_string_copy(msg) : NULL;
}

/* An error reply of a command run at once: the last error, and for Redis, as phpredis's
 * does, an exception unless it is one a caller expects as an answer (ERR, but for ERR
 * AUTH: a refused login; NOSCRIPT, NOQUORUM, NOGOODSLAVE, WRONGTYPE, BUSYGROUP,
 * NOGROUP); those, and every error on RedisCluster, make the method return false.
 * Returns true when it threw. */
bool rc_object_reply_error(redis_cluster_object *obj, zend_string *msg)
{
	static const char *const answers[] = {"NOSCRIPT", "NOQUORUM", "NOGOODSLAVE", "WRONGTYPE", "BUSYGROUP", "NOGROUP"};
	const char *m = ZSTR_VAL(msg);

	rc_object_set_last_error(obj, msg);
	if (!obj->c.standalone || (strncmp(m, "ERR", 3) == 0 && strncmp(m, "ERR AUTH", 8) != 0)) {
		return false;
	}
	for (size_t i = 0; i < sizeof(answers) / sizeof(answers[0]); i++) {
		if (strncmp(m, answers[i], strlen(answers[i])) == 0) {
			return false;
		}
	}
	zend_throw_exception(obj->exception_ce, m, 0);
	return true;
}

/* Construction */

/* The value of one of phpredis's redis.clusters.* settings for cluster `name`: each is a
 * query string keyed by cluster name ("mycluster[]=host:7000&mycluster[]=host:7001",
 * "mycluster=5"). Returns false when the setting does not name the cluster. */
static bool ini_cluster_value(const char *setting, zend_string *name, zval *out)
{
	zval all, *found;

	ZVAL_UNDEF(out);
	if (setting == NULL || *setting == '\0') {
		return false;
	}
	array_init(&all);
	sapi_module.treat_data(PARSE_STRING, estrdup(setting), &all);
	found = zend_symtable_find(Z_ARRVAL(all), name);
	if (found) {
		ZVAL_COPY(out, found);
	}
	zval_ptr_dtor(&all);
	return found != NULL;
}

static double ini_cluster_double(const char *setting, zend_string *name, double fallback)
{
	zval val;
	double result = fallback;

	if (ini_cluster_value(setting, name, &val)) {
		result = zval_get_double(&val);
		zval_ptr_dtor(&val);
	}
	return result;
}

/* As phpredis: a seed that is not "host:port" is skipped with a warning; none left is an
 * exception. A seed naming a database other than 0 is an exception at once: the data would
 * not be where its writer meant it. */
static bool set_seeds(rc_cluster *c, HashTable *seeds)
{
	bool tls = false;
	zval *seed;

	ZEND_HASH_FOREACH_VAL(seeds, seed) {
		zend_string *str = zval_get_string(seed);
		rc_seed parsed;
		rc_seed_result res = rc_seed_parse_uri(ZSTR_VAL(str), ZSTR_LEN(str), &parsed, &tls);

		if (res == RC_SEED_OK) {
			rc_cluster_add_seed(c, &parsed);
		} else if (res == RC_SEED_DATABASE) {
			zend_throw_exception_ex(redis_cluster_exception_ce, 0, RC_MSG_SEED_DATABASE, ZSTR_VAL(str));
			zend_string_release(str);
			return false;
		} else {
			php_error_docref(NULL, E_WARNING, RC_MSG_SEED_INVALID, ZSTR_VAL(str));
		}
		zend_string_release(str);
	} ZEND_HASH_FOREACH_END();
	if (c->seed_count == 0) {
		zend_throw_exception(redis_cluster_exception_ce, "No valid seeds detected", 0);
		return false;
	}
	c->opts.tls = c->opts.tls || tls;
	return true;
}

/* $auth: a password, [password], [user, password] or ['user' => u, 'pass' => p]. */
bool rc_object_set_auth(rc_conn_opts *opts, zval *auth, uint32_t num)
{
	if (auth == NULL || Z_TYPE_P(auth) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(auth) != IS_ARRAY && Z_TYPE_P(auth) != IS_STRING && Z_TYPE_P(auth) != IS_LONG) {
		zend_argument_type_error(num, "must be of type string|array|null, %s given", zend_zval_type_name(auth));
		return false;
	}
	if (!rc_credentials(auth, &opts->user, &opts->pass)) {
		zend_argument_value_error(num, "must be a password, [password] or [user, password]");
		return false;
	}
	if (ZSTR_LEN(opts->pass) == 0 && opts->user == NULL) {
		zend_string_release(opts->pass);
		opts->pass = NULL;
	}
	return true;
}

/* $context: ssl stream-context options (phpredis 5), or ['stream' => [...]] (phpredis 6).
 * Only TLS connections need a stream context: plain ones are built without one, which
 * spares every construction a request resource. */
void rc_object_set_context(rc_conn_opts *opts, HashTable *context)
{
	zval *stream = context ? zend_hash_str_find(context, "stream", sizeof("stream") - 1) : NULL;

	if (!opts->tls) {
		return;
	}
	if (stream && Z_TYPE_P(stream) == IS_ARRAY) {
		context = Z_ARRVAL_P(stream);
	}
	rc_conn_opts_set_ssl(opts, context);
}

static bool valid_timeout(zval *zv, uint32_t num, double *out)
{
	*out = zval_get_double(zv);
	if (*out < 0 || zend_isnan(*out) || zend_isinf(*out)) {
		zend_argument_value_error(num, "must be a finite number of seconds, 0 or more");
		return false;
	}
	return true;
}

PHP_METHOD(RedisCluster, __construct)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_cluster *c = &obj->c;
	zend_string *name = NULL;
	HashTable *seeds = NULL, *context = NULL;
	zval *ztimeout = NULL, *zread_timeout = NULL, *auth = NULL, ini_seeds, ini_auth;
	bool persistent = false, persistent_given = false;
	double timeout = 0, read_timeout = 0;

	ZEND_PARSE_PARAMETERS_START(1, 7)
		Z_PARAM_STR_OR_NULL(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(seeds)
		Z_PARAM_NUMBER(ztimeout)
		Z_PARAM_NUMBER(zread_timeout)
		Z_PARAM_BOOL_EX(persistent, persistent_given, 0, 0)
		Z_PARAM_ZVAL(auth)
		Z_PARAM_ARRAY_HT_OR_NULL(context)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_UNDEF(&ini_seeds);
	ZVAL_UNDEF(&ini_auth);
	if (obj->constructed) {
		/* Its seeds, credentials, cache key and connections are in use: an object is
		 * constructed once. */
		zend_throw_error(NULL, "RedisCluster::__construct() cannot be called twice on one object");
		RETURN_THROWS();
	}
	obj->constructed = true;
	if (ztimeout && !valid_timeout(ztimeout, 3, &timeout)) {
		RETURN_THROWS();
	}
	if (zread_timeout && !valid_timeout(zread_timeout, 4, &read_timeout)) {
		RETURN_THROWS();
	}

	if (seeds == NULL && name != NULL) {
		/* A named cluster: everything not passed comes from redis.clusters.*. */
		if (!ini_cluster_value(REDIS_G(clusters_seeds), name, &ini_seeds) || Z_TYPE(ini_seeds) != IS_ARRAY) {
			zend_throw_exception(obj->exception_ce, "Couldn't find seeds for cluster", 0);
			goto out;
		}
		seeds = Z_ARRVAL(ini_seeds);
		if (ztimeout == NULL) {
			timeout = ini_cluster_double(REDIS_G(clusters_timeout), name, 0);
		}
		if (zread_timeout == NULL) {
			read_timeout = ini_cluster_double(REDIS_G(clusters_read_timeout), name, 0);
		}
		if (!persistent_given) {
			persistent = ini_cluster_double(REDIS_G(clusters_persistent), name, 0) != 0;
		}
		if ((auth == NULL || Z_TYPE_P(auth) == IS_NULL) && ini_cluster_value(REDIS_G(clusters_auth), name, &ini_auth)) {
			auth = &ini_auth;
		}
	}
	if (seeds == NULL) {
		zend_throw_exception(obj->exception_ce, "Couldn't find seeds for cluster", 0);
		goto out;
	}
	if (!set_seeds(c, seeds) || !rc_object_set_auth(&c->opts, auth, 6)) {
		goto out;
	}
	rc_object_set_context(&c->opts, context);
	rc_cluster_configure(c, timeout, read_timeout, persistent, (double)REDIS_G(clusters_refresh_debounce_ms) / 1000.0);
	if (REDIS_G(clusters_cache_slots)) {
		rc_cluster_use_cache(c, rc_cluster_cache_key(c, name));
	}
	obj->busy = true;
	if (rc_cluster_connect(c, (double)REDIS_G(clusters_cache_max_age)) != RC_OK) {
		zend_throw_exception(obj->exception_ce, c->err.msg, 0);
	}
	obj->busy = false;

out:
	zval_ptr_dtor(&ini_seeds);
	zval_ptr_dtor(&ini_auth);
}

/* Running commands */

bool rc_object_batching(const redis_cluster_object *obj)
{
	return obj->pipeline || rc_cluster_in_multi(&obj->c);
}

bool rc_object_run(redis_cluster_object *obj, rc_req *reqs, uint32_t n)
{
	rc_status status;

	if (rc_object_refuse_reentry(obj)) {
		return false;
	}
	obj->busy = true;
	status = rc_cluster_run(&obj->c, reqs, n);
	obj->busy = false;
	if (status != RC_OK) {
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
		return false;
	}
	return true;
}


/* The whole of a method that sends one command from the table. */
static void table_method(INTERNAL_FUNCTION_PARAMETERS, rc_command_id id)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	const rc_command *cmd = &rc_commands[id];
	rc_reply_kind kind;
	rc_req req;

	/* A pipeline's commands are built one after the other in the same buffer. */
	rc_command_req_init(cmd, &req, obj->pipeline ? &obj->pipe_spare : NULL);
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
	} else if (!rc_command_build(cmd, &obj->c, &obj->codec, &req, ZEND_CALL_ARG(execute_data, 1), ZEND_NUM_ARGS(),
				   &kind)) {
		if (!EG(exception)) {
			RETVAL_FALSE;
		}
	} else if (EG(exception)) {
		/* A value's serializer threw (a Closure, a throwing __serialize()): the command is
		 * not sent with an empty or partial value. */
	} else if (obj->pipeline && req.blocks && req.block == 0) {
		/* It would hold the whole batch for as long as the server likes. */
		php_error_docref(NULL, E_WARNING, "A blocking command without a timeout can't be pipelined");
		RETVAL_FALSE;
	} else if (obj->pipeline) {
		rc_queued *q = rc_batch_queue_push(obj);

		rc_cmd_finish(&req.cmd);
		q->kind = kind;
		q->first = rc_batch_pipe_take(obj, &req, 1);
		/* The request is the pipeline's now: not freed here. */
		RETURN_OBJ_COPY(&obj->std);
	} else if (rc_cluster_in_multi(&obj->c)) {
		rc_cmd_finish(&req.cmd);
		rc_batch_queue_one(obj, &req, kind, return_value);
	} else {
		rc_cmd_finish(&req.cmd);
		if (rc_object_run(obj, &req, 1) && !(req.type == REDIS_REPLY_ERROR && rc_object_reply_error(obj, Z_STR(req.reply)))) {
			/* As phpredis's RedisCluster: every reply sets or clears the last error. */
			rc_object_set_last_error(obj, req.type == REDIS_REPLY_ERROR ? Z_STR(req.reply) : NULL);
			rc_reply_shape(&obj->codec, kind, &req.reply, req.type, return_value);
		}
	}
	rc_req_free(&req);
}

/* mget, mset, del, unlink, exists, touch: split by slot, one round trip for all. */
static void split_method(INTERNAL_FUNCTION_PARAMETERS, const char *name, HashTable *keys, rc_split_kind kind)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_split split;

	if (zend_hash_num_elements(keys) == 0) {
		/* phpredis's answer to nothing to do. */
		RETURN_FALSE;
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	rc_split_build(&split, &obj->codec, name, strlen(name), keys, kind);
	if (EG(exception)) {
		/* A value's serializer threw: nothing is sent. */
		rc_split_free(&split);
		RETURN_THROWS();
	}
	if (obj->pipeline) {
		rc_queued *q = rc_batch_queue_push(obj);

		q->split = emalloc(sizeof(rc_split));
		*q->split = split;
		q->split_kind = kind;
		q->first = rc_batch_pipe_take(obj, split.reqs, split.count);
		efree(q->split->reqs);
		q->split->reqs = NULL;
		RETURN_OBJ_COPY(&obj->std);
	}
	if (rc_cluster_in_multi(&obj->c)) {
		/* The parts are kept (or freed) by the queue. */
		rc_batch_queue_split(obj, &split, kind, return_value);
		return;
	}
	if (rc_object_run(obj, split.reqs, split.count)
		&& !(obj->c.standalone && split.reqs[0].type == REDIS_REPLY_ERROR && rc_object_reply_error(obj, Z_STR(split.reqs[0].reply)))) {
		rc_split_shape(&split, &obj->codec, kind, return_value, &obj->last_error);
	}
	rc_split_free(&split);
}

/* del($key, ...$other_keys) with $key a string or an array of keys. */
static void variadic_keys_method(INTERNAL_FUNCTION_PARAMETERS, const char *name)
{
	zval *args = NULL;
	uint32_t argc = 0;
	HashTable keys;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_VARIADIC('+', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	if (argc == 1 && Z_TYPE(args[0]) == IS_ARRAY) {
		split_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, name, Z_ARRVAL(args[0]), RC_SPLIT_SUM);
		return;
	}
	zend_hash_init(&keys, argc, NULL, NULL, 0);
	for (uint32_t i = 0; i < argc; i++) {
		zend_hash_next_index_insert(&keys, &args[i]);
	}
	split_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, name, &keys, RC_SPLIT_SUM);
	zend_hash_destroy(&keys);
}

PHP_METHOD(RedisCluster, mget)
{
	HashTable *keys;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(keys)
	ZEND_PARSE_PARAMETERS_END();
	split_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "MGET", keys, RC_SPLIT_MGET);
}

PHP_METHOD(RedisCluster, mset)
{
	HashTable *pairs;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(pairs)
	ZEND_PARSE_PARAMETERS_END();
	split_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "MSET", pairs, RC_SPLIT_MSET);
}

/* msetnx(): MSETNX per slot (a slot's keys are set all or none); per key, its slot's 1 or
 * 0, in the caller's order, as phpredis's RedisCluster returns it; on one server (Redis)
 * one MSETNX, true or false. */
PHP_METHOD(RedisCluster, msetnx)
{
	HashTable *pairs;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(pairs)
	ZEND_PARSE_PARAMETERS_END();
	split_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "MSETNX", pairs,
		Z_REDIS_CLUSTER_P(ZEND_THIS)->c.standalone ? RC_SPLIT_MSETNX_ALL : RC_SPLIT_MSETNX);
}

PHP_METHOD(RedisCluster, del) { variadic_keys_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "DEL"); }
PHP_METHOD(RedisCluster, unlink) { variadic_keys_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "UNLINK"); }
PHP_METHOD(RedisCluster, exists) { variadic_keys_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "EXISTS"); }
PHP_METHOD(RedisCluster, touch) { variadic_keys_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "TOUCH"); }

/* hmget()'s values paired with the fields asked for; a missing field is false. */
void rc_object_pair_fields(HashTable *fields, zval *values, zval *return_value)
{
	uint32_t i = 0;
	zval *field, *val;

	array_init_size(return_value, zend_hash_num_elements(fields));
	ZEND_HASH_FOREACH_VAL(fields, field) {
		zend_string *name = zval_get_string(field);
		val = zend_hash_index_find(Z_ARRVAL_P(values), i++);
		if (val) {
			Z_TRY_ADDREF_P(val);
			zend_symtable_update(Z_ARRVAL_P(return_value), name, val);
		}
		zend_string_release(name);
	} ZEND_HASH_FOREACH_END();
}

PHP_METHOD(RedisCluster, hmget)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zval values;

	table_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, RC_HMGET);
	if (Z_TYPE_P(return_value) == IS_OBJECT && Z_OBJ_P(return_value) == &obj->std) {
		/* Queued inside MULTI or a pipeline, last (user code run while the arguments were
		 * read may have queued others before): paired when exec() answers. */
		ZVAL_COPY(&obj->queued[obj->queued_count - 1].fields, ZEND_CALL_ARG(execute_data, 2));
		return;
	}
	if (Z_TYPE_P(return_value) != IS_ARRAY) {
		return;
	}
	ZVAL_COPY_VALUE(&values, return_value);
	rc_object_pair_fields(Z_ARRVAL_P(ZEND_CALL_ARG(execute_data, 2)), &values, return_value);
	zval_ptr_dtor(&values);
}

/* Table-driven methods */

/* One method per command of the list that has no method of its own above. */
#define RC_CMD(id, method, name, format, builder, flags, reply) \
	PHP_METHOD(RedisCluster, method) { table_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, RC_##id); }
#define RC_CMD_OWN(...)
#include "command_list.h"
#undef RC_CMD
#undef RC_CMD_OWN

/* Scanning: scan, hscan, sscan, zscan and keys */

/* OPT_SCAN as phpredis 6 keeps it: flags. SCAN_RETRY and SCAN_PREFIX set their bit,
 * SCAN_NORETRY and SCAN_NOPREFIX clear the matching one. */
static bool set_scan_option(redis_cluster_object *obj, zend_long value)
{
	switch (value) {
		case RC_SCAN_RETRY:
		case RC_SCAN_PREFIX:
			obj->scan |= value;
			return true;
		case RC_SCAN_NORETRY:
			obj->scan &= ~(zend_long)RC_SCAN_RETRY;
			return true;
		case RC_SCAN_NOPREFIX:
			obj->scan &= ~(zend_long)RC_SCAN_PREFIX;
			return true;
		default:
			return false;
	}
}

/* The cursor to send, from the caller's iterator: null (or anything not a cursor) starts
 * an iteration, and so does the string "0", as in phpredis 5 (Laravel up to 10 starts its
 * tag scans with '0'; phpredis 6 ends them there, and tag flushes delete nothing); only
 * the int 0, what the last page leaves, means it is over: NULL then. A cursor beyond
 * PHP_INT_MAX comes back as a numeric string (scan_cursor_out()) and goes on from there. */
static zend_string *scan_cursor_in(zval *it)
{
	ZVAL_DEREF(it);
	if (Z_TYPE_P(it) == IS_LONG) {
		return Z_LVAL_P(it) == 0 ? NULL : zend_strpprintf(0, ZEND_ULONG_FMT, (zend_ulong)Z_LVAL_P(it));
	}
	if (Z_TYPE_P(it) == IS_STRING && Z_STRLEN_P(it) > 0 && strspn(Z_STRVAL_P(it), "0123456789") == Z_STRLEN_P(it)) {
		return zend_string_copy(Z_STR_P(it));
	}
	return zend_string_init("0", 1, 0);
}

/* The server's cursor back into the iterator: an int, or a string when it does not fit
 * one (cursors are unsigned 64-bit), as phpredis 6 does. */
static void scan_cursor_out(zval *it, zend_string *cursor)
{
	zend_long lval;

	if (is_numeric_string(ZSTR_VAL(cursor), ZSTR_LEN(cursor), &lval, NULL, false) == IS_LONG) {
		ZEND_TRY_ASSIGN_REF_LONG(it, lval);
	} else {
		ZEND_TRY_ASSIGN_REF_STR(it, zend_string_copy(cursor));
	}
}

typedef struct scan_args {
	const char *name;       /* SCAN, HSCAN, SSCAN, ZSCAN */
	zend_string *key;       /* hscan/sscan/zscan: the key scanned */
	zval *where;            /* scan: the node, as $key_or_address (NULL for Redis's) */
	zend_string *pattern;
	zend_long count;
	zend_string *type;      /* Redis's scan: TYPE */
	rc_reply_kind kind;     /* how one page's elements are shaped */
} scan_args;

/* One page: the cursor (a new string) and the elements (a copy) from the reply, or false
 * when it is an -ERR or not [cursor, [elements]]. */
static bool scan_page(redis_cluster_object *obj, const scan_args *a, zend_string *cursor, zend_string **next,
	zval *elems)
{
	zval *cur, *list;
	rc_req req;
	bool ok = false;

	rc_req_init(&req, a->name, strlen(a->name));
	if (a->key) {
		rc_codec_key(&obj->codec, &req, ZSTR_VAL(a->key), ZSTR_LEN(a->key), true);
	} else if (a->where && !rc_arg_route(&obj->c, &obj->codec, &req, a->where, 2)) {
		goto out;
	}
	rc_cmd_arg_str(&req.cmd, cursor);
	/* COUNT before MATCH, as phpredis writes them. */
	if (a->count > 0) {
		rc_cmd_arg(&req.cmd, "COUNT", 5);
		rc_cmd_arg_long(&req.cmd, a->count);
	}
	if (a->pattern) {
		rc_cmd_arg(&req.cmd, "MATCH", 5);
		if ((obj->scan & RC_SCAN_PREFIX) && obj->codec.prefix) {
			zend_string *full = zend_string_concat2(ZSTR_VAL(obj->codec.prefix), ZSTR_LEN(obj->codec.prefix),
				ZSTR_VAL(a->pattern), ZSTR_LEN(a->pattern));
			rc_cmd_arg_str(&req.cmd, full);
			zend_string_release(full);
		} else {
			rc_cmd_arg_str(&req.cmd, a->pattern);
		}
	}
	if (a->type) {
		rc_cmd_arg(&req.cmd, "TYPE", 4);
		rc_cmd_arg_str(&req.cmd, a->type);
	}
	rc_cmd_finish(&req.cmd);
	if (!rc_object_run(obj, &req, 1) || (req.type == REDIS_REPLY_ERROR && rc_object_reply_error(obj, Z_STR(req.reply)))) {
		goto out;
	}
	rc_object_set_last_error(obj, req.type == REDIS_REPLY_ERROR ? Z_STR(req.reply) : NULL);
	if (req.type != REDIS_REPLY_ARRAY || zend_hash_num_elements(Z_ARRVAL(req.reply)) != 2
		|| (cur = zend_hash_index_find(Z_ARRVAL(req.reply), 0)) == NULL || Z_TYPE_P(cur) != IS_STRING
		|| (list = zend_hash_index_find(Z_ARRVAL(req.reply), 1)) == NULL || Z_TYPE_P(list) != IS_ARRAY) {
		goto out;
	}
	*next = zend_string_copy(Z_STR_P(cur));
	ZVAL_COPY(elems, list);
	ok = true;
out:
	rc_req_free(&req);
	return ok;
}

/* The loop of every scan method. With SCAN_RETRY, an empty page whose cursor is not 0
 * is fetched again at once, for at most the command time budget; then that empty page
 * is returned with its cursor, which is what SCAN_NORETRY returns too: nothing is lost,
 * and a node that answers empty pages for ever cannot hold the caller. */
static void scan_method(INTERNAL_FUNCTION_PARAMETERS, const scan_args *a, zval *it)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_string *cursor = scan_cursor_in(it), *next = NULL;
	double until = rc_now() + obj->c.budget;
	zval elems;

	if (refuse_in_batch(obj, "SCAN type commands")) {
		if (cursor) {
			zend_string_release(cursor);
		}
		RETURN_FALSE;
	}
	if (cursor == NULL) {
		/* The iteration is over. */
		RETURN_FALSE;
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		goto out;
	}
	for (;;) {
		if (!scan_page(obj, a, cursor, &next, &elems)) {
			if (!EG(exception)) {
				RETVAL_FALSE;
			}
			goto out;
		}
		zend_string_release(cursor);
		cursor = next;
		if (!(obj->scan & RC_SCAN_RETRY) || zend_hash_num_elements(Z_ARRVAL(elems)) > 0
			|| zend_string_equals_literal(cursor, "0") || rc_now() >= until) {
			break;
		}
		zval_ptr_dtor(&elems);
	}
	rc_reply_shape(&obj->codec, a->kind, &elems, REDIS_REPLY_ARRAY, return_value);
	zval_ptr_dtor(&elems);
	scan_cursor_out(it, cursor);
out:
	zend_string_release(cursor);
}

/* RedisCluster's scan(&$iterator, $key_or_address, $pattern = null, $count = 0) scans one
 * node; Redis's scan(&$iterator, $pattern = null, $count = 0, $type = null) its server. */
PHP_METHOD(RedisCluster, scan)
{
	scan_args a = {"SCAN", NULL, NULL, NULL, 0, NULL, RC_REPLY_STRINGS};
	zval *it;

	if (Z_REDIS_CLUSTER_P(ZEND_THIS)->c.standalone) {
		ZEND_PARSE_PARAMETERS_START(1, 4)
			Z_PARAM_ZVAL(it)
			Z_PARAM_OPTIONAL
			Z_PARAM_STR_OR_NULL(a.pattern)
			Z_PARAM_LONG(a.count)
			Z_PARAM_STR_OR_NULL(a.type)
		ZEND_PARSE_PARAMETERS_END();
		scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &a, it);
		return;
	}
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_ZVAL(it)
		Z_PARAM_ZVAL(a.where)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(a.pattern)
		Z_PARAM_LONG(a.count)
	ZEND_PARSE_PARAMETERS_END();
	scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &a, it);
}

/* hscan($key, &$iterator, $pattern = null, $count = 0) and its kin. */
static void key_scan_method(INTERNAL_FUNCTION_PARAMETERS, const char *name, rc_reply_kind kind)
{
	scan_args a = {name, NULL, NULL, NULL, 0, NULL, kind};
	zval *it;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(a.key)
		Z_PARAM_ZVAL(it)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(a.pattern)
		Z_PARAM_LONG(a.count)
	ZEND_PARSE_PARAMETERS_END();
	scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &a, it);
}

PHP_METHOD(RedisCluster, hscan) { key_scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "HSCAN", RC_REPLY_HASH); }
PHP_METHOD(RedisCluster, sscan) { key_scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SSCAN", RC_REPLY_VALUES); }
PHP_METHOD(RedisCluster, zscan) { key_scan_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZSCAN", RC_REPLY_SCORES); }

/* keys($pattern): KEYS on every master, in one round trip, the keys merged. */
PHP_METHOD(RedisCluster, keys)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_string *pattern;
	rc_req *reqs;
	uint32_t n;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(pattern)
	ZEND_PARSE_PARAMETERS_END();

	if (refuse_in_batch(obj, "KEYS")) {
		RETURN_FALSE;
	}
	if (obj->c.topo == NULL) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	/* The masters of the newest map the pool has (the engine would adopt it only after
	 * the commands were addressed). */
	rc_cluster_adopt(&obj->c);
	n = obj->c.topo->master_count;
	reqs = safe_emalloc(n, sizeof(rc_req), 0);
	for (uint32_t i = 0; i < n; i++) {
		rc_req_init(&reqs[i], "KEYS", 4);
		rc_req_direct(&reqs[i], obj->c.topo, (uint16_t)i);
		/* The pattern is a key pattern: OPT_PREFIX applies, as in phpredis. */
		rc_codec_key(&obj->codec, &reqs[i], ZSTR_VAL(pattern), ZSTR_LEN(pattern), false);
		rc_cmd_finish(&reqs[i].cmd);
	}
	if (rc_object_run(obj, reqs, n)) {
		array_init(return_value);
		for (uint32_t i = 0; i < n && Z_TYPE_P(return_value) == IS_ARRAY; i++) {
			zval *key;

			if (reqs[i].type != REDIS_REPLY_ARRAY) {
				rc_object_set_last_error(obj, reqs[i].type == REDIS_REPLY_ERROR ? Z_STR(reqs[i].reply) : NULL);
				zval_ptr_dtor(return_value);
				RETVAL_FALSE;
				break;
			}
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(reqs[i].reply), key) {
				Z_TRY_ADDREF_P(key);
				zend_hash_next_index_insert(Z_ARRVAL_P(return_value), key);
			} ZEND_HASH_FOREACH_END();
		}
	}
	for (uint32_t i = 0; i < n; i++) {
		rc_req_free(&reqs[i]);
	}
	efree(reqs);
}

/* Pub/sub: subscribe, psubscribe, ssubscribe and their unsubscribe methods. The loop is
 * here, one message per engine call: the engine returns holding nothing, the object is
 * not busy while the callback runs, so the callback may call any method of this object
 * (unsubscribe() ends the loop once nothing is subscribed; close() ends it at once;
 * commands run on the object's other connections). */

/* Adds channels or patterns, prefixed as keys (OPT_PREFIX, as phpredis does); the first
 * routes the request. Returns how many. */
static uint32_t add_channels(redis_cluster_object *obj, rc_req *req, HashTable *names)
{
	uint32_t n = 0;
	zval *name;

	ZEND_HASH_FOREACH_VAL(names, name) {
		zend_string *str = zval_get_string(name);
		rc_codec_key(&obj->codec, req, ZSTR_VAL(str), ZSTR_LEN(str), n++ == 0);
		zend_string_release(str);
	} ZEND_HASH_FOREACH_END();
	rc_cmd_finish(&req->cmd);
	return n;
}

/* Calls the callback with one message: ($redis, $channel, $message), or for a pattern
 * ($redis, $pattern, $channel, $message). Its return value is ignored, as phpredis does. */
static void deliver(redis_cluster_object *obj, zval *self, zval *msg, zend_fcall_info *fci, zend_fcall_info_cache *fcc)
{
	uint32_t count = zend_hash_num_elements(Z_ARRVAL_P(msg));
	zval args[4], ret;

	ZVAL_COPY_VALUE(&args[0], self);
	for (uint32_t i = 1; i < count; i++) {
		ZVAL_COPY_VALUE(&args[i], zend_hash_index_find(Z_ARRVAL_P(msg), i));
	}
	/* The payload, unserialized (OPT_SERIALIZER), as phpredis passes it. */
	rc_reply_value(&obj->codec, zend_hash_index_find(Z_ARRVAL_P(msg), count - 1), &args[count - 1]);
	ZVAL_UNDEF(&ret);
	fci->retval = &ret;
	fci->params = args;
	fci->param_count = count;
	zend_call_function(fci, fcc);
	zval_ptr_dtor(&args[count - 1]);
	zval_ptr_dtor(&ret);
}

/* The loop: returns false when it ends on the read timeout or because close() was
 * called (phpredis returns false when its loop ends), true when nothing is subscribed
 * any more; throws when the connection fails. */
static void subscribe_loop(INTERNAL_FUNCTION_PARAMETERS, redis_cluster_object *obj, zend_fcall_info *fci,
	zend_fcall_info_cache *fcc)
{
	for (;;) {
		rc_sub_event ev;
		zval msg;

		ZVAL_UNDEF(&msg);
		obj->busy = true;
		ev = rc_pubsub_next(&obj->c, obj->read_forever, &msg);
		obj->busy = false;
		switch (ev) {
			case RC_SUB_MESSAGE:
				deliver(obj, ZEND_THIS, &msg, fci, fcc);
				zval_ptr_dtor(&msg);
				if (EG(exception)) {
					/* The callback threw: the exception ends the loop, and the subscription. */
					rc_pubsub_close(&obj->c);
					return;
				}
				continue;
			case RC_SUB_ENDED:
				RETURN_TRUE;
			case RC_SUB_FAILED:
				zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
				return;
			default:
				RETURN_FALSE;
		}
	}
}

static void subscribe_method(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	HashTable *names;
	rc_status status;
	rc_req req;
	uint32_t n;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ARRAY_HT(names)
		Z_PARAM_FUNC(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	if (zend_hash_num_elements(names) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (refuse_in_batch(obj, "SUBSCRIBE type commands")) {
		RETURN_FALSE;
	}
	if (obj->c.topo == NULL || rc_pubsub_active(&obj->c)) {
		if (obj->c.topo == NULL) {
			rc_object_throw_not_connected(obj);
		} else {
			zend_throw_exception(obj->exception_ce, "Already in a subscribe loop: unsubscribe() first", 0);
		}
		RETURN_THROWS();
	}
	rc_req_init(&req, cmd, strlen(cmd));
	n = add_channels(obj, &req, names);
	obj->busy = true;
	status = rc_pubsub_subscribe(&obj->c, &req, n);
	obj->busy = false;
	if (status != RC_OK) {
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
	} else if (req.type == REDIS_REPLY_ERROR) {
		rc_object_set_last_error(obj, Z_STR(req.reply));
		RETVAL_FALSE;
	}
	rc_req_free(&req);
	if (status == RC_OK && rc_pubsub_active(&obj->c)) {
		subscribe_loop(INTERNAL_FUNCTION_PARAM_PASSTHRU, obj, &fci, &fcc);
	}
}

PHP_METHOD(RedisCluster, subscribe) { subscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SUBSCRIBE"); }
PHP_METHOD(RedisCluster, psubscribe) { subscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PSUBSCRIBE"); }
PHP_METHOD(RedisCluster, ssubscribe) { subscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SSUBSCRIBE"); }

/* [name => true] for each name unsubscribed; outside a subscribe loop a warning and
 * false, as phpredis does. */
static void unsubscribe_method(INTERNAL_FUNCTION_PARAMETERS, const char *cmd, HashTable *names)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_status status;
	rc_req req;
	uint32_t n;

	if (zend_hash_num_elements(names) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (!rc_pubsub_active(&obj->c)) {
		php_error_docref(NULL, E_WARNING, "You can't unsubscribe outside of a subscribe loop");
		RETURN_FALSE;
	}
	rc_req_init(&req, cmd, strlen(cmd));
	n = add_channels(obj, &req, names);
	obj->busy = true;
	status = rc_pubsub_unsubscribe(&obj->c, &req, n, return_value);
	obj->busy = false;
	if (status != RC_OK) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
	}
	rc_req_free(&req);
}

static void unsubscribe_array_method(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
	HashTable *names;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(names)
	ZEND_PARSE_PARAMETERS_END();
	unsubscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, cmd, names);
}

PHP_METHOD(RedisCluster, unsubscribe) { unsubscribe_array_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "UNSUBSCRIBE"); }
PHP_METHOD(RedisCluster, sunsubscribe) { unsubscribe_array_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SUNSUBSCRIBE"); }

/* punsubscribe($pattern, ...$other_patterns); or punsubscribe(array $patterns), as
 * phpredis 5 takes them. */
PHP_METHOD(RedisCluster, punsubscribe)
{
	zval *args = NULL;
	uint32_t argc = 0;
	HashTable names;

	ZEND_PARSE_PARAMETERS_START(1, -1)
		Z_PARAM_VARIADIC('+', args, argc)
	ZEND_PARSE_PARAMETERS_END();
	if (argc == 1 && Z_TYPE(args[0]) == IS_ARRAY) {
		unsubscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUNSUBSCRIBE", Z_ARRVAL(args[0]));
		return;
	}
	zend_hash_init(&names, argc, NULL, NULL, 0);
	for (uint32_t i = 0; i < argc; i++) {
		zend_hash_next_index_insert(&names, &args[i]);
	}
	unsubscribe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUNSUBSCRIBE", &names);
	zend_hash_destroy(&names);
}

/* Client state */

PHP_METHOD(RedisCluster, _masters)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_topology *topo = obj->c.topo;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (uint32_t i = 0; topo && i < topo->master_count; i++) {
		zval node;
		array_init_size(&node, 2);
		add_next_index_stringl(&node, topo->nodes[i].host, topo->nodes[i].host_len);
		add_next_index_long(&node, topo->nodes[i].port);
		add_next_index_zval(return_value, &node);
	}
}

PHP_METHOD(RedisCluster, _redir)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.redir_host == NULL) {
		RETURN_NULL();
	}
	RETURN_STR(zend_strpprintf(0, "%s:%u", ZSTR_VAL(obj->c.redir_host), obj->c.redir_port));
}

/* Fetches the topology now (known nodes, then the seeds) and replaces this object's map
 * and, with the cache on, the cached entry. */
PHP_METHOD(RedisCluster, refreshSlots)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	rc_status status;

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (obj->c.seed_count == 0) {
		rc_object_throw_not_connected(obj);
		RETURN_THROWS();
	}
	obj->busy = true;
	status = rc_cluster_refresh(&obj->c, RC_WHY_MANUAL);
	obj->busy = false;
	if (status != RC_OK) {
		zend_throw_exception(obj->exception_ce, obj->c.err.msg, 0);
		RETURN_THROWS();
	}
	RETURN_TRUE;
}

/* Every cached cluster of this process: for application monitoring. */
PHP_METHOD(RedisCluster, getSlotCacheInfo)
{
	ZEND_PARSE_PARAMETERS_NONE();
	rc_cache_info(return_value);
}

/* [bytes written, bytes read] by this object's connections since it was made or cleared. */
PHP_METHOD(RedisCluster, gettransferredbytes)
{
	zend_long tx, rx;

	ZEND_PARSE_PARAMETERS_NONE();
	rc_cluster_transferred(&Z_REDIS_CLUSTER_P(ZEND_THIS)->c, &tx, &rx);
	array_init_size(return_value, 2);
	add_next_index_long(return_value, tx);
	add_next_index_long(return_value, rx);
}

PHP_METHOD(RedisCluster, cleartransferredbytes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	rc_cluster_clear_transferred(&Z_REDIS_CLUSTER_P(ZEND_THIS)->c);
	RETVAL_NULL();
}

PHP_METHOD(RedisCluster, getlasterror)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->last_error == NULL) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(obj->last_error);
}

PHP_METHOD(RedisCluster, clearlasterror)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->last_error) {
		zend_string_release(obj->last_error);
		obj->last_error = NULL;
	}
	RETURN_TRUE;
}

PHP_METHOD(RedisCluster, close)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	/* The connections, and with them any MULTI and WATCH on the servers, go. */
	rc_cluster_close(&obj->c);
	rc_batch_queue_clear(obj);
	RETURN_TRUE;
}

PHP_METHOD(RedisCluster, getoption)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_long option;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(option)
	ZEND_PARSE_PARAMETERS_END();

	switch (option) {
		case RC_OPT_SERIALIZER:
			RETURN_LONG(obj->codec.serializer);
		case RC_OPT_PREFIX:
			if (obj->codec.prefix) {
				RETURN_STR_COPY(obj->codec.prefix);
			}
			RETURN_NULL();
		case RC_OPT_READ_TIMEOUT:
			RETURN_DOUBLE(obj->read_forever ? -1.0 : obj->c.opts.read_timeout);
		case RC_OPT_SLAVE_FAILOVER:
			RETURN_LONG(obj->c.failover);
		case RC_OPT_MAX_RETRIES:
			RETURN_LONG(obj->c.max_retries);
		case RC_OPT_BACKOFF_ALGORITHM:
			RETURN_LONG(obj->c.backoff_algorithm);
		case RC_OPT_BACKOFF_BASE:
			RETURN_LONG(obj->c.backoff_base);
		case RC_OPT_BACKOFF_CAP:
			RETURN_LONG(obj->c.backoff_cap);
		case RC_OPT_SCAN:
			RETURN_LONG(obj->scan);
		case RC_OPT_TCP_KEEPALIVE:
			RETURN_LONG(obj->c.opts.keepalive);
		case RC_OPT_REPLY_LITERAL:
			RETURN_LONG(obj->codec.reply_literal);
		case RC_OPT_NULL_MULTIBULK_AS_NULL:
			RETURN_LONG(obj->codec.null_multibulk);
		case RC_OPT_COMPRESSION:
			RETURN_LONG(obj->codec.compression);
		case RC_OPT_COMPRESSION_LEVEL:
			RETURN_LONG(obj->codec.compression_level);
		default:
			RETURN_FALSE;
	}
}

PHP_METHOD(RedisCluster, setoption)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_long option, lval;
	zval *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(option)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	lval = zval_get_long(value);
	switch (option) {
		case RC_OPT_SERIALIZER:
			if (!rc_codec_serializer_valid(lval)) {
				RETURN_FALSE;
			}
			obj->codec.serializer = lval;
			RETURN_TRUE;
		case RC_OPT_PREFIX:
			if (obj->codec.prefix) {
				zend_string_release(obj->codec.prefix);
				obj->codec.prefix = NULL;
			}
			if (Z_TYPE_P(value) != IS_NULL) {
				zend_string *prefix = zval_get_string(value);
				if (ZSTR_LEN(prefix) > 0) {
					obj->codec.prefix = prefix;
				} else {
					zend_string_release(prefix);
				}
			}
			RETURN_TRUE;
		case RC_OPT_READ_TIMEOUT:
			/* -1, phpredis's "no timeout": the subscribe loop waits for messages for ever;
			 * commands wait default_socket_timeout, never for ever. */
			obj->read_forever = zval_get_double(value) == -1.0;
			RETURN_BOOL(rc_cluster_set_read_timeout(&obj->c, obj->read_forever ? 0 : zval_get_double(value)));
		case RC_OPT_SLAVE_FAILOVER:
			RETURN_BOOL(rc_cluster_set_failover(&obj->c, lval));
		case RC_OPT_MAX_RETRIES:
			RETURN_BOOL(rc_cluster_set_max_retries(&obj->c, lval));
		case RC_OPT_BACKOFF_ALGORITHM:
			RETURN_BOOL(rc_cluster_set_backoff_algorithm(&obj->c, lval));
		case RC_OPT_BACKOFF_BASE:
			RETURN_BOOL(lval >= 0 && rc_cluster_set_backoff_times(&obj->c, lval, -1));
		case RC_OPT_BACKOFF_CAP:
			RETURN_BOOL(lval >= 0 && rc_cluster_set_backoff_times(&obj->c, -1, lval));
		case RC_OPT_SCAN:
			RETURN_BOOL(set_scan_option(obj, lval));
		case RC_OPT_TCP_KEEPALIVE:
			rc_cluster_set_keepalive(&obj->c, lval != 0);
			RETURN_TRUE;
		case RC_OPT_REPLY_LITERAL:
			obj->codec.reply_literal = zend_is_true(value);
			RETURN_TRUE;
		case RC_OPT_NULL_MULTIBULK_AS_NULL:
			obj->codec.null_multibulk = zend_is_true(value);
			RETURN_TRUE;
		case RC_OPT_COMPRESSION:
			/* A compressor this build lacks is refused, as phpredis refuses it. */
			if (!rc_codec_compression_valid(lval)) {
				RETURN_FALSE;
			}
			obj->codec.compression = lval;
			RETURN_TRUE;
		case RC_OPT_COMPRESSION_LEVEL:
			/* Any level is kept; each compressor maps it to its range when it runs. */
			obj->codec.compression_level = lval;
			RETURN_TRUE;
		default:
			RETURN_FALSE;
	}
}

PHP_METHOD(RedisCluster, _serialize)
{
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(rc_codec_serialize(&Z_REDIS_CLUSTER_P(ZEND_THIS)->codec, value));
}

PHP_METHOD(RedisCluster, _unserialize)
{
	rc_codec *codec = &Z_REDIS_CLUSTER_P(ZEND_THIS)->codec;
	zend_string *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();
	if (codec->serializer == RC_SERIALIZER_NONE) {
		RETURN_STR_COPY(value);
	}
	if (!rc_codec_try_unserialize(codec, ZSTR_VAL(value), ZSTR_LEN(value), return_value)) {
		zend_throw_exception(Z_REDIS_CLUSTER_P(ZEND_THIS)->exception_ce, "Invalid serialized data, or unserialization error", 0);
		RETURN_THROWS();
	}
}

PHP_METHOD(RedisCluster, _compress)
{
	zend_string *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(rc_codec_compress(&Z_REDIS_CLUSTER_P(ZEND_THIS)->codec, value));
}

PHP_METHOD(RedisCluster, _uncompress)
{
	rc_codec *codec = &Z_REDIS_CLUSTER_P(ZEND_THIS)->codec;
	zend_string *value, *plain;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();
	if (ZSTR_LEN(value) == 0 || codec->compression == RC_COMPRESSION_NONE) {
		RETURN_STR_COPY(value);
	}
	plain = rc_codec_uncompress(codec, ZSTR_VAL(value), ZSTR_LEN(value));
	if (plain == NULL) {
		zend_throw_exception(Z_REDIS_CLUSTER_P(ZEND_THIS)->exception_ce, "Invalid compressed data or uncompression error", 0);
		RETURN_THROWS();
	}
	RETURN_STR(plain);
}

PHP_METHOD(RedisCluster, _pack)
{
	zval *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_STR(rc_codec_pack(&Z_REDIS_CLUSTER_P(ZEND_THIS)->codec, value));
}

PHP_METHOD(RedisCluster, _unpack)
{
	zend_string *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();
	rc_codec_unpack(&Z_REDIS_CLUSTER_P(ZEND_THIS)->codec, ZSTR_VAL(value), ZSTR_LEN(value), return_value);
}

PHP_METHOD(RedisCluster, _prefix)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();
	if (obj->codec.prefix == NULL) {
		RETURN_STR_COPY(key);
	}
	RETURN_STR(zend_string_concat2(ZSTR_VAL(obj->codec.prefix), ZSTR_LEN(obj->codec.prefix), ZSTR_VAL(key), ZSTR_LEN(key)));
}

void redis_cluster_register_class(void)
{
	redis_cluster_ce = register_class_RedisCluster();
	redis_cluster_ce->create_object = redis_cluster_create;
	redis_cluster_exception_ce = register_class_RedisClusterException(spl_ce_RuntimeException);

	rc_object_init_handlers(&redis_cluster_handlers);
}

void rc_object_init_handlers(zend_object_handlers *handlers)
{
	memcpy(handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	handlers->offset = XtOffsetOf(redis_cluster_object, std);
	handlers->free_obj = rc_object_free;
	/* A clone would share connections and the queue with its original. */
	handlers->clone_obj = NULL;
}
