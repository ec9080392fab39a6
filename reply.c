/* Replies shaped as phpredis returns them. */
#include "reply.h"
#include "php_redis.h"

void rc_reply_value(const rc_codec *codec, zval *elem, zval *out)
{
	if (Z_TYPE_P(elem) == IS_STRING) {
		if (codec->serializer == RC_SERIALIZER_NONE) {
			ZVAL_COPY(out, elem);
		} else {
			rc_codec_unserialize(codec, Z_STRVAL_P(elem), Z_STRLEN_P(elem), out);
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

/* A member as an array key: unserialized (OPT_SERIALIZER) when that gives a string or an
 * integer, as phpredis does; else the bytes as they are. */
static void pair_key_update(const rc_codec *codec, HashTable *ht, zval *key, zval *val)
{
	zval member;

	if (codec->serializer != RC_SERIALIZER_NONE) {
		rc_codec_unserialize(codec, Z_STRVAL_P(key), Z_STRLEN_P(key), &member);
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

/* Replies read by eval() and rawcommand(): nested arrays kept, a status reply true (its
 * text with OPT_REPLY_LITERAL), nil null. */
static void shape_raw(const rc_codec *codec, zval *reply, int type, zval *return_value)
{
	if (type == REDIS_REPLY_NIL) {
		RETURN_NULL();
	}
	if (type == REDIS_REPLY_STATUS && !codec->reply_literal) {
		RETURN_TRUE;
	}
	RETURN_COPY(reply);
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
		&& (kind == RC_REPLY_VALUES || kind == RC_REPLY_STRINGS || kind == RC_REPLY_HASH || kind == RC_REPLY_SCORES)) {
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
	}
}
