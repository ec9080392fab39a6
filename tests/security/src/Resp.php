<?php

declare(strict_types=1);

namespace SecurityTests;

/**
 * A minimal RESP2 client over a PHP stream (tcp or tls), independent of the module under
 * test: the tests administer their clusters and look behind the client's back with it.
 * Error replies come back as RespError objects; transport failures throw.
 */
final class Resp
{
    /** @var resource */
    private $sock;

    /**
     * @param array<string,mixed> $ssl ssl context options (tls only)
     * @param list<string>|null $auth [password] or [user, password]
     */
    public function __construct(
        public readonly string $host,
        public readonly int $port,
        bool $tls = false,
        array $ssl = [],
        ?array $auth = null,
        float $timeout = 5.0
    ) {
        $ctx = stream_context_create(['ssl' => $ssl]);
        $scheme = $tls ? 'tls' : 'tcp';
        $sock = @stream_socket_client("$scheme://$host:$port", $errno, $errstr, $timeout, STREAM_CLIENT_CONNECT, $ctx);
        if ($sock === false) {
            throw new \RuntimeException("cannot connect to $scheme://$host:$port: $errstr ($errno)");
        }
        stream_set_timeout($sock, (int)$timeout, (int)(fmod($timeout, 1.0) * 1e6));
        $this->sock = $sock;
        if ($auth !== null) {
            $this->ok('AUTH', ...$auth);
        }
    }

    public function __destruct()
    {
        $this->close();
    }

    public function close(): void
    {
        if (is_resource($this->sock)) {
            fclose($this->sock);
        }
    }

    public function call(string|int|float ...$args): mixed
    {
        $this->send(...$args);
        return $this->read();
    }

    /** Writes one command without reading its reply. */
    public function send(string|int|float ...$args): void
    {
        $buf = '*' . count($args) . "\r\n";
        foreach ($args as $a) {
            $a = (string)$a;
            $buf .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
        }
        for ($off = 0; $off < strlen($buf); $off += $n) {
            $n = @fwrite($this->sock, substr($buf, $off));
            if ($n === false || $n === 0) {
                throw new \RuntimeException("write to $this->host:$this->port failed");
            }
        }
    }

    /** Like call(), but an error reply throws. */
    public function ok(string|int|float ...$args): mixed
    {
        $r = $this->call(...$args);
        if ($r instanceof RespError) {
            throw new \RuntimeException("$this->host:$this->port: $args[0]: $r->message");
        }
        return $r;
    }

    private function line(): string
    {
        $line = fgets($this->sock);
        if ($line === false) {
            throw new \RuntimeException("read from $this->host:$this->port failed or timed out");
        }
        return substr($line, 0, -2);
    }

    public function read(): mixed
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
                        throw new \RuntimeException("read from $this->host:$this->port failed or timed out");
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
        throw new \RuntimeException("bad reply from $this->host:$this->port: $line");
    }
}

final class RespError
{
    public function __construct(public readonly string $message)
    {
    }
}
