/* The compressors of OPT_COMPRESSION: the bytes phpredis writes and reads, byte for byte.
 * Each is optional at build time (HAVE_REDIS_LZF, HAVE_REDIS_ZSTD, HAVE_REDIS_LZ4). */
#ifndef RC_COMPRESS_H
#define RC_COMPRESS_H

#include "php.h"

/* Numbered as phpredis numbers them (RedisCluster::COMPRESSION_*). */
#define RC_COMPRESSION_NONE 0
#define RC_COMPRESSION_LZF 1
#define RC_COMPRESSION_ZSTD 2
#define RC_COMPRESSION_LZ4 3

/* Whether `kind` is NONE or a compressor this build has. */
bool rc_compression_available(zend_long kind);

/* The compressors built in, for phpinfo(): "lzf, zstd, lz4", or "none". */
const char *rc_compression_names(void);

/* `data` compressed by `kind` at `level` (OPT_COMPRESSION_LEVEL, mapped as phpredis maps
 * it), or NULL when the compressor declines (empty input for lz4 and lzf, input too large
 * for the format): the caller then stores the data as it is, as phpredis does. */
zend_string *rc_compress(zend_long kind, zend_long level, const char *data, size_t len);

/* `data` uncompressed, or NULL when it is not valid data of `kind` (the caller then uses
 * the bytes as they are). Never allocates more than the data really expands to, nor more
 * than what is left under memory_limit: sizes announced inside the data are not trusted. */
zend_string *rc_uncompress(zend_long kind, const char *data, size_t len);

#endif
