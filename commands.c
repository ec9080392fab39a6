#include "commands.h"
#include "php_redis.h"

#include "ext/json/php_json.h"
#include "zend_exceptions.h"
#include "ext/standard/php_mt_rand.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

/* Keys and values */

/* The key as sent: with OPT_PREFIX in front. The slot is the prefixed key's, since a hash
 * tag may start in the prefix. */
static zend_string *full_key(const rc_codec *codec, const char *key, size_t len)
{
	if (codec->prefix == NULL) {
		return zend_string_init(key, len, 0);
	}
	return zend_string_concat2(ZSTR_VAL(codec->prefix), ZSTR_LEN(codec->prefix), key, len);
}

uint16_t rc_codec_slot(const rc_codec *codec, const char *key, size_t len)
{
	uint16_t slot;

	if (codec->prefix == NULL) {
		return rc_key_slot(key, len);
	}
	zend_string *full = full_key(codec, key, len);
	slot = rc_key_slot(ZSTR_VAL(full), ZSTR_LEN(full));
	zend_string_release(full);
	return slot;
}

void rc_codec_key(const rc_codec *codec, rc_req *req, const char *key, size_t len, bool routes)
{
	if (codec->prefix == NULL) {
		rc_cmd_arg(&req->cmd, key, len);
		if (routes) {
			req->slot = rc_key_slot(key, len);
		}
		return;
	}
	zend_string *full = full_key(codec, key, len);
	rc_cmd_arg_str(&req->cmd, full);
	if (routes) {
		req->slot = rc_key_slot(ZSTR_VAL(full), ZSTR_LEN(full));
	}
	zend_string_release(full);
}

bool rc_codec_serializer_valid(zend_long serializer)
{
	switch (serializer) {
		case RC_SERIALIZER_NONE:
		case RC_SERIALIZER_PHP:
		case RC_SERIALIZER_JSON:
			return true;
		case RC_SERIALIZER_IGBINARY:
			return zend_hash_str_exists(&module_registry, "igbinary", sizeof("igbinary") - 1);
		default:
			return false;
	}
}

/* igbinary has no C API we can link against without its headers: its PHP functions are
 * called instead. */
static bool call_igbinary(const char *fn, size_t len, zval *arg, zval *retval)
{
	zval fname;
	bool ok;

	ZVAL_STRINGL(&fname, fn, len);
	ok = call_user_function(NULL, NULL, &fname, retval, 1, arg) == SUCCESS && !EG(exception);
	zval_ptr_dtor(&fname);
	return ok;
}

zend_string *rc_codec_serialize(const rc_codec *codec, zval *value)
{
	smart_str buf = {0};
	php_serialize_data_t var_hash;
	zval out;

	switch (codec->serializer) {
		case RC_SERIALIZER_PHP:
			PHP_VAR_SERIALIZE_INIT(var_hash);
			php_var_serialize(&buf, value, &var_hash);
			PHP_VAR_SERIALIZE_DESTROY(var_hash);
			return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
		case RC_SERIALIZER_JSON:
			php_json_encode(&buf, value, 0);
			return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
		case RC_SERIALIZER_IGBINARY:
			if (call_igbinary("igbinary_serialize", sizeof("igbinary_serialize") - 1, value, &out)
				&& Z_TYPE(out) == IS_STRING) {
				return Z_STR(out);
			}
			zval_ptr_dtor(&out);
			return ZSTR_EMPTY_ALLOC();
		default:
			return zval_get_string(value);
	}
}

void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value)
{
	if (codec->serializer == RC_SERIALIZER_NONE && Z_TYPE_P(value) == IS_STRING) {
		rc_cmd_arg_str(cmd, Z_STR_P(value));
		return;
	}
	zend_string *str = rc_codec_serialize(codec, value);
	rc_cmd_arg_str(cmd, str);
	zend_string_release(str);
}

void rc_codec_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out)
{
	php_unserialize_data_t var_hash;
	const unsigned char *p = (const unsigned char *)str;
	zval arg;

	switch (codec->serializer) {
		case RC_SERIALIZER_PHP:
			PHP_VAR_UNSERIALIZE_INIT(var_hash);
			if (php_var_unserialize(out, &p, p + len, &var_hash)) {
				PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
				return;
			}
			PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
			zval_ptr_dtor(out);
			break;
		case RC_SERIALIZER_JSON:
			if (php_json_decode_ex(out, str, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS) {
				return;
			}
			break;
		case RC_SERIALIZER_IGBINARY:
			ZVAL_STRINGL(&arg, str, len);
			if (call_igbinary("igbinary_unserialize", sizeof("igbinary_unserialize") - 1, &arg, out)
				&& !(Z_TYPE_P(out) == IS_NULL && len > 0 && str[0] != '\0')) {
				zval_ptr_dtor(&arg);
				return;
			}
			zval_ptr_dtor(&arg);
			zval_ptr_dtor(out);
			break;
		default:
			break;
	}
	ZVAL_STRINGL(out, str, len);
}

/* Argument formats */

static bool route_key_or_address(rc_cluster *c, const rc_codec *codec, rc_req *req, zval *arg, uint32_t num)
{
	zval *host, *port;
	uint16_t idx;

	if (Z_TYPE_P(arg) == IS_ARRAY) {
		host = zend_hash_index_find(Z_ARRVAL_P(arg), 0);
		port = zend_hash_index_find(Z_ARRVAL_P(arg), 1);
		if (zend_hash_num_elements(Z_ARRVAL_P(arg)) != 2 || host == NULL || port == NULL || Z_TYPE_P(host) != IS_STRING
			|| zval_get_long(port) < 1 || zval_get_long(port) > 65535) {
			zend_argument_value_error(num, "must be a key or an array of [host, port]");
			return false;
		}
		idx = rc_cluster_find_master(c, Z_STRVAL_P(host), Z_STRLEN_P(host), (uint16_t)zval_get_long(port));
		if (idx == RC_NO_NODE) {
			php_error_docref(NULL, E_WARNING, "Unknown node %s:" ZEND_LONG_FMT, Z_STRVAL_P(host), zval_get_long(port));
			return false;
		}
		req->node = idx;
		return true;
	}
	if (Z_TYPE_P(arg) != IS_STRING && Z_TYPE_P(arg) != IS_LONG && Z_TYPE_P(arg) != IS_DOUBLE) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_ARRAY_OR_STRING, arg);
		return false;
	}
	/* The key only routes: it is not part of the command. */
	zend_string *key = zval_get_string(arg);
	req->slot = rc_codec_slot(codec, ZSTR_VAL(key), ZSTR_LEN(key));
	zend_string_release(key);
	return true;
}

/* Adds a key. The first key of a command routes it (`routes`); every other key must hash
 * to the same slot, or the command is refused as phpredis refuses it: a warning, false. */
static bool arg_key(const rc_codec *codec, rc_req *req, zval *arg, uint32_t num, bool routes)
{
	zend_string *key;

	if (!zend_parse_arg_str(arg, &key, false, num)) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_STRING, arg);
		return false;
	}
	if (!routes && rc_codec_slot(codec, ZSTR_VAL(key), ZSTR_LEN(key)) != req->slot) {
		php_error_docref(NULL, E_WARNING, "Keys don't hash to the same slot");
		return false;
	}
	rc_codec_key(codec, req, ZSTR_VAL(key), ZSTR_LEN(key), routes);
	return true;
}

static bool format_counts(const char *format, uint32_t argc)
{
	uint32_t min = 0, max = 0;
	bool optional = false;

	for (const char *f = format; *f; f++) {
		if (*f == '|') {
			optional = true;
		} else if (*f == '*') {
			max = UINT32_MAX;
			min -= optional ? 0 : 1;
		} else if (*f == '+') {
			max = UINT32_MAX;
		} else {
			min += optional ? 0 : 1;
			max += max == UINT32_MAX ? 0 : 1;
		}
	}
	if (argc < min || argc > max) {
		zend_wrong_parameters_count_error(min, max);
		return false;
	}
	return true;
}

static bool format_arg(rc_cluster *c, const rc_codec *codec, rc_req *req, char spec, zval *arg, uint32_t num,
	bool *routed)
{
	zend_string *str;
	zend_long lval;
	double dval;
	bool bval, is_null;

	switch (spec) {
		case 'k':
			if (!arg_key(codec, req, arg, num, !*routed)) {
				return false;
			}
			*routed = true;
			return true;
		case 'v':
			rc_codec_value(codec, &req->cmd, arg);
			return true;
		case 's':
		case 'S':
			if (spec == 'S' && Z_TYPE_P(arg) == IS_NULL) {
				return true;
			}
			if (!zend_parse_arg_str(arg, &str, false, num)) {
				zend_wrong_parameter_type_error(num, spec == 'S' ? Z_EXPECTED_STRING_OR_NULL : Z_EXPECTED_STRING, arg);
				return false;
			}
			rc_cmd_arg_str(&req->cmd, str);
			return true;
		case 'l':
			if (!zend_parse_arg_long(arg, &lval, &is_null, false, num)) {
				zend_wrong_parameter_type_error(num, Z_EXPECTED_LONG, arg);
				return false;
			}
			rc_cmd_arg_long(&req->cmd, lval);
			return true;
		case 'd':
			if (!zend_parse_arg_double(arg, &dval, &is_null, false, num)) {
				zend_wrong_parameter_type_error(num, Z_EXPECTED_DOUBLE, arg);
				return false;
			}
			rc_cmd_arg_double(&req->cmd, dval);
			return true;
		case 'b':
			if (!zend_parse_arg_bool(arg, &bval, &is_null, false, num)) {
				zend_wrong_parameter_type_error(num, Z_EXPECTED_BOOL, arg);
				return false;
			}
			rc_cmd_arg(&req->cmd, bval ? "1" : "0", 1);
			return true;
		case 'a':
			*routed = true;
			return route_key_or_address(c, codec, req, arg, num);
		default:
			ZEND_UNREACHABLE();
			return false;
	}
}

static bool build_from_format(rc_cluster *c, const rc_codec *codec, rc_req *req, const char *format, zval *args,
	uint32_t argc)
{
	const char *f = format;
	char last = 0;
	bool routed = false;

	if (!format_counts(format, argc)) {
		return false;
	}
	for (uint32_t i = 0; i < argc; i++) {
		while (*f == '|') {
			f++;
		}
		char spec = (*f == '*' || *f == '+' || *f == '\0') ? last : *f++;
		if (!format_arg(c, codec, req, spec, &args[i], i + 1, &routed)) {
			return false;
		}
		last = spec;
	}
	if (!routed) {
		/* No key: any master will do. */
		req->slot = (uint16_t)php_mt_rand_range(0, RC_SLOTS - 1);
	}
	return true;
}

/* Builders for methods whose arguments a format cannot say */

static bool arg_long(zval *arg, uint32_t num, zend_long *out)
{
	bool is_null;

	if (!zend_parse_arg_long(arg, out, &is_null, false, num)) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_LONG, arg);
		return false;
	}
	return true;
}

static void arg_string(rc_req *req, zval *arg)
{
	zend_string *str = zval_get_string(arg);
	rc_cmd_arg_str(&req->cmd, str);
	zend_string_release(str);
}

static bool check_count(uint32_t argc, uint32_t min, uint32_t max)
{
	if (argc < min || argc > max) {
		zend_wrong_parameters_count_error(min, max);
		return false;
	}
	return true;
}

/* set($key, $value, $options = null): $options is a TTL in seconds, or an array of flags
 * ('nx', 'xx', 'keepttl', 'get') and 'ex'/'px'/'exat'/'pxat' => n. */
static bool build_set(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *name;
	zval *val;

	if (!check_count(argc, 2, 3) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_codec_value(b->codec, &b->req->cmd, &args[1]);
	if (argc < 3 || Z_TYPE(args[2]) == IS_NULL) {
		return true;
	}
	if (Z_TYPE(args[2]) == IS_LONG || Z_TYPE(args[2]) == IS_DOUBLE) {
		if (zval_get_long(&args[2]) < 1) {
			php_error_docref(NULL, E_WARNING, "EXPIRE can't be < 1");
			return false;
		}
		rc_cmd_arg(&b->req->cmd, "EX", 2);
		rc_cmd_arg_long(&b->req->cmd, zval_get_long(&args[2]));
		return true;
	}
	if (Z_TYPE(args[2]) != IS_ARRAY) {
		zend_argument_type_error(3, "must be of type array|int|null, %s given", zend_zval_type_name(&args[2]));
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(args[2]), name, val) {
		if (name == NULL && Z_TYPE_P(val) == IS_STRING) {
			const char *flag = Z_STRVAL_P(val);
			if (!strcasecmp(flag, "nx") || !strcasecmp(flag, "xx") || !strcasecmp(flag, "keepttl")) {
				rc_cmd_arg_str(&b->req->cmd, Z_STR_P(val));
			} else if (!strcasecmp(flag, "get")) {
				rc_cmd_arg(&b->req->cmd, "GET", 3);
				*b->reply = RC_REPLY_VALUE;
			} else {
				zend_argument_value_error(3, "has an unknown option '%s'", flag);
				return false;
			}
		} else if (name && (zend_string_equals_literal_ci(name, "ex") || zend_string_equals_literal_ci(name, "px")
			|| zend_string_equals_literal_ci(name, "exat") || zend_string_equals_literal_ci(name, "pxat"))) {
			if (zval_get_long(val) < 1) {
				php_error_docref(NULL, E_WARNING, "%s can't be < 1", ZSTR_VAL(name));
				return false;
			}
			rc_cmd_arg_str(&b->req->cmd, name);
			rc_cmd_arg_long(&b->req->cmd, zval_get_long(val));
		} else {
			zend_argument_value_error(3, "has an unknown option");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* incr($key, $by = 1) and decr(): INCR, or INCRBY when $by is not 1. */
static bool build_incr_by(rc_req *req, const rc_codec *codec, zval *args, uint32_t argc, const char *by_name)
{
	zend_long by = 1;

	if (!check_count(argc, 1, 2) || (argc == 2 && !arg_long(&args[1], 2, &by))) {
		return false;
	}
	if (by != 1) {
		rc_cmd_free(&req->cmd);
		rc_cmd_init(&req->cmd, by_name, strlen(by_name));
	}
	if (!arg_key(codec, req, &args[0], 1, true)) {
		return false;
	}
	if (by != 1) {
		rc_cmd_arg_long(&req->cmd, by);
	}
	return true;
}

static bool build_incr(rc_build *b, zval *args, uint32_t argc)
{
	return build_incr_by(b->req, b->codec, args, argc, "INCRBY");
}

static bool build_decr(rc_build *b, zval *args, uint32_t argc)
{
	return build_incr_by(b->req, b->codec, args, argc, "DECRBY");
}

/* restore($key, $ttl, $value, $options = null): options 'REPLACE', 'ABSTTL',
 * 'IDLETIME' => n, 'FREQ' => n. */
static bool build_restore(rc_build *b, zval *args, uint32_t argc)
{
	zend_long ttl;
	zend_string *name, *value;
	zval *val;

	if (!check_count(argc, 3, 4) || !arg_key(b->codec, b->req, &args[0], 1, true) || !arg_long(&args[1], 2, &ttl)) {
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

/* hmset($key, [field => value, ...]) */
/* ($key, array $items): the key added, the items returned; NULL when refused. An empty
 * array is an error for methods where phpredis throws, and a quiet false (nothing sent)
 * for those where phpredis returns false. */
static HashTable *key_and_items(rc_build *b, zval *args, uint32_t argc, bool empty_throws)
{
	if (!check_count(argc, 2, 2) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return NULL;
	}
	if (Z_TYPE(args[1]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_ARRAY, &args[1]);
		return NULL;
	}
	if (zend_hash_num_elements(Z_ARRVAL(args[1])) == 0) {
		if (empty_throws) {
			zend_argument_value_error(2, "must not be empty");
		}
		return NULL;
	}
	return Z_ARRVAL(args[1]);
}

static bool build_hmset(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *items = key_and_items(b, args, argc, true);
	zend_string *field;
	zend_ulong index;
	zval *val;

	if (items == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL(items, index, field, val) {
		if (field) {
			rc_cmd_arg_str(&b->req->cmd, field);
		} else {
			rc_cmd_arg_long(&b->req->cmd, (zend_long)index);
		}
		rc_codec_value(b->codec, &b->req->cmd, val);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* hmget($key, [field, ...]); the method pairs the fields with the values. */
static bool build_hmget(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *fields = key_and_items(b, args, argc, true);
	zval *field;

	if (fields == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(fields, field) {
		arg_string(b->req, field);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* lpop($key, $count = 0), rpop(): one value, or with a count a list. */
static bool build_pop(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count = 0;

	if (!check_count(argc, 1, 2) || !arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc == 2 && !arg_long(&args[1], 2, &count))) {
		return false;
	}
	if (count > 0) {
		rc_cmd_arg_long(&b->req->cmd, count);
		*b->reply = RC_REPLY_VALUES;
	}
	return true;
}

/* lrem($key, $value, $count = 0): LREM key count value. */
static bool build_lrem(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count = 0;

	if (!check_count(argc, 2, 3) || !arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc == 3 && !arg_long(&args[2], 3, &count))) {
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, count);
	rc_codec_value(b->codec, &b->req->cmd, &args[1]);
	return true;
}

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
static bool build_zadd(rc_build *b, zval *args, uint32_t argc)
{
	uint32_t first = 1;
	zval *opt;

	if (!check_count(argc, 3, UINT32_MAX) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
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
static bool build_zrange(rc_build *b, zval *args, uint32_t argc)
{
	bool scores = false;
	HashTable *opts = NULL;

	if (!check_count(argc, 3, 4) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	arg_string(b->req, &args[1]);
	arg_string(b->req, &args[2]);
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
static bool build_zrangebyscore(rc_build *b, zval *args, uint32_t argc)
{
	if (!check_count(argc, 3, 4) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	arg_string(b->req, &args[1]);
	arg_string(b->req, &args[2]);
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

/* eval($script, $args = [], $num_keys = 0): routed by the first key; keys are prefixed,
 * the other arguments sent as they are. */
static bool build_eval(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *script;
	zend_long num_keys = 0;
	HashTable *list = NULL;
	uint32_t i = 0;
	zval *arg;

	if (!check_count(argc, 1, 3)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[0], &script, false, 1)) {
		zend_wrong_parameter_type_error(1, Z_EXPECTED_STRING, &args[0]);
		return false;
	}
	if (argc >= 2) {
		if (Z_TYPE(args[1]) != IS_ARRAY) {
			zend_wrong_parameter_type_error(2, Z_EXPECTED_ARRAY, &args[1]);
			return false;
		}
		list = Z_ARRVAL(args[1]);
	}
	if (argc == 3 && !arg_long(&args[2], 3, &num_keys)) {
		return false;
	}
	if (num_keys < 0 || (zend_ulong)num_keys > (list ? zend_hash_num_elements(list) : 0)) {
		zend_argument_value_error(3, "must be between 0 and the number of arguments");
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, script);
	rc_cmd_arg_long(&b->req->cmd, num_keys);
	b->req->slot = (uint16_t)php_mt_rand_range(0, RC_SLOTS - 1);
	if (list) {
		ZEND_HASH_FOREACH_VAL(list, arg) {
			zend_string *str = zval_get_string(arg);
			if (i < (uint32_t)num_keys) {
				rc_codec_key(b->codec, b->req, ZSTR_VAL(str), ZSTR_LEN(str), i == 0);
			} else {
				rc_cmd_arg_str(&b->req->cmd, str);
			}
			zend_string_release(str);
			i++;
		} ZEND_HASH_FOREACH_END();
	}
	return true;
}

/* Commands after which a connection is no longer a clean one to hand to another object
 * from the persistent pool: they change its user, database, protocol, mode or role. */
static bool in_list(const char *word, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		if (strcasecmp(word, list[i]) == 0) {
			return true;
		}
	}
	return false;
}

static bool changes_session(const zend_string *name, zval *subcommand)
{
	static const char *const stateful[] = {
		"AUTH", "HELLO", "SELECT", "MULTI", "WATCH", "READONLY", "READWRITE", "ASKING",
		"SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "MONITOR", "RESET", "QUIT",
	};
	/* CLIENT subcommands that only look, or act on other connections. */
	static const char *const client_harmless[] = {
		"ID", "INFO", "LIST", "GETNAME", "GETREDIR", "TRACKINGINFO", "KILL", "PAUSE", "UNPAUSE", "UNBLOCK", "HELP",
	};

	if (strcasecmp(ZSTR_VAL(name), "CLIENT") == 0) {
		return subcommand == NULL || Z_TYPE_P(subcommand) != IS_STRING
			|| !in_list(Z_STRVAL_P(subcommand), client_harmless, sizeof(client_harmless) / sizeof(client_harmless[0]));
	}
	return in_list(ZSTR_VAL(name), stateful, sizeof(stateful) / sizeof(stateful[0]));
}

/* rawcommand($key_or_address, $command, ...$args): arguments sent as strings. */
static bool build_rawcommand(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *name;

	if (!check_count(argc, 2, UINT32_MAX) || !route_key_or_address(b->c, b->codec, b->req, &args[0], 1)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[1], &name, false, 2)) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_STRING, &args[1]);
		return false;
	}
	/* The command name replaces the placeholder the request was created with. */
	rc_cmd_free(&b->req->cmd);
	rc_cmd_init(&b->req->cmd, ZSTR_VAL(name), ZSTR_LEN(name));
	b->req->taints = changes_session(name, argc > 2 ? &args[2] : NULL);
	for (uint32_t i = 2; i < argc; i++) {
		arg_string(b->req, &args[i]);
	}
	return true;
}

/* flushdb($key_or_address, $async = false) and flushall() */
static bool build_flush(rc_build *b, zval *args, uint32_t argc)
{
	bool async = false, is_null;

	if (!check_count(argc, 1, 2) || !route_key_or_address(b->c, b->codec, b->req, &args[0], 1)) {
		return false;
	}
	if (argc == 2 && !zend_parse_arg_bool(&args[1], &async, &is_null, false, 2)) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_BOOL, &args[1]);
		return false;
	}
	if (async) {
		rc_cmd_arg(&b->req->cmd, "ASYNC", 5);
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
static bool build_lex(rc_build *b, zval *args, uint32_t argc)
{
	if (!check_count(argc, 3, 3) || !arg_key(b->codec, b->req, &args[0], 1, true)
		|| !lex_bounds(&args[1], &args[2], "Min/Max args can be '-' or '+', or start with '[' or '('")) {
		return false;
	}
	arg_string(b->req, &args[1]);
	arg_string(b->req, &args[2]);
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
static bool build_linsert(rc_build *b, zval *args, uint32_t argc)
{
	if (!check_count(argc, 4, 4) || !arg_key(b->codec, b->req, &args[0], 1, true)
		|| !arg_choice(b->req, &args[1], "BEFORE", "AFTER", "Position must be either 'BEFORE' or 'AFTER'")) {
		return false;
	}
	rc_codec_value(b->codec, &b->req->cmd, &args[2]);
	rc_codec_value(b->codec, &b->req->cmd, &args[3]);
	return true;
}

/* lmove($src, $dst, $wherefrom, $whereto) */
static bool build_lmove(rc_build *b, zval *args, uint32_t argc)
{
	return check_count(argc, 4, 4) && arg_key(b->codec, b->req, &args[0], 1, true)
		&& arg_key(b->codec, b->req, &args[1], 2, false)
		&& arg_choice(b->req, &args[2], "LEFT", "RIGHT", "Wherefrom argument must be either 'LEFT' or 'RIGHT'")
		&& arg_choice(b->req, &args[3], "LEFT", "RIGHT", "Whereto argument must be either 'LEFT' or 'RIGHT'");
}

/* spop($key, $count = 0) and srandmember(): with a count (any count), a list. */
static bool build_count(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!check_count(argc, 1, 2) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (argc == 2) {
		if (!arg_long(&args[1], 2, &count)) {
			return false;
		}
		rc_cmd_arg_long(&b->req->cmd, count);
		*b->reply = RC_REPLY_VALUES;
	}
	return true;
}

/* zrevrange($key, $start, $end, $options = null): $options true or ['withscores' => true]. */
static bool build_zrevrange(rc_build *b, zval *args, uint32_t argc)
{
	bool scores;

	if (!check_count(argc, 3, 4) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	arg_string(b->req, &args[1]);
	arg_string(b->req, &args[2]);
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
static bool build_zrangebylex(rc_build *b, zval *args, uint32_t argc)
{
	zend_long offset = -1, count = -1;

	if (!check_count(argc, 3, 5) || !arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc >= 4 && !arg_long(&args[3], 4, &offset)) || (argc == 5 && !arg_long(&args[4], 5, &count))) {
		return false;
	}
	if (argc == 4) {
		php_error_docref(NULL, E_WARNING, "Must pass either 3 or 5 arguments");
		return false;
	}
	if (!lex_bounds(&args[1], &args[2], "min and max arguments must start with '[' or '('")) {
		return false;
	}
	arg_string(b->req, &args[1]);
	arg_string(b->req, &args[2]);
	if (offset != -1 || count != -1) {
		rc_cmd_arg(&b->req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&b->req->cmd, offset);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}

/* zpopmin($key, $count = null) and zpopmax(): [member => score]. */
static bool build_zpop(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!check_count(argc, 1, 2) || !arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	if (argc == 2 && Z_TYPE(args[1]) != IS_NULL) {
		if (!arg_long(&args[1], 2, &count)) {
			return false;
		}
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}

/* sinter($key, ...$other_keys) and sinterstore(): the keys as arguments or one array. */
static bool build_keys(rc_build *b, zval *args, uint32_t argc)
{
	uint32_t num = 0;
	zval *key;

	if (!check_count(argc, 1, UINT32_MAX)) {
		return false;
	}
	if (argc == 1 && Z_TYPE(args[0]) == IS_ARRAY) {
		if (zend_hash_num_elements(Z_ARRVAL(args[0])) == 0) {
			zend_argument_value_error(1, "must not be empty");
			return false;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[0]), key) {
			if (!arg_key(b->codec, b->req, key, 1, num++ == 0)) {
				return false;
			}
		} ZEND_HASH_FOREACH_END();
		return true;
	}
	for (uint32_t i = 0; i < argc; i++) {
		if (!arg_key(b->codec, b->req, &args[i], i + 1, i == 0)) {
			return false;
		}
	}
	return true;
}

/* pfadd($key, [element, ...]) */
static bool build_pfadd(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *elems = key_and_items(b, args, argc, false);
	zval *elem;

	if (elems == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(elems, elem) {
		rc_codec_value(b->codec, &b->req->cmd, elem);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* pfmerge($dst, [key, ...]): every key in the destination's slot. */
static bool build_pfmerge(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *keys = key_and_items(b, args, argc, false);
	zval *key;

	if (keys == NULL) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(keys, key) {
		if (!arg_key(b->codec, b->req, key, 2, false)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

#define ROW(name, format, flags, reply) {name, format, NULL, flags, reply}
#define BUILT(name, builder, flags, reply) {name, NULL, builder, flags, reply}
#define RO RC_CMD_READONLY

const rc_command rc_commands[RC_COMMAND_COUNT] = {
	[RC_GET] = ROW("GET", "k", RO, RC_REPLY_VALUE),
	[RC_SET] = BUILT("SET", build_set, 0, RC_REPLY_BOOL),
	[RC_SETEX] = ROW("SETEX", "klv", 0, RC_REPLY_BOOL),
	[RC_PSETEX] = ROW("PSETEX", "klv", 0, RC_REPLY_BOOL),
	[RC_SETNX] = ROW("SETNX", "kv", 0, RC_REPLY_BOOL),
	[RC_GETSET] = ROW("GETSET", "kv", 0, RC_REPLY_VALUE),
	[RC_APPEND] = ROW("APPEND", "kv", 0, RC_REPLY_LONG),
	[RC_INCR] = BUILT("INCR", build_incr, 0, RC_REPLY_LONG),
	[RC_INCRBY] = ROW("INCRBY", "kl", 0, RC_REPLY_LONG),
	[RC_INCRBYFLOAT] = ROW("INCRBYFLOAT", "kd", 0, RC_REPLY_DOUBLE),
	[RC_DECR] = BUILT("DECR", build_decr, 0, RC_REPLY_LONG),
	[RC_DECRBY] = ROW("DECRBY", "kl", 0, RC_REPLY_LONG),
	[RC_STRLEN] = ROW("STRLEN", "k", RO, RC_REPLY_LONG),
	[RC_GETRANGE] = ROW("GETRANGE", "kll", RO, RC_REPLY_STRING),
	[RC_SETRANGE] = ROW("SETRANGE", "kls", 0, RC_REPLY_LONG),
	[RC_GETBIT] = ROW("GETBIT", "kl", RO, RC_REPLY_LONG),
	[RC_SETBIT] = ROW("SETBIT", "klb", 0, RC_REPLY_LONG),
	[RC_EXPIRE] = ROW("EXPIRE", "kl|S", 0, RC_REPLY_BOOL),
	[RC_PEXPIRE] = ROW("PEXPIRE", "kl|S", 0, RC_REPLY_BOOL),
	[RC_EXPIREAT] = ROW("EXPIREAT", "kl|S", 0, RC_REPLY_BOOL),
	[RC_PEXPIREAT] = ROW("PEXPIREAT", "kl|S", 0, RC_REPLY_BOOL),
	[RC_TTL] = ROW("TTL", "k", RO, RC_REPLY_LONG),
	[RC_PTTL] = ROW("PTTL", "k", RO, RC_REPLY_LONG),
	[RC_PERSIST] = ROW("PERSIST", "k", 0, RC_REPLY_BOOL),
	[RC_TYPE] = ROW("TYPE", "k", RO, RC_REPLY_TYPE),
	[RC_RENAME] = ROW("RENAME", "kk", 0, RC_REPLY_BOOL),
	[RC_RENAMENX] = ROW("RENAMENX", "kk", 0, RC_REPLY_BOOL),
	[RC_DUMP] = ROW("DUMP", "k", RO, RC_REPLY_STRING),
	[RC_RESTORE] = BUILT("RESTORE", build_restore, 0, RC_REPLY_BOOL),
	[RC_HSET] = ROW("HSET", "ksv", 0, RC_REPLY_LONG),
	[RC_HSETNX] = ROW("HSETNX", "ksv", 0, RC_REPLY_BOOL),
	[RC_HGET] = ROW("HGET", "ks", RO, RC_REPLY_VALUE),
	[RC_HMSET] = BUILT("HMSET", build_hmset, 0, RC_REPLY_BOOL),
	[RC_HMGET] = BUILT("HMGET", build_hmget, RO, RC_REPLY_VALUES),
	[RC_HGETALL] = ROW("HGETALL", "k", RO, RC_REPLY_HASH),
	[RC_HDEL] = ROW("HDEL", "ks+", 0, RC_REPLY_LONG),
	[RC_HEXISTS] = ROW("HEXISTS", "ks", RO, RC_REPLY_BOOL),
	[RC_HLEN] = ROW("HLEN", "k", RO, RC_REPLY_LONG),
	[RC_HINCRBY] = ROW("HINCRBY", "ksl", 0, RC_REPLY_LONG),
	[RC_HINCRBYFLOAT] = ROW("HINCRBYFLOAT", "ksd", 0, RC_REPLY_DOUBLE),
	[RC_HKEYS] = ROW("HKEYS", "k", RO, RC_REPLY_STRINGS),
	[RC_HVALS] = ROW("HVALS", "k", RO, RC_REPLY_VALUES),
	[RC_LPUSH] = ROW("LPUSH", "kv+", 0, RC_REPLY_LONG),
	[RC_RPUSH] = ROW("RPUSH", "kv*", 0, RC_REPLY_LONG),
	[RC_LPOP] = BUILT("LPOP", build_pop, 0, RC_REPLY_VALUE),
	[RC_RPOP] = BUILT("RPOP", build_pop, 0, RC_REPLY_VALUE),
	[RC_LRANGE] = ROW("LRANGE", "kll", RO, RC_REPLY_VALUES),
	[RC_LLEN] = ROW("LLEN", "k", RO, RC_REPLY_LONG),
	[RC_LINDEX] = ROW("LINDEX", "kl", RO, RC_REPLY_VALUE),
	[RC_LREM] = BUILT("LREM", build_lrem, 0, RC_REPLY_LONG),
	[RC_LTRIM] = ROW("LTRIM", "kll", 0, RC_REPLY_BOOL),
	[RC_SADD] = ROW("SADD", "kv+", 0, RC_REPLY_LONG),
	[RC_SREM] = ROW("SREM", "kv+", 0, RC_REPLY_LONG),
	[RC_SMEMBERS] = ROW("SMEMBERS", "k", RO, RC_REPLY_VALUES),
	[RC_SISMEMBER] = ROW("SISMEMBER", "kv", RO, RC_REPLY_BOOL),
	[RC_SCARD] = ROW("SCARD", "k", RO, RC_REPLY_LONG),
	[RC_ZADD] = BUILT("ZADD", build_zadd, 0, RC_REPLY_LONG),
	[RC_ZRANGE] = BUILT("ZRANGE", build_zrange, RO, RC_REPLY_VALUES),
	[RC_ZSCORE] = ROW("ZSCORE", "kv", RO, RC_REPLY_DOUBLE),
	[RC_ZREM] = ROW("ZREM", "kv+", 0, RC_REPLY_LONG),
	[RC_ZCARD] = ROW("ZCARD", "k", RO, RC_REPLY_LONG),
	[RC_ZINCRBY] = ROW("ZINCRBY", "kdv", 0, RC_REPLY_DOUBLE),
	[RC_ZRANGEBYSCORE] = BUILT("ZRANGEBYSCORE", build_zrangebyscore, RO, RC_REPLY_VALUES),
	[RC_EVAL] = BUILT("EVAL", build_eval, 0, RC_REPLY_RAW),
	[RC_EVALSHA] = BUILT("EVALSHA", build_eval, 0, RC_REPLY_RAW),
	[RC_RAWCOMMAND] = BUILT("RAWCOMMAND", build_rawcommand, 0, RC_REPLY_RAW),
	[RC_PING] = ROW("PING", "a|S", RO, RC_REPLY_PING),
	[RC_ECHO] = ROW("ECHO", "as", RO, RC_REPLY_STRING),
	[RC_INFO] = ROW("INFO", "as*", RO, RC_REPLY_INFO),
	[RC_DBSIZE] = ROW("DBSIZE", "a", RO, RC_REPLY_LONG),
	[RC_FLUSHDB] = BUILT("FLUSHDB", build_flush, 0, RC_REPLY_BOOL),
	[RC_FLUSHALL] = BUILT("FLUSHALL", build_flush, 0, RC_REPLY_BOOL),
	[RC_TIME] = ROW("TIME", "a", RO, RC_REPLY_STRINGS),
	[RC_LPUSHX] = ROW("LPUSHX", "kv", 0, RC_REPLY_LONG),
	[RC_RPUSHX] = ROW("RPUSHX", "kv", 0, RC_REPLY_LONG),
	[RC_LSET] = ROW("LSET", "klv", 0, RC_REPLY_BOOL),
	[RC_LINSERT] = BUILT("LINSERT", build_linsert, 0, RC_REPLY_LONG),
	[RC_LGET] = ROW("LINDEX", "kl", RO, RC_REPLY_VALUE),
	[RC_RPOPLPUSH] = ROW("RPOPLPUSH", "kk", 0, RC_REPLY_VALUE),
	[RC_LMOVE] = BUILT("LMOVE", build_lmove, 0, RC_REPLY_VALUE),
	[RC_SPOP] = BUILT("SPOP", build_count, 0, RC_REPLY_VALUE),
	[RC_SRANDMEMBER] = BUILT("SRANDMEMBER", build_count, RO, RC_REPLY_VALUE),
	[RC_SMOVE] = ROW("SMOVE", "kkv", 0, RC_REPLY_BOOL),
	[RC_SDIFF] = BUILT("SDIFF", build_keys, RO, RC_REPLY_VALUES),
	[RC_SINTER] = BUILT("SINTER", build_keys, RO, RC_REPLY_VALUES),
	[RC_SUNION] = BUILT("SUNION", build_keys, RO, RC_REPLY_VALUES),
	[RC_SDIFFSTORE] = BUILT("SDIFFSTORE", build_keys, 0, RC_REPLY_LONG),
	[RC_SINTERSTORE] = BUILT("SINTERSTORE", build_keys, 0, RC_REPLY_LONG),
	[RC_SUNIONSTORE] = BUILT("SUNIONSTORE", build_keys, 0, RC_REPLY_LONG),
	[RC_ZCOUNT] = ROW("ZCOUNT", "kss", RO, RC_REPLY_LONG),
	[RC_ZLEXCOUNT] = BUILT("ZLEXCOUNT", build_lex, RO, RC_REPLY_LONG),
	[RC_ZRANK] = ROW("ZRANK", "kv", RO, RC_REPLY_LONG),
	[RC_ZREVRANK] = ROW("ZREVRANK", "kv", RO, RC_REPLY_LONG),
	[RC_ZREMRANGEBYSCORE] = ROW("ZREMRANGEBYSCORE", "kss", 0, RC_REPLY_LONG),
	[RC_ZREMRANGEBYRANK] = ROW("ZREMRANGEBYRANK", "kss", 0, RC_REPLY_LONG),
	[RC_ZREMRANGEBYLEX] = BUILT("ZREMRANGEBYLEX", build_lex, 0, RC_REPLY_LONG),
	[RC_ZREVRANGE] = BUILT("ZREVRANGE", build_zrevrange, RO, RC_REPLY_VALUES),
	[RC_ZREVRANGEBYSCORE] = BUILT("ZREVRANGEBYSCORE", build_zrangebyscore, RO, RC_REPLY_VALUES),
	[RC_ZRANGEBYLEX] = BUILT("ZRANGEBYLEX", build_zrangebylex, RO, RC_REPLY_VALUES),
	[RC_ZPOPMIN] = BUILT("ZPOPMIN", build_zpop, 0, RC_REPLY_SCORES),
	[RC_ZPOPMAX] = BUILT("ZPOPMAX", build_zpop, 0, RC_REPLY_SCORES),
	[RC_HSTRLEN] = ROW("HSTRLEN", "ks", RO, RC_REPLY_LONG),
	[RC_PFADD] = BUILT("PFADD", build_pfadd, 0, RC_REPLY_BOOL),
	[RC_PFCOUNT] = BUILT("PFCOUNT", build_keys, RO, RC_REPLY_LONG),
	[RC_PFMERGE] = BUILT("PFMERGE", build_pfmerge, 0, RC_REPLY_BOOL),
	[RC_EXPIRETIME] = ROW("EXPIRETIME", "k", RO, RC_REPLY_LONG),
	[RC_PEXPIRETIME] = ROW("PEXPIRETIME", "k", RO, RC_REPLY_LONG),
	[RC_EVAL_RO] = BUILT("EVAL_RO", build_eval, RO, RC_REPLY_RAW),
	[RC_EVALSHA_RO] = BUILT("EVALSHA_RO", build_eval, RO, RC_REPLY_RAW),
	[RC_LASTSAVE] = ROW("LASTSAVE", "a", RO, RC_REPLY_LONG),
	[RC_ROLE] = ROW("ROLE", "a", RO, RC_REPLY_RAW),
	[RC_RANDOMKEY] = ROW("RANDOMKEY", "a", RO, RC_REPLY_STRING),
};

#undef ROW
#undef BUILT
#undef RO

bool rc_command_build(const rc_command *cmd, rc_cluster *c, const rc_codec *codec, rc_req *req, zval *args,
	uint32_t argc, rc_reply_kind *reply)
{
	*reply = cmd->reply;
	req->readonly = (cmd->flags & RC_CMD_READONLY) != 0;
	if (cmd->builder) {
		rc_build b = {c, codec, req, reply};
		return cmd->builder(&b, args, argc);
	}
	return build_from_format(c, codec, req, cmd->format, args, argc);
}

/* Replies */

static void shape_value(const rc_codec *codec, zval *elem, zval *out)
{
	if (Z_TYPE_P(elem) == IS_STRING) {
		if (codec->serializer == RC_SERIALIZER_NONE) {
			ZVAL_COPY(out, elem);
		} else {
			rc_codec_unserialize(codec, Z_STRVAL_P(elem), Z_STRLEN_P(elem), out);
		}
	} else if (Z_TYPE_P(elem) == IS_NULL) {
		ZVAL_FALSE(out);
	} else {
		ZVAL_COPY(out, elem);
	}
}

static void shape_list(const rc_codec *codec, zval *reply, bool unserialize, zval *return_value)
{
	zval *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (unserialize) {
			shape_value(codec, elem, &val);
		} else {
			ZVAL_COPY(&val, elem);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	} ZEND_HASH_FOREACH_END();
}

/* A score as Redis writes it: a number, or "inf" / "-inf". */
static double parse_score(zval *elem)
{
	const char *s;

	if (Z_TYPE_P(elem) != IS_STRING) {
		return zval_get_double(elem);
	}
	s = Z_STRVAL_P(elem) + (Z_STRVAL_P(elem)[0] == '+');
	if (strcasecmp(s, "inf") == 0) {
		return ZEND_INFINITY;
	}
	if (strcasecmp(s, "-inf") == 0) {
		return -ZEND_INFINITY;
	}
	return zend_strtod(s, NULL);
}

/* A member as an array key: unserialized (OPT_SERIALIZER) when that gives a string or an
 * integer, as phpredis does; else the bytes as they are. */
static void pair_key_update(const rc_codec *codec, HashTable *ht, zval *key, zval *val)
{
	zval member;

	if (codec->serializer != RC_SERIALIZER_NONE) {
		rc_codec_unserialize(codec, Z_STRVAL_P(key), Z_STRLEN_P(key), &member);
		if (Z_TYPE(member) == IS_STRING) {
			zend_symtable_update(ht, Z_STR(member), val);
			zval_ptr_dtor(&member);
			return;
		}
		if (Z_TYPE(member) == IS_LONG) {
			zend_hash_index_update(ht, Z_LVAL(member), val);
			return;
		}
		zval_ptr_dtor(&member);
	}
	zend_symtable_update(ht, Z_STR_P(key), val);
}

/* field, value, field, value ... -> [field => value]; scores as floats. */
static void shape_pairs(const rc_codec *codec, zval *reply, bool scores, zval *return_value)
{
	zval *key = NULL, *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)) / 2);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (key == NULL) {
			key = elem;
			continue;
		}
		if (Z_TYPE_P(key) == IS_STRING) {
			if (scores) {
				ZVAL_DOUBLE(&val, parse_score(elem));
				pair_key_update(codec, Z_ARRVAL_P(return_value), key, &val);
			} else {
				shape_value(codec, elem, &val);
				zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(key), &val);
			}
		}
		key = NULL;
	} ZEND_HASH_FOREACH_END();
}

static zend_long type_code(const zval *reply)
{
	static const struct {
		const char *name;
		zend_long code;
	} types[] = {
		{"string", RC_TYPE_STRING}, {"set", RC_TYPE_SET}, {"list", RC_TYPE_LIST},
		{"zset", RC_TYPE_ZSET}, {"hash", RC_TYPE_HASH}, {"stream", RC_TYPE_STREAM},
	};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		if (Z_TYPE_P(reply) == IS_STRING && !strcmp(Z_STRVAL_P(reply), types[i].name)) {
			return types[i].code;
		}
	}
	return RC_TYPE_NOT_FOUND;
}

/* "# Section\r\nname:value\r\n..." -> [name => value], numbers as numbers. */
static void shape_info(const zval *reply, zval *return_value)
{
	const char *p = Z_STRVAL_P(reply), *end = p + Z_STRLEN_P(reply);

	array_init(return_value);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = eol ? eol : end;
		const char *colon = memchr(p, ':', (size_t)(line_end - p));
		size_t vlen;

		if (line_end > p && line_end[-1] == '\r') {
			line_end--;
		}
		if (*p != '#' && colon && colon > p) {
			zend_long lval;
			double dval;
			zval val;

			vlen = (size_t)(line_end - colon - 1);
			switch (is_numeric_string(colon + 1, vlen, &lval, &dval, false)) {
				case IS_LONG:
					ZVAL_LONG(&val, lval);
					break;
				case IS_DOUBLE:
					ZVAL_DOUBLE(&val, dval);
					break;
				default:
					ZVAL_STRINGL(&val, colon + 1, vlen);
					break;
			}
			zend_symtable_str_update(Z_ARRVAL_P(return_value), p, (size_t)(colon - p), &val);
		}
		p = eol ? eol + 1 : end;
	}
}

/* Replies read by eval() and rawcommand(): nested arrays kept, a status reply true (its
 * text with OPT_REPLY_LITERAL), nil null. */
static void shape_raw(const rc_codec *codec, zval *reply, int type, zval *return_value)
{
	if (type == REDIS_REPLY_NIL) {
		RETURN_NULL();
	}
	if (type == REDIS_REPLY_STATUS && !codec->reply_literal) {
		RETURN_TRUE;
	}
	RETURN_COPY(reply);
}

void rc_reply_shape(const rc_codec *codec, rc_reply_kind kind, zval *reply, int type, zval *return_value)
{
	if (type == REDIS_REPLY_ERROR) {
		RETURN_FALSE;
	}
	if (type == REDIS_REPLY_STATUS && codec->reply_literal && kind != RC_REPLY_TYPE) {
		RETURN_COPY(reply);
	}
	if (type == REDIS_REPLY_NIL && codec->null_multibulk
		&& (kind == RC_REPLY_VALUES || kind == RC_REPLY_STRINGS || kind == RC_REPLY_HASH || kind == RC_REPLY_SCORES)) {
		RETURN_NULL();
	}
	switch (kind) {
		case RC_REPLY_RAW:
			shape_raw(codec, reply, type, return_value);
			return;
		case RC_REPLY_BOOL:
			RETURN_BOOL(type == REDIS_REPLY_STATUS || (type == REDIS_REPLY_INTEGER && Z_LVAL_P(reply) > 0));
		case RC_REPLY_LONG:
			if (type == REDIS_REPLY_INTEGER) {
				RETURN_LONG(Z_LVAL_P(reply));
			}
			RETURN_FALSE;
		case RC_REPLY_DOUBLE:
			if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS) {
				RETURN_DOUBLE(parse_score(reply));
			}
			if (type == REDIS_REPLY_INTEGER) {
				RETURN_DOUBLE((double)Z_LVAL_P(reply));
			}
			RETURN_FALSE;
		case RC_REPLY_VALUE:
			if (type == REDIS_REPLY_STRING) {
				shape_value(codec, reply, return_value);
				return;
			}
			if (type == REDIS_REPLY_ARRAY) {
				shape_list(codec, reply, true, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_STRING:
			if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS) {
				RETURN_COPY(reply);
			}
			RETURN_FALSE;
		case RC_REPLY_VALUES:
		case RC_REPLY_STRINGS:
			if (type == REDIS_REPLY_ARRAY) {
				shape_list(codec, reply, kind == RC_REPLY_VALUES, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_HASH:
		case RC_REPLY_SCORES:
			if (type == REDIS_REPLY_ARRAY) {
				shape_pairs(codec, reply, kind == RC_REPLY_SCORES, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_TYPE:
			RETURN_LONG(type_code(reply));
		case RC_REPLY_INFO:
			if (type == REDIS_REPLY_STRING) {
				shape_info(reply, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_PING:
			if (type == REDIS_REPLY_STATUS) {
				RETURN_TRUE;
			}
			RETURN_COPY(reply);
	}
}

/* Multi-key commands */

void rc_split_build(rc_split *split, const rc_codec *codec, const char *name, size_t len, HashTable *keys,
	rc_split_kind kind)
{
	uint32_t n = zend_hash_num_elements(keys), k = 0;
	HashTable by_slot;
	zend_string *skey;
	zend_ulong index;
	zval *val;

	memset(split, 0, sizeof(*split));
	split->reqs = safe_emalloc(n, sizeof(rc_req), 0);
	split->key_req = safe_emalloc(n, sizeof(uint32_t), 0);
	split->key_pos = safe_emalloc(n, sizeof(uint32_t), 0);
	split->keys = n;
	zend_hash_init(&by_slot, n, NULL, NULL, 0);

	ZEND_HASH_FOREACH_KEY_VAL(keys, index, skey, val) {
		zend_string *key = kind == RC_SPLIT_MSET ? (skey ? zend_string_copy(skey) : zend_long_to_str((zend_long)index))
			: zval_get_string(val);
		uint16_t slot = rc_codec_slot(codec, ZSTR_VAL(key), ZSTR_LEN(key));
		zval *found = zend_hash_index_find(&by_slot, slot);
		rc_req *req;

		if (found) {
			req = &split->reqs[Z_LVAL_P(found)];
			split->key_req[k] = (uint32_t)Z_LVAL_P(found);
		} else {
			zval pos;
			ZVAL_LONG(&pos, split->count);
			zend_hash_index_add_new(&by_slot, slot, &pos);
			req = &split->reqs[split->count];
			rc_req_init(req, name, len);
			req->slot = slot;
			req->readonly = kind == RC_SPLIT_MGET;
			split->key_req[k] = split->count++;
		}
		split->key_pos[k] = (uint32_t)req->cmd.argc - 1;
		rc_codec_key(codec, req, ZSTR_VAL(key), ZSTR_LEN(key), false);
		if (kind == RC_SPLIT_MSET) {
			rc_codec_value(codec, &req->cmd, val);
		}
		zend_string_release(key);
		k++;
	} ZEND_HASH_FOREACH_END();

	zend_hash_destroy(&by_slot);
	for (uint32_t i = 0; i < split->count; i++) {
		rc_cmd_finish(&split->reqs[i].cmd);
	}
}

void rc_split_shape(rc_split *split, const rc_codec *codec, rc_split_kind kind, zval *return_value,
	zend_string **last_error)
{
	zend_long sum = 0;

	if (*last_error) {
		zend_string_release(*last_error);
		*last_error = NULL;
	}
	for (uint32_t i = 0; i < split->count; i++) {
		rc_req *req = &split->reqs[i];

		if (req->type == REDIS_REPLY_ERROR) {
			*last_error = zend_string_copy(Z_STR(req->reply));
			RETURN_FALSE;
		}
		if (kind == RC_SPLIT_SUM && Z_TYPE(req->reply) == IS_LONG
			&& __builtin_add_overflow(sum, Z_LVAL(req->reply), &sum)) {
			/* Counts no server can have: the sum saturates instead of wrapping. */
			sum = Z_LVAL(req->reply) > 0 ? ZEND_LONG_MAX : ZEND_LONG_MIN;
		}
	}
	if (kind == RC_SPLIT_SUM) {
		RETURN_LONG(sum);
	}
	if (kind == RC_SPLIT_MSET) {
		RETURN_TRUE;
	}
	array_init_size(return_value, split->keys);
	for (uint32_t k = 0; k < split->keys; k++) {
		zval *reply = &split->reqs[split->key_req[k]].reply, *elem, val;

		elem = Z_TYPE_P(reply) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(reply), split->key_pos[k]) : NULL;
		if (elem) {
			shape_value(codec, elem, &val);
		} else {
			ZVAL_FALSE(&val);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	}
}

void rc_split_free(rc_split *split)
{
	for (uint32_t i = 0; i < split->count; i++) {
		rc_req_free(&split->reqs[i]);
	}
	efree(split->reqs);
	efree(split->key_req);
	efree(split->key_pos);
}
