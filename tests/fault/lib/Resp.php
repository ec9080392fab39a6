<?php
/*
 * A minimal RESP2 client over a plain socket, for administering the test cluster.
 * The fault tests never administer the cluster through the RedisCluster class under
 * test: a bug in it must not hide itself by breaking the harness too.
 */

declare(strict_types=1);

namespace FaultTest;

final class RespError
{
    public function __construct(public readonly string $message)
    {
    }

    public function __toString(): string
    {
        return $this->message;
    }
}

final class RespException extends \RuntimeException
{
}

final class Resp
{
    /** @var resource */
    private $sock;
    private string $buf = '';

    public function __construct(public readonly string $host, public readonly int $port, float $timeout = 2.0)
    {
        $errno = 0;
        $errstr = '';
        $s = @stream_socket_client("tcp://$host:$port", $errno, $errstr, $timeout);
        if ($s === false) {
            throw new RespException("connect $host:$port: $errstr ($errno)");
        }
        stream_set_timeout($s, (int)$timeout, (int)(fmod($timeout, 1.0) * 1e6));
        $this->sock = $s;
    }

    public function __destruct()
    {
        if (is_resource($this->sock)) {
            fclose($this->sock);
        }
    }

    /** One command; an error reply throws unless $allowError, then it is returned as RespError. */
    public function cmd(string|int ...$args): mixed
    {
        $r = $this->pipeline([$args])[0];
        if ($r instanceof RespError) {
            throw new RespException("{$this->host}:{$this->port} " . implode(' ', array_slice($args, 0, 4)) . ": $r");
        }
        return $r;
    }

    /** Like cmd() but an error reply comes back as a RespError. */
    public function try(string|int ...$args): mixed
    {
        return $this->pipeline([$args])[0];
    }

    /**
     * Sends every command in one write, then reads every reply.
     * @param list<list<string|int>> $cmds
     * @return list<mixed> replies; error replies as RespError
     */
    public function pipeline(array $cmds): array
    {
        $out = '';
        foreach ($cmds as $args) {
            $out .= '*' . count($args) . "\r\n";
            foreach ($args as $a) {
                $a = (string)$a;
                $out .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
            }
        }
        for ($off = 0, $len = strlen($out); $off < $len;) {
            $n = @fwrite($this->sock, substr($out, $off, 65536));
            if ($n === false || $n === 0) {
                throw new RespException("write to {$this->host}:{$this->port} failed");
            }
            $off += $n;
        }
        $replies = [];
        foreach ($cmds as $_) {
            $replies[] = $this->readReply();
        }
        return $replies;
    }

    private function fill(int $need): void
    {
        while (strlen($this->buf) < $need) {
            $chunk = fread($this->sock, 65536);
            if ($chunk === false || $chunk === '') {
                $meta = stream_get_meta_data($this->sock);
                throw new RespException("read from {$this->host}:{$this->port} failed" . ($meta['timed_out'] ? ' (timeout)' : ' (EOF)'));
            }
            $this->buf .= $chunk;
        }
    }

    private function line(): string
    {
        while (($p = strpos($this->buf, "\r\n")) === false) {
            $this->fill(strlen($this->buf) + 1);
        }
        $l = substr($this->buf, 0, $p);
        $this->buf = substr($this->buf, $p + 2);
        return $l;
    }

    private function readReply(): mixed
    {
        $l = $this->line();
        $t = $l[0] ?? '';
        $rest = substr($l, 1);
        switch ($t) {
            case '+':
                return $rest;
            case '-':
                return new RespError($rest);
            case ':':
                return (int)$rest;
            case '$':
                $n = (int)$rest;
                if ($n < 0) {
                    return null;
                }
                $this->fill($n + 2);
                $s = substr($this->buf, 0, $n);
                $this->buf = substr($this->buf, $n + 2);
                return $s;
            case '*':
                $n = (int)$rest;
                if ($n < 0) {
                    return null;
                }
                $a = [];
                for ($i = 0; $i < $n; $i++) {
                    $a[] = $this->readReply();
                }
                return $a;
        }
        throw new RespException("bad reply from {$this->host}:{$this->port}: " . substr($l, 0, 80));
    }
}
