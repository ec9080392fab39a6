/* Keys and values as they are written and read back: OPT_PREFIX, OPT_SERIALIZER and
 * OPT_COMPRESSION. */
#include "codec.h"
#include "compress.h"
#include "php_redis.h"

#include "ext/json/php_json.h"
#include "ext/standard/php_var.h"
#include "zend_smart_str.h"

/* The key as sent: with OPT_PREFIX in front. The slot is the prefixed key's, since a hash
 * tag may start in the prefix. */
static zend_string *full_key(const rc_codec *codec, const char *key, size_t len)
{
	if (codec->prefix == NULL) {
		return zend_string_init(key, len, 0);
	}
	return zend_string_concat2(ZSTR_VAL(codec->prefix), ZSTR_LEN(codec->prefix), key, len);
}

uint16_t rc_codec_slot(const rc_codec *codec, const char *key, size_t len)
{
	uint16_t slot;

	if (codec->one_slot) {
		return 0;
	}
	if (codec->prefix == NULL) {
		return rc_key_slot(key, len);
	}
	zend_string *full = full_key(codec, key, len);
	slot = rc_key_slot(ZSTR_VAL(full), ZSTR_LEN(full));
	zend_string_release(full);
	return slot;
}

void rc_codec_key(const rc_codec *codec, rc_req *req, const char *key, size_t len, bool routes)
{
	req->keyed = req->keyed || routes;
	if (codec->prefix == NULL) {
		rc_cmd_arg(&req->cmd, key, len);
		if (routes) {
			req->slot = codec->one_slot ? 0 : rc_key_slot(key, len);
		}
		return;
	}
	zend_string *full = full_key(codec, key, len);
	rc_cmd_arg_str(&req->cmd, full);
	if (routes) {
		req->slot = codec->one_slot ? 0 : rc_key_slot(ZSTR_VAL(full), ZSTR_LEN(full));
	}
	zend_string_release(full);
}

/* igbinary and msgpack are called through their PHP functions, looked up by name: linking
 * against their C symbols would stop this module from loading where they are missing or
 * loaded after it. The functions may run user code (__serialize, __sleep, __unserialize,
 * __wakeup): they are called only while a method prepares its command or shapes its
 * replies, never while the engine runs. */
static zend_function *php_function(const char *name, size_t len)
{
	return zend_hash_str_find_ptr(EG(function_table), name, len);
}

static bool call_php(const char *name, size_t len, zval *arg, zval *retval)
{
	zend_function *fn = php_function(name, len);

	ZVAL_UNDEF(retval);
	if (fn == NULL) {
		return false;
	}
	zend_call_known_function(fn, NULL, NULL, retval, 1, arg, NULL);
	if (EG(exception) || Z_ISUNDEF_P(retval)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return false;
	}
	return true;
}

#define CALL_PHP(name, arg, retval) call_php(name, sizeof(name) - 1, arg, retval)

bool rc_codec_serializer_valid(zend_long serializer)
{
	switch (serializer) {
		case RC_SERIALIZER_NONE:
		case RC_SERIALIZER_PHP:
		case RC_SERIALIZER_JSON:
			return true;
		case RC_SERIALIZER_IGBINARY:
			return php_function(ZEND_STRL("igbinary_serialize")) && php_function(ZEND_STRL("igbinary_unserialize"));
		case RC_SERIALIZER_MSGPACK:
			return php_function(ZEND_STRL("msgpack_pack")) && php_function(ZEND_STRL("msgpack_unpack"));
		default:
			return false;
	}
}

bool rc_codec_compression_valid(zend_long compression)
{
	return rc_compression_available(compression);
}

/* Without a serializer, phpredis writes arrays and objects as a word, without a warning
 * and without calling __toString(). */
static zend_string *as_string(zval *value)
{
	switch (Z_TYPE_P(value)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(value));
		case IS_ARRAY:
			return ZSTR_KNOWN(ZEND_STR_ARRAY_CAPITALIZED);
		case IS_OBJECT:
			return zend_string_init("Object", sizeof("Object") - 1, 0);
		default:
			return zval_get_string(value);
	}
}

/* A string returned by an igbinary or msgpack function, else "" as phpredis writes when
 * the serializer fails. */
static zend_string *called_string(bool ok, zval *out)
{
	if (ok && Z_TYPE_P(out) == IS_STRING) {
		return Z_STR_P(out);
	}
	zval_ptr_dtor(out);
	return ZSTR_EMPTY_ALLOC();
}

zend_string *rc_codec_serialize(const rc_codec *codec, zval *value)
{
	smart_str buf = {0};
	php_serialize_data_t var_hash;
	zval out;

	switch (codec->serializer) {
		case RC_SERIALIZER_PHP:
			PHP_VAR_SERIALIZE_INIT(var_hash);
			php_var_serialize(&buf, value, &var_hash);
			PHP_VAR_SERIALIZE_DESTROY(var_hash);
			return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
		case RC_SERIALIZER_JSON:
			/* phpredis passes 1 (its PHP_JSON_OBJECT_AS_ARRAY, for decoding), which to the
			 * encoder is PHP_JSON_HEX_TAG: < and > go out as \u003C and \u003E. The same
			 * bytes as phpredis, then. */
			php_json_encode(&buf, value, PHP_JSON_HEX_TAG);
			return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
		case RC_SERIALIZER_IGBINARY:
			return called_string(CALL_PHP("igbinary_serialize", value, &out), &out);
		case RC_SERIALIZER_MSGPACK:
			return called_string(CALL_PHP("msgpack_pack", value, &out), &out);
		default:
			return as_string(value);
	}
}

/* Calls igbinary's or msgpack's unserializer. Each returns a plain value for data it
 * rejects (`refusal`: null for igbinary, false for msgpack), so that value counts as a
 * result only when the bytes are its own encoding (`own`). */
static bool call_unserializer(const char *fn, size_t fn_len, const char *str, size_t len,
	zend_uchar refusal, const char *own, size_t own_len, zval *out)
{
	zval arg;
	bool ok;

	ZVAL_STRINGL(&arg, str, len);
	ok = call_php(fn, fn_len, &arg, out);
	zval_ptr_dtor(&arg);
	if (ok && Z_TYPE_P(out) == refusal && !(len == own_len && memcmp(str, own, len) == 0)) {
		ok = false;
	}
	if (!ok) {
		zval_ptr_dtor(out);
	}
	return ok;
}

/* phpredis hands igbinary only what starts with an igbinary header (version 1 or 2) and a
 * type byte. */
static bool igbinary_unserialize(const char *str, size_t len, zval *out)
{
	if (len < 5 || (memcmp(str, "\0\0\0\1", 4) != 0 && memcmp(str, "\0\0\0\2", 4) != 0)) {
		return false;
	}
	/* igbinary's null: the header, then type 0; version 1 is read as well as 2. */
	return call_unserializer(ZEND_STRL("igbinary_unserialize"), str, len, IS_NULL,
		str[3] == 1 ? "\0\0\0\1\0" : "\0\0\0\2\0", 5, out);
}

/* msgpack_unpack() gives null for "", which phpredis does not count as a value. */
static bool msgpack_unserialize(const char *str, size_t len, zval *out)
{
	if (len == 0) {
		return false;
	}
	return call_unserializer(ZEND_STRL("msgpack_unpack"), str, len, IS_FALSE, "\xc2", 1, out);
}

static bool php_unserialize(const char *str, size_t len, zval *out)
{
	php_unserialize_data_t var_hash;
	const unsigned char *p = (const unsigned char *)str;
	bool ok;

	/* As unserialize() does: a partial result is released before the references the
	 * parser kept to its parts. */
	ZVAL_NULL(out);
	PHP_VAR_UNSERIALIZE_INIT(var_hash);
	ok = php_var_unserialize(out, &p, p + len, &var_hash);
	if (!ok) {
		zval_ptr_dtor(out);
	}
	PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
	return ok;
}

bool rc_codec_try_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out)
{
	switch (codec->serializer) {
		case RC_SERIALIZER_PHP:
			return php_unserialize(str, len, out);
		case RC_SERIALIZER_JSON:
			return php_json_decode_ex(out, str, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS;
		case RC_SERIALIZER_IGBINARY:
			return igbinary_unserialize(str, len, out);
		case RC_SERIALIZER_MSGPACK:
			return msgpack_unserialize(str, len, out);
		default:
			return false;
	}
}

zend_string *rc_codec_compress(const rc_codec *codec, zend_string *str)
{
	zend_string *out = rc_compress(codec->compression, codec->compression_level, ZSTR_VAL(str), ZSTR_LEN(str));

	return out ? out : zend_string_copy(str);
}

zend_string *rc_codec_uncompress(const rc_codec *codec, const char *str, size_t len)
{
	return rc_uncompress(codec->compression, str, len);
}

zend_string *rc_codec_pack(const rc_codec *codec, zval *value)
{
	zend_string *plain = rc_codec_serialize(codec, value), *packed;

	if (codec->compression == RC_COMPRESSION_NONE) {
		return plain;
	}
	packed = rc_codec_compress(codec, plain);
	zend_string_release(plain);
	return packed;
}

void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value)
{
	zend_string *packed = rc_codec_pack(codec, value);

	rc_cmd_arg_str(cmd, packed);
	zend_string_release(packed);
}

void rc_codec_unpack(const rc_codec *codec, const char *str, size_t len, zval *out)
{
	zend_string *plain = rc_codec_uncompress(codec, str, len);

	if (plain == NULL) {
		if (!rc_codec_try_unserialize(codec, str, len, out)) {
			ZVAL_STRINGL(out, str, len);
		}
		return;
	}
	if (rc_codec_try_unserialize(codec, ZSTR_VAL(plain), ZSTR_LEN(plain), out)) {
		zend_string_release(plain);
	} else {
		ZVAL_STR(out, plain);
	}
}
