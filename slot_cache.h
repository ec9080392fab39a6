/* The slot cache: per process (per thread in ZTS), in persistent memory, one entry per
 * cluster keyed by the seed hash (cluster name + normalized, de-duplicated, sorted seeds).
 * An entry holds a reference to the newest topology snapshot; objects built from it take
 * their own reference, so construction from a warm entry costs no round trip and no copy.
 *
 * Every invalidation names its reason and is counted. MOVED and ASK only mark the entry
 * stale (its map is mostly right and is replaced by the refresh they trigger); the other
 * reasons drop the map at once, so nothing builds on it again. */
#ifndef RC_SLOT_CACHE_H
#define RC_SLOT_CACHE_H

#include "php.h"
#include "topology.h"

typedef enum {
	RC_WHY_MOVED,
	RC_WHY_ASK,
	RC_WHY_CONNECTION,
	RC_WHY_NODE_ID,
	RC_WHY_UNCOVERED,
	RC_WHY_CLUSTERDOWN,
	RC_WHY_ALL_UNREACHABLE, /* no known node answered; the seeds are tried next */
	RC_WHY_EXPIRED,
	RC_WHY_MANUAL,
	RC_WHY_COUNT
} rc_why;

extern const char *const rc_why_names[RC_WHY_COUNT];

void rc_cache_startup(HashTable **store);
void rc_cache_shutdown(HashTable **store);

/* The entry's key for a cluster name (may be NULL) and its seeds ("host:port" strings). */
zend_string *rc_cache_key(const zend_string *name, zend_string **seeds, uint32_t count);

/* A new reference to the entry's snapshot, or NULL (a miss: no entry, dropped, or older
 * than max_age seconds when max_age > 0). *stale tells the caller a MOVED or ASK asked
 * for revalidation. Counts the hit or miss. */
rc_topology *rc_cache_get(const zend_string *key, double max_age, bool *stale);

/* The entry's current snapshot, without counting or a new reference; NULL if none. */
rc_topology *rc_cache_peek(const zend_string *key);

/* Stores a freshly fetched snapshot (counted as a refresh), creating the entry. */
void rc_cache_put(const zend_string *key, rc_topology *topo, const char *seeds, size_t seeds_len);

/* Records an invalidation seen on snapshot `seen`: drops the map, except for MOVED, ASK and
 * manual refreshes, which mark it stale. Counted only when it changes the entry (the map
 * is still `seen`, and not already stale for MOVED and ASK), so one event seen by several
 * objects or retried several times counts once; all_unreachable and manual always count. */
void rc_cache_invalidate(const zend_string *key, rc_why why, const rc_topology *seen);

/* Debounce of failure-triggered refreshes: true (and the time noted) when the last
 * attempt for this cluster is at least `interval` seconds old. */
bool rc_cache_may_refresh(const zend_string *key, double interval);

/* Every entry as an array, for RedisCluster::getSlotCacheInfo() and phpinfo(). */
void rc_cache_info(zval *return_value);

#endif
