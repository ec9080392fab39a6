/* Keys and values as they are written and read back: OPT_PREFIX and OPT_SERIALIZER. */
#ifndef RC_CODEC_H
#define RC_CODEC_H

#include "php.h"
#include "cluster_library.h"

/* How keys and values are written and read back: OPT_PREFIX and OPT_SERIALIZER. */
typedef struct rc_codec {
	zend_long serializer;
	zend_string *prefix;
	bool reply_literal;      /* OPT_REPLY_LITERAL: status replies as strings, not true */
	bool null_multibulk;     /* OPT_NULL_MULTIBULK_AS_NULL: a nil array is null, not false */
} rc_codec;

/* Appends a key (with OPT_PREFIX); when `routes`, the request goes to the key's slot. */
void rc_codec_key(const rc_codec *codec, rc_req *req, const char *key, size_t len, bool routes);
uint16_t rc_codec_slot(const rc_codec *codec, const char *key, size_t len);
void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value);
zend_string *rc_codec_serialize(const rc_codec *codec, zval *value);
/* Unserializes into out; a value that does not unserialize is returned as the string. */
void rc_codec_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out);
bool rc_codec_serializer_valid(zend_long serializer);

#endif
