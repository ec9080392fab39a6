<?php

declare(strict_types=1);

namespace FrameworkTests;

use Symfony\Component\HttpFoundation\Session\Storage\Handler\RedisSessionHandler;
use Symfony\Component\HttpFoundation\Session\Storage\Handler\SessionHandlerFactory;

/**
 * Symfony\Component\HttpFoundation's RedisSessionHandler: the session's data under
 * "<prefix><id>" with SETEX (the handler's ttl, else session.gc_maxlifetime),
 * updateTimestamp() as EXPIRE, destroy() as UNLINK; and a real session_start() in a
 * process of its own (peer/session.php).
 */
final class SymfonySessionTest extends SymfonyTestCase
{
    /** @dataProvider dsns */
    public function testWriteReadUpdateDestroy(string $target, string $dsn): void
    {
        $h = new RedisSessionHandler(self::connect($dsn), ['prefix' => "$this->id:", 'ttl' => 100]);
        $in = $this->inspector($target);
        $this->assertTrue($h->open('', 'PHPSESSID'));
        $this->assertSame('', $h->read('s1'), 'a new session');
        $this->assertTrue($h->write('s1', 'a|i:1;'));
        $this->assertSame('a|i:1;', $in->get("$this->id:s1"));
        $this->assertTtl($in, "$this->id:s1", 95, 100);
        $this->assertTrue($h->validateId('s1'));
        $this->assertSame('a|i:1;', $h->read('s1'));
        $this->assertFalse($h->validateId('unknown'));

        // updateTimestamp(): the TTL again, the data untouched
        $in->cmd("$this->id:s1", 'EXPIRE', "$this->id:s1", 5);
        $this->assertTrue($h->updateTimestamp('s1', 'a|i:1;'));
        $this->assertTtl($in, "$this->id:s1", 95, 100);
        $this->assertSame('a|i:1;', $in->get("$this->id:s1"));

        $this->assertSame(0, $h->gc(100), 'expiry is the server\'s');
        $this->assertTrue($h->destroy('s1'));
        $this->assertFalse($in->exists("$this->id:s1"));
        $this->assertTrue($h->close());
    }

    /** Without a ttl option the TTL is session.gc_maxlifetime; empty data destroys.
     * @dataProvider dsns
     */
    public function testGcMaxlifetimeAndEmptyWrite(string $target, string $dsn): void
    {
        $h = new RedisSessionHandler(self::connect($dsn), ['prefix' => "$this->id:"]);
        $in = $this->inspector($target);
        $this->assertSame('1234', ini_get('session.gc_maxlifetime'), 'set by phpunit.xml');
        $h->open('', 'PHPSESSID');
        $this->assertTrue($h->write('s2', 'x|s:1:"y";'));
        $this->assertTtl($in, "$this->id:s2", 1230, 1234);
        $this->assertTrue($h->write('s2', ''));
        $this->assertFalse($in->exists("$this->id:s2"));
    }

    /** The handler from SessionHandlerFactory, as framework.session.handler_id: 'redis://...' makes it. */
    public function testFactoryFromDsn(): void
    {
        foreach (self::dsns() as $name => [$target, $dsn]) {
            $h = SessionHandlerFactory::createHandler($dsn);
            $this->assertInstanceOf(RedisSessionHandler::class, $h, $name);
            $h->open('', 'PHPSESSID');
            $this->assertTrue($h->write("$this->id-f", 'f|b:1;'), $name);
            $this->assertSame('f|b:1;', $this->inspector($target)->get("sf_s$this->id-f"), $name);
            $h->destroy("$this->id-f");
        }
    }

    /** @dataProvider dsns */
    public function testSessionStartInAProcess(string $target, string $dsn): void
    {
        $in = $this->inspector($target);
        $sid = $this->id . 'sess';
        $this->assertSame(1, $this->request($dsn, $sid, 'incr'));
        $this->assertSame('n|i:1;', $in->get("$this->id:$sid"));
        $this->assertTtl($in, "$this->id:$sid", 595, 600);
        $this->assertSame(2, $this->request($dsn, $sid, 'incr'));
        $this->assertSame('n|i:2;', $in->get("$this->id:$sid"));
        $this->assertNull($this->request($dsn, $sid, 'destroy'));
        $this->assertFalse($in->exists("$this->id:$sid"));
    }

    /** Runs peer/session.php with this PHP (the same module, the same ini files). */
    private function request(string $dsn, string $sid, string $action): ?int
    {
        $cmd = [PHP_BINARY, __DIR__ . '/../peer/session.php', $dsn, $sid, "$this->id:", $action];
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertIsResource($p);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        $rc = proc_close($p);
        $this->assertSame(0, $rc, "peer/session.php $action: $out$err");
        return json_decode($out, true, 2, JSON_THROW_ON_ERROR)['n'];
    }
}
