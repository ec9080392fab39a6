/* Builders for scripting, raw commands and server commands. Each adds a method's PHP arguments to its request (after the
 * command name) as the table row says, raising the PHP error and returning false when
 * it refuses them. */
#include "builders.h"

#include "ext/standard/php_mt_rand.h"

/* eval($script, $args = [], $num_keys = 0): routed by the first key; keys are prefixed,
 * the other arguments sent as they are. */
bool rc_build_eval(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *script;
	zend_long num_keys = 0;
	HashTable *list = NULL;
	uint32_t i = 0;
	zval *arg;

	if (!rc_arg_count(argc, 1, 3)) {
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
	if (argc == 3 && !rc_arg_long(&args[2], 3, &num_keys)) {
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
bool rc_build_rawcommand(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *name;

	if (!rc_arg_count(argc, 2, UINT32_MAX) || !rc_arg_route(b->c, b->codec, b->req, &args[0], 1)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[1], &name, false, 2)) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_STRING, &args[1]);
		return false;
	}
	/* The command name replaces the placeholder the request was created with. */
	rc_cmd_restart(&b->req->cmd, ZSTR_VAL(name), ZSTR_LEN(name));
	b->req->taints = changes_session(name, argc > 2 ? &args[2] : NULL);
	for (uint32_t i = 2; i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return true;
}

/* flushdb($key_or_address, $async = false) and flushall() */
bool rc_build_flush(rc_build *b, zval *args, uint32_t argc)
{
	bool async = false, is_null;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_route(b->c, b->codec, b->req, &args[0], 1)) {
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

/* The node ($key_or_address) and a subcommand: its name returned, NULL when refused. */
static zend_string *route_and_subcommand(rc_build *b, zval *args, uint32_t argc, uint32_t max)
{
	zend_string *sub;

	if (!rc_arg_count(argc, 2, max) || !rc_arg_route(b->c, b->codec, b->req, &args[0], 1)) {
		return NULL;
	}
	if (!zend_parse_arg_str(&args[1], &sub, false, 2)) {
		zend_wrong_parameter_type_error(2, Z_EXPECTED_STRING, &args[1]);
		return NULL;
	}
	rc_cmd_arg_str(&b->req->cmd, sub);
	return sub;
}

/* acl($key_or_address, $subcmd, ...$args): GETUSER as a map, LOG as a list of maps, the
 * rest as read. The subcommands that only look may go to a replica. */
bool rc_build_acl(rc_build *b, zval *args, uint32_t argc)
{
	static const char *const looks[] = {"LIST", "USERS", "GETUSER", "CAT", "GENPASS", "WHOAMI", "LOG"};
	zend_string *sub = route_and_subcommand(b, args, argc, UINT32_MAX);

	if (sub == NULL) {
		return false;
	}
	b->req->readonly = in_list(ZSTR_VAL(sub), looks, sizeof(looks) / sizeof(looks[0]));
	if (zend_string_equals_literal_ci(sub, "getuser")) {
		*b->reply = RC_REPLY_MAP;
	} else if (zend_string_equals_literal_ci(sub, "log")) {
		*b->reply = RC_REPLY_MAPS;
	}
	for (uint32_t i = 2; i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return true;
}

/* client($key_or_address, $subcommand, $arg = null): the subcommands phpredis's
 * RedisCluster offers, LIST parsed, KILL and SETNAME true or false, GETNAME the name. */
bool rc_build_client(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = route_and_subcommand(b, args, argc, 3);

	if (sub == NULL) {
		return false;
	}
	if (zend_string_equals_literal_ci(sub, "list")) {
		*b->reply = RC_REPLY_CLIENTS;
	} else if (zend_string_equals_literal_ci(sub, "kill") || zend_string_equals_literal_ci(sub, "setname")) {
		*b->reply = RC_REPLY_BOOL;
		/* A named connection is not a clean one for the next user of the pool. */
		b->req->taints = zend_string_equals_literal_ci(sub, "setname");
	} else if (zend_string_equals_literal_ci(sub, "getname")) {
		*b->reply = RC_REPLY_STRING;
	} else {
		php_error_docref(NULL, E_WARNING, "Invalid CLIENT subcommand (LIST, KILL, GETNAME, and SETNAME are valid");
		return false;
	}
	if (argc == 3 && Z_TYPE(args[2]) != IS_NULL) {
		rc_arg_string(b->req, &args[2]);
	}
	return true;
}

/* script($key_or_address, ...$args): LOAD $script, EXISTS $sha..., FLUSH [SYNC|ASYNC],
 * KILL, on the one node given. Other forms are false, nothing sent, as phpredis does. */
bool rc_build_script(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = route_and_subcommand(b, args, argc, UINT32_MAX);
	bool ok;

	if (sub == NULL) {
		return false;
	}
	if (zend_string_equals_literal_ci(sub, "flush")) {
		ok = argc == 2
			|| (argc == 3 && Z_TYPE(args[2]) == IS_STRING
				&& (!strcasecmp(Z_STRVAL(args[2]), "sync") || !strcasecmp(Z_STRVAL(args[2]), "async")));
	} else if (zend_string_equals_literal_ci(sub, "kill")) {
		ok = argc == 2;
	} else if (zend_string_equals_literal_ci(sub, "load")) {
		ok = argc == 3 && Z_TYPE(args[2]) == IS_STRING;
	} else {
		ok = zend_string_equals_literal_ci(sub, "exists") && argc >= 3;
	}
	for (uint32_t i = 2; ok && i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return ok;
}

/* waitaof($key_or_address, $numlocal, $numreplicas, $timeout): none may be negative. */
bool rc_build_waitaof(rc_build *b, zval *args, uint32_t argc)
{
	zend_long vals[3];

	if (!rc_arg_count(argc, 4, 4) || !rc_arg_route(b->c, b->codec, b->req, &args[0], 1)) {
		return false;
	}
	for (uint32_t i = 0; i < 3; i++) {
		if (!rc_arg_long(&args[i + 1], i + 2, &vals[i])) {
			return false;
		}
	}
	if (vals[0] < 0 || vals[1] < 0 || vals[2] < 0) {
		php_error_docref(NULL, E_WARNING, "No arguments can be negative");
		return false;
	}
	for (uint32_t i = 0; i < 3; i++) {
		rc_cmd_arg_long(&b->req->cmd, vals[i]);
	}
	return true;
}
