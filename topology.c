#include "topology.h"

#include "ext/standard/php_var.h"

/* A node seen while parsing, before masters and replicas are laid out. */
typedef struct parsed_node {
	zend_string *host;
	uint16_t port;
	uint16_t master; /* parsed index of its master; itself for a master */
	char id[RC_NODE_ID_LEN + 1];
} parsed_node;

typedef struct parse_state {
	const char *asked_host;
	size_t asked_len;
	uint16_t asked_port;
	parsed_node *nodes;
	uint32_t count;
	uint32_t size;
	HashTable by_addr; /* "host:port" -> parsed index, so that a lookup is O(1), not O(nodes) */
	smart_str key;     /* find_parsed()'s key, reused for every lookup */
	rc_slot_range *ranges; /* master: parsed index, RC_NO_NODE for an unknown endpoint */
	uint32_t range_count;
	uint32_t range_size;
	rc_err *err;
} parse_state;

#define PARSE_FAIL(st, ...) (rc_err_set((st)->err, RC_ERR_CLUSTER, __VA_ARGS__), FAILURE)

/* Index of the parsed node at host:port, or -1; leaves the address in st->key for
 * remember_parsed(). */
static int find_parsed(parse_state *st, const zend_string *host, uint16_t port)
{
	zval *found;

	if (st->key.s) {
		ZSTR_LEN(st->key.s) = 0;
	}
	smart_str_append(&st->key, host);
	smart_str_appendc(&st->key, ':');
	smart_str_append_unsigned(&st->key, port);
	found = zend_hash_str_find(&st->by_addr, ZSTR_VAL(st->key.s), ZSTR_LEN(st->key.s));
	return found ? (int)Z_LVAL_P(found) : -1;
}

/* Files the node find_parsed() just missed under the address it left in st->key. */
static void remember_parsed(parse_state *st, uint32_t index)
{
	zval zindex;

	ZVAL_LONG(&zindex, (zend_long)index);
	zend_hash_str_add_new(&st->by_addr, ZSTR_VAL(st->key.s), ZSTR_LEN(st->key.s), &zindex);
}

/* Reads one node entry [host, port, id?, metadata?] and returns its parsed index in
 * *index, or -1 when the endpoint is unknown ("?"). */
static zend_result parse_node(parse_state *st, const zval *entry, uint32_t master, int *index)
{
	HashTable *ht;
	zval *zhost, *zport, *zid;
	zend_string *host;
	zend_long port;
	int found;
	parsed_node *node;

	if (Z_TYPE_P(entry) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(entry)) < 2) {
		return PARSE_FAIL(st, "node entry is not [host, port, ...]");
	}
	ht = Z_ARRVAL_P(entry);
	zhost = zend_hash_index_find(ht, 0);
	zport = zend_hash_index_find(ht, 1);
	zid = zend_hash_index_find(ht, 2);
	if (Z_TYPE_P(zport) != IS_LONG || Z_LVAL_P(zport) < 1 || Z_LVAL_P(zport) > 65535) {
		return PARSE_FAIL(st, "node port is not in 1..65535");
	}
	port = Z_LVAL_P(zport);
	if (Z_TYPE_P(zhost) == IS_NULL || (Z_TYPE_P(zhost) == IS_STRING && Z_STRLEN_P(zhost) == 0)) {
		host = zend_string_init(st->asked_host, st->asked_len, 0);
	} else if (Z_TYPE_P(zhost) == IS_STRING && Z_STRLEN_P(zhost) < 256) {
		if (zend_string_equals_literal(Z_STR_P(zhost), "?")) {
			*index = -1;
			return SUCCESS;
		}
		host = zend_string_copy(Z_STR_P(zhost));
	} else {
		return PARSE_FAIL(st, "node host is not a string of under 256 bytes");
	}

	found = find_parsed(st, host, (uint16_t)port);
	if (found >= 0) {
		zend_string_release(host);
		if ((master == UINT32_MAX) != (st->nodes[found].master == (uint16_t)found)) {
			return PARSE_FAIL(st, "node %s:%u listed both as a master and as a replica", ZSTR_VAL(st->nodes[found].host),
				(unsigned)port);
		}
		*index = found;
		return SUCCESS;
	}
	if (st->count == RC_NO_NODE) {
		zend_string_release(host);
		return PARSE_FAIL(st, "too many nodes");
	}
	if (st->count == st->size) {
		st->size = st->size ? st->size * 2 : 16;
		st->nodes = erealloc(st->nodes, st->size * sizeof(*st->nodes));
	}
	node = &st->nodes[st->count];
	node->host = host;
	node->port = (uint16_t)port;
	node->master = master == UINT32_MAX ? (uint16_t)st->count : (uint16_t)master;
	node->id[0] = '\0';
	if (zid && Z_TYPE_P(zid) == IS_STRING && Z_STRLEN_P(zid) == RC_NODE_ID_LEN) {
		memcpy(node->id, Z_STRVAL_P(zid), RC_NODE_ID_LEN + 1);
	}
	remember_parsed(st, st->count);
	*index = (int)st->count++;
	return SUCCESS;
}

/* Reads one [start, end, master, replica...] range. */
static zend_result parse_range(parse_state *st, const zval *range)
{
	HashTable *ht;
	zval *zstart, *zend, *entry;
	int master = -1, replica;
	uint32_t pos = 0;

	if (Z_TYPE_P(range) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(range)) < 3) {
		return PARSE_FAIL(st, "slot range is not [start, end, master, ...]");
	}
	ht = Z_ARRVAL_P(range);
	zstart = zend_hash_index_find(ht, 0);
	zend = zend_hash_index_find(ht, 1);
	if (Z_TYPE_P(zstart) != IS_LONG || Z_TYPE_P(zend) != IS_LONG) {
		return PARSE_FAIL(st, "slot range bounds are not integers");
	}
	if (Z_LVAL_P(zstart) < 0 || Z_LVAL_P(zend) >= RC_SLOTS || Z_LVAL_P(zstart) > Z_LVAL_P(zend)) {
		return PARSE_FAIL(st, "slot range " ZEND_LONG_FMT "-" ZEND_LONG_FMT " out of range", Z_LVAL_P(zstart),
			Z_LVAL_P(zend));
	}
	ZEND_HASH_FOREACH_VAL(ht, entry) {
		if (pos++ < 2) {
			continue;
		}
		if (pos == 3) {
			if (parse_node(st, entry, UINT32_MAX, &master) != SUCCESS) {
				return FAILURE;
			}
		} else if (master >= 0 && parse_node(st, entry, (uint32_t)master, &replica) != SUCCESS) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();

	if (st->range_count == st->range_size) {
		st->range_size = st->range_size ? st->range_size * 2 : 16;
		st->ranges = erealloc(st->ranges, st->range_size * sizeof(*st->ranges));
	}
	/* An unknown endpoint leaves its slots uncovered: they are refreshed when used. */
	st->ranges[st->range_count++] = (rc_slot_range){
		(uint16_t)Z_LVAL_P(zstart), (uint16_t)Z_LVAL_P(zend), master >= 0 ? (uint16_t)master : RC_NO_NODE};
	return SUCCESS;
}

static int compare_ranges(const void *a, const void *b)
{
	return (int)((const rc_slot_range *)a)->start - (int)((const rc_slot_range *)b)->start;
}

/* Sorts the ranges; two that share a slot make the whole reply invalid. */
static zend_result check_ranges(parse_state *st)
{
	qsort(st->ranges, st->range_count, sizeof(*st->ranges), compare_ranges);
	for (uint32_t i = 1; i < st->range_count; i++) {
		if (st->ranges[i].start <= st->ranges[i - 1].end) {
			return PARSE_FAIL(st, "slot %u is in two ranges", st->ranges[i].start);
		}
	}
	return SUCCESS;
}

/* Orders two nodes by address, as rc_topology_find() searches them: port, host length,
 * host bytes. */
static int compare_addr(const rc_node_info *a, uint16_t port, const char *host, size_t host_len)
{
	if (a->port != port) {
		return a->port < port ? -1 : 1;
	}
	if (a->host_len != host_len) {
		return a->host_len < host_len ? -1 : 1;
	}
	return memcmp(a->host, host, host_len);
}

/* A node's address and index, as index_by_addr() sorts them. */
typedef struct addr_ref {
	const rc_node_info *node;
	uint16_t index;
} addr_ref;

static int compare_refs(const void *a, const void *b)
{
	const rc_node_info *nb = ((const addr_ref *)b)->node;

	return compare_addr(((const addr_ref *)a)->node, nb->port, nb->host, nb->host_len);
}

/* Fills topo->by_addr: every node's index, sorted by address. */
static void index_by_addr(rc_topology *topo)
{
	addr_ref *refs = safe_emalloc(MAX(topo->node_count, 1), sizeof(addr_ref), 0);

	for (uint16_t i = 0; i < topo->node_count; i++) {
		refs[i] = (addr_ref){&topo->nodes[i], i};
	}
	qsort(refs, topo->node_count, sizeof(addr_ref), compare_refs);
	topo->by_addr = pemalloc(MAX(topo->node_count, 1) * sizeof(uint16_t), 1);
	for (uint16_t i = 0; i < topo->node_count; i++) {
		topo->by_addr[i] = refs[i].index;
	}
	efree(refs);
}

/* Lays the parsed nodes out masters first, then each master's replicas together, both in
 * parse order: O(nodes). */
static rc_topology *lay_out(const parse_state *st)
{
	rc_topology *topo = pecalloc(1, sizeof(*topo), 1);
	uint16_t *final = emalloc(st->count * sizeof(uint16_t));
	uint16_t next = 0;

	topo->refcount = 1;
	topo->node_count = (uint16_t)st->count;
	topo->nodes = pecalloc(st->count, sizeof(rc_node_info), 1);
	topo->fetched_at = rc_now();
	topo->source_host = pestrndup(st->asked_host, st->asked_len, 1);
	topo->source_port = st->asked_port;

	for (uint32_t i = 0; i < st->count; i++) {
		if (st->nodes[i].master == i) {
			final[i] = next++;
		}
	}
	topo->master_count = next;
	/* Count each master's replicas; give each master its run of places after the masters
	 * (replica_count goes back to 0, to count the run as it fills); fill the runs in
	 * parse order. */
	for (uint32_t r = 0; r < st->count; r++) {
		if (st->nodes[r].master != r) {
			topo->nodes[final[st->nodes[r].master]].replica_count++;
		}
	}
	for (uint16_t m = 0; m < topo->master_count; m++) {
		topo->nodes[m].replica_first = next;
		next += topo->nodes[m].replica_count;
		topo->nodes[m].replica_count = 0;
	}
	for (uint32_t r = 0; r < st->count; r++) {
		if (st->nodes[r].master != r) {
			rc_node_info *master = &topo->nodes[final[st->nodes[r].master]];

			final[r] = master->replica_first + master->replica_count++;
		}
	}
	for (uint32_t i = 0; i < st->count; i++) {
		rc_node_info *node = &topo->nodes[final[i]];

		node->host = pestrndup(ZSTR_VAL(st->nodes[i].host), ZSTR_LEN(st->nodes[i].host), 1);
		node->host_len = (uint16_t)ZSTR_LEN(st->nodes[i].host);
		node->port = st->nodes[i].port;
		node->master = final[st->nodes[i].master];
		memcpy(node->id, st->nodes[i].id, sizeof(node->id));
	}
	index_by_addr(topo);
	topo->ranges = pemalloc(MAX(st->range_count, 1) * sizeof(rc_slot_range), 1);
	for (uint32_t i = 0; i < st->range_count; i++) {
		if (st->ranges[i].master != RC_NO_NODE) {
			rc_slot_range *range = &topo->ranges[topo->range_count++];
			*range = st->ranges[i];
			range->master = final[range->master];
		}
	}
	efree(final);
	return topo;
}

rc_topology *rc_topology_build(const zval *reply, const char *asked_host, size_t asked_len, uint16_t asked_port,
	rc_err *err)
{
	parse_state *st;
	rc_topology *topo = NULL;
	zval *range;

	if (Z_TYPE_P(reply) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(reply)) == 0) {
		rc_err_set(err, RC_ERR_CLUSTER, "CLUSTER SLOTS reply is not a non-empty array");
		return NULL;
	}
	st = ecalloc(1, sizeof(*st));
	st->asked_host = asked_host;
	st->asked_len = asked_len;
	st->asked_port = asked_port;
	st->err = err;
	zend_hash_init(&st->by_addr, 16, NULL, NULL, 0);

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), range) {
		if (parse_range(st, range) != SUCCESS) {
			goto done;
		}
	} ZEND_HASH_FOREACH_END();
	if (st->count == 0) {
		rc_err_set(err, RC_ERR_CLUSTER, "CLUSTER SLOTS names no reachable node");
		goto done;
	}
	if (check_ranges(st) != SUCCESS) {
		goto done;
	}
	topo = lay_out(st);

done:
	for (uint32_t i = 0; i < st->count; i++) {
		zend_string_release(st->nodes[i].host);
	}
	if (st->nodes) {
		efree(st->nodes);
	}
	if (st->ranges) {
		efree(st->ranges);
	}
	zend_hash_destroy(&st->by_addr);
	smart_str_free(&st->key);
	efree(st);
	return topo;
}

void rc_topology_release(rc_topology *topo)
{
	if (--topo->refcount > 0) {
		return;
	}
	for (uint32_t i = 0; i < topo->node_count; i++) {
		pefree(topo->nodes[i].host, 1);
	}
	pefree(topo->nodes, 1);
	pefree(topo->by_addr, 1);
	pefree(topo->ranges, 1);
	pefree(topo->source_host, 1);
	pefree(topo, 1);
}

uint16_t rc_topology_find(const rc_topology *topo, const char *host, size_t host_len, uint16_t port)
{
	uint32_t lo = 0, hi = topo->node_count;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		int cmp = compare_addr(&topo->nodes[topo->by_addr[mid]], port, host, host_len);

		if (cmp == 0) {
			return topo->by_addr[mid];
		}
		if (cmp < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return RC_NO_NODE;
}

rc_topology *rc_topology_single(const char *host, size_t host_len, uint16_t port)
{
	rc_topology *topo = pecalloc(1, sizeof(*topo), 1);

	topo->refcount = 1;
	topo->node_count = topo->master_count = 1;
	topo->nodes = pecalloc(1, sizeof(rc_node_info), 1);
	topo->nodes[0].host = pestrndup(host, host_len, 1);
	topo->nodes[0].host_len = (uint16_t)host_len;
	topo->nodes[0].port = port;
	topo->nodes[0].replica_first = 1;
	topo->by_addr = pecalloc(1, sizeof(uint16_t), 1);
	topo->range_count = 1;
	topo->ranges = pemalloc(sizeof(rc_slot_range), 1);
	topo->ranges[0] = (rc_slot_range){0, RC_SLOTS - 1, 0};
	topo->fetched_at = rc_now();
	/* Its own source: nobody was asked (and it is never shared). */
	topo->source_host = pestrndup(host, host_len, 1);
	topo->source_port = port;
	return topo;
}

/* The flat form */

static void put_array(smart_str *out, size_t n)
{
	smart_str_appendc(out, '*');
	smart_str_append_unsigned(out, n);
	smart_str_appendl(out, "\r\n", 2);
}

static void put_int(smart_str *out, uint64_t v)
{
	smart_str_appendc(out, ':');
	smart_str_append_unsigned(out, (zend_ulong)v);
	smart_str_appendl(out, "\r\n", 2);
}

static void put_bulk(smart_str *out, const char *str, size_t len)
{
	smart_str_appendc(out, '$');
	smart_str_append_unsigned(out, len);
	smart_str_appendl(out, "\r\n", 2);
	smart_str_appendl(out, str, len);
	smart_str_appendl(out, "\r\n", 2);
}

static void put_node(smart_str *out, const rc_node_info *node, bool with_id)
{
	bool id = with_id && node->id[0] != '\0';

	put_array(out, id ? 3 : 2);
	put_bulk(out, node->host, node->host_len);
	put_int(out, node->port);
	if (id) {
		put_bulk(out, node->id, RC_NODE_ID_LEN);
	}
}

void rc_topology_encode(const rc_topology *topo, const zend_string *cache_key, smart_str *out)
{
	bool *listed = ecalloc(MAX(topo->master_count, 1), sizeof(bool));

	put_array(out, 2);
	put_array(out, 6);
	put_int(out, 1);
	put_bulk(out, ZSTR_VAL(cache_key), ZSTR_LEN(cache_key));
	put_int(out, (uint64_t)(topo->fetched_at * 1e6));
	put_int(out, topo->epoch);
	put_bulk(out, topo->source_host, strlen(topo->source_host));
	put_int(out, topo->source_port);
	put_array(out, topo->range_count);
	for (uint32_t r = 0; r < topo->range_count; r++) {
		const rc_slot_range *range = &topo->ranges[r];
		const rc_node_info *master = &topo->nodes[range->master];
		bool first = !listed[range->master];

		/* A master's replicas and ID once, with its first range: the parser attaches
		 * them to the master and knows the master by its address after that. */
		listed[range->master] = true;
		put_array(out, 3 + (first ? master->replica_count : 0));
		put_int(out, range->start);
		put_int(out, range->end);
		put_node(out, master, first);
		for (uint16_t i = 0; first && i < master->replica_count; i++) {
			put_node(out, &topo->nodes[master->replica_first + i], true);
		}
	}
	efree(listed);
	smart_str_0(out);
}

/* The header of the flat form: every field of the expected type and range. */
static bool decode_header(const zval *hdr, const zend_string *cache_key, uint64_t *fetched_us, uint64_t *epoch,
	const zval **host, uint16_t *port)
{
	const zval *f[6];

	if (Z_TYPE_P(hdr) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(hdr)) != 6) {
		return false;
	}
	for (uint32_t i = 0; i < 6; i++) {
		if ((f[i] = zend_hash_index_find(Z_ARRVAL_P(hdr), i)) == NULL) {
			return false;
		}
	}
	if (Z_TYPE_P(f[0]) != IS_LONG || Z_LVAL_P(f[0]) != 1 || Z_TYPE_P(f[1]) != IS_STRING
		|| (cache_key && !zend_string_equals(Z_STR_P(f[1]), cache_key)) || Z_TYPE_P(f[2]) != IS_LONG || Z_LVAL_P(f[2]) <= 0
		|| Z_TYPE_P(f[3]) != IS_LONG || Z_LVAL_P(f[3]) < 0 || Z_TYPE_P(f[4]) != IS_STRING
		|| Z_STRLEN_P(f[4]) == 0 || Z_STRLEN_P(f[4]) >= 256 || memchr(Z_STRVAL_P(f[4]), '\0', Z_STRLEN_P(f[4]))
		|| Z_TYPE_P(f[5]) != IS_LONG || Z_LVAL_P(f[5]) < 1 || Z_LVAL_P(f[5]) > 65535) {
		return false;
	}
	/* A fetch time in the future (the clock is the machine's monotonic one) is forged. */
	if ((double)Z_LVAL_P(f[2]) / 1e6 > rc_now() + 1.0) {
		return false;
	}
	*fetched_us = (uint64_t)Z_LVAL_P(f[2]);
	*epoch = (uint64_t)Z_LVAL_P(f[3]);
	*host = f[4];
	*port = (uint16_t)Z_LVAL_P(f[5]);
	return true;
}

rc_topology *rc_topology_decode(const char *data, size_t len, const zend_string *cache_key, zend_string **key_out,
	rc_err *err)
{
	rc_topology *topo = NULL;
	const zval *hdr, *slots, *host;
	uint64_t fetched_us, epoch;
	uint16_t port;
	rc_reader rd;
	zval reply;
	int type = 0;

	ZVAL_UNDEF(&reply);
	if (rc_reader_init(&rd) != SUCCESS) {
		rc_err_set(err, RC_ERR_PROTOCOL, "shared snapshot: no reader");
		return NULL;
	}
	if (rc_reader_feed(&rd, data, len) != SUCCESS || rc_reader_next(&rd, &reply, &type) != RC_READ_OK
		|| rc_reader_pending(&rd)) {
		rc_err_set(err, RC_ERR_PROTOCOL, "shared snapshot: not one whole reply");
		goto done;
	}
	if (type != REDIS_REPLY_ARRAY || zend_hash_num_elements(Z_ARRVAL(reply)) != 2
		|| (hdr = zend_hash_index_find(Z_ARRVAL(reply), 0)) == NULL
		|| (slots = zend_hash_index_find(Z_ARRVAL(reply), 1)) == NULL
		|| !decode_header(hdr, cache_key, &fetched_us, &epoch, &host, &port)) {
		rc_err_set(err, RC_ERR_PROTOCOL, "shared snapshot: not of this format or of another cluster");
		goto done;
	}
	topo = rc_topology_build(slots, Z_STRVAL_P(host), Z_STRLEN_P(host), port, err);
	if (topo) {
		topo->fetched_at = (double)fetched_us / 1e6;
		topo->epoch = epoch;
		if (key_out) {
			*key_out = zend_string_copy(Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(hdr), 1)));
		}
	}

done:
	zval_ptr_dtor(&reply);
	rc_reader_destroy(&rd);
	return topo;
}

uint64_t rc_topology_parse_epoch(const char *info, size_t len)
{
	static const char field[] = "cluster_current_epoch:";
	const char *end = info + len, *p = info;
	uint64_t epoch = 0;

	/* The field at the start of a line; digits up to the line's end. */
	while ((p = php_memnstr(p, field, sizeof(field) - 1, end)) != NULL) {
		if (p == info || p[-1] == '\n') {
			for (p += sizeof(field) - 1; p < end && *p >= '0' && *p <= '9' && epoch < (uint64_t)ZEND_LONG_MAX / 10; p++) {
				epoch = epoch * 10 + (uint64_t)(*p - '0');
			}
			return epoch;
		}
		p += sizeof(field) - 1;
	}
	return 0;
}
