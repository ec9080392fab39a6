/* The storage of the session handlers, over the engine (see session_store.h). */
#include "session_store.h"
#include "crc16.h"

#include "ext/standard/sha1.h"

/* The lock scripts. In each, KEYS[1] is the session key and KEYS[2] its lock key, which
 * the caller put in the same slot; ARGV[1] is the owner's secret. */
enum { LOCK_READ, SAVE_UNLOCK, UNLOCK, SCRIPT_COUNT };

static const char *const scripts[SCRIPT_COUNT] = {
	/* ARGV[2]: the lock's expiry (ms); ARGV[3]: the session's TTL to set while reading (s),
	 * 0 to leave it. {0} when another owner holds the lock, else {1, data or nil}. A lock
	 * already ours is renewed: a request sent again after a lost reply takes it again. */
	[LOCK_READ] =
		"local v = redis.call('GET', KEYS[2]) "
		"if v and v ~= ARGV[1] then return {0} end "
		"redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2]) "
		"local d "
		"if tonumber(ARGV[3]) > 0 then d = redis.call('GETEX', KEYS[1], 'EX', ARGV[3]) "
		"else d = redis.call('GET', KEYS[1]) end "
		"return {1, d}",
	/* ARGV[2]: the session's TTL (s); ARGV[3], when given: the data to write, else only
	 * the expiry is renewed. -1: the lock is not ours; 0: no session key to renew (the lock
	 * is kept, the caller writes next); 1: done and the lock released. */
	[SAVE_UNLOCK] =
		"if redis.call('GET', KEYS[2]) ~= ARGV[1] then return -1 end "
		"local r = 1 "
		"if #ARGV > 2 then redis.call('SETEX', KEYS[1], ARGV[2], ARGV[3]) "
		"else r = redis.call('EXPIRE', KEYS[1], ARGV[2]) end "
		"if r == 1 then redis.call('DEL', KEYS[2]) end "
		"return r",
	/* KEYS[1] here is the lock key. 1 when it was ours and is gone, else 0. */
	[UNLOCK] =
		"if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end "
		"return 0",
};

/* Their SHA1s, in hex, for EVALSHA: computed once at startup, read-only afterwards. */
static char script_sha[SCRIPT_COUNT][41];

void rc_store_startup(void)
{
	for (int i = 0; i < SCRIPT_COUNT; i++) {
		PHP_SHA1_CTX ctx;
		unsigned char digest[20];

		PHP_SHA1Init(&ctx);
		PHP_SHA1Update(&ctx, (const unsigned char *)scripts[i], strlen(scripts[i]));
		PHP_SHA1Final(digest, &ctx);
		make_sha1_digest(script_sha[i], digest);
	}
}

/* One script call: its keys and its arguments after the secret (numbers as text). */
typedef struct script_call {
	int script;
	const zend_string *keys[2];
	int nkeys;
	const zend_string *secret;
	const char *args[2];
	size_t arg_lens[2];
	int nargs;
} script_call;

static void key_arg(rc_req *req, const zend_string *key)
{
	rc_cmd_arg_str(&req->cmd, key);
	req->slot = rc_key_slot(ZSTR_VAL(key), ZSTR_LEN(key));
	req->keyed = true;
}

/* Runs one finished request; an -ERR reply is RC_ERR_REPLY with its text in c->err. */
static rc_status run_req(rc_cluster *c, rc_req *req)
{
	rc_status status;

	rc_cmd_finish(&req->cmd);
	status = rc_cluster_run(c, req, 1);
	if (status == RC_OK && req->type == REDIS_REPLY_ERROR) {
		rc_err_set(&c->err, RC_ERR_REPLY, "%s", Z_STRVAL(req->reply));
		status = RC_ERR_REPLY;
	}
	return status;
}

static rc_status bad_reply(rc_cluster *c, const char *cmd)
{
	rc_err_set(&c->err, RC_ERR_REPLY, "Unexpected reply to %s", cmd);
	return RC_ERR_REPLY;
}

/* EVALSHA, then EVAL when the node does not have the script (a new node, a flushed
 * script cache): the node keeps it for the next EVALSHA. The caller frees *req. */
static rc_status run_script(rc_cluster *c, const script_call *call, rc_req *req)
{
	rc_status status = RC_OK;

	for (int by_sha = 1; by_sha >= 0; by_sha--) {
		if (by_sha) {
			rc_req_init(req, "EVALSHA", 7);
			rc_cmd_arg(&req->cmd, script_sha[call->script], 40);
		} else {
			rc_req_free(req);
			rc_req_init(req, "EVAL", 4);
			rc_cmd_arg(&req->cmd, scripts[call->script], strlen(scripts[call->script]));
		}
		rc_cmd_arg_long(&req->cmd, call->nkeys);
		for (int i = 0; i < call->nkeys; i++) {
			rc_cmd_arg_str(&req->cmd, call->keys[i]);
		}
		rc_cmd_arg_str(&req->cmd, call->secret);
		for (int i = 0; i < call->nargs; i++) {
			rc_cmd_arg(&req->cmd, call->args[i], call->arg_lens[i]);
		}
		req->slot = rc_key_slot(ZSTR_VAL(call->keys[0]), ZSTR_LEN(call->keys[0]));
		req->keyed = true;
		status = run_req(c, req);
		if (status != RC_ERR_REPLY || strncmp(c->err.msg, "NOSCRIPT", 8) != 0) {
			break;
		}
	}
	return status;
}

/* A string reply or nil into *val. */
static rc_status take_string(rc_cluster *c, rc_req *req, const char *cmd, zend_string **val)
{
	if (req->type == REDIS_REPLY_NIL) {
		return RC_OK;
	}
	if (req->type != REDIS_REPLY_STRING) {
		return bad_reply(c, cmd);
	}
	*val = zend_string_copy(Z_STR(req->reply));
	return RC_OK;
}

/* An integer reply into *n. */
static rc_status take_long(rc_cluster *c, rc_req *req, const char *cmd, zend_long *n)
{
	if (req->type != REDIS_REPLY_INTEGER) {
		return bad_reply(c, cmd);
	}
	*n = Z_LVAL(req->reply);
	return RC_OK;
}

rc_status rc_store_get(rc_cluster *c, const zend_string *key, zend_long refresh_ttl, zend_string **val)
{
	const char *cmd = refresh_ttl > 0 ? "GETEX" : "GET";
	rc_status status;
	rc_req req;

	*val = NULL;
	rc_req_init(&req, cmd, strlen(cmd));
	key_arg(&req, key);
	if (refresh_ttl > 0) {
		rc_cmd_arg(&req.cmd, "EX", 2);
		rc_cmd_arg_long(&req.cmd, refresh_ttl);
	} else {
		req.readonly = true;
	}
	status = run_req(c, &req);
	if (status == RC_OK) {
		status = take_string(c, &req, cmd, val);
	}
	rc_req_free(&req);
	return status;
}

rc_status rc_store_setex(rc_cluster *c, const zend_string *key, zend_long ttl, const zend_string *data)
{
	rc_status status;
	rc_req req;

	rc_req_init(&req, "SETEX", 5);
	key_arg(&req, key);
	rc_cmd_arg_long(&req.cmd, ttl);
	rc_cmd_arg_str(&req.cmd, data);
	status = run_req(c, &req);
	if (status == RC_OK && req.type != REDIS_REPLY_STATUS) {
		status = bad_reply(c, "SETEX");
	}
	rc_req_free(&req);
	return status;
}

rc_status rc_store_create(rc_cluster *c, const zend_string *key, zend_long ttl, bool *created)
{
	rc_status status;
	rc_req req;

	rc_req_init(&req, "SET", 3);
	key_arg(&req, key);
	rc_cmd_arg(&req.cmd, "", 0);
	rc_cmd_arg(&req.cmd, "NX", 2);
	rc_cmd_arg(&req.cmd, "EX", 2);
	rc_cmd_arg_long(&req.cmd, ttl);
	status = run_req(c, &req);
	if (status == RC_OK && req.type != REDIS_REPLY_STATUS && req.type != REDIS_REPLY_NIL) {
		status = bad_reply(c, "SET NX");
	}
	*created = status == RC_OK && req.type == REDIS_REPLY_STATUS;
	rc_req_free(&req);
	return status;
}

/* A one-key command (with one number after the key, when arg is given) answered with an
 * integer: *n. */
static rc_status key_long(rc_cluster *c, const char *cmd, const zend_string *key, const zend_long *arg, bool readonly,
	zend_long *n)
{
	rc_status status;
	rc_req req;

	rc_req_init(&req, cmd, strlen(cmd));
	key_arg(&req, key);
	if (arg) {
		rc_cmd_arg_long(&req.cmd, *arg);
	}
	req.readonly = readonly;
	status = run_req(c, &req);
	if (status == RC_OK) {
		status = take_long(c, &req, cmd, n);
	}
	rc_req_free(&req);
	return status;
}

rc_status rc_store_expire(rc_cluster *c, const zend_string *key, zend_long ttl, bool *existed)
{
	zend_long n = 0;
	rc_status status = key_long(c, "EXPIRE", key, &ttl, false, &n);

	*existed = n == 1;
	return status;
}

rc_status rc_store_exists(rc_cluster *c, const zend_string *key, bool *exists)
{
	zend_long n = 0;
	rc_status status = key_long(c, "EXISTS", key, NULL, false, &n);

	*exists = n > 0;
	return status;
}

rc_status rc_store_del(rc_cluster *c, const zend_string *key)
{
	zend_long n;

	return key_long(c, "DEL", key, NULL, false, &n);
}

/* A number as a script argument, in buf. */
static void number_arg(script_call *call, char *buf, size_t size, zend_long n)
{
	int i = call->nargs++;

	call->args[i] = buf;
	call->arg_lens[i] = (size_t)snprintf(buf, size, ZEND_LONG_FMT, n);
}

rc_status rc_store_lock_read(rc_cluster *c, const zend_string *key, const rc_store_lock *lock,
	zend_long refresh_ttl, bool *locked, zend_string **val)
{
	script_call call = {.script = LOCK_READ, .keys = {key, lock->key}, .nkeys = 2, .secret = lock->secret};
	char expire[MAX_LENGTH_OF_LONG + 1], ttl[MAX_LENGTH_OF_LONG + 1];
	rc_status status;
	rc_req req;
	zval *flag, *data;

	*locked = false;
	*val = NULL;
	number_arg(&call, expire, sizeof(expire), lock->expire_ms);
	number_arg(&call, ttl, sizeof(ttl), refresh_ttl);
	status = run_script(c, &call, &req);
	if (status != RC_OK) {
		goto out;
	}
	if (req.type != REDIS_REPLY_ARRAY || (flag = zend_hash_index_find(Z_ARRVAL(req.reply), 0)) == NULL
		|| Z_TYPE_P(flag) != IS_LONG) {
		status = bad_reply(c, "the lock script");
		goto out;
	}
	if (Z_LVAL_P(flag) != 1) {
		goto out;
	}
	data = zend_hash_index_find(Z_ARRVAL(req.reply), 1);
	if (data && Z_TYPE_P(data) == IS_STRING) {
		*val = zend_string_copy(Z_STR_P(data));
	} else if (data && Z_TYPE_P(data) != IS_NULL && Z_TYPE_P(data) != IS_FALSE) {
		status = bad_reply(c, "the lock script");
		goto out;
	}
	*locked = true;
out:
	rc_req_free(&req);
	return status;
}

rc_status rc_store_save_unlock(rc_cluster *c, const zend_string *key, const rc_store_lock *lock, zend_long ttl,
	const zend_string *data, rc_store_saved *done)
{
	script_call call = {.script = SAVE_UNLOCK, .keys = {key, lock->key}, .nkeys = 2, .secret = lock->secret};
	char ttl_buf[MAX_LENGTH_OF_LONG + 1];
	zend_long r = -1;
	rc_status status;
	rc_req req;

	number_arg(&call, ttl_buf, sizeof(ttl_buf), ttl);
	if (data) {
		call.args[call.nargs] = ZSTR_VAL(data);
		call.arg_lens[call.nargs++] = ZSTR_LEN(data);
	}
	status = run_script(c, &call, &req);
	if (status == RC_OK) {
		status = take_long(c, &req, "the save script", &r);
	}
	*done = r == 1 ? RC_STORE_SAVED : (r == 0 ? RC_STORE_NO_KEY : RC_STORE_NOT_OWNER);
	rc_req_free(&req);
	return status;
}

rc_status rc_store_unlock(rc_cluster *c, const rc_store_lock *lock, bool *released)
{
	script_call call = {.script = UNLOCK, .keys = {lock->key}, .nkeys = 1, .secret = lock->secret};
	zend_long r = 0;
	rc_status status;
	rc_req req;

	status = run_script(c, &call, &req);
	if (status == RC_OK) {
		status = take_long(c, &req, "the unlock script", &r);
	}
	*released = r == 1;
	rc_req_free(&req);
	return status;
}
