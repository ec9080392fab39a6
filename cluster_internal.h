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

/* The index in today's map of the node a directed command names (req->node, an index
 * into req->node_map); RC_NO_NODE when it routes by slot or that node left the map. */
uint16_t rc_cluster_req_node(const rc_cluster *c, const rc_req *req);

/* Starts a request: the budget's deadline and the overall limit (a blocking command's
 * wait added). Ends it: the refresh a MOVED or a node-ID mismatch asked for, once every
 * reply is read. Every engine entry point that talks to nodes runs between the two. */
void rc_cluster_request_begin(rc_cluster *c, double block);
void rc_cluster_request_end(rc_cluster *c);
/* What is left of the running command's time budget; 0 outside a command. */
static inline double rc_cluster_budget_left(const rc_cluster *c)
{
	return c->deadline > 0 ? MAX(c->deadline - rc_now(), 0.001) : 0;
}

/* The topology (cluster_library.c). rc_cluster_swap() takes the reference it is given.
 * rc_cluster_fetch() asks the known nodes (`first`, if not RC_NO_NODE, before the others;
 * suspect nodes last), then the seeds, and installs what it gets. rc_cluster_refresh_claim()
 * is rc_cluster_refresh() telling how the debounce went (RC_CLAIM_WON: it fetched, or took
 * a newer map). */
void rc_cluster_swap(rc_cluster *c, rc_topology *topo);
rc_status rc_cluster_fetch(rc_cluster *c, uint16_t first);
rc_status rc_cluster_refresh_claim(rc_cluster *c, rc_why why, rc_claim *claim);

/* The pool (cluster_shared.c): what one worker learns reaches the others.
 * rc_cluster_suspect(): a node failed us with `status`; with the cache on, a transport
 * failure marks it suspect for the pool. */
void rc_cluster_suspect(rc_cluster *c, const char *host, size_t len, uint16_t port, rc_status status);
/* rc_cluster_route(), but a command is not sent to a node the pool suspects before
 * another master was asked who owns its slot (one small command, within the budget):
 * when the answer names another node, the command goes there and the map is refreshed
 * once the request is done. *since: the node's mark, 0 if none. */
rc_conn *rc_cluster_route_trusted(rc_cluster *c, rc_req *req, double *since);
/* The same for a batch, before its first write: one question per suspect node; when its
 * slots have moved, the map is refreshed (once for the pool) before anything is sent. */
void rc_cluster_revalidate_batch(rc_cluster *c, const rc_req *reqs, uint32_t n);
/* At a request's start: adopts a newer map, and checks an old one against the cluster's
 * epoch (CLUSTER INFO) at most once per interval per pool: on its own, on another node than
 * the first command's, before anything is sent; or, for a batch of reads on open
 * connections, pipelined behind the commands to a second node, whose index it returns
 * (else RC_NO_NODE). The batch then writes rc_cluster_epoch_cmd() after that node's
 * commands and reads its reply after theirs, first of all groups; hands the epoch to
 * rc_cluster_epoch_heard() (true: the same, the claim let go, done); and otherwise, once
 * every connection is read or dropped, calls rc_cluster_epoch_answer() (answered with a
 * newer epoch: the map fetched from `asked`; unanswered: the check run on its own). */
uint16_t rc_cluster_check_epoch(rc_cluster *c, const rc_req *reqs, uint32_t n);
const char *rc_cluster_epoch_cmd(size_t *len);
uint64_t rc_cluster_epoch_of(const zval *reply, int type);
bool rc_cluster_epoch_heard(rc_cluster *c, uint64_t epoch);
void rc_cluster_epoch_answer(rc_cluster *c, uint16_t asked, bool answered, uint64_t epoch, const rc_req *first);

/* The slot's owner is host:port (a MOVED, or what another node said): routed there until
 * the map is refreshed, which is asked for once the request is done. */
void rc_cluster_note_moved(rc_cluster *c, uint16_t slot, const char *host, size_t len, uint16_t port);

#define RC_REDIRECT_MOVED 1
#define RC_REDIRECT_ASK 2

/* For a reply the caller handles itself (inside MULTI, WATCH): true when it is a
 * redirection or a cluster condition (MOVED, ASK, TRYAGAIN, CLUSTERDOWN), recorded as the
 * command loop records it (a MOVED slot's new owner, a refresh when the request ends),
 * with the reply freed and the message in c->err. With `follow`, req->redirect then says
 * where the next attempt goes (rc_cluster_route() takes it). */
bool rc_cluster_note_redirect(rc_cluster *c, rc_req *req, const rc_conn *from, bool follow);

#endif
