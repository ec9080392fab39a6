<?php

declare(strict_types=1);

namespace RedisClusterTests;

use PHPUnit\Framework\TestCase;
use RedisCluster;

/**
 * Base of every test: a fresh RedisCluster per test, keys under a prefix unique to the
 * test, and every such key removed afterwards from every master.
 */
abstract class ClusterTestCase extends TestCase
{
    protected RedisCluster $c;
    /** Unique per test; every key a test makes contains it. */
    protected string $uniq;
    private static ?ClusterAdmin $admin = null;

    /** @return list<string> "host:port" */
    public static function seeds(): array
    {
        $env = getenv('REDIS_CLUSTER_SEEDS');
        if ($env === false || trim($env) === '') {
            return array_map(fn ($p) => "127.0.0.1:$p", range(7000, 7005));
        }
        return array_values(array_filter(array_map('trim', explode(',', $env))));
    }

    /**
     * True when the class under test is phpredis (the oracle), whose extension "redis" also
     * registers the class Redis; false for this project's module, which has RedisCluster
     * only. Used only where the two are meant to differ: phpredis 5.x bugs and gaps, and
     * this project's deliberate hardening.
     */
    public static function isPhpredis(): bool
    {
        /* Both modules have Redis now; only this project's RedisCluster has a slot cache API. */
        return !method_exists(\RedisCluster::class, 'getSlotCacheInfo');
    }

    /**
     * True, having checked that the module is phpredis 5.x, when the class under test lacks
     * $method: phpredis 5.3.7 has no touch(), lmove(), expiretime(), eval_ro()...; 6.x
     * and this module have them. The caller then has nothing more to test.
     */
    protected function skipOnPhpredis5(string $method): bool
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, $method)) {
            $this->assertStringStartsWith('5.', phpversion('redis'), "$method() is missing only from phpredis 5.x");
            return true;
        }
        return false;
    }

    public static function admin(): ClusterAdmin
    {
        return self::$admin ??= new ClusterAdmin(self::seeds());
    }

    protected function client(float $timeout = 2.0, float $readTimeout = 2.0): RedisCluster
    {
        return new RedisCluster(null, self::seeds(), $timeout, $readTimeout);
    }

    protected function setUp(): void
    {
        $this->uniq = 't' . bin2hex(random_bytes(5));
        $this->c = $this->client();
    }

    protected function tearDown(): void
    {
        $this->cleanup();
    }

    /** A key of its own slot: "<uniq>:<name>". */
    protected function key(string $name = 'k'): string
    {
        return "$this->uniq:$name";
    }

    /** A key in the test's one shared slot: "{<uniq>}:<name>". */
    protected function tagged(string $name = 'k'): string
    {
        return '{' . $this->uniq . '}:' . $name;
    }

    /** $n keys that fall on every master at least once. */
    protected function keysOnEveryMaster(int $n = 100): array
    {
        $keys = [];
        for ($i = 0; $i < $n; $i++) {
            $keys[] = $this->key("spread$i");
        }
        $owners = [];
        foreach ($keys as $k) {
            $owners[self::admin()->owner(self::admin()->slot($k))['addr']] = true;
        }
        $this->assertCount(count(self::admin()->masters()), $owners, 'the keys do not cover every master');
        return $keys;
    }

    /** Deletes every key containing the test's unique id, on every master. */
    protected function cleanup(): void
    {
        $admin = self::admin();
        foreach ($admin->masters() as $m) {
            $node = $admin->node($m['addr']);
            $cursor = '0';
            do {
                [$cursor, $keys] = $node->ok('SCAN', $cursor, 'MATCH', "*$this->uniq*", 'COUNT', 1000);
                foreach ($keys as $k) {
                    $node->call('DEL', $k);
                }
            } while ($cursor !== '0');
        }
    }

    /** What the server holds for $key, read from its master behind the client's back. */
    protected function serverGet(string $key): mixed
    {
        $admin = self::admin();
        return $admin->node($admin->owner($admin->slot($key))['addr'])->call('GET', $key);
    }

    /** Any command on the master of $key, behind the client's back. */
    protected function serverCall(string $key, string|int ...$args): mixed
    {
        $admin = self::admin();
        return $admin->node($admin->owner($admin->slot($key))['addr'])->call(...$args);
    }

    /** A script that returns the port of the node running it: where a call was routed. */
    protected const PORT_SCRIPT = "return tonumber(string.match(redis.call('INFO', 'server'), 'tcp_port:(%d+)'))";

    /** Loads $script on every master (for evalsha); returns its sha1. */
    protected function loadEverywhere(string $script): string
    {
        foreach (self::admin()->masters() as $m) {
            self::admin()->node($m['addr'])->ok('SCRIPT', 'LOAD', $script);
        }
        return sha1($script);
    }

    /**
     * The warning a cross-slot call gets. phpredis words it differently per method ("Not all
     * keys hash to the same slot", "All keys must hash to the same slot!", ...); this module
     * says "Keys don't hash to the same slot" for every one (docs/api-differences.md).
     */
    protected static function crossSlotWarning(string $phpredisWarning): string
    {
        if (self::isPhpredis()) {
            return $phpredisWarning;
        }
        return preg_replace('/^(RedisCluster::\w+\(\): ).*hash to the same slot!?$/', "\\1Keys don't hash to the same slot",
            $phpredisWarning);
    }

    /**
     * $fn is refused before anything is sent: false, exactly $warning (phpredis's wording;
     * for a cross-slot refusal, this module's, see crossSlotWarning()), no server error.
     */
    protected function assertRefusedLocally(callable $fn, string $warning): void
    {
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly($fn);
        $this->assertFalse($r);
        $this->assertSame([self::crossSlotWarning($warning)], $warnings);
        $this->assertNull($this->c->getLastError());
    }

    /**
     * Runs $fn with PHP warnings and notices collected instead of turned into test errors.
     * @return array{0: mixed, 1: list<string>} the result and the messages
     */
    protected function quietly(callable $fn): array
    {
        $messages = [];
        set_error_handler(function (int $no, string $msg) use (&$messages) {
            $messages[] = $msg;
            return true;
        }, E_WARNING | E_NOTICE | E_USER_WARNING | E_USER_NOTICE);
        try {
            $r = $fn();
        } finally {
            restore_error_handler();
        }
        return [$r, $messages];
    }

    /** The master addresses as _masters() lists them: [[host, port], ...], sorted. */
    protected function masterAddresses(): array
    {
        return array_map(fn ($m) => [ClusterAdmin::split($m['addr'])[0], ClusterAdmin::split($m['addr'])[1]],
            self::admin()->masters());
    }

    /**
     * True, with an assertion saying why, when the class under test is phpredis 5.x and the
     * test is of what only phpredis 6 has: $method, which 5.x lacks, or ($method '') an
     * argument form that 5.x does not take or a reply it reads wrongly. The test then
     * stops there.
     */
    protected function onlyInPhpredis6(string $method = ''): bool
    {
        if (!self::isPhpredis() || !str_starts_with(phpversion('redis'), '5.')) {
            return false;
        }
        if ($method !== '') {
            $this->assertFalse(method_exists(RedisCluster::class, $method), "$method() is missing from phpredis 5.x");
        } else {
            $this->assertTrue(true, 'phpredis 5.x does not take this form or misreads its reply: not sent to it');
        }
        return true;
    }

    /** A client whose OPT_PREFIX is $prefix. */
    protected function prefixed(string $prefix): RedisCluster
    {
        $c = $this->client();
        $c->setOption(RedisCluster::OPT_PREFIX, $prefix);
        return $c;
    }
}
