/* The slot cache: per process (per thread in ZTS), in persistent memory, one entry per
 * cluster keyed by the seed hash (cluster name + normalized, de-duplicated, sorted seeds).
 * An entry holds a reference to the newest topology snapshot; objects built from it take
 * their own reference, so construction from a warm entry costs no round trip and no copy.
 *
 * Every invalidation names its reason and is counted. MOVED, ASK, a suspect node and a
 * newer epoch only mark the entry stale (its map is mostly right and is replaced by the
 * refresh they trigger); the other reasons drop the map at once, so nothing builds on it
 * again.
 *
 * With the shared area on (shm.h), each entry is also published there for the whole
 * pool: a fetched snapshot is published for every process, and an entry adopts a newer
 * snapshot another process published (one atomic load to find out). Refreshes, the epoch
 * check and node suspicion are then pool-wide; without the area they are per process
 * (the debounce) or off (the epoch check, suspicion). */
#ifndef RC_SLOT_CACHE_H
#define RC_SLOT_CACHE_H

#include "php.h"
#include "shm.h"
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
	RC_WHY_SUSPECT,         /* a command was about to go to a node the pool suspects */
	RC_WHY_EPOCH,           /* another node reports a newer cluster epoch */
	RC_WHY_COUNT
} rc_why;

extern const char *const rc_why_names[RC_WHY_COUNT];

/* Suspicion of a node lapses after this long without a new mark. */
#define RC_SUSPECT_TTL 10.0

void rc_cache_startup(HashTable **store);
void rc_cache_shutdown(HashTable **store);

/* The entry's key for a cluster name (may be NULL) and its seeds ("host:port" strings). */
zend_string *rc_cache_key(const zend_string *name, zend_string **seeds, uint32_t count);

/* A new reference to the entry's snapshot, or NULL (a miss: no entry, dropped, or older
 * than max_age seconds when max_age > 0). A newer snapshot published by another process
 * is adopted first (a process that has no entry yet starts from the pool's). *stale tells
 * the caller a MOVED or ASK asked for revalidation. Counts the hit or miss. */
rc_topology *rc_cache_get(const zend_string *key, double max_age, bool *stale);

/* The entry's current snapshot (a newer published one adopted first; a process with no
 * entry yet starts from the pool's), without counting or a new reference; NULL if none. */
rc_topology *rc_cache_peek(const zend_string *key);

/* Stores a freshly fetched snapshot (counted as a refresh), creating the entry, and
 * publishes it to the pool. */
void rc_cache_put(const zend_string *key, rc_topology *topo, const char *seeds, size_t seeds_len);

/* Records an invalidation seen on snapshot `seen`: drops the map, except for MOVED, ASK,
 * suspect, epoch and manual refreshes, which mark it stale. Counted only when it changes
 * the entry (the map is still `seen`, and not already stale for a marking reason), so one
 * event seen by several objects or retried several times counts once; all_unreachable and
 * manual always count. */
void rc_cache_invalidate(const zend_string *key, rc_why why, const rc_topology *seen);

/* Debounce of failure-triggered refreshes, pool-wide when shared: RC_CLAIM_WON (the
 * caller refreshes, then calls rc_cache_refresh_done()) when the last one for this
 * cluster is at least `interval` seconds old; RC_CLAIM_IN_FLIGHT when another process is
 * refreshing it right now; RC_CLAIM_DONE when one ran within the interval. */
rc_claim rc_cache_claim_refresh(const zend_string *key, double interval);
void rc_cache_refresh_done(const zend_string *key);
/* The same for the first fill of a cluster the pool does not have yet (a pool starting
 * cold): one worker fetches, the others wait for its publication (RC_SHM_FLIGHT_FILL,
 * declared done with rc_cache_flight_done()). Does not debounce refreshes. */
rc_claim rc_cache_claim_fill(const zend_string *key, double interval);
void rc_cache_flight_done(const zend_string *key, rc_shm_flight which);

/* The epoch check's single flight: RC_CLAIM_DONE when the shared map was confirmed less
 * than `interval` seconds ago (or nothing is shared: then there is no check), else as
 * rc_cache_claim_refresh(). The warm path: a lookup and two atomic loads. */
rc_claim rc_cache_claim_check(const zend_string *key, double interval);
/* A request's start in one lookup: a new reference to the entry's snapshot when it is
 * newer than `have` (another object or worker refreshed; a newer publication adopted
 * first), else NULL; in *check, rc_cache_claim_check()'s answer (RC_CLAIM_DONE when
 * interval is 0); in *suspects, rc_cache_any_suspect()'s. */
rc_topology *rc_cache_begin(const zend_string *key, const rc_topology *have, double interval, rc_claim *check,
	bool *suspects);
/* Ends the check; `confirmed`: the cluster's epoch is the map's, the map is current. */
void rc_cache_check_done(const zend_string *key, bool confirmed);

/* Waits (polling, never past `until`, an rc_now() time) while another process runs the
 * single flight `which`. */
void rc_cache_wait(const zend_string *key, rc_shm_flight which, double until);

/* Node suspicion, shared by the pool (nothing without the area). */
void rc_cache_suspect(const zend_string *key, const char *host, size_t len, uint16_t port);
/* True when some node of the cluster is suspect (one lookup and one atomic load). */
bool rc_cache_any_suspect(const zend_string *key);
/* rc_now() time of the node's last mark, 0 when it is not suspect. */
double rc_cache_suspected(const zend_string *key, const char *host, size_t len, uint16_t port);
void rc_cache_clear_suspect(const zend_string *key, const char *host, size_t len, uint16_t port, double since);

/* Counts a pool-wide event for the cluster (nothing without the area). */
void rc_cache_count(const zend_string *key, rc_shm_counter which);

/* redis.clusters.epoch_check_ms in seconds; 0: off, and off without the shared area. */
double rc_cache_epoch_interval(void);

/* Every entry as an array, for RedisCluster::getSlotCacheInfo() and phpinfo(): this
 * process's entries and the pool's shared ones. */
void rc_cache_info(zval *return_value);
/* The shared area's geometry and counters, for phpinfo(). */
void rc_cache_area_info(zval *return_value);

#endif
