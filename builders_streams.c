/* Builders for streams (X*). Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when it
 * refuses them. Where phpredis refuses arguments without a word (an empty list of ids, a
 * missing group), so do these: false, nothing sent. */
#include "builders.h"

#include "ext/standard/php_mt_rand.h"

/* A non-empty array of strings (ids), each added; false when empty or not an array. */
static bool add_id_list(rc_req *req, zval *arg, uint32_t num)
{
	zval *id;

	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_ARRAY, arg);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(arg)) == 0) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arg), id) {
		rc_arg_string(req, id);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* An optional integer argument: `fallback` when absent or null. */
static bool opt_long(zval *args, uint32_t argc, uint32_t i, zend_long fallback, zend_long *out)
{
	*out = fallback;
	if (i >= argc || Z_TYPE(args[i]) == IS_NULL) {
		return true;
	}
	return rc_arg_long(&args[i], i + 1, out);
}

/* xadd($key, $id, $values, $maxlen = 0, $approx = false, $nomkstream = false) */
bool rc_build_xadd(rc_build *b, zval *args, uint32_t argc)
{
	zend_long maxlen;

	if (!rc_arg_count(argc, 3, 6) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !opt_long(args, argc, 3, 0, &maxlen)) {
		return false;
	}
	if (Z_TYPE(args[2]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(3, Z_EXPECTED_ARRAY, &args[2]);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL(args[2])) == 0) {
		return false;
	}
	if (argc == 6 && zend_is_true(&args[5])) {
		/* Redis's $nomkstream (RedisCluster's stub stops at $approx) */
		rc_cmd_arg(&b->req->cmd, "NOMKSTREAM", 10);
	}
	if (maxlen > 0) {
		rc_cmd_arg(&b->req->cmd, "MAXLEN", 6);
		if (argc == 5 && zend_is_true(&args[4])) {
			rc_cmd_arg(&b->req->cmd, "~", 1);
		}
		rc_cmd_arg_long(&b->req->cmd, maxlen);
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_fields(b->codec, b->req, Z_ARRVAL(args[2]));
	return true;
}

/* xrange($key, $start, $end, $count = -1) and xrevrange() */
bool rc_build_xrange(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!rc_arg_count(argc, 3, 4) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !opt_long(args, argc, 3, -1, &count)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	if (count >= 0) {
		rc_cmd_arg(&b->req->cmd, "COUNT", 5);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	return true;
}

/* xdel($key, $ids) */
bool rc_build_xdel(rc_build *b, zval *args, uint32_t argc)
{
	return rc_arg_count(argc, 2, 2) && rc_arg_key(b->codec, b->req, &args[0], 1, true)
		&& add_id_list(b->req, &args[1], 2);
}

/* xack($key, $group, $ids) */
bool rc_build_xack(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 3, 3) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	return add_id_list(b->req, &args[2], 3);
}

/* xtrim($key, $maxlen, $approx = false, $minid = false, $limit = -1): the threshold is a
 * length, or with $minid an id. LIMIT goes only with $approx; the server refuses it
 * otherwise, and says so. */
bool rc_build_xtrim(rc_build *b, zval *args, uint32_t argc)
{
	zend_long limit;

	if (!rc_arg_count(argc, 2, 5) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !opt_long(args, argc, 4, -1, &limit)) {
		return false;
	}
	if (argc >= 4 && zend_is_true(&args[3])) {
		rc_cmd_arg(&b->req->cmd, "MINID", 5);
	} else {
		rc_cmd_arg(&b->req->cmd, "MAXLEN", 6);
	}
	if (argc >= 3 && zend_is_true(&args[2])) {
		rc_cmd_arg(&b->req->cmd, "~", 1);
	}
	rc_arg_string(b->req, &args[1]);
	if (limit >= 0) {
		rc_cmd_arg(&b->req->cmd, "LIMIT", 5);
		rc_cmd_arg_long(&b->req->cmd, limit);
	}
	return true;
}

/* [stream => id, ...]: STREAMS, then the keys (one slot, as every multi-key command),
 * then the ids. Nothing to read is a quiet false, as in phpredis. */
static bool add_streams(rc_build *b, zval *arg, uint32_t num)
{
	zend_string *name;
	zend_ulong index;
	zval *id, key;
	bool ok = true, first = true;

	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_ARRAY, arg);
		return false;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(arg)) == 0) {
		return false;
	}
	rc_cmd_arg(&b->req->cmd, "STREAMS", 7);
	ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(arg), index, name) {
		ZVAL_STR(&key, name ? zend_string_copy(name) : zend_long_to_str((zend_long)index));
		ok = ok && rc_arg_key(b->codec, b->req, &key, num, first);
		first = false;
		zval_ptr_dtor(&key);
	} ZEND_HASH_FOREACH_END();
	if (!ok) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arg), id) {
		rc_arg_string(b->req, id);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* COUNT and BLOCK of XREAD / XREADGROUP, each left out when negative. A blocking read
 * may wait that long for its reply: the engine's read waits as much more (rc_req.block). */
static void add_count_block(rc_req *req, zend_long count, zend_long block)
{
	if (count >= 0) {
		rc_cmd_arg(&req->cmd, "COUNT", 5);
		rc_cmd_arg_long(&req->cmd, count);
	}
	if (block >= 0) {
		rc_cmd_arg(&req->cmd, "BLOCK", 5);
		rc_cmd_arg_long(&req->cmd, block);
		req->block = (double)block / 1000.0;
	}
}

/* xread($streams, $count = -1, $block = -1) */
bool rc_build_xread(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count, block;

	if (!rc_arg_count(argc, 1, 3) || !opt_long(args, argc, 1, -1, &count) || !opt_long(args, argc, 2, -1, &block)) {
		return false;
	}
	add_count_block(b->req, count, block);
	return add_streams(b, &args[0], 1);
}

/* xreadgroup($group, $consumer, $streams, $count = 1, $block = 1): as in phpredis, COUNT
 * and BLOCK are sent only when given. */
bool rc_build_xreadgroup(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count, block;

	if (!rc_arg_count(argc, 3, 5) || !opt_long(args, argc, 3, -1, &count) || !opt_long(args, argc, 4, -1, &block)) {
		return false;
	}
	rc_cmd_arg(&b->req->cmd, "GROUP", 5);
	rc_arg_string(b->req, &args[0]);
	rc_arg_string(b->req, &args[1]);
	add_count_block(b->req, count, block);
	return add_streams(b, &args[2], 3);
}

/* xpending($key, $group, $start = null, $end = null, $count = -1, $consumer = null): the
 * summary, or with $start, $end and $count the entries (of $consumer). A range without
 * both ends and a count is refused quietly, as phpredis does. */
bool rc_build_xpending(rc_build *b, zval *args, uint32_t argc)
{
	bool has_start = argc > 2 && Z_TYPE(args[2]) != IS_NULL, has_end = argc > 3 && Z_TYPE(args[3]) != IS_NULL;
	zend_long count;

	if (!rc_arg_count(argc, 2, 6) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !opt_long(args, argc, 4, -1, &count)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	if (!has_start && !has_end) {
		return true;
	}
	if (!has_start || !has_end || count < 0) {
		return false;
	}
	rc_arg_string(b->req, &args[2]);
	rc_arg_string(b->req, &args[3]);
	rc_cmd_arg_long(&b->req->cmd, count);
	if (argc > 5 && Z_TYPE(args[5]) != IS_NULL) {
		rc_arg_string(b->req, &args[5]);
	}
	return true;
}

/* XCLAIM's options: ['IDLE' => ms, 'TIME' => ms, 'RETRYCOUNT' => n, 'LASTID' => id,
 * 'FORCE', 'JUSTID'], names in any case; others are ignored, as phpredis ignores them. */
static void add_xclaim_options(rc_req *req, HashTable *opts)
{
	static const char *const valued[] = {"IDLE", "TIME", "RETRYCOUNT", "LASTID"};
	static const char *const flags[] = {"FORCE", "JUSTID"};
	zend_string *name;
	zval *val;

	ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, val) {
		for (size_t i = 0; name && i < sizeof(valued) / sizeof(valued[0]); i++) {
			if (!strcasecmp(ZSTR_VAL(name), valued[i])) {
				rc_cmd_arg(&req->cmd, valued[i], strlen(valued[i]));
				rc_arg_string(req, val);
			}
		}
		for (size_t i = 0; !name && Z_TYPE_P(val) == IS_STRING && i < sizeof(flags) / sizeof(flags[0]); i++) {
			if (!strcasecmp(Z_STRVAL_P(val), flags[i])) {
				rc_cmd_arg(&req->cmd, flags[i], strlen(flags[i]));
			}
		}
	} ZEND_HASH_FOREACH_END();
}

/* key, group, consumer, min-idle: the start of XCLAIM and XAUTOCLAIM. */
static bool add_claim_head(rc_build *b, zval *args)
{
	zend_long min_idle;

	if (!rc_arg_key(b->codec, b->req, &args[0], 1, true) || !rc_arg_long(&args[3], 4, &min_idle)) {
		return false;
	}
	rc_arg_string(b->req, &args[1]);
	rc_arg_string(b->req, &args[2]);
	rc_cmd_arg_long(&b->req->cmd, min_idle);
	return true;
}

/* xclaim($key, $group, $consumer, $min_idle, $ids, $options) */
bool rc_build_xclaim(rc_build *b, zval *args, uint32_t argc)
{
	if (!rc_arg_count(argc, 6, 6) || !add_claim_head(b, args) || !add_id_list(b->req, &args[4], 5)) {
		return false;
	}
	if (Z_TYPE(args[5]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(6, Z_EXPECTED_ARRAY, &args[5]);
		return false;
	}
	add_xclaim_options(b->req, Z_ARRVAL(args[5]));
	return true;
}

/* xautoclaim($key, $group, $consumer, $min_idle, $start, $count = -1, $justid = false) */
bool rc_build_xautoclaim(rc_build *b, zval *args, uint32_t argc)
{
	zend_long count;

	if (!rc_arg_count(argc, 5, 7) || !add_claim_head(b, args) || !opt_long(args, argc, 5, -1, &count)) {
		return false;
	}
	rc_arg_string(b->req, &args[4]);
	if (count >= 0) {
		rc_cmd_arg(&b->req->cmd, "COUNT", 5);
		rc_cmd_arg_long(&b->req->cmd, count);
	}
	if (argc == 7 && zend_is_true(&args[6])) {
		rc_cmd_arg(&b->req->cmd, "JUSTID", 6);
	}
	return true;
}

/* The subcommand of XGROUP / XINFO, upper-cased, when it is one of `known`; else a
 * warning. */
static zend_string *subcommand(zval *arg, const char *method, const char *const *known, size_t n)
{
	zend_string *op = zval_get_string(arg), *upper = zend_string_toupper(op);

	zend_string_release(op);
	for (size_t i = 0; i < n; i++) {
		if (zend_string_equals_cstr(upper, known[i], strlen(known[i]))) {
			return upper;
		}
	}
	php_error_docref(NULL, E_WARNING, "Unknown %s operation '%s'", method, ZSTR_VAL(upper));
	zend_string_release(upper);
	return NULL;
}

/* The string arguments from `from` to `to` (0-based, inclusive) are all given. */
static bool given(zval *args, uint32_t argc, uint32_t from, uint32_t to)
{
	for (uint32_t i = from; i <= to; i++) {
		if (i >= argc || Z_TYPE(args[i]) == IS_NULL) {
			return false;
		}
	}
	return true;
}

/* XGROUP's arguments after the subcommand: key, group, then the id or consumer for the
 * subcommands that take one; MKSTREAM and ENTRIESREAD for CREATE and SETID. */
static bool add_xgroup_args(rc_build *b, zend_string *op, zval *args, uint32_t argc)
{
	bool create = zend_string_equals_literal(op, "CREATE"), setid = zend_string_equals_literal(op, "SETID");
	bool third = !zend_string_equals_literal(op, "DESTROY");
	zend_long entries_read;

	if (!given(args, argc, 1, third ? 3 : 2) || !opt_long(args, argc, 5, -2, &entries_read)
		|| !rc_arg_key(b->codec, b->req, &args[1], 2, true)) {
		return false;
	}
	rc_arg_string(b->req, &args[2]);
	if (third) {
		rc_arg_string(b->req, &args[3]);
	}
	if (create && argc > 4 && zend_is_true(&args[4])) {
		rc_cmd_arg(&b->req->cmd, "MKSTREAM", 8);
	}
	if ((create || setid) && entries_read != -2) {
		rc_cmd_arg(&b->req->cmd, "ENTRIESREAD", 11);
		rc_cmd_arg_long(&b->req->cmd, entries_read);
	}
	return true;
}

/* xgroup($operation, $key = null, $group = null, $id_or_consumer = null, $mkstream = false,
 * $entries_read = -2): CREATE, SETID, DESTROY, CREATECONSUMER, DELCONSUMER, HELP. A
 * missing argument is a quiet false, as in phpredis. */
bool rc_build_xgroup(rc_build *b, zval *args, uint32_t argc)
{
	static const char *const ops[] = {"CREATE", "SETID", "DESTROY", "CREATECONSUMER", "DELCONSUMER", "HELP"};
	zend_string *op;
	bool ok;

	if (!rc_arg_count(argc, 1, 6) || (op = subcommand(&args[0], "XGROUP", ops, sizeof(ops) / sizeof(ops[0]))) == NULL) {
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, op);
	if (zend_string_equals_literal(op, "HELP")) {
		/* No key: any master answers. */
		b->req->slot = (uint16_t)php_mt_rand_range(0, RC_SLOTS - 1);
		ok = true;
	} else {
		ok = add_xgroup_args(b, op, args, argc);
	}
	zend_string_release(op);
	return ok;
}

/* xinfo($operation, $arg1 = null, $arg2 = null, $count = -1): STREAM key [FULL [COUNT n]],
 * GROUPS key, CONSUMERS key group, HELP (its lines as a list). What is missing is left
 * for the server to refuse, as phpredis does. */
bool rc_build_xinfo(rc_build *b, zval *args, uint32_t argc)
{
	static const char *const ops[] = {"STREAM", "GROUPS", "CONSUMERS", "HELP"};
	zend_string *op;
	zend_long count;
	bool ok = true;

	if (!rc_arg_count(argc, 1, 4) || (op = subcommand(&args[0], "XINFO", ops, sizeof(ops) / sizeof(ops[0]))) == NULL) {
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, op);
	if (zend_string_equals_literal(op, "HELP")) {
		*b->reply = RC_REPLY_RAW;
	}
	if (!given(args, argc, 1, 1)) {
		/* No key: any master answers. */
		b->req->slot = (uint16_t)php_mt_rand_range(0, RC_SLOTS - 1);
	} else if (!opt_long(args, argc, 3, -1, &count) || !rc_arg_key(b->codec, b->req, &args[1], 2, true)) {
		ok = false;
	} else if (given(args, argc, 2, 2)) {
		rc_arg_string(b->req, &args[2]);
		if (zend_string_equals_literal(op, "STREAM") && count >= 0) {
			rc_cmd_arg(&b->req->cmd, "COUNT", 5);
			rc_cmd_arg_long(&b->req->cmd, count);
		}
	}
	zend_string_release(op);
	return ok;
}
