/* Replies shaped as phpredis returns them. */
#ifndef RC_REPLY_H
#define RC_REPLY_H

#include "codec.h"

/* Reply shapes, as phpredis returns them. Every shape turns an -ERR reply into false. */
typedef enum {
	RC_REPLY_RAW,      /* as read, nested: status true, nil null (eval, rawcommand) */
	RC_REPLY_BOOL,     /* +OK or :1 true; :0 or nil false */
	RC_REPLY_LONG,
	RC_REPLY_DOUBLE,   /* bulk "1.5" -> 1.5; nil false */
	RC_REPLY_VALUE,    /* bulk unserialized; nil false */
	RC_REPLY_STRING,   /* bulk as is; nil false */
	RC_REPLY_VALUES,   /* array of unserialized values */
	RC_REPLY_STRINGS,  /* array of strings as they are */
	RC_REPLY_HASH,     /* field, value, ... -> [field => unserialized value] */
	RC_REPLY_SCORES,   /* member, score, ... -> [unserialized member => float score] */
	RC_REPLY_TYPE,     /* +string -> RedisCluster::REDIS_STRING ... */
	RC_REPLY_INFO,     /* INFO text -> [name => value] */
	RC_REPLY_PING,     /* +PONG true; a bulk echo as is */
	/* Streams and geo */
	RC_REPLY_XRANGE,     /* [[id, [f, v, ...]], ...] -> [id => [f => unserialized v]] */
	RC_REPLY_XREAD,      /* [[stream, entries], ...] -> [stream => XRANGE shape]; nil [] */
	RC_REPLY_XCLAIM,     /* ids (JUSTID) as a list, or entries in the XRANGE shape */
	RC_REPLY_XAUTOCLAIM, /* [next id, XCLAIM shape, deleted ids] */
	RC_REPLY_XPENDING,   /* as read, nested; the summary's nil consumer list [] */
	RC_REPLY_XINFO,      /* name, value, ... -> [name => value], nested the same way */
	RC_REPLY_GEOPOS,     /* [[lng, lat] as strings, ...]; a missing member [] */
	RC_REPLY_GEOHASH,    /* strings; a missing member false */
	RC_REPLY_GEOSEARCH,  /* members; with WITH* options [member => [dist, hash, [lng, lat]]] */
	RC_REPLY_POP,      /* blpop, bzpopmin: [key, value(, score)], values unserialized; nil (timed out) [] */
	RC_REPLY_ADDR,     /* [host, port] as read; nil [] (SENTINEL GET-MASTER-ADDR-BY-NAME) */
	RC_REPLY_MPOP,     /* lmpop: [key, [value, ...]]; nil false (null under OPT_NULL_MULTIBULK_AS_NULL) */
	RC_REPLY_ZMPOP,    /* zmpop: [key, [member => score]]; nil as lmpop */
	RC_REPLY_DOUBLES,  /* array of scores as floats, nil elements false (zmscore) */
	RC_REPLY_MAP,      /* name, value, ... -> [name => value as read] (ACL GETUSER) */
	RC_REPLY_MAPS,     /* a list of name, value, ... arrays -> a list of maps (ACL LOG) */
	RC_REPLY_CLIENTS,  /* CLIENT LIST text -> a list of [field => value], numbers as ints */
} rc_reply_kind;

/* Turns a reply into the method's return value. */
void rc_reply_shape(const rc_codec *codec, rc_reply_kind kind, zval *reply, int type, zval *return_value);
/* One element of a reply as a value: a string unserialized (OPT_SERIALIZER), nil false. */
void rc_reply_value(const rc_codec *codec, zval *elem, zval *out);

#endif
