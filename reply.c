/* Replies shaped as phpredis returns them. */
#include "reply.h"
#include "php_redis.h"

void rc_reply_value(const rc_codec *codec, zval *elem, zval *out)
{
	if (Z_TYPE_P(elem) == IS_STRING) {
		if (rc_codec_is_raw(codec)) {
			ZVAL_COPY(out, elem);
		} else {
			rc_codec_unpack(codec, Z_STRVAL_P(elem), Z_STRLEN_P(elem), out);
		}
	} else if (Z_TYPE_P(elem) == IS_NULL) {
		ZVAL_FALSE(out);
	} else {
		ZVAL_COPY(out, elem);
	}
}

static void shape_list(const rc_codec *codec, zval *reply, bool unserialize, zval *return_value)
{
	zval *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (unserialize) {
			rc_reply_value(codec, elem, &val);
		} else {
			ZVAL_COPY(&val, elem);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	} ZEND_HASH_FOREACH_END();
}

/* A score as Redis writes it: a number, or "inf" / "-inf". */
static double parse_score(zval *elem)
{
	const char *s;

	if (Z_TYPE_P(elem) != IS_STRING) {
		return zval_get_double(elem);
	}
	s = Z_STRVAL_P(elem) + (Z_STRVAL_P(elem)[0] == '+');
	if (strcasecmp(s, "inf") == 0) {
		return ZEND_INFINITY;
	}
	if (strcasecmp(s, "-inf") == 0) {
		return -ZEND_INFINITY;
	}
	return zend_strtod(s, NULL);
}

/* A member as an array key: unpacked (OPT_COMPRESSION, OPT_SERIALIZER) when that gives a
 * string or an integer, as phpredis does; else the bytes as they are. */
static void pair_key_update(const rc_codec *codec, HashTable *ht, zval *key, zval *val)
{
	zval member;

	if (!rc_codec_is_raw(codec)) {
		rc_codec_unpack(codec, Z_STRVAL_P(key), Z_STRLEN_P(key), &member);
		if (Z_TYPE(member) == IS_STRING) {
			zend_symtable_update(ht, Z_STR(member), val);
			zval_ptr_dtor(&member);
			return;
		}
		if (Z_TYPE(member) == IS_LONG) {
			zend_hash_index_update(ht, Z_LVAL(member), val);
			return;
		}
		zval_ptr_dtor(&member);
	}
	zend_symtable_update(ht, Z_STR_P(key), val);
}

/* field, value, field, value ... -> [field => value]; scores as floats. */
static void shape_pairs(const rc_codec *codec, zval *reply, bool scores, zval *return_value)
{
	zval *key = NULL, *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)) / 2);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (key == NULL) {
			key = elem;
			continue;
		}
		if (Z_TYPE_P(key) == IS_STRING) {
			if (scores) {
				ZVAL_DOUBLE(&val, parse_score(elem));
				pair_key_update(codec, Z_ARRVAL_P(return_value), key, &val);
			} else {
				rc_reply_value(codec, elem, &val);
				zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(key), &val);
			}
		}
		key = NULL;
	} ZEND_HASH_FOREACH_END();
}

static zend_long type_code(const zval *reply)
{
	static const struct {
		const char *name;
		zend_long code;
	} types[] = {
		{"string", RC_TYPE_STRING}, {"set", RC_TYPE_SET}, {"list", RC_TYPE_LIST},
		{"zset", RC_TYPE_ZSET}, {"hash", RC_TYPE_HASH}, {"stream", RC_TYPE_STREAM},
	};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		if (Z_TYPE_P(reply) == IS_STRING && !strcmp(Z_STRVAL_P(reply), types[i].name)) {
			return types[i].code;
		}
	}
	return RC_TYPE_NOT_FOUND;
}

/* "# Section\r\nname:value\r\n..." -> [name => value], numbers as numbers. */
static void shape_info(const zval *reply, zval *return_value)
{
	const char *p = Z_STRVAL_P(reply), *end = p + Z_STRLEN_P(reply);

	array_init(return_value);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = eol ? eol : end;
		const char *colon = memchr(p, ':', (size_t)(line_end - p));
		size_t vlen;

		if (line_end > p && line_end[-1] == '\r') {
			line_end--;
		}
		if (*p != '#' && colon && colon > p) {
			zend_long lval;
			double dval;
			zval val;

			vlen = (size_t)(line_end - colon - 1);
			switch (is_numeric_string(colon + 1, vlen, &lval, &dval, false)) {
				case IS_LONG:
					ZVAL_LONG(&val, lval);
					break;
				case IS_DOUBLE:
					ZVAL_DOUBLE(&val, dval);
					break;
				default:
					ZVAL_STRINGL(&val, colon + 1, vlen);
					break;
			}
			zend_symtable_str_update(Z_ARRVAL_P(return_value), p, (size_t)(colon - p), &val);
		}
		p = eol ? eol + 1 : end;
	}
}

/* name, value, name, value ... -> [name => value], the values as read. */
static void shape_map(zval *reply, zval *return_value)
{
	zval *name = NULL, *elem;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)) / 2);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (name == NULL) {
			name = elem;
			continue;
		}
		if (Z_TYPE_P(name) == IS_STRING) {
			Z_TRY_ADDREF_P(elem);
			zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(name), elem);
		}
		name = NULL;
	} ZEND_HASH_FOREACH_END();
}

static void shape_maps(zval *reply, zval *return_value)
{
	zval *elem, map;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (Z_TYPE_P(elem) == IS_ARRAY) {
			shape_map(elem, &map);
		} else {
			ZVAL_COPY(&map, elem);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &map);
	} ZEND_HASH_FOREACH_END();
}

static void shape_doubles(zval *reply, zval *return_value)
{
	zval *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (Z_TYPE_P(elem) == IS_STRING) {
			ZVAL_DOUBLE(&val, parse_score(elem));
		} else {
			ZVAL_FALSE(&val);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	} ZEND_HASH_FOREACH_END();
}

/* One "name=value" of a CLIENT LIST line: a whole number as an int, else the text. */
static void client_field(HashTable *ht, const char *p, const char *end)
{
	const char *eq = memchr(p, '=', (size_t)(end - p));
	zend_long lval;
	zval val;

	if (eq == NULL || eq == p) {
		return;
	}
	if (eq + 1 < end && is_numeric_string(eq + 1, (size_t)(end - eq - 1), &lval, NULL, false) == IS_LONG) {
		ZVAL_LONG(&val, lval);
	} else {
		ZVAL_STRINGL(&val, eq + 1, (size_t)(end - eq - 1));
	}
	zend_symtable_str_update(ht, p, (size_t)(eq - p), &val);
}

/* "id=3 addr=... name=\n..." -> [[id => 3, addr => ..., name => ""], ...] */
static void shape_clients(const zval *reply, zval *return_value)
{
	const char *p = Z_STRVAL_P(reply), *end = p + Z_STRLEN_P(reply);

	array_init(return_value);
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = eol ? eol : end;
		zval client;

		if (line_end > p && line_end[-1] == '\r') {
			line_end--;
		}
		if (line_end > p) {
			array_init(&client);
			while (p < line_end) {
				const char *sp = memchr(p, ' ', (size_t)(line_end - p));
				const char *field_end = sp ? sp : line_end;

				client_field(Z_ARRVAL(client), p, field_end);
				p = field_end + 1;
			}
			zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &client);
		}
		p = eol ? eol + 1 : end;
	}
}

/* Replies read by eval() and rawcommand(): nested arrays kept, a status reply true (its
 * text with OPT_REPLY_LITERAL), nil null. */
static void shape_raw(const rc_codec *codec, zval *reply, int type, zval *return_value)
{
	if (type == REDIS_REPLY_NIL) {
		/* hiredis 0.14 does not tell a nil bulk from a nil multi-bulk: under
		 * OPT_NULL_MULTIBULK_AS_NULL both are null. */
		if (codec->raw_nil_false && !codec->null_multibulk) {
			RETURN_FALSE;
		}
		RETURN_NULL();
	}
	if (type == REDIS_REPLY_STATUS && !codec->reply_literal) {
		RETURN_TRUE;
	}
	RETURN_COPY(reply);
}

/* Streams and geo */

/* Element i of a reply array, or NULL. */
static zval *reply_at(zval *reply, zend_ulong i)
{
	return Z_TYPE_P(reply) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(reply), i) : NULL;
}

/* Adds one stream entry [id, [field, value, ...]] to out as id => [field => unserialized
 * value], as phpredis reads them; a deleted entry (nil fields, in XREADGROUP's history)
 * is null. False when it is not [id, fields]. */
static bool stream_entry(const rc_codec *codec, zval *entry, HashTable *out)
{
	zval *id = reply_at(entry, 0), *fields = reply_at(entry, 1), val;

	if (id == NULL || Z_TYPE_P(id) != IS_STRING || fields == NULL
		|| (Z_TYPE_P(fields) != IS_ARRAY && Z_TYPE_P(fields) != IS_NULL)) {
		return false;
	}
	if (Z_TYPE_P(fields) == IS_ARRAY) {
		shape_pairs(codec, fields, false, &val);
	} else {
		ZVAL_NULL(&val);
	}
	zend_symtable_update(out, Z_STR_P(id), &val);
	return true;
}

/* XRANGE: [entry, ...] -> [id => fields]. False (out undefined) when malformed. */
static bool stream_entries(const rc_codec *codec, zval *reply, zval *out)
{
	zval *entry;

	if (Z_TYPE_P(reply) != IS_ARRAY) {
		return false;
	}
	array_init_size(out, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), entry) {
		if (!stream_entry(codec, entry, Z_ARRVAL_P(out))) {
			zval_ptr_dtor(out);
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* XREAD / XREADGROUP: [[stream, entries], ...] -> [stream => entries]. Nothing to read
 * (nil) is [] as phpredis returns it, or null with OPT_NULL_MULTIBULK_AS_NULL. */
static void shape_xread(const rc_codec *codec, zval *reply, int type, zval *return_value)
{
	zval *stream, *name, *entries, shaped;

	if (type == REDIS_REPLY_NIL) {
		if (codec->null_multibulk) {
			RETURN_NULL();
		}
		RETURN_EMPTY_ARRAY();
	}
	if (type != REDIS_REPLY_ARRAY) {
		RETURN_FALSE;
	}
	array_init(return_value);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), stream) {
		name = reply_at(stream, 0);
		entries = reply_at(stream, 1);
		if (name == NULL || Z_TYPE_P(name) != IS_STRING || entries == NULL
			|| !stream_entries(codec, entries, &shaped)) {
			zval_ptr_dtor(return_value);
			RETURN_FALSE;
		}
		zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(name), &shaped);
	} ZEND_HASH_FOREACH_END();
}

/* XCLAIM: with JUSTID a list of ids, else entries as XRANGE gives them. */
static bool xclaim_entries(const rc_codec *codec, zval *reply, zval *out)
{
	zval *elem;

	if (Z_TYPE_P(reply) != IS_ARRAY) {
		return false;
	}
	array_init_size(out, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (Z_TYPE_P(elem) == IS_STRING) {
			/* Not Z_ADDREF_P(): a one-byte id is an interned string, not refcounted. */
			Z_TRY_ADDREF_P(elem);
			zend_hash_next_index_insert_new(Z_ARRVAL_P(out), elem);
		} else if (!stream_entry(codec, elem, Z_ARRVAL_P(out))) {
			zval_ptr_dtor(out);
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* XAUTOCLAIM: [next id, claimed, deleted ids] (Redis 6.2 sends no third element). */
static void shape_xautoclaim(const rc_codec *codec, zval *reply, zval *return_value)
{
	zval *cursor = reply_at(reply, 0), *claimed = reply_at(reply, 1), *deleted = reply_at(reply, 2), val;

	if (cursor == NULL || Z_TYPE_P(cursor) != IS_STRING || claimed == NULL || !xclaim_entries(codec, claimed, &val)) {
		RETURN_FALSE;
	}
	array_init_size(return_value, 3);
	Z_TRY_ADDREF_P(cursor);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), cursor);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	if (deleted && Z_TYPE_P(deleted) == IS_ARRAY) {
		Z_TRY_ADDREF_P(deleted);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), deleted);
	} else {
		ZVAL_EMPTY_ARRAY(&val);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	}
}

/* XPENDING as read; the summary [count, first, last, consumers] has a nil consumer list
 * when nothing is pending, which phpredis returns as []. */
static void shape_xpending(zval *reply, zval *return_value)
{
	zval *count = reply_at(reply, 0), *consumers = reply_at(reply, 3);

	RETVAL_COPY(reply);
	if (count && consumers && zend_hash_num_elements(Z_ARRVAL_P(reply)) == 4 && Z_TYPE_P(count) == IS_LONG
		&& Z_TYPE_P(consumers) == IS_NULL) {
		SEPARATE_ARRAY(return_value);
		consumers = reply_at(return_value, 3);
		ZVAL_EMPTY_ARRAY(consumers);
	}
}

/* XINFO: name, value, ... -> [name => value]. A nested array is read the same way (a
 * keyless one appended); an integer with no name becomes the next name, as phpredis
 * reads XINFO; values are never unserialized. False when a nil has no name. */
static bool xinfo_map(zval *reply, zval *out)
{
	zend_string *name = NULL;
	zval *elem, val;
	bool ok = true;

	array_init(out);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (name == NULL && (Z_TYPE_P(elem) == IS_STRING || Z_TYPE_P(elem) == IS_LONG)) {
			name = zval_get_string(elem);
			continue;
		}
		if (Z_TYPE_P(elem) == IS_ARRAY) {
			/* A nested map that fails has released what it built. */
			ok = xinfo_map(elem, &val);
		} else if (Z_TYPE_P(elem) == IS_STRING || Z_TYPE_P(elem) == IS_LONG
				   || (Z_TYPE_P(elem) == IS_NULL && name != NULL)) {
			ZVAL_COPY(&val, elem);
		} else {
			ok = false;
		}
		if (!ok) {
			break;
		}
		if (name == NULL) {
			zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &val);
		} else {
			zend_symtable_update(Z_ARRVAL_P(out), name, &val);
			zend_string_release(name);
			name = NULL;
		}
	} ZEND_HASH_FOREACH_END();
	if (name) {
		zend_string_release(name);
	}
	if (!ok) {
		zval_ptr_dtor(out);
	}
	return ok;
}

/* GEOPOS: a missing member is [] (hiredis reads it as nil; null under
 * OPT_NULL_MULTIBULK_AS_NULL: it is a nil multi-bulk), GEOHASH: false. */
static void shape_geo_list(zval *reply, bool positions, bool null_multibulk, zval *return_value)
{
	zval *elem, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (Z_TYPE_P(elem) == IS_NULL && positions && null_multibulk) {
			ZVAL_NULL(&val);
		} else if (Z_TYPE_P(elem) == IS_NULL && positions) {
			ZVAL_EMPTY_ARRAY(&val);
		} else if (Z_TYPE_P(elem) == IS_NULL) {
			ZVAL_FALSE(&val);
		} else {
			ZVAL_COPY(&val, elem);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	} ZEND_HASH_FOREACH_END();
}

/* GEOSEARCH with WITHDIST / WITHHASH / WITHCOORD: [[member, dist, hash, [lng, lat]], ...]
 * -> [member => [dist, hash, [lng, lat]]], distances and coordinates as floats; without
 * them a list of members. */
static void shape_geosearch(zval *reply, zval *return_value)
{
	zval *elem, *member, *field, *coord, info, val;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		member = reply_at(elem, 0);
		if (Z_TYPE_P(elem) != IS_ARRAY || member == NULL || Z_TYPE_P(member) != IS_STRING) {
			ZVAL_COPY(&val, elem);
			zend_hash_next_index_insert(Z_ARRVAL_P(return_value), &val);
			continue;
		}
		array_init(&info);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(elem), field) {
			if (field == member) {
				continue;
			}
			if (Z_TYPE_P(field) == IS_ARRAY) {
				array_init_size(&val, 2);
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(field), coord) {
					add_next_index_double(&val, zval_get_double(coord));
				} ZEND_HASH_FOREACH_END();
			} else if (Z_TYPE_P(field) == IS_STRING) {
				ZVAL_DOUBLE(&val, zend_strtod(Z_STRVAL_P(field), NULL));
			} else {
				ZVAL_COPY(&val, field);
			}
			zend_hash_next_index_insert_new(Z_ARRVAL(info), &val);
		} ZEND_HASH_FOREACH_END();
		zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(member), &info);
	} ZEND_HASH_FOREACH_END();
}

/* The stream and geo shapes; every other shape is rc_reply_shape()'s. */
static void shape_streams_geo(const rc_codec *codec, rc_reply_kind kind, zval *reply, int type, zval *return_value)
{
	if (kind == RC_REPLY_XREAD) {
		shape_xread(codec, reply, type, return_value);
		return;
	}
	if (kind == RC_REPLY_XPENDING) {
		shape_xpending(reply, return_value);
		return;
	}
	if (kind == RC_REPLY_XRANGE && type == REDIS_REPLY_NIL) {
		/* COUNT 0 */
		RETURN_EMPTY_ARRAY();
	}
	if (type != REDIS_REPLY_ARRAY) {
		RETURN_FALSE;
	}
	switch (kind) {
		case RC_REPLY_XRANGE:
			if (!stream_entries(codec, reply, return_value)) {
				RETVAL_FALSE;
			}
			return;
		case RC_REPLY_XCLAIM:
			if (!xclaim_entries(codec, reply, return_value)) {
				RETVAL_FALSE;
			}
			return;
		case RC_REPLY_XAUTOCLAIM:
			shape_xautoclaim(codec, reply, return_value);
			return;
		case RC_REPLY_XINFO:
			if (!xinfo_map(reply, return_value)) {
				RETVAL_FALSE;
			}
			return;
		case RC_REPLY_GEOPOS:
		case RC_REPLY_GEOHASH:
			shape_geo_list(reply, kind == RC_REPLY_GEOPOS, codec->null_multibulk, return_value);
			return;
		case RC_REPLY_GEOSEARCH:
			shape_geosearch(reply, return_value);
			return;
		default:
			RETURN_FALSE;
	}
}

/* [key, value, ...]: the key as it is (it names a list, it is no value), the rest
 * unserialized. */
static void shape_pop(const rc_codec *codec, zval *reply, zval *return_value)
{
	zval *elem, val;
	bool first = true;

	array_init_size(return_value, zend_hash_num_elements(Z_ARRVAL_P(reply)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(reply), elem) {
		if (first) {
			ZVAL_COPY(&val, elem);
			first = false;
		} else {
			rc_reply_value(codec, elem, &val);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &val);
	} ZEND_HASH_FOREACH_END();
}

/* lmpop, zmpop and their blocking forms: [key, elements] -> [key, shaped elements]. */
static void shape_mpop(const rc_codec *codec, zval *reply, bool scores, zval *return_value)
{
	zval *key = zend_hash_index_find(Z_ARRVAL_P(reply), 0);
	zval *elems = zend_hash_index_find(Z_ARRVAL_P(reply), 1);
	zval shaped;

	if (key == NULL || elems == NULL || Z_TYPE_P(elems) != IS_ARRAY) {
		RETURN_FALSE;
	}
	if (scores) {
		/* Redis 7 replies [[member, score], ...]: flattened into pairs first. */
		zval flat, *pair, *elem;

		array_init(&flat);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(elems), pair) {
			if (Z_TYPE_P(pair) == IS_ARRAY) {
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(pair), elem) {
					Z_TRY_ADDREF_P(elem);
					zend_hash_next_index_insert(Z_ARRVAL(flat), elem);
				} ZEND_HASH_FOREACH_END();
			}
		} ZEND_HASH_FOREACH_END();
		shape_pairs(codec, &flat, true, &shaped);
		zval_ptr_dtor(&flat);
	} else {
		shape_list(codec, elems, true, &shaped);
	}
	array_init_size(return_value, 2);
	Z_TRY_ADDREF_P(key);
	add_next_index_zval(return_value, key);
	add_next_index_zval(return_value, &shaped);
}

void rc_reply_shape(const rc_codec *codec, rc_reply_kind kind, zval *reply, int type, zval *return_value)
{
	if (type == REDIS_REPLY_ERROR) {
		RETURN_FALSE;
	}
	if (type == REDIS_REPLY_STATUS && codec->reply_literal && kind != RC_REPLY_TYPE) {
		RETURN_COPY(reply);
	}
	if (type == REDIS_REPLY_NIL && codec->null_multibulk
		&& (kind == RC_REPLY_VALUES || kind == RC_REPLY_STRINGS || kind == RC_REPLY_HASH || kind == RC_REPLY_SCORES
			|| kind == RC_REPLY_POP)) {
		RETURN_NULL();
	}
	switch (kind) {
		case RC_REPLY_RAW:
			shape_raw(codec, reply, type, return_value);
			return;
		case RC_REPLY_BOOL:
			RETURN_BOOL(type == REDIS_REPLY_STATUS || (type == REDIS_REPLY_INTEGER && Z_LVAL_P(reply) > 0));
		case RC_REPLY_LONG:
			if (type == REDIS_REPLY_INTEGER) {
				RETURN_LONG(Z_LVAL_P(reply));
			}
			RETURN_FALSE;
		case RC_REPLY_DOUBLE:
			if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS) {
				RETURN_DOUBLE(parse_score(reply));
			}
			if (type == REDIS_REPLY_INTEGER) {
				RETURN_DOUBLE((double)Z_LVAL_P(reply));
			}
			RETURN_FALSE;
		case RC_REPLY_VALUE:
			if (type == REDIS_REPLY_STRING) {
				rc_reply_value(codec, reply, return_value);
				return;
			}
			if (type == REDIS_REPLY_ARRAY) {
				shape_list(codec, reply, true, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_STRING:
			if (type == REDIS_REPLY_STRING || type == REDIS_REPLY_STATUS) {
				RETURN_COPY(reply);
			}
			RETURN_FALSE;
		case RC_REPLY_VALUES:
		case RC_REPLY_STRINGS:
			if (type == REDIS_REPLY_ARRAY) {
				shape_list(codec, reply, kind == RC_REPLY_VALUES, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_HASH:
		case RC_REPLY_SCORES:
			if (type == REDIS_REPLY_ARRAY) {
				shape_pairs(codec, reply, kind == RC_REPLY_SCORES, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_TYPE:
			RETURN_LONG(type_code(reply));
		case RC_REPLY_INFO:
			if (type == REDIS_REPLY_STRING) {
				shape_info(reply, return_value);
				return;
			}
			RETURN_FALSE;
		case RC_REPLY_PING:
			if (type == REDIS_REPLY_STATUS) {
				RETURN_TRUE;
			}
			RETURN_COPY(reply);
		case RC_REPLY_POP:
			if (type == REDIS_REPLY_ARRAY) {
				shape_pop(codec, reply, return_value);
				return;
			}
			if (type == REDIS_REPLY_NIL) {
				/* As phpredis's RedisCluster: a blocking pop that timed out is []. */
				RETURN_EMPTY_ARRAY();
			}
			RETURN_FALSE;
		case RC_REPLY_ADDR:
			if (type == REDIS_REPLY_NIL) {
				RETURN_EMPTY_ARRAY();
			}
			shape_raw(codec, reply, type, return_value);
			return;
		case RC_REPLY_MPOP:
		case RC_REPLY_ZMPOP:
			if (type == REDIS_REPLY_ARRAY) {
				shape_mpop(codec, reply, kind == RC_REPLY_ZMPOP, return_value);
				return;
			}
			/* Nothing to pop: false, as phpredis; null under OPT_NULL_MULTIBULK_AS_NULL. */
			if (type == REDIS_REPLY_NIL && codec->null_multibulk) {
				RETURN_NULL();
			}
			RETURN_FALSE;
		case RC_REPLY_XRANGE:
		case RC_REPLY_XREAD:
		case RC_REPLY_XCLAIM:
		case RC_REPLY_XAUTOCLAIM:
		case RC_REPLY_XPENDING:
		case RC_REPLY_XINFO:
		case RC_REPLY_GEOPOS:
		case RC_REPLY_GEOHASH:
		case RC_REPLY_GEOSEARCH:
			shape_streams_geo(codec, kind, reply, type, return_value);
			return;
		case RC_REPLY_DOUBLES:
		case RC_REPLY_MAP:
		case RC_REPLY_MAPS:
			if (type != REDIS_REPLY_ARRAY) {
				RETURN_FALSE;
			}
			if (kind == RC_REPLY_DOUBLES) {
				shape_doubles(reply, return_value);
			} else if (kind == RC_REPLY_MAP) {
				shape_map(reply, return_value);
			} else {
				shape_maps(reply, return_value);
			}
			return;
		case RC_REPLY_CLIENTS:
			if (type == REDIS_REPLY_STRING) {
				shape_clients(reply, return_value);
				return;
			}
			RETURN_FALSE;
	}
}
