/* Builders for sorted sets. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

static bool arg_score(rc_req *req, zval *arg, uint32_t num)
{
	double score;
	bool is_null;

	/* A numeric string and "-inf", "+inf" pass as they are; another string is phpredis's
	 * warning and false. */
	if (Z_TYPE_P(arg) == IS_STRING) {
		if (!is_numeric_string(Z_STRVAL_P(arg), Z_STRLEN_P(arg), NULL, NULL, false)
			&& strcasecmp(Z_STRVAL_P(arg), "-inf") && strcasecmp(Z_STRVAL_P(arg), "+inf")
			&& strcasecmp(Z_STRVAL_P(arg), "inf")) {
			php_error_docref(NULL, E_WARNING, "Scores must be numeric or '-inf','+inf'");
			return false;
		}
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

/* ZRANGE's options (Redis 6.2) as phpredis 6.1 reads them: each of 'withscores',
 * 'byscore', 'bylex', 'rev' as a list entry ('BYSCORE') or name => bool ('byscore' =>
 * true), in any case, and 'limit' => [offset, count]. */
typedef struct zrange_opts {
	bool withscores, byscore, bylex, rev;
	zval *limit;
} zrange_opts;

static void zrange_flag(zrange_opts *o, const zend_string *flag, bool on)
{
	if (zend_string_equals_literal_ci(flag, "withscores")) {
		o->withscores = on;
	} else if (zend_string_equals_literal_ci(flag, "byscore")) {
		o->byscore = on;
		o->bylex = o->bylex && !on;
	} else if (zend_string_equals_literal_ci(flag, "bylex")) {
		o->bylex = on;
		o->byscore = o->byscore && !on;
	} else if (zend_string_equals_literal_ci(flag, "rev")) {
		o->rev = on;
	}
}

/* $options: true/false/null (withscores or not) or the array form. */
static bool zrange_opts_parse(zval *arg, uint32_t num, zrange_opts *o)
{
	zend_string *name;
	zval *val;

	memset(o, 0, sizeof(*o));
	if (arg == NULL || Z_TYPE_P(arg) == IS_NULL || Z_TYPE_P(arg) == IS_FALSE) {
		return true;
	}
	if (Z_TYPE_P(arg) == IS_TRUE) {
		o->withscores = true;
		return true;
	}
	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_argument_type_error(num, "must be of type array|bool|null, %s given", zend_zval_type_name(arg));
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(arg), name, val) {
		ZVAL_DEREF(val);
		if (name && zend_string_equals_literal_ci(name, "limit")) {
			o->limit = val;
		} else if (name) {
			zrange_flag(o, name, zend_is_true(val));
		} else if (Z_TYPE_P(val) == IS_STRING) {
			zrange_flag(o, Z_STR_P(val), true);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool add_limit_value(rc_req *req, zval *limit, uint32_t num)
{
	zval *off, *cnt;

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

/* The range and the options after it: start end [BYSCORE|BYLEX] [REV] [LIMIT o c]. The
 * bounds are converted first: their __toString() (user code) runs before the options are
 * read, so nothing read from the options is held across it. */
static bool zrange_tail(rc_req *req, zval *start, zval *end, zval *options, uint32_t num, zrange_opts *o)
{
	rc_arg_string(req, start);
	rc_arg_string(req, end);
	if (!zrange_opts_parse(options, num, o)) {
		return false;
	}
	if (o->byscore) {
		rc_cmd_arg(&req->cmd, "BYSCORE", 7);
	} else if (o->bylex) {
		rc_cmd_arg(&req->cmd, "BYLEX", 5);
	}
	if (o->rev) {
		rc_cmd_arg(&req->cmd, "REV", 3);
	}
	return o->limit == NULL || add_limit_value(req, o->limit, num);
}

/* zrange($key, $start, $end, $options = null) */
bool rc_build_zrange(rc_build *b, zval *args, uint32_t argc)
{
	zrange_opts o;

	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !zrange_tail(b->req, &args[1], &args[2], argc == 4 ? &args[3] : NULL, 4, &o)) {
		return false;
	}
	if (o.withscores) {
		rc_cmd_arg(&b->req->cmd, "WITHSCORES", 10);
		*b->reply = RC_REPLY_SCORES;
	}
	return true;
}

/* zrangestore($dst, $src, $start, $end, $options = null): zrange()'s options but scores;
 * both keys in one slot. */
bool rc_build_zrangestore(rc_build *b, zval *args, uint32_t argc)
{
	zrange_opts o;

	return rc_arg_count(argc, 4, 5) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& rc_arg_key(b->codec, b->req, &args[1], 2, false)
		&& zrange_tail(b->req, &args[2], &args[3], argc == 5 ? &args[4] : NULL, 5, &o);
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
		zval *limit = zend_hash_str_find(Z_ARRVAL(args[3]), "limit", sizeof("limit") - 1);
		if (limit && !add_limit_value(b->req, limit, 4)) {
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

/* zrandmember($key, $options = null): 'count' => n (a list), with 'withscores' => true
 * [member => score]; without a count, one member. */
bool rc_build_zrandmember(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_random(b, args, argc, "withscores", RC_REPLY_VALUES, RC_REPLY_SCORES);
}

static void add_withscores(rc_build *b, HashTable *opts)
{
	zval *scores = opts ? rc_arg_option(opts, "withscores") : NULL;

	if (scores && zend_is_true(scores)) {
		rc_cmd_arg(&b->req->cmd, "WITHSCORES", 10);
		*b->reply = RC_REPLY_SCORES;
	}
}

/* zdiff([key, ...], $options = null): 'withscores' => true. */
bool rc_build_zdiff(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *opts;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_opt_array(args, argc, 1, &opts) || !rc_arg_numkeys(b, &args[0], 1, true)) {
		return false;
	}
	add_withscores(b, opts);
	return true;
}

/* zdiffstore($dst, [key, ...]) */
bool rc_build_zdiffstore(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 2, 2) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& rc_arg_numkeys(b, &args[1], 2, false);
}

/* A weight: a number, a numeric string, or "inf", "+inf", "-inf". */
static bool weight(rc_req *req, zval *w)
{
	if (Z_TYPE_P(w) == IS_LONG || Z_TYPE_P(w) == IS_DOUBLE) {
		rc_cmd_arg_double(&req->cmd, zval_get_double(w));
		return true;
	}
	if (Z_TYPE_P(w) != IS_STRING || (!is_numeric_string(Z_STRVAL_P(w), Z_STRLEN_P(w), NULL, NULL, false)
		&& strcasecmp(Z_STRVAL_P(w), "inf") && strcasecmp(Z_STRVAL_P(w), "+inf") && strcasecmp(Z_STRVAL_P(w), "-inf"))) {
		return false;
	}
	rc_cmd_arg_str(&req->cmd, Z_STR_P(w));
	return true;
}

/* WEIGHTS w... (as many as keys, or refused) and AGGREGATE SUM|MIN|MAX. */
static bool weights_aggregate(rc_req *req, zval *weights, uint32_t nkeys, zval *aggregate)
{
	zval *w;

	if (weights && Z_TYPE_P(weights) == IS_ARRAY) {
		if (zend_hash_num_elements(Z_ARRVAL_P(weights)) != nkeys) {
			php_error_docref(NULL, E_WARNING, "WEIGHTS and keys array should be the same size!");
			return false;
		}
		rc_cmd_arg(&req->cmd, "WEIGHTS", 7);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(weights), w) {
			ZVAL_DEREF(w);
			if (!weight(req, w)) {
				php_error_docref(NULL, E_WARNING, "Weights must be numeric or '-inf','inf','+inf'");
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (aggregate && Z_TYPE_P(aggregate) != IS_NULL) {
		zend_string *agg = zval_get_string(aggregate);
		bool ok = zend_string_equals_literal_ci(agg, "sum") || zend_string_equals_literal_ci(agg, "min")
			|| zend_string_equals_literal_ci(agg, "max");

		if (ok) {
			rc_cmd_arg(&req->cmd, "AGGREGATE", 9);
			rc_cmd_arg_str(&req->cmd, agg);
		} else {
			php_error_docref(NULL, E_WARNING, "Invalid AGGREGATE option provided!");
		}
		zend_string_release(agg);
		return ok;
	}
	return true;
}

static bool opt_weights(zval *args, uint32_t argc, uint32_t idx, zval **out)
{
	*out = argc > idx && Z_TYPE(args[idx]) != IS_NULL ? &args[idx] : NULL;
	if (*out && Z_TYPE_P(*out) != IS_ARRAY) {
		zend_wrong_parameter_type_error(idx + 1, Z_EXPECTED_ARRAY_OR_NULL, *out);
		return false;
	}
	return true;
}

/* zinter([key, ...], $weights = null, $options = null) and zunion(): options
 * 'aggregate' => 'sum'|'min'|'max' and 'withscores' => true. */
bool rc_build_zinterunion(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *opts;
	zval *weights;

	if (!rc_arg_count(argc, 1, 3) || !opt_weights(args, argc, 1, &weights) || !rc_arg_opt_array(args, argc, 2, &opts)
		|| !rc_arg_numkeys(b, &args[0], 1, true)
		|| !weights_aggregate(b->req, weights, zend_hash_num_elements(Z_ARRVAL(args[0])),
			opts ? rc_arg_option(opts, "aggregate") : NULL)) {
		return false;
	}
	add_withscores(b, opts);
	return true;
}

/* zinterstore($dst, [key, ...], $weights = null, $aggregate = null) and zunionstore() */
bool rc_build_zinterunionstore(rc_build *b, zval *args, uint32_t argc)
{
	zval *weights;

	return rc_arg_count(argc, 2, 4) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& opt_weights(args, argc, 2, &weights) && rc_arg_numkeys(b, &args[1], 2, false)
		&& weights_aggregate(b->req, weights, zend_hash_num_elements(Z_ARRVAL(args[1])), argc == 4 ? &args[3] : NULL);
}
