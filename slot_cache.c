#include "slot_cache.h"
#include "php_redis.h"

#include "zend_smart_str.h"

typedef struct rc_cache_entry {
	zend_string *key;        /* persistent copy of the table's key, for find()'s memo */
	rc_topology *topo;       /* NULL once dropped */
	char *seeds;             /* printable seed list, for operators */
	bool stale;              /* a MOVED or ASK asked for revalidation */
	double created;
	double last_attempt;     /* last refresh attempt, for the debounce without the area */
	zend_long hits;
	zend_long misses;
	zend_long refreshes;
	zend_long adopted;       /* snapshots taken from the shared area */
	zend_long invalidations[RC_WHY_COUNT];
	/* The shared area: this cluster's slot (RC_SHM_NONE: none yet, or none to be had), the
	 * newest generation this process published or adopted, and the last it refused. */
	rc_shm_key shm_key;
	uint32_t shm_slot;
	uint64_t shm_gen;
	uint64_t shm_rejected;
	double shm_retry;        /* no slot was found: not looked for again before this time */
} rc_cache_entry;

const char *const rc_why_names[RC_WHY_COUNT] = {
	[RC_WHY_MOVED] = "moved",
	[RC_WHY_ASK] = "ask",
	[RC_WHY_CONNECTION] = "connection",
	[RC_WHY_NODE_ID] = "node_id",
	[RC_WHY_UNCOVERED] = "uncovered",
	[RC_WHY_CLUSTERDOWN] = "clusterdown",
	[RC_WHY_ALL_UNREACHABLE] = "all_unreachable",
	[RC_WHY_EXPIRED] = "expired",
	[RC_WHY_MANUAL] = "manual",
	[RC_WHY_SUSPECT] = "suspect",
	[RC_WHY_EPOCH] = "epoch",
};

static void entry_dtor(zval *zv)
{
	rc_cache_entry *entry = Z_PTR_P(zv);

	if (entry->topo) {
		rc_topology_release(entry->topo);
	}
	if (REDIS_G(cache_memo) == entry) {
		REDIS_G(cache_memo) = NULL;
	}
	zend_string_release(entry->key);
	pefree(entry->seeds, 1);
	pefree(entry, 1);
}

void rc_cache_startup(HashTable **store)
{
	*store = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(*store, 8, NULL, entry_dtor, 1);
}

void rc_cache_shutdown(HashTable **store)
{
	if (*store) {
		zend_hash_destroy(*store);
		pefree(*store, 1);
		*store = NULL;
	}
}

static int compare_seeds(const void *a, const void *b)
{
	return zend_binary_strcmp(ZSTR_VAL(*(zend_string **)a), ZSTR_LEN(*(zend_string **)a), ZSTR_VAL(*(zend_string **)b),
		ZSTR_LEN(*(zend_string **)b));
}

zend_string *rc_cache_key(const zend_string *name, zend_string **seeds, uint32_t count)
{
	zend_string **sorted = safe_emalloc(count, sizeof(zend_string *), 0);
	smart_str key = {0};

	memcpy(sorted, seeds, count * sizeof(zend_string *));
	qsort(sorted, count, sizeof(zend_string *), compare_seeds);
	if (name) {
		smart_str_append(&key, name);
	}
	smart_str_appendc(&key, '|');
	for (uint32_t i = 0; i < count; i++) {
		/* The caller's seeds are de-duplicated already; sorting makes the order moot. */
		if (i > 0) {
			smart_str_appendc(&key, ',');
		}
		smart_str_append(&key, sorted[i]);
	}
	efree(sorted);
	smart_str_0(&key);
	return key.s;
}

/* The entry of a key. Every command asks a few times for its object's entry: the last
 * one found is kept, and compared by content (the entry owns its copy of the key). */
static inline rc_cache_entry *find(const zend_string *key)
{
	HashTable *store = REDIS_G(slot_cache);
	rc_cache_entry *entry = REDIS_G(cache_memo);

	if (entry && zend_string_equals(entry->key, (zend_string *)key)) {
		return entry;
	}
	if (store && (entry = zend_hash_find_ptr(store, (zend_string *)key)) != NULL) {
		REDIS_G(cache_memo) = entry;
	}
	return entry;
}

static rc_cache_entry *entry_add(const zend_string *key, const char *seeds, size_t seeds_len)
{
	rc_cache_entry *entry = pecalloc(1, sizeof(*entry), 1);

	entry->key = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
	entry->seeds = pestrndup(seeds, seeds_len, 1);
	entry->created = rc_now();
	entry->shm_slot = RC_SHM_NONE;
	rc_shm_key_of(key, &entry->shm_key);
	zend_hash_str_add_new_ptr(REDIS_G(slot_cache), ZSTR_VAL(key), ZSTR_LEN(key), entry);
	return entry;
}

/* The seeds part of a key ("name|seeds"): seeds never hold a '|'. */
static const char *key_seeds(const zend_string *key)
{
	const char *bar = zend_memrchr(ZSTR_VAL(key), '|', ZSTR_LEN(key));
	return bar ? bar + 1 : ZSTR_VAL(key);
}

/* The entry's slot in the shared area, looked up again when another cluster took it over;
 * RC_SHM_NONE without the area or when it has no slot (and, with `create`, none free). */
static uint32_t entry_slot(rc_cache_entry *entry, bool create)
{
	if (entry == NULL || !rc_shm_enabled()) {
		return RC_SHM_NONE;
	}
	if (entry->shm_slot != RC_SHM_NONE && rc_shm_owns(entry->shm_slot, &entry->shm_key)) {
		return entry->shm_slot;
	}
	/* A search looks at every slot: when one found nothing, the next waits a second. */
	if (!create && entry->shm_retry > rc_now()) {
		return RC_SHM_NONE;
	}
	entry->shm_slot = rc_shm_find(&entry->shm_key, entry->shm_slot, create);
	entry->shm_retry = entry->shm_slot == RC_SHM_NONE ? rc_now() + 1.0 : 0;
	return entry->shm_slot;
}

/* The snapshot published in `slot`, checked and validated; NULL when there is none or its
 * bytes are torn, damaged or not a valid map of this cluster. */
static rc_topology *read_shared(uint32_t slot, const zend_string *key, uint64_t *gen)
{
	rc_topology *topo = NULL;
	rc_err err = {0};
	size_t len;
	char *bytes = rc_shm_read(slot, &len, gen);

	if (bytes) {
		topo = rc_topology_decode(bytes, len, key, NULL, &err);
		efree(bytes);
	}
	if (topo) {
		topo->shm_gen = *gen;
	}
	return topo;
}

/* Takes a snapshot another process published after this entry's: one atomic load when
 * there is none. A map fetched later here (whose publication failed) is kept. */
static bool adopt_shared(rc_cache_entry *entry, const zend_string *key)
{
	uint32_t slot = entry_slot(entry, false);
	uint64_t gen = rc_shm_generation(slot), got;
	rc_topology *topo;

	if (gen <= entry->shm_gen || gen == entry->shm_rejected) {
		return false;
	}
	if (entry->topo && rc_shm_fetched_us(slot) < rc_us(entry->topo->fetched_at)) {
		entry->shm_gen = gen;
		return false;
	}
	if ((topo = read_shared(slot, key, &got)) == NULL) {
		/* Counted once per generation and process: monitoring reads do not count. */
		entry->shm_rejected = gen;
		rc_shm_count(slot, RC_SHM_REJECTED);
		return false;
	}
	if (entry->topo) {
		rc_topology_release(entry->topo);
	}
	entry->topo = topo;
	entry->stale = false;
	entry->shm_gen = got;
	entry->adopted++;
	rc_shm_count(slot, RC_SHM_ADOPTED);
	return true;
}

/* A process with no entry yet (a worker php-fpm just started) begins with the pool's. */
static rc_cache_entry *entry_from_pool(const zend_string *key)
{
	rc_shm_key shm_key;
	uint32_t slot;
	rc_cache_entry *entry;
	const char *seeds;

	if (!rc_shm_enabled() || REDIS_G(slot_cache) == NULL) {
		return NULL;
	}
	rc_shm_key_of(key, &shm_key);
	if ((slot = rc_shm_find(&shm_key, RC_SHM_NONE, false)) == RC_SHM_NONE || rc_shm_generation(slot) == 0) {
		return NULL;
	}
	seeds = key_seeds(key);
	entry = entry_add(key, seeds, ZSTR_VAL(key) + ZSTR_LEN(key) - seeds);
	entry->shm_slot = slot;
	adopt_shared(entry, key);
	return entry;
}

rc_topology *rc_cache_get(const zend_string *key, double max_age, bool *stale)
{
	rc_cache_entry *entry = find(key);

	*stale = false;
	if (entry == NULL && (entry = entry_from_pool(key)) == NULL) {
		return NULL;
	}
	adopt_shared(entry, key);
	if (entry->topo && max_age > 0 && rc_now() - entry->topo->fetched_at > max_age) {
		rc_cache_invalidate(key, RC_WHY_EXPIRED, entry->topo);
	}
	if (entry->topo == NULL) {
		entry->misses++;
		return NULL;
	}
	entry->hits++;
	*stale = entry->stale;
	return rc_topology_addref(entry->topo);
}

rc_topology *rc_cache_peek(const zend_string *key)
{
	rc_cache_entry *entry = find(key);

	if (entry == NULL && (entry = entry_from_pool(key)) == NULL) {
		return NULL;
	}
	adopt_shared(entry, key);
	return entry->topo;
}

/* Publishes the entry's snapshot for the pool (unless the pool has a later one). */
static void publish(rc_cache_entry *entry, const zend_string *key)
{
	uint32_t slot = entry_slot(entry, true);
	smart_str flat = {0};
	uint64_t gen;

	if (slot == RC_SHM_NONE) {
		return;
	}
	rc_topology_encode(entry->topo, key, &flat);
	gen = rc_shm_publish(slot, &entry->shm_key, ZSTR_VAL(flat.s), ZSTR_LEN(flat.s), rc_us(entry->topo->fetched_at));
	smart_str_free(&flat);
	if (gen) {
		entry->shm_gen = gen;
		entry->topo->shm_gen = gen;
	}
}

void rc_cache_put(const zend_string *key, rc_topology *topo, const char *seeds, size_t seeds_len)
{
	rc_cache_entry *entry = find(key);

	if (REDIS_G(slot_cache) == NULL) {
		return;
	}
	if (entry == NULL) {
		entry = entry_add(key, seeds, seeds_len);
		/* The first fill is the miss that created the entry. */
		entry->misses = 1;
	} else {
		entry->refreshes++;
	}
	if (entry->topo) {
		rc_topology_release(entry->topo);
	}
	entry->topo = rc_topology_addref(topo);
	entry->stale = false;
	/* last_attempt is the debounce's alone: a fill is not a failure-triggered refresh. */
	publish(entry, key);
}

void rc_cache_invalidate(const zend_string *key, rc_why why, const rc_topology *seen)
{
	rc_cache_entry *entry = find(key);
	bool marks = why == RC_WHY_MOVED || why == RC_WHY_ASK || why == RC_WHY_MANUAL || why == RC_WHY_SUSPECT
		|| why == RC_WHY_EPOCH;
	bool current = entry && entry->topo && entry->topo == seen;

	if (entry == NULL) {
		return;
	}
	if (why == RC_WHY_ALL_UNREACHABLE || why == RC_WHY_MANUAL || (current && !(marks && entry->stale))) {
		entry->invalidations[why]++;
	}
	if (marks) {
		entry->stale = entry->stale || current;
	} else if (entry->topo && (current || why == RC_WHY_ALL_UNREACHABLE)) {
		rc_topology_release(entry->topo);
		entry->topo = NULL;
	}
}

rc_claim rc_cache_claim_refresh(const zend_string *key, double interval)
{
	rc_cache_entry *entry = find(key);
	uint32_t slot = entry_slot(entry, false);
	double now = rc_now();
	rc_claim claim;

	if (entry == NULL) {
		return RC_CLAIM_WON;
	}
	if (slot == RC_SHM_NONE) {
		if (now - entry->last_attempt < interval) {
			return RC_CLAIM_DONE;
		}
		entry->last_attempt = now;
		return RC_CLAIM_WON;
	}
	claim = rc_shm_flight_claim(slot, RC_SHM_FLIGHT_REFRESH, rc_us(interval), rc_us(now));
	rc_shm_count(slot, claim == RC_CLAIM_WON ? RC_SHM_REFRESHES : RC_SHM_DEBOUNCED);
	return claim;
}

/* The cluster's slot, also for a process that has no entry yet (which then costs a digest
 * and a search: on slow paths only). */
static uint32_t slot_of_key(const zend_string *key, bool create)
{
	rc_cache_entry *entry = find(key);
	rc_shm_key shm_key;

	if (entry || !rc_shm_enabled()) {
		return entry_slot(entry, create);
	}
	rc_shm_key_of(key, &shm_key);
	return rc_shm_find(&shm_key, RC_SHM_NONE, create);
}

rc_claim rc_cache_claim_fill(const zend_string *key, double interval)
{
	uint32_t slot = slot_of_key(key, true);

	if (slot == RC_SHM_NONE) {
		return RC_CLAIM_WON;
	}
	return rc_shm_flight_claim(slot, RC_SHM_FLIGHT_FILL, rc_us(interval), rc_us(rc_now()));
}

void rc_cache_flight_done(const zend_string *key, rc_shm_flight which)
{
	uint32_t slot = slot_of_key(key, false);

	if (slot != RC_SHM_NONE) {
		rc_shm_flight_done(slot, which, rc_us(rc_now()));
	}
}

void rc_cache_refresh_done(const zend_string *key)
{
	rc_cache_flight_done(key, RC_SHM_FLIGHT_REFRESH);
}

static rc_claim claim_check(uint32_t slot, double interval)
{
	uint64_t now_us = rc_us(rc_now());
	rc_claim claim;

	/* Signed: another process may have confirmed it after this one read the clock. */
	if (slot == RC_SHM_NONE || (int64_t)(now_us - rc_shm_validated_us(slot)) < (int64_t)rc_us(interval)) {
		return RC_CLAIM_DONE;
	}
	claim = rc_shm_flight_claim(slot, RC_SHM_FLIGHT_CHECK, rc_us(interval), now_us);
	if (claim == RC_CLAIM_WON) {
		rc_shm_count(slot, RC_SHM_EPOCH_CHECKS);
	}
	return claim;
}

rc_claim rc_cache_claim_check(const zend_string *key, double interval)
{
	return claim_check(entry_slot(find(key), false), interval);
}

rc_topology *rc_cache_begin(const zend_string *key, const rc_topology *have, double interval, rc_claim *check,
	bool *suspects)
{
	rc_cache_entry *entry = find(key);

	*check = RC_CLAIM_DONE;
	*suspects = false;
	if (entry == NULL) {
		return NULL;
	}
	/* adopt_shared() leaves entry->shm_slot checked (or RC_SHM_NONE). */
	adopt_shared(entry, key);
	if (entry->shm_slot != RC_SHM_NONE) {
		*suspects = rc_shm_any_suspect(entry->shm_slot, rc_us(RC_SUSPECT_TTL), rc_us(rc_now()));
		if (interval > 0) {
			*check = claim_check(entry->shm_slot, interval);
		}
	}
	if (entry->topo && entry->topo != have && (have == NULL || entry->topo->fetched_at >= have->fetched_at)) {
		return rc_topology_addref(entry->topo);
	}
	return NULL;
}

void rc_cache_check_done(const zend_string *key, bool confirmed)
{
	uint32_t slot = entry_slot(find(key), false);
	uint64_t now_us = rc_us(rc_now());

	if (slot != RC_SHM_NONE) {
		if (confirmed) {
			rc_shm_validated(slot, now_us);
		}
		rc_shm_flight_done(slot, RC_SHM_FLIGHT_CHECK, now_us);
	}
}

void rc_cache_wait(const zend_string *key, rc_shm_flight which, double until)
{
	uint32_t slot = slot_of_key(key, false);
	double now;

	/* A flight older than this is not waited for: its process died or is stuck. */
	while ((now = rc_now()) < until && rc_shm_flight_running(slot, which, 2000000, rc_us(now))) {
		usleep(500);
	}
}

void rc_cache_suspect(const zend_string *key, const char *host, size_t len, uint16_t port)
{
	uint32_t slot = entry_slot(find(key), false);

	if (slot != RC_SHM_NONE) {
		char name[RC_SHM_NAME_LEN];

		snprintf(name, sizeof(name), "%.*s:%u", (int)MIN(len, RC_SHM_NAME_LEN), host, port);
		rc_shm_suspect(slot, rc_shm_addr_hash(host, len, port), name, rc_us(rc_now()));
	}
}

bool rc_cache_any_suspect(const zend_string *key)
{
	uint32_t slot = entry_slot(find(key), false);

	return slot != RC_SHM_NONE && rc_shm_any_suspect(slot, rc_us(RC_SUSPECT_TTL), rc_us(rc_now()));
}

double rc_cache_suspected(const zend_string *key, const char *host, size_t len, uint16_t port)
{
	uint32_t slot = entry_slot(find(key), false);
	uint64_t since, now_us;

	/* The warm path: no mark in the TTL, one load, no hash of the address. */
	if (slot == RC_SHM_NONE || !rc_shm_any_suspect(slot, rc_us(RC_SUSPECT_TTL), now_us = rc_us(rc_now()))) {
		return 0;
	}
	since = rc_shm_suspected(slot, rc_shm_addr_hash(host, len, port), rc_us(RC_SUSPECT_TTL), now_us);
	return since ? (double)since / 1e6 : 0;
}

void rc_cache_clear_suspect(const zend_string *key, const char *host, size_t len, uint16_t port, double since)
{
	uint32_t slot = entry_slot(find(key), false);

	if (slot != RC_SHM_NONE) {
		rc_shm_clear_suspect(slot, rc_shm_addr_hash(host, len, port), rc_us(since));
	}
}

void rc_cache_count(const zend_string *key, rc_shm_counter which)
{
	rc_shm_count(entry_slot(find(key), false), which);
}

double rc_cache_epoch_interval(void)
{
	return rc_shm_enabled() ? (double)REDIS_G(clusters_epoch_check_ms) / 1000.0 : 0;
}

/* Monitoring */

static void add_counters(zval *info, uint32_t slot)
{
	for (int i = 0; i < RC_SHM_COUNTERS; i++) {
		add_assoc_long(info, rc_shm_counter_names[i], (zend_long)rc_shm_counter_value(slot, (rc_shm_counter)i));
	}
}

/* The nodes under suspicion, by address, with how long ago they were last marked. */
static void add_suspects(zval *info, uint32_t slot, double now)
{
	char names[RC_SHM_SUSPECTS][RC_SHM_NAME_LEN];
	uint64_t since[RC_SHM_SUSPECTS];
	uint32_t n = rc_shm_suspects(slot, names, since, rc_us(RC_SUSPECT_TTL), rc_us(now));
	zval list;

	array_init(&list);
	for (uint32_t i = 0; i < n; i++) {
		add_assoc_double(&list, names[i], MAX(now - (double)since[i] / 1e6, 0));
	}
	add_assoc_zval(info, "suspects", &list);
}

/* The pool's entry of a cluster (`topo`: its published snapshot, NULL when none could be
 * read), as getSlotCacheInfo()'s "shared". */
static void shared_info(zval *out, uint32_t slot, const rc_topology *topo)
{
	double now = rc_now();
	zval info;

	array_init(&info);
	add_assoc_long(&info, "generation", (zend_long)rc_shm_generation(slot));
	if (topo) {
		char source[300];

		snprintf(source, sizeof(source), "%s:%u", topo->source_host, topo->source_port);
		add_assoc_double(&info, "age", MAX(now - topo->fetched_at, 0));
		add_assoc_double(&info, "validated_age", MAX(now - (double)rc_shm_validated_us(slot) / 1e6, 0));
		add_assoc_string(&info, "source", source);
		add_assoc_long(&info, "epoch", (zend_long)topo->epoch);
		add_assoc_long(&info, "masters", topo->master_count);
		add_assoc_long(&info, "nodes", topo->node_count);
	} else {
		add_assoc_null(&info, "age");
		add_assoc_null(&info, "validated_age");
		add_assoc_null(&info, "source");
		add_assoc_long(&info, "epoch", 0);
		add_assoc_long(&info, "masters", 0);
		add_assoc_long(&info, "nodes", 0);
	}
	add_suspects(&info, slot, now);
	add_counters(&info, slot);
	add_assoc_zval(out, "shared", &info);
}

static void entry_info(zval *info, rc_cache_entry *entry, const zend_string *key)
{
	double now = rc_now();
	uint32_t slot = entry_slot(entry, false);
	zval why;

	array_init(info);
	add_assoc_string(info, "seeds", entry->seeds);
	add_assoc_bool(info, "cached", entry->topo != NULL);
	add_assoc_bool(info, "stale", entry->stale);
	if (entry->topo) {
		add_assoc_double(info, "age", now - entry->topo->fetched_at);
		add_assoc_long(info, "masters", entry->topo->master_count);
		add_assoc_long(info, "nodes", entry->topo->node_count);
	} else {
		add_assoc_null(info, "age");
		add_assoc_long(info, "masters", 0);
		add_assoc_long(info, "nodes", 0);
	}
	add_assoc_long(info, "hits", entry->hits);
	add_assoc_long(info, "misses", entry->misses);
	add_assoc_long(info, "refreshes", entry->refreshes);
	add_assoc_long(info, "adopted", entry->adopted);
	array_init_size(&why, RC_WHY_COUNT);
	for (int i = 0; i < RC_WHY_COUNT; i++) {
		add_assoc_long(&why, rc_why_names[i], entry->invalidations[i]);
	}
	add_assoc_zval(info, "invalidations", &why);
	if (slot == RC_SHM_NONE) {
		add_assoc_null(info, "shared");
	} else {
		uint64_t gen;
		rc_topology *topo = read_shared(slot, key, &gen);

		shared_info(info, slot, topo);
		if (topo) {
			rc_topology_release(topo);
		}
	}
}

/* A cluster the pool shares that this process has no entry for: listed with the
 * process's figures at zero. Only this user's: the key must hash to the slot's. */
static void pool_only_info(zval *return_value, uint32_t slot)
{
	zend_string *key = NULL;
	rc_topology *topo = NULL;
	rc_shm_key shm_key;
	rc_err err = {0};
	uint64_t gen;
	size_t len;
	char *bytes = rc_shm_read(slot, &len, &gen);
	zval info, why;

	if (bytes == NULL) {
		return;
	}
	topo = rc_topology_decode(bytes, len, NULL, &key, &err);
	efree(bytes);
	if (topo == NULL || key == NULL || zend_hash_exists(Z_ARRVAL_P(return_value), key)) {
		goto done;
	}
	rc_shm_key_of(key, &shm_key);
	if (!rc_shm_owns(slot, &shm_key)) {
		goto done;
	}
	array_init(&info);
	add_assoc_string(&info, "seeds", key_seeds(key));
	add_assoc_bool(&info, "cached", false);
	add_assoc_bool(&info, "stale", false);
	add_assoc_null(&info, "age");
	add_assoc_long(&info, "masters", 0);
	add_assoc_long(&info, "nodes", 0);
	add_assoc_long(&info, "hits", 0);
	add_assoc_long(&info, "misses", 0);
	add_assoc_long(&info, "refreshes", 0);
	add_assoc_long(&info, "adopted", 0);
	array_init_size(&why, RC_WHY_COUNT);
	for (int i = 0; i < RC_WHY_COUNT; i++) {
		add_assoc_long(&why, rc_why_names[i], 0);
	}
	add_assoc_zval(&info, "invalidations", &why);
	shared_info(&info, slot, topo);
	zend_symtable_update(Z_ARRVAL_P(return_value), key, &info);

done:
	if (topo) {
		rc_topology_release(topo);
	}
	if (key) {
		zend_string_release(key);
	}
}

void rc_cache_info(zval *return_value)
{
	HashTable *store = REDIS_G(slot_cache);
	rc_cache_entry *entry;
	zend_string *key;
	uint32_t slots = rc_shm_slot_count();

	array_init(return_value);
	if (store == NULL) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_PTR(store, key, entry) {
		zval info;

		entry_info(&info, entry, key);
		zend_symtable_update(Z_ARRVAL_P(return_value), key, &info);
	} ZEND_HASH_FOREACH_END();
	for (uint32_t slot = 0; slot < slots; slot++) {
		if (rc_shm_generation(slot) != 0) {
			pool_only_info(return_value, slot);
		}
	}
}

void rc_cache_area_info(zval *return_value)
{
	rc_shm_stats stats;

	rc_shm_stats_get(&stats);
	array_init(return_value);
	add_assoc_bool(return_value, "enabled", stats.off_reason == NULL);
	if (stats.off_reason) {
		add_assoc_string(return_value, "off", (char *)stats.off_reason);
		return;
	}
	add_assoc_long(return_value, "size", (zend_long)stats.size);
	add_assoc_long(return_value, "entry_size", (zend_long)stats.slot_size);
	add_assoc_long(return_value, "largest_snapshot", (zend_long)stats.buffer_size);
	add_assoc_long(return_value, "entries", stats.slots);
	add_assoc_long(return_value, "entries_used", stats.used);
	for (int i = 0; i < RC_SHM_AREA_COUNTERS; i++) {
		add_assoc_long(return_value, rc_shm_area_counter_names[i], (zend_long)stats.counters[i]);
	}
}
