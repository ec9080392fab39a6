<?php

/**
 * @generate-class-entries
 */

/**
 * phpredis's single-server class. Its methods are RedisCluster's (the same command
 * table, engine and reply shapes: see docs/architecture.md); the engine runs them on one
 * server. The methods only this class has are in redis_single.c.
 *
 * @not-serializable
 */
class Redis
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
    public const LEFT = "left";
    /** @var string */
    public const RIGHT = "right";
    /** @var string */
    public const BEFORE = "before";
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

    public function __construct(?array $options = null) {}

    /** @return void */
    public function __destruct() {}

    /** @implementation-alias RedisCluster::_compress */
    public function _compress(string $value): string {}

    /** @implementation-alias RedisCluster::_pack */
    public function _pack(mixed $value): string {}

    /** @implementation-alias RedisCluster::_prefix */
    public function _prefix(string $key): string {}

    /** @implementation-alias RedisCluster::_serialize */
    public function _serialize(mixed $value): string {}

    /** @implementation-alias RedisCluster::_uncompress */
    public function _uncompress(string $value): string {}

    /** @implementation-alias RedisCluster::_unpack */
    public function _unpack(string $value): mixed {}

    /** @implementation-alias RedisCluster::_unserialize */
    public function _unserialize(string $value): mixed {}

    /** @implementation-alias RedisCluster::acl */
    public function acl(string $subcmd, string ...$args): mixed {}

    /** @implementation-alias RedisCluster::append */
    public function append(string $key, mixed $value): Redis|int|false {}

    public function auth(#[\SensitiveParameter] mixed $credentials): Redis|bool {}

    /** @implementation-alias RedisCluster::bgrewriteaof */
    public function bgrewriteaof(): Redis|bool {}

    /** @implementation-alias RedisCluster::bgsave */
    public function bgSave(): Redis|bool {}

    /** @implementation-alias RedisCluster::bitcount */
    public function bitcount(string $key, int $start = 0, int $end = -1, bool $bybit = false): Redis|int|false {}

    /** @implementation-alias RedisCluster::bitop */
    public function bitop(string $operation, string $deskey, string $srckey, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::bitpos */
    public function bitpos(string $key, bool $bit, int $start = 0, int $end = -1, bool $bybit = false): Redis|int|false {}

    /** @implementation-alias RedisCluster::blmove */
    public function blmove(string $src, string $dst, string $wherefrom, string $whereto, float $timeout): Redis|string|false {}

    /** @implementation-alias RedisCluster::blmpop */
    public function blmpop(float $timeout, array $keys, string $from, int $count = 1): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::blpop */
    public function blPop(array|string $key_or_keys, string|int|float $timeout_or_key, mixed ...$extra_args): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::brpop */
    public function brPop(array|string $key_or_keys, string|int|float $timeout_or_key, mixed ...$extra_args): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::brpoplpush */
    public function brpoplpush(string $src, string $dst, int|float $timeout): Redis|string|false {}

    /** @implementation-alias RedisCluster::bzmpop */
    public function bzmpop(float $timeout, array $keys, string $from, int $count = 1): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::bzpopmax */
    public function bzPopMax(array|string $key, string|int $timeout_or_key, mixed ...$extra_args): Redis|array|false {}

    /** @implementation-alias RedisCluster::bzpopmin */
    public function bzPopMin(array|string $key, string|int $timeout_or_key, mixed ...$extra_args): Redis|array|false {}

    /** @implementation-alias RedisCluster::clearlasterror */
    public function clearLastError(): bool {}

    /** @implementation-alias RedisCluster::cleartransferredbytes */
    public function clearTransferredBytes(): void {}

    /** @implementation-alias RedisCluster::client */
    public function client(string $opt, mixed ...$args): mixed {}

    /** @implementation-alias RedisCluster::close */
    public function close(): bool {}

    /** @implementation-alias RedisCluster::command */
    public function command(?string $opt = null, mixed ...$args): mixed {}

    /** @implementation-alias RedisCluster::config */
    public function config(string $operation, array|string|null $key_or_settings = null, ?string $value = null): mixed {}

    public function connect(string $host, int $port = 6379, float $timeout = 0, ?string $persistent_id = null, int $retry_interval = 0, float $read_timeout = 0, ?array $context = null): bool {}

    /** @implementation-alias RedisCluster::copy */
    public function copy(string $src, string $dst, ?array $options = null): Redis|bool {}

    /** @implementation-alias RedisCluster::dbsize */
    public function dbSize(): Redis|int|false {}

    /** @implementation-alias RedisCluster::debug */
    public function debug(string $key): Redis|string {}

    /** @implementation-alias RedisCluster::decr */
    public function decr(string $key, int $by = 1): Redis|int|false {}

    /** @implementation-alias RedisCluster::decrby */
    public function decrBy(string $key, int $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::del */
    public function del(array|string $key, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::del */
    public function delete(array|string $key, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::discard */
    public function discard(): Redis|bool {}

    /** @implementation-alias RedisCluster::dump */
    public function dump(string $key): Redis|string|false {}

    /** @implementation-alias RedisCluster::echo */
    public function echo(string $str): Redis|string|false {}

    /** @implementation-alias RedisCluster::eval */
    public function eval(string $script, array $args = [], int $num_keys = 0): mixed {}

    /** @implementation-alias RedisCluster::eval_ro */
    public function eval_ro(string $script_sha, array $args = [], int $num_keys = 0): mixed {}

    /** @implementation-alias RedisCluster::evalsha */
    public function evalsha(string $sha1, array $args = [], int $num_keys = 0): mixed {}

    /** @implementation-alias RedisCluster::evalsha_ro */
    public function evalsha_ro(string $sha1, array $args = [], int $num_keys = 0): mixed {}

    /** @implementation-alias RedisCluster::exec */
    public function exec(): Redis|array|false {}

    /** @implementation-alias RedisCluster::exists */
    public function exists(mixed $key, mixed ...$other_keys): Redis|int|bool {}

    /** @implementation-alias RedisCluster::expire */
    public function expire(string $key, int $timeout, ?string $mode = null): Redis|bool {}

    /** @implementation-alias RedisCluster::expireat */
    public function expireAt(string $key, int $timestamp, ?string $mode = null): Redis|bool {}

    /** @implementation-alias RedisCluster::expiretime */
    public function expiretime(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::failover */
    public function failover(?array $to = null, bool $abort = false, int $timeout = 0): Redis|bool {}

    /** @implementation-alias RedisCluster::fcall */
    public function fcall(string $fn, array $keys = [], array $args = []): mixed {}

    /** @implementation-alias RedisCluster::fcall_ro */
    public function fcall_ro(string $fn, array $keys = [], array $args = []): mixed {}

    /** @implementation-alias RedisCluster::flushall */
    public function flushAll(?bool $sync = null): Redis|bool {}

    /** @implementation-alias RedisCluster::flushdb */
    public function flushDB(?bool $sync = null): Redis|bool {}

    /** @implementation-alias RedisCluster::function */
    public function function(string $operation, mixed ...$args): Redis|array|string|bool {}

    /** @implementation-alias RedisCluster::geoadd */
    public function geoadd(string $key, float $lng, float $lat, string $member, mixed ...$other_triples_and_options): Redis|int|false {}

    /** @implementation-alias RedisCluster::geodist */
    public function geodist(string $key, string $src, string $dst, ?string $unit = null): Redis|float|false {}

    /** @implementation-alias RedisCluster::geohash */
    public function geohash(string $key, string $member, string ...$other_members): Redis|array|false {}

    /** @implementation-alias RedisCluster::geopos */
    public function geopos(string $key, string $member, string ...$other_members): Redis|array|false {}

    /** @implementation-alias RedisCluster::georadius */
    public function georadius(string $key, float $lng, float $lat, float $radius, string $unit, array $options = []): mixed {}

    /** @implementation-alias RedisCluster::georadius_ro */
    public function georadius_ro(string $key, float $lng, float $lat, float $radius, string $unit, array $options = []): mixed {}

    /** @implementation-alias RedisCluster::georadiusbymember */
    public function georadiusbymember(string $key, string $member, float $radius, string $unit, array $options = []): mixed {}

    /** @implementation-alias RedisCluster::georadiusbymember_ro */
    public function georadiusbymember_ro(string $key, string $member, float $radius, string $unit, array $options = []): mixed {}

    /** @implementation-alias RedisCluster::geosearch */
    public function geosearch(string $key, array|string $position, array|int|float $shape, string $unit, array $options = []): array {}

    /** @implementation-alias RedisCluster::geosearchstore */
    public function geosearchstore(string $dst, string $src, array|string $position, array|int|float $shape, string $unit, array $options = []): Redis|array|int|false {}

    /** @implementation-alias RedisCluster::get */
    public function get(string $key): mixed {}

    public function getAuth(): mixed {}

    /** @implementation-alias RedisCluster::getbit */
    public function getBit(string $key, int $idx): Redis|int|false {}

    public function getDBNum(): int {}

    /** @implementation-alias RedisCluster::getdel */
    public function getDel(string $key): Redis|string|bool {}

    /** @implementation-alias RedisCluster::getex */
    public function getEx(string $key, array $options = []): Redis|string|bool {}

    public function getHost(): string {}

    /** @implementation-alias RedisCluster::getlasterror */
    public function getLastError(): ?string {}

    /** @implementation-alias RedisCluster::getmode */
    public function getMode(): int {}

    /** @implementation-alias RedisCluster::getoption */
    public function getOption(int $option): mixed {}

    public function getPersistentID(): ?string {}

    public function getPort(): int {}

    /** @implementation-alias RedisCluster::getrange */
    public function getRange(string $key, int $start, int $end): Redis|string|false {}

    public function getReadTimeout(): float {}

    /** @implementation-alias RedisCluster::getset */
    public function getset(string $key, mixed $value): Redis|string|false {}

    public function getTimeout(): float|false {}

    /** @implementation-alias RedisCluster::gettransferredbytes */
    public function getTransferredBytes(): array {}

    /** @implementation-alias RedisCluster::hdel */
    public function hDel(string $key, string $field, string ...$other_fields): Redis|int|false {}

    /** @implementation-alias RedisCluster::hexists */
    public function hExists(string $key, string $field): Redis|bool {}

    /** @implementation-alias RedisCluster::hget */
    public function hGet(string $key, string $member): mixed {}

    /** @implementation-alias RedisCluster::hgetall */
    public function hGetAll(string $key): Redis|array|false {}

    /** @implementation-alias RedisCluster::hincrby */
    public function hIncrBy(string $key, string $field, int $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::hincrbyfloat */
    public function hIncrByFloat(string $key, string $field, float $value): Redis|float|false {}

    /** @implementation-alias RedisCluster::hkeys */
    public function hKeys(string $key): Redis|array|false {}

    /** @implementation-alias RedisCluster::hlen */
    public function hLen(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::hmget */
    public function hMget(string $key, array $fields): Redis|array|false {}

    /** @implementation-alias RedisCluster::hmset */
    public function hMset(string $key, array $fieldvals): Redis|bool {}

    /** @implementation-alias RedisCluster::hrandfield */
    public function hRandField(string $key, ?array $options = null): Redis|array|string|false {}

    /** @implementation-alias RedisCluster::hscan */
    public function hscan(string $key, string|int|null &$iterator, ?string $pattern = null, int $count = 0): Redis|array|bool {}

    /** @implementation-alias RedisCluster::hset */
    public function hSet(string $key, mixed ...$fields_and_vals): Redis|int|false {}

    /** @implementation-alias RedisCluster::hsetnx */
    public function hSetNx(string $key, string $field, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::hstrlen */
    public function hStrLen(string $key, string $field): Redis|int|false {}

    /** @implementation-alias RedisCluster::hvals */
    public function hVals(string $key): Redis|array|false {}

    /** @implementation-alias RedisCluster::incr */
    public function incr(string $key, int $by = 1): Redis|int|false {}

    /** @implementation-alias RedisCluster::incrby */
    public function incrBy(string $key, int $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::incrbyfloat */
    public function incrByFloat(string $key, float $value): Redis|float|false {}

    /** @implementation-alias RedisCluster::info */
    public function info(string ...$sections): Redis|array|false {}

    public function isConnected(): bool {}

    /**
     * @implementation-alias RedisCluster::keys
     * @return mixed
     */
    public function keys(string $pattern) {}

    /** @implementation-alias RedisCluster::lastsave */
    public function lastSave(): int {}

    /** @implementation-alias RedisCluster::lcs */
    public function lcs(string $key1, string $key2, ?array $options = null): Redis|array|string|int|false {}

    /** @implementation-alias RedisCluster::lindex */
    public function lindex(string $key, int $index): mixed {}

    /**
     * @implementation-alias RedisCluster::linsert
     * @return mixed
     */
    public function lInsert(string $key, string $pos, mixed $pivot, mixed $value) {}

    /** @implementation-alias RedisCluster::llen */
    public function lLen(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::lmove */
    public function lMove(string $src, string $dst, string $wherefrom, string $whereto): Redis|string|false {}

    /** @implementation-alias RedisCluster::lmpop */
    public function lmpop(array $keys, string $from, int $count = 1): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::lpop */
    public function lPop(string $key, int $count = 0): Redis|array|string|bool {}

    /** @implementation-alias RedisCluster::lpos */
    public function lPos(string $key, mixed $value, ?array $options = null): Redis|array|int|bool|null {}

    /** @implementation-alias RedisCluster::lpush */
    public function lPush(string $key, mixed ...$elements): Redis|int|false {}

    /** @implementation-alias RedisCluster::lpushx */
    public function lPushx(string $key, mixed $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::lrange */
    public function lrange(string $key, int $start, int $end): Redis|array|false {}

    /** @implementation-alias RedisCluster::lrem */
    public function lrem(string $key, mixed $value, int $count = 0): Redis|int|false {}

    /** @implementation-alias RedisCluster::lset */
    public function lSet(string $key, int $index, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::ltrim */
    public function ltrim(string $key, int $start, int $end): Redis|bool {}

    /** @implementation-alias RedisCluster::mget */
    public function mget(array $keys): Redis|array|false {}

    /** @implementation-alias RedisCluster::migrate */
    public function migrate(string $host, int $port, array|string $key, int $dstdb, int $timeout, bool $copy = false, bool $replace = false, #[\SensitiveParameter] mixed $credentials = null): Redis|bool {}

    /** @implementation-alias RedisCluster::move */
    public function move(string $key, int $index): Redis|bool {}

    /** @implementation-alias RedisCluster::mset */
    public function mset(array $key_values): Redis|bool {}

    /** @implementation-alias RedisCluster::msetnx */
    public function msetnx(array $key_values): Redis|bool {}

    /** @implementation-alias RedisCluster::multi */
    public function multi(int $value = 1): Redis|bool {}

    /** @implementation-alias RedisCluster::object */
    public function object(string $subcommand, string $key): Redis|string|int|false {}

    /** @implementation-alias Redis::connect */
    public function open(string $host, int $port = 6379, float $timeout = 0, ?string $persistent_id = null, int $retry_interval = 0, float $read_timeout = 0, ?array $context = null): bool {}

    public function pconnect(string $host, int $port = 6379, float $timeout = 0, ?string $persistent_id = null, int $retry_interval = 0, float $read_timeout = 0, ?array $context = null): bool {}

    /** @implementation-alias RedisCluster::persist */
    public function persist(string $key): Redis|bool {}

    /** @implementation-alias RedisCluster::pexpire */
    public function pexpire(string $key, int $timeout, ?string $mode = null): bool {}

    /** @implementation-alias RedisCluster::pexpireat */
    public function pexpireAt(string $key, int $timestamp, ?string $mode = null): Redis|bool {}

    /** @implementation-alias RedisCluster::pexpiretime */
    public function pexpiretime(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::pfadd */
    public function pfadd(string $key, array $elements): Redis|int {}

    /** @implementation-alias RedisCluster::pfcount */
    public function pfcount(array|string $key_or_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::pfmerge */
    public function pfmerge(string $dst, array $srckeys): Redis|bool {}

    /** @implementation-alias RedisCluster::ping */
    public function ping(?string $message = null): Redis|string|bool {}

    /** @implementation-alias RedisCluster::pipeline */
    public function pipeline(): Redis|bool {}

    /** @implementation-alias Redis::pconnect */
    public function popen(string $host, int $port = 6379, float $timeout = 0, ?string $persistent_id = null, int $retry_interval = 0, float $read_timeout = 0, ?array $context = null): bool {}

    /** @implementation-alias RedisCluster::psetex */
    public function psetex(string $key, int $expire, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::psubscribe */
    public function psubscribe(array $patterns, callable $cb): bool {}

    /** @implementation-alias RedisCluster::pttl */
    public function pttl(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::publish */
    public function publish(string $channel, string $message): Redis|int|false {}

    /** @implementation-alias RedisCluster::pubsub */
    public function pubsub(string $command, mixed $arg = null): mixed {}

    /** @implementation-alias RedisCluster::punsubscribe */
    public function punsubscribe(array $patterns): Redis|array|bool {}

    /** @implementation-alias RedisCluster::randomkey */
    public function randomKey(): Redis|string|false {}

    /** @implementation-alias RedisCluster::rawcommand */
    public function rawcommand(string $command, mixed ...$args): mixed {}

    /** @implementation-alias RedisCluster::rename */
    public function rename(string $old_name, string $new_name): Redis|bool {}

    /** @implementation-alias RedisCluster::renamenx */
    public function renameNx(string $key_src, string $key_dst): Redis|bool {}

    /** @implementation-alias RedisCluster::replicaof */
    public function replicaof(?string $host = null, int $port = 6379): Redis|bool {}

    public function reset(): Redis|bool {}

    /** @implementation-alias RedisCluster::restore */
    public function restore(string $key, int $ttl, string $value, ?array $options = null): Redis|bool {}

    /** @implementation-alias RedisCluster::role */
    public function role(): mixed {}

    /** @implementation-alias RedisCluster::rpop */
    public function rPop(string $key, int $count = 0): Redis|array|string|bool {}

    /** @implementation-alias RedisCluster::rpoplpush */
    public function rpoplpush(string $srckey, string $dstkey): Redis|string|false {}

    /** @implementation-alias RedisCluster::rpush */
    public function rPush(string $key, mixed ...$elements): Redis|int|false {}

    /** @implementation-alias RedisCluster::rpushx */
    public function rPushx(string $key, mixed $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::sadd */
    public function sAdd(string $key, mixed $value, mixed ...$other_values): Redis|int|false {}

    /** @implementation-alias RedisCluster::saddarray */
    public function sAddArray(string $key, array $values): int {}

    /** @implementation-alias RedisCluster::save */
    public function save(): Redis|bool {}

    /** @implementation-alias RedisCluster::scan */
    public function scan(string|int|null &$iterator, ?string $pattern = null, int $count = 0, ?string $type = null): array|false {}

    /** @implementation-alias RedisCluster::scard */
    public function scard(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::script */
    public function script(string $command, mixed ...$args): mixed {}

    /** @implementation-alias RedisCluster::sdiff */
    public function sDiff(string $key, string ...$other_keys): Redis|array|false {}

    /** @implementation-alias RedisCluster::sdiffstore */
    public function sDiffStore(string $dst, string $key, string ...$other_keys): Redis|int|false {}

    public function select(int $db): Redis|bool {}

    /** @implementation-alias RedisCluster::set */
    public function set(string $key, mixed $value, mixed $options = null): Redis|string|bool {}

    /** @implementation-alias RedisCluster::setbit */
    public function setBit(string $key, int $idx, bool $value): Redis|int|false {}

    /**
     * @implementation-alias RedisCluster::setex
     * @return mixed
     */
    public function setex(string $key, int $expire, mixed $value) {}

    /** @implementation-alias RedisCluster::setnx */
    public function setnx(string $key, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::setoption */
    public function setOption(int $option, mixed $value): bool {}

    /** @implementation-alias RedisCluster::setrange */
    public function setRange(string $key, int $index, string $value): Redis|int|false {}

    /** @implementation-alias RedisCluster::sinter */
    public function sInter(array|string $key, string ...$other_keys): Redis|array|false {}

    /** @implementation-alias RedisCluster::sintercard */
    public function sintercard(array $keys, int $limit = -1): Redis|int|false {}

    /** @implementation-alias RedisCluster::sinterstore */
    public function sInterStore(array|string $key, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::sismember */
    public function sismember(string $key, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::slaveof */
    public function slaveof(?string $host = null, int $port = 6379): Redis|bool {}

    /** @implementation-alias RedisCluster::slowlog */
    public function slowlog(string $operation, int $length = 0): mixed {}

    /** @implementation-alias RedisCluster::smembers */
    public function sMembers(string $key): Redis|array|false {}

    /** @implementation-alias RedisCluster::smismember */
    public function sMisMember(string $key, string $member, string ...$other_members): Redis|array|false {}

    /** @implementation-alias RedisCluster::smove */
    public function sMove(string $src, string $dst, mixed $value): Redis|bool {}

    /** @implementation-alias RedisCluster::sort */
    public function sort(string $key, ?array $options = null): mixed {}

    /** @implementation-alias RedisCluster::sort_ro */
    public function sort_ro(string $key, ?array $options = null): mixed {}

    /** @implementation-alias RedisCluster::sortasc */
    public function sortAsc(string $key, ?string $pattern = null, mixed $get = null, int $offset = -1, int $count = -1, ?string $store = null): array {}

    /** @implementation-alias RedisCluster::sortascalpha */
    public function sortAscAlpha(string $key, ?string $pattern = null, mixed $get = null, int $offset = -1, int $count = -1, ?string $store = null): array {}

    /** @implementation-alias RedisCluster::sortdesc */
    public function sortDesc(string $key, ?string $pattern = null, mixed $get = null, int $offset = -1, int $count = -1, ?string $store = null): array {}

    /** @implementation-alias RedisCluster::sortdescalpha */
    public function sortDescAlpha(string $key, ?string $pattern = null, mixed $get = null, int $offset = -1, int $count = -1, ?string $store = null): array {}

    /** @implementation-alias RedisCluster::spop */
    public function sPop(string $key, int $count = 0): Redis|array|string|false {}

    /** @implementation-alias RedisCluster::srandmember */
    public function sRandMember(string $key, int $count = 0): mixed {}

    /** @implementation-alias RedisCluster::srem */
    public function srem(string $key, mixed $value, mixed ...$other_values): Redis|int|false {}

    /** @implementation-alias RedisCluster::sscan */
    public function sscan(string $key, string|int|null &$iterator, ?string $pattern = null, int $count = 0): array|false {}

    /** @implementation-alias RedisCluster::ssubscribe */
    public function ssubscribe(array $channels, callable $cb): bool {}

    /** @implementation-alias RedisCluster::strlen */
    public function strlen(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::subscribe */
    public function subscribe(array $channels, callable $cb): bool {}

    /** @implementation-alias RedisCluster::sunion */
    public function sUnion(string $key, string ...$other_keys): Redis|array|false {}

    /** @implementation-alias RedisCluster::sunionstore */
    public function sUnionStore(string $dst, string $key, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::sunsubscribe */
    public function sunsubscribe(array $channels): Redis|array|bool {}

    /** @implementation-alias RedisCluster::swapdb */
    public function swapdb(int $src, int $dst): Redis|bool {}

    /** @implementation-alias RedisCluster::time */
    public function time(): Redis|array {}

    /** @implementation-alias RedisCluster::touch */
    public function touch(array|string $key_or_array, string ...$more_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::ttl */
    public function ttl(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::type */
    public function type(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::unlink */
    public function unlink(array|string $key, string ...$other_keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::unsubscribe */
    public function unsubscribe(array $channels): Redis|array|bool {}

    /** @implementation-alias RedisCluster::unwatch */
    public function unwatch(): Redis|bool {}

    /** @implementation-alias RedisCluster::wait */
    public function wait(int $numreplicas, int $timeout): int|false {}

    /** @implementation-alias RedisCluster::waitaof */
    public function waitaof(int $numlocal, int $numreplicas, int $timeout): Redis|array|false {}

    /** @implementation-alias RedisCluster::watch */
    public function watch(array|string $key, string ...$other_keys): Redis|bool {}

    /** @implementation-alias RedisCluster::xack */
    public function xack(string $key, string $group, array $ids): int|false {}

    /** @implementation-alias RedisCluster::xadd */
    public function xadd(string $key, string $id, array $values, int $maxlen = 0, bool $approx = false, bool $nomkstream = false): Redis|string|false {}

    /** @implementation-alias RedisCluster::xautoclaim */
    public function xautoclaim(string $key, string $group, string $consumer, int $min_idle, string $start, int $count = -1, bool $justid = false): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xclaim */
    public function xclaim(string $key, string $group, string $consumer, int $min_idle, array $ids, array $options): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xdel */
    public function xdel(string $key, array $ids): Redis|int|false {}

    /** @implementation-alias RedisCluster::xgroup */
    public function xgroup(string $operation, ?string $key = null, ?string $group = null, ?string $id_or_consumer = null, bool $mkstream = false, int $entries_read = -2): mixed {}

    /** @implementation-alias RedisCluster::xinfo */
    public function xinfo(string $operation, ?string $arg1 = null, ?string $arg2 = null, int $count = -1): mixed {}

    /** @implementation-alias RedisCluster::xlen */
    public function xlen(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::xpending */
    public function xpending(string $key, string $group, ?string $start = null, ?string $end = null, int $count = -1, ?string $consumer = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::xrange */
    public function xrange(string $key, string $start, string $end, int $count = -1): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xread */
    public function xread(array $streams, int $count = -1, int $block = -1): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xreadgroup */
    public function xreadgroup(string $group, string $consumer, array $streams, int $count = 1, int $block = 1): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xrevrange */
    public function xrevrange(string $key, string $end, string $start, int $count = -1): Redis|array|bool {}

    /** @implementation-alias RedisCluster::xtrim */
    public function xtrim(string $key, string $threshold, bool $approx = false, bool $minid = false, int $limit = -1): Redis|int|false {}

    /** @implementation-alias RedisCluster::zadd */
    public function zAdd(string $key, array|float $score_or_options, mixed ...$more_scores_and_mems): Redis|int|float|false {}

    /** @implementation-alias RedisCluster::zcard */
    public function zCard(string $key): Redis|int|false {}

    /** @implementation-alias RedisCluster::zcount */
    public function zCount(string $key, string|int $start, string|int $end): Redis|int|false {}

    /** @implementation-alias RedisCluster::zdiff */
    public function zdiff(array $keys, ?array $options = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zdiffstore */
    public function zdiffstore(string $dst, array $keys): Redis|int|false {}

    /** @implementation-alias RedisCluster::zincrby */
    public function zIncrBy(string $key, float $value, mixed $member): Redis|float|false {}

    /** @implementation-alias RedisCluster::zinter */
    public function zinter(array $keys, ?array $weights = null, ?array $options = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zintercard */
    public function zintercard(array $keys, int $limit = -1): Redis|int|false {}

    /** @implementation-alias RedisCluster::zinterstore */
    public function zinterstore(string $dst, array $keys, ?array $weights = null, ?string $aggregate = null): Redis|int|false {}

    /** @implementation-alias RedisCluster::zlexcount */
    public function zLexCount(string $key, string $min, string $max): Redis|int|false {}

    /** @implementation-alias RedisCluster::zmpop */
    public function zmpop(array $keys, string $from, int $count = 1): Redis|array|false|null {}

    /** @implementation-alias RedisCluster::zmscore */
    public function zMscore(string $key, mixed $member, mixed ...$other_members): Redis|array|false {}

    /** @implementation-alias RedisCluster::zpopmax */
    public function zPopMax(string $key, ?int $count = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zpopmin */
    public function zPopMin(string $key, ?int $count = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrandmember */
    public function zRandMember(string $key, ?array $options = null): Redis|array|string {}

    /** @implementation-alias RedisCluster::zrange */
    public function zRange(string $key, string|int $start, string|int $end, array|bool|null $options = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrangebylex */
    public function zRangeByLex(string $key, string $min, string $max, int $offset = -1, int $count = -1): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrangebyscore */
    public function zRangeByScore(string $key, string $start, string $end, array $options = []): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrangestore */
    public function zrangestore(string $dstkey, string $srckey, string $start, string $end, array|bool|null $options = null): Redis|int|false {}

    /** @implementation-alias RedisCluster::zrank */
    public function zRank(string $key, mixed $member): Redis|int|false {}

    /** @implementation-alias RedisCluster::zrem */
    public function zRem(mixed $key, mixed $member, mixed ...$other_members): Redis|int|false {}

    /** @implementation-alias RedisCluster::zremrangebylex */
    public function zRemRangeByLex(string $key, string $min, string $max): Redis|int|false {}

    /** @implementation-alias RedisCluster::zremrangebyrank */
    public function zRemRangeByRank(string $key, int $start, int $end): Redis|int|false {}

    /** @implementation-alias RedisCluster::zremrangebyscore */
    public function zRemRangeByScore(string $key, string $start, string $end): Redis|int|false {}

    /** @implementation-alias RedisCluster::zrevrange */
    public function zRevRange(string $key, int $start, int $end, mixed $scores = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrevrangebylex */
    public function zRevRangeByLex(string $key, string $max, string $min, int $offset = -1, int $count = -1): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrevrangebyscore */
    public function zRevRangeByScore(string $key, string $max, string $min, array|bool $options = []): Redis|array|false {}

    /** @implementation-alias RedisCluster::zrevrank */
    public function zRevRank(string $key, mixed $member): Redis|int|false {}

    /** @implementation-alias RedisCluster::zscan */
    public function zscan(string $key, string|int|null &$iterator, ?string $pattern = null, int $count = 0): Redis|array|false {}

    /** @implementation-alias RedisCluster::zscore */
    public function zScore(string $key, mixed $member): Redis|float|false {}

    /** @implementation-alias RedisCluster::zunion */
    public function zunion(array $keys, ?array $weights = null, ?array $options = null): Redis|array|false {}

    /** @implementation-alias RedisCluster::zunionstore */
    public function zunionstore(string $dst, array $keys, ?array $weights = null, ?string $aggregate = null): Redis|int|false {}
}

/**
 * phpredis's client of a Redis Sentinel: SENTINEL's subcommands, on the same engine.
 *
 * @not-serializable
 */
class RedisSentinel
{
    /**
     * phpredis 6's options (host, port, connectTimeout, readTimeout, persistent,
     * retryInterval, auth), or phpredis 5's arguments ($host, $port, $timeout,
     * $persistent, $retry_interval, $read_timeout).
     */
    public function __construct(array|string|null $options = null, int $port = 26379, float $timeout = 0, mixed $persistent = null, int $retry_interval = 0, float $read_timeout = 0) {}

    /**
     * @implementation-alias RedisCluster::ckquorum
     * @return mixed
     */
    public function ckquorum(string $master) {}

    /**
     * @implementation-alias RedisCluster::sentinel_failover
     * @return mixed
     */
    public function failover(string $master) {}

    /**
     * @implementation-alias RedisCluster::flushconfig
     * @return mixed
     */
    public function flushconfig() {}

    /**
     * @implementation-alias RedisCluster::getmasteraddrbyname
     * @return mixed
     */
    public function getMasterAddrByName(string $master) {}

    /**
     * @implementation-alias RedisCluster::master
     * @return mixed
     */
    public function master(string $master) {}

    /**
     * @implementation-alias RedisCluster::masters
     * @return mixed
     */
    public function masters() {}

    /**
     * @implementation-alias RedisCluster::myid
     */
    public function myid(): string {}

    /**
     * @implementation-alias RedisCluster::ping
     * @return mixed
     */
    public function ping() {}

    /**
     * @implementation-alias RedisCluster::sentinel_reset
     * @return mixed
     */
    public function reset(string $pattern) {}

    /**
     * @implementation-alias RedisCluster::sentinels
     * @return mixed
     */
    public function sentinels(string $master) {}

    /**
     * @implementation-alias RedisCluster::slaves
     * @return mixed
     */
    public function slaves(string $master) {}
}

class RedisException extends RuntimeException
{
    /**
     * When exec() of a pipeline fails: the replies read before the failure, in call
     * order, null for each command whose outcome is unknown. Null otherwise.
     */
    public ?array $replies = null;
}
