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

    private function assertConstructionFails(string $message, callable $make): RedisClusterException
    {
        try {
            [, $warnings] = $this->quietly($make);
        } catch (RedisClusterException $e) {
            if (self::isPhpredis()) {
                $this->assertSame($message, $e->getMessage());
            } else {
                /* phpredis's message, then the cause in parentheses: "(Can't connect to ...)". */
                $this->assertMatchesRegularExpression('/^' . preg_quote($message, '/') . '( \(.+\))?$/s', $e->getMessage());
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
            fn () => new RedisCluster(null, ['127.0.0.1:1', '127.0.0.1:2'], 0.5, 0.5)
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
                fn () => new RedisCluster(null, ['127.0.0.1:1'], 0.5, 0.5, false, $auth)
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

    /** Wiping a secret from memory must not wipe the caller's own string. */
    public function testAuthArgumentIsLeftAlone(): void
    {
        $password = self::SECRET;
        $pair = ['someuser', self::SECRET];
        foreach ([$password, $pair] as $auth) {
            try {
                new RedisCluster(null, ['127.0.0.1:1'], 0.5, 0.5, false, $auth);
            } catch (RedisClusterException $e) {
            }
        }
        $this->assertSame('sekrit-Pa55word', $password);
        $this->assertSame(['someuser', 'sekrit-Pa55word'], $pair);
        $this->assertSame('sekrit-Pa55word', self::SECRET);
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
            fn () => new RedisCluster(null, [self::seeds()[0]], 1, 1, false, self::SECRET)
        );
    }
}
