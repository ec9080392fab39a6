<?php

namespace RedisTests;

use Redis;
use RedisException;
use RedisSentinel;
use ReflectionClass;
use ReflectionMethod;
use ReflectionNamedType;

/**
 * The classes' shape: every method of the reference (data/api.php, phpredis 6.1's API) with
 * its parameters, types and defaults; every method exercised by some test of this suite;
 * the constants and their values; the exception; clone and serialize.
 */
final class ApiTest extends RedisTestCase
{
    /** The reference's methods that Debian's phpredis 5.3.7 lacks (6.x added them). */
    public const MISSING_IN_PHPREDIS5 = [
        'Redis' => ['blmove', 'blmpop', 'bzmpop', 'clearTransferredBytes', 'copy', 'eval_ro', 'evalsha_ro',
            'expiretime', 'failover', 'fcall', 'fcall_ro', 'function', 'geosearch', 'geosearchstore', 'getDel',
            'getEx', 'getTransferredBytes', 'hRandField', 'lcs', 'lMove', 'lmpop', 'lPos', 'pexpiretime',
            'replicaof', 'reset', 'sintercard', 'sort_ro', 'ssubscribe', 'sunsubscribe', 'touch', 'waitaof',
            'xautoclaim', 'zdiff', 'zdiffstore', 'zintercard', 'zmpop', 'zMscore', 'zRandMember', 'zrangestore'],
        'RedisSentinel' => ['myid'],
    ];

    /** @return array<string, array> */
    private static function reference(): array
    {
        return require __DIR__ . '/../data/api.php';
    }

    /** @return array<string, array{0: string}> */
    public static function classes(): array
    {
        return ['Redis' => ['Redis'], 'RedisSentinel' => ['RedisSentinel']];
    }

    /** The reference's description of one parameter, from reflection, in data/api.php's form. */
    private static function describe(\ReflectionParameter $p): array
    {
        $d = ['name' => $p->getName(), 'type' => $p->hasType() ? (string)$p->getType() : null];
        if ($p->isOptional() && !$p->isVariadic()) {
            $d['default'] = $p->isDefaultValueAvailable() ? $p->getDefaultValue() : '(no default available)';
        }
        if ($p->isPassedByReference()) {
            $d['byRef'] = true;
        }
        if ($p->isVariadic()) {
            $d['variadic'] = true;
        }
        if ($p->getAttributes(\SensitiveParameter::class) !== []) {
            $d['sensitive'] = true;
        }
        return $d;
    }

    /** @dataProvider classes */
    public function testEveryReferenceMethodExists(string $class): void
    {
        $ref = self::reference()[$class];
        $rc = new ReflectionClass($class);
        $missing = [];
        foreach (array_keys($ref) as $name) {
            if (!$rc->hasMethod($name)) {
                $missing[] = $name;
            } else {
                $this->assertTrue($rc->getMethod($name)->isPublic(), "$class::$name is not public");
            }
        }
        $this->assertSame(self::isPhpredis5() ? self::MISSING_IN_PHPREDIS5[$class] : [], $missing,
            "methods of the reference missing from $class");
    }

    /**
     * Each method as the reference declares it: parameter names (named arguments), types,
     * defaults, by-reference and variadic parameters, #[\SensitiveParameter], the return type.
     * phpredis 5.3.7 declares no types and other names: only this module is held to it.
     * @dataProvider classes
     */
    public function testEveryMethodHasTheReferenceSignature(string $class): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $diffs = [];
        foreach (self::reference()[$class] as $name => [$return, $params]) {
            if ($class === 'RedisSentinel' && $name === '__construct') {
                /* A documented superset (docs/api-differences.md): phpredis 6's options array
                 * first, then phpredis 5's positional arguments, so that code written for
                 * Debian's 5.3.7 runs unchanged. */
                $first = (new ReflectionMethod($class, $name))->getParameters()[0];
                $this->assertSame(['options', 'array|string|null', true], [$first->getName(), (string)$first->getType(),
                    $first->isDefaultValueAvailable() && $first->getDefaultValue() === null]);
                continue;
            }
            $m = new ReflectionMethod($class, $name);
            $got = [$m->hasReturnType() ? (string)$m->getReturnType() : ($m->hasTentativeReturnType()
                ? (string)$m->getTentativeReturnType() : null), array_map(self::describe(...), $m->getParameters())];
            // Defaults compare by value: the reference prints 0 where reflection may give 0.0.
            $norm = fn (array $sig) => json_encode([$sig[0], array_map(function ($p) {
                if (array_key_exists('default', $p) && is_float($p['default']) && floor($p['default']) == $p['default']) {
                    $p['default'] = (int)$p['default'];
                }
                return $p;
            }, $sig[1])]);
            if ($norm([$return, $params]) !== $norm($got)) {
                $diffs[] = "$name: want " . $norm([$return, $params]) . "\n      got  " . $norm($got);
            }
        }
        $this->assertSame([], $diffs, "signatures that differ from the reference");
    }

    /** Methods beyond the reference: phpredis 5.3.7's deprecated aliases only; none in this module. */
    public function testNoMethodsBeyondTheReference(): void
    {
        $ref = array_map('strtolower', array_keys(self::reference()['Redis']));
        $extra = array_values(array_diff(array_map('strtolower', get_class_methods(Redis::class)), $ref));
        sort($extra);
        $aliases = ['evaluate', 'evaluatesha', 'getkeys', 'getmultiple', 'lget', 'lgetrange', 'listtrim', 'lremove',
            'lsize', 'renamekey', 'scontains', 'sendecho', 'settimeout', 'sgetmembers', 'sremove', 'ssize', 'substr',
            'zdelete', 'zdeleterangebyrank', 'zdeleterangebyscore', 'zremove', 'zremoverangebyscore', 'zreverserange',
            'zsize'];
        $this->assertSame(self::isPhpredis5() ? $aliases : [], $extra);
    }

    /**
     * Every reference method is called by some test of this suite: a call `->name(` or
     * `::name(` in a test file (case-insensitive, as PHP's method names), `new Redis(` for
     * the constructor, or a docblock line `@exercises name` where a method runs without being
     * called by name (the destructor).
     * @dataProvider classes
     */
    public function testEveryMethodIsExercised(string $class): void
    {
        $called = [];
        // RedisSentinel's methods are looked for in its own tests only: their names
        // (ping, reset, failover...) are Redis methods too.
        foreach (glob(__DIR__ . ($class === RedisSentinel::class ? '/Sentinel*Test.php' : '/*Test.php')) as $file) {
            $src = (string)file_get_contents($file);
            $tokens = token_get_all($src);
            foreach ($tokens as $i => $t) {
                if (is_array($t) && in_array($t[0], [T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON], true)) {
                    $j = $i + 1;
                    if (isset($tokens[$j]) && is_array($tokens[$j]) && $tokens[$j][0] === T_STRING
                        && ($tokens[$j + 1] ?? null) === '(') {
                        $called[strtolower($tokens[$j][1])] = true;
                    }
                }
            }
            if (preg_match_all('/new\s+\\\\?' . $class . '\s*\(/', $src)) {
                $called['__construct'] = true;
            }
            preg_match_all('/@exercises\s+(\w+)/', $src, $m);
            foreach ($m[1] as $name) {
                $called[strtolower($name)] = true;
            }
        }
        $never = array_values(array_filter(array_keys(self::reference()[$class]),
            fn ($name) => !isset($called[strtolower($name)])));
        $this->assertSame([], $never, "$class methods no test calls");
    }

    public const CONSTANTS = [
        'REDIS_NOT_FOUND' => 0, 'REDIS_STRING' => 1, 'REDIS_SET' => 2, 'REDIS_LIST' => 3, 'REDIS_ZSET' => 4,
        'REDIS_HASH' => 5, 'REDIS_STREAM' => 6,
        'ATOMIC' => 0, 'MULTI' => 1, 'PIPELINE' => 2,
        'OPT_SERIALIZER' => 1, 'OPT_PREFIX' => 2, 'OPT_READ_TIMEOUT' => 3, 'OPT_TCP_KEEPALIVE' => 6,
        'OPT_COMPRESSION' => 7, 'OPT_REPLY_LITERAL' => 8, 'OPT_COMPRESSION_LEVEL' => 9,
        'OPT_NULL_MULTIBULK_AS_NULL' => 10,
        'SERIALIZER_NONE' => 0, 'SERIALIZER_PHP' => 1, 'SERIALIZER_JSON' => 4,
        'COMPRESSION_NONE' => 0,
        'OPT_SCAN' => 4, 'SCAN_RETRY' => 1, 'SCAN_NORETRY' => 0, 'SCAN_PREFIX' => 2, 'SCAN_NOPREFIX' => 3,
        'BEFORE' => 'before', 'AFTER' => 'after', 'LEFT' => 'left', 'RIGHT' => 'right',
        'OPT_MAX_RETRIES' => 11, 'OPT_BACKOFF_ALGORITHM' => 12,
        'BACKOFF_ALGORITHM_DEFAULT' => 0, 'BACKOFF_ALGORITHM_CONSTANT' => 6, 'BACKOFF_ALGORITHM_UNIFORM' => 5,
        'BACKOFF_ALGORITHM_EXPONENTIAL' => 4, 'BACKOFF_ALGORITHM_FULL_JITTER' => 2,
        'BACKOFF_ALGORITHM_EQUAL_JITTER' => 3, 'BACKOFF_ALGORITHM_DECORRELATED_JITTER' => 1,
        'OPT_BACKOFF_BASE' => 13, 'OPT_BACKOFF_CAP' => 14,
    ];

    /** Defined when the build has what they need; this module and Debian's phpredis have igbinary, lzf, zstd, lz4. */
    public const BUILD_DEPENDENT = [
        'SERIALIZER_IGBINARY' => 2, 'SERIALIZER_MSGPACK' => 3,
        'COMPRESSION_LZF' => 1, 'COMPRESSION_ZSTD' => 2, 'COMPRESSION_ZSTD_MIN' => 1,
        'COMPRESSION_ZSTD_DEFAULT' => 3, 'COMPRESSION_ZSTD_MAX' => 22, 'COMPRESSION_LZ4' => 3,
    ];

    public function testConstants(): void
    {
        $actual = (new ReflectionClass(Redis::class))->getConstants();
        $want = self::CONSTANTS;
        if (self::isPhpredis5()) {
            // 5.3.7 has no LEFT / RIGHT (lmove()'s directions, 6.x).
            unset($want['LEFT'], $want['RIGHT']);
            $this->assertArrayNotHasKey('LEFT', $actual);
        }
        foreach ($want as $name => $value) {
            $this->assertArrayHasKey($name, $actual, "Redis::$name is missing");
            $this->assertSame($value, $actual[$name], "Redis::$name");
        }
        foreach (self::BUILD_DEPENDENT as $name => $value) {
            if ($name === 'SERIALIZER_MSGPACK' && self::isPhpredis5()) {
                $this->assertArrayNotHasKey($name, $actual, 'Debian builds 5.3.7 without msgpack');
                continue;
            }
            $this->assertSame($value, $actual[$name] ?? null, "Redis::$name");
        }
        $this->assertSame([], array_keys(array_diff_key($actual, self::CONSTANTS, self::BUILD_DEPENDENT)),
            'constants the reference does not list');
    }

    /** The option and serializer constants are RedisCluster's, value for value. */
    public function testOptionConstantsEqualRedisCluster(): void
    {
        $cluster = (new ReflectionClass(\RedisCluster::class))->getConstants();
        $n = 0;
        foreach ((new ReflectionClass(Redis::class))->getConstants() as $name => $value) {
            if (preg_match('/^(OPT_|SERIALIZER_|COMPRESSION_|SCAN_|BACKOFF_)/', $name)) {
                $this->assertSame($value, $cluster[$name] ?? null, "RedisCluster::$name");
                $n++;
            }
        }
        $this->assertGreaterThan(30, $n);
    }

    public function testException(): void
    {
        $this->assertSame(self::isPhpredis5() ? \Exception::class : \RuntimeException::class,
            get_parent_class(RedisException::class));
        $e = $this->assertThrows(fn () => (new Redis())->connect('127.0.0.1', Servers::base() + 99, 0.5));
        $this->assertSame('Connection refused', $e->getMessage());
    }

    public function testCloneIsRefused(): void
    {
        try {
            $copy = clone $this->r;
            $this->fail('clone of a Redis must throw');
        } catch (\Error $e) {
            $this->assertSame('Trying to clone an uncloneable object of class Redis', $e->getMessage());
        }
    }

    /** phpredis serializes a Redis to an empty, useless object; this module refuses. */
    public function testSerializeIsRefused(): void
    {
        if (self::isPhpredis()) {
            $this->assertSame('O:5:"Redis":0:{}', serialize($this->r));
            return;
        }
        $e = $this->assertThrows(fn () => serialize($this->r), \Exception::class);
        $this->assertSame("Serialization of 'Redis' is not allowed", $e->getMessage());
        $e = $this->assertThrows(fn () => unserialize('O:5:"Redis":0:{}'), \Exception::class);
        $this->assertSame("Unserialization of 'Redis' is not allowed", $e->getMessage());
    }

    /** Redis is not final: applications extend it (phpredis's own tests do). */
    public function testSubclass(): void
    {
        $sub = new class extends Redis {
            public function hello(): string|false
            {
                return $this->echo('hello');
            }
        };
        $this->assertTrue($sub->connect('127.0.0.1', Servers::master(), 2.0));
        $this->assertSame('hello', $sub->hello());
    }
}
