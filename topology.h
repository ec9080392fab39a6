/* Topology snapshots: one CLUSTER SLOTS reply, validated, in persistent memory.
 *
 * A snapshot is immutable once built and reference-counted: the slot cache holds one
 * reference, every RedisCluster object using it another, so construction from the cache
 * is O(1) and a refresh swaps a whole new snapshot in; a half-updated map never exists.
 * Reference counts are not atomic: snapshots never cross threads (one cache per thread in
 * ZTS). */
#ifndef RC_TOPOLOGY_H
#define RC_TOPOLOGY_H

#include "php.h"
#include "crc16.h"
#include "node.h"

#define RC_NO_NODE UINT16_MAX
#define RC_NODE_ID_LEN 40

typedef struct rc_node_info {
	char *host;        /* NUL-terminated, persistent */
	uint16_t host_len;
	uint16_t port;
	uint16_t master;   /* index of this node's master; itself for a master */
	uint16_t replica_first; /* masters: their replicas are nodes[replica_first ..] */
	uint16_t replica_count;
	char id[RC_NODE_ID_LEN + 1]; /* "" when the reply did not name it */
} rc_node_info;

/* A run of slots served by one master. */
typedef struct rc_slot_range {
	uint16_t start;
	uint16_t end;    /* inclusive */
	uint16_t master; /* index into nodes */
} rc_slot_range;

typedef struct rc_topology {
	uint32_t refcount;
	uint16_t node_count;
	uint16_t master_count; /* nodes[0 .. master_count) are masters, replicas follow */
	rc_node_info *nodes;
	uint16_t *by_addr;     /* every node's index, sorted by port, host length, host */
	/* The covered slots as ranges sorted by start and disjoint: a cluster has a few
	 * ranges per master, so a lookup is a handful of comparisons, and a snapshot is a
	 * few hundred bytes instead of a 32 KiB slot array. */
	uint32_t range_count;
	rc_slot_range *ranges;
	double fetched_at;     /* rc_now() when the reply was read */
	char *source_host;     /* the node that gave the reply, NUL-terminated, persistent */
	uint16_t source_port;
	uint64_t epoch;        /* its cluster_current_epoch when asked with the reply; 0: unknown */
	/* Not part of the map: the shared area's generation this snapshot was published or
	 * adopted as (0: not shared). Set by the slot cache before any other object holds it. */
	uint64_t shm_gen;
} rc_topology;

/* Builds a snapshot from a CLUSTER SLOTS reply given by the node at asked_host:asked_port
 * (which stands in for endpoints that are NULL or ""). NULL with err set when the reply is
 * not a valid, non-empty map. */
rc_topology *rc_topology_build(const zval *reply, const char *asked_host, size_t asked_len, uint16_t asked_port,
	rc_err *err);

/* The map of one standalone server (the Redis class): one master, every slot its own,
 * no node ID to check. host_len is below 65536 (a host name or a unix socket path). */
rc_topology *rc_topology_single(const char *host, size_t host_len, uint16_t port);

static inline rc_topology *rc_topology_addref(rc_topology *topo)
{
	topo->refcount++;
	return topo;
}

void rc_topology_release(rc_topology *topo);

/* The flat form of a snapshot, for the shared area: RESP bytes, a header
 * [1, cache key, fetched at (monotonic µs), epoch, source host, source port] and the map
 * shaped as CLUSTER SLOTS (each master's replicas with its first range only). */
void rc_topology_encode(const rc_topology *topo, const zend_string *cache_key, smart_str *out);
/* Builds a snapshot back from bytes of the shared area, which are not trusted: they are
 * parsed by the reply reader and the map validated as a CLUSTER SLOTS reply is. NULL with
 * err set unless the bytes are one whole reply, of this format, for this cache key (any
 * key when cache_key is NULL: then *key_out, when given, receives it). */
rc_topology *rc_topology_decode(const char *data, size_t len, const zend_string *cache_key, zend_string **key_out,
	rc_err *err);

/* cluster_current_epoch from a CLUSTER INFO reply, or 0 when it names none. */
uint64_t rc_topology_parse_epoch(const char *info, size_t len);

/* The master serving a slot, or RC_NO_NODE when no range covers it. */
static inline uint16_t rc_topology_owner(const rc_topology *topo, uint16_t slot)
{
	uint32_t lo = 0, hi = topo->range_count;

	/* The last range starting at or before the slot is the only one that can hold it. */
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (topo->ranges[mid].start <= slot) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo > 0 && slot <= topo->ranges[lo - 1].end ? topo->ranges[lo - 1].master : RC_NO_NODE;
}

/* Index of the node at host:port, or RC_NO_NODE. O(log nodes). */
uint16_t rc_topology_find(const rc_topology *topo, const char *host, size_t host_len, uint16_t port);

#endif
