<?php
/*
 * What both handlers share with Debian's phpredis 5.3.7 (CompatTest, RedisCompatTest):
 * sessions written by one module are read by the other, with the default and a custom
 * prefix, with this module's locking off and on: the same key, the same bytes, the same
 * TTL, and no lock left behind.
 */

declare(strict_types=1);

namespace SessionTest;

trait CompatCases
{
    /** @return iterable<string, array{string, string, int, string}> writer, reader, locking, prefix option */
    public static function pairs(): iterable
    {
        foreach (['phpredis' => 'ours', 'ours' => 'phpredis'] as $writer => $reader) {
            foreach ([0, 1] as $locking) {
                foreach (['default prefix' => '', 'custom prefix' => 'prefix=app:'] as $p => $prefix) {
                    yield "$writer writes, $reader reads, locking $locking, $p" => [$writer, $reader, $locking, $prefix];
                }
            }
        }
    }

    /** @dataProvider pairs */
    public function testEachReadsWhatTheOtherWrote(string $writer, string $reader, int $locking, string $prefix): void
    {
        $id = $this->sid();
        $key = ($prefix === '' ? $this->defaultPrefix() : 'app:') . $id;
        $ini = ['session.gc_maxlifetime' => 1200, 'redis.session.locking_enabled' => $locking,
            'redis.session.lock_expire' => 10];
        $data = ['user' => 42, 'name' => "Ad\u{e0}", 'list' => [1, 2.5, null, true], 'ctl' => "\0\t\x7f"];
        $w = Peer::run($writer, $this->job([['start', $id], ['set', $data], ['write_close']], $ini, $prefix));
        $this->assertSame([], $w['warnings'], "$writer's warnings");
        $this->assertSame($writer === 'ours', $w['module'] !== '5.3.7', 'the writer is the module asked for');
        $stored = $this->serverCall($key, 'GET', $key);
        $this->assertSame(session_encode_as_php($data), $stored);
        $this->assertGreaterThan(1190, $this->serverCall($key, 'TTL', $key));

        $r = Peer::run($reader, $this->job([['start', $id], ['set', ['seen' => 1]], ['write_close']], $ini, $prefix));
        $this->assertSame([], $r['warnings'], "$reader's warnings");
        $this->assertSame($data + ['seen' => 1], $r['data']);
        $this->assertSame(session_encode_as_php($data + ['seen' => 1]), $this->serverCall($key, 'GET', $key));
        $lock = $this->lockKey($key);
        $this->assertSame(0, $this->serverCall($lock, 'EXISTS', $lock), 'no lock left behind');
    }
}

/** $data as PHP's session serializer "php" writes it: name|serialized value, for each. */
function session_encode_as_php(array $data): string
{
    $out = '';
    foreach ($data as $k => $v) {
        $out .= $k . '|' . serialize($v);
    }
    return $out;
}
