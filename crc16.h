/* Key to hash slot, as the Redis Cluster specification defines it. */
#ifndef RC_CRC16_H
#define RC_CRC16_H

#include <stddef.h>
#include <stdint.h>

#define RC_SLOTS 16384

/* CRC16-XMODEM (polynomial 0x1021, initial value 0). */
uint16_t rc_crc16(const char *buf, size_t len);

/* The slot of a key: only the part between the first '{' and the next '}' is hashed
 * when that part is not empty; otherwise the whole key. */
uint16_t rc_key_slot(const char *key, size_t len);

#endif
