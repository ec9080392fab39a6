/* Builders for strings and keys. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

/* What set()'s $options say. The words are copied, as the caller wrote them: user code
 * (a serializer, __toString()) runs before they are sent and may replace the strings of
 * an array holding references. */
typedef struct set_opts {
	char exp_type[5];     /* "EX", "PX", "EXAT", "PXAT", or "" */
	zend_long expire;     /* -1: none given */
	bool exp_set;
	char set_type[3];     /* "NX" / "XX", the last one given, or "" */
	bool keep_ttl;
	bool get;
} set_opts;

/* A TTL given as an int, a float or a numeric string. */
static bool ttl_value(zval *zv, zend_long *out)
{
	zend_long lval;
	double dval;

	switch (Z_TYPE_P(zv)) {
		case IS_LONG:
			*out = Z_LVAL_P(zv);
			return true;
		case IS_DOUBLE:
			*out = zend_dval_to_lval(Z_DVAL_P(zv));
			return true;
		case IS_STRING:
			switch (is_numeric_string(Z_STRVAL_P(zv), Z_STRLEN_P(zv), &lval, &dval, false)) {
				case IS_LONG:
					*out = lval;
					return true;
				case IS_DOUBLE:
					*out = zend_dval_to_lval(dval);
					return true;
				default:
					return false;
			}
		default:
			return false;
	}
}

/* The array form, as phpredis 6.1 reads it: 'ex'/'px'/'exat'/'pxat' => n (any case), and
 * the flags 'nx', 'xx', 'keepttl', 'get' as values; anything else is ignored. */
static void set_opts_array(HashTable *ht, set_opts *o)
{
	zend_string *name;
	zval *val;

	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, name, val) {
		ZVAL_DEREF(val);
		if (name && (zend_string_equals_literal_ci(name, "ex") || zend_string_equals_literal_ci(name, "px")
			|| zend_string_equals_literal_ci(name, "exat") || zend_string_equals_literal_ci(name, "pxat"))) {
			o->exp_set = true;
			memcpy(o->exp_type, ZSTR_VAL(name), ZSTR_LEN(name) + 1);
			if (Z_TYPE_P(val) == IS_LONG) {
				o->expire = Z_LVAL_P(val);
			} else if (Z_TYPE_P(val) == IS_STRING) {
				o->expire = ZEND_STRTOL(Z_STRVAL_P(val), NULL, 10);
			}
		} else if (Z_TYPE_P(val) == IS_STRING) {
			if (zend_string_equals_literal_ci(Z_STR_P(val), "keepttl")) {
				o->keep_ttl = true;
			} else if (zend_string_equals_literal_ci(Z_STR_P(val), "get")) {
				o->get = true;
			} else if (zend_string_equals_literal_ci(Z_STR_P(val), "nx") || zend_string_equals_literal_ci(Z_STR_P(val), "xx")) {
				memcpy(o->set_type, Z_STRVAL_P(val), 3);
			}
		}
	} ZEND_HASH_FOREACH_END();
}

/* set($key, $value, $options = null): $options is a TTL in seconds (int, float or numeric
 * string: SETEX), null, or an array (set_opts_array). Another type is refused with a
 * warning, as phpredis 6.1 refuses it. */
bool rc_build_set(rc_build *b, zval *args, uint32_t argc)
{
	set_opts o = {"", -1, false, "", false, false};
	rc_cmd *cmd = &b->req->cmd;

	if (!rc_arg_count(argc, 2, 3)) {
		return false;
	}
	if (argc == 3 && Z_TYPE(args[2]) == IS_ARRAY) {
		set_opts_array(Z_ARRVAL(args[2]), &o);
	} else if (argc == 3 && Z_TYPE(args[2]) != IS_NULL) {
		if (!ttl_value(&args[2], &o.expire)) {
			php_error_docref(NULL, E_WARNING, "Expire must be a long, double, or a numeric string");
			return false;
		}
		o.exp_set = true;
	}
	if (o.exp_set && o.expire < 1) {
		php_error_docref(NULL, E_WARNING, "EXPIRE can't be < 1");
		return false;
	}
	if (o.exp_type[0] && o.keep_ttl) {
		php_error_docref(NULL, E_WARNING, "KEEPTTL can't be combined with EX or PX option");
		return false;
	}
	if (o.exp_set && !o.exp_type[0] && !o.set_type[0] && !o.keep_ttl) {
		/* A bare TTL: SETEX, as phpredis sends it. */
		rc_cmd_restart(cmd, "SETEX", 5);
		if (!rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
			return false;
		}
		rc_cmd_arg_long(cmd, o.expire);
		rc_codec_value(b->codec, cmd, &args[1]);
		return true;
	}
	if (!rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_codec_value(b->codec, cmd, &args[1]);
	if (o.exp_type[0]) {
		rc_cmd_arg(cmd, o.exp_type, strlen(o.exp_type));
		rc_cmd_arg_long(cmd, o.expire);
	}
	if (o.set_type[0]) {
		rc_cmd_arg(cmd, o.set_type, 2);
	}
	if (o.keep_ttl) {
		rc_cmd_arg(cmd, "KEEPTTL", 7);
	}
	if (o.get) {
		rc_cmd_arg(cmd, "GET", 3);
		*b->reply = RC_REPLY_VALUE;
	}
	return true;
}

/* incr($key, $by = 1) and decr(): INCR, or INCRBY when $by is not 1. */
static bool build_incr_by(rc_req *req, const rc_codec *codec, zval *args, uint32_t argc, const char *by_name)
{
	zend_long by = 1;

	if (!rc_arg_count(argc, 1, 2) || (argc == 2 && !rc_arg_long(&args[1], 2, &by))) {
		return false;
	}
	if (by != 1) {
		rc_cmd_restart(&req->cmd, by_name, strlen(by_name));
	}
	if (!rc_arg_key(codec, req, &args[0], 1, true)) {
		return false;
	}
	if (by != 1) {
		rc_cmd_arg_long(&req->cmd, by);
	}
	return true;
}

bool rc_build_incr(rc_build *b, zval *args, uint32_t argc)
{
	return build_incr_by(b->req, b->codec, args, argc, "INCRBY");
}

bool rc_build_decr(rc_build *b, zval *args, uint32_t argc)
{
	return build_incr_by(b->req, b->codec, args, argc, "DECRBY");
}

/* restore($key, $ttl, $value, $options = null): options 'REPLACE', 'ABSTTL',
 * 'IDLETIME' => n, 'FREQ' => n. */
bool rc_build_restore(rc_build *b, zval *args, uint32_t argc)
{
	zend_long ttl;
	zend_string *name, *value;
	zval *val;

	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true) || !rc_arg_long(&args[1], 2, &ttl)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[2], &value, false, 3)) {
		zend_wrong_parameter_type_error(3, Z_EXPECTED_STRING, &args[2]);
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, ttl);
	rc_cmd_arg_str(&b->req->cmd, value);
	if (argc < 4 || Z_TYPE(args[3]) == IS_NULL) {
		return true;
	}
	if (Z_TYPE(args[3]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(4, Z_EXPECTED_ARRAY_OR_NULL, &args[3]);
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(args[3]), name, val) {
		if (name == NULL && Z_TYPE_P(val) == IS_STRING
			&& (!strcasecmp(Z_STRVAL_P(val), "replace") || !strcasecmp(Z_STRVAL_P(val), "absttl"))) {
			rc_cmd_arg_str(&b->req->cmd, Z_STR_P(val));
		} else if (name && (zend_string_equals_literal_ci(name, "idletime") || zend_string_equals_literal_ci(name, "freq"))) {
			rc_cmd_arg_str(&b->req->cmd, name);
			rc_cmd_arg_long(&b->req->cmd, zval_get_long(val));
		} else {
			zend_argument_value_error(4, "has an unknown option");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* decrbyfloat($key, $value): INCRBYFLOAT with the value negated, as phpredis sends it. */
bool rc_build_decrbyfloat(rc_build *b, zval *args, uint32_t argc)
{
	double by;
	bool is_null;

	if (!rc_arg_count(argc, 2, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (!zend_parse_arg_double(&args[1], &by, &is_null, false, 2)) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_DOUBLE, &args[1]);
		return false;
	}
	rc_cmd_arg_double(&b->req->cmd, -by);
	return true;
}

/* getex($key, $options = []): 'EX'/'PX'/'EXAT'/'PXAT' => n or 'PERSIST' => true, the last
 * one given winning, as phpredis 6.1 reads them. */
bool rc_build_getex(rc_build *b, zval *args, uint32_t argc)
{
	const char *exp_type = NULL;
	zend_long expire = -1;
	bool persist = false;
	HashTable *opts;
	zend_string *name;
	zval *val;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_opt_array(args, argc, 1, &opts)) {
		return false;
	}
	if (opts) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, val) {
			if (name == NULL) {
				continue;
			}
			if (zend_string_equals_literal_ci(name, "ex") || zend_string_equals_literal_ci(name, "px")
				|| zend_string_equals_literal_ci(name, "exat") || zend_string_equals_literal_ci(name, "pxat")) {
				exp_type = ZSTR_VAL(name);
				expire = zval_get_long(val);
				persist = false;
			} else if (zend_string_equals_literal_ci(name, "persist")) {
				persist = zend_is_true(val);
				exp_type = NULL;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (exp_type && expire < 1) {
		php_error_docref(NULL, E_WARNING, "EXPIRE can't be < 1");
		return false;
	}
	if (exp_type) {
		rc_cmd_arg(&b->req->cmd, exp_type, strlen(exp_type));
		rc_cmd_arg_long(&b->req->cmd, expire);
	} else if (persist) {
		rc_cmd_arg(&b->req->cmd, "PERSIST", 7);
	}
	return true;
}

/* lcs($key1, $key2, $options = null): 'LEN', 'IDX', 'WITHMATCHLEN' as flags or
 * name => bool, 'MINMATCHLEN' => n; LEN and IDX exclude each other, the last one winning. */
bool rc_build_lcs(rc_build *b, zval *args, uint32_t argc)
{
	bool len = false, idx = false, withmatchlen = false;
	zend_long minmatchlen = 0;
	HashTable *opts;
	zend_string *name;
	zval *val;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_key(b->codec, b->req, &args[1], 2, false) || !rc_arg_opt_array(args, argc, 2, &opts)) {
		return false;
	}
	if (opts) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, val) {
			zend_string *flag = name ? name : (Z_TYPE_P(val) == IS_STRING ? Z_STR_P(val) : NULL);
			bool on = name ? zend_is_true(val) : true;

			if (flag == NULL) {
				continue;
			}
			if (zend_string_equals_literal_ci(flag, "len")) {
				len = on;
				idx = idx && !on;
			} else if (zend_string_equals_literal_ci(flag, "idx")) {
				idx = on;
				len = len && !on;
			} else if (zend_string_equals_literal_ci(flag, "withmatchlen")) {
				withmatchlen = on;
			} else if (name && zend_string_equals_literal_ci(name, "minmatchlen")) {
				minmatchlen = zval_get_long(val);
			} else if (name) {
				php_error_docref(NULL, E_WARNING, "Unknown LCS option '%s'", ZSTR_VAL(name));
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (idx) {
		rc_cmd_arg(&b->req->cmd, "IDX", 3);
	}
	if (len) {
		rc_cmd_arg(&b->req->cmd, "LEN", 3);
	}
	if (withmatchlen) {
		rc_cmd_arg(&b->req->cmd, "WITHMATCHLEN", 12);
	}
	if (minmatchlen) {
		rc_cmd_arg(&b->req->cmd, "MINMATCHLEN", 11);
		rc_cmd_arg_long(&b->req->cmd, minmatchlen);
	}
	return true;
}

/* copy($src, $dst, $options = null): 'db' => n, 'replace' => bool; both keys in one slot. */
bool rc_build_copy(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *opts;
	zend_string *name;
	zval *val;
	bool replace = false;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_key(b->codec, b->req, &args[1], 2, false) || !rc_arg_opt_array(args, argc, 2, &opts)) {
		return false;
	}
	if (opts) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, val) {
			if (name && zend_string_equals_literal_ci(name, "db")) {
				rc_cmd_arg(&b->req->cmd, "DB", 2);
				rc_cmd_arg_long(&b->req->cmd, zval_get_long(val));
			} else if (name && zend_string_equals_literal_ci(name, "replace")) {
				replace = zend_is_true(val);
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (replace) {
		rc_cmd_arg(&b->req->cmd, "REPLACE", 7);
	}
	return true;
}

/* A GET pattern, or an array of them. */
static void sort_get(rc_req *req, zval *get)
{
	zval *pattern;

	if (Z_TYPE_P(get) != IS_ARRAY) {
		rc_cmd_arg(&req->cmd, "GET", 3);
		rc_arg_string(req, get);
		return;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(get), pattern) {
		rc_cmd_arg(&req->cmd, "GET", 3);
		rc_arg_string(req, pattern);
	} ZEND_HASH_FOREACH_END();
}

/* sort()'s BY and GET: refused on a cluster, as phpredis refuses them (their patterns
 * name keys of other slots); then LIMIT, and GET after it, as SORT takes them. */
static bool sort_limit(const rc_build *b, HashTable *opts)
{
	zval *limit = rc_arg_option(opts, "limit"), *by = rc_arg_option(opts, "by"), *get = rc_arg_option(opts, "get");
	zval *off = NULL, *cnt = NULL;
	rc_req *req = b->req;

	if (by && !b->c->standalone) {
		php_error_docref(NULL, E_WARNING, "SORT BY option is not allowed in Redis Cluster");
		return false;
	}
	if (get && !b->c->standalone) {
		php_error_docref(NULL, E_WARNING, "GET option for SORT disabled in Redis Cluster");
		return false;
	}
	if (by) {
		rc_cmd_arg(&req->cmd, "BY", 2);
		rc_arg_string(req, by);
	}
	if (limit && Z_TYPE_P(limit) == IS_ARRAY) {
		off = zend_hash_index_find(Z_ARRVAL_P(limit), 0);
		cnt = zend_hash_index_find(Z_ARRVAL_P(limit), 1);
	}
	/* phpredis ignores a 'limit' that is not [offset, count]. */
	if (off && cnt) {
		rc_cmd_arg(&req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&req->cmd, zval_get_long(off));
		rc_cmd_arg_long(&req->cmd, zval_get_long(cnt));
	}
	if (get) {
		sort_get(req, get);
	}
	return true;
}

/* sort($key, $options = null) and sort_ro(): 'limit' => [offset, count], 'sort' =>
 * 'asc'|'desc', 'alpha' => bool, 'store' => key (in the key's slot; the reply is then the
 * count stored); option names in any case. */
bool rc_build_sort(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *opts;
	zval *order, *alpha, *store;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_opt_array(args, argc, 1, &opts)) {
		return false;
	}
	if (opts == NULL) {
		return true;
	}
	if (!sort_limit(b, opts)) {
		return false;
	}
	order = rc_arg_option(opts, "sort");
	if (order) {
		/* As given: a word other than ASC or DESC is the server's syntax error. */
		rc_arg_string(b->req, order);
	}
	alpha = rc_arg_option(opts, "alpha");
	if (alpha && zend_is_true(alpha)) {
		rc_cmd_arg(&b->req->cmd, "ALPHA", 5);
	}
	store = rc_arg_option(opts, "store");
	if (store) {
		rc_cmd_arg(&b->req->cmd, "STORE", 5);
		if (!rc_arg_key(b->codec, b->req, store, 2, false)) {
			return false;
		}
		*b->reply = RC_REPLY_LONG;
	}
	return true;
}

/* object($subcommand, $key): ENCODING a string; REFCOUNT, IDLETIME, FREQ an int. */
bool rc_build_object(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub;

	if (!rc_arg_count(argc, 2, 2)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[0], &sub, false, 1)) {
		zend_wrong_parameter_type_error(1, Z_EXPECTED_STRING, &args[0]);
		return false;
	}
	if (zend_string_equals_literal_ci(sub, "encoding")) {
		*b->reply = RC_REPLY_STRING;
	} else if (zend_string_equals_literal_ci(sub, "refcount") || zend_string_equals_literal_ci(sub, "idletime")
		|| zend_string_equals_literal_ci(sub, "freq")) {
		*b->reply = RC_REPLY_LONG;
	} else {
		php_error_docref(NULL, E_WARNING, "Invalid subcommand sent to OBJECT");
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, sub);
	return rc_arg_key(b->codec, b->req, &args[1], 2, true);
}

/* expire($key, $ttl, $mode = null) and its kin: $mode NX, XX, GT or LT (Redis 7). */
bool rc_build_expire(rc_build *b, zval *args, uint32_t argc)
{
	zend_long ttl;
	zend_string *mode = NULL;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true) || !rc_arg_long(&args[1], 2, &ttl)) {
		return false;
	}
	if (argc == 3 && Z_TYPE(args[2]) != IS_NULL && !zend_parse_arg_str(&args[2], &mode, false, 3)) {
		zend_wrong_parameter_type_error(3, Z_EXPECTED_STRING_OR_NULL, &args[2]);
		return false;
	}
	if (mode && !zend_string_equals_literal_ci(mode, "nx") && !zend_string_equals_literal_ci(mode, "xx")
		&& !zend_string_equals_literal_ci(mode, "gt") && !zend_string_equals_literal_ci(mode, "lt")) {
		php_error_docref(NULL, E_WARNING, "Unknown expiration modifier '%s'", ZSTR_VAL(mode));
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, ttl);
	if (mode) {
		rc_cmd_arg_str(&b->req->cmd, mode);
	}
	return true;
}

/* Redis's deprecated sortAsc($key, $pattern = null, $get = null, $offset = -1,
 * $count = -1, $store = null) and its three kin: SORT with BY, LIMIT (when both are
 * given), GET, the order, ALPHA and STORE. */
static bool sort_legacy(rc_build *b, zval *args, uint32_t argc, bool desc, bool alpha)
{
	zend_long offset = -1, count = -1;

	if (!rc_arg_count(argc, 1, 6) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc > 3 && !rc_arg_long(&args[3], 4, &offset)) || (argc > 4 && !rc_arg_long(&args[4], 5, &count))) {
		return false;
	}
	if (argc > 1 && Z_TYPE(args[1]) != IS_NULL) {
		rc_cmd_arg(&b->req->cmd, "BY", 2);
		rc_arg_string(b->req, &args[1]);
	}
	if (offset >= 0 && count > 0) {
		rc_cmd_arg(&b->req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&b->req->cmd, offset);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	if (argc > 2 && Z_TYPE(args[2]) != IS_NULL) {
		sort_get(b->req, &args[2]);
	}
	rc_cmd_arg(&b->req->cmd, desc ? "DESC" : "ASC", desc ? 4 : 3);
	if (alpha) {
		rc_cmd_arg(&b->req->cmd, "ALPHA", 5);
	}
	if (argc > 5 && Z_TYPE(args[5]) != IS_NULL) {
		rc_cmd_arg(&b->req->cmd, "STORE", 5);
		if (!rc_arg_key(b->codec, b->req, &args[5], 6, false)) {
			return false;
		}
		*b->reply = RC_REPLY_LONG;
	}
	return true;
}

bool rc_build_sortasc(rc_build *b, zval *args, uint32_t argc) { return sort_legacy(b, args, argc, false, false); }
bool rc_build_sortascalpha(rc_build *b, zval *args, uint32_t argc) { return sort_legacy(b, args, argc, false, true); }
bool rc_build_sortdesc(rc_build *b, zval *args, uint32_t argc) { return sort_legacy(b, args, argc, true, false); }
bool rc_build_sortdescalpha(rc_build *b, zval *args, uint32_t argc) { return sort_legacy(b, args, argc, true, true); }
