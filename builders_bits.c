/* Builders for the bit commands. Each adds a method's PHP arguments to its request (after
 * the command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

static bool arg_bool(zval *arg, uint32_t num, bool *out)
{
	bool is_null;

	if (!zend_parse_arg_bool(arg, out, &is_null, false, num)) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_BOOL, arg);
		return false;
	}
	return true;
}

/* bitcount($key, $start = 0, $end = -1, $bybit = false): the range is always sent, BIT
 * (Redis 7) when $bybit. */
bool rc_build_bitcount(rc_build *b, zval *args, uint32_t argc)
{
	zend_long start = 0, end = -1;
	bool bybit = false;

	if (!rc_arg_count(argc, 1, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| (argc > 1 && !rc_arg_long(&args[1], 2, &start)) || (argc > 2 && !rc_arg_long(&args[2], 3, &end))
		|| (argc > 3 && !arg_bool(&args[3], 4, &bybit))) {
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, start);
	rc_cmd_arg_long(&b->req->cmd, end);
	if (bybit) {
		rc_cmd_arg(&b->req->cmd, "BIT", 3);
	}
	return true;
}

/* bitpos($key, $bit, $start = 0, $end = -1, $bybit = false): the range only when a start
 * is given, as phpredis sends it. */
bool rc_build_bitpos(rc_build *b, zval *args, uint32_t argc)
{
	zend_long start = 0, end = -1;
	bool bit, bybit = false;

	if (!rc_arg_count(argc, 2, 5) || !rc_arg_key(b->codec, b->req, &args[0], 1, true) || !arg_bool(&args[1], 2, &bit)
		|| (argc > 2 && !rc_arg_long(&args[2], 3, &start)) || (argc > 3 && !rc_arg_long(&args[3], 4, &end))
		|| (argc > 4 && !arg_bool(&args[4], 5, &bybit))) {
		return false;
	}
	rc_cmd_arg(&b->req->cmd, bit ? "1" : "0", 1);
	if (argc > 2) {
		rc_cmd_arg_long(&b->req->cmd, start);
		rc_cmd_arg_long(&b->req->cmd, end);
	}
	if (bybit) {
		rc_cmd_arg(&b->req->cmd, "BIT", 3);
	}
	return true;
}

/* bitop($operation, $deskey, $srckey, ...$otherkeys): every key in the destination's slot. */
bool rc_build_bitop(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *op;

	if (!rc_arg_count(argc, 3, UINT32_MAX)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[0], &op, false, 1)) {
		zend_wrong_parameter_type_error(1, Z_EXPECTED_STRING, &args[0]);
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, op);
	for (uint32_t i = 1; i < argc; i++) {
		if (!rc_arg_key(b->codec, b->req, &args[i], i + 1, i == 1)) {
			return false;
		}
	}
	return true;
}
