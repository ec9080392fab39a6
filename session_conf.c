/* session.save_path of the rediscluster handler, read as phpredis reads it: a query
 * string parsed as PHP parses one (so "a.b" is "a_b", as for phpredis). phpredis ignores
 * what it does not know and reads malformed values as 0; here each is a warning. */
#include "session.h"

#include "SAPI.h"
#include "main/php_variables.h"

#define PATH_WARNING(...) php_error_docref(NULL, E_WARNING, __VA_ARGS__)

/* A string option's value, or NULL (with a warning) when it was given as an array. */
static zend_string *option_string(const char *name, zval *val)
{
	if (Z_TYPE_P(val) != IS_STRING) {
		PATH_WARNING("session.save_path: %s must be a string, not an array: ignored", name);
		return NULL;
	}
	return Z_STR_P(val);
}

/* timeout, read_timeout: seconds. False when negative (phpredis refuses those too). */
static bool option_seconds(const char *name, zval *val, double *out)
{
	zend_string *str = option_string(name, val);
	double d = 0;
	zend_long l = 0;
	uint8_t type;

	if (str == NULL) {
		return true;
	}
	type = is_numeric_string(ZSTR_VAL(str), ZSTR_LEN(str), &l, &d, false);
	if (type == 0) {
		PATH_WARNING("session.save_path: %s must be a number of seconds, not '%s': ignored", name, ZSTR_VAL(str));
		return true;
	}
	d = type == IS_LONG ? (double)l : d;
	if (d < 0 || zend_isnan(d) || zend_isinf(d)) {
		PATH_WARNING("Can't set negative timeout values in session configuration");
		return false;
	}
	*out = d;
	return true;
}

static void option_persistent(zval *val, bool *out)
{
	static const char *const yes[] = {"1", "true", "yes", "on"};
	static const char *const no[] = {"0", "false", "no", "off", ""};
	zend_string *str = option_string("persistent", val);

	if (str == NULL) {
		return;
	}
	for (size_t i = 0; i < sizeof(yes) / sizeof(*yes); i++) {
		if (!strcasecmp(ZSTR_VAL(str), yes[i])) {
			*out = true;
			return;
		}
	}
	for (size_t i = 0; i < sizeof(no) / sizeof(*no); i++) {
		if (!strcasecmp(ZSTR_VAL(str), no[i])) {
			*out = false;
			return;
		}
	}
	PATH_WARNING("session.save_path: persistent must be 0 or 1, not '%s': ignored", ZSTR_VAL(str));
}

static void option_failover(zval *val, zend_long *out)
{
	zend_string *str = option_string("failover", val);

	if (str == NULL) {
		return;
	}
	if (zend_string_equals_literal_ci(str, "none")) {
		*out = RC_FAILOVER_NONE;
	} else if (zend_string_equals_literal_ci(str, "error")) {
		*out = RC_FAILOVER_ERROR;
	} else if (zend_string_equals_literal_ci(str, "distribute")) {
		*out = RC_FAILOVER_DISTRIBUTE;
	} else {
		PATH_WARNING("session.save_path: failover must be none, error or distribute, not '%s': ignored",
			ZSTR_VAL(str));
	}
}

/* auth=password, auth[]=password, auth[]=user&auth[]=password, or auth[user]=..&auth[pass]=..
 * (phpredis's forms). Credentials of another shape stop the handler: going on without
 * them would only fail later, less clearly. */
static bool option_auth(rc_conn_opts *opts, zval *val)
{
	zval *user = NULL, *pass = NULL;

	if (Z_TYPE_P(val) == IS_STRING) {
		pass = val;
	} else if ((pass = zend_hash_str_find(Z_ARRVAL_P(val), "pass", 4)) != NULL) {
		user = zend_hash_str_find(Z_ARRVAL_P(val), "user", 4);
	} else if (zend_hash_num_elements(Z_ARRVAL_P(val)) == 2) {
		user = zend_hash_index_find(Z_ARRVAL_P(val), 0);
		pass = zend_hash_index_find(Z_ARRVAL_P(val), 1);
	} else if (zend_hash_num_elements(Z_ARRVAL_P(val)) == 1) {
		pass = zend_hash_index_find(Z_ARRVAL_P(val), 0);
	}
	if (pass == NULL || Z_TYPE_P(pass) != IS_STRING || (user && Z_TYPE_P(user) != IS_STRING)) {
		PATH_WARNING("session.save_path: auth must be a password, auth[]=user&auth[]=password or "
					 "auth[user]=...&auth[pass]=...");
		return false;
	}
	/* `auth` is one key of the parsed path: it is set once. Copies of our own, wiped with the engine's options; an empty password alone is none. */
	opts->user = user ? zend_string_init(Z_STRVAL_P(user), Z_STRLEN_P(user), 0) : NULL;
	opts->pass = user || Z_STRLEN_P(pass) ? zend_string_init(Z_STRVAL_P(pass), Z_STRLEN_P(pass), 0) : NULL;
	return true;
}

/* seed[]=host:port, in the constructor's forms (tcp://, tls://, a query string). */
static bool option_seeds(rc_cluster *c, zval *val)
{
	zval *seed;

	if (Z_TYPE_P(val) != IS_ARRAY) {
		PATH_WARNING("session.save_path: seeds are given as seed[]=host:port");
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(val), seed) {
		rc_seed parsed;
		rc_seed_result res;

		if (Z_TYPE_P(seed) != IS_STRING) {
			PATH_WARNING("session.save_path: a seed must be a string, not an array: ignored");
			continue;
		}
		res = rc_seed_parse_uri(Z_STRVAL_P(seed), Z_STRLEN_P(seed), &parsed, &c->opts.tls);
		if (res == RC_SEED_OK) {
			rc_cluster_add_seed(c, &parsed);
		} else if (res == RC_SEED_DATABASE) {
			PATH_WARNING(RC_MSG_SEED_DATABASE, Z_STRVAL_P(seed));
			return false;
		} else {
			PATH_WARNING(RC_MSG_SEED_INVALID, Z_STRVAL_P(seed));
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* One option; false when the handler cannot start. `stream` is only noted: it applies once
 * every seed is known (TLS or not). */
static bool option(rc_cluster *c, rc_session_conf *conf, zend_string *name, zval *val, zval **stream)
{
	if (zend_string_equals_literal(name, "seed")) {
		return option_seeds(c, val);
	} else if (zend_string_equals_literal(name, "timeout")) {
		return option_seconds("timeout", val, &conf->timeout);
	} else if (zend_string_equals_literal(name, "read_timeout")) {
		return option_seconds("read_timeout", val, &conf->read_timeout);
	} else if (zend_string_equals_literal(name, "auth")) {
		return option_auth(&c->opts, val);
	} else if (zend_string_equals_literal(name, "persistent")) {
		option_persistent(val, &conf->persistent);
	} else if (zend_string_equals_literal(name, "failover")) {
		option_failover(val, &conf->failover);
	} else if (zend_string_equals_literal(name, "prefix")) {
		zend_string *prefix = option_string("prefix", val);

		if (prefix) {
			if (conf->prefix) {
				zend_string_release(conf->prefix);
			}
			conf->prefix = zend_string_copy(prefix);
		}
	} else if (zend_string_equals_literal(name, "stream") && Z_TYPE_P(val) == IS_ARRAY) {
		*stream = val;
	} else if (zend_string_equals_literal(name, "stream")) {
		PATH_WARNING("session.save_path: stream options are given as stream[name]=value: ignored");
	} else {
		PATH_WARNING("session.save_path: unknown option '%s': ignored", ZSTR_VAL(name));
	}
	return true;
}

bool rc_session_conf_cluster(const char *save_path, rc_cluster *c, rc_session_conf *conf)
{
	zval all, *val, *stream = NULL;
	zend_string *name;
	zend_ulong index;
	bool ok = true;

	memset(conf, 0, sizeof(*conf));
	conf->failover = RC_FAILOVER_NONE;
	array_init(&all);
	sapi_module.treat_data(PARSE_STRING, estrdup(save_path), &all);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(all), index, name, val) {
		if (name == NULL) {
			PATH_WARNING("session.save_path: unknown option '" ZEND_ULONG_FMT "': ignored", index);
		} else if (!option(c, conf, name, val, &stream)) {
			ok = false;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (ok && zend_hash_str_find(Z_ARRVAL(all), "seed", 4) == NULL) {
		PATH_WARNING("session.save_path names no seed: seed[]=host:port&seed[]=...");
		ok = false;
	} else if (ok && c->seed_count == 0) {
		PATH_WARNING("No valid seeds detected");
		ok = false;
	}
	if (ok && c->opts.tls) {
		rc_conn_opts_set_ssl(&c->opts, stream ? Z_ARRVAL_P(stream) : NULL);
	}
	zval_ptr_dtor(&all);
	return ok;
}
