/* Multi-key commands split by slot. */
#ifndef RC_SPLIT_H
#define RC_SPLIT_H

#include "reply.h"

/* Multi-key commands split by slot: MGET, MSET, DEL, UNLINK, EXISTS, TOUCH; MSETNX, whose
 * result is per key: its slot's 1 or 0 (as phpredis's RedisCluster returns it). */
/* MSETNX_ALL: one server's MSETNX (Redis): all keys set or none, true or false. */
typedef enum { RC_SPLIT_MGET, RC_SPLIT_MSET, RC_SPLIT_SUM, RC_SPLIT_MSETNX, RC_SPLIT_MSETNX_ALL } rc_split_kind;

typedef struct rc_split {
	rc_req *reqs;
	uint32_t count;
	uint32_t *key_req; /* per key of the call, in its order: the request holding it */
	uint32_t *key_pos; /* and its position in that request's reply (MGET) */
	uint32_t keys;
} rc_split;

/* Builds one request per slot from `keys` (a list of keys, or for MSET key => value). */
void rc_split_build(rc_split *split, const rc_codec *codec, const char *name, size_t len, HashTable *keys,
	rc_split_kind kind);
void rc_split_shape(rc_split *split, const rc_codec *codec, rc_split_kind kind, zval *return_value,
	zend_string **last_error);
void rc_split_free(rc_split *split);

#endif
