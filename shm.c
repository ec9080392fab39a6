#include "shm.h"
#include "rc_base.h"

#include "ext/standard/sha1.h"

#ifndef PHP_WIN32
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Every shared word is read and written with these. Where the compiler has no __atomic
 * builtins (MSVC) the area is never mapped (rc_shm_startup() says why), so the plain
 * versions below are never reached. */
#if defined(__GNUC__) || defined(__clang__)
#define RC_SHM_ATOMICS 1
#define ld(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define st(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define add(p, v) __atomic_fetch_add((p), (v), __ATOMIC_RELAXED)
#define fence() __atomic_thread_fence(__ATOMIC_ACQUIRE)
static inline bool cas(uint64_t *p, uint64_t expected, uint64_t desired)
{
	return __atomic_compare_exchange_n(p, &expected, desired, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}
#else
#define RC_SHM_ATOMICS 0
#define ld(p) (*(volatile uint64_t *)(p))
#define st(p, v) (*(volatile uint64_t *)(p) = (v))
#define add(p, v) (*(volatile uint64_t *)(p) += (v))
#define fence() ((void)0)
static inline bool cas(uint64_t *p, uint64_t expected, uint64_t desired)
{
	if (*p != expected) {
		return false;
	}
	*p = desired;
	return true;
}
#endif

#define RC_SHM_MAGIC "rcshm\0v1"
#define RC_SHM_HEAD_SIZE 256
#define RC_SHM_SLOT_HEAD 768
#define RC_SHM_EVICT_AFTER_US 60000000ull

/* The area's first RC_SHM_HEAD_SIZE bytes. */
typedef struct rc_shm_head {
	char magic[8];
	uint64_t size;
	uint64_t slot_size;
	uint64_t slot_count;
	uint64_t counters[RC_SHM_AREA_COUNTERS];
} rc_shm_head;

typedef struct rc_shm_mark {
	uint64_t addr;  /* rc_shm_addr_hash() of the node, 0 when free */
	uint64_t since; /* when it was last marked; 0 when lifted */
	char name[RC_SHM_NAME_LEN]; /* "host:port", for operators only: never parsed, copied out sanitized */
} rc_shm_mark;

/* A slot's first RC_SHM_SLOT_HEAD bytes; its two buffers follow. */
typedef struct rc_shm_slot {
	uint64_t key[2];       /* the owner's digest; key[0] == 0: free */
	uint64_t lock;         /* 0, or the publisher: pid << 32 | its clock in ms (low 32 bits) */
	uint64_t gen;          /* generation of the published buffer, buf[gen & 1]; 0: none */
	uint64_t fetched_us;   /* when the published snapshot was fetched */
	uint64_t validated_us; /* when it was last confirmed; orders evictions */
	uint64_t claim[RC_SHM_FLIGHTS]; /* per rc_shm_flight: when last claimed */
	uint64_t done[RC_SHM_FLIGHTS];  /* per rc_shm_flight: when last declared done */
	uint64_t last_mark_us; /* the newest suspicion mark, so that "none" is one load */
	rc_shm_mark marks[RC_SHM_SUSPECTS];
	uint64_t counters[RC_SHM_COUNTERS];
} rc_shm_slot;

/* One copy of a snapshot. `sum` covers gen, len and the bytes. */
typedef struct rc_shm_buf {
	uint64_t gen;
	uint64_t sum;
	uint64_t len;
	char data[];
} rc_shm_buf;

_Static_assert(sizeof(rc_shm_head) <= RC_SHM_HEAD_SIZE, "area header too big");
_Static_assert(sizeof(rc_shm_slot) <= RC_SHM_SLOT_HEAD, "slot header too big");

const char *const rc_shm_counter_names[RC_SHM_COUNTERS] = {
	[RC_SHM_PUBLISHED] = "published",
	[RC_SHM_ADOPTED] = "adopted",
	[RC_SHM_REFRESHES] = "refreshes",
	[RC_SHM_DEBOUNCED] = "debounced",
	[RC_SHM_EPOCH_CHECKS] = "epoch_checks",
	[RC_SHM_EPOCH_CHANGES] = "epoch_changes",
	[RC_SHM_EPOCH_PIPELINED] = "epoch_pipelined",
	[RC_SHM_SUSPICIONS] = "suspicions",
	[RC_SHM_REVALIDATIONS] = "revalidations",
	[RC_SHM_REJECTED] = "rejected",
};

const char *const rc_shm_area_counter_names[RC_SHM_AREA_COUNTERS] = {
	[RC_SHM_AREA_FULL] = "full",
	[RC_SHM_AREA_TOO_BIG] = "too_big",
	[RC_SHM_AREA_LOCK_TAKEOVERS] = "lock_takeovers",
};

/* Set in MINIT, before any fork or thread, and never changed until MSHUTDOWN. */
static struct {
	char *base;
	size_t size;
	size_t slot_size;
	size_t buf_size; /* bytes of one buffer, header included */
	uint32_t count;
	const char *off_reason;
} area = {NULL, 0, 0, 0, 0, "not started"};

static inline rc_shm_head *head(void)
{
	return (rc_shm_head *)area.base;
}

static inline rc_shm_slot *slot_at(uint32_t i)
{
	return (rc_shm_slot *)(area.base + RC_SHM_HEAD_SIZE + (size_t)i * area.slot_size);
}

/* Slot i, or NULL when the area is off or i is not a slot: every entry point checks. */
static inline rc_shm_slot *valid_slot(uint32_t i)
{
	return area.base && i < area.count ? slot_at(i) : NULL;
}

static inline rc_shm_buf *buf_of(rc_shm_slot *s, uint64_t gen)
{
	return (rc_shm_buf *)((char *)s + RC_SHM_SLOT_HEAD + (gen & 1) * area.buf_size);
}

static inline size_t buf_capacity(void)
{
	return area.buf_size - sizeof(rc_shm_buf);
}

void rc_shm_startup(size_t size, size_t slot_size)
{
	/* Slots are whole cache lines, and big enough for a small cluster's map twice. */
	slot_size &= ~(size_t)63;
	area.base = NULL;
	if (!RC_SHM_ATOMICS) {
		area.off_reason = "no atomic operations in this build";
		return;
	}
#ifdef PHP_WIN32
	area.off_reason = "not available on Windows";
	return;
#else
	if (size == 0) {
		area.off_reason = "redis.clusters.shm_size is 0";
		return;
	}
	if (slot_size < 2048 || size < RC_SHM_HEAD_SIZE + slot_size || (size - RC_SHM_HEAD_SIZE) / slot_size > UINT32_MAX - 1) {
		area.off_reason = "redis.clusters.shm_size holds no slot of redis.clusters.shm_entry_size (at least 2K)";
		return;
	}
	area.base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (area.base == MAP_FAILED) {
		area.base = NULL;
		area.off_reason = "mmap() failed";
		return;
	}
	area.size = size;
	area.slot_size = slot_size;
	area.buf_size = ((slot_size - RC_SHM_SLOT_HEAD) / 2) & ~(size_t)7;
	area.count = (uint32_t)((size - RC_SHM_HEAD_SIZE) / slot_size);
	area.off_reason = NULL;
	/* Fresh anonymous pages are zero: every slot is free, every counter 0. */
	memcpy(head()->magic, RC_SHM_MAGIC, 8);
	head()->size = size;
	head()->slot_size = slot_size;
	head()->slot_count = area.count;
#endif
}

void rc_shm_shutdown(void)
{
#ifndef PHP_WIN32
	if (area.base) {
		munmap(area.base, area.size);
	}
#endif
	area.base = NULL;
	area.off_reason = "shut down";
}

bool rc_shm_enabled(void)
{
	return area.base != NULL;
}

uint32_t rc_shm_slot_count(void)
{
	return area.base ? area.count : 0;
}

static uint64_t fnv1a(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

#define FNV_OFFSET 0xcbf29ce484222325ull

static uint64_t checksum(uint64_t gen, uint64_t len, const char *data)
{
	uint64_t h = fnv1a(FNV_OFFSET, &gen, sizeof(gen));

	h = fnv1a(h, &len, sizeof(len));
	return fnv1a(h, data, (size_t)len);
}

void rc_shm_key_of(const zend_string *cache_key, rc_shm_key *key)
{
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];
	/* Processes of another user never match this user's entries by accident (php-fpm
	 * pools of one master share the area). */
	uint64_t uid = 0;

#ifndef PHP_WIN32
	uid = (uint64_t)geteuid();
#endif
	PHP_SHA1Init(&ctx);
	PHP_SHA1Update(&ctx, (const unsigned char *)"rediscluster-shm-1", sizeof("rediscluster-shm-1"));
	PHP_SHA1Update(&ctx, (const unsigned char *)&uid, sizeof(uid));
	PHP_SHA1Update(&ctx, (const unsigned char *)ZSTR_VAL(cache_key), ZSTR_LEN(cache_key));
	PHP_SHA1Final(digest, &ctx);
	memcpy(key->w, digest, sizeof(key->w));
	/* 0 means "free" in a slot: neither word may be 0. */
	key->w[0] |= key->w[0] ? 0 : 1;
	key->w[1] |= key->w[1] ? 0 : 1;
}

bool rc_shm_owns(uint32_t slot, const rc_shm_key *key)
{
	rc_shm_slot *s;

	if ((s = valid_slot(slot)) == NULL) {
		return false;
	}
	return ld(&s->key[0]) == key->w[0] && ld(&s->key[1]) == key->w[1];
}

/* Matches slot i against key; a slot being claimed has key[1] 0 for a few instructions:
 * wait for it rather than claim a second slot for the same key. */
static bool slot_matches(uint32_t i, const rc_shm_key *key)
{
	rc_shm_slot *s = slot_at(i);
	uint64_t k1;

	if (ld(&s->key[0]) != key->w[0]) {
		return false;
	}
	for (int spin = 0; (k1 = ld(&s->key[1])) == 0 && spin < 100000; spin++) {
	}
	return k1 == key->w[1];
}

static uint64_t lock_word(uint64_t now_us)
{
	return ((uint64_t)getpid() << 32) | (uint32_t)(now_us / 1000);
}

/* Takes the publisher lock of s, taking over one held longer than RC_SHM_LOCK_STALE_MS
 * (its holder died or is stopped: a publication is a memcpy). Never waits on I/O. */
static bool lock_slot(rc_shm_slot *s, uint64_t *mine)
{
	for (int tries = 0; tries < 1000; tries++) {
		uint64_t now_us = rc_us(rc_now());
		uint64_t held = ld(&s->lock);

		*mine = lock_word(now_us);
		if (held == 0) {
			if (cas(&s->lock, 0, *mine)) {
				return true;
			}
			continue;
		}
		if ((uint32_t)((uint32_t)(now_us / 1000) - (uint32_t)held) > RC_SHM_LOCK_STALE_MS) {
			if (cas(&s->lock, held, *mine)) {
				add(&head()->counters[RC_SHM_AREA_LOCK_TAKEOVERS], 1);
				return true;
			}
			continue;
		}
		/* Another publisher is copying its bytes: microseconds. */
		if (tries > 100) {
			usleep(10);
		}
	}
	return false;
}

static void unlock_slot(rc_shm_slot *s, uint64_t mine)
{
	/* Fails when our lock was taken over: the new holder releases it. */
	cas(&s->lock, mine, 0);
}

/* Claims slot i for key: free (key[0] 0) or, for an eviction, still owned by `old`. */
static bool claim_slot(uint32_t i, const rc_shm_key *key, uint64_t old)
{
	rc_shm_slot *s = slot_at(i);
	uint64_t mine;

	if (old == 0) {
		if (!cas(&s->key[0], 0, key->w[0])) {
			return false;
		}
		st(&s->key[1], key->w[1]);
		return true;
	}
	if (!lock_slot(s, &mine)) {
		return false;
	}
	if (ld(&s->key[0]) != old) {
		unlock_slot(s, mine);
		return false;
	}
	/* The buffers keep the old owner's bytes: they name its key, so a reader of the new
	 * owner rejects them; the generation goes on growing, so no process mistakes an old
	 * generation number for a new one. */
	st(&s->key[1], 0);
	st(&s->key[0], key->w[0]);
	st(&s->fetched_us, 0);
	st(&s->validated_us, rc_us(rc_now()));
	st(&s->last_mark_us, 0);
	for (int m = 0; m < RC_SHM_SUSPECTS; m++) {
		st(&s->marks[m].since, 0);
	}
	for (int c = 0; c < RC_SHM_COUNTERS; c++) {
		st(&s->counters[c], 0);
	}
	st(&s->key[1], key->w[1]);
	unlock_slot(s, mine);
	return true;
}

uint32_t rc_shm_find(const rc_shm_key *key, uint32_t hint, bool create)
{
	uint64_t now_us = rc_us(rc_now());

	if (area.base == NULL) {
		return RC_SHM_NONE;
	}
	if (hint < area.count && slot_matches(hint, key)) {
		return hint;
	}
	for (int round = 0; round < 3; round++) {
		uint32_t free_slot = RC_SHM_NONE, oldest = RC_SHM_NONE;
		uint64_t oldest_us = UINT64_MAX;

		for (uint32_t i = 0; i < area.count; i++) {
			uint64_t k0 = ld(&slot_at(i)->key[0]);

			if (k0 == 0) {
				free_slot = free_slot == RC_SHM_NONE ? i : free_slot;
			} else if (slot_matches(i, key)) {
				return i;
			} else if (ld(&slot_at(i)->validated_us) < oldest_us) {
				oldest_us = ld(&slot_at(i)->validated_us);
				oldest = i;
			}
		}
		if (!create) {
			return RC_SHM_NONE;
		}
		if (free_slot != RC_SHM_NONE) {
			if (claim_slot(free_slot, key, 0)) {
				return free_slot;
			}
			continue; /* another process took it first: look again */
		}
		if (oldest != RC_SHM_NONE && now_us > oldest_us && now_us - oldest_us > RC_SHM_EVICT_AFTER_US
			&& claim_slot(oldest, key, ld(&slot_at(oldest)->key[0]))) {
			return oldest;
		}
		break;
	}
	add(&head()->counters[RC_SHM_AREA_FULL], 1);
	return RC_SHM_NONE;
}

uint64_t rc_shm_generation(uint32_t slot)
{
	rc_shm_slot *s = valid_slot(slot);

	return s ? ld(&s->gen) : 0;
}

char *rc_shm_read(uint32_t slot, size_t *len, uint64_t *gen)
{
	rc_shm_slot *s;

	if ((s = valid_slot(slot)) == NULL) {
		return NULL;
	}
	/* A publisher writes into the buffer not in use, and the next one into ours only once
	 * the generation has moved on: a copy made while the generation stayed the same is
	 * whole, and one that fails its checks while it stayed the same is corrupt. */
	for (int tries = 0; tries < 4; tries++) {
		uint64_t g = ld(&s->gen), n, bgen = 0, sum = 0;
		rc_shm_buf *b;
		char *copy = NULL;

		if (g == 0) {
			return NULL;
		}
		b = buf_of(s, g);
		n = ld(&b->len);
		if (n > 0 && n <= buf_capacity()) {
			copy = emalloc((size_t)n);
			memcpy(copy, b->data, (size_t)n);
			bgen = ld(&b->gen);
			sum = ld(&b->sum);
		}
		fence();
		if (ld(&s->gen) != g) {
			if (copy) {
				efree(copy);
			}
			continue;
		}
		if (copy && bgen == g && sum == checksum(g, n, copy)) {
			*len = (size_t)n;
			*gen = g;
			return copy;
		}
		if (copy) {
			efree(copy);
		}
		break;
	}
	return NULL;
}

uint64_t rc_shm_publish(uint32_t slot, const rc_shm_key *key, const char *data, size_t len, uint64_t fetched_us)
{
	rc_shm_slot *s;
	rc_shm_buf *b;
	uint64_t mine, g = 0;

	if ((s = valid_slot(slot)) == NULL || len == 0) {
		return 0;
	}
	if (len > buf_capacity()) {
		add(&head()->counters[RC_SHM_AREA_TOO_BIG], 1);
		return 0;
	}
	if (!lock_slot(s, &mine)) {
		return 0;
	}
	if (rc_shm_owns(slot, key) && ld(&s->fetched_us) <= fetched_us) {
		g = ld(&s->gen) + 1;
		b = buf_of(s, g);
		/* Readers of generation g-1 use the other buffer; a reader still copying this
		 * one (g-2) sees the generation has moved on and copies again. */
		memcpy(b->data, data, len);
		st(&b->sum, checksum(g, len, data));
		st(&b->gen, g);
		st(&b->len, (uint64_t)len);
		st(&s->fetched_us, fetched_us);
		if (ld(&s->validated_us) < fetched_us) {
			st(&s->validated_us, fetched_us);
		}
		if (ld(&s->lock) == mine) {
			st(&s->gen, g);
			add(&s->counters[RC_SHM_PUBLISHED], 1);
		} else {
			g = 0; /* taken over while copying: the new holder's publication stands */
		}
	}
	unlock_slot(s, mine);
	return g;
}

uint64_t rc_shm_fetched_us(uint32_t slot)
{
	rc_shm_slot *s = valid_slot(slot);

	return s ? ld(&s->fetched_us) : 0;
}

uint64_t rc_shm_validated_us(uint32_t slot)
{
	rc_shm_slot *s = valid_slot(slot);

	return s ? ld(&s->validated_us) : 0;
}

void rc_shm_validated(uint32_t slot, uint64_t now_us)
{
	rc_shm_slot *s = valid_slot(slot);

	if (s && ld(&s->validated_us) < now_us) {
		st(&s->validated_us, now_us);
	}
}

/* a - b as a signed span: a claim made by another process after we read the clock is
 * "0 µs ago", not 2^64. */
static inline int64_t span(uint64_t a, uint64_t b)
{
	return (int64_t)(a - b);
}

rc_claim rc_shm_flight_claim(uint32_t slot, rc_shm_flight which, uint64_t interval_us, uint64_t now_us)
{
	rc_shm_slot *s;
	uint64_t last;

	if ((s = valid_slot(slot)) == NULL) {
		return RC_CLAIM_WON;
	}
	last = ld(&s->claim[which]);
	if (last != 0 && span(now_us, last) < (int64_t)interval_us) {
		return span(ld(&s->done[which]), last) >= 0 ? RC_CLAIM_DONE : RC_CLAIM_IN_FLIGHT;
	}
	return cas(&s->claim[which], last, now_us ? now_us : 1) ? RC_CLAIM_WON : RC_CLAIM_IN_FLIGHT;
}

void rc_shm_flight_done(uint32_t slot, rc_shm_flight which, uint64_t now_us)
{
	rc_shm_slot *s = valid_slot(slot);

	if (s) {
		st(&s->done[which], now_us);
	}
}

bool rc_shm_flight_running(uint32_t slot, rc_shm_flight which, uint64_t max_us, uint64_t now_us)
{
	rc_shm_slot *s;
	uint64_t last;

	if ((s = valid_slot(slot)) == NULL) {
		return false;
	}
	last = ld(&s->claim[which]);
	return last != 0 && span(now_us, last) < (int64_t)max_us && span(ld(&s->done[which]), last) < 0;
}

uint64_t rc_shm_addr_hash(const char *host, size_t len, uint16_t port)
{
	uint64_t h = fnv1a(FNV_OFFSET, host, len);

	h = fnv1a(h, &port, sizeof(port));
	return h ? h : 1;
}

/* A mark's name goes in with plain stores: a reader may see it half written, which is
 * why it is only ever shown, and shown sanitized. */
static void set_name(rc_shm_mark *mark, const char *name)
{
	size_t len = strnlen(name, RC_SHM_NAME_LEN - 1);

	memcpy(mark->name, name, len);
	memset(mark->name + len, 0, RC_SHM_NAME_LEN - len);
}

void rc_shm_suspect(uint32_t slot, uint64_t addr, const char *name, uint64_t now_us)
{
	rc_shm_slot *s;
	int pick = 0;
	uint64_t pick_since = UINT64_MAX;

	if ((s = valid_slot(slot)) == NULL) {
		return;
	}
	add(&s->counters[RC_SHM_SUSPICIONS], 1);
	for (int m = 0; m < RC_SHM_SUSPECTS; m++) {
		uint64_t since = ld(&s->marks[m].since);

		if (ld(&s->marks[m].addr) == addr) {
			st(&s->marks[m].since, now_us);
			st(&s->last_mark_us, now_us);
			set_name(&s->marks[m], name);
			return;
		}
		if (since < pick_since) {
			pick_since = since;
			pick = m;
		}
	}
	/* The free or oldest mark. Two markers racing for one may leave one address with the
	 * other's time: a mark only makes a worker ask the map again, never skip a node. */
	if (cas(&s->marks[pick].addr, ld(&s->marks[pick].addr), addr)) {
		set_name(&s->marks[pick], name);
		st(&s->marks[pick].since, now_us);
	}
	st(&s->last_mark_us, now_us);
}

uint64_t rc_shm_suspected(uint32_t slot, uint64_t addr, uint64_t ttl_us, uint64_t now_us)
{
	rc_shm_slot *s;

	if ((s = valid_slot(slot)) == NULL) {
		return 0;
	}
	if (span(now_us, ld(&s->last_mark_us)) >= (int64_t)ttl_us) {
		return 0;
	}
	for (int m = 0; m < RC_SHM_SUSPECTS; m++) {
		if (ld(&s->marks[m].addr) == addr) {
			uint64_t since = ld(&s->marks[m].since);
			return since != 0 && span(now_us, since) < (int64_t)ttl_us ? since : 0;
		}
	}
	return 0;
}

bool rc_shm_any_suspect(uint32_t slot, uint64_t ttl_us, uint64_t now_us)
{
	rc_shm_slot *s = valid_slot(slot);

	return s && span(now_us, ld(&s->last_mark_us)) < (int64_t)ttl_us;
}

void rc_shm_clear_suspect(uint32_t slot, uint64_t addr, uint64_t since)
{
	rc_shm_slot *s;

	if ((s = valid_slot(slot)) == NULL) {
		return;
	}
	for (int m = 0; m < RC_SHM_SUSPECTS; m++) {
		if (ld(&s->marks[m].addr) == addr) {
			cas(&s->marks[m].since, since, 0);
		}
	}
}

uint32_t rc_shm_suspects(uint32_t slot, char (*names)[RC_SHM_NAME_LEN], uint64_t *since, uint64_t ttl_us, uint64_t now_us)
{
	rc_shm_slot *s;
	uint32_t n = 0;

	if ((s = valid_slot(slot)) == NULL) {
		return 0;
	}
	for (int m = 0; m < RC_SHM_SUSPECTS; m++) {
		uint64_t a = ld(&s->marks[m].addr), t = ld(&s->marks[m].since);

		if (a != 0 && t != 0 && span(now_us, t) < (int64_t)ttl_us) {
			for (int i = 0; i < RC_SHM_NAME_LEN; i++) {
				char ch = s->marks[m].name[i];
				names[n][i] = ch == '\0' || (ch > ' ' && ch < 127) ? ch : '?';
			}
			names[n][RC_SHM_NAME_LEN - 1] = '\0';
			since[n++] = t;
		}
	}
	return n;
}

void rc_shm_count(uint32_t slot, rc_shm_counter which)
{
	rc_shm_slot *s = valid_slot(slot);

	if (s) {
		add(&s->counters[which], 1);
	}
}

uint64_t rc_shm_counter_value(uint32_t slot, rc_shm_counter which)
{
	rc_shm_slot *s = valid_slot(slot);

	return s ? ld(&s->counters[which]) : 0;
}

void rc_shm_area_count(rc_shm_area_counter which)
{
	if (area.base) {
		add(&head()->counters[which], 1);
	}
}

void rc_shm_stats_get(rc_shm_stats *stats)
{
	memset(stats, 0, sizeof(*stats));
	stats->off_reason = area.off_reason;
	if (area.base == NULL) {
		return;
	}
	stats->size = area.size;
	stats->slot_size = area.slot_size;
	stats->buffer_size = buf_capacity();
	stats->slots = area.count;
	for (uint32_t i = 0; i < area.count; i++) {
		stats->used += ld(&slot_at(i)->key[0]) != 0;
	}
	for (int c = 0; c < RC_SHM_AREA_COUNTERS; c++) {
		stats->counters[c] = ld(&head()->counters[c]);
	}
}
