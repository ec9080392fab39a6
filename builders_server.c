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

/* rawcommand([$key_or_address,] $command, ...$args): arguments sent as strings. */
bool rc_build_rawcommand(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *name;

	if (!rc_args_count(b, argc, 1, UINT32_MAX)) {
		return false;
	}
	if (!zend_parse_arg_str(&args[0], &name, false, b->base + 1)) {
		zend_wrong_parameter_type_error(b->base + 1, Z_EXPECTED_STRING, &args[0]);
		return false;
	}
	/* The command name replaces the placeholder the request was created with. */
	rc_cmd_restart(&b->req->cmd, ZSTR_VAL(name), ZSTR_LEN(name));
	b->req->taints = changes_session(name, argc > 1 ? &args[1] : NULL);
	for (uint32_t i = 1; i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return true;
}

/* flushdb() and flushall(): RedisCluster's ($key_or_address, $async = false), Redis's
 * ($sync = null) */
bool rc_build_flush(rc_build *b, zval *args, uint32_t argc)
{
	bool async = false, is_null;

	bool given = argc == 1 && Z_TYPE(args[0]) != IS_NULL;

	if (!rc_args_count(b, argc, 0, 1)) {
		return false;
	}
	if (given && !zend_parse_arg_bool(&args[0], &async, &is_null, false, b->base + 1)) {
		zend_wrong_parameter_type_error(b->base + 1, Z_EXPECTED_BOOL, &args[0]);
		return false;
	}
	if (!b->c->standalone) {
		/* RedisCluster's flushdb($node, bool $async = false) */
		if (async) {
			rc_cmd_arg(&b->req->cmd, "ASYNC", 5);
		}
	} else if (given) {
		/* Redis's flushDB(?bool $sync = null): true SYNC, false ASYNC, null the default. */
		rc_cmd_arg(&b->req->cmd, async ? "SYNC" : "ASYNC", async ? 4 : 5);
	}
	return true;
}

/* A subcommand: its name returned, NULL when refused. */
static zend_string *subcommand(rc_build *b, zval *args, uint32_t argc, uint32_t max)
{
	zend_string *sub;

	if (!rc_args_count(b, argc, 1, max)) {
		return NULL;
	}
	if (!zend_parse_arg_str(&args[0], &sub, false, b->base + 1)) {
		zend_wrong_parameter_type_error(b->base + 1, Z_EXPECTED_STRING, &args[0]);
		return NULL;
	}
	rc_cmd_arg_str(&b->req->cmd, sub);
	return sub;
}

/* acl([$key_or_address,] $subcmd, ...$args): GETUSER as a map, LOG as a list of maps, the
 * rest as read. The subcommands that only look may go to a replica. */
bool rc_build_acl(rc_build *b, zval *args, uint32_t argc)
{
	static const char *const looks[] = {"LIST", "USERS", "GETUSER", "CAT", "GENPASS", "WHOAMI", "LOG"};
	zend_string *sub = subcommand(b, args, argc, UINT32_MAX);

	if (sub == NULL) {
		return false;
	}
	b->req->readonly = in_list(ZSTR_VAL(sub), looks, sizeof(looks) / sizeof(looks[0]));
	if (zend_string_equals_literal_ci(sub, "getuser")) {
		*b->reply = RC_REPLY_MAP;
	} else if (zend_string_equals_literal_ci(sub, "log")) {
		*b->reply = RC_REPLY_MAPS;
	}
	for (uint32_t i = 1; i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return true;
}

/* An options array of CLIENT TRACKING (and the like), as phpredis 6 takes it: a name
 * => true is the flag (optin, bcast...), a name => value the option and its value, a
 * name => [v, ...] the option once per value (prefix). */
static void client_options(rc_req *req, HashTable *opts)
{
	zend_string *name;
	zval *val, *each;

	ZEND_HASH_FOREACH_STR_KEY_VAL(opts, name, val) {
		char word[32];
		size_t len;

		if (name == NULL || ZSTR_LEN(name) >= sizeof(word) || Z_TYPE_P(val) == IS_FALSE || Z_TYPE_P(val) == IS_NULL) {
			continue;
		}
		len = ZSTR_LEN(name);
		zend_str_toupper_copy(word, ZSTR_VAL(name), len);
		if (Z_TYPE_P(val) == IS_TRUE) {
			rc_cmd_arg(&req->cmd, word, len);
		} else if (Z_TYPE_P(val) == IS_ARRAY) {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(val), each) {
				rc_cmd_arg(&req->cmd, word, len);
				rc_arg_string(req, each);
			} ZEND_HASH_FOREACH_END();
		} else {
			rc_cmd_arg(&req->cmd, word, len);
			rc_arg_string(req, val);
		}
	} ZEND_HASH_FOREACH_END();
}

/* client(): RedisCluster's ($key_or_address, $subcommand, $arg = null) takes the
 * subcommands phpredis's RedisCluster offers, Redis's ($opt, ...$args) any. LIST is
 * parsed, KILL and SETNAME are true or false, GETNAME the name, the rest as read. */
bool rc_build_client(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = subcommand(b, args, argc, b->c->standalone ? UINT32_MAX : 2);

	if (sub == NULL) {
		return false;
	}
	if (zend_string_equals_literal_ci(sub, "list")) {
		*b->reply = RC_REPLY_CLIENTS;
	} else if (zend_string_equals_literal_ci(sub, "kill") && b->c->standalone && argc > 2) {
		/* The filter form (KILL ID n, KILL USER u...): how many were killed. */
		*b->reply = RC_REPLY_LONG;
	} else if (zend_string_equals_literal_ci(sub, "kill") || zend_string_equals_literal_ci(sub, "setname")) {
		*b->reply = RC_REPLY_BOOL;
		/* A named connection is not a clean one for the next user of the pool. */
		b->req->taints = zend_string_equals_literal_ci(sub, "setname");
	} else if (zend_string_equals_literal_ci(sub, "getname")) {
		*b->reply = RC_REPLY_STRING;
	} else if (b->c->standalone && zend_string_equals_literal_ci(sub, "trackinginfo")) {
		*b->reply = RC_REPLY_MAP;
	} else if (!b->c->standalone) {
		php_error_docref(NULL, E_WARNING, "Invalid CLIENT subcommand (LIST, KILL, GETNAME, and SETNAME are valid");
		return false;
	} else {
		b->req->taints = !zend_string_equals_literal_ci(sub, "id") && !zend_string_equals_literal_ci(sub, "info");
	}
	for (uint32_t i = 1; i < argc; i++) {
		if (Z_TYPE(args[i]) == IS_ARRAY) {
			client_options(b->req, Z_ARRVAL(args[i]));
		} else if (Z_TYPE(args[i]) != IS_NULL) {
			rc_arg_string(b->req, &args[i]);
		}
	}
	return true;
}

/* script([$key_or_address,] ...$args): LOAD $script, EXISTS $sha..., FLUSH [SYNC|ASYNC],
 * KILL. Other forms are false, nothing sent, as phpredis does. */
bool rc_build_script(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = subcommand(b, args, argc, UINT32_MAX);
	bool ok;

	if (sub == NULL) {
		return false;
	}
	if (zend_string_equals_literal_ci(sub, "flush")) {
		ok = argc == 1
			|| (argc == 2 && Z_TYPE(args[1]) == IS_STRING
				&& (!strcasecmp(Z_STRVAL(args[1]), "sync") || !strcasecmp(Z_STRVAL(args[1]), "async")));
	} else if (zend_string_equals_literal_ci(sub, "kill")) {
		ok = argc == 1;
	} else if (zend_string_equals_literal_ci(sub, "load")) {
		ok = argc == 2 && Z_TYPE(args[1]) == IS_STRING;
	} else {
		ok = zend_string_equals_literal_ci(sub, "exists") && argc >= 2;
	}
	for (uint32_t i = 1; ok && i < argc; i++) {
		rc_arg_string(b->req, &args[i]);
	}
	return ok;
}

/* waitaof([$key_or_address,] $numlocal, $numreplicas, $timeout): none may be negative. */
bool rc_build_waitaof(rc_build *b, zval *args, uint32_t argc)
{
	zend_long vals[3];

	if (!rc_args_count(b, argc, 3, 3)) {
		return false;
	}
	for (uint32_t i = 0; i < 3; i++) {
		if (!rc_arg_long(&args[i], b->base + i + 1, &vals[i])) {
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

/* The commands of one standalone server (the Redis class) */

/* replicaof($host = null, $port = 6379) and slaveof(): no host is NO ONE. */
bool rc_build_replicaof(rc_build *b, zval *args, uint32_t argc)
{
	zend_long port = 6379;
	zend_string *host;

	if (!rc_arg_count(argc, 0, 2)) {
		return false;
	}
	if (argc == 0 || Z_TYPE(args[0]) == IS_NULL) {
		rc_cmd_arg(&b->req->cmd, "NO", 2);
		rc_cmd_arg(&b->req->cmd, "ONE", 3);
		return true;
	}
	if (!zend_parse_arg_str(&args[0], &host, false, 1)) {
		zend_wrong_parameter_type_error(1, Z_EXPECTED_STRING_OR_NULL, &args[0]);
		return false;
	}
	if (argc == 2 && !rc_arg_long(&args[1], 2, &port)) {
		return false;
	}
	if (port < 1 || port > 65535) {
		zend_argument_value_error(2, "must be between 1 and 65535");
		return false;
	}
	rc_cmd_arg_str(&b->req->cmd, host);
	rc_cmd_arg_long(&b->req->cmd, port);
	return true;
}

/* failover($to = null, $abort = false, $timeout = 0): $to is ['host' => h, 'port' => p]
 * with 'force' => true for FORCE. */
bool rc_build_failover(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *to;
	zend_long timeout = 0;
	zval *host, *port, *force;

	if (!rc_arg_count(argc, 0, 3) || !rc_arg_opt_array(args, argc, 0, &to)
		|| (argc > 2 && !rc_arg_long(&args[2], 3, &timeout))) {
		return false;
	}
	if (to) {
		host = zend_hash_str_find(to, "host", 4);
		port = zend_hash_str_find(to, "port", 4);
		if (host == NULL || port == NULL) {
			zend_argument_value_error(1, "must contain 'host' and 'port'");
			return false;
		}
		rc_cmd_arg(&b->req->cmd, "TO", 2);
		rc_arg_string(b->req, host);
		rc_cmd_arg_long(&b->req->cmd, zval_get_long(port));
		force = zend_hash_str_find(to, "force", 5);
		if (force && zend_is_true(force)) {
			rc_cmd_arg(&b->req->cmd, "FORCE", 5);
		}
	}
	if (argc > 1 && zend_is_true(&args[1])) {
		rc_cmd_arg(&b->req->cmd, "ABORT", 5);
	}
	if (timeout > 0) {
		rc_cmd_arg(&b->req->cmd, "TIMEOUT", 7);
		rc_cmd_arg_long(&b->req->cmd, timeout);
	}
	return true;
}

/* fcall($fn, $keys = [], $args = []) and fcall_ro(): the keys prefixed, the arguments as
 * strings. */
bool rc_build_fcall(rc_build *b, zval *args, uint32_t argc)
{
	HashTable *keys, *fargs;
	zval *arg;

	if (!rc_arg_count(argc, 1, 3) || !rc_arg_opt_array(args, argc, 1, &keys)
		|| !rc_arg_opt_array(args, argc, 2, &fargs)) {
		return false;
	}
	rc_arg_string(b->req, &args[0]);
	rc_cmd_arg_long(&b->req->cmd, keys ? zend_hash_num_elements(keys) : 0);
	if (keys && zend_hash_num_elements(keys) > 0 && !rc_arg_key_array(b, &args[1], 2, true)) {
		return false;
	}
	if (fargs) {
		ZEND_HASH_FOREACH_VAL(fargs, arg) {
			rc_arg_string(b->req, arg);
		} ZEND_HASH_FOREACH_END();
	}
	return true;
}

bool rc_credentials(zval *cred, zend_string **user, zend_string **pass)
{
	zval *u = NULL, *p = NULL;

	*user = *pass = NULL;
	if (Z_TYPE_P(cred) == IS_ARRAY) {
		HashTable *ht = Z_ARRVAL_P(cred);

		if ((u = zend_hash_str_find(ht, "user", 4)) || (p = zend_hash_str_find(ht, "pass", 4))) {
			p = zend_hash_str_find(ht, "pass", 4);
		} else if (zend_hash_num_elements(ht) == 2) {
			u = zend_hash_index_find(ht, 0);
			p = zend_hash_index_find(ht, 1);
		} else if (zend_hash_num_elements(ht) == 1) {
			p = zend_hash_index_find(ht, 0);
		}
	} else {
		p = cred;
	}
	if (p == NULL || (Z_TYPE_P(p) != IS_STRING && Z_TYPE_P(p) != IS_LONG)
		|| (u && Z_TYPE_P(u) != IS_STRING && Z_TYPE_P(u) != IS_NULL)) {
		return false;
	}
	if (u && Z_TYPE_P(u) == IS_STRING) {
		*user = zend_string_copy(Z_STR_P(u));
	}
	/* A copy of our own: the caller wipes it when done, and the user's string stays theirs. */
	zend_string *given = zval_get_string(p);
	*pass = zend_string_init(ZSTR_VAL(given), ZSTR_LEN(given), 0);
	zend_string_release(given);
	return true;
}

void rc_credentials_free(zend_string *user, zend_string *pass)
{
	if (user) {
		zend_string_release(user);
	}
	if (pass) {
		ZEND_SECURE_ZERO(ZSTR_VAL(pass), ZSTR_LEN(pass));
		zend_string_release(pass);
	}
}

/* migrate($host, $port, $key_or_keys, $dstdb, $timeout, $copy = false, $replace = false,
 * $credentials = null): several keys go after KEYS, with "" in the key's place. */
bool rc_build_migrate(rc_build *b, zval *args, uint32_t argc)
{
	zend_long port, db, timeout;
	zend_string *user, *pass;

	if (!rc_arg_count(argc, 5, 8) || !rc_arg_long(&args[1], 2, &port) || !rc_arg_long(&args[3], 4, &db)
		|| !rc_arg_long(&args[4], 5, &timeout)) {
		return false;
	}
	rc_arg_string(b->req, &args[0]);
	rc_cmd_arg_long(&b->req->cmd, port);
	if (Z_TYPE(args[2]) == IS_ARRAY) {
		rc_cmd_arg(&b->req->cmd, "", 0);
	} else if (!rc_arg_key(b->codec, b->req, &args[2], 3, true)) {
		return false;
	}
	rc_cmd_arg_long(&b->req->cmd, db);
	rc_cmd_arg_long(&b->req->cmd, timeout);
	if (argc > 5 && zend_is_true(&args[5])) {
		rc_cmd_arg(&b->req->cmd, "COPY", 4);
	}
	if (argc > 6 && zend_is_true(&args[6])) {
		rc_cmd_arg(&b->req->cmd, "REPLACE", 7);
	}
	if (argc > 7 && Z_TYPE(args[7]) != IS_NULL) {
		if (!rc_credentials(&args[7], &user, &pass)) {
			zend_argument_value_error(8, "must be a password, [password] or [user, password]");
			return false;
		}
		rc_cmd_arg(&b->req->cmd, user ? "AUTH2" : "AUTH", user ? 5 : 4);
		if (user) {
			rc_cmd_arg_str(&b->req->cmd, user);
		}
		rc_cmd_arg_str(&b->req->cmd, pass);
		rc_credentials_free(user, pass);
	}
	if (Z_TYPE(args[2]) == IS_ARRAY) {
		if (zend_hash_num_elements(Z_ARRVAL(args[2])) == 0) {
			zend_argument_value_error(3, "must not be empty");
			return false;
		}
		rc_cmd_arg(&b->req->cmd, "KEYS", 4);
		return rc_arg_key_array(b, &args[2], 3, true);
	}
	return true;
}

/* pubsub(): RedisCluster's ($key_or_address, ...$values), the reply as read; Redis's
 * ($command, $arg = null), with $arg a pattern (CHANNELS) or a list of channels (NUMSUB,
 * the reply then [channel => count]). Channels are sent as given. */
bool rc_build_pubsub(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = subcommand(b, args, argc, b->c->standalone ? 2 : UINT32_MAX);
	zval *ch;

	if (sub == NULL) {
		return false;
	}
	if (!b->c->standalone) {
		for (uint32_t i = 1; i < argc; i++) {
			rc_arg_string(b->req, &args[i]);
		}
		return true;
	}
	if (zend_string_equals_literal_ci(sub, "numsub")) {
		*b->reply = RC_REPLY_MAP;
	}
	if (argc == 2 && Z_TYPE(args[1]) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(args[1]), ch) {
			rc_arg_string(b->req, ch);
		} ZEND_HASH_FOREACH_END();
	} else if (argc == 2 && Z_TYPE(args[1]) != IS_NULL) {
		rc_arg_string(b->req, &args[1]);
	}
	return true;
}

/* config(): RedisCluster's ($key_or_address, $subcommand, ...$args), the reply as read;
 * Redis's ($operation, $key_or_settings = null, $value = null): GET of a name or a list
 * of names gives [name => value], SET a name and a value or [name => value, ...]. */
bool rc_build_config(rc_build *b, zval *args, uint32_t argc)
{
	zend_string *sub = subcommand(b, args, argc, b->c->standalone ? 3 : UINT32_MAX);
	zend_string *name;
	zval *val;

	if (sub == NULL) {
		return false;
	}
	if (!b->c->standalone || argc == 1) {
		for (uint32_t i = 1; i < argc; i++) {
			rc_arg_string(b->req, &args[i]);
		}
		return true;
	}
	if (zend_string_equals_literal_ci(sub, "get")) {
		*b->reply = RC_REPLY_MAP;
	} else if (zend_string_equals_literal_ci(sub, "set")) {
		*b->reply = RC_REPLY_BOOL;
	}
	if (Z_TYPE(args[1]) != IS_ARRAY) {
		for (uint32_t i = 1; i < argc; i++) {
			if (Z_TYPE(args[i]) != IS_NULL) {
				rc_arg_string(b->req, &args[i]);
			}
		}
		return true;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(args[1]), name, val) {
		if (name && zend_string_equals_literal_ci(sub, "set")) {
			rc_cmd_arg_str(&b->req->cmd, name);
		}
		rc_arg_string(b->req, val);
	} ZEND_HASH_FOREACH_END();
	return true;
}
