/* The shared area: one region of memory mapped in MINIT, before a SAPI such as php-fpm
 * forks its workers (as opcache and APCu do it), so that every worker of a pool sees it.
 * Under the CLI it is the process's own: the same code, shared with nobody.
 *
 * The area is a header and a fixed number of fixed-size slots, one per cluster. A slot is
 * found by the cluster's key digest (rc_shm_key: a hash of the uid and the cache key,
 * never credentials or anything of a connection) and holds:
 *   - the latest published snapshot, as bytes in one of two buffers (double buffering:
 *     a reader always finds the last complete one), with a generation number that grows
 *     by one per publication, and a checksum over the generation and the bytes;
 *   - times shared by the pool: when the snapshot was fetched and last confirmed, and
 *     the single-flight claims of the epoch check and of failure-triggered refreshes;
 *   - nodes under suspicion (an address hash and since when);
 *   - the pool-wide counters.
 *
 * Nothing read from the area is trusted: a buffer is copied out, its generation and
 * checksum checked, and its bytes are then parsed as hostile input by the caller (the
 * slot cache). Writers never hold a lock across I/O: the only lock is a slot's publisher
 * lock, taken for the memcpy of an already encoded snapshot; it names its holder's pid
 * and the time it was taken, and a lock older than RC_SHM_LOCK_STALE_MS is taken over,
 * so that a worker killed while publishing cannot wedge the others. Every other field is
 * a single word read and written atomically.
 *
 * Times are CLOCK_MONOTONIC microseconds (rc_now() * 1e6), the same clock in every
 * process of the machine. */
#ifndef RC_SHM_H
#define RC_SHM_H

#include "php.h"

#define RC_SHM_NONE UINT32_MAX
#define RC_SHM_SUSPECTS 8
#define RC_SHM_LOCK_STALE_MS 1000
#define RC_SHM_NAME_LEN 48

/* What a slot counts for the whole pool (every process sharing the area). */
typedef enum {
	RC_SHM_PUBLISHED,    /* snapshots published */
	RC_SHM_ADOPTED,      /* a process took a snapshot another one published */
	RC_SHM_REFRESHES,    /* failure-triggered refreshes run (one claim won each) */
	RC_SHM_DEBOUNCED,    /* failure-triggered refreshes not run: another ran recently */
	RC_SHM_EPOCH_CHECKS, /* epoch checks sent */
	RC_SHM_EPOCH_CHANGES, /* epoch checks that found the cluster moved on */
	RC_SHM_EPOCH_PIPELINED, /* epoch checks sent with a batch's reads, not on their own */
	RC_SHM_SUSPICIONS,   /* nodes marked suspect */
	RC_SHM_REVALIDATIONS, /* a command held back from a suspect node until the map was asked again */
	RC_SHM_REJECTED,     /* reads refused: torn, corrupt, or not a valid snapshot */
	RC_SHM_COUNTERS
} rc_shm_counter;

/* What the area counts for everything in it. */
typedef enum {
	RC_SHM_AREA_FULL,     /* a search for a new cluster's slot found none (its fill and its publication search): per process only */
	RC_SHM_AREA_TOO_BIG,  /* a snapshot larger than a slot's buffer: not shared */
	RC_SHM_AREA_LOCK_TAKEOVERS, /* publisher locks taken over from a dead or stuck holder */
	RC_SHM_AREA_COUNTERS
} rc_shm_area_counter;

extern const char *const rc_shm_counter_names[RC_SHM_COUNTERS];
extern const char *const rc_shm_area_counter_names[RC_SHM_AREA_COUNTERS];

typedef struct rc_shm_key {
	uint64_t w[2]; /* w[0] is never 0: 0 marks a free slot */
} rc_shm_key;

/* Single flights: at most one process of the pool runs the operation per interval. */
typedef enum {
	RC_SHM_FLIGHT_CHECK,   /* the epoch check */
	RC_SHM_FLIGHT_REFRESH, /* failure-triggered refreshes */
	RC_SHM_FLIGHT_FILL,    /* the first fetch of a cluster the pool does not have */
	RC_SHM_FLIGHTS
} rc_shm_flight;

typedef enum {
	RC_CLAIM_WON,       /* the caller runs it and then calls rc_shm_flight_done() */
	RC_CLAIM_IN_FLIGHT, /* another process is running it now */
	RC_CLAIM_DONE,      /* it ran less than an interval ago */
} rc_claim;

/* Maps the area: `size` bytes in slots of `slot_size`. A size of 0 turns it off; so does a
 * failure to map (reported in phpinfo()). */
void rc_shm_startup(size_t size, size_t slot_size);
void rc_shm_shutdown(void);
bool rc_shm_enabled(void);

/* The digest of a cache key, for this process's uid. */
void rc_shm_key_of(const zend_string *cache_key, rc_shm_key *key);
/* The slot of `key` (trying `hint` first), or RC_SHM_NONE. With `create`, a free slot is
 * claimed (or the one published longest ago, if that was more than a minute ago). */
uint32_t rc_shm_find(const rc_shm_key *key, uint32_t hint, bool create);
/* True while `slot` still belongs to `key`. */
bool rc_shm_owns(uint32_t slot, const rc_shm_key *key);

/* The generation published in `slot`, 0 when none: one atomic load. */
uint64_t rc_shm_generation(uint32_t slot);
/* Copies out the published bytes (emalloc'd, *len bytes) with their generation; NULL when
 * none, or when the copy is torn or its checksum is wrong. */
char *rc_shm_read(uint32_t slot, size_t *len, uint64_t *gen);
/* Publishes `len` bytes of a snapshot fetched at `fetched_us`, unless a snapshot fetched
 * later is published already. Returns the new generation, or 0 when nothing was
 * published (too big, newer one there, another publisher busy). */
uint64_t rc_shm_publish(uint32_t slot, const rc_shm_key *key, const char *data, size_t len, uint64_t fetched_us);

/* When the published snapshot was fetched and when it was last confirmed (its fetch, or
 * an epoch check that found the cluster unchanged). */
uint64_t rc_shm_fetched_us(uint32_t slot);
uint64_t rc_shm_validated_us(uint32_t slot);
void rc_shm_validated(uint32_t slot, uint64_t now_us);

/* Claims the single flight `which` unless it ran (was claimed) less than `interval_us`
 * ago or is running in another process. */
rc_claim rc_shm_flight_claim(uint32_t slot, rc_shm_flight which, uint64_t interval_us, uint64_t now_us);
void rc_shm_flight_done(uint32_t slot, rc_shm_flight which, uint64_t now_us);
/* True while a claim of `which` made less than `max_us` ago has not been declared done. */
bool rc_shm_flight_running(uint32_t slot, rc_shm_flight which, uint64_t max_us, uint64_t now_us);

/* Suspicion of the node at an address (hash: rc_shm_addr_hash()). */
uint64_t rc_shm_addr_hash(const char *host, size_t len, uint16_t port);
void rc_shm_suspect(uint32_t slot, uint64_t addr, const char *name, uint64_t now_us);
/* Since when the node is suspect, 0 when it is not (or its mark is older than ttl_us).
 * One atomic load when no node of the slot was marked within ttl_us. */
uint64_t rc_shm_suspected(uint32_t slot, uint64_t addr, uint64_t ttl_us, uint64_t now_us);
/* True when some node of the slot was marked less than ttl_us ago: one atomic load. */
bool rc_shm_any_suspect(uint32_t slot, uint64_t ttl_us, uint64_t now_us);
/* Lifts the mark of `since` (a newer mark stays). */
void rc_shm_clear_suspect(uint32_t slot, uint64_t addr, uint64_t since);
/* The marks of a slot younger than ttl_us, for monitoring: fills names[] ("host:port",
 * sanitized) and since[], returns how many (at most RC_SHM_SUSPECTS). */
uint32_t rc_shm_suspects(uint32_t slot, char (*names)[RC_SHM_NAME_LEN], uint64_t *since, uint64_t ttl_us, uint64_t now_us);

void rc_shm_count(uint32_t slot, rc_shm_counter which);
uint64_t rc_shm_counter_value(uint32_t slot, rc_shm_counter which);
void rc_shm_area_count(rc_shm_area_counter which);

/* For monitoring: the area's geometry and counters. */
typedef struct rc_shm_stats {
	size_t size;
	size_t slot_size;
	size_t buffer_size; /* the largest snapshot a slot holds */
	uint32_t slots;
	uint32_t used;
	uint64_t counters[RC_SHM_AREA_COUNTERS];
	const char *off_reason; /* why the area is off, NULL when on */
} rc_shm_stats;
void rc_shm_stats_get(rc_shm_stats *stats);
uint32_t rc_shm_slot_count(void);

static inline uint64_t rc_us(double seconds)
{
	return seconds > 0 ? (uint64_t)(seconds * 1e6) : 0;
}

#endif
