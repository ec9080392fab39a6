/* The command table and the argument formats its rows are written in. The rows come
 * from command_list.h; the builders for arguments a format cannot say are in
 * builders_*.c. */
#include "builders.h"

#include "ext/standard/php_mt_rand.h"

/* Argument formats */

bool rc_arg_route(rc_cluster *c, const rc_codec *codec, rc_req *req, zval *arg, uint32_t num)
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
		rc_req_direct(req, c->topo, idx);
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

bool rc_arg_key(const rc_codec *codec, rc_req *req, zval *arg, uint32_t num, bool routes)
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

static bool format_counts(const char *format, uint32_t argc, uint32_t base)
{
	uint32_t min = base, max = base;
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
	if (argc + base < min || argc + base > max) {
		zend_wrong_parameters_count_error(min, max);
		return false;
	}
	return true;
}

static bool format_arg(const rc_codec *codec, rc_req *req, char spec, zval *arg, uint32_t num, bool *routed)
{
	zend_string *str;
	zend_long lval;
	double dval;
	bool bval, is_null;

	switch (spec) {
		case 'k':
			if (!rc_arg_key(codec, req, arg, num, !*routed)) {
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
		default:
			ZEND_UNREACHABLE();
			return false;
	}
}

static bool build_from_format(const rc_codec *codec, rc_req *req, const char *format, zval *args, uint32_t argc,
	uint32_t base, bool routed)
{
	const char *f = format;
	char last = 0;

	if (!format_counts(format, argc, base)) {
		return false;
	}
	for (uint32_t i = 0; i < argc; i++) {
		while (*f == '|') {
			f++;
		}
		char spec = (*f == '*' || *f == '+' || *f == '\0') ? last : *f++;
		if (!format_arg(codec, req, spec, &args[i], base + i + 1, &routed)) {
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

/* Arguments shared by the builders */

bool rc_arg_long(zval *arg, uint32_t num, zend_long *out)
{
	bool is_null;

	if (!zend_parse_arg_long(arg, out, &is_null, false, num)) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_LONG, arg);
		return false;
	}
	return true;
}

void rc_arg_string(rc_req *req, zval *arg)
{
	zend_string *str = zval_get_string(arg);
	rc_cmd_arg_str(&req->cmd, str);
	zend_string_release(str);
}

void rc_arg_fields(const rc_codec *codec, rc_req *req, HashTable *pairs)
{
	zend_string *field;
	zend_ulong index;
	zval *val;

	ZEND_HASH_FOREACH_KEY_VAL(pairs, index, field, val) {
		if (field) {
			rc_cmd_arg_str(&req->cmd, field);
		} else {
			rc_cmd_arg_long(&req->cmd, (zend_long)index);
		}
		rc_codec_value(codec, &req->cmd, val);
	} ZEND_HASH_FOREACH_END();
}

bool rc_arg_opt_array(zval *args, uint32_t argc, uint32_t idx, HashTable **out)
{
	*out = NULL;
	if (argc <= idx || Z_TYPE(args[idx]) == IS_NULL) {
		return true;
	}
	if (Z_TYPE(args[idx]) != IS_ARRAY) {
		zend_wrong_parameter_type_error(idx + 1, Z_EXPECTED_ARRAY_OR_NULL, &args[idx]);
		return false;
	}
	*out = Z_ARRVAL(args[idx]);
	return true;
}

bool rc_arg_key_array(rc_build *b, zval *arg, uint32_t num, bool routes)
{
	uint32_t i = 0;
	zval *key;

	if (Z_TYPE_P(arg) != IS_ARRAY) {
		zend_wrong_parameter_type_error(num, Z_EXPECTED_ARRAY, arg);
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(arg), key) {
		ZVAL_DEREF(key);
		if (!rc_arg_key(b->codec, b->req, key, num, routes && i++ == 0)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool rc_arg_numkeys(rc_build *b, zval *arg, uint32_t num, bool routes)
{
	if (Z_TYPE_P(arg) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(arg)) == 0) {
		/* phpredis's answer to nothing to do: false, nothing sent. */
		return false;
	}
	if (Z_TYPE_P(arg) == IS_ARRAY) {
		rc_cmd_arg_long(&b->req->cmd, zend_hash_num_elements(Z_ARRVAL_P(arg)));
	}
	return rc_arg_key_array(b, arg, num, routes);
}

bool rc_arg_random(rc_build *b, zval *args, uint32_t argc, const char *with, rc_reply_kind list, rc_reply_kind pairs)
{
	HashTable *opts;
	zval *count, *flag;

	if (!rc_arg_count(argc, 1, 2) || !rc_arg_key(b->codec, b->req, &args[0], 1, true)
		|| !rc_arg_opt_array(args, argc, 1, &opts)) {
		return false;
	}
	count = opts ? rc_arg_option(opts, "count") : NULL;
	flag = opts ? rc_arg_option(opts, with) : NULL;
	if (count) {
		rc_cmd_arg_long(&b->req->cmd, zval_get_long(count));
		*b->reply = list;
		if (flag && zend_is_true(flag)) {
			char word[16];
			size_t len = MIN(strlen(with), sizeof(word) - 1);

			zend_str_toupper_copy(word, with, len);
			rc_cmd_arg(&b->req->cmd, word, len);
			*b->reply = pairs;
		}
	}
	return true;
}

zval *rc_arg_option(HashTable *opts, const char *name)
{
	zend_string *key;
	zval *val;

	ZEND_HASH_FOREACH_STR_KEY_VAL(opts, key, val) {
		if (key && strcasecmp(ZSTR_VAL(key), name) == 0) {
			ZVAL_DEREF(val);
			return val;
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

bool rc_args_count(const rc_build *b, uint32_t argc, uint32_t min, uint32_t max)
{
	return rc_arg_count(argc + b->base, min + b->base, max == UINT32_MAX ? max : max + b->base);
}

bool rc_arg_count(uint32_t argc, uint32_t min, uint32_t max)
{
	if (argc < min || argc > max) {
		zend_wrong_parameters_count_error(min, max);
		return false;
	}
	return true;
}

/* The rows, from the command list: an entry of the enum can never lack its row. ("" name
 * makes sure the name is a literal, whose length sizeof gives.) */
#define RC_CMD(id, method, name, format, builder, flags, reply) \
	[RC_##id] = {name, sizeof("" name) - 1, format, builder, flags, RC_REPLY_##reply},
#define RC_CMD_OWN RC_CMD
#define RO RC_CMD_READONLY
#define RT RC_CMD_ROUTED

const rc_command rc_commands[RC_COMMAND_COUNT] = {
#include "command_list.h"
};

#undef RC_CMD
#undef RC_CMD_OWN
#undef RO
#undef RT

void rc_command_req_init(const rc_command *cmd, rc_req *req, smart_str *spare)
{
	const char *space = memchr(cmd->name, ' ', cmd->name_len);

	if (space == NULL) {
		rc_req_init_in(req, spare, cmd->name, cmd->name_len);
		return;
	}
	rc_req_init_in(req, spare, cmd->name, (size_t)(space - cmd->name));
	rc_cmd_arg(&req->cmd, space + 1, cmd->name_len - (size_t)(space + 1 - cmd->name));
}

bool rc_command_build(const rc_command *cmd, rc_cluster *c, const rc_codec *codec, rc_req *req, zval *args,
	uint32_t argc, rc_reply_kind *reply)
{
	uint32_t base = 0;
	bool routed = false;

	*reply = cmd->reply;
	req->readonly = (cmd->flags & RC_CMD_READONLY) != 0;
	if ((cmd->flags & RC_CMD_ROUTED) && !c->standalone) {
		/* RedisCluster's $key_or_address: where the command goes, not part of it. */
		if (argc == 0) {
			zend_wrong_parameters_count_error(1, UINT32_MAX);
			return false;
		}
		if (!rc_arg_route(c, codec, req, &args[0], 1)) {
			return false;
		}
		args++;
		argc--;
		base = 1;
		routed = true;
	} else if (cmd->flags & RC_CMD_ROUTED) {
		/* One server: any slot is its own. */
		routed = true;
	}
	if (cmd->builder) {
		rc_build b = {c, codec, req, reply, base};
		return cmd->builder(&b, args, argc);
	}
	return build_from_format(codec, req, cmd->format, args, argc, base, routed);
}
