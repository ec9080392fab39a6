/* The command table: one row per RedisCluster method that sends one command, naming the
 * Redis command, its arguments (a format, or a builder where they are special), whether
 * it only reads, and the shape of its reply. Multi-key commands split by slot live here
 * too. Nothing here touches the network: requests go to the engine. */
#ifndef RC_COMMANDS_H
#define RC_COMMANDS_H

#include "php.h"
#include "cluster_library.h"

/* How keys and values are written and read back: OPT_PREFIX and OPT_SERIALIZER. */
typedef struct rc_codec {
	zend_long serializer;
	zend_string *prefix;
	bool reply_literal;      /* OPT_REPLY_LITERAL: status replies as strings, not true */
	bool null_multibulk;     /* OPT_NULL_MULTIBULK_AS_NULL: a nil array is null, not false */
} rc_codec;

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
} rc_reply_kind;

#define RC_CMD_READONLY 1

/* What a builder works on: it adds a method's arguments to req (after the command name)
 * and may change the reply shape. On bad arguments it raises the PHP error and returns
 * false. */
typedef struct rc_build {
	rc_cluster *c;
	const rc_codec *codec;
	rc_req *req;
	rc_reply_kind *reply;
} rc_build;

typedef bool (*rc_builder)(rc_build *b, zval *args, uint32_t argc);

typedef struct rc_command {
	const char *name;
	/* Argument format: k key, v value (serialized), s string, S nullable string (left out
	 * when null), l integer, d float, b bool (1/0), a key_or_address (routes, not sent);
	 * '|' starts the optional ones, a trailing '*' repeats the last letter zero or more
	 * times, '+' one or more. */
	const char *format;
	rc_builder builder;
	uint8_t flags;
	rc_reply_kind reply;
} rc_command;

typedef enum {
	RC_GET, RC_SET, RC_SETEX, RC_PSETEX, RC_SETNX, RC_GETSET, RC_APPEND,
	RC_INCR, RC_INCRBY, RC_INCRBYFLOAT, RC_DECR, RC_DECRBY, RC_STRLEN,
	RC_GETRANGE, RC_SETRANGE, RC_GETBIT, RC_SETBIT,
	RC_EXPIRE, RC_PEXPIRE, RC_EXPIREAT, RC_PEXPIREAT, RC_TTL, RC_PTTL, RC_PERSIST, RC_TYPE,
	RC_RENAME, RC_RENAMENX, RC_DUMP, RC_RESTORE,
	RC_HSET, RC_HSETNX, RC_HGET, RC_HMSET, RC_HMGET, RC_HGETALL, RC_HDEL, RC_HEXISTS,
	RC_HLEN, RC_HINCRBY, RC_HINCRBYFLOAT, RC_HKEYS, RC_HVALS,
	RC_LPUSH, RC_RPUSH, RC_LPOP, RC_RPOP, RC_LRANGE, RC_LLEN, RC_LINDEX, RC_LREM, RC_LTRIM,
	RC_SADD, RC_SREM, RC_SMEMBERS, RC_SISMEMBER, RC_SCARD,
	RC_ZADD, RC_ZRANGE, RC_ZSCORE, RC_ZREM, RC_ZCARD, RC_ZINCRBY, RC_ZRANGEBYSCORE,
	RC_EVAL, RC_EVALSHA, RC_RAWCOMMAND,
	RC_PING, RC_ECHO, RC_INFO, RC_DBSIZE, RC_FLUSHDB, RC_FLUSHALL, RC_TIME,
	RC_LPUSHX, RC_RPUSHX, RC_LSET, RC_LINSERT, RC_LGET, RC_RPOPLPUSH, RC_LMOVE,
	RC_SPOP, RC_SRANDMEMBER, RC_SMOVE, RC_SDIFF, RC_SINTER, RC_SUNION, RC_SDIFFSTORE, RC_SINTERSTORE, RC_SUNIONSTORE,
	RC_ZCOUNT, RC_ZLEXCOUNT, RC_ZRANK, RC_ZREVRANK, RC_ZREMRANGEBYSCORE, RC_ZREMRANGEBYRANK, RC_ZREMRANGEBYLEX,
	RC_ZREVRANGE, RC_ZREVRANGEBYSCORE, RC_ZRANGEBYLEX, RC_ZPOPMIN, RC_ZPOPMAX,
	RC_HSTRLEN, RC_PFADD, RC_PFCOUNT, RC_PFMERGE, RC_EXPIRETIME, RC_PEXPIRETIME, RC_EVAL_RO, RC_EVALSHA_RO,
	RC_LASTSAVE, RC_ROLE, RC_RANDOMKEY,
	RC_COMMAND_COUNT
} rc_command_id;

extern const rc_command rc_commands[RC_COMMAND_COUNT];

/* Fills req (created with the command's name) from the PHP arguments. False when the
 * arguments are refused: with an exception thrown, or (as phpredis does for some) with a
 * warning, the method then returning false. */
bool rc_command_build(const rc_command *cmd, rc_cluster *c, const rc_codec *codec, rc_req *req, zval *args,
	uint32_t argc, rc_reply_kind *reply);

/* Turns a reply into the method's return value. */
void rc_reply_shape(const rc_codec *codec, rc_reply_kind kind, zval *reply, int type, zval *return_value);

/* Keys and values. */
/* Appends a key (with OPT_PREFIX); when `routes`, the request goes to the key's slot. */
void rc_codec_key(const rc_codec *codec, rc_req *req, const char *key, size_t len, bool routes);
uint16_t rc_codec_slot(const rc_codec *codec, const char *key, size_t len);
void rc_codec_value(const rc_codec *codec, rc_cmd *cmd, zval *value);
zend_string *rc_codec_serialize(const rc_codec *codec, zval *value);
/* Unserializes into out; a value that does not unserialize is returned as the string. */
void rc_codec_unserialize(const rc_codec *codec, const char *str, size_t len, zval *out);
bool rc_codec_serializer_valid(zend_long serializer);

/* Multi-key commands split by slot: MGET, MSET, DEL, UNLINK, EXISTS, TOUCH. */
typedef enum { RC_SPLIT_MGET, RC_SPLIT_MSET, RC_SPLIT_SUM } rc_split_kind;

typedef struct rc_split {
	rc_req *reqs;
	uint32_t count;
	uint32_t *key_req; /* per key of the call, in its order: the request holding it */
	uint32_t *key_pos; /* and its position in that request's reply (MGET) */
	uint32_t keys;
} rc_split;

/* Builds one request per slot from `keys` (a list of keys, or for MSET key => value). */
void rc_split_build(rc_split *split, const rc_codec *codec, const char *name, size_t len, HashTable *keys,
	rc_split_kind kind);
void rc_split_shape(rc_split *split, const rc_codec *codec, rc_split_kind kind, zval *return_value,
	zend_string **last_error);
void rc_split_free(rc_split *split);

#endif
