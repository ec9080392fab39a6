#include "slot_cache.h"
#include "php_redis.h"

#include "zend_smart_str.h"

typedef struct rc_cache_entry {
	rc_topology *topo;       /* NULL once dropped */
	char *seeds;             /* printable seed list, for operators */
	bool stale;              /* a MOVED or ASK asked for revalidation */
	double created;
	double last_attempt;     /* last refresh attempt, for the debounce */
	zend_long hits;
	zend_long misses;
	zend_long refreshes;
	zend_long invalidations[RC_WHY_COUNT];
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
};

static void entry_dtor(zval *zv)
{
	rc_cache_entry *entry = Z_PTR_P(zv);

	if (entry->topo) {
		rc_topology_release(entry->topo);
	}
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

static inline rc_cache_entry *find(const zend_string *key)
{
	HashTable *store = REDIS_G(slot_cache);
	return store ? zend_hash_find_ptr(store, (zend_string *)key) : NULL;
}

rc_topology *rc_cache_get(const zend_string *key, double max_age, bool *stale)
{
	rc_cache_entry *entry = find(key);

	*stale = false;
	if (entry == NULL) {
		return NULL;
	}
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
	return entry ? entry->topo : NULL;
}

void rc_cache_put(const zend_string *key, rc_topology *topo, const char *seeds, size_t seeds_len)
{
	HashTable *store = REDIS_G(slot_cache);
	rc_cache_entry *entry = find(key);

	if (store == NULL) {
		return;
	}
	if (entry == NULL) {
		entry = pecalloc(1, sizeof(*entry), 1);
		entry->seeds = pestrndup(seeds, seeds_len, 1);
		entry->created = rc_now();
		/* The first fill is the miss that created the entry. */
		entry->misses = 1;
		zend_hash_str_add_new_ptr(store, ZSTR_VAL(key), ZSTR_LEN(key), entry);
	} else {
		entry->refreshes++;
	}
	if (entry->topo) {
		rc_topology_release(entry->topo);
	}
	entry->topo = rc_topology_addref(topo);
	entry->stale = false;
	/* last_attempt is the debounce's alone: a fill is not a failure-triggered refresh. */
}

void rc_cache_invalidate(const zend_string *key, rc_why why, const rc_topology *seen)
{
	rc_cache_entry *entry = find(key);
	bool marks = why == RC_WHY_MOVED || why == RC_WHY_ASK || why == RC_WHY_MANUAL;
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

bool rc_cache_may_refresh(const zend_string *key, double interval)
{
	rc_cache_entry *entry = find(key);
	double now = rc_now();

	if (entry == NULL) {
		return true;
	}
	if (now - entry->last_attempt < interval) {
		return false;
	}
	entry->last_attempt = now;
	return true;
}

void rc_cache_info(zval *return_value)
{
	HashTable *store = REDIS_G(slot_cache);
	rc_cache_entry *entry;
	zend_string *key;
	double now = rc_now();

	array_init(return_value);
	if (store == NULL) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_PTR(store, key, entry) {
		zval info, why;

		array_init(&info);
		add_assoc_string(&info, "seeds", entry->seeds);
		add_assoc_bool(&info, "cached", entry->topo != NULL);
		add_assoc_bool(&info, "stale", entry->stale);
		if (entry->topo) {
			add_assoc_double(&info, "age", now - entry->topo->fetched_at);
			add_assoc_long(&info, "masters", entry->topo->master_count);
			add_assoc_long(&info, "nodes", entry->topo->node_count);
		} else {
			add_assoc_null(&info, "age");
			add_assoc_long(&info, "masters", 0);
			add_assoc_long(&info, "nodes", 0);
		}
		add_assoc_long(&info, "hits", entry->hits);
		add_assoc_long(&info, "misses", entry->misses);
		add_assoc_long(&info, "refreshes", entry->refreshes);
		array_init_size(&why, RC_WHY_COUNT);
		for (int i = 0; i < RC_WHY_COUNT; i++) {
			add_assoc_long(&why, rc_why_names[i], entry->invalidations[i]);
		}
		add_assoc_zval(&info, "invalidations", &why);
		zend_symtable_update(Z_ARRVAL_P(return_value), key, &info);
	} ZEND_HASH_FOREACH_END();
}
