/* Transactions on a cluster: MULTI per node, EXEC on every node touched, WATCH per slot.
 *
 * A transaction's nodes are kept by address, with the serial number of the connection
 * that carries their MULTI or WATCH: a connection is looked up again at each step, and
 * one that is gone, or was replaced by a new one, has lost its node's MULTI or WATCH on
 * the server. No connection pointer is kept between steps, so a dropped connection can
 * never be used through the transaction's books. */
#include "cluster_internal.h"

static const char multi_cmd[] = "*1\r\n$5\r\nMULTI\r\n";
static const char exec_cmd[] = "*1\r\n$4\r\nEXEC\r\n";
static const char discard_cmd[] = "*1\r\n$7\r\nDISCARD\r\n";
static const char unwatch_cmd[] = "*1\r\n$7\r\nUNWATCH\r\n";

typedef struct rc_txn_node {
	zend_string *host;
	uint16_t port;
	uint64_t serial;  /* the connection its MULTI and WATCH went on */
	uint32_t queued;  /* commands answered QUEUED */
	int32_t slot;     /* the slot of the keys queued there; -1 before the first */
	bool multi;       /* MULTI is open there */
	bool watching;    /* WATCH is open there */
} rc_txn_node;

typedef struct rc_txn {
	rc_txn_node *nodes;
	uint32_t count;
	uint32_t size;
	HashTable watched; /* slot -> true: the slots whose keys are watched */
	bool multi;        /* MULTI mode: commands are queued */
	bool failed;       /* a node refused a command: the transaction can only abort */
	rc_err failure;    /* why */
} rc_txn;

bool rc_cluster_in_multi(const rc_cluster *c)
{
	return c->txn != NULL && c->txn->multi;
}

static rc_txn *txn_get(rc_cluster *c)
{
	if (c->txn == NULL) {
		c->txn = ecalloc(1, sizeof(rc_txn));
		zend_hash_init(&c->txn->watched, 8, NULL, NULL, 0);
	}
	return c->txn;
}

void rc_cluster_txn_free(rc_cluster *c)
{
	rc_txn *txn = c->txn;

	if (txn == NULL) {
		return;
	}
	for (uint32_t i = 0; i < txn->count; i++) {
		zend_string_release(txn->nodes[i].host);
	}
	if (txn->nodes) {
		efree(txn->nodes);
	}
	zend_hash_destroy(&txn->watched);
	efree(txn);
	c->txn = NULL;
}

void rc_cluster_multi_begin(rc_cluster *c)
{
	txn_get(c)->multi = true;
}

/* The transaction's entry for the node behind `conn`, made on first use. */
static uint32_t txn_node(rc_txn *txn, const rc_conn *conn)
{
	rc_txn_node *node;

	for (uint32_t i = 0; i < txn->count; i++) {
		if (txn->nodes[i].port == conn->port && zend_string_equals(txn->nodes[i].host, conn->host)) {
			return i;
		}
	}
	if (txn->count == txn->size) {
		txn->size = txn->size ? txn->size * 2 : 4;
		txn->nodes = safe_erealloc(txn->nodes, txn->size, sizeof(rc_txn_node), 0);
	}
	node = &txn->nodes[txn->count];
	memset(node, 0, sizeof(*node));
	node->host = zend_string_copy(conn->host);
	node->port = conn->port;
	node->serial = conn->serial;
	node->slot = -1;
	return txn->count++;
}

/* The connection that carries a node's MULTI or WATCH, or NULL when it is gone. */
static rc_conn *txn_conn(rc_cluster *c, const rc_txn_node *node)
{
	rc_conn *conn = rc_cluster_conn_find(c, ZSTR_VAL(node->host), ZSTR_LEN(node->host), node->port);

	return conn && conn->serial == node->serial ? conn : NULL;
}

/* Sends one command that ends a node's transaction state and reads its reply; a
 * connection that fails is closed, which ends the state on the server as well. */
static void end_on_node(rc_cluster *c, rc_txn_node *node, const char *cmd, size_t len)
{
	rc_conn *conn = txn_conn(c, node);
	rc_err ignored;
	zval reply;
	int type;

	if (conn == NULL) {
		return;
	}
	if (rc_conn_write(conn, cmd, len, 1, c->limit, &ignored) != RC_OK
		|| rc_conn_read(conn, &reply, &type, 0, c->limit, &ignored) != RC_OK) {
		rc_cluster_drop_conn(c, conn);
		return;
	}
	zval_ptr_dtor(&reply);
	conn->in_multi = false;
	conn->in_txn = false;
}

/* Every node out of MULTI and WATCH, then the books closed. */
static void end_everywhere(rc_cluster *c)
{
	rc_txn *txn = c->txn;

	for (uint32_t i = 0; txn && i < txn->count; i++) {
		rc_txn_node *node = &txn->nodes[i];

		if (node->multi) {
			/* DISCARD also ends the node's WATCH. */
			end_on_node(c, node, discard_cmd, sizeof(discard_cmd) - 1);
		} else if (node->watching) {
			end_on_node(c, node, unwatch_cmd, sizeof(unwatch_cmd) - 1);
		}
	}
	rc_cluster_txn_free(c);
}

/* Gives the transaction up after a failure inside it: discarded on every node, c->err
 * saying why. */
static rc_status abandon(rc_cluster *c, const char *what)
{
	rc_err saved = c->err;

	end_everywhere(c);
	c->err = saved;
	rc_err_wrap(&c->err, RC_ERR_CLUSTER, what);
	return RC_ERR_CLUSTER;
}

/* Writes MULTI (the node's first command) and the command, and reads what the node
 * answers to each; RC_OK with the command's reply in req. */
static rc_status send_queued(rc_cluster *c, rc_txn_node *node, rc_conn *conn, rc_req *req)
{
	bool first = !node->multi;
	rc_status status;
	zval reply;
	int type;

	conn->in_txn = true;
	conn->in_multi = true;
	if (first) {
		smart_str buf = {0};

		smart_str_appendl(&buf, multi_cmd, sizeof(multi_cmd) - 1);
		smart_str_appendl(&buf, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd));
		status = rc_conn_write(conn, ZSTR_VAL(buf.s), ZSTR_LEN(buf.s), 2, c->limit, &c->err);
		smart_str_free(&buf);
		if (status == RC_OK && (status = rc_conn_read(conn, &reply, &type, 0, c->limit, &c->err)) == RC_OK) {
			if (type == REDIS_REPLY_ERROR) {
				rc_err_set(&c->err, RC_ERR_CLUSTER, "%s:%u refused MULTI: %s", ZSTR_VAL(conn->host), conn->port,
					Z_STRVAL(reply));
				status = RC_ERR_CLUSTER;
			}
			zval_ptr_dtor(&reply);
		}
		/* Even when refused: the command behind it may have been queued or run. */
		node->multi = true;
	} else {
		status = rc_conn_write(conn, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd), 1, c->limit, &c->err);
	}
	if (status == RC_OK) {
		status = rc_conn_read(conn, &req->reply, &req->type, req->block, c->limit, &c->err);
	}
	return status;
}

rc_status rc_cluster_multi_queue(rc_cluster *c, rc_req *req, uint32_t *node_index)
{
	rc_txn *txn = c->txn;
	rc_status status = RC_OK;
	rc_txn_node *node;
	rc_conn *conn;
	uint32_t idx;

	ZEND_ASSERT(rc_cluster_in_multi(c));
	if (req->keyed && zend_hash_num_elements(&txn->watched) > 0 && !zend_hash_index_exists(&txn->watched, req->slot)) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "slot %u is not a watched slot", req->slot);
		return abandon(c, "Keys in another slot than the keys WATCHed: the transaction was discarded");
	}
	rc_cluster_request_begin(c, req->block);
	/* A transaction runs on masters only. */
	req->readonly = false;
	if ((conn = rc_cluster_route(c, req)) == NULL) {
		status = abandon(c, "No node for a command inside MULTI: the transaction was discarded");
		goto out;
	}
	idx = txn_node(txn, conn);
	node = &txn->nodes[idx];
	if ((node->multi || node->watching) && node->serial != conn->serial) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "%s:%u", ZSTR_VAL(conn->host), conn->port);
		status = abandon(c, "Connection lost inside MULTI: the transaction was discarded");
		goto out;
	}
	if (req->keyed && node->slot >= 0 && node->slot != req->slot) {
		/* Redis Cluster runs a transaction only when its keys share one slot per node:
		 * EXEC would answer CROSSSLOT there after the other nodes ran theirs. */
		rc_err_set(&c->err, RC_ERR_CLUSTER, "slots %d and %u on %s:%u", node->slot, req->slot, ZSTR_VAL(conn->host),
			conn->port);
		status = abandon(c, "Keys of one node's transaction in two slots: the transaction was discarded");
		goto out;
	}
	node->serial = conn->serial;
	if ((status = send_queued(c, node, conn, req)) != RC_OK) {
		if (status != RC_ERR_CLUSTER) {
			rc_cluster_drop_conn(c, conn);
		}
		status = abandon(c, status == RC_ERR_CLUSTER ? "MULTI refused: the transaction was discarded"
													 : "Connection lost inside MULTI: the transaction was discarded");
		goto out;
	}
	if (rc_cluster_note_redirect(c, req, conn, false)) {
		/* A queued command that must go elsewhere: the transaction cannot be kept whole. */
		status = abandon(c, "Redirected inside MULTI: the transaction was discarded");
		goto out;
	}
	if (req->type == REDIS_REPLY_ERROR) {
		/* The node will answer EXEC with EXECABORT: nothing may run anywhere. */
		txn->failed = true;
		rc_err_set(&txn->failure, RC_ERR_CLUSTER, "%s", Z_STRVAL(req->reply));
	} else {
		node->queued++;
		node->slot = req->keyed ? (int32_t)req->slot : node->slot;
		*node_index = idx;
	}

out:
	rc_cluster_request_end(c);
	return status;
}

/* EXEC written to every node in MULTI and read back, each node's outcome in *replies
 * (the EXEC reply, or NULL for "it ran nothing") and counted. */
typedef struct exec_tally {
	uint32_t nodes;   /* nodes in MULTI */
	uint32_t applied; /* that ran their commands */
	uint32_t unknown; /* whose outcome is unknown (connection lost after EXEC) */
	rc_err first;     /* the first failure, to name */
} exec_tally;

static void exec_everywhere(rc_cluster *c, zval *replies, exec_tally *t)
{
	rc_txn *txn = c->txn;
	bool *sent = ecalloc(MAX(txn->count, 1), sizeof(bool));

	memset(t, 0, sizeof(*t));
	array_init_size(replies, txn->count);
	/* Every node is written first, then read: one round trip. */
	for (uint32_t i = 0; i < txn->count; i++) {
		rc_txn_node *node = &txn->nodes[i];
		rc_conn *conn = node->multi ? txn_conn(c, node) : NULL;
		rc_err err;

		t->nodes += node->multi;
		if (conn && rc_conn_write(conn, exec_cmd, sizeof(exec_cmd) - 1, 1, c->limit, &err) == RC_OK) {
			sent[i] = true;
		} else if (conn) {
			/* The node may have read EXEC before the write failed. */
			rc_cluster_drop_conn(c, conn);
			t->unknown++;
			t->first = t->first.code ? t->first : err;
		} else if (node->multi) {
			/* Its connection, and its MULTI with it, is gone: it ran nothing. */
			rc_err_set(&err, RC_ERR_CLUSTER, "%s:%u lost its MULTI", ZSTR_VAL(node->host), node->port);
			t->first = t->first.code ? t->first : err;
		}
	}
	for (uint32_t i = 0; i < txn->count; i++) {
		rc_conn *conn = sent[i] ? txn_conn(c, &txn->nodes[i]) : NULL;
		zval reply;
		rc_err err;
		int type;

		ZVAL_NULL(&reply);
		if (conn && rc_conn_read(conn, &reply, &type, 0, c->limit, &err) == RC_OK) {
			conn->in_multi = false;
			conn->in_txn = false;
			if (type == REDIS_REPLY_ARRAY) {
				t->applied++;
			} else {
				/* nil: a WATCH fired; -EXECABORT: a refused command. */
				if (type == REDIS_REPLY_ERROR) {
					rc_err_set(&err, RC_ERR_CLUSTER, "%s", Z_STRVAL(reply));
					t->first = t->first.code ? t->first : err;
				}
				zval_ptr_dtor(&reply);
				ZVAL_NULL(&reply);
			}
		} else if (conn) {
			rc_cluster_drop_conn(c, conn);
			t->unknown++;
			t->first = t->first.code ? t->first : err;
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(replies), &reply);
	}
	efree(sent);
}

rc_status rc_cluster_multi_exec(rc_cluster *c, zval *replies, bool *aborted)
{
	rc_status status = RC_OK;
	exec_tally t;

	ZEND_ASSERT(rc_cluster_in_multi(c));
	*aborted = false;
	ZVAL_UNDEF(replies);
	rc_cluster_request_begin(c, 0);
	if (c->txn->failed) {
		c->err = c->txn->failure;
		end_everywhere(c);
		*aborted = true;
		goto out;
	}
	for (uint32_t i = 0; i < c->txn->count; i++) {
		rc_txn_node *node = &c->txn->nodes[i];
		rc_conn *conn = node->multi ? txn_conn(c, node) : NULL;

		if (node->multi && (conn == NULL || !rc_conn_check_idle(conn))) {
			/* Closed under us (a server timeout, a restart): that node's MULTI is gone, and
			 * EXEC elsewhere would apply the rest alone. */
			if (conn) {
				rc_cluster_drop_conn(c, conn);
			}
			rc_err_set(&c->err, RC_ERR_CLUSTER, "%s:%u", ZSTR_VAL(node->host), node->port);
			status = abandon(c, "Connection lost between MULTI and EXEC: the transaction was discarded");
			goto out;
		}
	}
	exec_everywhere(c, replies, &t);
	/* EXEC ended MULTI and WATCH on the nodes it went to; the others may still watch. */
	for (uint32_t i = 0; i < c->txn->count; i++) {
		rc_txn_node *node = &c->txn->nodes[i];

		node->watching = node->watching && !node->multi;
		node->multi = false;
	}
	end_everywhere(c);
	if (t.applied == t.nodes) {
		goto out;
	}
	zval_ptr_dtor(replies);
	ZVAL_UNDEF(replies);
	if (t.applied == 0 && t.unknown == 0) {
		/* A WATCH fired (no message, as phpredis), or EXECABORT (its message). */
		*aborted = true;
		c->err = t.first;
		goto out;
	}
	rc_err_set(&c->err, RC_ERR_CLUSTER,
		"EXEC ran on %u of %u nodes, %u unknown (%s): the transaction was not applied whole", t.applied, t.nodes,
		t.unknown, t.first.msg);
	status = RC_ERR_CLUSTER;

out:
	rc_cluster_request_end(c);
	return status;
}

void rc_cluster_multi_discard(rc_cluster *c)
{
	rc_cluster_request_begin(c, 0);
	end_everywhere(c);
	rc_cluster_request_end(c);
}

/* One WATCH request to the node of its slot, following redirections (WATCH is harmless
 * to repeat); the node and the slot are then in the transaction's books. */
static rc_status watch_one(rc_cluster *c, rc_req *req)
{
	rc_txn *txn = txn_get(c);

	for (uint32_t redirects = 0; redirects <= RC_MAX_REDIRECTS; redirects++) {
		rc_conn *conn = rc_cluster_route(c, req);
		rc_status status;
		rc_txn_node *node;
		uint32_t idx;

		if (conn == NULL) {
			return RC_ERR_CLUSTER;
		}
		idx = txn_node(txn, conn);
		node = &txn->nodes[idx];
		if (node->watching && node->serial != conn->serial) {
			rc_err_set(&c->err, RC_ERR_CLUSTER, "the connection to %s:%u was lost", ZSTR_VAL(conn->host), conn->port);
			return RC_ERR_CLUSTER;
		}
		conn->in_txn = true;
		zval_ptr_dtor(&req->reply);
		ZVAL_UNDEF(&req->reply);
		status = rc_conn_write(conn, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd), 1, c->limit, &c->err);
		if (status == RC_OK) {
			status = rc_conn_read(conn, &req->reply, &req->type, 0, c->limit, &c->err);
		}
		if (status != RC_OK) {
			rc_cluster_drop_conn(c, conn);
			return status;
		}
		if (req->type != REDIS_REPLY_ERROR) {
			node->watching = true;
			node->serial = conn->serial;
			zend_hash_index_add_empty_element(&txn->watched, req->slot);
			return RC_OK;
		}
		if (!rc_cluster_note_redirect(c, req, conn, true)) {
			rc_err_set(&c->err, RC_ERR_CLUSTER, "%s", Z_STRVAL(req->reply));
			return RC_ERR_CLUSTER;
		}
		/* MOVED: followed on the next turn; a slot being migrated (ASK) is no slot to
		 * watch: its keys are moving. */
		if (req->redirect == RC_REDIRECT_ASK) {
			return RC_ERR_CLUSTER;
		}
	}
	rc_err_set(&c->err, RC_ERR_CLUSTER, "Too many redirections for WATCH");
	return RC_ERR_CLUSTER;
}

rc_status rc_cluster_watch(rc_cluster *c, rc_req *reqs, uint32_t n)
{
	rc_status status = RC_OK;

	rc_cluster_request_begin(c, 0);
	for (uint32_t i = 0; i < n && status == RC_OK; i++) {
		status = watch_one(c, &reqs[i]);
	}
	if (status != RC_OK) {
		/* A WATCH that did not take leaves the others meaningless. */
		status = abandon(c, "WATCH failed: every WATCH was undone");
	}
	rc_cluster_request_end(c);
	return status;
}

void rc_cluster_unwatch(rc_cluster *c)
{
	rc_txn *txn = c->txn;

	if (txn == NULL) {
		return;
	}
	rc_cluster_request_begin(c, 0);
	for (uint32_t i = 0; i < txn->count; i++) {
		if (txn->nodes[i].watching && !txn->nodes[i].multi) {
			end_on_node(c, &txn->nodes[i], unwatch_cmd, sizeof(unwatch_cmd) - 1);
			txn->nodes[i].watching = false;
		}
	}
	zend_hash_clean(&txn->watched);
	if (!txn->multi) {
		rc_cluster_txn_free(c);
	}
	rc_cluster_request_end(c);
}
