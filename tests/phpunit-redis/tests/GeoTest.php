<?php

namespace RedisTests;

/** Geo commands, on the Redis documentation's two Sicilian cities. */
final class GeoTest extends RedisTestCase
{
    private function sicily(): string
    {
        $g = $this->key('g');
        $this->assertSame(2, $this->r->geoadd($g, 13.361389, 38.115556, 'Palermo', 15.087269, 37.502669, 'Catania'));
        return $g;
    }

    public function testAddDistHashPos(): void
    {
        $g = $this->sicily();
        $this->assertSame(2, $this->serverCall('ZCARD', $g));
        $this->assertSame(0, $this->r->geoadd($g, 13.361389, 38.115556, 'Palermo'));
        $this->assertSame(166274.1516, $this->r->geodist($g, 'Palermo', 'Catania'));
        $this->assertSame(166.2742, $this->r->geodist($g, 'Palermo', 'Catania', 'km'));
        $this->assertFalse($this->r->geodist($g, 'Palermo', 'Nowhere'));
        $this->assertSame(['sqc8b49rny0', 'sqdtr74hyu0'], $this->r->geohash($g, 'Palermo', 'Catania'));
        $this->assertSame([['13.36138933897018433', '38.11555639549629859'], []], $this->r->geopos($g, 'Palermo', 'Nowhere'),
            'coordinates as the server sends them; a missing member: []');
    }

    public function testRadius(): void
    {
        $g = $this->sicily();
        $this->assertSame(['Palermo', 'Catania'], $this->r->georadius($g, 15, 37, 200, 'km'));
        $this->assertSame([['Catania', '56.4413'], ['Palermo', '190.4424']], $this->r->georadius($g, 15, 37, 200, 'km', ['WITHDIST', 'ASC']));
        $this->assertSame([['Catania', 3479447370796909, ['15.08726745843887329', '37.50266842333162032']]],
            $this->r->georadius($g, 15, 37, 200, 'km', ['WITHCOORD', 'WITHHASH', 'count' => 1, 'ASC']));
        $this->assertSame(['Catania'], $this->r->georadius_ro($g, 15, 37, 100, 'km'));
        $this->assertSame(['Palermo', 'Catania'], $this->r->georadiusbymember($g, 'Palermo', 200, 'km'));
        $this->assertSame([['Palermo', '0.0000'], ['Catania', '166.2742']], $this->r->georadiusbymember($g, 'Palermo', 200, 'km', ['WITHDIST']));
        $this->assertSame(['Palermo'], $this->r->georadiusbymember_ro($g, 'Palermo', 100, 'km'));
        $this->assertSame(2, $this->r->georadius($g, 15, 37, 200, 'km', ['STORE' => $this->key('st')]));
        $this->assertSame(['Palermo', 'Catania'], $this->serverCall('ZRANGE', $this->key('st'), 0, -1));
        $this->assertSame(2, $this->r->georadius($g, 15, 37, 200, 'km', ['STOREDIST' => $this->key('sd')]));
        $this->assertSame(['Catania', '56.441257870158204', 'Palermo', '190.44242984775784'],
            $this->serverCall('ZRANGE', $this->key('sd'), 0, -1, 'WITHSCORES'));
        [$r, $warnings] = $this->quietly(fn () => $this->r->georadius($g, 15, 37, 200, 'km', ['count' => 0]));
        $this->assertFalse($r);
        $this->assertSame(['Redis::georadius(): COUNT must be an integer > 0!'], $warnings);
        $this->assertFalse($this->r->georadiusbymember($g, 'Nowhere', 200, 'km'));
        $this->assertSame('ERR could not decode requested zset member', $this->lastError());
    }

    /** geosearch() (phpredis 6): members, or [member => [dist, hash, [lng, lat]]] in numbers. */
    public function testSearch(): void
    {
        if ($this->onlyInPhpredis6('geosearch')) {
            return;
        }
        $g = $this->sicily();
        $this->assertSame(['Palermo', 'Catania'], $this->r->geosearch($g, 'Palermo', 200, 'km'));
        $this->assertSame(['Catania', 'Palermo'], $this->r->geosearch($g, [15, 37], 200, 'km', ['ASC']));
        $this->assertSame(['Catania'], $this->r->geosearch($g, [15, 37], [200, 200], 'km'), 'BYBOX');
        $this->assertSame(['Catania' => [56.4413], 'Palermo' => [190.4424]], $this->r->geosearch($g, [15, 37], 200, 'km', ['withdist', 'asc']));
        $this->assertSame([
            'Catania' => [56.4413, 3479447370796909, [15.087267458438873, 37.50266842333162]],
            'Palermo' => [190.4424, 3479099956230698, [13.361389338970184, 38.1155563954963]],
        ], $this->r->geosearch($g, [15, 37], [400, 400], 'km', ['WITHCOORD', 'WITHDIST', 'WITHHASH', 'ASC']));
        $this->assertSame(['Catania'], $this->r->geosearch($g, [15, 37], 200, 'km', ['count' => 1, 'ASC']));
        $this->assertCount(1, $this->r->geosearch($g, [15, 37], 200, 'km', ['count' => [1, 'ANY']]));
        $this->assertSame([], $this->r->geosearch($g, [0, 0], 1, 'km'));
        $this->assertFalse($this->r->geosearch($g, 'Nowhere', 200, 'km'));
        $this->assertSame('ERR could not decode requested zset member', $this->lastError());
    }

    public function testSearchStore(): void
    {
        if ($this->onlyInPhpredis6('geosearchstore')) {
            return;
        }
        $g = $this->sicily();
        $d = $this->key('dst');
        $this->assertSame(2, $this->r->geosearchstore($d, $g, 'Palermo', 200, 'km'));
        $this->assertSame(['Palermo', 'Catania'], $this->serverCall('ZRANGE', $d, 0, -1));
        $this->assertSame(1, $this->r->geosearchstore($d, $g, [15, 37], 100, 'km', ['storedist' => true]));
        $this->assertSame(['Catania', '56.441257870158204'], $this->serverCall('ZRANGE', $d, 0, -1, 'WITHSCORES'));
        $this->assertSame(1, $this->r->geosearchstore($d, $g, [15, 37], [400, 400], 'km', ['count' => 1, 'DESC']));
        $this->assertSame(['Palermo'], $this->serverCall('ZRANGE', $d, 0, -1));
        $this->assertSame(0, $this->r->geosearchstore($d, $g, [0, 0], 1, 'km'));
    }
}
