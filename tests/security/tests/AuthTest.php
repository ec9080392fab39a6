<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisCluster;
use RedisClusterException;

/**
 * A cluster with requirepass/masterauth and an ACL user alice. Every secret used here
 * contains the marker S3cr3t, and no text PHP can show - exception messages, traces (with
 * zend.exception_ignore_args=0, see phpunit.xml), dumps of the object or of the exception,
 * warnings, phpinfo() - may contain it.
 */
final class AuthTest extends SecurityTestCase
{
    private const BASE = 7710;
    private const MARK = 'S3cr3t';
    private const PASS = 'Pw-default-S3cr3t-7f1b';
    private const ALICE_PW = 'Pw-alice-S3cr3t-93c2';
    private const WRONG = 'Pw-wrong-S3cr3t-d41d';

    protected static function clusterOptions(): array
    {
        return [self::BASE, ['pass' => self::PASS, 'conf' => ['user alice on >' . self::ALICE_PW . ' ~* &* +@all']]];
    }

    protected function tearDown(): void
    {
        foreach (['seeds', 'auth', 'timeout', 'read_timeout', 'persistent'] as $s) {
            ini_restore("redis.clusters.$s");
        }
    }

    private static function seeds(): array
    {
        return self::cluster()->seeds();
    }

    /** Fails if any of the texts holds a secret. */
    private function assertNoSecret(string ...$texts): void
    {
        foreach ($texts as $i => $t) {
            $this->assertStringNotContainsString(self::MARK, $t, "text #$i shows a secret:\n$t");
        }
    }

    /** Everything PHP can say about an exception. */
    private static function describe(\Throwable $e): array
    {
        ob_start();
        var_dump($e);
        $dump = ob_get_clean();
        $out = [$e->getMessage(), $e->getTraceAsString(), (string)$e, print_r($e, true), $dump,
            print_r($e->getTrace(), true), json_encode($e->getTrace(), JSON_PARTIAL_OUTPUT_ON_ERROR)];
        for ($p = $e->getPrevious(); $p; $p = $p->getPrevious()) {
            $out[] = (string)$p;
        }
        return $out;
    }

    private static function whoami(RedisCluster $rc): array
    {
        $users = [];
        foreach (self::cluster()->ports as $p) {
            $users[$p] = $rc->rawcommand(self::node($p), 'ACL', 'WHOAMI');
        }
        return $users;
    }

    public function testTheServerWantsAPassword(): void
    {
        [$e, $warnings] = $this->assertThrowsWithin(fn () => new RedisCluster(null, self::seeds(), 2, 2),
            RedisClusterException::class, 0.0, 3.0);
        $this->assertMatchesRegularExpression("/^Couldn't map cluster keyspace using any provided seed"
            . ' \\(127\\.0\\.0\\.1:\\d+ answered CLUSTER SLOTS with NOAUTH Authentication required\\.\\)$/', $e->getMessage());
    }

    public function testPasswordAuth(): void
    {
        [$rc, $thrown, $warnings] = self::capture(fn () => new RedisCluster(null, self::seeds(), 2, 2, false, self::PASS));
        $this->assertNull($thrown, (string)$thrown);
        $this->assertSame([], $warnings);
        $this->assertWorksOnEveryMaster($rc, 'pw:');
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($rc));
        // [password] is the same thing.
        $rc = new RedisCluster(null, self::seeds(), 2, 2, false, [self::PASS]);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($rc));
    }

    public function testUserAndPasswordAuth(): void
    {
        foreach ([['alice', self::ALICE_PW], ['user' => 'alice', 'pass' => self::ALICE_PW]] as $auth) {
            $rc = new RedisCluster(null, self::seeds(), 2, 2, false, $auth);
            $this->assertWorksOnEveryMaster($rc, 'acl:');
            $this->assertSame(array_fill_keys(self::cluster()->ports, 'alice'), self::whoami($rc));
        }
    }

    /** Wrong credentials of every shape: an exception that names no secret, anywhere. */
    public function testWrongCredentialsNeverShowTheSecret(): void
    {
        $cases = [
            'wrong password' => fn () => new RedisCluster(null, self::seeds(), 2, 2, false, self::WRONG),
            'wrong [password]' => fn () => new RedisCluster(null, self::seeds(), 2, 2, false, [self::WRONG]),
            'alice, wrong password' => fn () => new RedisCluster(null, self::seeds(), 2, 2, false, ['alice', self::WRONG]),
            'unknown user' => fn () => new RedisCluster(null, self::seeds(), 2, 2, false, ['bob', self::ALICE_PW]),
            'named args' => fn () => new RedisCluster(name: null, seeds: self::seeds(), timeout: 2, read_timeout: 2,
                persistent: false, auth: ['user' => 'alice', 'pass' => self::WRONG]),
            'persistent' => fn () => new RedisCluster(null, self::seeds(), 2, 2, true, self::WRONG),
            'no seed answers' => fn () => new RedisCluster(null, ['127.0.0.1:7799'], 1, 1, false, self::PASS),
            'tls seed on a plain port' => fn () => new RedisCluster(null, ['tls://127.0.0.1:' . self::BASE], 1, 1, false,
                ['alice', self::ALICE_PW], ['verify_peer' => false]),
        ];
        foreach ($cases as $what => $fn) {
            [, $thrown, $warnings] = self::capture($fn);
            $this->assertInstanceOf(RedisClusterException::class, $thrown, $what);
            $this->assertNoSecret(...self::describe($thrown), ...$warnings);
            // The trace does record the constructor's arguments: $auth is shown redacted.
            $this->assertStringContainsString('SensitiveParameterValue', $thrown->getTraceAsString(), $what);
        }
    }

    /** Errors after a good AUTH: command errors, a node gone, getLastError(). */
    public function testLaterErrorsNeverShowTheSecret(): void
    {
        $rc = new RedisCluster(null, self::seeds(), 2, 2, false, ['alice', self::ALICE_PW]);
        [, $thrown, $warnings] = self::capture(fn () => $rc->rawcommand(self::node(self::BASE), 'AUTH', 'alice', self::WRONG));
        $texts = $warnings;
        if ($thrown) {
            $texts = array_merge($texts, self::describe($thrown));
        }
        // A wrong AUTH sent by hand is refused by Redis and changes nothing on the connection.
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'alice'), self::whoami($rc));
        [, $thrown, $warnings] = self::capture(fn () => $rc->rawcommand(self::node(self::BASE), 'NOSUCHCOMMAND', 'x'));
        $texts = array_merge($texts, $warnings, $thrown ? self::describe($thrown) : [], [(string)$rc->getLastError()]);
        $this->assertNoSecret(...$texts);
    }

    public function testObjectDumpsNeverShowTheSecret(): void
    {
        foreach ([self::PASS, ['alice', self::ALICE_PW]] as $auth) {
            $rc = new RedisCluster(null, self::seeds(), 2, 2, false, $auth);
            $rc->set('dump:k', 'v');
            ob_start();
            var_dump($rc);
            debug_zval_dump($rc);
            print_r($rc);
            var_export($rc);
            echo json_encode($rc), json_encode((array)$rc), print_r(get_object_vars($rc), true);
            echo print_r((new \ReflectionObject($rc))->getProperties(), true);
            $out = ob_get_clean();
            $this->assertNoSecret($out);
            [, $thrown] = self::capture(fn () => serialize($rc));
            $this->assertInstanceOf(\Exception::class, $thrown, 'RedisCluster must not be serializable');
            $this->assertNoSecret($thrown->getMessage());
        }
    }

    public function testIniAuthForANamedCluster(): void
    {
        $seeds = implode('&', array_map(fn ($s) => 'sec[]=' . urlencode($s), self::seeds()));
        ini_set('redis.clusters.seeds', $seeds);
        ini_set('redis.clusters.timeout', 'sec=2');
        ini_set('redis.clusters.read_timeout', 'sec=2');

        ini_set('redis.clusters.auth', 'sec=' . self::PASS);
        $rc = new RedisCluster('sec');
        $this->assertWorksOnEveryMaster($rc, 'ini:');
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($rc));

        ini_set('redis.clusters.auth', 'sec[]=alice&sec[]=' . self::ALICE_PW);
        $rc = new RedisCluster('sec');
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'alice'), self::whoami($rc));

        ob_start();
        phpinfo(INFO_MODULES);
        $info = ob_get_clean();
        $this->assertMatchesRegularExpression('/redis\.clusters\.auth => \*{8} => no value/', $info);
        $this->assertNoSecret($info);

        ini_set('redis.clusters.auth', 'sec=' . self::WRONG);
        [, $thrown, $warnings] = self::capture(fn () => new RedisCluster('sec'));
        $this->assertInstanceOf(RedisClusterException::class, $thrown);
        $this->assertNoSecret(...self::describe($thrown), ...$warnings);
    }

    /** Set at startup (both the master and the local value hold it): phpinfo() masks both. */
    public function testPhpinfoMasksAStartupSetting(): void
    {
        $cmd = escapeshellarg(PHP_BINARY) . ' -d ' . escapeshellarg('redis.clusters.auth="sec=' . self::PASS . '"')
            . ' -r ' . escapeshellarg('phpinfo(INFO_MODULES);') . ' 2>&1';
        exec($cmd, $out, $rc);
        $info = implode("\n", $out);
        $this->assertSame(0, $rc, $info);
        $this->assertStringNotContainsString('syntax error', $info);
        $this->assertMatchesRegularExpression('/redis\.clusters\.auth => \*{8} => \*{8}/', $info);
        $this->assertNoSecret($info);
    }
}
