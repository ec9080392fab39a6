<?php

declare(strict_types=1);

namespace RedisTests;

use PHPUnit\Framework\TestCase;
use Redis;

/**
 * Base of every test: a fresh Redis connected to the master per test, keys containing a
 * name unique to the test, and every such key removed afterwards from every database of
 * the master and of the second server.
 */
abstract class RedisTestCase extends TestCase
{
    protected Redis $r;
    /** Unique per test; every key a test makes contains it. */
    protected string $uniq;

    /**
     * True when the module under test is phpredis (the oracle), false for this project's
     * module, told apart by RedisCluster::refreshSlots(), which only this project has. Used
     * only where the two are meant to differ: phpredis 5.x bugs and gaps, and this
     * project's deliberate hardening.
     */
    public static function isPhpredis(): bool
    {
        return !method_exists(\RedisCluster::class, 'refreshSlots');
    }

    public static function isPhpredis5(): bool
    {
        return self::isPhpredis() && str_starts_with((string)phpversion('redis'), '5.');
    }

    /**
     * True, with an assertion saying why, when the module is phpredis 5.x and the test is of
     * what only phpredis 6 (and this module) has: $method, which 5.x lacks, or ($method '')
     * an argument form that 5.x does not take, or a reply it reads wrongly. The test then
     * stops there; it runs in full against this module.
     */
    protected function onlyInPhpredis6(string $method = '', string $class = Redis::class): bool
    {
        if (!self::isPhpredis5()) {
            return false;
        }
        if ($method !== '') {
            $this->assertFalse(method_exists($class, $method), "$class::$method() is missing from phpredis 5.x");
        } else {
            $this->assertTrue(true, 'phpredis 5.x does not take this form or misreads its reply: not sent to it');
        }
        return true;
    }

    /** A new Redis connected to the master (or $port), in db 0. */
    protected function client(float $timeout = 2.0, float $readTimeout = 2.0, ?int $port = null): Redis
    {
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', $port ?? Servers::master(), $timeout, null, 0, $readTimeout));
        if ($port === Servers::locked()) {
            $this->assertTrue($r->auth(Servers::password()));
        }
        return $r;
    }

    protected function setUp(): void
    {
        $this->uniq = 't' . bin2hex(random_bytes(5));
        $this->r = $this->client();
    }

    protected function tearDown(): void
    {
        unset($this->r);
        $this->cleanup();
    }

    /** A key of the test: "<uniq>:<name>". */
    protected function key(string $name = 'k'): string
    {
        return "$this->uniq:$name";
    }

    /** Deletes every key containing the test's unique name, in every database of master and second. */
    protected function cleanup(): void
    {
        foreach ([Servers::master(), Servers::second(), Servers::locked()] as $port) {
            $admin = Servers::admin($port);
            for ($db = 0; $db < 16; $db++) {
                $admin->ok('SELECT', $db);
                $cursor = '0';
                do {
                    [$cursor, $keys] = $admin->ok('SCAN', $cursor, 'MATCH', "*$this->uniq*", 'COUNT', 1000);
                    if ($keys !== []) {
                        $admin->ok('DEL', ...$keys);
                    }
                } while ($cursor !== '0');
            }
            $admin->ok('SELECT', 0);
        }
    }

    /** What the master holds for $key (in $db), read behind the client's back. */
    protected function serverGet(string $key, int $db = 0): mixed
    {
        return Servers::callIn(Servers::master(), $db, 'GET', $key);
    }

    /** Any command on the master, db 0, behind the client's back; an error reply as a RespError. */
    protected function serverCall(string|int|float ...$args): mixed
    {
        return Servers::admin()->call(...$args);
    }

    /**
     * getLastError(), without the NUL byte that phpredis 5.3.7 appends to the messages of
     * error replies read by its typed reply handlers (a bug: this module must not have it).
     */
    protected function lastError(?Redis $r = null): ?string
    {
        $e = ($r ?? $this->r)->getLastError();
        if (is_string($e) && str_ends_with($e, "\0")) {
            $this->assertTrue(self::isPhpredis5(), 'getLastError() ends with a NUL byte: ' . json_encode($e));
            $e = substr($e, 0, -1);
        }
        return $e;
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
        }, E_WARNING | E_NOTICE | E_USER_WARNING | E_USER_NOTICE | E_DEPRECATED);
        try {
            $r = $fn();
        } finally {
            restore_error_handler();
        }
        return [$r, $messages];
    }

    /** The address the server sees for $r's connection ("127.0.0.1:port" or "unix:..."). */
    protected function clientAddr(?Redis $r = null): string
    {
        $info = (string)($r ?? $this->r)->rawcommand('CLIENT', 'INFO');
        $this->assertMatchesRegularExpression('/ addr=(\S+) /', $info);
        preg_match('/ addr=(\S+) /', $info, $m);
        return $m[1];
    }

    /**
     * The commands $r (default: the test's client) sent while $fn ran, as MONITOR on $port
     * saw them (each a list of arguments, the command name as sent); and what $fn returned.
     * @return array{0: list<list<string>>, 1: mixed}
     */
    protected function sent(callable $fn, ?Redis $r = null, ?int $port = null): array
    {
        $addr = $this->clientAddr($r);
        $mon = new Monitor($port ?? Servers::master());
        try {
            $result = $fn();
        } finally {
            $seen = $mon->stop();
        }
        $cmds = [];
        foreach ($seen as [$from, $db, $args]) {
            if ($from === $addr) {
                $cmds[] = $args;
            }
        }
        return [$cmds, $result];
    }

    /** Asserts that $fn sent exactly $expected (argument lists; command names case-insensitive). */
    protected function assertSends(array $expected, callable $fn, ?Redis $r = null): mixed
    {
        [$cmds, $result] = $this->sent($fn, $r);
        $norm = fn (array $list) => array_map(fn ($c) => array_merge([strtoupper((string)$c[0])], array_map('strval', array_slice($c, 1))), $list);
        $this->assertSame($norm($expected), $norm($cmds), 'the commands sent');
        return $result;
    }

    /** $fn throws RedisException (or $class); returns it. */
    protected function assertThrows(callable $fn, string $class = \RedisException::class, ?string $messageRegex = null): \Throwable
    {
        try {
            $r = $fn();
        } catch (\Throwable $e) {
            $this->assertInstanceOf($class, $e, get_class($e) . ': ' . $e->getMessage());
            if ($messageRegex !== null) {
                $this->assertMatchesRegularExpression($messageRegex, $e->getMessage());
            }
            return $e;
        }
        $this->fail("expected $class, got " . var_export($r, true));
    }
}
