<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

final class ExceptionsTest extends ClusterTestCase
{
    private const SECRET = 'sekrit-Pa55word';

    public function testHierarchy(): void
    {
        $e = new RedisClusterException('x');
        $this->assertInstanceOf(\Exception::class, $e);
        if (self::isPhpredis()) {
            // phpredis 5.x extends Exception; 6.x extends RuntimeException.
            $this->assertTrue(
                get_parent_class($e) === 'Exception' || $e instanceof \RuntimeException,
                'RedisClusterException extends Exception (5.x) or RuntimeException (6.x)'
            );
        } else {
            $this->assertInstanceOf(\RuntimeException::class, $e, 'satisfies both phpredis 5.x and 6.x catchers');
        }
    }

    /**
     * $make throws RedisClusterException with phpredis's $message. Where this module adds
     * the cause (docs/api-differences.md: "Couldn't map cluster keyspace..." is followed by
     * "(Can't connect to ...)"), $cause is a regular expression it must match in full;
     * without $cause the message is phpredis's exactly.
     */
    private function assertConstructionFails(string $message, callable $make, ?string $cause = null): RedisClusterException
    {
        try {
            [, $warnings] = $this->quietly($make);
        } catch (RedisClusterException $e) {
            if (self::isPhpredis() || $cause === null) {
                $this->assertSame($message, $e->getMessage());
            } else {
                $this->assertMatchesRegularExpression('/^' . preg_quote($message, '/') . ' \((' . $cause . ')\)$/s',
                    $e->getMessage(), 'the message, then its cause in parentheses');
            }
            $this->assertSame(0, $e->getCode());
            return $e;
        }
        $this->fail("expected RedisClusterException '$message'");
    }

    public function testNoSeeds(): void
    {
        $this->assertConstructionFails('No valid seeds detected', fn () => new RedisCluster(null, []));
    }

    public function testNoNameAndNoSeeds(): void
    {
        $this->assertConstructionFails("Couldn't find seeds for cluster", fn () => new RedisCluster(null));
    }

    public function testInvalidSeedsOnly(): void
    {
        [$e] = $this->quietly(function () {
            try {
                new RedisCluster(null, ['nonsense', '127.0.0.1']);
            } catch (RedisClusterException $e) {
                return $e;
            }
            return null;
        });
        $this->assertInstanceOf(RedisClusterException::class, $e);
        $this->assertSame('No valid seeds detected', $e->getMessage());
    }

    public function testUnreachableSeeds(): void
    {
        $start = microtime(true);
        $this->assertConstructionFails(
            "Couldn't map cluster keyspace using any provided seed",
            fn () => new RedisCluster(null, ['127.0.0.1:1', '127.0.0.1:2'], 0.5, 0.5),
            "Can't connect to 127\\.0\\.0\\.1:[12]: Connection refused"
        );
        $this->assertLessThan(5, microtime(true) - $start);
    }

    /** @return array<string, array{0: mixed}> */
    public static function auths(): array
    {
        return [
            'password' => [self::SECRET],
            'user and password' => [['someuser', self::SECRET]],
        ];
    }

    /** @dataProvider auths */
    public function testUnreachableSeedsWithAuthKeepTheSecret(mixed $auth): void
    {
        ini_set('zend.exception_ignore_args', '0');
        try {
            $e = $this->assertConstructionFails(
                "Couldn't map cluster keyspace using any provided seed",
                fn () => new RedisCluster(null, ['127.0.0.1:1'], 0.5, 0.5, false, $auth),
                "Can't connect to 127\\.0\\.0\\.1:1: Connection refused"
            );
        } finally {
            ini_restore('zend.exception_ignore_args');
        }
        $this->assertStringNotContainsString(self::SECRET, $e->getMessage());
        if (!self::isPhpredis()) {
            // phpredis 5.3.7 has no #[\SensitiveParameter]; this project's $auth has. (The
            // test's own frame holds the secret as its data-provider argument: look at ours.)
            $frame = $e->getTrace()[0];
            $this->assertSame(['RedisCluster', '__construct'], [$frame['class'], $frame['function']]);
            $this->assertInstanceOf(\SensitiveParameterValue::class, $frame['args'][5]);
            $this->assertStringNotContainsString(self::SECRET, print_r($frame, true));
        }
    }

    /**
     * Wiping a secret from memory must not wipe the caller's own string: neither a literal
     * (interned: wiping it would change every use of the literal, the expected value in an
     * assertSame() included, so the expected values are copies made at run time) nor a
     * string made at run time.
     */
    public function testAuthArgumentIsLeftAlone(): void
    {
        $copy = fn (string $s): string => strrev(strrev($s)); // a new string, not the interned one
        $expected = $copy(self::SECRET);
        $literal = self::SECRET;
        $made = $copy(self::SECRET);
        $pair = ['someuser', self::SECRET];
        $madePair = [$copy('someuser'), $copy(self::SECRET)];
        foreach ([$literal, $made, $pair, $madePair] as $auth) {
            try {
                new RedisCluster(null, ['127.0.0.1:1'], 0.5, 0.5, false, $auth);
            } catch (RedisClusterException $e) {
            }
        }
        gc_collect_cycles();
        foreach ([self::SECRET, $literal, $made, $pair[1], $madePair[1]] as $i => $secret) {
            $this->assertSame($expected, $secret, "secret $i is intact");
        }
        $this->assertSame([$copy('someuser'), $copy('someuser')], [$pair[0], $madePair[0]]);
    }

    public function testAuthParameterIsSensitive(): void
    {
        $params = (new \ReflectionMethod(RedisCluster::class, '__construct'))->getParameters();
        $this->assertSame('auth', $params[5]->getName());
        $names = array_map(fn ($a) => $a->getName(), $params[5]->getAttributes());
        if (self::isPhpredis()) {
            $this->assertSame([], $names, 'phpredis 5.3.7 does not mark it');
        } else {
            $this->assertSame([\SensitiveParameter::class], $names);
        }
    }

    public function testUnknownClusterName(): void
    {
        $this->assertConstructionFails("Couldn't find seeds for cluster", fn () => new RedisCluster('no-such-cluster-' . $this->uniq));
    }

    public function testClusterNameFromIni(): void
    {
        $name = 'c' . $this->uniq;
        $seeds = implode('&', array_map(fn ($s) => "{$name}[]=$s", self::seeds()));
        ini_set('redis.clusters.seeds', $seeds);
        try {
            $c = new RedisCluster($name);
            $this->assertTrue($c->set($this->key(), 'v'));
            $this->assertSame('v', $c->get($this->key()));
            $this->assertConstructionFails("Couldn't find seeds for cluster", fn () => new RedisCluster('other' . $this->uniq));
        } finally {
            ini_restore('redis.clusters.seeds');
        }
    }

    public function testSeedsThatAreNotAClusterNode(): void
    {
        // A node that answers but whose AUTH fails cannot be mapped either.
        $this->assertConstructionFails(
            "Couldn't map cluster keyspace using any provided seed",
            fn () => new RedisCluster(null, [self::seeds()[0]], 1, 1, false, self::SECRET),
            'Authentication to ' . preg_quote(self::seeds()[0], '/') . ' failed: ERR AUTH .+'
        );
    }
}
