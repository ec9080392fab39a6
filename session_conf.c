/* session.save_path of the session handlers, read as phpredis reads it: for
 * `rediscluster` a query string, for `redis` a list of URLs each with a query string, the
 * query strings parsed as PHP parses one (so "a.b" is "a_b", as for phpredis). phpredis
 * ignores what it does not know and reads malformed values as 0; here each is a warning. */
#include "session.h"

#include "SAPI.h"
#include "main/php_variables.h"
#include "ext/standard/url.h"

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

/* What the options of one query string go into: the cluster's or one server's. */
typedef struct options {
	rc_cluster *c;
	rc_session_conf *conf;
	uint32_t *weight;   /* redis */
	zval *stream;       /* stream[...]: it applies once the scheme is known (TLS or not) */
} options;

/* A whole number option from min to max into *out. Otherwise a warning, ending in
 * ": ignored" unless the handler cannot start without it (fatal): false. */
static bool option_whole(const char *name, zval *val, zend_long min, zend_long max, bool fatal, zend_long *out)
{
	zend_long l = 0;

	if (Z_TYPE_P(val) == IS_STRING
		&& is_numeric_string(Z_STRVAL_P(val), Z_STRLEN_P(val), &l, NULL, false) == IS_LONG && l >= min && l <= max) {
		*out = l;
		return true;
	}
	PATH_WARNING("session.save_path: %s must be a whole number from " ZEND_LONG_FMT " to " ZEND_LONG_FMT ", not '%s'%s",
		name, min, max, Z_TYPE_P(val) == IS_STRING ? Z_STRVAL_P(val) : "(an array)", fatal ? "" : ": ignored");
	return false;
}

/* An option both handlers read. *known is false when it is none of them. */
static bool common_option(options *o, zend_string *name, zval *val, bool *known)
{
	*known = true;
	if (zend_string_equals_literal(name, "timeout")) {
		return option_seconds("timeout", val, &o->conf->timeout);
	} else if (zend_string_equals_literal(name, "read_timeout")) {
		return option_seconds("read_timeout", val, &o->conf->read_timeout);
	} else if (zend_string_equals_literal(name, "auth")) {
		return option_auth(&o->c->opts, val);
	} else if (zend_string_equals_literal(name, "persistent")) {
		option_persistent(val, &o->conf->persistent);
	} else if (zend_string_equals_literal(name, "prefix")) {
		zend_string *prefix = option_string("prefix", val);

		if (prefix) {
			if (o->conf->prefix) {
				zend_string_release(o->conf->prefix);
			}
			o->conf->prefix = zend_string_copy(prefix);
		}
	} else if (zend_string_equals_literal(name, "stream") && Z_TYPE_P(val) == IS_ARRAY) {
		o->stream = val;
	} else if (zend_string_equals_literal(name, "stream")) {
		PATH_WARNING("session.save_path: stream options are given as stream[name]=value: ignored");
	} else {
		*known = false;
	}
	return true;
}

/* One rediscluster option; false when the handler cannot start. */
static bool cluster_option(void *target, zend_string *name, zval *val)
{
	options *o = target;
	bool known;

	if (zend_string_equals_literal(name, "seed")) {
		return option_seeds(o->c, val);
	} else if (zend_string_equals_literal(name, "failover")) {
		option_failover(val, &o->conf->failover);
	} else if (!common_option(o, name, val, &known)) {
		return false;
	} else if (!known) {
		PATH_WARNING("session.save_path: unknown option '%s': ignored", ZSTR_VAL(name));
	}
	return true;
}

/* One option of a redis server; false when the handler cannot start. A weight or
 * database that cannot be read stops it: going on would put sessions elsewhere. */
static bool single_option(void *target, zend_string *name, zval *val)
{
	options *o = target;
	zend_long l;
	bool known;

	if (zend_string_equals_literal(name, "weight")) {
		if (!option_whole("weight", val, 1, INT_MAX, true, &l)) {
			return false;
		}
		*o->weight = (uint32_t)l;
	} else if (zend_string_equals_literal(name, "database")) {
		if (!option_whole("database", val, 0, INT_MAX, true, &o->c->opts.db)) {
			return false;
		}
	} else if (zend_string_equals_literal(name, "retry_interval")) {
		option_whole("retry_interval", val, 0, INT_MAX, false, &o->conf->retry_interval);
	} else if (zend_string_equals_literal(name, "persistent_id")) {
		zend_string *id = option_string("persistent_id", val);

		if (id && ZSTR_LEN(id)) {
			if (o->c->opts.persistent_id) {
				zend_string_release(o->c->opts.persistent_id);
			}
			o->c->opts.persistent_id = zend_string_copy(id);
		}
	} else if (!common_option(o, name, val, &known)) {
		return false;
	} else if (!known) {
		PATH_WARNING("session.save_path: unknown option '%s': ignored", ZSTR_VAL(name));
	}
	return true;
}

/* Parses a query string (taken) into *all and hands its options to fn in order: false as
 * soon as one stops the handler. Then stream[...] becomes the TLS context. The caller
 * destroys *all. */
static bool read_options(char *query, zval *all, bool (*fn)(void *, zend_string *, zval *), options *o)
{
	zend_string *name;
	zend_ulong index;
	zval *val;

	array_init(all);
	sapi_module.treat_data(PARSE_STRING, query, all);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(all), index, name, val) {
		if (name == NULL) {
			PATH_WARNING("session.save_path: unknown option '" ZEND_ULONG_FMT "': ignored", index);
		} else if (!fn(o, name, val)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (o->c->opts.tls) {
		rc_conn_opts_set_ssl(&o->c->opts, o->stream ? Z_ARRVAL_P(o->stream) : NULL);
	}
	return true;
}

bool rc_session_conf_cluster(const char *save_path, rc_cluster *c, rc_session_conf *conf)
{
	options o = {.c = c, .conf = conf};
	zval all;
	bool ok;

	memset(conf, 0, sizeof(*conf));
	conf->failover = RC_FAILOVER_NONE;
	ok = read_options(estrdup(save_path), &all, cluster_option, &o);
	if (ok && zend_hash_str_find(Z_ARRVAL(all), "seed", 4) == NULL) {
		PATH_WARNING("session.save_path names no seed: seed[]=host:port&seed[]=...");
		ok = false;
	} else if (ok && c->seed_count == 0) {
		PATH_WARNING("No valid seeds detected");
		ok = false;
	}
	zval_ptr_dtor(&all);
	return ok;
}

/* The next server of a redis save path from *at: text [*start, *end). Servers are
 * separated by commas and white space, as phpredis separates them. */
static bool next_server(const char *path, size_t len, size_t *at, size_t *start, size_t *end)
{
	size_t i = *at, j;

	while (i < len && (isspace((unsigned char)path[i]) || path[i] == ',')) {
		i++;
	}
	for (j = i; j < len && !isspace((unsigned char)path[j]) && path[j] != ','; j++) {
	}
	*start = i;
	*end = *at = j;
	return j > i;
}

/* Where one server is: the URL's host (an IPv6 address without its brackets) and port,
 * 6379 when it has none, or a unix socket's path (unix:// became file://). A name alone
 * ("localhost") is a host, as phpredis takes it. False after a warning otherwise. */
static bool server_address(const php_url *url, const char *text, int len, rc_session_server *srv)
{
	const char *scheme = url->scheme ? ZSTR_VAL(url->scheme) : "tcp";
	bool file = !strcasecmp(scheme, "file");
	zend_string *host = url->host, *path = url->path;

	if (!strcasecmp(scheme, "tls") || !strcasecmp(scheme, "ssl")) {
		srv->c.opts.tls = true;
	} else if (strcasecmp(scheme, "tcp") && !file) {
		PATH_WARNING("session.save_path: unknown scheme '%s' in '%.*s' (tcp://, tls:// or unix://)", scheme, len, text);
		return false;
	}
	if (!file && host && ZSTR_LEN(host) > 0) {
		bool brackets = ZSTR_LEN(host) > 2 && ZSTR_VAL(host)[0] == '[' && ZSTR_VAL(host)[ZSTR_LEN(host) - 1] == ']';

		srv->host = brackets ? zend_string_init(ZSTR_VAL(host) + 1, ZSTR_LEN(host) - 2, 0) : zend_string_copy(host);
		srv->port = url->port ? url->port : 6379;
	} else if (path && ZSTR_LEN(path) > 0 && (ZSTR_VAL(path)[0] == '/' || (!file && url->scheme == NULL))) {
		srv->host = zend_string_copy(path);
		srv->port = ZSTR_VAL(path)[0] == '/' ? 0 : 6379;
	} else {
		PATH_WARNING("session.save_path: '%.*s' names no host%s", len, text,
			file ? " (a unix socket's path must be absolute: unix:///path)" : "");
		return false;
	}
	return true;
}

/* One server of a redis save path, at `offset` in it, into srv (whose engine this
 * initialises). */
static bool single_server(const char *text, size_t len, size_t offset, rc_session_server *srv)
{
	options o = {.c = &srv->c, .conf = &srv->conf, .weight = &srv->weight};
	php_url *url;
	char *query;
	zval all;
	bool ok;

	rc_cluster_init(&srv->c);
	srv->c.opts.db = 0;
	srv->weight = 1;
	if (len > 5 && !strncmp(text, "unix:", 5)) {
		/* PHP's URL parser knows file: (a path), not unix:. */
		char *copy = estrndup(text, len);

		memcpy(copy, "file:", 5);
		url = php_url_parse_ex(copy, len);
		efree(copy);
	} else {
		url = php_url_parse_ex(text, len);
	}
	if (url == NULL) {
		PATH_WARNING("Failed to parse session.save_path (error at offset %d, url was '%.*s')", (int)offset, (int)len,
			text);
		return false;
	}
	ok = server_address(url, text, (int)len, srv);
	if (ok) {
		if (url->query && url->fragment) {
			spprintf(&query, 0, "%s#%s", ZSTR_VAL(url->query), ZSTR_VAL(url->fragment));
		} else {
			query = estrdup(url->query ? ZSTR_VAL(url->query) : "");
		}
		ok = read_options(query, &all, single_option, &o);
		zval_ptr_dtor(&all);
	}
	php_url_free(url);
	return ok;
}

bool rc_session_conf_single(const char *save_path, rc_session_server **servers, uint32_t *count)
{
	size_t len = strlen(save_path), at = 0, start, end;
	uint32_t n = 0;

	*count = 0;
	while (next_server(save_path, len, &at, &start, &end)) {
		n++;
	}
	if (n == 0) {
		*servers = NULL;
		PATH_WARNING("session.save_path names no server: tcp://host:port, tls://host:port or unix:///path, "
					 "separated by commas");
		return false;
	}
	*servers = safe_emalloc(n, sizeof(**servers), 0);
	memset(*servers, 0, n * sizeof(**servers));
	for (at = 0; next_server(save_path, len, &at, &start, &end);) {
		rc_session_server *srv = &(*servers)[(*count)++];

		if (!single_server(save_path + start, end - start, start, srv)) {
			return false;
		}
	}
	return true;
}
