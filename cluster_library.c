#include "cluster_internal.h"
#include "cluster_pubsub.h"

#include "ext/standard/file.h"
#include "ext/standard/php_mt_rand.h"


/* What the loop does next for a command. */
typedef enum {
	NEXT_DONE,    /* the reply is final */
	NEXT_SEND,    /* send (again) now: first try, or MOVED/ASK */
	NEXT_WAIT,    /* back off, then send again: TRYAGAIN */
	NEXT_REFRESH, /* refresh the topology, back off, send again: CLUSTERDOWN, lost node */
} rc_next;

static const char asking_cmd[] = "*1\r\n$6\r\nASKING\r\n";

/* Connections */

/* "host:port", put together by hand: a printf-style format cost a fifth of a connect(). */
static zend_string *addr_key(const char *host, size_t len, uint16_t port)
{
	char digits[6];
	const char *p = zend_print_ulong_to_buf(digits + 5, port);
	size_t plen = (size_t)(digits + 5 - p);
	zend_string *key = zend_string_alloc(len + 1 + plen, 0);

	memcpy(ZSTR_VAL(key), host, len);
	ZSTR_VAL(key)[len] = ':';
	memcpy(ZSTR_VAL(key) + len + 1, p, plen + 1);
	return key;
}

rc_conn *rc_cluster_conn_find(rc_cluster *c, const char *host, size_t len, uint16_t port)
{
	zend_string *key = addr_key(host, len, port);
	rc_conn *conn = zend_hash_find_ptr(&c->conns, key);

	zend_string_release(key);
	return conn && rc_conn_alive(conn) ? conn : NULL;
}

rc_conn *rc_cluster_conn_at(rc_cluster *c, const char *host, size_t len, uint16_t port)
{
	zend_string *key = addr_key(host, len, port);
	rc_conn *conn = zend_hash_find_ptr(&c->conns, key);

	if (conn && !rc_conn_alive(conn)) {
		/* Its pooled stream was destroyed by another object sharing it. */
		rc_cluster_drop_conn(c, conn);
		conn = NULL;
	}
	if (conn == NULL) {
		rc_conn_opts opts = c->opts;
		double left = rc_cluster_budget_left(c);

		if (left > 0 && left < rc_timeout_seconds(opts.timeout)) {
			opts.timeout = left;
		}
		conn = rc_conn_open(host, len, port, &opts, &c->err);
		if (conn) {
			conn->serial = ++c->conn_serial;
			conn->bytes = c->bytes;
			zend_hash_add_new_ptr(&c->conns, key, conn);
		} else {
			rc_cluster_suspect(c, host, len, port, c->err.code);
		}
	}
	zend_string_release(key);
	return conn;
}

static rc_conn *conn_for_node(rc_cluster *c, uint16_t idx)
{
	rc_node_info *node = &c->topo->nodes[idx];
	rc_conn *conn;

	if (c->node_conn == NULL) {
		/* Made on first use, so that construction costs the same whatever the cluster's size. */
		c->node_conn = ecalloc(c->topo->node_count, sizeof(rc_conn *));
	}
	conn = c->node_conn[idx];

	if (c->standalone && conn && conn != c->idle_ok && !rc_conn_busy(conn)) {
		if (rc_conn_check_idle(conn)) {
			c->idle_ok = conn;
		} else {
			/* The server closed it while it was idle (a timeout, CLIENT KILL, a restart):
			 * nothing was sent on it. One poll(), no waiting. As phpredis's Redis, that is
			 * a lost connection that the command loop reconnects after its backoff, within
			 * OPT_MAX_RETRIES. A transaction on it is lost: its books see a new serial. */
			rc_cluster_drop_conn(c, conn);
			rc_err_set(&c->err, RC_ERR_CONNECT, "Connection lost");
			return NULL;
		}
	}
	if (conn == NULL || !rc_conn_alive(conn)) {
		conn = rc_cluster_conn_at(c, node->host, node->host_len, node->port);
		if (conn == NULL) {
			return NULL;
		}
		c->node_conn[idx] = conn;
	}
	if (!conn->id_checked && node->id[0] != '\0') {
		/* A new node behind an old address shows here, at no extra round trip. */
		rc_conn_queue_myid(conn, node->id);
	}
	if (idx >= c->topo->master_count) {
		rc_conn_queue_readonly(conn);
	}
	return conn;
}

/* Forgets a connection that failed; its stream is destroyed, never pooled. */
void rc_cluster_drop_conn(rc_cluster *c, rc_conn *conn)
{
	zend_string *key = addr_key(ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port);

	c->idle_ok = NULL;
	for (uint32_t i = 0; c->node_conn && i < c->topo->node_count; i++) {
		if (c->node_conn[i] == conn) {
			c->node_conn[i] = NULL;
		}
	}
	zend_hash_del(&c->conns, key);
	zend_string_release(key);
	rc_conn_close(conn, true);
}

void rc_cluster_swap(rc_cluster *c, rc_topology *topo)
{
	if (c->topo) {
		rc_topology_release(c->topo);
	}
	c->topo = topo;
	/* Connections stay open by address; the per-node shortcuts are made again on use. */
	if (c->node_conn) {
		efree(c->node_conn);
		c->node_conn = NULL;
	}
	if (c->moved) {
		zend_hash_destroy(c->moved);
		FREE_HASHTABLE(c->moved);
		c->moved = NULL;
	}
	c->refresh_wanted = false;
}

/* Lifecycle */

void rc_cluster_init(rc_cluster *c)
{
	memset(c, 0, sizeof(*c));
	zend_hash_init(&c->conns, 8, NULL, NULL, 0);
	c->failover = RC_FAILOVER_NONE;
	c->max_retries = 10;
	c->backoff_algorithm = RC_BACKOFF_DEFAULT;
	c->backoff_base = 10;
	c->backoff_cap = 500;
	c->opts.db = -1;
	c->opts.pooling = true;
}

void rc_cluster_close(rc_cluster *c)
{
	rc_conn *conn;

	/* Closing a connection ends its MULTI and WATCH on the server. */
	rc_cluster_txn_free(c);
	rc_pubsub_close(c);

	ZEND_HASH_FOREACH_PTR(&c->conns, conn) {
		rc_conn_close(conn, false);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(&c->conns);
	c->idle_ok = NULL;
	if (c->node_conn) {
		memset(c->node_conn, 0, c->topo->node_count * sizeof(rc_conn *));
	}
}

void rc_cluster_free(rc_cluster *c)
{
	rc_cluster_close(c);
	zend_hash_destroy(&c->conns);
	if (c->topo) {
		rc_topology_release(c->topo);
	}
	if (c->node_conn) {
		efree(c->node_conn);
	}
	if (c->moved) {
		zend_hash_destroy(c->moved);
		FREE_HASHTABLE(c->moved);
	}
	for (uint32_t i = 0; i < c->seed_count; i++) {
		zend_string_release(c->seeds[i].host);
	}
	if (c->seeds) {
		efree(c->seeds);
	}
	if (c->redir_host) {
		zend_string_release(c->redir_host);
	}
	if (c->cache_key) {
		zend_string_release(c->cache_key);
	}
	rc_conn_opts_free(&c->opts);
}

void rc_cluster_add_seed(rc_cluster *c, rc_seed *seed)
{
	for (uint32_t i = 0; i < c->seed_count; i++) {
		if (c->seeds[i].port == seed->port && zend_string_equals(c->seeds[i].host, seed->host)) {
			zend_string_release(seed->host);
			return;
		}
	}
	c->seeds = safe_erealloc(c->seeds, c->seed_count + 1, sizeof(rc_seed), 0);
	c->seeds[c->seed_count++] = *seed;
}

void rc_cluster_configure(rc_cluster *c, double timeout, double read_timeout, bool persistent, double debounce)
{
	c->opts.timeout = timeout;
	c->opts.read_timeout = read_timeout;
	c->opts.persistent = persistent;
	if (persistent) {
		/* Only a pooled socket is found by the tag: a SHA-1 per connect() saved otherwise. */
		rc_conn_opts_seal(&c->opts);
	}
	/* The budget for one command's redirections and retries; bounded even with no timeout. */
	c->budget = timeout > 0 ? timeout : (read_timeout > 0 ? read_timeout : (double)MAX(FG(default_socket_timeout), 1));
	c->debounce = debounce;
}

zend_string *rc_cluster_cache_key(const rc_cluster *c, const zend_string *name)
{
	zend_string **seeds = safe_emalloc(c->seed_count, sizeof(zend_string *), 0);
	zend_string *key;

	for (uint32_t i = 0; i < c->seed_count; i++) {
		seeds[i] = zend_strpprintf(0, "%s:%u", ZSTR_VAL(c->seeds[i].host), c->seeds[i].port);
	}
	key = rc_cache_key(name, seeds, c->seed_count);
	for (uint32_t i = 0; i < c->seed_count; i++) {
		zend_string_release(seeds[i]);
	}
	efree(seeds);
	return key;
}

void rc_cluster_use_cache(rc_cluster *c, zend_string *key)
{
	if (c->cache_key) {
		zend_string_release(c->cache_key);
	}
	c->cache_key = key;
	c->epoch_check = rc_cache_epoch_interval();
}

zend_result rc_seed_parse(const char *str, size_t len, rc_seed *seed)
{
	const char *colon = zend_memrchr(str, ':', len);
	const char *host = str;
	size_t host_len;
	zend_long port = 0;

	if (colon == NULL || colon == str || colon == str + len - 1) {
		return FAILURE;
	}
	for (const char *p = colon + 1; p < str + len; p++) {
		if (*p < '0' || *p > '9' || port > 65535) {
			return FAILURE;
		}
		port = port * 10 + (*p - '0');
	}
	if (port < 1 || port > 65535) {
		return FAILURE;
	}
	host_len = (size_t)(colon - str);
	if (host[0] == '[' && host_len > 2 && host[host_len - 1] == ']') {
		host++;
		host_len -= 2;
	}
	seed->host = zend_string_init(host, host_len, 0);
	seed->port = (uint16_t)port;
	return SUCCESS;
}

/* The value of `database` in a seed's query string is 0: "0" (or "00", "+0"), nothing else. */
static bool query_database_zero(const char *query, size_t len)
{
	const char *end = query + len;

	for (const char *p = query; p < end;) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(stop - p));

		if (eq && eq - p == sizeof("database") - 1 && memcmp(p, "database", eq - p) == 0) {
			const char *v = eq + 1;

			if (v < stop && *v == '+') {
				v++;
			}
			if (v == stop) {
				return false;
			}
			for (; v < stop; v++) {
				if (*v != '0') {
					return false;
				}
			}
		}
		p = stop + 1;
	}
	return true;
}

rc_seed_result rc_seed_parse_uri(const char *str, size_t len, rc_seed *seed, bool *tls)
{
	const char *query;

	if (len > 6 && (!strncasecmp(str, "tls://", 6) || !strncasecmp(str, "ssl://", 6))) {
		*tls = true;
		str += 6;
		len -= 6;
	} else if (len > 6 && !strncasecmp(str, "tcp://", 6)) {
		str += 6;
		len -= 6;
	}
	query = memchr(str, '?', len);
	if (query) {
		size_t query_len = len - (size_t)(query - str) - 1;

		len = (size_t)(query - str);
		if (!query_database_zero(query + 1, query_len)) {
			return RC_SEED_DATABASE;
		}
	}
	return rc_seed_parse(str, len, seed) == SUCCESS ? RC_SEED_OK : RC_SEED_INVALID;
}

/* Topology */

/* Asks one node for CLUSTER SLOTS on `conn` (which the caller drops if this fails) and,
 * when the epoch check is on, for CLUSTER INFO in the same write: the snapshot records the
 * cluster's epoch at no extra round trip. A failure of the second reply leaves the first
 * standing (*epoch 0) and sets *drop: the connection is owed a reply. */
static rc_status ask_slots(rc_cluster *c, rc_conn *conn, zval *reply, int *type, uint64_t *epoch, bool *drop)
{
	static const char cmds[] = "*2\r\n$7\r\nCLUSTER\r\n$5\r\nSLOTS\r\n*2\r\n$7\r\nCLUSTER\r\n$4\r\nINFO\r\n";
	static const size_t slots_len = sizeof("*2\r\n$7\r\nCLUSTER\r\n$5\r\nSLOTS\r\n") - 1;
	bool with_info = c->epoch_check > 0;
	rc_status status = rc_conn_write(conn, cmds, with_info ? sizeof(cmds) - 1 : slots_len, with_info ? 2 : 1,
		c->deadline, &c->err);
	rc_err saved;
	zval info;
	int info_type;

	*epoch = 0;
	*drop = false;
	if (status != RC_OK || (status = rc_conn_read(conn, reply, type, 0, c->deadline, &c->err)) != RC_OK) {
		return status;
	}
	if (with_info) {
		saved = c->err;
		if (rc_conn_read(conn, &info, &info_type, 0, c->deadline, &c->err) != RC_OK) {
			c->err = saved;
			*drop = true;
			return RC_OK;
		}
		*epoch = rc_cluster_epoch_of(&info, info_type);
		zval_ptr_dtor(&info);
	}
	return RC_OK;
}

/* Asks the node at an address for CLUSTER SLOTS on a connection of its own, while the
 * object's connection there is inside MULTI. Never pooled: the pool would hand back the
 * object's stream. */
static rc_status ask_slots_aside(rc_cluster *c, const char *host, size_t len, uint16_t port, zval *reply, int *type,
	uint64_t *epoch)
{
	rc_conn_opts opts = c->opts;
	rc_status status;
	rc_conn *conn;
	bool drop;

	opts.persistent = false;
	if ((conn = rc_conn_open(host, len, port, &opts, &c->err)) == NULL) {
		return RC_ERR_CONNECT;
	}
	status = ask_slots(c, conn, reply, type, epoch, &drop);
	rc_conn_close(conn, status != RC_OK || drop);
	return status;
}

/* Asks one node for CLUSTER SLOTS and builds a snapshot from its answer. */
static rc_topology *fetch_topology(rc_cluster *c, const char *host, size_t len, uint16_t port)
{
	rc_topology *topo = NULL;
	rc_status status;
	uint64_t epoch = 0;
	zval reply;
	int type;

	/* A connection opened earlier may have died with the node that was behind the
	 * address; a new node may answer there now: one more try on a fresh connection. */
	for (int tries = 0;; tries++) {
		zend_string *key = addr_key(host, len, port);
		rc_conn *conn = zend_hash_find_ptr(&c->conns, key);
		bool was_open = conn != NULL, drop;

		zend_string_release(key);
		/* Refreshes run only between batches (see write_read_groups()): a connection owed
		 * replies belongs to the batch reading them, and this one would be written to,
		 * read from and perhaps dropped. */
		ZEND_ASSERT(conn == NULL || !rc_conn_busy(conn));
		if (conn && conn->in_multi) {
			/* CLUSTER SLOTS would be queued in the transaction, not answered. */
			status = ask_slots_aside(c, host, len, port, &reply, &type, &epoch);
			break;
		}
		if ((conn = rc_cluster_conn_at(c, host, len, port)) == NULL) {
			return NULL;
		}
		if ((status = ask_slots(c, conn, &reply, &type, &epoch, &drop)) == RC_OK) {
			if (drop) {
				rc_cluster_drop_conn(c, conn);
			}
			break;
		}
		rc_cluster_suspect(c, host, len, port, status);
		rc_cluster_drop_conn(c, conn);
		if (!was_open || tries > 0) {
			return NULL;
		}
	}
	if (status != RC_OK) {
		return NULL;
	}
	if (type == REDIS_REPLY_ERROR) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "%.*s:%u answered CLUSTER SLOTS with %s", (int)len, host, port,
			Z_STRVAL(reply));
	} else {
		topo = rc_topology_build(&reply, host, len, port, &c->err);
		if (topo) {
			topo->epoch = epoch;
		}
	}
	zval_ptr_dtor(&reply);
	return topo;
}

static void shuffle(uint32_t *order, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		order[i] = i;
	}
	for (uint32_t i = n; i > 1; i--) {
		uint32_t j = (uint32_t)php_mt_rand_range(0, (zend_long)i - 1);
		uint32_t tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

/* A refresh inside a command stops asking nodes once the command's time is up: each
 * silent node costs a timeout, and the budget is a promise. */
static bool out_of_time(rc_cluster *c)
{
	if (c->deadline > 0 && rc_now() >= c->deadline) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, RC_MSG_BUDGET);
		return true;
	}
	return false;
}

/* Tries the seeds in random order; the first valid map wins. */
static rc_topology *topology_from_seeds(rc_cluster *c)
{
	uint32_t *order = safe_emalloc(c->seed_count, sizeof(uint32_t), 0);
	rc_topology *topo = NULL;

	shuffle(order, c->seed_count);
	for (uint32_t i = 0; i < c->seed_count && topo == NULL && !out_of_time(c); i++) {
		rc_seed *seed = &c->seeds[order[i]];
		topo = fetch_topology(c, ZSTR_VAL(seed->host), ZSTR_LEN(seed->host), seed->port);
	}
	efree(order);
	return topo;
}

/* A fresh snapshot becomes this object's and, with the cache on, the cached one. */
static void install_topology(rc_cluster *c, rc_topology *topo)
{
	rc_cluster_swap(c, topo);
	if (c->cache_key) {
		smart_str seeds = {0};

		for (uint32_t i = 0; i < c->seed_count; i++) {
			smart_str_append_printf(&seeds, "%s%s:%u", i ? "," : "", ZSTR_VAL(c->seeds[i].host), c->seeds[i].port);
		}
		smart_str_0(&seeds);
		rc_cache_put(c->cache_key, topo, ZSTR_VAL(seeds.s), ZSTR_LEN(seeds.s));
		smart_str_free(&seeds);
	}
}

rc_status rc_cluster_connect(rc_cluster *c, double max_age)
{
	rc_topology *topo;
	bool stale = false;
	rc_claim claim;

	if (c->cache_key && (topo = rc_cache_get(c->cache_key, max_age, &stale)) != NULL) {
		rc_cluster_swap(c, topo);
		if (stale && rc_cache_claim_refresh(c->cache_key, c->debounce) == RC_CLAIM_WON) {
			/* A MOVED or ASK asked for revalidation; the cached map serves if it fails. */
			rc_err saved = c->err;
			rc_cluster_fetch(c, RC_NO_NODE);
			rc_cache_refresh_done(c->cache_key);
			c->err = saved;
		}
		return RC_OK;
	}
	if (c->cache_key && (claim = rc_cache_claim_fill(c->cache_key, c->debounce)) != RC_CLAIM_WON) {
		/* Another worker of a pool starting cold is asking the seeds, or has just
		 * published what they said: its map is ours. */
		if (claim == RC_CLAIM_IN_FLIGHT) {
			rc_cache_wait(c->cache_key, RC_SHM_FLIGHT_FILL, rc_now() + c->budget / 2);
		}
		/* Counted once, as the miss it was; the entry counts the adoption. */
		if ((topo = rc_cache_peek(c->cache_key)) != NULL) {
			rc_cluster_swap(c, rc_topology_addref(topo));
			return RC_OK;
		}
	}
	topo = topology_from_seeds(c);
	if (topo) {
		install_topology(c, topo);
	} else {
		rc_err_wrap(&c->err, RC_ERR_CLUSTER, RC_MSG_NO_SEED_ANSWERS);
	}
	if (c->cache_key) {
		/* After the publication: a worker waiting for this fill finds the map. */
		rc_cache_flight_done(c->cache_key, RC_SHM_FLIGHT_FILL);
	}
	return topo ? RC_OK : RC_ERR_CLUSTER;
}

rc_status rc_cluster_refresh_claim(rc_cluster *c, rc_why why, rc_claim *claim)
{
	rc_topology *cached;
	rc_status status;

	*claim = RC_CLAIM_WON;
	if (c->cache_key) {
		cached = rc_cache_peek(c->cache_key);
		if (why != RC_WHY_MANUAL && cached && cached != c->topo) {
			/* Another object (of this process, or of the pool) refreshed since this one
			 * took its map: the event was seen on an older map; take the newer one. */
			rc_cluster_swap(c, rc_topology_addref(cached));
			return RC_OK;
		}
		rc_cache_invalidate(c->cache_key, why, c->topo);
		if (why != RC_WHY_MANUAL && (*claim = rc_cache_claim_refresh(c->cache_key, c->debounce)) != RC_CLAIM_WON) {
			return RC_OK;
		}
	}
	status = rc_cluster_fetch(c, RC_NO_NODE);
	if (c->cache_key && why != RC_WHY_MANUAL) {
		rc_cache_refresh_done(c->cache_key);
	}
	return status;
}

static rc_status run_one(rc_cluster *c, rc_req *req, rc_next next, bool single, double deadline);

rc_status rc_cluster_connect_single(rc_cluster *c, const char *host, size_t len, uint16_t port, bool lazy)
{
	rc_status status = RC_OK;
	rc_conn *conn;

	c->standalone = true;
	c->gone = false;
	rc_cluster_swap(c, rc_topology_single(host, len, port));
	if (lazy) {
		/* The first command opens it. */
		return RC_OK;
	}
	rc_cluster_request_begin(c, 0);
	conn = conn_for_node(c, 0);
	if (conn && (c->opts.pass || c->opts.db > 0)) {
		rc_req ping;

		/* As phpredis's connect(): refused credentials (or database) fail it, not the
		 * first command. The prelude goes with a PING. */
		rc_req_init(&ping, "PING", 4);
		rc_cmd_finish(&ping.cmd);
		status = run_one(c, &ping, NEXT_SEND, true, c->deadline);
		rc_req_free(&ping);
	}
	rc_cluster_request_end(c);
	return conn ? status : RC_ERR_CONNECT;
}

rc_status rc_cluster_refresh(rc_cluster *c, rc_why why)
{
	rc_claim claim;

	if (c->standalone) {
		/* One server: there is no map to learn, only its connection to open again. */
		return RC_OK;
	}
	return rc_cluster_refresh_claim(c, why, &claim);
}

/* The order in which a refresh asks the known nodes: `first` (a node that just answered)
 * if given, then in random order masters, replicas, and last the nodes the pool suspects,
 * each of which may cost a timeout. Returns how many of order[] are filled. */
static uint32_t refresh_order(rc_cluster *c, uint16_t first, uint32_t *order)
{
	uint32_t n = c->topo->node_count, *shuffled = safe_emalloc(n, sizeof(uint32_t), 0), count = 0;
	bool *suspect = ecalloc(n, sizeof(bool));

	shuffle(shuffled, n);
	for (uint32_t i = 0; c->cache_key && i < n; i++) {
		const rc_node_info *node = &c->topo->nodes[i];
		suspect[i] = rc_cache_suspected(c->cache_key, node->host, node->host_len, node->port) > 0;
	}
	if (first != RC_NO_NODE) {
		order[count++] = first;
	}
	/* Passes: trusted masters, trusted replicas, suspect masters, suspect replicas. */
	for (int pass = 0; pass < 4; pass++) {
		for (uint32_t i = 0; i < n; i++) {
			uint32_t idx = shuffled[i];

			if (idx != first && (idx < c->topo->master_count) == (pass % 2 == 0) && suspect[idx] == (pass >= 2)) {
				order[count++] = idx;
			}
		}
	}
	efree(shuffled);
	efree(suspect);
	return count;
}

rc_status rc_cluster_fetch(rc_cluster *c, uint16_t first)
{
	rc_topology *topo = NULL;

	if (c->topo) {
		uint32_t *order = safe_emalloc(c->topo->node_count, sizeof(uint32_t), 0);
		uint32_t n = refresh_order(c, first, order);

		for (uint32_t i = 0; i < n && topo == NULL && !out_of_time(c); i++) {
			rc_node_info *node = &c->topo->nodes[order[i]];
			topo = fetch_topology(c, node->host, node->host_len, node->port);
		}
		efree(order);
	}
	if (topo == NULL && out_of_time(c)) {
		/* The nodes were not all asked: that says nothing about whether they are gone. */
		return RC_ERR_CLUSTER;
	}
	if (topo == NULL) {
		/* Every known node is gone: back to the user's seeds, resolving names anew. */
		if (c->cache_key) {
			rc_cache_invalidate(c->cache_key, RC_WHY_ALL_UNREACHABLE, c->topo);
		}
		topo = topology_from_seeds(c);
	}
	if (topo == NULL) {
		rc_err_wrap(&c->err, RC_ERR_CLUSTER, RC_MSG_NO_NODE_ANSWERS);
		return RC_ERR_CLUSTER;
	}
	install_topology(c, topo);
	return RC_OK;
}

void rc_cluster_transferred(const rc_cluster *c, zend_long *tx, zend_long *rx)
{
	*tx = c->bytes[0];
	*rx = c->bytes[1];
}

void rc_cluster_clear_transferred(rc_cluster *c)
{
	c->bytes[0] = 0;
	c->bytes[1] = 0;
}

bool rc_cluster_set_read_timeout(rc_cluster *c, double seconds)
{
	rc_conn *conn;

	if (!(seconds >= 0) || zend_isinf(seconds)) {
		return false;
	}
	c->opts.read_timeout = seconds;
	ZEND_HASH_FOREACH_PTR(&c->conns, conn) {
		rc_conn_set_read_timeout(conn, seconds);
	} ZEND_HASH_FOREACH_END();
	return true;
}

void rc_cluster_set_keepalive(rc_cluster *c, bool on)
{
	rc_conn *conn;

	c->opts.keepalive = on;
	ZEND_HASH_FOREACH_PTR(&c->conns, conn) {
		rc_conn_set_keepalive(conn, on);
	} ZEND_HASH_FOREACH_END();
}

bool rc_cluster_set_failover(rc_cluster *c, zend_long mode)
{
	if (mode < RC_FAILOVER_NONE || mode > RC_FAILOVER_DISTRIBUTE_SLAVES) {
		return false;
	}
	c->failover = mode;
	return true;
}

bool rc_cluster_set_max_retries(rc_cluster *c, zend_long retries)
{
	if (retries < 0) {
		return false;
	}
	c->max_retries = retries;
	return true;
}

bool rc_cluster_set_backoff_algorithm(rc_cluster *c, zend_long algorithm)
{
	if (algorithm < RC_BACKOFF_DEFAULT || algorithm > RC_BACKOFF_CONSTANT) {
		return false;
	}
	c->backoff_algorithm = algorithm;
	return true;
}

bool rc_cluster_set_backoff_times(rc_cluster *c, zend_long base, zend_long cap)
{
	if (base < 0 && cap < 0) {
		return false;
	}
	if (base >= 0) {
		c->backoff_base = base;
	}
	if (cap >= 0) {
		c->backoff_cap = cap;
	}
	return true;
}

uint16_t rc_cluster_find_master(const rc_cluster *c, const char *host, size_t len, uint16_t port)
{
	uint16_t idx = rc_topology_find(c->topo, host, len, port);

	return idx < c->topo->master_count ? idx : RC_NO_NODE;
}

/* Routing */

/* The node a command goes to: its slot's master, or for a read under OPT_SLAVE_FAILOVER
 * one of the master's replicas. */
uint16_t rc_cluster_req_node(const rc_cluster *c, const rc_req *req)
{
	const rc_node_info *node;

	if (req->node == RC_NO_NODE || req->node_map == c->topo) {
		return req->node;
	}
	/* The map changed since the command was addressed: the node by its address. node_map
	 * is held, so no other map can be at its address. */
	if (req->node_map == NULL || req->node >= req->node_map->node_count) {
		return RC_NO_NODE;
	}
	node = &req->node_map->nodes[req->node];
	return rc_topology_find(c->topo, node->host, node->host_len, node->port);
}

static uint16_t pick_node(const rc_cluster *c, const rc_req *req)
{
	const rc_node_info *master;
	uint16_t idx;
	zend_long pick;

	if (req->node != RC_NO_NODE) {
		return rc_cluster_req_node(c, req);
	}
	idx = rc_topology_owner(c->topo, req->slot);
	if (idx == RC_NO_NODE || !req->readonly || c->failover == RC_FAILOVER_NONE || c->failover == RC_FAILOVER_ERROR) {
		return idx;
	}
	master = &c->topo->nodes[idx];
	if (master->replica_count == 0) {
		return idx;
	}
	if (c->failover == RC_FAILOVER_DISTRIBUTE_SLAVES) {
		return master->replica_first + (uint16_t)php_mt_rand_range(0, master->replica_count - 1);
	}
	pick = php_mt_rand_range(0, master->replica_count);
	return pick == 0 ? idx : master->replica_first + (uint16_t)(pick - 1);
}

/* The connection for a command's next attempt; NULL with c->err set when it cannot be
 * had. Under FAILOVER_ERROR a read whose master cannot be reached goes to a replica. */
rc_conn *rc_cluster_route(rc_cluster *c, rc_req *req)
{
	zval *found;
	rc_conn *conn;
	uint16_t idx;

	if (req->redirect) {
		return rc_cluster_conn_at(c, ZSTR_VAL(req->target_host), ZSTR_LEN(req->target_host), req->target_port);
	}
	if (req->node == RC_NO_NODE && c->moved && (found = zend_hash_index_find(c->moved, req->slot))) {
		zend_string *moved = Z_STR_P(found);
		const char *colon = zend_memrchr(ZSTR_VAL(moved), ':', ZSTR_LEN(moved));
		return rc_cluster_conn_at(c, ZSTR_VAL(moved), (size_t)(colon - ZSTR_VAL(moved)), (uint16_t)atoi(colon + 1));
	}
	idx = pick_node(c, req);
	if (idx == RC_NO_NODE && req->node != RC_NO_NODE) {
		const rc_node_info *gone = req->node_map && req->node < req->node_map->node_count
			? &req->node_map->nodes[req->node] : NULL;

		rc_err_set(&c->err, RC_ERR_CLUSTER, "Node %s:%u is no longer in the cluster", gone ? gone->host : "?",
			gone ? gone->port : 0);
		return NULL;
	}
	if (idx == RC_NO_NODE) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "Slot %u is not covered by any node", req->slot);
		return NULL;
	}
	conn = conn_for_node(c, idx);
	if (conn == NULL && req->readonly && c->failover == RC_FAILOVER_ERROR && idx < c->topo->master_count
		&& c->topo->nodes[idx].replica_count > 0) {
		const rc_node_info *master = &c->topo->nodes[idx];
		conn = conn_for_node(c, master->replica_first + (uint16_t)php_mt_rand_range(0, master->replica_count - 1));
	}
	return conn;
}

/* Replies */

static void set_redirect(rc_cluster *c, rc_req *req, uint8_t kind, const char *host, size_t len, uint16_t port)
{
	if (req->target_host) {
		zend_string_release(req->target_host);
	}
	req->redirect = kind;
	req->target_host = zend_string_init(host, len, 0);
	req->target_port = port;
	if (c->redir_host) {
		zend_string_release(c->redir_host);
	}
	c->redir_host = zend_string_copy(req->target_host);
	c->redir_port = port;
}

/* Parses "<slot> <host>:<port>" after MOVED or ASK. An empty host means the node that
 * answered (Redis 7 with an unknown preferred endpoint). */
static bool parse_redirect(rc_cluster *c, rc_req *req, const rc_conn *from, uint8_t kind, const char *p, size_t len)
{
	const char *end = p + len, *space = memchr(p, ' ', len), *colon;
	rc_seed target;

	if (space == NULL || (colon = zend_memrchr(space, ':', (size_t)(end - space))) == NULL) {
		return false;
	}
	if (colon == space + 1) {
		/* ":port": keep the answering host. */
		zend_string *addr = zend_strpprintf(0, "%s%.*s", ZSTR_VAL(from->host), (int)(end - colon), colon);
		bool ok = rc_seed_parse(ZSTR_VAL(addr), ZSTR_LEN(addr), &target) == SUCCESS;
		zend_string_release(addr);
		if (!ok) {
			return false;
		}
	} else if (rc_seed_parse(space + 1, (size_t)(end - space - 1), &target) != SUCCESS) {
		return false;
	}
	set_redirect(c, req, kind, ZSTR_VAL(target.host), ZSTR_LEN(target.host), target.port);
	if (kind == RC_REDIRECT_MOVED && req->node == RC_NO_NODE) {
		rc_cluster_note_moved(c, req->slot, ZSTR_VAL(target.host), ZSTR_LEN(target.host), target.port);
	}
	zend_string_release(target.host);
	return true;
}

void rc_cluster_note_moved(rc_cluster *c, uint16_t slot, const char *host, size_t len, uint16_t port)
{
	zval addr;

	if (c->moved == NULL) {
		ALLOC_HASHTABLE(c->moved);
		zend_hash_init(c->moved, 8, NULL, ZVAL_PTR_DTOR, 0);
	}
	/* A string zval, so that the table's destructor frees what it replaces. */
	ZVAL_STR(&addr, zend_strpprintf(0, "%.*s:%u", (int)len, host, port));
	zend_hash_index_update(c->moved, slot, &addr);
	c->refresh_wanted = true;
}

#define ERR_IS(reply, lit) (Z_STRLEN_P(reply) >= sizeof(lit) - 1 && memcmp(Z_STRVAL_P(reply), lit, sizeof(lit) - 1) == 0)

/* Decides what a reply means for the loop. A redirection's reply is freed. */
static rc_next classify(rc_cluster *c, rc_req *req, const rc_conn *from)
{
	zval *reply = &req->reply;
	rc_next next = NEXT_DONE;

	if (req->type != REDIS_REPLY_ERROR || c->standalone) {
		return NEXT_DONE;
	}
	if (ERR_IS(reply, "MOVED ")) {
		if (parse_redirect(c, req, from, RC_REDIRECT_MOVED, Z_STRVAL_P(reply) + 6, Z_STRLEN_P(reply) - 6)) {
			next = NEXT_SEND;
		}
	} else if (ERR_IS(reply, "ASK ")) {
		if (parse_redirect(c, req, from, RC_REDIRECT_ASK, Z_STRVAL_P(reply) + 4, Z_STRLEN_P(reply) - 4)) {
			next = NEXT_SEND;
			/* The map stays right for the other keys; the cached entry is revalidated. */
			if (c->cache_key) {
				rc_cache_invalidate(c->cache_key, RC_WHY_ASK, c->topo);
			}
		}
	} else if (ERR_IS(reply, "TRYAGAIN")) {
		next = NEXT_WAIT;
	} else if (ERR_IS(reply, "CLUSTERDOWN")) {
		next = NEXT_REFRESH;
		req->why = RC_WHY_CLUSTERDOWN;
	}
	if (next != NEXT_DONE) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "%s", Z_STRVAL_P(reply));
		zval_ptr_dtor(reply);
		ZVAL_UNDEF(reply);
		req->type = 0;
	}
	return next;
}

bool rc_cluster_note_redirect(rc_cluster *c, rc_req *req, const rc_conn *from, bool follow)
{
	rc_next next;

	if (req->type != REDIS_REPLY_ERROR) {
		return false;
	}
	next = classify(c, req, from);
	if (!follow) {
		req->redirect = 0;
	}
	if (next == NEXT_REFRESH) {
		c->refresh_wanted = true;
	}
	return next != NEXT_DONE;
}

/* Reads a command's reply; a node-ID mismatch seen on the way is noted for a refresh once
 * the request is done (the reply itself stands: it came from whoever owns the address). */
static rc_status read_reply(rc_cluster *c, rc_conn *conn, rc_req *req, double until)
{
	rc_status status = rc_conn_read(conn, &req->reply, &req->type, req->block, until, &c->err);

	if (conn->id_mismatch) {
		conn->id_mismatch = false;
		c->id_mismatch = true;
		/* Another node answers at that address: the pool's map names the wrong one. */
		rc_cluster_suspect(c, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port, RC_ERR_READ);
	}
	return status;
}

/* Retries */

static double backoff_ms(const rc_cluster *c, uint32_t attempt, double *prev)
{
	double base = (double)c->backoff_base, cap = (double)c->backoff_cap;
	double exp = MIN(cap, base * (double)(1u << MIN(attempt, 20u)));
	double rnd = (double)php_mt_rand_range(0, 1000000) / 1000000.0;
	double delay;

	switch (c->backoff_algorithm) {
		case RC_BACKOFF_CONSTANT:
			delay = base;
			break;
		case RC_BACKOFF_UNIFORM:
			delay = rnd * base;
			break;
		case RC_BACKOFF_FULL_JITTER:
			delay = rnd * exp;
			break;
		case RC_BACKOFF_EQUAL_JITTER:
			delay = exp / 2 + rnd * exp / 2;
			break;
		case RC_BACKOFF_DECORRELATED_JITTER:
			delay = MIN(cap, base + rnd * (MAX(*prev, base) * 3 - base));
			break;
		default: /* RC_BACKOFF_DEFAULT and RC_BACKOFF_EXPONENTIAL */
			delay = exp;
			break;
	}
	*prev = delay;
	return delay;
}

static void back_off(const rc_cluster *c, uint32_t attempt, double *prev, double deadline)
{
	double delay = backoff_ms(c, attempt, prev) / 1000.0;
	double left = deadline - rc_now();

	/* On one server a wait is for the reconnection after it: one that would outlast the
	 * budget is cut to half what is left, else the loop would wake past its deadline and
	 * give up untried, and a reachable server "went away" for good because OPT_BACKOFF_BASE
	 * or the retry interval is longer than the connect timeout. A cluster's last wait runs
	 * to the deadline, which then names the budget (phpredis's message). */
	if (delay >= left) {
		delay = c->standalone ? left / 2 : left;
	}
	if (delay > 0) {
		usleep((useconds_t)(delay * 1e6));
	}
}

/* A failed attempt may be repeated when the command cannot have run (no connection, or
 * a single command's write that did not complete) or, on a cluster, when running it twice
 * is harmless. On one server a read that failed is not sent again, as phpredis's Redis:
 * its node would not answer better the second time. */
static bool retry_is_safe(const rc_cluster *c, rc_status status, const rc_req *req, bool single)
{
	return status == RC_ERR_CONNECT || (status == RC_ERR_WRITE && single)
		|| (req->readonly && status != RC_ERR_AUTH && !c->standalone);
}

/* One attempt: route, write (with ASKING when asked to), read, and what the reply asks
 * for next. A retry waits no longer than the budget has left; a first attempt waits its
 * read timeout, within c->limit. */
static rc_status attempt(rc_cluster *c, rc_req *req, rc_next *next, bool retry)
{
	double since = 0;
	rc_conn *conn = rc_cluster_route_trusted(c, req, &since);
	double until = retry && req->block == 0 ? c->deadline : c->limit;
	rc_status status;

	if (conn == NULL) {
		return c->err.code == RC_ERR_CLUSTER ? RC_ERR_CLUSTER : RC_ERR_CONNECT;
	}
	conn->tainted = conn->tainted || req->taints;
	req->sent = true;
	c->idle_ok = NULL;
	if (req->redirect == RC_REDIRECT_ASK) {
		smart_str buf = {0};
		smart_str_appendl(&buf, asking_cmd, sizeof(asking_cmd) - 1);
		smart_str_appendl(&buf, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd));
		status = rc_conn_write(conn, ZSTR_VAL(buf.s), ZSTR_LEN(buf.s), 2, until, &c->err);
		smart_str_free(&buf);
		/* ASK holds for this one command only. */
		req->redirect = 0;
		if (status == RC_OK && (status = rc_conn_read(conn, &req->reply, &req->type, 0, until, &c->err)) == RC_OK) {
			zval_ptr_dtor(&req->reply);
			ZVAL_UNDEF(&req->reply);
			req->type = 0;
		}
	} else {
		status = rc_conn_write(conn, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd), 1, until, &c->err);
	}
	if (status == RC_OK) {
		status = read_reply(c, conn, req, until);
	}
	if (status != RC_OK) {
		rc_cluster_suspect(c, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port, status);
		rc_cluster_drop_conn(c, conn);
		return status;
	}
	if (since > 0) {
		/* It answered: whatever made the pool suspect it is over. */
		rc_cache_clear_suspect(c->cache_key, ZSTR_VAL(conn->host), ZSTR_LEN(conn->host), conn->port, since);
	}
	*next = classify(c, req, conn);
	return RC_OK;
}

/* Drives one command to a final reply within the budget, starting with `next`. */
static rc_status run_one(rc_cluster *c, rc_req *req, rc_next next, bool single, double deadline)
{
	uint32_t redirects = 0, waits = 0, failures = 0, attempts = 0;
	double prev_delay = 0;
	rc_err last; /* the last transport failure, to name in a budget error (msg once code is set) */

	last.code = RC_OK;
	for (;;) {
		rc_status status;

		if (next == NEXT_REFRESH) {
			/* A failed refresh leaves the old map: the backoff and the budget decide. */
			rc_cluster_refresh(c, req->why);
		}
		if (next == NEXT_WAIT || next == NEXT_REFRESH) {
			back_off(c, waits++, &prev_delay, deadline);
		}
		if (redirects > RC_MAX_REDIRECTS || rc_now() >= deadline) {
			if (c->standalone) {
				/* One server: only reconnections loop here, and the time for them is spent. */
				rc_err_set(&c->err, RC_ERR_CONNECT, "Connection lost");
				c->gone = true;
				return RC_ERR_CONNECT;
			}
			if (last.code != RC_OK) {
				rc_err_set(&c->err, RC_ERR_CLUSTER, RC_MSG_BUDGET " (last error: %s)", last.msg);
			} else {
				rc_err_set(&c->err, RC_ERR_CLUSTER, RC_MSG_BUDGET);
			}
			return RC_ERR_CLUSTER;
		}

		status = attempt(c, req, &next, attempts++ > 0 || !single);
		if (status == RC_OK) {
			if (next == NEXT_DONE) {
				return RC_OK;
			}
			redirects += next == NEXT_SEND;
			continue;
		}
		if (status == RC_ERR_CLUSTER && req->node != RC_NO_NODE) {
			/* The node it was sent to left the map: no other node can answer for it. */
			return status;
		}
		if (status == RC_ERR_CLUSTER) {
			/* An uncovered slot: the map is stale. */
			next = NEXT_REFRESH;
			req->why = RC_WHY_UNCOVERED;
			continue;
		}
		if (!retry_is_safe(c, status, req, single)) {
			/* Not sent twice; but after a lost connection the map is suspect all the same
			 * (refused credentials say nothing about the map). */
			if (status != RC_ERR_AUTH) {
				rc_err saved = c->err;
				rc_cluster_refresh(c, RC_WHY_CONNECTION);
				c->err = saved;
			}
			return status;
		}
		last = c->err;
		if (++failures > (uint32_t)c->max_retries) {
			/* OPT_MAX_RETRIES: attempts after a lost connection, within the budget. */
			if (c->standalone && status == RC_ERR_CONNECT) {
				/* Reconnecting failed: phpredis's words (a server never reached "went
				 * away"), and its failed state until the next connect(). */
				if (c->conn_serial == 0) {
					rc_err_set(&c->err, status, "Redis server %s:%u went away", c->topo->nodes[0].host,
						c->topo->nodes[0].port);
				} else {
					rc_err_set(&c->err, status, "%s", "Connection lost");
				}
				c->gone = true;
			}
			return status;
		}
		if (req->redirect) {
			/* The redirection target is gone: fall back on a fresh map. */
			req->redirect = 0;
		}
		next = NEXT_REFRESH;
		req->why = RC_WHY_CONNECTION;
		if (rc_now() >= deadline) {
			/* The transport error says more than "out of budget". */
			return status;
		}
	}
}

/* Fan-out */

typedef struct rc_group {
	rc_conn *conn;
	uint32_t first; /* into the members array */
	uint32_t count;
	size_t bytes;   /* of its commands */
	bool epoch;     /* the epoch check's CLUSTER INFO rides after its commands */
} rc_group;

/* The epoch check riding with a batch (rc_cluster_check_epoch() named a carrier). */
typedef struct rc_ride {
	uint16_t node;    /* the carrier's index in the map */
	uint32_t group;   /* its group, UINT32_MAX when it has none */
	bool answered;
	bool settled;     /* the same epoch: nothing left to do */
	uint64_t epoch;
} rc_ride;

/* Routes every command and groups them by connection; a command whose connection cannot
 * be had is left with next[i] = NEXT_REFRESH (nothing was sent: safe to retry). */
static uint32_t group_requests(rc_cluster *c, rc_req *reqs, uint32_t n, rc_group *groups, uint32_t *members,
	rc_next *next)
{
	uint32_t *of = safe_emalloc(n, sizeof(uint32_t), 0);
	uint32_t ngroups = 0, pos = 0;
	bool lost = false;

	for (uint32_t i = 0; i < n; i++) {
		/* One server whose connection could not be had for a command: the ones after it
		 * wait for it too (run one by one, in order), or they would run before it on
		 * the connection opened for them. */
		rc_conn *conn = lost ? NULL : rc_cluster_route(c, &reqs[i]);
		uint32_t g;

		of[i] = UINT32_MAX;
		if (conn == NULL) {
			lost = c->standalone;
			/* A directed command whose node left the map: its own attempt fails it at once. */
			next[i] = reqs[i].node != RC_NO_NODE && c->err.code == RC_ERR_CLUSTER ? NEXT_SEND : NEXT_REFRESH;
			reqs[i].why = c->err.code == RC_ERR_CLUSTER ? RC_WHY_UNCOVERED : RC_WHY_CONNECTION;
			continue;
		}
		for (g = 0; g < ngroups && groups[g].conn != conn; g++) {
		}
		if (g == ngroups) {
			groups[ngroups++] = (rc_group){conn, 0, 0, 0, false};
		}
		groups[g].count++;
		groups[g].bytes += rc_cmd_len(&reqs[i].cmd);
		of[i] = g;
		next[i] = NEXT_DONE;
	}
	for (uint32_t g = 0; g < ngroups; g++) {
		groups[g].first = pos;
		pos += groups[g].count;
		groups[g].count = 0;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (of[i] != UINT32_MAX) {
			rc_group *grp = &groups[of[i]];
			members[grp->first + grp->count++] = i;
		}
	}
	efree(of);
	return ngroups;
}

/* Marks a group's unanswered commands after its connection failed: retried later when
 * that is safe, otherwise the failure is returned (once the other groups are done). The
 * connection is the group's own: dropping it frees nothing another group holds. */
static rc_status fail_group(rc_cluster *c, rc_req *reqs, rc_group *grp, const uint32_t *members, uint32_t from,
	rc_status status, rc_next *next)
{
	rc_cluster_suspect(c, ZSTR_VAL(grp->conn->host), ZSTR_LEN(grp->conn->host), grp->conn->port, status);
	rc_cluster_drop_conn(c, grp->conn);
	grp->conn = NULL;
	for (uint32_t k = from; k < grp->count; k++) {
		uint32_t i = members[grp->first + k];

		if (!retry_is_safe(c, status, &reqs[i], false)) {
			return status;
		}
		next[i] = NEXT_REFRESH;
		reqs[i].why = RC_WHY_CONNECTION;
	}
	return RC_OK;
}

/* Writes a group's commands in one write: straight from where they lie when they are
 * one run of bytes (a pipeline's commands to one node), else copied together. */
static rc_status write_group(rc_cluster *c, rc_req *reqs, const rc_group *grp, const uint32_t *members)
{
	const char *run = rc_cmd_data(&reqs[members[grp->first]].cmd);
	size_t run_len = 0;
	smart_str buf = {0};
	rc_status status;

	c->idle_ok = NULL;
	for (uint32_t k = 0; k < grp->count; k++) {
		rc_req *req = &reqs[members[grp->first + k]];

		req->sent = true;
		if (buf.s == NULL && rc_cmd_data(&req->cmd) == run + run_len) {
			run_len += rc_cmd_len(&req->cmd);
			continue;
		}
		if (buf.s == NULL) {
			smart_str_alloc(&buf, grp->bytes, 0);
			smart_str_appendl(&buf, run, run_len);
		}
		smart_str_appendl(&buf, rc_cmd_data(&req->cmd), rc_cmd_len(&req->cmd));
	}
	if (grp->epoch) {
		size_t info_len;
		const char *info = rc_cluster_epoch_cmd(&info_len);

		if (buf.s == NULL) {
			smart_str_alloc(&buf, grp->bytes + info_len, 0);
			smart_str_appendl(&buf, run, run_len);
		}
		smart_str_appendl(&buf, info, info_len);
	}
	status = buf.s ? rc_conn_write(grp->conn, ZSTR_VAL(buf.s), ZSTR_LEN(buf.s), grp->count + grp->epoch, c->limit,
						 &c->err)
				   : rc_conn_write(grp->conn, run, run_len, grp->count, c->limit, &c->err);
	smart_str_free(&buf);
	return status;
}

/* Reads a group's replies in order, and the epoch check's after them when it rides there.
 * A check left unanswered is only that: the commands are answered, the connection, owing
 * a reply, dropped. */
static rc_status read_group(rc_cluster *c, rc_req *reqs, rc_group *grp, const uint32_t *members, rc_next *next,
	rc_ride *ride)
{
	rc_status status;
	zval info;
	int type;

	for (uint32_t k = 0; k < grp->count; k++) {
		uint32_t i = members[grp->first + k];

		if ((status = read_reply(c, grp->conn, &reqs[i], c->limit)) != RC_OK) {
			return fail_group(c, reqs, grp, members, k, status, next);
		}
		next[i] = classify(c, &reqs[i], grp->conn);
	}
	if (grp->epoch) {
		rc_err saved = c->err;

		if ((status = rc_conn_read(grp->conn, &info, &type, 0, c->limit, &c->err)) != RC_OK) {
			rc_cluster_suspect(c, ZSTR_VAL(grp->conn->host), ZSTR_LEN(grp->conn->host), grp->conn->port, status);
			rc_cluster_drop_conn(c, grp->conn);
			grp->conn = NULL;
			c->err = saved;
			return RC_OK;
		}
		ride->answered = true;
		ride->epoch = rc_cluster_epoch_of(&info, type);
		zval_ptr_dtor(&info);
	}
	if (!rc_conn_busy(grp->conn) && rc_reader_pending(&grp->conn->reader)) {
		/* More replies than commands: one in the group answered nothing of ours, and
		 * those after it are the ones before theirs. Which one is unknown: none stands. */
		for (uint32_t k = 0; k < grp->count; k++) {
			rc_req *req = &reqs[members[grp->first + k]];

			zval_ptr_dtor(&req->reply);
			ZVAL_UNDEF(&req->reply);
			req->type = 0;
		}
		rc_err_set(&c->err, RC_ERR_PROTOCOL, "%s:%u sent more replies than commands", ZSTR_VAL(grp->conn->host),
			grp->conn->port);
		return fail_group(c, reqs, grp, members, 0, RC_ERR_PROTOCOL, next);
	}
	return RC_OK;
}

/* The carrier's group: the one on the carrier node's connection (the batch was routed by
 * the map the carrier was chosen from, on connections already open, so it has one). */
static void choose_carrier(rc_cluster *c, rc_group *groups, uint32_t ngroups, rc_ride *ride)
{
	if (c->node_conn == NULL || ride->node >= c->topo->node_count) {
		return;
	}
	for (uint32_t g = 0; g < ngroups; g++) {
		if (groups[g].conn == c->node_conn[ride->node]) {
			groups[g].epoch = true;
			ride->group = g;
			return;
		}
	}
}

/* The batch phase of a fan-out: every group written, then every group read. Between the
 * first write and the last read, connections of other groups are owed replies, so nothing
 * here refreshes the topology (a refresh could read or close them): a failure is only
 * recorded, and the caller refreshes once the batch is read. */
static rc_status write_read_groups(rc_cluster *c, rc_req *reqs, rc_group *groups, uint32_t ngroups,
	const uint32_t *members, rc_next *next, rc_ride *ride)
{
	uint32_t carrier = ride ? ride->group : UINT32_MAX;
	double limit = c->limit;
	rc_status status = RC_OK;
	rc_err first_err = {0};

	/* Everything is written before anything is read: one round trip for all nodes. */
	for (uint32_t g = 0; g < ngroups; g++) {
		rc_status st = write_group(c, reqs, &groups[g], members);

		if (st != RC_OK) {
			st = fail_group(c, reqs, &groups[g], members, 0, st, next);
		}
		if (st != RC_OK && status == RC_OK) {
			status = st;
			first_err = c->err;
		}
	}
	/* The epoch check's carrier is read first, within a quarter of what is left (as a
	 * check on its own waits: the carrier may be the hung node it is there to find; its
	 * reads are sent again). The same epoch lets the pool go on at once. A newer one gives
	 * the other groups (all reads, sent by the stale map) a quarter of what is left: a node
	 * that lost its slots answers MOVED at once; a hung one costs that much, and its reads
	 * are sent again by the new map. */
	for (uint32_t k = 0; k < ngroups; k++) {
		uint32_t g = carrier == UINT32_MAX ? k : k == 0 ? carrier : k <= carrier ? k - 1 : k;
		rc_status st;

		if (g == carrier) {
			c->limit = MIN(limit, rc_now() + rc_cluster_budget_left(c) / 4);
		}
		st = groups[g].conn ? read_group(c, reqs, &groups[g], members, next, ride) : RC_OK;
		if (st != RC_OK && status == RC_OK) {
			status = st;
			first_err = c->err;
		}
		if (g == carrier) {
			c->limit = limit;
			if (ride->answered && !(ride->settled = rc_cluster_epoch_heard(c, ride->epoch))) {
				c->limit = MIN(limit, rc_now() + rc_cluster_budget_left(c) / 4);
			}
		}
	}
	c->limit = limit;
	if (status != RC_OK) {
		c->err = first_err;
	}
	return status;
}

static rc_status run_batch(rc_cluster *c, rc_req *reqs, uint32_t n, double deadline, uint16_t carrier)
{
	rc_ride ride = {carrier, UINT32_MAX, false, false, 0};
	rc_group *groups = safe_emalloc(n, sizeof(rc_group), 0);
	uint32_t *members = safe_emalloc(n, sizeof(uint32_t), 0);
	rc_next *next = safe_emalloc(n, sizeof(rc_next), 0);
	uint32_t ngroups;
	rc_status status;

	/* Before the first write: a refresh may not run between it and the last read. */
	rc_cluster_revalidate_batch(c, reqs, n);
	ngroups = group_requests(c, reqs, n, groups, members, next);
	if (carrier != RC_NO_NODE) {
		choose_carrier(c, groups, ngroups, &ride);
	}
	status = write_read_groups(c, reqs, groups, ngroups, members, next, carrier != RC_NO_NODE ? &ride : NULL);

	/* Every connection is read to the end or dropped: the topology may change now. */
	if (carrier != RC_NO_NODE && !ride.settled) {
		const rc_topology *stale = c->topo;

		rc_cluster_epoch_answer(c, ride.node, ride.answered, ride.epoch, reqs);
		for (uint32_t i = 0; i < n && c->topo != stale; i++) {
			/* Reads the stale map sent to a lost node: the new map routes them at once. */
			next[i] = next[i] == NEXT_REFRESH ? NEXT_SEND : next[i];
		}
	}
	if (status != RC_OK && status != RC_ERR_AUTH) {
		/* A command whose fate is unknown is not sent again; but after a lost connection
		 * the map is suspect all the same. */
		rc_err saved = c->err;
		rc_cluster_refresh(c, RC_WHY_CONNECTION);
		c->err = saved;
	}
	for (uint32_t i = 0; i < n && status == RC_OK; i++) {
		if (next[i] != NEXT_DONE) {
			status = run_one(c, &reqs[i], next[i], false, deadline);
		}
	}
	efree(groups);
	efree(members);
	efree(next);
	return status;
}

void rc_req_init_in(rc_req *req, smart_str *storage, const char *name, size_t len)
{
	memset(req, 0, sizeof(*req));
	rc_cmd_init_in(&req->cmd, storage, name, len);
	req->node = RC_NO_NODE;
	ZVAL_UNDEF(&req->reply);
}

void rc_req_init(rc_req *req, const char *name, size_t len)
{
	rc_req_init_in(req, NULL, name, len);
}

void rc_req_direct(rc_req *req, rc_topology *topo, uint16_t idx)
{
	if (req->node_map) {
		rc_topology_release(req->node_map);
	}
	req->node = idx;
	req->node_map = rc_topology_addref(topo);
}

void rc_req_free(rc_req *req)
{
	if (req->node_map) {
		rc_topology_release(req->node_map);
	}
	rc_cmd_free(&req->cmd);
	zval_ptr_dtor(&req->reply);
	if (req->target_host) {
		zend_string_release(req->target_host);
	}
}

void rc_cluster_request_begin(rc_cluster *c, double block)
{
	c->deadline = rc_now() + c->budget;
	c->idle_ok = NULL;
	/* A blocking command may be held back that much longer, by design. */
	c->limit = c->deadline + rc_timeout_seconds(c->opts.read_timeout) + block;
}

void rc_cluster_request_end(rc_cluster *c)
{
	/* Inside MULTI the refresh waits for EXEC or DISCARD: the map the queued commands were
	 * routed by must stay the map their transaction is checked against. */
	if ((c->refresh_wanted || c->id_mismatch) && !rc_cluster_in_multi(c)) {
		/* The commands are answered; now bring the whole map up to date. A failure here
		 * leaves the MOVED overrides in place and costs nothing more. */
		rc_err saved = c->err;
		rc_cluster_refresh(c, c->id_mismatch ? RC_WHY_NODE_ID : RC_WHY_MOVED);
		c->id_mismatch = false;
		c->refresh_wanted = false;
		c->err = saved;
	}
	c->deadline = 0;
	c->limit = 0;
	c->idle_ok = NULL;
}

rc_status rc_cluster_run(rc_cluster *c, rc_req *reqs, uint32_t n)
{
	double block = 0;
	rc_status status;
	uint16_t carrier;

	if (c->topo == NULL) {
		rc_err_set(&c->err, RC_ERR_CLUSTER, "The cluster is closed");
		return RC_ERR_CLUSTER;
	}
	if (c->gone) {
		rc_err_set(&c->err, RC_ERR_CONNECT, "Redis server %s:%u went away", c->topo->nodes[0].host,
			c->topo->nodes[0].port);
		return RC_ERR_CONNECT;
	}
	if (rc_cluster_in_multi(c)) {
		/* Its connections would queue the command instead of running it. */
		rc_err_set(&c->err, RC_ERR_CLUSTER, "This command cannot be sent inside MULTI");
		return RC_ERR_CLUSTER;
	}
	for (uint32_t i = 0; i < n; i++) {
		block = MAX(block, reqs[i].block);
	}
	rc_cluster_request_begin(c, block);
	/* A map another worker of the pool replaced is replaced here too; an old one is
	 * checked against the cluster's epoch first (at most once per interval per pool). */
	carrier = rc_cluster_check_epoch(c, reqs, n);
	status = n == 1 ? run_one(c, reqs, NEXT_SEND, true, c->deadline) : run_batch(c, reqs, n, c->deadline, carrier);
	rc_cluster_request_end(c);
	return status;
}
