/* What the engine's own files share (cluster_library.c and the files that extend it, one
 * per mode: transactions, pub/sub...). Not for the class: it goes through
 * cluster_library.h.
 *
 * The rules of docs/architecture.md ("Ownership and re-entrancy") hold here too: a
 * connection returned by these functions is valid until the next call that may refresh
 * the topology or drop a connection; no user code runs while one is held. */
#ifndef RC_CLUSTER_INTERNAL_H
#define RC_CLUSTER_INTERNAL_H

#include "cluster_library.h"

/* The connection to host:port, opened (within what is left of the budget) if needed; NULL
 * with c->err set when it cannot be had. */
rc_conn *rc_cluster_conn_at(rc_cluster *c, const char *host, size_t len, uint16_t port);
/* The connection for a request's next attempt: its redirection target, the slot's owner
 * learnt from MOVED, or the node the snapshot names (a replica for reads under
 * OPT_SLAVE_FAILOVER). NULL with c->err set (RC_ERR_CLUSTER: the slot is not covered). */
rc_conn *rc_cluster_route(rc_cluster *c, rc_req *req);
/* Forgets a connection that failed; its stream is destroyed, never pooled. */
void rc_cluster_drop_conn(rc_cluster *c, rc_conn *conn);

#endif
