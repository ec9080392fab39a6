/* The Redis class: phpredis's client of one server. Its commands are RedisCluster's
 * methods (redis.stub.php aliases them), run by the same engine in standalone mode; what
 * is here is what only a single-server client has: connecting (connect, pconnect, the
 * constructor's options), the session (auth, select, reset) and what it reports of
 * itself (getHost(), getDbNum()...). */
#include "rc_object.h"
#include "builders.h"

#include "ext/spl/spl_exceptions.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "redis_arginfo.h"

zend_class_entry *redis_ce;
zend_class_entry *redis_exception_ce;
zend_class_entry *redis_sentinel_ce;

static zend_object_handlers redis_handlers;

/* What connect() was given, for the getters and for connecting again. */
typedef struct rc_single_args {
	zend_string *host;       /* as given, without tcp:// tls:// unix:// */
	zend_long port;
	zend_long port_given;     /* what getPort() says: -1 for a socket path given no port */
	double timeout;
	double read_timeout;
	zend_long retry_interval; /* milliseconds */
	zend_string *persistent_id;
	bool persistent;
	bool tls;
	bool lazy;                /* RedisSentinel: connect on first use, as phpredis's */
	HashTable *context;
} rc_single_args;

static zend_object *redis_create(zend_class_entry *ce)
{
	zend_object *std = rc_object_create(ce, &redis_handlers, redis_exception_ce);
	redis_cluster_object *obj = redis_cluster_from_obj(std);

	obj->c.standalone = true;
	obj->codec.one_slot = true;
	obj->codec.raw_nil_false = true;
	obj->c.opts.db = 0;
	obj->c.opts.reset_pooled = true;
	/* phpredis's Redis: no delay before a reconnection unless asked (retry_interval, or
	 * OPT_BACKOFF_*); its RedisCluster's defaults are the engine's. */
	obj->c.backoff_base = 0;
	obj->c.backoff_cap = 0;
	return std;
}

static bool valid_seconds(double value, const char *what)
{
	if (value < 0 || value > INT_MAX) {
		zend_value_error("Invalid %s", what);
		return false;
	}
	return true;
}

/* Splits a scheme off the host: tls:// turns TLS on, unix:// (or a leading /) makes it a
 * socket path. Returns the host as it is connected to. */
static zend_string *host_without_scheme(zend_string *host, bool *tls)
{
	static const struct {
		const char *prefix;
		size_t len;
		bool tls;
	} schemes[] = {{"tcp://", 6, false}, {"tls://", 6, true}, {"ssl://", 6, true}, {"unix://", 7, false}};

	for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
		if (ZSTR_LEN(host) > schemes[i].len && strncasecmp(ZSTR_VAL(host), schemes[i].prefix, schemes[i].len) == 0) {
			*tls = schemes[i].tls;
			return zend_string_init(ZSTR_VAL(host) + schemes[i].len, ZSTR_LEN(host) - schemes[i].len, 0);
		}
	}
	*tls = false;
	return zend_string_copy(host);
}

/* Connects (or connects again, after closing what the object had) as `a` says. False
 * with RedisException thrown when the server cannot be reached. */
static bool single_connect(redis_cluster_object *obj, const rc_single_args *a)
{
	rc_cluster *c = &obj->c;
	rc_conn_opts *opts = &c->opts;
	zend_string *host;
	bool tls;
	rc_status status;

	if (!valid_seconds(a->timeout, "connect timeout") || !valid_seconds(a->read_timeout, "read timeout")) {
		return false;
	}
	if (a->retry_interval < 0 || a->retry_interval > INT_MAX) {
		zend_value_error("Invalid retry interval");
		return false;
	}
	host = host_without_scheme(a->host, &tls);
	if (ZSTR_LEN(host) == 0 || ZSTR_LEN(host) > UINT16_MAX
		|| (ZSTR_VAL(host)[0] != '/' && (a->port < 1 || a->port > 65535))) {
		zend_throw_exception_ex(redis_exception_ce, 0, "Invalid host or port: %s:" ZEND_LONG_FMT, ZSTR_VAL(a->host),
			a->port);
		zend_string_release(host);
		return false;
	}

	/* A second connect() replaces the first connection, as phpredis's does. */
	rc_cluster_close(c);
	rc_batch_queue_clear(obj);
	if (opts->context) {
		zend_list_delete(opts->context->res);
		opts->context = NULL;
	}
	if (opts->persistent_id) {
		zend_string_release(opts->persistent_id);
		opts->persistent_id = NULL;
	}
	opts->tls = tls || a->tls;
	rc_object_set_context(opts, a->context);
	if (a->persistent_id && ZSTR_LEN(a->persistent_id) > 0) {
		opts->persistent_id = zend_string_copy(a->persistent_id);
	}
	opts->pooling = REDIS_G(pconnect_pooling_enabled);
	opts->pool_limit = (uint32_t)MIN(REDIS_G(pconnect_connection_limit), UINT32_MAX);
	opts->db = 0;
	opts->bare_errors = true;
	obj->single_port = a->port_given;
	if (obj->single_host) {
		zend_string_release(obj->single_host);
	}
	obj->single_host = zend_string_copy(a->host);
	if (a->retry_interval > 0) {
		c->backoff_base = a->retry_interval;
	}
	rc_cluster_configure(c, a->timeout, a->read_timeout, a->persistent, 0);

	obj->busy = true;
	status = rc_cluster_connect_single(c, ZSTR_VAL(host), ZSTR_LEN(host),
		ZSTR_VAL(host)[0] == '/' ? 0 : (uint16_t)a->port, a->lazy);
	obj->busy = false;
	zend_string_release(host);
	if (status != RC_OK) {
		zend_throw_exception(redis_exception_ce, c->err.msg, 0);
		return false;
	}
	return true;
}

/* connect($host, $port = 6379, $timeout = 0, $persistent_id = null, $retry_interval = 0,
 * $read_timeout = 0, $context = null), and pconnect() with the same arguments. */
static void connect_method(INTERNAL_FUNCTION_PARAMETERS, bool persistent)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_single_args a = {0};
	zval *auth, *stream;

	a.port = 6379;
	ZEND_PARSE_PARAMETERS_START(1, 7)
		Z_PARAM_STR(a.host)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(a.port)
		Z_PARAM_DOUBLE(a.timeout)
		Z_PARAM_STR_OR_NULL(a.persistent_id)
		Z_PARAM_LONG(a.retry_interval)
		Z_PARAM_DOUBLE(a.read_timeout)
		Z_PARAM_ARRAY_HT_OR_NULL(a.context)
	ZEND_PARSE_PARAMETERS_END();

	if (rc_object_refuse_reentry(obj)) {
		RETURN_THROWS();
	}
	if (a.context && (auth = zend_hash_str_find(a.context, "auth", 4)) && Z_TYPE_P(auth) != IS_NULL) {
		/* The context's credentials (phpredis 5.3 and 6): every connection authenticates. */
		rc_credentials_free(obj->c.opts.user, obj->c.opts.pass);
		obj->c.opts.user = obj->c.opts.pass = NULL;
		if (!rc_object_set_auth(&obj->c.opts, auth, 7)) {
			RETURN_THROWS();
		}
	}
	if (a.context && (stream = zend_hash_str_find(a.context, "stream", 6)) && Z_TYPE_P(stream) == IS_ARRAY) {
		a.context = Z_ARRVAL_P(stream);
	}
	bool path = ZSTR_VAL(a.host)[0] == '/' || strncasecmp(ZSTR_VAL(a.host), "unix://", 7) == 0;

	if (ZEND_NUM_ARGS() < 2) {
		/* phpredis's "no port": -1, which a host takes as 6379. */
		a.port = -1;
	}
	a.port_given = a.port;
	if (path) {
		a.port = 0;
	} else if (a.port == -1) {
		a.port = a.port_given = 6379;
	}
	a.persistent = persistent;
	RETURN_BOOL(single_connect(obj, &a));
}

PHP_METHOD(Redis, connect) { connect_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
PHP_METHOD(Redis, pconnect) { connect_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

static bool option_double(HashTable *options, const char *name, double *out)
{
	zval *val = rc_arg_option(options, name);

	if (val == NULL) {
		return true;
	}
	if (Z_TYPE_P(val) != IS_LONG && Z_TYPE_P(val) != IS_DOUBLE) {
		zend_value_error("Invalid %s", name);
		return false;
	}
	*out = zval_get_double(val);
	return true;
}

/* The backoff option: ['algorithm' => Redis::BACKOFF_ALGORITHM_*, 'base' => ms, 'cap' => ms]. */
static bool option_backoff(rc_cluster *c, HashTable *options)
{
	zval *backoff = rc_arg_option(options, "backoff"), *val;

	if (backoff == NULL) {
		return true;
	}
	if (Z_TYPE_P(backoff) != IS_ARRAY) {
		zend_value_error("Invalid backoff options");
		return false;
	}
	if ((val = rc_arg_option(Z_ARRVAL_P(backoff), "algorithm"))
		&& !rc_cluster_set_backoff_algorithm(c, zval_get_long(val))) {
		zend_value_error("Invalid backoff algorithm");
		return false;
	}
	val = rc_arg_option(Z_ARRVAL_P(backoff), "base");
	zval *cap = rc_arg_option(Z_ARRVAL_P(backoff), "cap");
	if (!rc_cluster_set_backoff_times(c, val ? zval_get_long(val) : -1, cap ? zval_get_long(cap) : -1)) {
		zend_value_error("Invalid backoff base or cap");
		return false;
	}
	return true;
}

/* A second __construct() would replace what the first set up under its users. */
static bool construct_once(redis_cluster_object *obj)
{
	if (obj->constructed) {
		zend_throw_error(NULL, "%s::__construct() cannot be called twice on one object", ZSTR_VAL(obj->std.ce->name));
		return false;
	}
	obj->constructed = true;
	return true;
}

/* phpredis 6's constructor options: with a host, the object connects at once
 * (persistently with 'persistent' => true or an id). */
static void construct_from_options(redis_cluster_object *obj, HashTable *options, zend_long default_port, bool lazy)
{
	static const char *const known[] = {"host", "port", "connectTimeout", "readTimeout", "persistent", "auth", "ssl",
		"retryInterval", "backoff"};
	rc_single_args a = {0};
	zval *host, *port, *persistent, *val;
	zend_string *name;

	ZEND_HASH_FOREACH_STR_KEY(options, name) {
		bool ok = false;

		for (size_t i = 0; name && i < sizeof(known) / sizeof(known[0]); i++) {
			ok = ok || strcasecmp(ZSTR_VAL(name), known[i]) == 0;
		}
		if (!ok) {
			php_error_docref(NULL, E_WARNING, "Unknown option '%s'", name ? ZSTR_VAL(name) : "(a number)");
		}
	} ZEND_HASH_FOREACH_END();

	if (!option_double(options, "connectTimeout", &a.timeout) || !option_double(options, "readTimeout", &a.read_timeout)
		|| !option_backoff(&obj->c, options)) {
		return;
	}
	if ((val = rc_arg_option(options, "retryInterval"))) {
		if (Z_TYPE_P(val) != IS_LONG && Z_TYPE_P(val) != IS_DOUBLE) {
			zend_value_error("Invalid retry interval");
			return;
		}
		a.retry_interval = zval_get_long(val);
	}
	if ((val = rc_arg_option(options, "backoff")) && Z_TYPE_P(val) == IS_ARRAY && rc_arg_option(Z_ARRVAL_P(val), "base")) {
		/* The backoff's own base wins over retryInterval. */
		a.retry_interval = 0;
	}
	if ((val = rc_arg_option(options, "auth")) && (Z_TYPE_P(val) == IS_LONG || !rc_object_set_auth(&obj->c.opts, val, 1))) {
		if (!EG(exception)) {
			zend_value_error("Invalid auth credentials");
		}
		return;
	}
	if ((val = rc_arg_option(options, "ssl"))) {
		if (Z_TYPE_P(val) != IS_ARRAY) {
			zend_value_error("Invalid SSL context");
			return;
		}
		a.tls = true;
		a.context = Z_ARRVAL_P(val);
	}
	if ((persistent = rc_arg_option(options, "persistent"))) {
		a.persistent = zend_is_true(persistent);
		if (Z_TYPE_P(persistent) == IS_STRING) {
			a.persistent_id = Z_STR_P(persistent);
		}
	}
	host = rc_arg_option(options, "host");
	if (host == NULL) {
		return;
	}
	if (Z_TYPE_P(host) != IS_STRING) {
		zend_value_error("Invalid host");
		return;
	}
	a.host = Z_STR_P(host);
	port = rc_arg_option(options, "port");
	if (port && Z_TYPE_P(port) != IS_LONG) {
		zend_value_error("Invalid port");
		return;
	}
	a.port = port ? zval_get_long(port) : (Z_STRVAL_P(host)[0] == '/' ? 0 : default_port);
	a.port_given = port ? a.port : (Z_STRVAL_P(host)[0] == '/' ? -1 : default_port);
	a.lazy = lazy;
	single_connect(obj, &a);
}

/* __construct(?array $options = null) */
PHP_METHOD(Redis, __construct)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	HashTable *options = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(options)
	ZEND_PARSE_PARAMETERS_END();

	if (!construct_once(obj)) {
		RETURN_THROWS();
	}
	if (options) {
		construct_from_options(obj, options, 6379, false);
	}
}

/* RedisSentinel's __construct(): phpredis 6's options array, or phpredis 5's ($host,
 * $port = 26379, $timeout = 0, $persistent = null, $retry_interval = 0,
 * $read_timeout = 0). The first command connects, as phpredis's. */
PHP_METHOD(RedisSentinel, __construct)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zval *first = NULL, *persistent = NULL;
	rc_single_args a = {0};

	a.port = 26379;
	a.lazy = true;
	ZEND_PARSE_PARAMETERS_START(0, 6)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(first)
		Z_PARAM_LONG(a.port)
		Z_PARAM_DOUBLE(a.timeout)
		Z_PARAM_ZVAL(persistent)
		Z_PARAM_LONG(a.retry_interval)
		Z_PARAM_DOUBLE(a.read_timeout)
	ZEND_PARSE_PARAMETERS_END();

	if (!construct_once(obj)) {
		RETURN_THROWS();
	}
	if (first == NULL || Z_TYPE_P(first) == IS_NULL) {
		/* phpredis 6 with no options: the local sentinel. */
		a.host = zend_string_init("127.0.0.1", 9, 0);
		a.port_given = a.port;
		single_connect(obj, &a);
		zend_string_release(a.host);
		return;
	}
	if (Z_TYPE_P(first) == IS_ARRAY) {
		construct_from_options(obj, Z_ARRVAL_P(first), 26379, true);
		return;
	}
	if (Z_TYPE_P(first) != IS_STRING) {
		zend_argument_type_error(1, "must be of type array|string|null, %s given", zend_zval_type_name(first));
		RETURN_THROWS();
	}
	a.host = Z_STR_P(first);
	a.port_given = a.port;
	if (persistent && Z_TYPE_P(persistent) != IS_NULL) {
		a.persistent = zend_is_true(persistent);
		a.persistent_id = Z_TYPE_P(persistent) == IS_STRING ? Z_STR_P(persistent) : NULL;
	}
	single_connect(obj, &a);
}

PHP_METHOD(Redis, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	(void)return_value;
	/* The connections go with the object (rc_object_free), pooled ones back to the pool. */
}

/* Runs one command built here and returns its reply as the engine gave it; false with
 * the exception thrown when the server cannot be reached. */
static bool single_run(redis_cluster_object *obj, rc_req *req)
{
	if (obj->c.topo == NULL) {
		zend_throw_exception(redis_exception_ce, "Redis server went away", 0);
		return false;
	}
	rc_cmd_finish(&req->cmd);
	return rc_object_run(obj, req, 1);
}

/* auth($credentials): AUTH on the connection; once accepted the credentials are the
 * object's, so that a connection opened again authenticates the same way. */
PHP_METHOD(Redis, auth)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_conn_opts *opts = &obj->c.opts;
	zend_string *user, *pass;
	zval *cred;
	rc_req req;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(cred)
	ZEND_PARSE_PARAMETERS_END();

	if (rc_object_batching(obj)) {
		php_error_docref(NULL, E_WARNING, "auth() can't be called in MULTI or pipeline mode");
		RETURN_FALSE;
	}
	if (!rc_credentials(cred, &user, &pass)) {
		/* phpredis's answer: a warning, false. */
		php_error_docref(NULL, E_WARNING, "Credentials must be a password, [password] or [user, password]");
		RETURN_FALSE;
	}
	rc_req_init(&req, "AUTH", 4);
	if (user) {
		rc_cmd_arg_str(&req.cmd, user);
	}
	rc_cmd_arg_str(&req.cmd, pass);
	if (single_run(obj, &req)) {
		if (req.type == REDIS_REPLY_ERROR) {
			if (!rc_object_reply_error(obj, Z_STR(req.reply))) {
				RETVAL_FALSE;
			}
			rc_credentials_free(user, pass);
		} else {
			rc_credentials_free(opts->user, opts->pass);
			opts->user = user;
			opts->pass = pass;
			rc_conn_opts_seal(opts);
			RETVAL_TRUE;
		}
	} else {
		rc_credentials_free(user, pass);
	}
	/* The buffer held the password. */
	ZEND_SECURE_ZERO((char *)rc_cmd_data(&req.cmd), rc_cmd_len(&req.cmd));
	rc_req_free(&req);
}

/* select($db): SELECT on the connection; once accepted the database is the object's,
 * selected again on any connection opened later. */
PHP_METHOD(Redis, select)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	zend_long db;
	rc_req req;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(db)
	ZEND_PARSE_PARAMETERS_END();

	if (db < 0) {
		RETURN_FALSE;
	}
	if (rc_object_batching(obj)) {
		php_error_docref(NULL, E_WARNING, "select() can't be called in MULTI or pipeline mode");
		RETURN_FALSE;
	}
	rc_req_init(&req, "SELECT", 6);
	rc_cmd_arg_long(&req.cmd, db);
	if (single_run(obj, &req)) {
		if (req.type == REDIS_REPLY_ERROR) {
			if (!rc_object_reply_error(obj, Z_STR(req.reply))) {
				RETVAL_FALSE;
			}
		} else {
			obj->c.opts.db = db;
			RETVAL_TRUE;
		}
	}
	rc_req_free(&req);
}

/* reset(): RESET, and the object's own session state with it (database 0, no MULTI or
 * pipeline). The credentials stay the object's: RESET logs the connection out, so the
 * next connection authenticates again. */
PHP_METHOD(Redis, reset)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);
	rc_req req;

	ZEND_PARSE_PARAMETERS_NONE();
	if (rc_object_batching(obj)) {
		php_error_docref(NULL, E_WARNING, "reset() can't be called in MULTI or pipeline mode");
		RETURN_FALSE;
	}
	rc_req_init(&req, "RESET", 5);
	req.taints = true;
	if (single_run(obj, &req)) {
		obj->c.opts.db = 0;
		RETVAL_BOOL(req.type == REDIS_REPLY_STATUS);
	}
	rc_req_free(&req);
	/* The server forgot the AUTH: this connection is not the object's any more. */
	rc_cluster_close(&obj->c);
}

/* What the object reports of itself */

PHP_METHOD(Redis, isConnected)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(obj->c.topo != NULL && zend_hash_num_elements(&obj->c.conns) > 0);
}

/* The host as connect() was given it, as phpredis's: a tls:// or unix:// scheme kept. */
PHP_METHOD(Redis, getHost)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL || obj->single_host == NULL) {
		RETURN_FALSE;
	}
	RETURN_STR_COPY(obj->single_host);
}

PHP_METHOD(Redis, getPort)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL) {
		RETURN_FALSE;
	}
	RETURN_LONG(obj->single_port);
}

PHP_METHOD(Redis, getDBNum)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL) {
		RETURN_FALSE;
	}
	RETURN_LONG(obj->c.opts.db);
}

PHP_METHOD(Redis, getTimeout)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL) {
		RETURN_FALSE;
	}
	RETURN_DOUBLE(obj->c.opts.timeout);
}

PHP_METHOD(Redis, getReadTimeout)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL) {
		RETURN_FALSE;
	}
	RETURN_DOUBLE(obj->c.opts.read_timeout);
}

PHP_METHOD(Redis, getPersistentID)
{
	redis_cluster_object *obj = Z_REDIS_CLUSTER_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	if (obj->c.topo == NULL || !obj->c.opts.persistent || obj->c.opts.persistent_id == NULL) {
		RETURN_NULL();
	}
	RETURN_STR_COPY(obj->c.opts.persistent_id);
}

/* The credentials in use: null, the password, or [user, password]. */
PHP_METHOD(Redis, getAuth)
{
	rc_conn_opts *opts = &Z_REDIS_CLUSTER_P(ZEND_THIS)->c.opts;

	ZEND_PARSE_PARAMETERS_NONE();
	if (opts->pass == NULL) {
		RETURN_NULL();
	}
	if (opts->user == NULL) {
		RETURN_STR_COPY(opts->pass);
	}
	array_init_size(return_value, 2);
	add_next_index_str(return_value, zend_string_copy(opts->user));
	add_next_index_str(return_value, zend_string_copy(opts->pass));
}

void redis_single_register_class(void)
{
	redis_ce = register_class_Redis();
	redis_ce->create_object = redis_create;
	redis_exception_ce = register_class_RedisException(spl_ce_RuntimeException);

	rc_object_init_handlers(&redis_handlers);

	redis_sentinel_ce = register_class_RedisSentinel();
	redis_sentinel_ce->create_object = redis_create;
}
