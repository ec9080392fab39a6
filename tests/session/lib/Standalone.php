<?php
/*
 * The standalone redis-servers the `redis` handler's tests use, started by the tests
 * themselves: once per PHPUnit process, on SESSION_REDIS_PORT (7280) and the next port,
 * each also on a unix socket, in ${TMPDIR:-/tmp}/rediscluster-session-<port>; stopped at
 * the process's end (FaultTest\Registry, which also runs on a fatal error or a signal). A
 * server a previous run left in that directory is killed first; a port another process
 * holds is an error that says so.
 */

declare(strict_types=1);

namespace SessionTest;

use FaultTest\Registry;
use RedisClusterTestLib\RespClient;
use RedisClusterTestLib\RespException;

final class Standalone
{
    public const COUNT = 2;

    private static ?self $running = null;
    public readonly string $dir;
    /** @var list<int> */
    public readonly array $ports;

    private function __construct(int $base)
    {
        $this->ports = range($base, $base + self::COUNT - 1);
        $this->dir = rtrim(getenv('TMPDIR') ?: '/tmp', '/') . "/rediscluster-session-$base";
    }

    /** The running servers, started on first use. */
    public static function get(): self
    {
        if (self::$running === null) {
            $s = new self((int)(getenv('SESSION_REDIS_PORT') ?: 7280));
            $s->wipe();
            Registry::add($s);
            foreach (array_keys($s->ports) as $i) {
                $s->startOne($i);
            }
            self::$running = $s;
        }
        return self::$running;
    }

    public function address(int $i = 0): string
    {
        return "127.0.0.1:{$this->ports[$i]}";
    }

    public function socket(int $i = 0): string
    {
        return "$this->dir/$i/redis.sock";
    }

    /** A client of server $i, in database $db, independent of the module under test. */
    public function client(int $i = 0, int $db = 0): RespClient
    {
        $c = new RespClient('127.0.0.1', $this->ports[$i], 2.0);
        if ($db !== 0) {
            $c->ok('SELECT', $db);
        }
        return $c;
    }

    private function startOne(int $i): void
    {
        $port = $this->ports[$i];
        $dir = "$this->dir/$i";
        if (@stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.5)) {
            throw new \RuntimeException("port $port is taken by another process; choose others with SESSION_REDIS_PORT");
        }
        mkdir($dir, 0700, true);
        exec(implode(' ', array_map('escapeshellarg', ['redis-server', '--port', (string)$port, '--bind', '127.0.0.1',
            '--unixsocket', $this->socket($i), '--unixsocketperm', '700', '--protected-mode', 'no', '--daemonize', 'yes',
            '--dir', $dir, '--pidfile', "$dir/redis.pid", '--logfile', "$dir/redis.log", '--save', '',
            '--appendonly', 'no'])) . ' 2>&1', $out, $rc);
        for ($deadline = microtime(true) + 10; ; usleep(50000)) {
            try {
                if ($rc === 0 && $this->client($i)->call('PING') === 'PONG') {
                    return;
                }
            } catch (RespException $e) {
            }
            if (microtime(true) > $deadline || $rc !== 0) {
                throw new \RuntimeException("redis-server on $port did not start: " . implode("\n", $out) . ' '
                    . @file_get_contents("$dir/redis.log"));
            }
        }
    }

    /** Stops the servers and removes their directory (Registry calls it at the end). */
    public function stopAll(): void
    {
        foreach (array_keys($this->ports) as $i) {
            try {
                $this->client($i)->call('SHUTDOWN', 'NOSAVE');
            } catch (RespException $e) {
                // gone already, or going: the wipe below makes sure
            }
        }
        $this->wipe();
        Registry::remove($this);
        self::$running = null;
    }

    /** Kills the servers whose pid files are in the directory, then removes it. */
    private function wipe(): void
    {
        foreach (glob("$this->dir/*/redis.pid") ?: [] as $file) {
            $pid = (int)file_get_contents($file);
            for ($t = 0; $pid > 0 && self::running($pid, (string)realpath(dirname($file))); $t++) {
                if ($t === 0 || $t === 20) {
                    posix_kill($pid, $t === 0 ? SIGTERM : SIGKILL);
                }
                usleep(50000);
            }
        }
        if (is_dir($this->dir)) {
            exec('rm -rf ' . escapeshellarg($this->dir));
        }
    }

    /** Our redis-server (its working directory is $dir: a pid reused by another process is
     *  left alone), still running (not a zombie its reaper has yet to collect). */
    private static function running(int $pid, string $dir): bool
    {
        $stat = (string)@file_get_contents("/proc/$pid/stat");
        return str_starts_with((string)@file_get_contents("/proc/$pid/comm"), 'redis-server')
            && @readlink("/proc/$pid/cwd") === $dir && !preg_match('/^\d+ \(.*\) [ZX]/s', $stat);
    }
}
