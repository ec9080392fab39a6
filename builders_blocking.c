/* Builders for the blocking pops and their non-blocking kin (lmpop, zmpop). Each adds a
 * method's PHP arguments to its request (after the command name), raising the PHP error
 * and returning false when it refuses them. Every key of one command must hash to one
 * slot (a warning and false otherwise, as for every multi-key command).
 *
 * A blocking command's own timeout becomes req->block: the engine's read waits that
 * long plus the read timeout. A timeout of 0 (the server holds the reply for ever) adds
 * nothing, so the read still ends after the read timeout (default_socket_timeout when
 * none was set): such a call throws RedisClusterException and its connection is closed,
 * which also unblocks the client on the server, so no element is popped unseen. */
#include "builders.h"

/* A timeout as phpredis 6 takes it (int, float or numeric string), written as Redis
 * reads it: whole seconds as an integer, else a float. The request blocks that long. */
static bool arg_timeout(rc_req *req, zval *arg, uint32_t num)
{
	zend_long lval;
	double dval;

	switch (Z_TYPE_P(arg)) {
		case IS_LONG:
			dval = (double)Z_LVAL_P(arg);
			break;
		case IS_DOUBLE:
			dval = Z_DVAL_P(arg);
			break;
		case IS_STRING:
			if (is_numeric_string(Z_STRVAL_P(arg), Z_STRLEN_P(arg), &lval, &dval, false) == IS_LONG) {
				dval = (double)lval;
			} else if (!is_numeric_string(Z_STRVAL_P(arg), Z_STRLEN_P(arg), NULL, &dval, false)) {
				zend_argument_value_error(num, "must be a number of seconds");
				return false;
			}
			break;
		default:
			zend_wrong_parameter_type_error(num, Z_EXPECTED_NUMBER, arg);
			return false;
	}
	if (zend_isnan(dval) || zend_isinf(dval)) {
		zend_argument_value_error(num, "must be a finite number of seconds");
		return false;
	}
	if (dval == (double)(zend_long)dval) {
		rc_cmd_arg_long(&req->cmd, (zend_long)dval);
	} else {
		rc_cmd_arg_double(&req->cmd, dval);
	}
	/* A negative timeout is the server's to refuse (-ERR): nothing to wait for. */
	req->block = dval > 0 ? dval : 0;
	req->blocks = true;
	return true;
}

/* A non-empty array of keys, every one in the first one's slot. */
static bool arg_key_array(rc_build *b, zval *arg, uint32_t num)
{
	if (Z_TYPE_P(arg) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(arg)) == 0) {
		zend_argument_value_error(num, "must not be empty");
		return false;
	}
	return rc_arg_key_array(b, arg, num, true);
}

/* blpop($key, $timeout_or_key, ...$extra_args), brpop(), bzpopmin(), bzpopmax():
 * (array $keys, $timeout) or ($key, ...$other_keys, $timeout). */
bool rc_build_bpop(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 2, UINT32_MAX)) {
		return false;
	}
	if (Z_TYPE(args[0]) == IS_ARRAY) {
		if (argc != 2) {
			zend_argument_count_error("With an array of keys, the only other argument is the timeout");
			return false;
		}
		return arg_key_array(b, &args[0], 1) && arg_timeout(b->req, &args[1], 2);
	}
	for (uint32_t i = 0; i + 1 < argc; i++) {
		if (!rc_arg_key(b->codec, b->req, &args[i], i + 1, i == 0)) {
			return false;
		}
	}
	return arg_timeout(b->req, &args[argc - 1], argc);
}

/* brpoplpush($srckey, $dstkey, int $timeout) */
bool rc_build_brpoplpush(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 3, 3) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& rc_arg_key(b->codec, b->req, &args[1], 2, false) && arg_timeout(b->req, &args[2], 3);
}

/* blmove($src, $dst, $wherefrom, $whereto, float $timeout): LMOVE's arguments, then the
 * timeout. */
bool rc_build_blmove(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 5, 5) && rc_build_lmove(b, args, 4) && arg_timeout(b->req, &args[4], 5);
}

/* LMPOP's and ZMPOP's tail: numkeys key ... LEFT|RIGHT (MIN|MAX) [COUNT n]. */
static bool mpop_tail(rc_build *b, zval *args, uint32_t argc, uint32_t first, const char *a, const char *z)
{
	zend_long count = 1;
	zend_string *from;
	uint32_t n = first + 1;

	if (!rc_arg_count(argc, first + 2, first + 3)) {
		return false;
	}
	if (Z_TYPE(args[first]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(n, Z_EXPECTED_ARRAY, &args[first]);
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, (zend_long)zend_hash_num_elements(Z_ARRVAL(args[first])));
	if (!arg_key_array(b, &args[first], n)) {
		return false;
	}
	from = zval_get_string(&args[first + 1]);
	if (strcasecmp(ZSTR_VAL(from), a) != 0 && strcasecmp(ZSTR_VAL(from), z) != 0) {
		zend_string_release(from);
		zend_argument_value_error(n + 1, "must be either '%s' or '%s'", a, z);
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, from);
	zend_string_release(from);
	if (argc == first + 3 && !rc_arg_long(&args[first + 2], n + 2, &count)) {
		return false;
	}
	if (count != 1) {
		rc_cmd_arg(&b->req->cmd, "COUNT", 5);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}

/* lmpop(array $keys, string $from, int $count = 1) */
bool rc_build_lmpop(rc_build *b, zval *args, uint32_t argc)
{
	return mpop_tail(b, args, argc, 0, "LEFT", "RIGHT");
}

/* zmpop(array $keys, string $from, int $count = 1) */
bool rc_build_zmpop(rc_build *b, zval *args, uint32_t argc)
{
	return mpop_tail(b, args, argc, 0, "MIN", "MAX");
}

/* blmpop(float $timeout, array $keys, string $from, int $count = 1) */
bool rc_build_blmpop(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 3, 4) && arg_timeout(b->req, &args[0], 1) && mpop_tail(b, args, argc, 1, "LEFT", "RIGHT");
}

/* bzmpop(float $timeout, array $keys, string $from, int $count = 1) */
bool rc_build_bzmpop(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 3, 4) && arg_timeout(b->req, &args[0], 1) && mpop_tail(b, args, argc, 1, "MIN", "MAX");
}
