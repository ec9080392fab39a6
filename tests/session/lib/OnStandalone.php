<?php
/*
 * The redis handler's side of SessionTestCase: a test class using this trait runs its
 * tests against the standalone servers of Standalone (server 0 unless a test names
 * another), with the redis handler's key and lock names. Nothing here needs the cluster.
 */

declare(strict_types=1);

namespace SessionTest;

trait OnStandalone
{
    /** The databases the tests write in: cleaned after each. */
    private static array $databases = [0, 2];

    protected function startBackend(): void
    {
        Standalone::get();
    }

    protected function handler(): string
    {
        return 'redis';
    }

    protected function defaultPrefix(): string
    {
        return 'PHPREDIS_SESSION:';
    }

    /** phpredis's name for the redis handler's lock: one server, no slot to share. */
    protected function lockKey(string $key): string
    {
        return $key . '_LOCK';
    }

    protected function savePath(string $more = ''): string
    {
        return 'tcp://' . Standalone::get()->address() . '?timeout=2&read_timeout=2' . ($more === '' ? '' : "&$more");
    }

    protected function compressor(int $kind, int $level): \RedisCluster|\Redis
    {
        $c = new \Redis();
        $c->setOption(\Redis::OPT_COMPRESSION, $kind);
        $c->setOption(\Redis::OPT_COMPRESSION_LEVEL, $level);
        return $c;
    }

    /** Any command on server 0, behind the module's back. */
    protected function serverCall(string $key, string|int ...$args): mixed
    {
        return Standalone::get()->client()->call(...$args);
    }

    protected function keysWith(string $part): array
    {
        $out = self::scan(Standalone::get()->client(), "*$part*");
        sort($out);
        return $out;
    }

    protected function cleanup(): void
    {
        foreach (array_keys(Standalone::get()->ports) as $i) {
            foreach (self::$databases as $db) {
                $node = Standalone::get()->client($i, $db);
                foreach (self::scan($node, "*$this->uniq*") as $key) {
                    $node->call('DEL', $key);
                }
            }
        }
    }
}
