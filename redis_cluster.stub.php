<?php

/**
 * @generate-class-entries
 */

/** @not-serializable */
class RedisCluster
{
    /**
     * @var int
     * @cvalue RC_TYPE_NOT_FOUND
     */
    public const REDIS_NOT_FOUND = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_STRING
     */
    public const REDIS_STRING = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_SET
     */
    public const REDIS_SET = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_LIST
     */
    public const REDIS_LIST = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_ZSET
     */
    public const REDIS_ZSET = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_HASH
     */
    public const REDIS_HASH = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_TYPE_STREAM
     */
    public const REDIS_STREAM = UNKNOWN;

    /** @var int */
    public const ATOMIC = 0;
    /** @var int */
    public const MULTI = 1;
    /** @var int */
    public const PIPELINE = 2;

    /**
     * @var int
     * @cvalue RC_OPT_SERIALIZER
     */
    public const OPT_SERIALIZER = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_PREFIX
     */
    public const OPT_PREFIX = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_READ_TIMEOUT
     */
    public const OPT_READ_TIMEOUT = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_TCP_KEEPALIVE
     */
    public const OPT_TCP_KEEPALIVE = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_COMPRESSION
     */
    public const OPT_COMPRESSION = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_REPLY_LITERAL
     */
    public const OPT_REPLY_LITERAL = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_COMPRESSION_LEVEL
     */
    public const OPT_COMPRESSION_LEVEL = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_NULL_MULTIBULK_AS_NULL
     */
    public const OPT_NULL_MULTIBULK_AS_NULL = UNKNOWN;

    /**
     * @var int
     * @cvalue RC_SERIALIZER_NONE
     */
    public const SERIALIZER_NONE = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SERIALIZER_PHP
     */
    public const SERIALIZER_PHP = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SERIALIZER_IGBINARY
     */
    public const SERIALIZER_IGBINARY = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SERIALIZER_MSGPACK
     */
    public const SERIALIZER_MSGPACK = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SERIALIZER_JSON
     */
    public const SERIALIZER_JSON = UNKNOWN;

    /** @var int */
    public const COMPRESSION_NONE = 0;
    /** @var int */
    public const COMPRESSION_LZF = 1;
    /** @var int */
    public const COMPRESSION_ZSTD = 2;
    /** @var int */
    public const COMPRESSION_ZSTD_MIN = 1;
    /** @var int */
    public const COMPRESSION_ZSTD_DEFAULT = 3;
    /** @var int */
    public const COMPRESSION_ZSTD_MAX = 22;
    /** @var int */
    public const COMPRESSION_LZ4 = 3;

    /**
     * @var int
     * @cvalue RC_OPT_SCAN
     */
    public const OPT_SCAN = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SCAN_RETRY
     */
    public const SCAN_RETRY = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SCAN_NORETRY
     */
    public const SCAN_NORETRY = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SCAN_PREFIX
     */
    public const SCAN_PREFIX = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_SCAN_NOPREFIX
     */
    public const SCAN_NOPREFIX = UNKNOWN;

    /** @var string */
    public const AFTER = "after";
    /** @var string */
    public const BEFORE = "before";

    /**
     * @var int
     * @cvalue RC_OPT_SLAVE_FAILOVER
     */
    public const OPT_SLAVE_FAILOVER = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_FAILOVER_NONE
     */
    public const FAILOVER_NONE = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_FAILOVER_ERROR
     */
    public const FAILOVER_ERROR = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_FAILOVER_DISTRIBUTE
     */
    public const FAILOVER_DISTRIBUTE = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_FAILOVER_DISTRIBUTE_SLAVES
     */
    public const FAILOVER_DISTRIBUTE_SLAVES = UNKNOWN;

    /**
     * @var int
     * @cvalue RC_OPT_MAX_RETRIES
     */
    public const OPT_MAX_RETRIES = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_BACKOFF_ALGORITHM
     */
    public const OPT_BACKOFF_ALGORITHM = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_DEFAULT
     */
    public const BACKOFF_ALGORITHM_DEFAULT = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_CONSTANT
     */
    public const BACKOFF_ALGORITHM_CONSTANT = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_UNIFORM
     */
    public const BACKOFF_ALGORITHM_UNIFORM = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_EXPONENTIAL
     */
    public const BACKOFF_ALGORITHM_EXPONENTIAL = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_FULL_JITTER
     */
    public const BACKOFF_ALGORITHM_FULL_JITTER = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_EQUAL_JITTER
     */
    public const BACKOFF_ALGORITHM_EQUAL_JITTER = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_BACKOFF_DECORRELATED_JITTER
     */
    public const BACKOFF_ALGORITHM_DECORRELATED_JITTER = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_BACKOFF_BASE
     */
    public const OPT_BACKOFF_BASE = UNKNOWN;
    /**
     * @var int
     * @cvalue RC_OPT_BACKOFF_CAP
     */
    public const OPT_BACKOFF_CAP = UNKNOWN;

    public function __construct(
        string|null $name,
        ?array $seeds = null,
        int|float $timeout = 0,
        int|float $read_timeout = 0,
        bool $persistent = false,
        #[\SensitiveParameter] mixed $auth = null,
        ?array $context = null
    ) {}

    /* client state and introspection */

    public function _serialize(mixed $value): bool|string {}

    public function _unserialize(string $value): mixed {}

    public function _compress(string $value): string {}

    public function _uncompress(string $value): string {}

    public function _pack(mixed $value): string {}

    public function _unpack(string $value): mixed {}

    public function _prefix(string $key): bool|string {}

    public function _masters(): array {}

    public function _redir(): string|null {}

    public function clearlasterror(): bool {}

    public function close(): bool {}

    public function getlasterror(): string|null {}

    public function getmode(): int {}

    public function getoption(int $option): mixed {}

    public function setoption(int $option, mixed $value): bool {}

    public function gettransferredbytes(): array|false {}

    public function cleartransferredbytes(): void {}

    /* the slot cache (not in phpredis) */

    public function refreshSlots(): bool {}

    public static function getSlotCacheInfo(): array {}

    /* directed at one node: a key, or [host, port] */

    public function dbsize(string|array $key_or_address): RedisCluster|int {}

    public function echo(string|array $key_or_address, string $msg): RedisCluster|string|false {}

    public function flushall(string|array $key_or_address, bool $async = false): RedisCluster|bool {}

    public function flushdb(string|array $key_or_address, bool $async = false): RedisCluster|bool {}

    public function info(string|array $key_or_address, string ...$sections): RedisCluster|array|false {}

    public function lastsave(string|array $key_or_address): RedisCluster|int|false {}

    public function ping(string|array $key_or_address, ?string $message = null): mixed {}

    public function randomkey(string|array $key_or_address): RedisCluster|bool|string {}

    public function rawcommand(string|array $key_or_address, string $command, mixed ...$args): mixed {}

    public function role(string|array $key_or_address): mixed {}

    public function time(string|array $key_or_address): RedisCluster|bool|array {}

    public function acl(string|array $key_or_address, string $subcmd, string ...$args): mixed {}

    public function bgrewriteaof(string|array $key_or_address): RedisCluster|bool {}

    public function waitaof(string|array $key_or_address, int $numlocal, int $numreplicas, int $timeout): RedisCluster|array|false {}

    public function bgsave(string|array $key_or_address): RedisCluster|bool {}

    public function client(string|array $key_or_address, string $subcommand, ?string $arg = null): array|string|bool {}

    public function cluster(string|array $key_or_address, string $command, mixed ...$extra_args): mixed {}

    public function command(mixed ...$extra_args): mixed {}

    public function config(string|array $key_or_address, string $subcommand, mixed ...$extra_args): mixed {}

    public function save(string|array $key_or_address): RedisCluster|bool {}

    public function slowlog(string|array $key_or_address, mixed ...$args): mixed {}

    public function script(string|array $key_or_address, mixed ...$args): mixed {}

    /* strings */

    public function append(string $key, mixed $value): RedisCluster|bool|int {}

    public function decr(string $key, int $by = 1): RedisCluster|int|false {}

    public function decrby(string $key, int $value): RedisCluster|int|false {}

    public function get(string $key): mixed {}

    public function getbit(string $key, int $value): RedisCluster|int|false {}

    public function getrange(string $key, int $start, int $end): RedisCluster|string|false {}

    public function getset(string $key, mixed $value): RedisCluster|string|bool {}

    public function incr(string $key, int $by = 1): RedisCluster|int|false {}

    public function incrby(string $key, int $value): RedisCluster|int|false {}

    public function incrbyfloat(string $key, float $value): RedisCluster|float|false {}

    public function mget(array $keys): RedisCluster|array|false {}

    public function mset(array $key_values): RedisCluster|bool {}

    public function psetex(string $key, int $timeout, string $value): RedisCluster|bool {}

    public function set(string $key, mixed $value, mixed $options = null): RedisCluster|string|bool {}

    public function setbit(string $key, int $offset, bool $onoff): RedisCluster|int|false {}

    public function setex(string $key, int $expire, mixed $value): RedisCluster|bool {}

    public function setnx(string $key, mixed $value): RedisCluster|bool {}

    public function setrange(string $key, int $offset, string $value): RedisCluster|int|false {}

    public function strlen(string $key): RedisCluster|int|false {}

    public function decrbyfloat(string $key, float $value): float {}

    public function getex(string $key, array $options = []): RedisCluster|string|false {}

    public function lcs(string $key1, string $key2, ?array $options = null): RedisCluster|string|array|int|false {}

    public function msetnx(array $key_values): RedisCluster|array|false {}

    /* bits */

    public function bitcount(string $key, int $start = 0, int $end = -1, bool $bybit = false): RedisCluster|bool|int {}

    public function bitop(string $operation, string $deskey, string $srckey, string ...$otherkeys): RedisCluster|bool|int {}

    public function bitpos(string $key, bool $bit, int $start = 0, int $end = -1, bool $bybit = false): RedisCluster|int|false {}

    /* keys */

    public function del(array|string $key, string ...$other_keys): RedisCluster|int|false {}

    public function dump(string $key): RedisCluster|string|false {}

    public function exists(mixed $key, mixed ...$other_keys): RedisCluster|int|bool {}

    public function expire(string $key, int $timeout, ?string $mode = null): RedisCluster|bool {}

    public function expireat(string $key, int $timestamp, ?string $mode = null): RedisCluster|bool {}

    public function expiretime(string $key): RedisCluster|int|false {}

    public function persist(string $key): RedisCluster|bool {}

    public function pexpire(string $key, int $timeout, ?string $mode = null): RedisCluster|bool {}

    public function pexpireat(string $key, int $timestamp, ?string $mode = null): RedisCluster|bool {}

    public function pexpiretime(string $key): RedisCluster|int|false {}

    public function pttl(string $key): RedisCluster|int|false {}

    public function rename(string $key_src, string $key_dst): RedisCluster|bool {}

    public function renamenx(string $key, string $newkey): RedisCluster|bool {}

    public function restore(string $key, int $timeout, string $value, ?array $options = null): RedisCluster|bool {}

    public function touch(mixed $key, mixed ...$other_keys): RedisCluster|int|bool {}

    public function ttl(string $key): RedisCluster|int|false {}

    public function type(string $key): RedisCluster|int|false {}

    public function unlink(array|string $key, string ...$other_keys): RedisCluster|int|false {}

    public function copy(string $src, string $dst, ?array $options = null): RedisCluster|bool {}

    public function object(string $subcommand, string $key): RedisCluster|int|string|false {}

    public function sort(string $key, ?array $options = null): RedisCluster|array|bool|int|string {}

    public function sort_ro(string $key, ?array $options = null): RedisCluster|array|bool|int|string {}

    /* hashes */

    public function hdel(string $key, string $member, string ...$other_members): RedisCluster|int|false {}

    public function hexists(string $key, string $member): RedisCluster|bool {}

    public function hget(string $key, string $member): mixed {}

    public function hgetall(string $key): RedisCluster|array|false {}

    public function hincrby(string $key, string $member, int $value): RedisCluster|int|false {}

    public function hincrbyfloat(string $key, string $member, float $value): RedisCluster|float|false {}

    public function hkeys(string $key): RedisCluster|array|false {}

    public function hlen(string $key): RedisCluster|int|false {}

    public function hmget(string $key, array $keys): RedisCluster|array|false {}

    public function hmset(string $key, array $key_values): RedisCluster|bool {}

    public function hset(string $key, string $member, mixed $value): RedisCluster|int|false {}

    public function hsetnx(string $key, string $member, mixed $value): RedisCluster|bool {}

    public function hstrlen(string $key, string $field): RedisCluster|int|false {}

    public function hvals(string $key): RedisCluster|array|false {}

    public function hrandfield(string $key, ?array $options = null): RedisCluster|string|array {}

    /* lists */

    public function lget(string $key, int $index): RedisCluster|string|bool {}

    public function lindex(string $key, int $index): mixed {}

    public function linsert(string $key, string $pos, mixed $pivot, mixed $value): RedisCluster|int|false {}

    public function llen(string $key): RedisCluster|int|bool {}

    public function lpop(string $key, int $count = 0): RedisCluster|bool|string|array {}

    public function lmove(string $src, string $dst, string $wherefrom, string $whereto): RedisCluster|string|false {}

    public function blpop(string|array $key, string|float|int $timeout_or_key, mixed ...$extra_args): RedisCluster|array|null|false {}

    public function brpop(string|array $key, string|float|int $timeout_or_key, mixed ...$extra_args): RedisCluster|array|null|false {}

    public function brpoplpush(string $srckey, string $deskey, int $timeout): mixed {}

    public function blmove(string $src, string $dst, string $wherefrom, string $whereto, float $timeout): RedisCluster|string|false {}

    public function blmpop(float $timeout, array $keys, string $from, int $count = 1): RedisCluster|array|null|false {}

    public function lmpop(array $keys, string $from, int $count = 1): RedisCluster|array|null|false {}

    public function lpush(string $key, mixed $value, mixed ...$other_values): RedisCluster|int|bool {}

    public function lpushx(string $key, mixed $value): RedisCluster|int|bool {}

    public function lrange(string $key, int $start, int $end): RedisCluster|array|false {}

    public function lrem(string $key, mixed $value, int $count = 0): RedisCluster|int|bool {}

    public function lset(string $key, int $index, mixed $value): RedisCluster|bool {}

    public function ltrim(string $key, int $start, int $end): RedisCluster|bool {}

    public function rpop(string $key, int $count = 0): RedisCluster|bool|string|array {}

    public function rpoplpush(string $src, string $dst): RedisCluster|bool|string {}

    public function rpush(string $key, mixed ...$elements): RedisCluster|int|false {}

    public function rpushx(string $key, string $value): RedisCluster|bool|int {}

    public function lpos(string $key, mixed $value, ?array $options = null): RedisCluster|null|bool|int|array {}

    /* sets */

    public function sadd(string $key, mixed $value, mixed ...$other_values): RedisCluster|int|false {}

    public function scard(string $key): RedisCluster|int|false {}

    public function sdiff(array|string $key, string ...$other_keys): RedisCluster|array|false {}

    public function sdiffstore(array|string $dst, string ...$keys): RedisCluster|int|false {}

    public function sinter(array|string $key, string ...$other_keys): RedisCluster|array|false {}

    public function sinterstore(array|string $key, string ...$other_keys): RedisCluster|int|false {}

    public function sismember(string $key, mixed $value): RedisCluster|bool {}

    public function smembers(string $key): RedisCluster|array|false {}

    public function smove(string $src, string $dst, string $member): RedisCluster|bool {}

    public function spop(string $key, int $count = 0): RedisCluster|string|array|false {}

    public function srandmember(string $key, int $count = 0): RedisCluster|string|array|false {}

    public function srem(string $key, mixed $value, mixed ...$other_values): RedisCluster|int|false {}

    public function sunion(array|string $key, string ...$other_keys): RedisCluster|bool|array {}

    public function sunionstore(array|string $dst, string ...$keys): RedisCluster|int|false {}

    public function saddarray(string $key, array $values): RedisCluster|bool|int {}

    public function sintercard(array $keys, int $limit = -1): RedisCluster|int|false {}

    public function smismember(string $key, string $member, string ...$other_members): RedisCluster|array|false {}

    /* sorted sets */

    public function zadd(string $key, array|float $score_or_options, mixed ...$more_scores_and_mems): RedisCluster|int|float|false {}

    public function zcard(string $key): RedisCluster|int|false {}

    public function zcount(string $key, string $start, string $end): RedisCluster|int|false {}

    public function zincrby(string $key, float $value, string $member): RedisCluster|float|false {}

    public function zlexcount(string $key, string $min, string $max): RedisCluster|int|false {}

    public function zpopmax(string $key, ?int $value = null): RedisCluster|bool|array {}

    public function bzpopmax(string|array $key, string|int $timeout_or_key, mixed ...$extra_args): array {}

    public function bzpopmin(string|array $key, string|int $timeout_or_key, mixed ...$extra_args): array {}

    public function bzmpop(float $timeout, array $keys, string $from, int $count = 1): RedisCluster|array|null|false {}

    public function zmpop(array $keys, string $from, int $count = 1): RedisCluster|array|null|false {}

    public function zpopmin(string $key, ?int $value = null): RedisCluster|bool|array {}

    public function zrange(string $key, mixed $start, mixed $end, array|bool|null $options = null): RedisCluster|array|bool {}

    public function zrangebylex(string $key, string $min, string $max, int $offset = -1, int $count = -1): RedisCluster|array|false {}

    public function zrangebyscore(string $key, string $start, string $end, array $options = []): RedisCluster|array|false {}

    public function zrank(string $key, mixed $member): RedisCluster|int|false {}

    public function zrem(string $key, string $value, string ...$other_values): RedisCluster|int|false {}

    public function zremrangebylex(string $key, string $min, string $max): RedisCluster|int|false {}

    public function zremrangebyrank(string $key, string $min, string $max): RedisCluster|int|false {}

    public function zremrangebyscore(string $key, string $min, string $max): RedisCluster|int|false {}

    public function zrevrange(string $key, string $min, string $max, array|bool|null $options = null): RedisCluster|bool|array {}

    public function zrevrangebyscore(string $key, string $min, string $max, ?array $options = null): RedisCluster|bool|array {}

    public function zrevrank(string $key, mixed $member): RedisCluster|int|false {}

    public function zscore(string $key, mixed $member): RedisCluster|float|false {}

    public function zinterstore(string $dst, array $keys, ?array $weights = null, ?string $aggregate = null): RedisCluster|int|false {}

    public function zintercard(array $keys, int $limit = -1): RedisCluster|int|false {}

    public function zrangestore(string $dstkey, string $srckey, int $start, int $end, array|bool|null $options = null): RedisCluster|int|false {}

    public function zrandmember(string $key, ?array $options = null): RedisCluster|string|array {}

    public function zrevrangebylex(string $key, string $min, string $max, int $offset = -1, int $count = -1): RedisCluster|bool|array {}

    public function zmscore(string $key, mixed $member, mixed ...$other_members): RedisCluster|array|false {}

    public function zunionstore(string $dst, array $keys, ?array $weights = null, ?string $aggregate = null): RedisCluster|int|false {}

    public function zinter(array $keys, ?array $weights = null, ?array $options = null): RedisCluster|array|false {}

    public function zdiffstore(string $dst, array $keys): RedisCluster|int|false {}

    public function zunion(array $keys, ?array $weights = null, ?array $options = null): RedisCluster|array|false {}

    public function zdiff(array $keys, ?array $options = null): RedisCluster|array|false {}

    /* scripting */

    public function eval(string $script, array $args = [], int $num_keys = 0): mixed {}

    public function eval_ro(string $script, array $args = [], int $num_keys = 0): mixed {}

    public function evalsha(string $script_sha, array $args = [], int $num_keys = 0): mixed {}

    public function evalsha_ro(string $script_sha, array $args = [], int $num_keys = 0): mixed {}

    /* transactions */

    public function discard(): bool {}

    public function exec(): array|false {}

    public function multi(int $value = RedisCluster::MULTI): RedisCluster|bool {}

    /* not in phpredis's RedisCluster: one round trip per node for any batch */
    public function pipeline(): RedisCluster|bool {}

    public function unwatch(): bool {}

    public function watch(string $key, string ...$other_keys): RedisCluster|bool {}

    /* hyperloglog */

    public function pfadd(string $key, array $elements): RedisCluster|bool {}

    public function pfcount(array|string $key): RedisCluster|int|false {}

    public function pfmerge(string $key, array $keys): RedisCluster|bool {}
    /* streams */

    public function xack(string $key, string $group, array $ids): RedisCluster|int|false {}

    public function xadd(string $key, string $id, array $values, int $maxlen = 0, bool $approx = false): RedisCluster|string|false {}

    public function xautoclaim(string $key, string $group, string $consumer, int $min_idle, string $start, int $count = -1, bool $justid = false): RedisCluster|bool|array {}

    public function xclaim(string $key, string $group, string $consumer, int $min_iddle, array $ids, array $options): RedisCluster|string|array|false {}

    public function xdel(string $key, array $ids): RedisCluster|int|false {}

    public function xgroup(string $operation, ?string $key = null, ?string $group = null, ?string $id_or_consumer = null, bool $mkstream = false, int $entries_read = -2): mixed {}

    public function xinfo(string $operation, ?string $arg1 = null, ?string $arg2 = null, int $count = -1): mixed {}

    public function xlen(string $key): RedisCluster|int|false {}

    public function xpending(string $key, string $group, ?string $start = null, ?string $end = null, int $count = -1, ?string $consumer = null): RedisCluster|array|false {}

    public function xrange(string $key, string $start, string $end, int $count = -1): RedisCluster|bool|array {}

    public function xread(array $streams, int $count = -1, int $block = -1): RedisCluster|bool|array {}

    public function xreadgroup(string $group, string $consumer, array $streams, int $count = 1, int $block = 1): RedisCluster|bool|array {}

    public function xrevrange(string $key, string $start, string $end, int $count = -1): RedisCluster|bool|array {}

    public function xtrim(string $key, int $maxlen, bool $approx = false, bool $minid = false, int $limit = -1): RedisCluster|int|false {}
    /* geo */

    public function geoadd(string $key, float $lng, float $lat, string $member, mixed ...$other_triples_and_options): RedisCluster|int|false {}

    public function geodist(string $key, string $src, string $dest, ?string $unit = null): RedisCluster|float|false {}

    public function geohash(string $key, string $member, string ...$other_members): RedisCluster|array|false {}

    public function geopos(string $key, string $member, string ...$other_members): RedisCluster|array|false {}

    public function georadius(string $key, float $lng, float $lat, float $radius, string $unit, array $options = []): mixed {}

    public function georadius_ro(string $key, float $lng, float $lat, float $radius, string $unit, array $options = []): mixed {}

    public function georadiusbymember(string $key, string $member, float $radius, string $unit, array $options = []): mixed {}

    public function georadiusbymember_ro(string $key, string $member, float $radius, string $unit, array $options = []): mixed {}

    public function geosearch(string $key, array|string $position, array|int|float $shape, string $unit, array $options = []): RedisCluster|array {}

    public function geosearchstore(string $dst, string $src, array|string $position, array|int|float $shape, string $unit, array $options = []): RedisCluster|array|int|false {}

    /* scanning (OPT_SCAN: SCAN_RETRY, SCAN_PREFIX) */

    public function scan(null|int|string &$iterator, string|array $key_or_address, ?string $pattern = null, int $count = 0): bool|array {}

    public function hscan(string $key, null|int|string &$iterator, ?string $pattern = null, int $count = 0): array|bool {}

    public function sscan(string $key, null|int|string &$iterator, ?string $pattern = null, int $count = 0): array|false {}

    public function zscan(string $key, null|int|string &$iterator, ?string $pattern = null, int $count = 0): RedisCluster|bool|array {}

    public function keys(string $pattern): RedisCluster|array|false {}


    /* pub/sub (ssubscribe, sunsubscribe, spublish: not in phpredis) */

    public function subscribe(array $channels, callable $cb): void {}

    public function psubscribe(array $patterns, callable $callback): void {}

    public function ssubscribe(array $channels, callable $cb): void {}

    public function unsubscribe(array $channels): bool|array {}

    public function punsubscribe(string $pattern, string ...$other_patterns): bool|array {}

    public function sunsubscribe(array $channels): bool|array {}

    public function publish(string $channel, string $message): RedisCluster|bool|int {}

    public function spublish(string $channel, string $message): RedisCluster|bool|int {}

    public function pubsub(string|array $key_or_address, string ...$values): mixed {}

}

class RedisClusterException extends RuntimeException
{
    /**
     * When exec() of a pipeline fails: the replies read before the failure, in call
     * order, null for each command whose outcome is unknown. Null otherwise.
     */
    public ?array $replies = null;
}
