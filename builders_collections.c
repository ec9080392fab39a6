/* Builders for hashes, lists, sets and HyperLogLogs. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

/* ($key, array $items): the key added, the items returned; NULL when refused. An empty
 * array is an error for methods where phpredis throws, and a quiet false (nothing sent)
 * for those where phpredis returns false. */
static HashTable *key_and_items(rc_build *b, zval *args, uint32_t argc, bool empty_throws)
{
	if (!rc_arg_count(argc, 2, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return NULL;
	}
	if (Z_TYPE(args[1]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_ARRAY, &args[1]);
		return NULL;
	}
	if (zend_hash_num_elements(Z_ARRVAL(args[1])) == 0) {
		/* phpredis's Redis returns false for all of them. */
		if (empty_throws && !b->c->standalone) {
			zend_argument_value_error(2, "must not be empty");
		}
		return NULL;
	}
	return Z_ARRVAL(args[1]);
}

/* hset(): RedisCluster's ($key, $field, $value); Redis's ($key, ...$fields_and_values)
 * or ($key, [field => value, ...]). */
bool rc_build_hset(rc_build *b, zval *args, uint32_t argc)
{
	if (!b->c->standalone) {
		if (!rc_arg_count(argc, 3, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
			return false;
		}
		rc_arg_string(b->req, &args[1]);
		rc_codec_value(b->codec, &b->req->cmd, &args[2]);
		return true;
	}
	if (argc == 2 && Z_TYPE(args[1]) == IS_ARRAY) {
		HashTable *items = key_and_items(b, args, argc, false);

		if (items) {
			rc_arg_fields(b->codec, b->req, items);
		}
		return items != NULL;
	}
	if (argc < 3 || argc % 2 == 0) {
		php_error_docref(NULL, E_WARNING, "Invalid arguments");
		return false;
	}
	if (!rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	for (uint32_t i = 1; i < argc; i += 2) {
		rc_arg_string(b->req, &args[i]);
		rc_codec_value(b->codec, &b->req->cmd, &args[i + 1]);
	}
	return true;
}

/* hmset($key, [field => value, ...]) */
bool rc_build_hmset(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *items = key_and_items(b, args, argc, true);

	if (items == NULL) {
		return false;
	}
	rc_arg_fields(b->codec, b->req, items);
	return true;
}

/* hmget($key, [field, ...]); the method pairs the fields with the values. */
bool rc_build_hmget(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *fields = key_and_items(b, args, argc, true);
	zval *field;

	if (fields == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(fields, field) {
		rc_arg_string(b->req, field);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* lpop($key, $count = 0), rpop(): one value, or with a count a list. */
bool rc_build_pop(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count = 0;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc == 2 && !rc_arg_long(&args[1], 2, &count))) {
		return false;
	}
	if (count > 0) {
		rc_cmd_arg_long(&b->req->cmd, count);
		*b->reply = RC_REPLY_VALUES;
	}
	return true;
}

/* lrem($key, $value, $count = 0): LREM key count value. */
bool rc_build_lrem(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count = 0;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc == 3 && !rc_arg_long(&args[2], 3, &count))) {
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, count);
	rc_codec_value(b->codec, &b->req->cmd, &args[1]);
	return true;
}

/* One of two words, case-insensitively, or a warning. */
static bool arg_choice(rc_req *req, zval *arg, const char *a, const char *b, const char *warning)
{
	zend_string *str = zval_get_string(arg);
	bool ok = strcasecmp(ZSTR_VAL(str), a) == 0 || strcasecmp(ZSTR_VAL(str), b) == 0;

	if (ok) {
		rc_cmd_arg_str(&req->cmd, str);
	} else {
		php_error_docref(NULL, E_WARNING, "%s", warning);
	}
	zend_string_release(str);
	return ok;
}

/* linsert($key, $pos, $pivot, $value) */
bool rc_build_linsert(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 4, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !arg_choice(b->req, &args[1], "BEFORE", "AFTER", "Position must be either 'BEFORE' or 'AFTER'")) {
		return false;
	}
	rc_codec_value(b->codec, &b->req->cmd, &args[2]);
	rc_codec_value(b->codec, &b->req->cmd, &args[3]);
	return true;
}

/* lmove($src, $dst, $wherefrom, $whereto) */
bool rc_build_lmove(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 4, 4) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& rc_arg_key(b->codec, b->req, &args[1], 2, false)
		&& arg_choice(b->req, &args[2], "LEFT", "RIGHT", "Wherefrom argument must be either 'LEFT' or 'RIGHT'")
		&& arg_choice(b->req, &args[3], "LEFT", "RIGHT", "Whereto argument must be either 'LEFT' or 'RIGHT'");
}

/* spop($key, $count = 0) and srandmember(): with a count (any count), a list. */
bool rc_build_count(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (argc == 2) {
		if (!rc_arg_long(&args[1], 2, &count)) {
			return false;
		}
		rc_cmd_arg_long(&b->req->cmd, count);
		*b->reply = RC_REPLY_VALUES;
	}
	return true;
}

/* sinter($key, ...$other_keys) and sinterstore(): the keys as arguments or one array. */
bool rc_build_keys(rc_build *b, zval *args, uint32_t argc)
{
	uint32_t num = 0;
	zval *key;

	if (!rc_arg_count(argc, 1, UINT32_MAX)) {
		return false;
	}
	if (argc == 1 && Z_TYPE(args[0]) == IS_ARRAY) {
		if (zend_hash_num_elements(Z_ARRVAL(args[0])) == 0) {
			/* RedisCluster throws, phpredis's Redis returns false. */
			if (!b->c->standalone) {
				zend_argument_value_error(1, "must not be empty");
			}
			return false;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[0]), key) {
			if (!rc_arg_key(b->codec, b->req, key, 1, num++ == 0)) {
				return false;
			}
		} ZEND_HASH_FOREACH_END();
		return true;
	}
	for (uint32_t i = 0; i < argc; i++) {
		if (!rc_arg_key(b->codec, b->req, &args[i], i + 1, i == 0)) {
			return false;
		}
	}
	return true;
}

/* pfadd($key, [element, ...]) */
bool rc_build_pfadd(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *elems = key_and_items(b, args, argc, false);
	zval *elem;

	if (elems == NULL) {
		return false;
	}
	if (b->c->standalone) {
		/* phpredis's Redis returns PFADD's 1 or 0, its RedisCluster true or false. */
		*b->reply = RC_REPLY_LONG;
	}
	ZEND_HASH_FOREACH_VAL(elems, elem) {
		rc_codec_value(b->codec, &b->req->cmd, elem);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* pfmerge($dst, [key, ...]): every key in the destination's slot. */
bool rc_build_pfmerge(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *keys = key_and_items(b, args, argc, false);
	zval *key;

	if (keys == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(keys, key) {
		if (!rc_arg_key(b->codec, b->req, key, 2, false)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* saddarray($key, [value, ...]): SADD; an empty array is false, nothing sent. */
bool rc_build_saddarray(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *values = key_and_items(b, args, argc, false);
	zval *val;

	if (values == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(values, val) {
		rc_codec_value(b->codec, &b->req->cmd, val);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* sintercard([key, ...], $limit = -1) and zintercard(): numkeys, the keys (one slot), and
 * LIMIT when one is set. */
bool rc_build_intercard(rc_build *b, zval *args, uint32_t argc)
{
	zend_long limit = -1;

	if (!rc_arg_count(argc, 1, 2) || (argc == 2 && !rc_arg_long(&args[1], 2, &limit))
		|| !rc_arg_numkeys(b, &args[0], 1, true)) {
		return false;
	}
	if (limit > 0) {
		rc_cmd_arg(&b->req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&b->req->cmd, limit);
	}
	return true;
}

/* lpos($key, $value, $options = null): 'RANK', 'COUNT', 'MAXLEN' => n. With COUNT the
 * reply is a list of positions; without, a position or null. */
bool rc_build_lpos(rc_build *b, zval *args, uint32_t argc)
{
	static const char *const names[] = {"RANK", "COUNT", "MAXLEN"};
	HashTable *opts;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_opt_array(args, argc, 2, &opts)) {
		return false;
	}
	rc_codec_value(b->codec, &b->req->cmd, &args[1]);
	for (size_t i = 0; opts && i < sizeof(names) / sizeof(names[0]); i++) {
		zval *val = rc_arg_option(opts, names[i]);

		if (val) {
			rc_cmd_arg(&b->req->cmd, names[i], strlen(names[i]));
			rc_cmd_arg_long(&b->req->cmd, zval_get_long(val));
		}
	}
	if (opts == NULL || rc_arg_option(opts, "COUNT") == NULL) {
		/* One position, or false when there is none (phpredis's answer to nil). */
		*b->reply = RC_REPLY_LONG;
	}
	return true;
}

/* hrandfield($key, $options = null): 'count' => n (a list of fields), and with it
 * 'withvalues' => true ([field => value]); without a count, one field. */
bool rc_build_hrandfield(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_random(b, args, argc, "withvalues", RC_REPLY_STRINGS, RC_REPLY_HASH);
}
