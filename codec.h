/* Keys and values as they are written and read back: OPT_PREFIX, OPT_SERIALIZER and
 * OPT_COMPRESSION, with phpredis's bytes (a value is serialized, then compressed). */
#ifndef RC_CODEC_H
#define RC_CODEC_H

#include "php.h"
#include "cluster_library.h"

/* How keys and values are written and read back. */
typedef struct rc_codec {
	zend_long serializer;
	zend_long compression;       /* RC_COMPRESSION_*: always one this build has */
	zend_long compression_level; /* OPT_COMPRESSION_LEVEL as set; each compressor maps it */
	zend_string *prefix;
	bool reply_literal;      /* OPT_REPLY_LITERAL: status replies as strings, not true */
	bool null_multibulk;     /* OPT_NULL_MULTIBULK_AS_NULL: a nil array is null, not false */
	/* Keys have no slots (one standalone server): every key is in slot 0, so that keys
	 * never need to share a slot and a multi-key command is never split. */
	bool one_slot;
	/* A nil in a reply shaped as read (RC_REPLY_RAW: eval, rawcommand) is false, as
	 * phpredis's Redis gives it; its RedisCluster gives null. */
	bool raw_nil_false;
} rc_codec;

/* Whether values go out and come back as they are: no serializer, no compressor. */
static inline bool rc_codec_is_raw(const rc_codec *codec)
{
	return codec->serializer == 0 && codec->compression == 0;
}

/* Appends a key (with OPT_PREFIX); when `routes`, the request goes to the key's slot (0
 * under one_slot). */
void rc_codec_key(const rc_codec *codec, rc_req *req, const char *key, size_t len, bool routes);
uint16_t rc_codec_slot(const rc_codec *codec, const char *key, size_t len);
/* Appends a value as rc_codec_pack() makes it. */
void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value);

/* OPT_SERIALIZER alone (_serialize): without a serializer, a string as it is, an array
 * "Array", an object "Object", anything else converted as PHP converts it. May run user
 * code (__serialize, __sleep, __toString): call it before the engine runs. */
zend_string *rc_codec_serialize(const rc_codec *codec, zval *value);
/* OPT_SERIALIZER alone (_unserialize): false, with `out` undefined, when the bytes are not
 * data of the serializer (or there is none). May run user code (__unserialize, __wakeup):
 * call it after the engine returned. Values read from replies go through rc_codec_unpack(),
 * which also uncompresses and falls back on the bytes. */
bool rc_codec_try_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out);

/* OPT_COMPRESSION alone (_compress): compressed, or `str` itself (a new reference) when
 * there is no compressor or it declines. */
zend_string *rc_codec_compress(const rc_codec *codec, zend_string *str);
/* OPT_COMPRESSION alone (_uncompress): NULL when the bytes are not data of the compressor
 * (or there is none). */
zend_string *rc_codec_uncompress(const rc_codec *codec, const char *str, size_t len);

/* A value as phpredis writes it: serialized, then compressed. */
zend_string *rc_codec_pack(const rc_codec *codec, zval *value);
/* A value as phpredis reads it: uncompressed, then unserialized; a step that fails is
 * skipped, so data that is neither compressed nor serialized comes back as stored. */
void rc_codec_unpack(const rc_codec *codec, const char *str, size_t len, zval *out);

bool rc_codec_serializer_valid(zend_long serializer);
bool rc_codec_compression_valid(zend_long compression);

#endif
