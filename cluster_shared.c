/* The engine and the pool: what one worker learns about the cluster reaches the others
 * through the slot cache's shared entry (slot_cache.h, shm.h).
 *
 * - A node that failed one worker (refused or timed-out connection, timeout, EOF, another
 *   node ID at its address) is marked suspect for the pool. Before a command goes to a
 *   suspect node on a map that may predate the mark, the map is asked again of the other
 *   nodes (suspect nodes last), once for the whole pool: a worker that finds another one
 *   asking waits for its answer. After a cluster has replaced a node, no command goes to
 *   the node the pool knows to be gone.
 * - A map older than redis.clusters.epoch_check_ms is checked against the cluster's
 *   current epoch on a node other than the one the command goes to, once per interval
 *   for the whole pool: a failover bumps the epoch, so a stale map is found without a
 *   timeout, even by a worker that was idle while it happened.
 * Neither holds a lock across I/O; a waiting worker waits at most half its budget. */
#include "cluster_internal.h"

#include "ext/standard/php_mt_rand.h"

static const char info_cmd[] = "*2\r\n$7\r\nCLUSTER\r\n$4\r\nINFO\r\n";

void rc_cluster_suspect(rc_cluster *c, const char *host, size_t len, uint16_t port, rc_status status)
{
	/* Refused credentials or a reply we could not parse say nothing of the node's health. */
	if (c->cache_key && (status == RC_ERR_CONNECT || status == RC_ERR_WRITE || status == RC_ERR_READ
		|| status == RC_ERR_TIMEOUT)) {
		rc_cache_suspect(c->cache_key, host, len, port);
		c->suspects = true;
	}
}

void rc_cluster_adopt(rc_cluster *c)
{
	rc_topology *cached;

	if (c->cache_key == NULL || c->topo == NULL) {
		return;
	}
	cached = rc_cache_peek(c->cache_key);
	if (cached && cached != c->topo && cached->fetched_at >= c->topo->fetched_at) {
		rc_cluster_swap(c, rc_topology_addref(cached));
	}
}

/* The node to ask (for the epoch, or who owns a slot): a master other than `avoid` and
 * `avoid2`, not suspect; else a replica; else any other node; RC_NO_NODE when there is
 * none (a one-node cluster). */
static uint16_t other_node(const rc_cluster *c, uint16_t avoid, uint16_t avoid2)
{
	const rc_topology *topo = c->topo;
	uint32_t start = (uint32_t)php_mt_rand_range(0, (zend_long)topo->node_count - 1);

	for (int pass = 0; pass < 3; pass++) {
		for (uint32_t k = 0; k < topo->node_count; k++) {
			uint16_t idx = (uint16_t)((start + k) % topo->node_count);
			const rc_node_info *node = &topo->nodes[idx];

			if (idx == avoid || idx == avoid2 || (pass == 0 && idx >= topo->master_count)) {
				continue;
			}
			if (pass < 2 && rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port) > 0) {
				continue;
			}
			return idx;
		}
	}
	return RC_NO_NODE;
}

/* A key of every slot ("{n}" hashes to slot s for n = probe_tag[s] - 1), to ask a node
 * who owns a slot. Made on a process's first question: about 16384 * ln(16384) CRC16s of
 * a few bytes, a millisecond. Threads that race to make it write the same values. */
static uint32_t probe_tag[RC_SLOTS];
static bool probe_ready;

static void make_probe_tags(void)
{
	uint32_t left = RC_SLOTS;
	char buf[16];

	for (uint32_t n = 0; left > 0 && n < 100000000; n++) {
		int len = snprintf(buf, sizeof(buf), "%u", n);
		uint16_t slot = rc_crc16(buf, (size_t)len) & (RC_SLOTS - 1);

		if (probe_tag[slot] == 0) {
			probe_tag[slot] = n + 1;
			left--;
		}
	}
	probe_ready = true;
}

typedef enum {
	OWNER_UNKNOWN, /* the node could not tell (no answer, migration, cluster down) */
	OWNER_SAME,    /* it names the node the map names */
	OWNER_OTHER,   /* it names another node */
} rc_owner;

/* The owner `reply` (to EXISTS on a key of the slot) names: the asked node when it
 * answered the command, the target of its MOVED otherwise. */
static bool owner_of_reply(const zval *reply, int type, const rc_node_info *asked, rc_seed *owner)
{
	const char *p, *end, *space, *colon;

	if (type == REDIS_REPLY_INTEGER) {
		owner->host = zend_string_init(asked->host, asked->host_len, 0);
		owner->port = asked->port;
		return true;
	}
	if (type != REDIS_REPLY_ERROR || Z_STRLEN_P(reply) < 6 || memcmp(Z_STRVAL_P(reply), "MOVED ", 6) != 0) {
		return false;
	}
	p = Z_STRVAL_P(reply) + 6;
	end = Z_STRVAL_P(reply) + Z_STRLEN_P(reply);
	if ((space = memchr(p, ' ', (size_t)(end - p))) == NULL
		|| (colon = zend_memrchr(space, ':', (size_t)(end - space))) == NULL) {
		return false;
	}
	if (colon == space + 1) {
		/* ":port": the asked node's host. */
		zend_string *addr = zend_strpprintf(0, "%s%.*s", asked->host, (int)(end - colon), colon);
		bool ok = rc_seed_parse(ZSTR_VAL(addr), ZSTR_LEN(addr), owner) == SUCCESS;

		zend_string_release(addr);
		return ok;
	}
	return rc_seed_parse(space + 1, (size_t)(end - space - 1), owner) == SUCCESS;
}

/* Asks the node at idx who owns `slot`, within a quarter of what is left of the budget;
 * a node that does not answer is suspect in turn. OWNER_OTHER leaves the owner in *owner. */
static rc_owner ask_owner(rc_cluster *c, uint16_t idx, uint16_t slot, const rc_node_info *mapped, rc_seed *owner)
{
	const rc_node_info *asked = &c->topo->nodes[idx];
	rc_conn *conn = rc_cluster_conn_at(c, asked->host, asked->host_len, asked->port);
	double until = rc_now() + rc_cluster_budget_left(c) / 4;
	rc_owner result = OWNER_UNKNOWN;
	rc_status status;
	char key[16];
	rc_cmd cmd;
	zval reply;
	int type;

	if (conn == NULL || rc_conn_busy(conn) || conn->in_multi) {
		return OWNER_UNKNOWN;
	}
	rc_cmd_init(&cmd, "EXISTS", 6);
	rc_cmd_arg(&cmd, key, (size_t)snprintf(key, sizeof(key), "{%u}", probe_tag[slot] - 1));
	rc_cmd_finish(&cmd);
	status = rc_conn_write(conn, rc_cmd_data(&cmd), rc_cmd_len(&cmd), 1, until, &c->err);
	rc_cmd_free(&cmd);
	if (status == RC_OK) {
		status = rc_conn_read(conn, &reply, &type, 0, until, &c->err);
	}
	if (status != RC_OK) {
		rc_cluster_suspect(c, asked->host, asked->host_len, asked->port, status);
		rc_cluster_drop_conn(c, conn);
		return OWNER_UNKNOWN;
	}
	if (owner_of_reply(&reply, type, asked, owner)) {
		bool same = owner->port == mapped->port && zend_string_equals_cstr(owner->host, mapped->host, mapped->host_len);

		result = same ? OWNER_SAME : OWNER_OTHER;
		if (same) {
			zend_string_release(owner->host);
		}
	}
	zval_ptr_dtor(&reply);
	return result;
}

/* Asks up to two other nodes who owns `slot`, which the map gives to the suspect node at
 * `mapped`. True when one names another node: the slot is routed there (and the map
 * refreshed once the request is done). */
static bool revalidate_slot(rc_cluster *c, uint16_t slot, uint16_t mapped)
{
	uint16_t tried = RC_NO_NODE;
	rc_err saved = c->err;
	bool moved = false;

	if (!probe_ready) {
		make_probe_tags();
	}
	if (probe_tag[slot] == 0) {
		return false;
	}
	rc_cache_count(c->cache_key, RC_SHM_REVALIDATIONS);
	for (int i = 0; i < 2 && !moved; i++) {
		uint16_t idx = other_node(c, mapped, tried);
		rc_owner said;
		rc_seed owner;

		if (idx == RC_NO_NODE) {
			break;
		}
		tried = idx;
		said = ask_owner(c, idx, slot, &c->topo->nodes[mapped], &owner);
		if (said == OWNER_SAME) {
			break;
		}
		if (said == OWNER_OTHER) {
			rc_cluster_note_moved(c, slot, ZSTR_VAL(owner.host), ZSTR_LEN(owner.host), owner.port);
			zend_string_release(owner.host);
			moved = true;
		}
	}
	c->err = saved;
	return moved;
}

static double conn_suspected(const rc_cluster *c, const rc_conn *conn)
{
	return rc_cache_suspected(c->cache_key, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port);
}

rc_conn *rc_cluster_route_trusted(rc_cluster *c, rc_req *req, double *since)
{
	uint16_t mapped;
	rc_conn *conn;

	*since = 0;
	/* The warm path: no node of the cluster under suspicion when the request began (a mark
	 * made by another worker meanwhile counts from the next request). */
	if (c->cache_key == NULL || !c->suspects) {
		return rc_cluster_route(c, req);
	}
	/* Before any connection is opened: a hung node whose accept queue is full would hold
	 * the connect itself for the whole connect timeout. A redirection's target, a node the
	 * caller named and an owner just learnt are not the map's choice. */
	if (!req->redirect && req->node == RC_NO_NODE
		&& !(c->moved && zend_hash_index_exists(c->moved, req->slot))
		&& (mapped = rc_topology_owner(c->topo, req->slot)) != RC_NO_NODE) {
		const rc_node_info *node = &c->topo->nodes[mapped];

		if (rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port) > 0) {
			revalidate_slot(c, req->slot, mapped);
		}
	}
	conn = rc_cluster_route(c, req);
	*since = conn ? conn_suspected(c, conn) : 0;
	return conn;
}

/* The map, asked again for the pool; a worker that finds another one asking waits for
 * its answer (at most half of what is left of the budget). */
static void refresh_for_pool(rc_cluster *c)
{
	rc_err saved = c->err;
	rc_claim claim;

	rc_cluster_refresh_claim(c, RC_WHY_SUSPECT, &claim);
	if (claim == RC_CLAIM_IN_FLIGHT) {
		rc_cache_wait(c->cache_key, RC_SHM_FLIGHT_REFRESH, rc_now() + rc_cluster_budget_left(c) / 2);
		rc_cluster_adopt(c);
	}
	c->err = saved;
}

void rc_cluster_revalidate_batch(rc_cluster *c, const rc_req *reqs, uint32_t n)
{
	bool *asked;

	if (c->cache_key == NULL || !c->suspects) {
		return;
	}
	asked = ecalloc(c->topo->node_count, sizeof(bool));
	for (uint32_t i = 0; i < n; i++) {
		uint16_t idx = reqs[i].node == RC_NO_NODE ? rc_topology_owner(c->topo, reqs[i].slot) : RC_NO_NODE;
		const rc_node_info *node;

		if (reqs[i].redirect || idx == RC_NO_NODE || asked[idx]) {
			continue;
		}
		asked[idx] = true;
		node = &c->topo->nodes[idx];
		if (rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port) > 0
			&& revalidate_slot(c, reqs[i].slot, idx)) {
			/* The node's slots moved: the whole map, before the batch routes anything. */
			refresh_for_pool(c);
			break;
		}
	}
	efree(asked);
}

const char *rc_cluster_epoch_cmd(size_t *len)
{
	*len = sizeof(info_cmd) - 1;
	return info_cmd;
}

uint64_t rc_cluster_epoch_of(const zval *reply, int type)
{
	return type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS
		? rc_topology_parse_epoch(Z_STRVAL_P(reply), Z_STRLEN_P(reply)) : 0;
}

/* CLUSTER INFO's epoch from the node at idx, 0 when it could not be had (the node is then
 * suspect). Waits no longer than `until`. */
static uint64_t ask_epoch(rc_cluster *c, uint16_t idx, double until, bool *answered)
{
	const rc_node_info *node = &c->topo->nodes[idx];
	rc_conn *conn = rc_cluster_conn_at(c, node->host, node->host_len, node->port);
	rc_status status;
	uint64_t epoch;
	zval reply;
	int type;

	*answered = false;
	if (conn == NULL || rc_conn_busy(conn) || conn->in_multi) {
		return 0;
	}
	status = rc_conn_write(conn, info_cmd, sizeof(info_cmd) - 1, 1, until, &c->err);
	if (status == RC_OK) {
		status = rc_conn_read(conn, &reply, &type, 0, until, &c->err);
	}
	if (status != RC_OK) {
		rc_cluster_suspect(c, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port, status);
		rc_cluster_drop_conn(c, conn);
		return 0;
	}
	*answered = true;
	epoch = rc_cluster_epoch_of(&reply, type);
	zval_ptr_dtor(&reply);
	return epoch;
}

/* What an answered check decides: a newer epoch than the map's (or one where the map has
 * none) is a refresh, from the node that answered first; then the claim is let go. */
static void settle(rc_cluster *c, uint16_t asked, bool answered, uint64_t epoch)
{
	bool confirmed = answered;

	if (answered && epoch > c->topo->epoch) {
		rc_cache_count(c->cache_key, RC_SHM_EPOCH_CHANGES);
		rc_cache_invalidate(c->cache_key, RC_WHY_EPOCH, c->topo);
		confirmed = rc_cluster_fetch(c, asked) == RC_OK;
	}
	rc_cache_check_done(c->cache_key, confirmed);
}

/* The check on its own, by the worker that won its claim: asks up to two other nodes than
 * the command's (a quarter of the budget each: one may be the hung node the check is
 * there to find). */
static void run_check(rc_cluster *c, const rc_req *first)
{
	uint16_t target = first->node != RC_NO_NODE ? rc_cluster_req_node(c, first) : rc_topology_owner(c->topo, first->slot);
	uint16_t idx = RC_NO_NODE;
	bool answered = false;
	uint64_t epoch = 0;

	for (int i = 0; i < 2 && !answered; i++) {
		if ((idx = other_node(c, target, idx)) == RC_NO_NODE) {
			break;
		}
		epoch = ask_epoch(c, idx, rc_now() + rc_cluster_budget_left(c) / 4, &answered);
	}
	settle(c, idx, answered, epoch);
}

/* The node to carry the check with a batch, or RC_NO_NODE: the check then runs on its own,
 * before anything is sent. It rides only with what can be sent again whatever happened to
 * it, on connections open already (a connect to a dead old owner could spend the budget
 * before the check is even written): every command a read, not blocking, routed by its
 * slot's master; the carrier is another node than the first command's. Not while a node
 * of the pool is suspect: the batch then asks about it first (which may replace the map
 * the carrier was chosen from). A read the stale map sent to a node that lost its slot
 * is answered MOVED, or retried by the new map after a cut-short wait: nothing need wait
 * for the check's answer. */
static uint16_t ride_carrier(const rc_cluster *c, const rc_req *reqs, uint32_t n)
{
	uint16_t first = RC_NO_NODE;

	if (n < 2 || c->suspects || c->node_conn == NULL
		|| (c->failover != RC_FAILOVER_NONE && c->failover != RC_FAILOVER_ERROR)) {
		return RC_NO_NODE;
	}
	for (uint32_t i = 0; i < n; i++) {
		const rc_req *req = &reqs[i];
		uint16_t idx;

		if (!req->readonly || req->blocks || req->block > 0 || req->redirect || req->node != RC_NO_NODE
			|| (c->moved && zend_hash_index_exists(c->moved, req->slot))
			|| (idx = rc_topology_owner(c->topo, req->slot)) == RC_NO_NODE || c->node_conn[idx] == NULL) {
			return RC_NO_NODE;
		}
		first = i == 0 ? idx : first;
	}
	for (uint32_t i = 1; i < n; i++) {
		uint16_t idx = rc_topology_owner(c->topo, reqs[i].slot);

		if (idx != first) {
			return idx;
		}
	}
	return RC_NO_NODE;
}

uint16_t rc_cluster_check_epoch(rc_cluster *c, const rc_req *reqs, uint32_t n)
{
	uint16_t carrier = RC_NO_NODE;
	rc_topology *newer;
	rc_claim claim;
	rc_err saved;

	if (c->cache_key == NULL) {
		return RC_NO_NODE;
	}
	/* The warm path: one lookup, a few atomic loads, no I/O. */
	if ((newer = rc_cache_begin(c->cache_key, c->topo, c->epoch_check, &claim, &c->suspects)) != NULL) {
		rc_cluster_swap(c, newer);
	}
	if (claim == RC_CLAIM_DONE) {
		return RC_NO_NODE;
	}
	saved = c->err;
	if (claim == RC_CLAIM_IN_FLIGHT) {
		/* Another worker is asking: its answer decides where this command goes. */
		rc_cache_wait(c->cache_key, RC_SHM_FLIGHT_CHECK, rc_now() + rc_cluster_budget_left(c) / 2);
		rc_cluster_adopt(c);
	} else if ((carrier = ride_carrier(c, reqs, n)) == RC_NO_NODE) {
		run_check(c, reqs);
	}
	c->err = saved;
	return carrier;
}

bool rc_cluster_epoch_heard(rc_cluster *c, uint64_t epoch)
{
	rc_cache_count(c->cache_key, RC_SHM_EPOCH_PIPELINED);
	if (epoch > c->topo->epoch) {
		return false;
	}
	/* The same epoch: the map holds for another interval, and the workers waiting for
	 * this answer need not wait for the rest of the batch. */
	rc_cache_check_done(c->cache_key, true);
	return true;
}

void rc_cluster_epoch_answer(rc_cluster *c, uint16_t asked, bool answered, uint64_t epoch, const rc_req *first)
{
	rc_err saved = c->err;

	if (answered) {
		settle(c, asked, true, epoch);
	} else if (c->deadline - rc_now() > c->budget / 4) {
		/* Its carrier failed: on its own, now that nothing is owed. */
		run_check(c, first);
	} else {
		/* Not with what is left: a quarter of nearly nothing would time healthy nodes
		 * out and mark them suspect. The next request asks. */
		rc_cache_check_done(c->cache_key, false);
	}
	c->err = saved;
}
