/* Keys and values as they are written and read back: OPT_PREFIX and OPT_SERIALIZER. */
#include "codec.h"
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
	if (codec->prefix == NULL) {
		rc_cmd_arg(&req->cmd, key, len);
		if (routes) {
			req->slot = rc_key_slot(key, len);
		}
		return;
	}
	zend_string *full = full_key(codec, key, len);
	rc_cmd_arg_str(&req->cmd, full);
	if (routes) {
		req->slot = rc_key_slot(ZSTR_VAL(full), ZSTR_LEN(full));
	}
	zend_string_release(full);
}

bool rc_codec_serializer_valid(zend_long serializer)
{
	switch (serializer) {
		case RC_SERIALIZER_NONE:
		case RC_SERIALIZER_PHP:
		case RC_SERIALIZER_JSON:
			return true;
		case RC_SERIALIZER_IGBINARY:
			return zend_hash_str_exists(&module_registry, "igbinary", sizeof("igbinary") - 1);
		default:
			return false;
	}
}

/* igbinary has no C API we can link against without its headers: its PHP functions are
 * called instead. */
static bool call_igbinary(const char *fn, size_t len, zval *arg, zval *retval)
{
	zval fname;
	bool ok;

	ZVAL_STRINGL(&fname, fn, len);
	ok = call_user_function(NULL, NULL, &fname, retval, 1, arg) == SUCCESS && !EG(exception);
	zval_ptr_dtor(&fname);
	return ok;
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
			php_json_encode(&buf, value, 0);
			return buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC();
		case RC_SERIALIZER_IGBINARY:
			if (call_igbinary("igbinary_serialize", sizeof("igbinary_serialize") - 1, value, &out)
				&& Z_TYPE(out) == IS_STRING) {
				return Z_STR(out);
			}
			zval_ptr_dtor(&out);
			return ZSTR_EMPTY_ALLOC();
		default:
			return zval_get_string(value);
	}
}

void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value)
{
	if (codec->serializer == RC_SERIALIZER_NONE && Z_TYPE_P(value) == IS_STRING) {
		rc_cmd_arg_str(cmd, Z_STR_P(value));
		return;
	}
	zend_string *str = rc_codec_serialize(codec, value);
	rc_cmd_arg_str(cmd, str);
	zend_string_release(str);
}

void rc_codec_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out)
{
	php_unserialize_data_t var_hash;
	const unsigned char *p = (const unsigned char *)str;
	zval arg;

	switch (codec->serializer) {
		case RC_SERIALIZER_PHP:
			PHP_VAR_UNSERIALIZE_INIT(var_hash);
			if (php_var_unserialize(out, &p, p + len, &var_hash)) {
				PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
				return;
			}
			PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
			zval_ptr_dtor(out);
			break;
		case RC_SERIALIZER_JSON:
			if (php_json_decode_ex(out, str, len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == SUCCESS) {
				return;
			}
			break;
		case RC_SERIALIZER_IGBINARY:
			ZVAL_STRINGL(&arg, str, len);
			if (call_igbinary("igbinary_unserialize", sizeof("igbinary_unserialize") - 1, &arg, out)
				&& !(Z_TYPE_P(out) == IS_NULL && len > 0 && str[0] != '\0')) {
				zval_ptr_dtor(&arg);
				return;
			}
			zval_ptr_dtor(&arg);
			zval_ptr_dtor(out);
			break;
		default:
			break;
	}
	ZVAL_STRINGL(out, str, len);
}
