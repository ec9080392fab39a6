#include "crc16.h"

#include <string.h>

static uint16_t crc16_table[256];
static int crc16_table_ready;

static void crc16_init_table(void)
{
	for (unsigned i = 0; i < 256; i++) {
		uint16_t crc = (uint16_t)(i << 8);
		for (int bit = 0; bit < 8; bit++) {
			crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
		}
		crc16_table[i] = crc;
	}
	crc16_table_ready = 1;
}

uint16_t rc_crc16(const char *buf, size_t len)
{
	uint16_t crc = 0;

	/* Filled on first use; the table is the same in every thread, so a race only
	 * writes the same values twice. */
	if (!crc16_table_ready) {
		crc16_init_table();
	}
	for (size_t i = 0; i < len; i++) {
		crc = (uint16_t)((crc << 8) ^ crc16_table[((crc >> 8) ^ (unsigned char)buf[i]) & 0xff]);
	}
	return crc;
}

uint16_t rc_key_slot(const char *key, size_t len)
{
	const char *open = memchr(key, '{', len);

	if (open) {
		size_t rest = len - (size_t)(open - key) - 1;
		const char *close = memchr(open + 1, '}', rest);

		if (close && close > open + 1) {
			return rc_crc16(open + 1, (size_t)(close - open - 1)) & (RC_SLOTS - 1);
		}
	}
	return rc_crc16(key, len) & (RC_SLOTS - 1);
}
