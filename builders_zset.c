/* Builders for sorted sets. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

static bool arg_score(rc_req *req, zval *arg, uint32_t num)
{
	double score;
	bool is_null;

	/* "+inf", "-inf" and exclusive "(1.5" pass as they are. */
	if (Z_TYPE_P(arg) == IS_STRING) {
		rc_cmd_arg_str(&req->cmd, Z_STR_P(arg));
		return true;
	}
	if (!zend_parse_arg_double(arg, &score, &is_null, false, num)) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_DOUBLE, arg);
		return false;
	}
	rc_cmd_arg_double(&req->cmd, score);
	return true;
}

/* zadd($key, [options], score, member, ...) or zadd($key, score, member, ...). */
bool rc_build_zadd(rc_build *b, zval *args, uint32_t argc)
{
	uint32_t first = 1;
	zval *opt;

	if (!rc_arg_count(argc, 3, UINT32_MAX) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (Z_TYPE(args[1]) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[1]), opt) {
			static const char *const known[] = {"nx", "xx", "lt", "gt", "ch", "incr"};
			bool ok = false;

			for (size_t i = 0; Z_TYPE_P(opt) == IS_STRING && i < sizeof(known) / sizeof(known[0]); i++) {
				ok = ok || !strcasecmp(Z_STRVAL_P(opt), known[i]);
			}
			if (!ok) {
				zend_argument_value_error(2, "has an unknown option");
				return false;
			}
			rc_cmd_arg_str(&b->req->cmd, Z_STR_P(opt));
			if (!strcasecmp(Z_STRVAL_P(opt), "incr")) {
				*b->reply = RC_REPLY_DOUBLE;
			}
		} ZEND_HASH_FOREACH_END();
		first = 2;
	}
	if (argc <= first || (argc - first) % 2 != 0) {
		zend_argument_count_error("zadd() expects score and member pairs");
		return false;
	}
	for (uint32_t i = first; i < argc; i += 2) {
		if (!arg_score(b->req, &args[i], i + 1)) {
			return false;
		}
		rc_codec_value(b->codec, &b->req->cmd, &args[i + 1]);
	}
	return true;
}

static bool option_true(HashTable *opts, const char *name, size_t len)
{
	zval *val = zend_hash_str_find(opts, name, len);
	return val && zend_is_true(val);
}

static bool add_limit(rc_req *req, HashTable *opts, uint32_t num)
{
	zval *limit = zend_hash_str_find(opts, "limit", sizeof("limit") - 1), *off, *cnt;

	if (limit == NULL) {
		return true;
	}
	if (Z_TYPE_P(limit) != IS_ARRAY || (off = zend_hash_index_find(Z_ARRVAL_P(limit), 0)) == NULL
		|| (cnt = zend_hash_index_find(Z_ARRVAL_P(limit), 1)) == NULL) {
		zend_argument_value_error(num, "option 'limit' must be [offset, count]");
		return false;
	}
	rc_cmd_arg(&req->cmd, "LIMIT", 5);
	rc_cmd_arg_long(&req->cmd, zval_get_long(off));
	rc_cmd_arg_long(&req->cmd, zval_get_long(cnt));
	return true;
}

/* zrange($key, $start, $end, $options = null): $options true or ['withscores' => true],
 * plus 'byscore', 'bylex', 'rev' and 'limit' => [offset, count]. */
bool rc_build_zrange(rc_build *b, zval *args, uint32_t argc)
{
	bool scores = false;
	HashTable *opts = NULL;

	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	if (argc == 4 && Z_TYPE(args[3]) == IS_ARRAY) {
		opts = Z_ARRVAL(args[3]);
		scores = option_true(opts, "withscores", sizeof("withscores") - 1);
		if (option_true(opts, "byscore", sizeof("byscore") - 1)) {
			rc_cmd_arg(&b->req->cmd, "BYSCORE", 7);
		} else if (option_true(opts, "bylex", sizeof("bylex") - 1)) {
			rc_cmd_arg(&b->req->cmd, "BYLEX", 5);
		}
		if (option_true(opts, "rev", sizeof("rev") - 1)) {
			rc_cmd_arg(&b->req->cmd, "REV", 3);
		}
		if (!add_limit(b->req, opts, 4)) {
			return false;
		}
	} else if (argc == 4 && (Z_TYPE(args[3]) == IS_TRUE || Z_TYPE(args[3]) == IS_FALSE || Z_TYPE(args[3]) == IS_NULL)) {
		scores = Z_TYPE(args[3]) == IS_TRUE;
	} else if (argc == 4) {
		zend_argument_type_error(4, "must be of type array|bool|null, %s given", zend_zval_type_name(&args[3]));
		return false;
	}
	if (scores) {
		rc_cmd_arg(&b->req->cmd, "WITHSCORES", 10);
		*b->reply = RC_REPLY_SCORES;
	}
	return true;
}

/* zrangebyscore($key, $min, $max, ['withscores' => bool, 'limit' => [offset, count]]), and
 * zrevrangebyscore() with $max before $min. */
bool rc_build_zrangebyscore(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	if (argc == 4 && Z_TYPE(args[3]) != IS_NULL) {
		if (Z_TYPE(args[3]) != IS_ARRAY) {
			zend_wrong_parameter_type_error(4, Z_EXPECTED_ARRAY, &args[3]);
			return false;
		}
		if (option_true(Z_ARRVAL(args[3]), "withscores", sizeof("withscores") - 1)) {
			rc_cmd_arg(&b->req->cmd, "WITHSCORES", 10);
			*b->reply = RC_REPLY_SCORES;
		}
		if (!add_limit(b->req, Z_ARRVAL(args[3]), 4)) {
			return false;
		}
	}
	return true;
}

/* A ZRANGEBYLEX-style bound: "-", "+", or "[" / "(" then a value. phpredis refuses others
 * before sending, with a warning. */
static bool lex_bound(zval *arg)
{
	zend_string *str = zval_get_string(arg);
	bool ok = (ZSTR_LEN(str) == 1 && (ZSTR_VAL(str)[0] == '-' || ZSTR_VAL(str)[0] == '+'))
		|| (ZSTR_LEN(str) >= 1 && (ZSTR_VAL(str)[0] == '[' || ZSTR_VAL(str)[0] == '('));

	zend_string_release(str);
	return ok;
}

static bool lex_bounds(zval *min, zval *max, const char *warning)
{
	if (lex_bound(min) && lex_bound(max)) {
		return true;
	}
	php_error_docref(NULL, E_WARNING, "%s", warning);
	return false;
}

/* zlexcount($key, $min, $max) and zremrangebylex() */
bool rc_build_lex(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 3, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !lex_bounds(&args[1], &args[2], "Min/Max args can be '-' or '+', or start with '[' or '('")) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	return true;
}

/* zrevrange($key, $start, $end, $options = null): $options true or ['withscores' => true]. */
bool rc_build_zrevrange(rc_build *b, zval *args, uint32_t argc)
{
	bool scores;

	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	scores = argc == 4
		&& (Z_TYPE(args[3]) == IS_ARRAY ? option_true(Z_ARRVAL(args[3]), "withscores", sizeof("withscores") - 1)
										 : zend_is_true(&args[3]));
	if (scores) {
		rc_cmd_arg(&b->req->cmd, "WITHSCORES", 10);
		*b->reply = RC_REPLY_SCORES;
	}
	return true;
}

/* zrangebylex($key, $min, $max, $offset = -1, $count = -1): LIMIT when either is given. */
bool rc_build_zrangebylex(rc_build *b, zval *args, uint32_t argc)
{
	zend_long offset = -1, count = -1;

	if (!rc_arg_count(argc, 3, 5) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc >= 4 && !rc_arg_long(&args[3], 4, &offset)) || (argc == 5 && !rc_arg_long(&args[4], 5, &count))) {
		return false;
	}
	if (argc == 4) {
		php_error_docref(NULL, E_WARNING, "Must pass either 3 or 5 arguments");
		return false;
	}
	if (!lex_bounds(&args[1], &args[2], "min and max arguments must start with '[' or '('")) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	if (offset != -1 || count != -1) {
		rc_cmd_arg(&b->req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&b->req->cmd, offset);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}

/* zpopmin($key, $count = null) and zpopmax(): [member => score]. */
bool rc_build_zpop(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (argc == 2 && Z_TYPE(args[1]) != IS_NULL) {
		if (!rc_arg_long(&args[1], 2, &count)) {
			return false;
		}
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}
