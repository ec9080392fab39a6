/* Pub/sub in the engine (see cluster_pubsub.h). One subscription per object, on a
 * connection of its own. Replies on it are either confirmations ([subscribe, name,
 * count] and the unsubscribe kinds) or messages ([message, channel, payload],
 * [pmessage, pattern, channel, payload], [smessage, channel, payload]). */
#include "cluster_internal.h"
#include "cluster_pubsub.h"
#include "crc16.h"

/* A read that waits "for ever" waits in slices of this many seconds (poll() takes its
 * timeout in milliseconds as an int). */
#define SUB_FOREVER_SLICE 86400.0

typedef struct rc_sub {
	rc_conn *conn;
	/* What the server last counted as subscribed (channels and patterns). 0: over. */
	zend_long count;
	/* Messages read while waiting for confirmations, delivered before any other. */
	HashTable queue;
	/* Shard channels the server unsubscribed unasked (their slot moved): subscribed
	 * again at the slot's new owner once nothing is left here. */
	HashTable moved;
} rc_sub;

bool rc_pubsub_active(const rc_cluster *c)
{
	return c->sub != NULL;
}

void rc_pubsub_close(rc_cluster *c)
{
	if (c->sub == NULL) {
		return;
	}
	/* Never pooled: a subscribed session is useless to anyone else. */
	rc_conn_close(c->sub->conn, true);
	zend_hash_destroy(&c->sub->queue);
	zend_hash_destroy(&c->sub->moved);
	efree(c->sub);
	c->sub = NULL;
}

/* What a reply on the subscription is. */
typedef enum { SUB_OTHER, SUB_MESSAGE, SUB_CONFIRM, SUB_GONE } sub_kind;

static sub_kind classify(const zval *reply, int type)
{
	static const struct {
		const char *name;
		sub_kind kind;
	} kinds[] = {
		{"message", SUB_MESSAGE}, {"pmessage", SUB_MESSAGE}, {"smessage", SUB_MESSAGE},
		{"subscribe", SUB_CONFIRM}, {"psubscribe", SUB_CONFIRM}, {"ssubscribe", SUB_CONFIRM},
		{"unsubscribe", SUB_GONE}, {"punsubscribe", SUB_GONE}, {"sunsubscribe", SUB_GONE},
	};
	zval *first;

	if (type != REDIS_REPLY_ARRAY || (first = zend_hash_index_find(Z_ARRVAL_P(reply), 0)) == NULL
		|| Z_TYPE_P(first) != IS_STRING) {
		return SUB_OTHER;
	}
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		if (zend_string_equals_cstr(Z_STR_P(first), kinds[i].name, strlen(kinds[i].name))) {
			uint32_t want = kinds[i].kind == SUB_MESSAGE && Z_STRVAL_P(first)[0] == 'p' ? 4 : 3;
			/* A message of the wrong shape is not passed on. */
			return zend_hash_num_elements(Z_ARRVAL_P(reply)) == want ? kinds[i].kind : SUB_OTHER;
		}
	}
	return SUB_OTHER;
}

/* A confirmation's count: how many names are still subscribed. */
static zend_long confirmed_count(const zval *reply)
{
	zval *count = zend_hash_index_find(Z_ARRVAL_P(reply), 2);

	return count && Z_TYPE_P(count) == IS_LONG ? Z_LVAL_P(count) : 0;
}

/* Reads one reply on the subscription's connection. Replies there are not owed by a
 * command (messages come unasked): one is owed for each read, so that the node layer
 * counts as it does for commands. */
static rc_status sub_read(rc_cluster *c, rc_conn *conn, double block, double until, zval *reply, int *type)
{
	conn->owed = 1;
	return rc_conn_read(conn, reply, type, block, until, &c->err);
}

/* Reads until `want` confirmations of `kind` (SUB_CONFIRM or SUB_GONE) arrived; each
 * one's name goes into `names` (when given) as true. Messages read meanwhile are queued. */
static rc_status read_confirmations(rc_cluster *c, sub_kind kind, uint32_t want, zval *names)
{
	rc_sub *sub = c->sub;
	/* They follow the request at once: one read timeout bounds the wait for all of them,
	 * so a server that sends anything else, without end, cannot hold the call. */
	double until = rc_now() + sub->conn->read_timeout;

	while (want > 0) {
		zval reply;
		int type;
		rc_status status = sub_read(c, sub->conn, 0, until, &reply, &type);
		sub_kind got;

		if (status != RC_OK) {
			return status;
		}
		got = classify(&reply, type);
		if (got == SUB_MESSAGE) {
			zend_hash_next_index_insert(&sub->queue, &reply);
			continue;
		}
		if (got == SUB_CONFIRM || got == SUB_GONE) {
			sub->count = confirmed_count(&reply);
		}
		if (got == kind) {
			zval *name = zend_hash_index_find(Z_ARRVAL(reply), 1);
			want--;
			if (names && name && Z_TYPE_P(name) == IS_STRING) {
				add_assoc_bool_ex(names, Z_STRVAL_P(name), Z_STRLEN_P(name), true);
				/* Unsubscribed on purpose: not to be followed to a new owner. */
				zend_hash_del(&sub->moved, Z_STR_P(name));
			}
		}
		zval_ptr_dtor(&reply);
	}
	return RC_OK;
}

/* Where a subscription request goes: a MOVED target, else the node the request names or
 * its slot's master. Its address is copied out: nothing here holds into the snapshot. */
static rc_conn *open_for(rc_cluster *c, const rc_req *req)
{
	rc_conn_opts opts = c->opts;
	const rc_node_info *node;
	uint16_t idx;

	/* A pooled stream could be one the object's own table holds too. */
	opts.persistent = false;
	if (req->target_host) {
		return rc_conn_open(ZSTR_VAL(req->target_host), ZSTR_LEN(req->target_host), req->target_port, &opts, &c->err);
	}
	idx = req->node != RC_NO_NODE ? rc_cluster_req_node(c, req) : rc_topology_owner(c->topo, req->slot);
	if (idx == RC_NO_NODE) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "Slot %u is not covered by any node", req->slot);
		return NULL;
	}
	node = &c->topo->nodes[idx];
	return rc_conn_open(node->host, node->host_len, node->port, &opts, &c->err);
}

/* "MOVED <slot> <host>:<port>" -> the request's target; false when it is not one. */
static bool take_moved(rc_req *req, const rc_conn *from)
{
	const char *msg = Z_STRVAL(req->reply), *space;
	rc_seed target;

	if (Z_STRLEN(req->reply) < 6 || memcmp(msg, "MOVED ", 6) != 0
		|| (space = zend_memrchr(msg, ' ', Z_STRLEN(req->reply))) == NULL || space < msg + 6) {
		return false;
	}
	if (space[1] == ':') {
		/* ":port": the node that answered, on another port. */
		zend_string *addr = zend_strpprintf(0, "%s%s", ZSTR_VAL(from->host), space + 1);
		bool ok = rc_seed_parse(ZSTR_VAL(addr), ZSTR_LEN(addr), &target) == SUCCESS;
		zend_string_release(addr);
		if (!ok) {
			return false;
		}
	} else if (rc_seed_parse(space + 1, strlen(space + 1), &target) != SUCCESS) {
		return false;
	}
	if (req->target_host) {
		zend_string_release(req->target_host);
	}
	req->target_host = target.host;
	req->target_port = target.port;
	return true;
}

rc_status rc_pubsub_subscribe(rc_cluster *c, rc_req *req, uint32_t n)
{
	rc_status status = RC_OK;
	rc_conn *conn = NULL;

	ZEND_ASSERT(c->sub == NULL && n > 0);
	for (uint32_t redirects = 0;; redirects++) {
		if ((conn = open_for(c, req)) == NULL) {
			return c->err.code == RC_ERR_CLUSTER ? RC_ERR_CLUSTER : RC_ERR_CONNECT;
		}
		conn->tainted = true;
		status = rc_conn_write(conn, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd), 1, 0, &c->err);
		if (status == RC_OK) {
			status = rc_conn_read(conn, &req->reply, &req->type, 0, 0, &c->err);
		}
		if (status != RC_OK || req->type != REDIS_REPLY_ERROR) {
			break;
		}
		/* SSUBSCRIBE to a node that does not own the slot: follow, bounded. */
		if (redirects >= RC_MAX_REDIRECTS || !take_moved(req, conn)) {
			rc_conn_close(conn, true);
			return RC_OK;
		}
		/* The map is behind: the next command refreshes it. */
		c->refresh_wanted = true;
		rc_conn_close(conn, true);
		zval_ptr_dtor(&req->reply);
		ZVAL_UNDEF(&req->reply);
		req->type = 0;
	}
	if (status != RC_OK) {
		rc_conn_close(conn, true);
		return status;
	}
	c->sub = ecalloc(1, sizeof(rc_sub));
	c->sub->conn = conn;
	zend_hash_init(&c->sub->queue, 4, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&c->sub->moved, 0, NULL, NULL, 0);
	if (classify(&req->reply, req->type) != SUB_CONFIRM) {
		rc_err_set(&c->err, RC_ERR_PROTOCOL, "Unexpected reply to a subscription from %s:%u", ZSTR_VAL(conn->host),
			conn->port);
		rc_pubsub_close(c);
		return RC_ERR_PROTOCOL;
	}
	c->sub->count = confirmed_count(&req->reply);
	status = read_confirmations(c, SUB_CONFIRM, n - 1, NULL);
	if (status != RC_OK) {
		rc_pubsub_close(c);
	}
	return status;
}

/* Notes a confirmation read outside rc_pubsub_unsubscribe(): a shard channel the server
 * dropped on its own had its slot moved away. */
static void note_unasked(rc_sub *sub, const zval *reply)
{
	zval *kind = zend_hash_index_find(Z_ARRVAL_P(reply), 0), *name = zend_hash_index_find(Z_ARRVAL_P(reply), 1);

	sub->count = confirmed_count(reply);
	if (zend_string_equals_literal(Z_STR_P(kind), "sunsubscribe") && name && Z_TYPE_P(name) == IS_STRING) {
		zend_hash_add_empty_element(&sub->moved, Z_STR_P(name));
	}
}

/* The shard channels whose slot moved, subscribed again: SSUBSCRIBE is sent where the
 * old subscription was, which answers MOVED with the new owner (the map may be older
 * than the move). False when nothing was moved or the new subscription failed. */
static bool resubscribe_moved(rc_cluster *c, rc_status *status)
{
	rc_sub *sub = c->sub;
	uint32_t n = zend_hash_num_elements(&sub->moved);
	zend_string *name;
	rc_req req;
	bool ok;

	if (n == 0) {
		return false;
	}
	rc_req_init(&req, "SSUBSCRIBE", 10);
	ZEND_HASH_FOREACH_STR_KEY(&sub->moved, name) {
		rc_cmd_arg_str(&req.cmd, name);
		req.slot = rc_key_slot(ZSTR_VAL(name), ZSTR_LEN(name));
	} ZEND_HASH_FOREACH_END();
	rc_cmd_finish(&req.cmd);
	req.target_host = zend_string_copy(sub->conn->host);
	req.target_port = sub->conn->port;
	c->refresh_wanted = true;
	rc_pubsub_close(c);
	*status = rc_pubsub_subscribe(c, &req, n);
	ok = *status == RC_OK && c->sub != NULL;
	rc_req_free(&req);
	return ok;
}

rc_sub_event rc_pubsub_next(rc_cluster *c, bool forever, zval *msg)
{
	/* Moves followed without a message in between: bounded, as redirections are, so that
	 * nodes that keep dropping the subscription cannot keep the loop here. */
	uint32_t moves = 0;

	for (;;) {
		rc_sub *sub = c->sub;
		HashPosition pos;
		zval *queued;
		rc_status status;
		int type;

		if (sub == NULL) {
			return RC_SUB_CLOSED;
		}
		zend_hash_internal_pointer_reset_ex(&sub->queue, &pos);
		if ((queued = zend_hash_get_current_data_ex(&sub->queue, &pos)) != NULL) {
			/* The oldest first: a table iterates in insertion order. */
			zend_ulong key;

			zend_hash_get_current_key_ex(&sub->queue, NULL, &key, &pos);
			ZVAL_COPY(msg, queued);
			zend_hash_index_del(&sub->queue, key);
			return RC_SUB_MESSAGE;
		}
		if (sub->count <= 0) {
			rc_status resub = RC_OK;

			if (moves++ < RC_MAX_REDIRECTS && resubscribe_moved(c, &resub)) {
				continue;
			}
			rc_pubsub_close(c);
			return resub == RC_OK ? RC_SUB_ENDED : RC_SUB_FAILED;
		}
		status = sub_read(c, sub->conn, forever ? SUB_FOREVER_SLICE : 0, 0, msg, &type);
		if (status == RC_ERR_TIMEOUT && forever && !rc_reader_pending(&sub->conn->reader)) {
			continue;
		}
		if (status != RC_OK) {
			rc_pubsub_close(c);
			return status == RC_ERR_TIMEOUT ? RC_SUB_TIMEOUT : RC_SUB_FAILED;
		}
		switch (classify(msg, type)) {
			case SUB_MESSAGE:
				return RC_SUB_MESSAGE;
			case SUB_CONFIRM:
			case SUB_GONE:
				/* Unasked: rc_pubsub_unsubscribe() reads the confirmations it asked for. */
				note_unasked(sub, msg);
				break;
			default:
				break;
		}
		zval_ptr_dtor(msg);
		ZVAL_UNDEF(msg);
	}
}

rc_status rc_pubsub_unsubscribe(rc_cluster *c, rc_req *req, uint32_t n, zval *result)
{
	rc_status status;

	ZEND_ASSERT(c->sub != NULL);
	array_init(result);
	status = rc_conn_write(c->sub->conn, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd), 0, 0, &c->err);
	if (status == RC_OK) {
		status = read_confirmations(c, SUB_GONE, n, result);
	}
	if (status != RC_OK) {
		rc_pubsub_close(c);
	}
	return status;
}
