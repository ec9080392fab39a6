/* The command list: one line per command, from which commands.h makes the enum,
 * commands.c the table's rows and redis_cluster.c the one-line methods. No include guard:
 * it is included once per use, with RC_CMD and RC_CMD_OWN defined.
 *
 *   RC_CMD(ID, method, "NAME", format, builder, flags, reply)
 *     ID       RC_<ID> in the enum
 *     method   the RedisCluster method, made here as a one-liner (RC_CMD_OWN: the
 *              class writes the method itself, around the same row)
 *     "NAME"   the Redis command
 *     format   the argument format (commands.h), or NULL when a builder reads them
 *     builder  NULL, or the rc_build_* function (builders.h) that reads the arguments
 *     flags    0 or RO (read-only: may go to a replica, may be retried)
 *     reply    the rc_reply_kind, without RC_REPLY_
 */


/* Strings */
RC_CMD(GET, get, "GET", "k", NULL, RO, VALUE)
RC_CMD(SET, set, "SET", NULL, rc_build_set, 0, BOOL)
RC_CMD(SETEX, setex, "SETEX", "klv", NULL, 0, BOOL)
RC_CMD(PSETEX, psetex, "PSETEX", "klv", NULL, 0, BOOL)
RC_CMD(SETNX, setnx, "SETNX", "kv", NULL, 0, BOOL)
RC_CMD(GETSET, getset, "GETSET", "kv", NULL, 0, VALUE)
RC_CMD(APPEND, append, "APPEND", "kv", NULL, 0, LONG)
RC_CMD(INCR, incr, "INCR", NULL, rc_build_incr, 0, LONG)
RC_CMD(INCRBY, incrby, "INCRBY", "kl", NULL, 0, LONG)
RC_CMD(INCRBYFLOAT, incrbyfloat, "INCRBYFLOAT", "kd", NULL, 0, DOUBLE)
RC_CMD(DECR, decr, "DECR", NULL, rc_build_decr, 0, LONG)
RC_CMD(DECRBY, decrby, "DECRBY", "kl", NULL, 0, LONG)
RC_CMD(STRLEN, strlen, "STRLEN", "k", NULL, RO, LONG)
RC_CMD(GETRANGE, getrange, "GETRANGE", "kll", NULL, RO, STRING)
RC_CMD(SETRANGE, setrange, "SETRANGE", "kls", NULL, 0, LONG)
RC_CMD(GETBIT, getbit, "GETBIT", "kl", NULL, RO, LONG)
RC_CMD(SETBIT, setbit, "SETBIT", "klb", NULL, 0, LONG)

/* Keys */
RC_CMD(EXPIRE, expire, "EXPIRE", "kl|S", NULL, 0, BOOL)
RC_CMD(PEXPIRE, pexpire, "PEXPIRE", "kl|S", NULL, 0, BOOL)
RC_CMD(EXPIREAT, expireat, "EXPIREAT", "kl|S", NULL, 0, BOOL)
RC_CMD(PEXPIREAT, pexpireat, "PEXPIREAT", "kl|S", NULL, 0, BOOL)
RC_CMD(TTL, ttl, "TTL", "k", NULL, RO, LONG)
RC_CMD(PTTL, pttl, "PTTL", "k", NULL, RO, LONG)
RC_CMD(PERSIST, persist, "PERSIST", "k", NULL, 0, BOOL)
RC_CMD(TYPE, type, "TYPE", "k", NULL, RO, TYPE)
RC_CMD(RENAME, rename, "RENAME", "kk", NULL, 0, BOOL)
RC_CMD(RENAMENX, renamenx, "RENAMENX", "kk", NULL, 0, BOOL)
RC_CMD(DUMP, dump, "DUMP", "k", NULL, RO, STRING)
RC_CMD(RESTORE, restore, "RESTORE", NULL, rc_build_restore, 0, BOOL)
RC_CMD(EXPIRETIME, expiretime, "EXPIRETIME", "k", NULL, RO, LONG)
RC_CMD(PEXPIRETIME, pexpiretime, "PEXPIRETIME", "k", NULL, RO, LONG)

/* Hashes */
RC_CMD(HSET, hset, "HSET", "ksv", NULL, 0, LONG)
RC_CMD(HSETNX, hsetnx, "HSETNX", "ksv", NULL, 0, BOOL)
RC_CMD(HGET, hget, "HGET", "ks", NULL, RO, VALUE)
RC_CMD(HMSET, hmset, "HMSET", NULL, rc_build_hmset, 0, BOOL)
RC_CMD_OWN(HMGET, hmget, "HMGET", NULL, rc_build_hmget, RO, VALUES)
RC_CMD(HGETALL, hgetall, "HGETALL", "k", NULL, RO, HASH)
RC_CMD(HDEL, hdel, "HDEL", "ks+", NULL, 0, LONG)
RC_CMD(HEXISTS, hexists, "HEXISTS", "ks", NULL, RO, BOOL)
RC_CMD(HLEN, hlen, "HLEN", "k", NULL, RO, LONG)
RC_CMD(HINCRBY, hincrby, "HINCRBY", "ksl", NULL, 0, LONG)
RC_CMD(HINCRBYFLOAT, hincrbyfloat, "HINCRBYFLOAT", "ksd", NULL, 0, DOUBLE)
RC_CMD(HKEYS, hkeys, "HKEYS", "k", NULL, RO, STRINGS)
RC_CMD(HVALS, hvals, "HVALS", "k", NULL, RO, VALUES)
RC_CMD(HSTRLEN, hstrlen, "HSTRLEN", "ks", NULL, RO, LONG)

/* Lists */
RC_CMD(LPUSH, lpush, "LPUSH", "kv+", NULL, 0, LONG)
RC_CMD(RPUSH, rpush, "RPUSH", "kv*", NULL, 0, LONG)
RC_CMD(LPOP, lpop, "LPOP", NULL, rc_build_pop, 0, VALUE)
RC_CMD(RPOP, rpop, "RPOP", NULL, rc_build_pop, 0, VALUE)
RC_CMD(LRANGE, lrange, "LRANGE", "kll", NULL, RO, VALUES)
RC_CMD(LLEN, llen, "LLEN", "k", NULL, RO, LONG)
RC_CMD(LINDEX, lindex, "LINDEX", "kl", NULL, RO, VALUE)
RC_CMD(LREM, lrem, "LREM", NULL, rc_build_lrem, 0, LONG)
RC_CMD(LTRIM, ltrim, "LTRIM", "kll", NULL, 0, BOOL)
RC_CMD(LPUSHX, lpushx, "LPUSHX", "kv", NULL, 0, LONG)
RC_CMD(RPUSHX, rpushx, "RPUSHX", "kv", NULL, 0, LONG)
RC_CMD(LSET, lset, "LSET", "klv", NULL, 0, BOOL)
RC_CMD(LINSERT, linsert, "LINSERT", NULL, rc_build_linsert, 0, LONG)
RC_CMD(LGET, lget, "LINDEX", "kl", NULL, RO, VALUE)
RC_CMD(RPOPLPUSH, rpoplpush, "RPOPLPUSH", "kk", NULL, 0, VALUE)
RC_CMD(LMOVE, lmove, "LMOVE", NULL, rc_build_lmove, 0, VALUE)

/* Sets */
RC_CMD(SADD, sadd, "SADD", "kv+", NULL, 0, LONG)
RC_CMD(SREM, srem, "SREM", "kv+", NULL, 0, LONG)
RC_CMD(SMEMBERS, smembers, "SMEMBERS", "k", NULL, RO, VALUES)
RC_CMD(SISMEMBER, sismember, "SISMEMBER", "kv", NULL, RO, BOOL)
RC_CMD(SCARD, scard, "SCARD", "k", NULL, RO, LONG)
RC_CMD(SPOP, spop, "SPOP", NULL, rc_build_count, 0, VALUE)
RC_CMD(SRANDMEMBER, srandmember, "SRANDMEMBER", NULL, rc_build_count, RO, VALUE)
RC_CMD(SMOVE, smove, "SMOVE", "kkv", NULL, 0, BOOL)
RC_CMD(SDIFF, sdiff, "SDIFF", NULL, rc_build_keys, RO, VALUES)
RC_CMD(SINTER, sinter, "SINTER", NULL, rc_build_keys, RO, VALUES)
RC_CMD(SUNION, sunion, "SUNION", NULL, rc_build_keys, RO, VALUES)
RC_CMD(SDIFFSTORE, sdiffstore, "SDIFFSTORE", NULL, rc_build_keys, 0, LONG)
RC_CMD(SINTERSTORE, sinterstore, "SINTERSTORE", NULL, rc_build_keys, 0, LONG)
RC_CMD(SUNIONSTORE, sunionstore, "SUNIONSTORE", NULL, rc_build_keys, 0, LONG)

/* Sorted sets */
RC_CMD(ZADD, zadd, "ZADD", NULL, rc_build_zadd, 0, LONG)
RC_CMD(ZRANGE, zrange, "ZRANGE", NULL, rc_build_zrange, RO, VALUES)
RC_CMD(ZSCORE, zscore, "ZSCORE", "kv", NULL, RO, DOUBLE)
RC_CMD(ZREM, zrem, "ZREM", "kv+", NULL, 0, LONG)
RC_CMD(ZCARD, zcard, "ZCARD", "k", NULL, RO, LONG)
RC_CMD(ZINCRBY, zincrby, "ZINCRBY", "kdv", NULL, 0, DOUBLE)
RC_CMD(ZRANGEBYSCORE, zrangebyscore, "ZRANGEBYSCORE", NULL, rc_build_zrangebyscore, RO, VALUES)
RC_CMD(ZCOUNT, zcount, "ZCOUNT", "kss", NULL, RO, LONG)
RC_CMD(ZLEXCOUNT, zlexcount, "ZLEXCOUNT", NULL, rc_build_lex, RO, LONG)
RC_CMD(ZRANK, zrank, "ZRANK", "kv", NULL, RO, LONG)
RC_CMD(ZREVRANK, zrevrank, "ZREVRANK", "kv", NULL, RO, LONG)
RC_CMD(ZREMRANGEBYSCORE, zremrangebyscore, "ZREMRANGEBYSCORE", "kss", NULL, 0, LONG)
RC_CMD(ZREMRANGEBYRANK, zremrangebyrank, "ZREMRANGEBYRANK", "kss", NULL, 0, LONG)
RC_CMD(ZREMRANGEBYLEX, zremrangebylex, "ZREMRANGEBYLEX", NULL, rc_build_lex, 0, LONG)
RC_CMD(ZREVRANGE, zrevrange, "ZREVRANGE", NULL, rc_build_zrevrange, RO, VALUES)
RC_CMD(ZREVRANGEBYSCORE, zrevrangebyscore, "ZREVRANGEBYSCORE", NULL, rc_build_zrangebyscore, RO, VALUES)
RC_CMD(ZRANGEBYLEX, zrangebylex, "ZRANGEBYLEX", NULL, rc_build_zrangebylex, RO, VALUES)
RC_CMD(ZPOPMIN, zpopmin, "ZPOPMIN", NULL, rc_build_zpop, 0, SCORES)
RC_CMD(ZPOPMAX, zpopmax, "ZPOPMAX", NULL, rc_build_zpop, 0, SCORES)

/* HyperLogLog */
RC_CMD(PFADD, pfadd, "PFADD", NULL, rc_build_pfadd, 0, BOOL)
RC_CMD(PFCOUNT, pfcount, "PFCOUNT", NULL, rc_build_keys, RO, LONG)
RC_CMD(PFMERGE, pfmerge, "PFMERGE", NULL, rc_build_pfmerge, 0, BOOL)

/* Scripting */
RC_CMD(EVAL, eval, "EVAL", NULL, rc_build_eval, 0, RAW)
RC_CMD(EVALSHA, evalsha, "EVALSHA", NULL, rc_build_eval, 0, RAW)
RC_CMD(EVAL_RO, eval_ro, "EVAL_RO", NULL, rc_build_eval, RO, RAW)
RC_CMD(EVALSHA_RO, evalsha_ro, "EVALSHA_RO", NULL, rc_build_eval, RO, RAW)

/* Server and directed-node commands */
RC_CMD(RAWCOMMAND, rawcommand, "RAWCOMMAND", NULL, rc_build_rawcommand, 0, RAW)
RC_CMD(PING, ping, "PING", "a|S", NULL, RO, PING)
RC_CMD(ECHO, echo, "ECHO", "as", NULL, RO, STRING)
RC_CMD(INFO, info, "INFO", "as*", NULL, RO, INFO)
RC_CMD(DBSIZE, dbsize, "DBSIZE", "a", NULL, RO, LONG)
RC_CMD(FLUSHDB, flushdb, "FLUSHDB", NULL, rc_build_flush, 0, BOOL)
RC_CMD(FLUSHALL, flushall, "FLUSHALL", NULL, rc_build_flush, 0, BOOL)
RC_CMD(TIME, time, "TIME", "a", NULL, RO, STRINGS)
RC_CMD(LASTSAVE, lastsave, "LASTSAVE", "a", NULL, RO, LONG)
RC_CMD(ROLE, role, "ROLE", "a", NULL, RO, RAW)
RC_CMD(RANDOMKEY, randomkey, "RANDOMKEY", "a", NULL, RO, STRING)

/* Streams */
RC_CMD(XADD, xadd, "XADD", NULL, rc_build_xadd, 0, STRING)
RC_CMD(XRANGE, xrange, "XRANGE", NULL, rc_build_xrange, RO, XRANGE)
RC_CMD(XREVRANGE, xrevrange, "XREVRANGE", NULL, rc_build_xrange, RO, XRANGE)
RC_CMD(XLEN, xlen, "XLEN", "k", NULL, RO, LONG)
RC_CMD(XDEL, xdel, "XDEL", NULL, rc_build_xdel, 0, LONG)
RC_CMD(XTRIM, xtrim, "XTRIM", NULL, rc_build_xtrim, 0, LONG)
RC_CMD(XREAD, xread, "XREAD", NULL, rc_build_xread, RO, XREAD)
RC_CMD(XREADGROUP, xreadgroup, "XREADGROUP", NULL, rc_build_xreadgroup, 0, XREAD)
RC_CMD(XGROUP, xgroup, "XGROUP", NULL, rc_build_xgroup, 0, RAW)
RC_CMD(XACK, xack, "XACK", NULL, rc_build_xack, 0, LONG)
RC_CMD(XPENDING, xpending, "XPENDING", NULL, rc_build_xpending, RO, XPENDING)
RC_CMD(XCLAIM, xclaim, "XCLAIM", NULL, rc_build_xclaim, 0, XCLAIM)
RC_CMD(XAUTOCLAIM, xautoclaim, "XAUTOCLAIM", NULL, rc_build_xautoclaim, 0, XAUTOCLAIM)
RC_CMD(XINFO, xinfo, "XINFO", NULL, rc_build_xinfo, RO, XINFO)

/* Geo */
RC_CMD(GEOADD, geoadd, "GEOADD", NULL, rc_build_geoadd, 0, LONG)
RC_CMD(GEODIST, geodist, "GEODIST", "kss|S", NULL, RO, DOUBLE)
RC_CMD(GEOHASH, geohash, "GEOHASH", "ks+", NULL, RO, GEOHASH)
RC_CMD(GEOPOS, geopos, "GEOPOS", "ks+", NULL, RO, GEOPOS)
RC_CMD(GEORADIUS, georadius, "GEORADIUS", NULL, rc_build_georadius, 0, RAW)
RC_CMD(GEORADIUS_RO, georadius_ro, "GEORADIUS_RO", NULL, rc_build_georadius, RO, RAW)
RC_CMD(GEORADIUSBYMEMBER, georadiusbymember, "GEORADIUSBYMEMBER", NULL, rc_build_georadiusbymember, 0, RAW)
RC_CMD(GEORADIUSBYMEMBER_RO, georadiusbymember_ro, "GEORADIUSBYMEMBER_RO", NULL, rc_build_georadiusbymember, RO, RAW)
RC_CMD(GEOSEARCH, geosearch, "GEOSEARCH", NULL, rc_build_geosearch, RO, GEOSEARCH)
RC_CMD(GEOSEARCHSTORE, geosearchstore, "GEOSEARCHSTORE", NULL, rc_build_geosearchstore, 0, LONG)
