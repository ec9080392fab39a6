/* Pub/sub in the engine: a subscription (SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE) lives on a
 * connection of its own, opened for it, never pooled and never in the object's table of
 * connections, so that commands sent meanwhile (from the callback) never share it.
 *
 * The class drives the loop one message at a time: rc_pubsub_next() returns holding
 * nothing (no connection pointer, no snapshot pointer) and the class calls the user's
 * callback between two calls. Each call finds the subscription again through the
 * rc_cluster, so a callback that calls close() (which ends the subscription),
 * refreshSlots() or any command leaves nothing dangling. */
#ifndef RC_CLUSTER_PUBSUB_H
#define RC_CLUSTER_PUBSUB_H

#include "cluster_library.h"

typedef enum {
	RC_SUB_MESSAGE, /* msg holds the message: [kind, (pattern,) channel, payload] */
	RC_SUB_ENDED,   /* nothing is subscribed any more: the subscription is over, cleanly */
	RC_SUB_CLOSED,  /* there is no subscription (close() was called, or it failed before) */
	RC_SUB_TIMEOUT, /* no message within the read timeout: the subscription is closed */
	RC_SUB_FAILED,  /* the connection failed (c->err says how): the subscription is closed */
} rc_sub_event;

bool rc_pubsub_active(const rc_cluster *c);
/* Subscribes: req is SUBSCRIBE, PSUBSCRIBE or SSUBSCRIBE with n names, routed by its
 * slot (SSUBSCRIBE: the channels' slot; MOVED is followed). RC_OK with req->type
 * REDIS_REPLY_ERROR when the server refused it (the subscription does not exist then);
 * RC_OK otherwise once every name is confirmed. */
rc_status rc_pubsub_subscribe(rc_cluster *c, rc_req *req, uint32_t n);
/* The next message. `forever`: no read timeout (OPT_READ_TIMEOUT -1), as phpredis waits
 * for messages. */
rc_sub_event rc_pubsub_next(rc_cluster *c, bool forever, zval *msg);
/* Sends req (UNSUBSCRIBE, PUNSUBSCRIBE or SUNSUBSCRIBE with n names) on the
 * subscription and reads its n confirmations into result, [name => true]; messages read
 * meanwhile are kept for rc_pubsub_next(). */
rc_status rc_pubsub_unsubscribe(rc_cluster *c, rc_req *req, uint32_t n, zval *result);
/* Ends the subscription, if any: its connection is destroyed. */
void rc_pubsub_close(rc_cluster *c);

#endif
