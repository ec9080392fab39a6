/* What every layer shares: failure kinds, the error held in a context, and the clock.
 * Nothing here knows about sockets or PHP classes. */
#ifndef RC_BASE_H
#define RC_BASE_H

#include "php.h"

#include <time.h>

/* Failure kinds, in the order of how much of a request may have reached the server. */
typedef enum {
	RC_OK = 0,
	RC_ERR_CONNECT,  /* no connection: nothing was sent */
	RC_ERR_WRITE,    /* the write failed: the server may have seen part of it, not all */
	RC_ERR_READ,     /* EOF or reset after a complete write: the command's fate is unknown */
	RC_ERR_TIMEOUT,  /* no reply within the read timeout: fate unknown */
	RC_ERR_PROTOCOL, /* a reply that is not RESP: fate unknown, connection unusable */
	RC_ERR_AUTH,     /* the server refused our credentials */
	RC_ERR_CLUSTER,  /* a cluster-level condition (topology, budget); see the message */
	RC_ERR_REPLY,    /* the command ran and the server refused it (-ERR), or its reply has
	                  * a shape the caller cannot use; for layers above the engine, which
	                  * itself returns RC_OK with the -ERR reply */
} rc_status;

typedef struct rc_err {
	rc_status code;
	char msg[256];
} rc_err;

/* Monotonic clock, seconds. */
static inline double rc_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void rc_err_set(rc_err *err, rc_status code, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
/* Replaces the error with "<what> (<the error it had>)". */
void rc_err_wrap(rc_err *err, rc_status code, const char *what);

#endif
