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
/* The open connection to host:port, or NULL: never opens one. */
rc_conn *rc_cluster_conn_find(rc_cluster *c, const char *host, size_t len, uint16_t port);
/* The connection for a request's next attempt: its redirection target, the slot's owner
 * learnt from MOVED, or the node the snapshot names (a replica for reads under
 * OPT_SLAVE_FAILOVER). NULL with c->err set (RC_ERR_CLUSTER: the slot is not covered). */
rc_conn *rc_cluster_route(rc_cluster *c, rc_req *req);
/* Forgets a connection that failed; its stream is destroyed, never pooled. */
void rc_cluster_drop_conn(rc_cluster *c, rc_conn *conn);

/* Starts a request: the budget's deadline and the overall limit (a blocking command's
 * wait added). Ends it: the refresh a MOVED or a node-ID mismatch asked for, once every
 * reply is read. Every engine entry point that talks to nodes runs between the two. */
void rc_cluster_request_begin(rc_cluster *c, double block);
void rc_cluster_request_end(rc_cluster *c);
#define RC_REDIRECT_MOVED 1
#define RC_REDIRECT_ASK 2

/* For a reply the caller handles itself (inside MULTI, WATCH): true when it is a
 * redirection or a cluster condition (MOVED, ASK, TRYAGAIN, CLUSTERDOWN), recorded as the
 * command loop records it (a MOVED slot's new owner, a refresh when the request ends),
 * with the reply freed and the message in c->err. With `follow`, req->redirect then says
 * where the next attempt goes (rc_cluster_route() takes it). */
bool rc_cluster_note_redirect(rc_cluster *c, rc_req *req, const rc_conn *from, bool follow);

#endif
