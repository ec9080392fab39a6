/* Builders for strings and keys. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

/* set($key, $value, $options = null): $options is a TTL in seconds, or an array of flags
 * ('nx', 'xx', 'keepttl', 'get') and 'ex'/'px'/'exat'/'pxat' => n. */
bool rc_build_set(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *name;
	zval *val;

	if (!rc_arg_count(argc, 2, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
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

	if (!rc_arg_count(argc, 1, 2) || (argc == 2 && !rc_arg_long(&args[1], 2, &by))) {
		return false;
	}
	if (by != 1) {
		rc_cmd_free(&req->cmd);
		rc_cmd_init(&req->cmd, by_name, strlen(by_name));
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
