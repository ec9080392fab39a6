/* Multi-key commands split by slot: one request per slot, the results put back in the
 * caller's order. */
#include "split.h"

void rc_split_build(rc_split *split, const rc_codec *codec, const char *name, size_t len, HashTable *keys,
	rc_split_kind kind)
{
	uint32_t n = zend_hash_num_elements(keys), k = 0;
	HashTable by_slot;
	zend_string *skey;
	zend_ulong index;
	zval *val;
	bool pairs = kind == RC_SPLIT_MSET || kind == RC_SPLIT_MSETNX || kind == RC_SPLIT_MSETNX_ALL; /* key => value */

	memset(split, 0, sizeof(*split));
	split->reqs = safe_emalloc(n, sizeof(rc_req), 0);
	split->key_req = safe_emalloc(n, sizeof(uint32_t), 0);
	split->key_pos = safe_emalloc(n, sizeof(uint32_t), 0);
	split->keys = n;
	zend_hash_init(&by_slot, n, NULL, NULL, 0);

	ZEND_HASH_FOREACH_KEY_VAL(keys, index, skey, val) {
		zend_string *key = pairs ? (skey ? zend_string_copy(skey) : zend_long_to_str((zend_long)index))
			: zval_get_string(val);
		uint16_t slot = rc_codec_slot(codec, ZSTR_VAL(key), ZSTR_LEN(key));
		zval *found = zend_hash_index_find(&by_slot, slot);
		rc_req *req;

		if (found) {
			req = &split->reqs[Z_LVAL_P(found)];
			split->key_req[k] = (uint32_t)Z_LVAL_P(found);
		} else {
			zval pos;
			ZVAL_LONG(&pos, split->count);
			zend_hash_index_add_new(&by_slot, slot, &pos);
			req = &split->reqs[split->count];
			rc_req_init(req, name, len);
			req->slot = slot;
			req->keyed = true;
			req->readonly = kind == RC_SPLIT_MGET;
			split->key_req[k] = split->count++;
		}
		split->key_pos[k] = (uint32_t)req->cmd.argc - 1;
		rc_codec_key(codec, req, ZSTR_VAL(key), ZSTR_LEN(key), false);
		if (pairs) {
			rc_codec_value(codec, &req->cmd, val);
		}
		zend_string_release(key);
		k++;
	} ZEND_HASH_FOREACH_END();

	zend_hash_destroy(&by_slot);
	for (uint32_t i = 0; i < split->count; i++) {
		rc_cmd_finish(&split->reqs[i].cmd);
	}
}

void rc_split_shape(rc_split *split, const rc_codec *codec, rc_split_kind kind, zval *return_value,
	zend_string **last_error)
{
	zend_long sum = 0;

	if (*last_error) {
		zend_string_release(*last_error);
		*last_error = NULL;
	}
	for (uint32_t i = 0; i < split->count; i++) {
		rc_req *req = &split->reqs[i];

		if (req->type == REDIS_REPLY_ERROR) {
			*last_error = zend_string_copy(Z_STR(req->reply));
			RETURN_FALSE;
		}
		if (kind == RC_SPLIT_SUM && Z_TYPE(req->reply) == IS_LONG
			&& __builtin_add_overflow(sum, Z_LVAL(req->reply), &sum)) {
			/* Counts no server can have: the sum saturates instead of wrapping. */
			sum = Z_LVAL(req->reply) > 0 ? ZEND_LONG_MAX : ZEND_LONG_MIN;
		}
	}
	if (kind == RC_SPLIT_SUM) {
		RETURN_LONG(sum);
	}
	if (kind == RC_SPLIT_MSET) {
		RETURN_TRUE;
	}
	if (kind == RC_SPLIT_MSETNX_ALL) {
		RETURN_BOOL(split->count == 1 && Z_TYPE(split->reqs[0].reply) == IS_LONG && Z_LVAL(split->reqs[0].reply) == 1);
	}
	array_init_size(return_value, split->keys);
	for (uint32_t k = 0; k < split->keys && kind == RC_SPLIT_MSETNX; k++) {
		zval *reply = &split->reqs[split->key_req[k]].reply;
		add_next_index_long(return_value, Z_TYPE_P(reply) == IS_LONG ? Z_LVAL_P(reply) : 0);
	}
	for (uint32_t k = 0; k < split->keys && kind == RC_SPLIT_MGET; k++) {
		zval *reply = &split->reqs[split->key_req[k]].reply, *elem, val;

		elem = Z_TYPE_P(reply) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(reply), split->key_pos[k]) : NULL;
		if (elem) {
			rc_reply_value(codec, elem, &val);
		} else {
			ZVAL_FALSE(&val);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	}
}

void rc_split_free(rc_split *split)
{
	for (uint32_t i = 0; i < split->count; i++) {
		rc_req_free(&split->reqs[i]);
	}
	efree(split->reqs);
	efree(split->key_req);
	efree(split->key_pos);
}
