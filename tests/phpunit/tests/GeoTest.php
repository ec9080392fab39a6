<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * Geo: geoadd, geodist, geohash, geopos, georadius, georadius_ro, georadiusbymember,
 * georadiusbymember_ro, geosearch, geosearchstore. Return values and types as phpredis
 * returns them, checked against Debian's phpredis 5.3.7; what only phpredis 6.x has
 * (geoadd's options, geosearch, geosearchstore) against the Redis documentation's
 * replies (the Sicily example of its GEO pages).
 */
final class GeoTest extends ClusterTestCase
{
    private const PALERMO = ['13.36138933897018433', '38.11555639549629859'];
    private const CATANIA = ['15.08726745843887329', '37.50266842333162032'];

    private function sicily(string $name = 'sicily'): string
    {
        $k = $this->tagged($name);
        $this->assertSame(2, $this->c->geoadd($k, 13.361389, 38.115556, 'Palermo', 15.087269, 37.502669, 'Catania'));
        return $k;
    }

    public function testGeoadd(): void
    {
        $k = $this->sicily();
        $this->assertSame(0, $this->c->geoadd($k, 13.361389, 38.115556, 'Palermo'), 'an update adds nothing');
        $this->assertSame(1, $this->c->geoadd($k, '12.5', '37.8', 'Marsala'), 'numeric strings');
        $this->assertSame(3, $this->c->zcard($k));
        $this->assertSame(RedisCluster::REDIS_ZSET, $this->c->type($k));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->geoadd($k, 200, 38.1, 'x'));
        $this->assertSame('ERR invalid longitude,latitude pair 200.000000,38.100000', $this->c->getLastError());
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->geoadd($k, 1, 2, 'a', 3));
        $this->assertFalse($r, 'not triples: sent, refused by the server');
        $this->assertSame([], $warnings);
        $this->assertSame('ERR syntax error', $this->c->getLastError());
    }

    /** NX, XX and CH in a trailing array: phpredis 6's. */
    public function testGeoaddOptions(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $k = $this->sicily();
        $this->assertSame(0, $this->c->geoadd($k, 13.0, 38.0, 'Palermo', ['NX']), 'NX: no update');
        $this->assertSame(self::PALERMO, $this->c->geopos($k, 'Palermo')[0]);
        $this->assertSame(1, $this->c->geoadd($k, 13.0, 38.0, 'Palermo', 1.0, 2.0, 'New', ['xx', 'ch']),
            'XX CH: the update counted, New not added');
        $this->assertSame([[]], $this->c->geopos($k, 'New'));
        $this->assertSame(1, $this->c->geoadd($k, 1.0, 2.0, 'New', ['NX', 'CH']));
        $this->assertFalse($this->c->geoadd($k, 1.0, 2.0, 'x', ['NX', 'XX']), 'the server refuses NX with XX');
        $this->assertNotNull($this->c->getLastError());
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->geoadd($k, 1.0, 2.0, 'y', ['GT']));
        $this->assertFalse($r, 'an unknown option: a warning, nothing sent');
        $this->assertSame(['RedisCluster::geoadd(): Unknown GEOADD option (NX, XX and CH are)'], $warnings);
        $this->assertNull($this->c->getLastError());
        $this->assertSame([[]], $this->c->geopos($k, 'y'));
    }

    public function testGeodist(): void
    {
        $k = $this->sicily();
        $this->assertSame(166274.1516, $this->c->geodist($k, 'Palermo', 'Catania'));
        $this->assertSame(166.2742, $this->c->geodist($k, 'Palermo', 'Catania', 'km'));
        $this->assertSame(103.3182, $this->c->geodist($k, 'Palermo', 'Catania', 'mi'));
        $this->assertSame(0.0, $this->c->geodist($k, 'Palermo', 'Palermo'));
        $this->assertFalse($this->c->geodist($k, 'Palermo', 'Nowhere'), 'a missing member: false');
        $this->assertFalse($this->c->geodist($this->key('missing'), 'a', 'b'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->geodist($k, 'Palermo', 'Catania', 'parsec'));
        $this->assertSame('ERR unsupported unit provided. please use M, KM, FT, MI', $this->c->getLastError());
    }

    public function testGeohashGeopos(): void
    {
        $k = $this->sicily();
        $this->assertSame(['sqc8b49rny0', 'sqdtr74hyu0'], $this->c->geohash($k, 'Palermo', 'Catania'));
        $this->assertSame([self::PALERMO, self::CATANIA], $this->c->geopos($k, 'Palermo', 'Catania'),
            'coordinates as the strings the server sends');
        $this->assertSame([self::PALERMO, []], $this->c->geopos($k, 'Palermo', 'Nowhere'), 'a missing member: []');
        $this->assertSame([[]], $this->c->geopos($this->key('missing'), 'a'));
        $this->assertNull($this->c->getLastError());
        $str = $this->key('str');
        $this->c->set($str, 'v');
        $this->assertFalse($this->c->geopos($str, 'a'));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    /** phpredis 5.3.7 reads the nil of a missing member wrongly (and then every reply after). */
    public function testGeohashMissingMember(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $k = $this->sicily();
        $this->assertSame(['sqc8b49rny0', false], $this->c->geohash($k, 'Palermo', 'Nowhere'));
    }

    public function testGeoradius(): void
    {
        $k = $this->sicily();
        $this->assertSame(['Palermo', 'Catania'], $this->c->georadius($k, 15, 37, 200, 'km'));
        $this->assertSame([['Palermo', '190.4424'], ['Catania', '56.4413']],
            $this->c->georadius($k, 15, 37, 200, 'km', ['WITHDIST']), 'distances as strings');
        $this->assertSame([['Palermo', self::PALERMO], ['Catania', self::CATANIA]],
            $this->c->georadius($k, 15, 37, 200, 'km', ['withcoord']));
        $this->assertSame([['Palermo', 3479099956230698], ['Catania', 3479447370796909]],
            $this->c->georadius($k, 15, 37, 200, 'km', ['WITHHASH']));
        $this->assertSame([['Catania', '56.4413', 3479447370796909, self::CATANIA],
            ['Palermo', '190.4424', 3479099956230698, self::PALERMO]],
            $this->c->georadius($k, 15, 37, 200, 'km', ['WITHDIST', 'WITHCOORD', 'WITHHASH', 'ASC']));
        $this->assertSame(['Palermo'], $this->c->georadius($k, 15, 37, 200, 'km', ['count' => 1, 'DESC']));
        $this->assertSame(['Catania'], $this->c->georadius($k, 15, 37, 200, 'km', ['COUNT' => 1, 'asc']));
        $this->assertCount(1, $this->c->georadius($k, 15, 37, 200, 'km', ['ANY', 'count' => 1]));
        $this->assertSame([['Palermo', '190.4424'], ['Catania', '56.4413']],
            $this->c->georadius($k, 15, 37, 200, 'km', ['BOGUS', 'withdist']), 'an unknown option is ignored');
        $this->assertSame(['Catania'], $this->c->georadius_ro($k, 15, 37, 100, 'km'));
        $this->assertSame([], $this->c->georadius($k, 0, 0, 1, 'km'));
        $this->assertSame([], $this->c->georadius($this->key('missing'), 15, 37, 200, 'km'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->georadius($k, 15, 37, 200, 'parsec'));
        $this->assertSame('ERR unsupported unit provided. please use M, KM, FT, MI', $this->c->getLastError());
    }

    public function testGeoradiusCount(): void
    {
        $k = $this->sicily();
        foreach ([0, -1, 'x'] as $count) {
            $this->assertRefusedLocally(fn () => $this->c->georadius($k, 15, 37, 200, 'km', ['count' => $count]),
                'RedisCluster::georadius(): COUNT must be an integer > 0!');
        }
    }

    public function testGeoradiusStore(): void
    {
        $k = $this->sicily();
        $d = $this->tagged('dst');
        $this->assertSame(2, $this->c->georadius($k, 15, 37, 200, 'km', ['store' => $d]), 'the count stored');
        $this->assertSame(['Palermo' => 3479099956230698.0, 'Catania' => 3479447370796909.0],
            $this->c->zrange($d, 0, -1, true), 'STORE: geohash scores');
        $this->assertSame(1, $this->c->georadius($k, 15, 37, 100, 'km', ['STOREDIST' => $d]));
        $this->assertSame(['Catania' => 56.4412578701582], $this->c->zrange($d, 0, -1, true), 'STOREDIST: distances');
        $this->assertSame(1, $this->c->georadiusbymember($k, 'Palermo', 10, 'km', ['store' => $d]));
        $this->assertSame(['Palermo'], $this->c->zrange($d, 0, -1));
        $this->assertRefusedLocally(fn () => $this->c->georadius($k, 15, 37, 200, 'km', ['store' => $this->key('x')]),
            'RedisCluster::georadius(): Key and STORE[DIST] key must hash to the same slot');
        $this->assertRefusedLocally(
            fn () => $this->c->georadiusbymember($k, 'Palermo', 200, 'km', ['storedist' => $this->key('x')]),
            'RedisCluster::georadiusbymember(): Key and STORE[DIST] key must hash to the same slot');
    }

    public function testGeoradiusbymember(): void
    {
        $k = $this->sicily();
        $this->assertSame(['Palermo', 'Catania'], $this->c->georadiusbymember($k, 'Palermo', 200, 'km'));
        $this->assertSame([['Palermo', '0.0000', self::PALERMO], ['Catania', '166.2742', self::CATANIA]],
            $this->c->georadiusbymember($k, 'Palermo', 200, 'km', ['WITHDIST', 'WITHCOORD']));
        $this->assertSame(['Palermo'], $this->c->georadiusbymember_ro($k, 'Palermo', 100, 'km'));
        $this->assertSame([['Catania', '0.0000']], $this->c->georadiusbymember_ro($k, 'Catania', 1, 'km', ['withdist']));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->georadiusbymember($k, 'Nowhere', 200, 'km'));
        $this->assertSame('ERR could not decode requested zset member', $this->c->getLastError());
    }

    /** geosearch() is phpredis 6's: a list of members, or [member => [dist, hash, [lng, lat]]] in floats. */
    public function testGeosearch(): void
    {
        if ($this->onlyInPhpredis6('geosearch')) {
            return;
        }
        $k = $this->sicily();
        $this->assertSame(['Palermo', 'Catania'], $this->c->geosearch($k, 'Palermo', 200, 'km'));
        $this->assertSame(['Catania', 'Palermo'], $this->c->geosearch($k, [15, 37], 200, 'km', ['ASC']));
        $this->assertSame(['Catania'], $this->c->geosearch($k, [15, 37], [200, 200], 'km'), 'BYBOX');
        $this->assertSame(['Catania' => [56.4413], 'Palermo' => [190.4424]],
            $this->c->geosearch($k, [15, 37], 200, 'km', ['withdist', 'asc']));
        $this->assertSame([
            'Catania' => [56.4413, 3479447370796909, [15.087267458438873, 37.50266842333162]],
            'Palermo' => [190.4424, 3479099956230698, [13.361389338970184, 38.1155563954963]],
        ], $this->c->geosearch($k, [15, 37], [400, 400], 'km', ['WITHCOORD', 'WITHDIST', 'WITHHASH', 'ASC']));
        $this->assertSame(['Catania'], $this->c->geosearch($k, [15, 37], 200, 'km', ['count' => 1, 'ASC']));
        $this->assertCount(1, $this->c->geosearch($k, [15, 37], 200, 'km', ['count' => [1, 'ANY']]));
        $this->assertSame([], $this->c->geosearch($k, [0, 0], 1, 'km'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->geosearch($k, 'Nowhere', 200, 'km'));
        $this->assertSame('ERR could not decode requested zset member', $this->c->getLastError());
        try {
            $this->c->geosearch($k, [15], 200, 'km');
            $this->fail('a position of one number');
        } catch (\ValueError $e) {
            $this->assertSame('RedisCluster::geosearch(): Argument #2 ($position) must be a member or [longitude, latitude]',
                $e->getMessage());
        }
        $this->assertRefusedLocally(fn () => $this->c->geosearch($k, 'Palermo', 200, 'km', ['count' => 0]),
            'RedisCluster::geosearch(): COUNT must be an integer > 0!');
    }

    public function testGeosearchstore(): void
    {
        if ($this->onlyInPhpredis6('geosearchstore')) {
            return;
        }
        $k = $this->sicily();
        $d = $this->tagged('dst');
        $this->assertSame(2, $this->c->geosearchstore($d, $k, 'Palermo', 200, 'km'));
        $this->assertSame(['Palermo', 'Catania'], $this->c->zrange($d, 0, -1));
        $this->assertSame(1, $this->c->geosearchstore($d, $k, [15, 37], 100, 'km', ['storedist' => true]));
        $this->assertSame(['Catania' => 56.4412578701582], $this->c->zrange($d, 0, -1, true), 'STOREDIST');
        $this->assertSame(1, $this->c->geosearchstore($d, $k, [15, 37], [400, 400], 'km', ['count' => 1, 'DESC']));
        $this->assertSame(['Palermo'], $this->c->zrange($d, 0, -1));
        $this->assertSame(0, $this->c->geosearchstore($d, $k, [0, 0], 1, 'km'));
        $this->assertSame(0, $this->c->exists($d), 'nothing found: the destination is removed');
        $this->assertRefusedLocally(fn () => $this->c->geosearchstore($this->key('x'), $k, 'Palermo', 200, 'km'),
            "RedisCluster::geosearchstore(): Keys don't hash to the same slot");
    }

    /** Members go as the strings they are, and come back as stored (see the class doc). */
    public function testPrefixAndSerializer(): void
    {
        $k = $this->tagged('p');
        $this->c->setOption(RedisCluster::OPT_PREFIX, 'pfx:');
        $this->assertSame(1, $this->c->geoadd($k, 13.361389, 38.115556, 'Palermo'));
        $this->assertSame(1, $this->serverCall("pfx:$k", 'ZCARD', "pfx:$k"), 'the prefixed key on its own master');
        $this->assertSame(0, $this->serverCall($k, 'EXISTS', $k));
        $this->assertSame([self::PALERMO], $this->c->geopos($k, 'Palermo'));
        $this->assertSame(['Palermo'], $this->c->georadius($k, 13, 38, 100, 'km'));
        if (self::isPhpredis()) {
            /* 5.3.7 aborts the process (free(): invalid pointer) on STORE with OPT_PREFIX,
             * and serializes geoadd's coordinates too, which the server refuses. */
            return;
        }
        $this->assertSame(1, $this->c->georadius($k, 13, 38, 100, 'km', ['store' => $this->tagged('d')]));
        $this->assertSame(1, $this->serverCall("pfx:$k", 'ZCARD', 'pfx:' . $this->tagged('d')), 'the STORE key prefixed');
        $this->c->setOption(RedisCluster::OPT_PREFIX, '');
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $s = $this->tagged('s');
        $this->assertSame(1, $this->c->geoadd($s, 1.5, 2.5, 'm'));
        $this->assertSame(['m'], $this->serverCall($s, 'ZRANGE', $s, 0, -1));
        $this->assertSame(['m'], $this->c->georadius($s, 1.5, 2.5, 10, 'km'));
        $this->assertSame(0.0, $this->c->geodist($s, 'm', 'm'));
    }
}
