/* The compressors of OPT_COMPRESSION, in phpredis's formats (checked byte for byte against
 * Debian's phpredis 5.3.7 by tests/phpunit/tests/CodecCompatTest.php):
 * - lzf: liblzf's raw stream, no header. The output room given to lzf_compress() is the
 *   input's length plus the greater of 128 bytes and 4% (PECL lzf's margin, kept by
 *   phpredis), so any non-empty input is "compressed", even when that makes it longer.
 * - zstd: one standard frame, content size included (ZSTD_compress()).
 * - lz4: a 5-byte header, then one raw LZ4 block. The header is a CRC-8 (polynomial 0x31,
 *   initial value 0xFF, no reflection) of the next four bytes, then the uncompressed
 *   length as a native-endian int.
 * Empty input is stored as it is by lzf and lz4; zstd writes an empty frame. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "compress.h"
#include "php_globals.h"

#ifdef HAVE_REDIS_LZF
#include <lzf.h>
#endif
#ifdef HAVE_REDIS_ZSTD
#include <zstd.h>
#endif
#ifdef HAVE_REDIS_LZ4
#include <lz4.h>
#include <lz4hc.h>
#endif

#if defined(HAVE_REDIS_LZF) || defined(HAVE_REDIS_ZSTD) || defined(HAVE_REDIS_LZ4)
/* Whether `size` more bytes can be allocated without ending the request with "Allowed
 * memory size exhausted": data that expands beyond that is returned as stored instead.
 * The margin is one chunk of PHP's allocator, which rounds a large block up to pages. */
static bool fits_memory(size_t size)
{
	const size_t margin = 2 * 1024 * 1024;
	zend_long limit = PG(memory_limit);
	size_t used;

	if (size > ZSTR_MAX_LEN - margin) {
		return false;
	}
	if (limit <= 0) {
		return true;
	}
	used = zend_memory_usage(true);
	return used < (size_t)limit && size + margin < (size_t)limit - used;
}

/* `out` cut to the `len` bytes the compressor wrote. */
static zend_string *finish(zend_string *out, size_t len)
{
	out = zend_string_truncate(out, len, 0);
	ZSTR_VAL(out)[len] = '\0';
	return out;
}
#endif

#ifdef HAVE_REDIS_LZF
#define LZF_MARGIN 128

static zend_string *lzf_pack(const char *data, size_t len)
{
	size_t room = len + MAX(LZF_MARGIN, len / 25);
	zend_string *out;
	unsigned int n;

	if (len == 0 || len >= UINT_MAX) {
		return NULL;
	}
	room = MIN(room, UINT_MAX);
	out = zend_string_alloc(room, 0);
	n = lzf_compress(data, (unsigned int)len, ZSTR_VAL(out), (unsigned int)room);
	if (n == 0) {
		zend_string_efree(out);
		return NULL;
	}
	return finish(out, n);
}

/* The length an lzf stream expands to, found by walking it as lzf_decompress() does; 0 when
 * it is not a valid stream. lzf has no header: this is the only size there is, and it is
 * the data's real one (at most 88 times its length: a 3-byte reference gives 264 bytes). */
static size_t lzf_length(const unsigned char *p, size_t len)
{
	const unsigned char *end = p + len;
	size_t out = 0, run, back;
	unsigned int ctrl;

	while (p < end) {
		ctrl = *p++;
		if (ctrl < 32) {
			run = (size_t)ctrl + 1;
			if ((size_t)(end - p) < run) {
				return 0;
			}
			p += run;
			out += run;
			continue;
		}
		run = ctrl >> 5;
		back = ((size_t)(ctrl & 0x1f) << 8) + 1;
		if (p >= end) {
			return 0;
		}
		if (run == 7) {
			run += *p++;
			if (p >= end) {
				return 0;
			}
		}
		back += *p++;
		if (back > out) {
			return 0;
		}
		out += run + 2;
	}
	return out;
}

static zend_string *lzf_unpack(const char *data, size_t len)
{
	size_t n = len < UINT_MAX ? lzf_length((const unsigned char *)data, len) : 0;
	zend_string *out;

	if (n == 0 || n >= UINT_MAX || !fits_memory(n)) {
		return NULL;
	}
	out = zend_string_alloc(n, 0);
	if (lzf_decompress(data, (unsigned int)len, ZSTR_VAL(out), (unsigned int)n) != n) {
		zend_string_efree(out);
		return NULL;
	}
	ZSTR_VAL(out)[n] = '\0';
	return out;
}
#endif

#ifdef HAVE_REDIS_ZSTD
/* phpredis: a level below 1 is zstd's default, one above the maximum the maximum. */
static zend_string *zstd_pack(zend_long level, const char *data, size_t len)
{
	int lvl = level < 1 ? ZSTD_CLEVEL_DEFAULT : (int)MIN(level, (zend_long)ZSTD_maxCLevel());
	size_t room = ZSTD_compressBound(len), n;
	zend_string *out;

	if (ZSTD_isError(room) || room >= ZSTR_MAX_LEN) {
		return NULL;
	}
	out = zend_string_alloc(room, 0);
	n = ZSTD_compress(ZSTR_VAL(out), room, data, len, lvl);
	if (ZSTD_isError(n)) {
		zend_string_efree(out);
		return NULL;
	}
	return finish(out, n);
}

/* Grows `out` (whose room is dst->size) to `room` bytes, within memory_limit. */
static bool zstd_grow(zend_string **out, ZSTD_outBuffer *dst, size_t room)
{
	if (!fits_memory(room)) {
		return false;
	}
	*out = zend_string_extend(*out, room, 0);
	dst->dst = ZSTR_VAL(*out);
	dst->size = room;
	return true;
}

/* Streams the frame into a buffer that grows with the output. The content size that the
 * frame announces must fit under memory_limit and must match at the end (phpredis requires
 * it, and refuses a frame without one), but no more than the output really made is ever
 * allocated for it. The buffer may reach one byte more than announced, so that a frame
 * writing more than it announced shows itself. */
static zend_string *zstd_unpack(const char *data, size_t len)
{
	unsigned long long want = ZSTD_getFrameContentSize(data, len);
	ZSTD_inBuffer in = {data, len, 0};
	ZSTD_outBuffer dst = {NULL, 0, 0};
	ZSTD_DCtx *dctx = NULL;
	zend_string *out = NULL;
	size_t ret = 1, in_was, out_was;

	/* Output that would not fit is refused before any is made: honest, it cannot be held;
	 * a lie, it is refused at the end anyway. */
	if (want == ZSTD_CONTENTSIZE_ERROR || want == ZSTD_CONTENTSIZE_UNKNOWN || want >= ZSTR_MAX_LEN
		|| !fits_memory((size_t)want + 1)) {
		return NULL;
	}
	out = zend_string_alloc(0, 0);
	dctx = ZSTD_createDCtx();
	if (dctx == NULL || !zstd_grow(&out, &dst, MIN((size_t)want + 1, MAX(len * 4, 4096)))) {
		goto fail;
	}
	while (ret != 0) {
		in_was = in.pos;
		out_was = dst.pos;
		ret = ZSTD_decompressStream(dctx, &dst, &in);
		if (ZSTD_isError(ret)) {
			goto fail;
		}
		if (ret == 0) {
			break;
		}
		if (dst.pos == dst.size) {
			if (dst.size > want || !zstd_grow(&out, &dst, MIN(dst.size * 2, (size_t)want + 1))) {
				goto fail;
			}
		} else if (in.pos == in.size || (in.pos == in_was && dst.pos == out_was)) {
			goto fail; /* truncated, or no progress */
		}
	}
	if (in.pos != in.size || dst.pos != want) {
		goto fail;
	}
	ZSTD_freeDCtx(dctx);
	return finish(out, dst.pos);
fail:
	if (dctx != NULL) {
		ZSTD_freeDCtx(dctx);
	}
	zend_string_efree(out);
	return NULL;
}
#endif

#ifdef HAVE_REDIS_LZ4
#define LZ4_HEADER 5

static uint8_t crc8(const unsigned char *p, size_t len)
{
	uint8_t crc = 0xFF;

	while (len--) {
		crc ^= *p++;
		for (int bit = 0; bit < 8; bit++) {
			crc = (crc & 0x80) ? (uint8_t)((crc << 1) ^ 0x31) : (uint8_t)(crc << 1);
		}
	}
	return crc;
}

/* phpredis: levels 1 to 12 use LZ4 HC at that level, any other the fast compressor. */
static zend_string *lz4_pack(zend_long level, const char *data, size_t len)
{
	int plain = (int)len, room, n;
	zend_string *out;

	if (len == 0 || len > LZ4_MAX_INPUT_SIZE) {
		return NULL;
	}
	room = LZ4_compressBound(plain);
	out = zend_string_alloc(LZ4_HEADER + (size_t)room, 0);
	memcpy(ZSTR_VAL(out) + 1, &plain, sizeof(plain));
	ZSTR_VAL(out)[0] = (char)crc8((const unsigned char *)ZSTR_VAL(out) + 1, sizeof(plain));
	if (level <= 0 || level > LZ4HC_CLEVEL_MAX) {
		n = LZ4_compress_default(data, ZSTR_VAL(out) + LZ4_HEADER, plain, room);
	} else {
		n = LZ4_compress_HC(data, ZSTR_VAL(out) + LZ4_HEADER, plain, room, (int)level);
	}
	if (n <= 0) {
		zend_string_efree(out);
		return NULL;
	}
	return finish(out, LZ4_HEADER + (size_t)n);
}

/* The announced length is checked by its CRC, then bounded: an LZ4 block expands a byte
 * to at most 255 (a match length grows by 255 per extra byte). The whole announced length
 * must come out, else the value is not ours to change. */
static zend_string *lz4_unpack(const char *data, size_t len)
{
	int plain, n;
	zend_string *out;

	if (len <= LZ4_HEADER || len - LZ4_HEADER > INT_MAX) {
		return NULL;
	}
	memcpy(&plain, data + 1, sizeof(plain));
	if ((uint8_t)data[0] != crc8((const unsigned char *)data + 1, sizeof(plain)) || plain <= 0
		|| (uint64_t)plain > (uint64_t)(len - LZ4_HEADER) * 255 + 64 || !fits_memory((size_t)plain)) {
		return NULL;
	}
	out = zend_string_alloc((size_t)plain, 0);
	n = LZ4_decompress_safe(data + LZ4_HEADER, ZSTR_VAL(out), (int)(len - LZ4_HEADER), plain);
	if (n != plain) {
		zend_string_efree(out);
		return NULL;
	}
	ZSTR_VAL(out)[plain] = '\0';
	return out;
}
#endif

bool rc_compression_available(zend_long kind)
{
	switch (kind) {
		case RC_COMPRESSION_NONE:
#ifdef HAVE_REDIS_LZF
		case RC_COMPRESSION_LZF:
#endif
#ifdef HAVE_REDIS_ZSTD
		case RC_COMPRESSION_ZSTD:
#endif
#ifdef HAVE_REDIS_LZ4
		case RC_COMPRESSION_LZ4:
#endif
			return true;
		default:
			return false;
	}
}

const char *rc_compression_names(void)
{
	/* Each name is preceded by ", ", which is skipped for the first. */
	static const char names[] = ""
#ifdef HAVE_REDIS_LZF
		", lzf"
#endif
#ifdef HAVE_REDIS_ZSTD
		", zstd"
#endif
#ifdef HAVE_REDIS_LZ4
		", lz4"
#endif
		;

	return sizeof(names) > 1 ? names + 2 : "none";
}

zend_string *rc_compress(zend_long kind, zend_long level, const char *data, size_t len)
{
	/* Unused in a build without compressors. */
	(void)level;
	(void)data;
	(void)len;
	switch (kind) {
#ifdef HAVE_REDIS_LZF
		case RC_COMPRESSION_LZF:
			return lzf_pack(data, len);
#endif
#ifdef HAVE_REDIS_ZSTD
		case RC_COMPRESSION_ZSTD:
			return zstd_pack(level, data, len);
#endif
#ifdef HAVE_REDIS_LZ4
		case RC_COMPRESSION_LZ4:
			return lz4_pack(level, data, len);
#endif
		default:
			return NULL;
	}
}

zend_string *rc_uncompress(zend_long kind, const char *data, size_t len)
{
	(void)data;
	if (len == 0) {
		return NULL;
	}
	switch (kind) {
#ifdef HAVE_REDIS_LZF
		case RC_COMPRESSION_LZF:
			return lzf_unpack(data, len);
#endif
#ifdef HAVE_REDIS_ZSTD
		case RC_COMPRESSION_ZSTD:
			return zstd_unpack(data, len);
#endif
#ifdef HAVE_REDIS_LZ4
		case RC_COMPRESSION_LZ4:
			return lz4_unpack(data, len);
#endif
		default:
			return NULL;
	}
}
