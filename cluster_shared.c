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

/* A suspect node's map is asked again when it predates the mark or, while the node stays
 * suspect (no answer from it since), when it is older than the refresh debounce: so the
 * pool sees a replacement within one debounce interval, at one CLUSTER SLOTS per interval. */
static bool revalidation_due(const rc_cluster *c, double since)
{
	return c->topo->fetched_at < since || rc_now() - c->topo->fetched_at >= c->debounce;
}

static void revalidate(rc_cluster *c)
{
	rc_err saved = c->err;
	rc_claim claim;

	rc_cache_count(c->cache_key, RC_SHM_REVALIDATIONS);
	rc_cluster_refresh_claim(c, RC_WHY_SUSPECT, &claim);
	if (claim == RC_CLAIM_IN_FLIGHT) {
		/* Another worker is asking the cluster right now: its answer will be ours. */
		rc_cache_wait(c->cache_key, RC_SHM_FLIGHT_REFRESH, rc_now() + rc_cluster_budget_left(c) / 2);
		rc_cluster_adopt(c);
	}
	c->err = saved;
}

static double conn_suspected(const rc_cluster *c, const rc_conn *conn)
{
	return rc_cache_suspected(c->cache_key, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port);
}

rc_conn *rc_cluster_route_trusted(rc_cluster *c, rc_req *req, double *since)
{
	rc_conn *conn = rc_cluster_route(c, req);

	*since = 0;
	/* A redirection's target and a node the caller named are not the map's choice. */
	if (conn == NULL || c->cache_key == NULL || req->redirect || req->node != RC_NO_NODE) {
		return conn;
	}
	*since = conn_suspected(c, conn);
	if (*since == 0 || !revalidation_due(c, *since)) {
		return conn;
	}
	revalidate(c);
	/* The refresh may have replaced the map and dropped connections: route again. */
	conn = rc_cluster_route(c, req);
	*since = conn ? conn_suspected(c, conn) : 0;
	return conn;
}

void rc_cluster_revalidate_batch(rc_cluster *c, const rc_req *reqs, uint32_t n)
{
	if (c->cache_key == NULL || !rc_cache_any_suspect(c->cache_key)) {
		return;
	}
	for (uint32_t i = 0; i < n; i++) {
		uint16_t idx = reqs[i].node == RC_NO_NODE ? rc_topology_owner(c->topo, reqs[i].slot) : RC_NO_NODE;
		const rc_node_info *node;
		double since;

		if (reqs[i].redirect || idx == RC_NO_NODE) {
			continue;
		}
		node = &c->topo->nodes[idx];
		since = rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port);
		if (since > 0 && revalidation_due(c, since)) {
			revalidate(c);
			return;
		}
	}
}

/* The node to ask for the epoch: a master other than the command's, not suspect; else a
 * replica; else any other node; else the command's own (a one-node cluster). */
static uint16_t check_node(const rc_cluster *c, uint16_t target)
{
	const rc_topology *topo = c->topo;
	uint32_t start = (uint32_t)php_mt_rand_range(0, (zend_long)topo->node_count - 1);

	for (int pass = 0; pass < 3; pass++) {
		for (uint32_t k = 0; k < topo->node_count; k++) {
			uint16_t idx = (uint16_t)((start + k) % topo->node_count);
			const rc_node_info *node = &topo->nodes[idx];

			if (idx == target || (pass == 0 && idx >= topo->master_count)) {
				continue;
			}
			if (pass < 2 && rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port) > 0) {
				continue;
			}
			return idx;
		}
	}
	return target;
}

/* CLUSTER INFO's epoch from the node at idx, 0 when it could not be had (the node is then
 * suspect). Waits no longer than `until`. */
static uint64_t ask_epoch(rc_cluster *c, uint16_t idx, double until, bool *answered)
{
	const rc_node_info *node = &c->topo->nodes[idx];
	rc_conn *conn = rc_cluster_conn_at(c, node->host, node->host_len, node->port);
	rc_status status;
	uint64_t epoch = 0;
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
	if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS) {
		epoch = rc_topology_parse_epoch(Z_STRVAL(reply), Z_STRLEN(reply));
	}
	zval_ptr_dtor(&reply);
	return epoch;
}

/* The check itself, by the worker that won its claim. A newer epoch than the map's (or
 * one where the map has none) is a refresh, from the node that just answered first. */
static void run_check(rc_cluster *c, const rc_req *first)
{
	uint16_t target = first->node != RC_NO_NODE ? first->node : rc_topology_owner(c->topo, first->slot);
	uint16_t idx = check_node(c, target);
	bool confirmed = false, answered;
	uint64_t epoch;

	epoch = ask_epoch(c, idx, rc_now() + rc_cluster_budget_left(c) / 2, &answered);
	if (answered && epoch > c->topo->epoch) {
		rc_cache_count(c->cache_key, RC_SHM_EPOCH_CHANGES);
		rc_cache_invalidate(c->cache_key, RC_WHY_EPOCH, c->topo);
		confirmed = rc_cluster_fetch(c, idx) == RC_OK;
	} else {
		confirmed = answered;
	}
	rc_cache_check_done(c->cache_key, confirmed);
}

void rc_cluster_check_epoch(rc_cluster *c, const rc_req *first)
{
	rc_err saved = c->err;
	rc_claim claim;

	if (c->cache_key == NULL) {
		return;
	}
	rc_cluster_adopt(c);
	if (c->epoch_check <= 0 || (claim = rc_cache_claim_check(c->cache_key, c->epoch_check)) == RC_CLAIM_DONE) {
		return;
	}
	if (claim == RC_CLAIM_IN_FLIGHT) {
		/* Another worker is asking: its answer decides where this command goes. */
		rc_cache_wait(c->cache_key, RC_SHM_FLIGHT_CHECK, rc_now() + rc_cluster_budget_left(c) / 2);
		rc_cluster_adopt(c);
	} else {
		run_check(c, first);
	}
	c->err = saved;
}
