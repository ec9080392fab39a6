<?php

declare(strict_types=1);

namespace SecurityTests;

use Redis;
use RedisException;

/**
 * A password-protected server with ACL users. Every secret contains the marker S3cr3t;
 * where this module is tested, no text PHP can show (exception messages, traces with
 * zend.exception_ignore_args=0, dumps) may contain it.
 */
final class RedisAuthTest extends RedisSecurityTestCase
{
    private const PORT = 7521;
    private const MARK = 'S3cr3t';
    private const PASS = 'Pw-default-S3cr3t-41aa';
    private const ALICE_PW = 'Pw-alice-S3cr3t-0b7e';
    private const WRONG = 'Pw-wrong-S3cr3t-99f0';

    protected static function serverOptions(): array
    {
        return [self::PORT, ['pass' => self::PASS, 'conf' => [
            'user alice on >' . self::ALICE_PW . ' ~* &* +@all',
            'user reader on >' . self::ALICE_PW . ' ~* &* +get +ping +auth +acl +client',
        ]]];
    }

    private static function open(): Redis
    {
        $r = new Redis();
        $r->connect('127.0.0.1', self::PORT, 2.0, null, 0, 2.0);
        return $r;
    }

    /** Everything PHP can say about an exception. */
    private static function describe(\Throwable $e): array
    {
        ob_start();
        var_dump($e);
        $dump = (string)ob_get_clean();
        return [$e->getMessage(), $e->getTraceAsString(), (string)$e, print_r($e->getTrace(), true), $dump];
    }

    private function assertNoSecret(string ...$texts): void
    {
        foreach ($texts as $i => $t) {
            $this->assertStringNotContainsString(self::MARK, $t, "text #$i shows a secret:\n$t");
        }
    }

    public function testNoauthIsThrown(): void
    {
        [, $thrown] = self::capture(fn () => self::open()->get('k'));
        $this->assertInstanceOf(RedisException::class, $thrown);
        $this->assertSame('NOAUTH Authentication required.', $thrown->getMessage());
    }

    public function testPasswordAndUser(): void
    {
        $r = self::open();
        $this->assertTrue($r->auth(self::PASS));
        $this->assertSame('default', $r->acl('whoami'));
        $this->assertWorks($r, 'auth:pw');
        $this->assertTrue($r->auth(['alice', self::ALICE_PW]));
        $this->assertSame('alice', $r->acl('whoami'));
        $this->assertWorks($r, 'auth:alice');
    }

    /** A wrong password: WRONGPASS thrown; where this module runs, no text shows the password. */
    public function testWrongPasswordLeaksNothing(): void
    {
        foreach ([self::WRONG, ['alice', self::WRONG]] as $cred) {
            $r = self::open();
            [, $thrown] = self::capture(fn () => $r->auth($cred));
            $this->assertInstanceOf(RedisException::class, $thrown);
            $this->assertStringStartsWith('WRONGPASS', $thrown->getMessage());
            if (!self::isPhpredis()) {
                $this->assertNoSecret(...self::describe($thrown));
                ob_start();
                var_dump($r);
                print_r($r);
                $this->assertNoSecret((string)ob_get_clean());
            }
        }
    }

    /** #[\SensitiveParameter] on auth() and on connect's context: traces never show credentials. */
    public function testCredentialsAreSensitiveParameters(): void
    {
        if (self::isPhpredis5()) {
            $p = (new \ReflectionMethod(Redis::class, 'auth'))->getParameters()[0];
            $this->assertSame([], $p->getAttributes(\SensitiveParameter::class), 'phpredis 5.3.7 marks nothing');
            return;
        }
        foreach (['auth' => 0, 'migrate' => 7] as $m => $i) {
            $p = (new \ReflectionMethod(Redis::class, $m))->getParameters()[$i];
            $this->assertNotSame([], $p->getAttributes(\SensitiveParameter::class), "$m() \$" . $p->getName());
        }
        $r = self::open();
        [, $thrown] = self::capture(fn () => $r->auth(['alice', self::WRONG]));
        $this->assertStringContainsString('SensitiveParameterValue', $thrown->getTraceAsString() . print_r($thrown->getTrace(), true));
    }

    /** The context's auth is sent on connect, and again on every reconnection. */
    public function testContextAuthOnReconnect(): void
    {
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', self::PORT, 2.0, null, 0, 2.0, ['auth' => ['alice', self::ALICE_PW]]));
        $this->assertSame('alice', $r->acl('whoami'));
        self::server()->admin()->ok('CLIENT', 'KILL', 'ID', self::clientId($r));
        $this->assertSame('alice', $r->acl('whoami'), 'reconnected as alice');
        $this->assertWorks($r, 'auth:reconnect');
    }

    /** NOPERM is thrown; the connection stays usable and the key untouched. */
    public function testNoPerm(): void
    {
        self::server()->admin()->ok('SET', 'auth:ro', 'kept');
        $r = self::open();
        $this->assertTrue($r->auth(['reader', self::ALICE_PW]));
        $this->assertSame('kept', $r->get('auth:ro'));
        [, $thrown] = self::capture(fn () => $r->set('auth:ro', 'x'));
        $this->assertInstanceOf(RedisException::class, $thrown);
        $this->assertStringStartsWith('NOPERM', $thrown->getMessage());
        $this->assertSame('kept', self::server()->admin()->call('GET', 'auth:ro'));
        $this->assertTrue($r->ping());
    }
}
