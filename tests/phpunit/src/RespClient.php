<?php

declare(strict_types=1);

namespace RedisClusterTests;

/**
 * A minimal RESP2 client over a plain socket, independent of the module under test.
 * The tests use it to look at and change the cluster behind the client's back.
 * Error replies come back as RespError objects, never as exceptions, so callers can
 * assert on them; transport failures throw RuntimeException.
 */
final class RespClient
{
    /** @var resource */
    private $sock;

    public function __construct(public readonly string $host, public readonly int $port, float $timeout = 5.0)
    {
        $sock = @stream_socket_client("tcp://$host:$port", $errno, $errstr, $timeout);
        if ($sock === false) {
            throw new \RuntimeException("cannot connect to $host:$port: $errstr ($errno)");
        }
        stream_set_timeout($sock, (int)$timeout, (int)(fmod($timeout, 1.0) * 1e6));
        $this->sock = $sock;
    }

    public function __destruct()
    {
        if (is_resource($this->sock)) {
            fclose($this->sock);
        }
    }

    public function address(): string
    {
        return "$this->host:$this->port";
    }

    /** Sends one command and returns its reply. */
    public function call(string|int|float ...$args): mixed
    {
        $buf = '*' . count($args) . "\r\n";
        foreach ($args as $a) {
            $a = (string)$a;
            $buf .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
        }
        for ($off = 0; $off < strlen($buf); $off += $n) {
            $n = fwrite($this->sock, substr($buf, $off));
            if ($n === false || $n === 0) {
                throw new \RuntimeException("write to {$this->address()} failed");
            }
        }
        return $this->read();
    }

    /** Like call(), but an error reply throws. */
    public function ok(string|int|float ...$args): mixed
    {
        $r = $this->call(...$args);
        if ($r instanceof RespError) {
            throw new \RuntimeException("{$this->address()}: " . implode(' ', $args) . ": $r->message");
        }
        return $r;
    }

    private function line(): string
    {
        $line = fgets($this->sock);
        if ($line === false) {
            throw new \RuntimeException("read from {$this->address()} failed or timed out");
        }
        return substr($line, 0, -2);
    }

    private function read(): mixed
    {
        $line = $this->line();
        $rest = substr($line, 1);
        switch ($line[0]) {
            case '+':
                return $rest;
            case '-':
                return new RespError($rest);
            case ':':
                return (int)$rest;
            case '$':
                if ((int)$rest < 0) {
                    return null;
                }
                $data = '';
                $len = (int)$rest + 2;
                while (strlen($data) < $len) {
                    $chunk = fread($this->sock, $len - strlen($data));
                    if ($chunk === false || $chunk === '') {
                        throw new \RuntimeException("read from {$this->address()} failed or timed out");
                    }
                    $data .= $chunk;
                }
                return substr($data, 0, -2);
            case '*':
                if ((int)$rest < 0) {
                    return null;
                }
                $out = [];
                for ($i = 0; $i < (int)$rest; $i++) {
                    $out[] = $this->read();
                }
                return $out;
        }
        throw new \RuntimeException("bad reply from {$this->address()}: $line");
    }
}

final class RespError
{
    public function __construct(public readonly string $message)
    {
    }
}
