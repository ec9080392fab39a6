<?php

declare(strict_types=1);

namespace RedisClusterTestLib;

/**
 * A minimal RESP2 client over a PHP stream (tcp, or tls with ssl context options), shared
 * by the test suites (tests/phpunit, tests/fault, tests/security). It is independent of the
 * module under test on purpose: the tests administer their clusters and look behind the
 * client's back with it, so a bug in the module cannot hide itself by breaking the harness.
 *
 *   call(...$args)    one command; its reply, an error reply as a RespError
 *   ok(...$args)      one command; its reply, an error reply throws RespException
 *   pipeline($cmds)   many commands in one write; their replies, error replies as RespError
 *   send(...$args)    writes one command without reading its reply; read() reads it later
 *
 * Replies are PHP values: simple strings and bulk strings as strings, integers as ints,
 * arrays as lists, nil as null. Transport failures (connect, write, read, timeout, a
 * malformed reply) throw RespException; the messages of write and read failures contain
 * "failed".
 */
final class RespClient
{
    /** @var resource|null */
    private $sock;
    /** Bytes read and not yet parsed start at $pos. */
    private string $buf = '';
    private int $pos = 0;

    /**
     * @param float $connectTimeout bounds the connect (and the TLS handshake), in seconds
     * @param float|null $readTimeout bounds each wait for reply bytes, in seconds; null: $connectTimeout
     * @param array<string,mixed>|null $ssl null: plain tcp; an array: tls, with these ssl context options
     */
    public function __construct(
        public readonly string $host,
        public readonly int $port,
        float $connectTimeout = 5.0,
        ?float $readTimeout = null,
        ?array $ssl = null
    ) {
        $scheme = $ssl === null ? 'tcp' : 'tls';
        $ctx = stream_context_create($ssl === null ? [] : ['ssl' => $ssl]);
        $errno = 0;
        $errstr = '';
        $sock = @stream_socket_client("$scheme://$host:$port", $errno, $errstr, $connectTimeout,
            STREAM_CLIENT_CONNECT, $ctx);
        if ($sock === false) {
            throw new RespException("cannot connect to $scheme://$host:$port: $errstr ($errno)");
        }
        $readTimeout ??= $connectTimeout;
        stream_set_timeout($sock, (int)$readTimeout, (int)(fmod($readTimeout, 1.0) * 1e6));
        $this->sock = $sock;
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
        $this->sock = null;
    }

    public function address(): string
    {
        return "$this->host:$this->port";
    }

    /** Sends one command and returns its reply; an error reply comes back as a RespError. */
    public function call(string|int|float ...$args): mixed
    {
        $this->send(...$args);
        return $this->read();
    }

    /** Like call(), but an error reply throws a RespException (carrying the RespError). */
    public function ok(string|int|float ...$args): mixed
    {
        $r = $this->call(...$args);
        if ($r instanceof RespError) {
            throw new RespException("{$this->address()}: " . self::describe($args) . ": $r->message", $r);
        }
        return $r;
    }

    /**
     * Sends every command in one write, then reads every reply.
     * @param list<list<string|int|float>> $cmds
     * @return list<mixed> the replies in order; error replies as RespError
     */
    public function pipeline(array $cmds): array
    {
        $this->write(implode('', array_map(self::encode(...), $cmds)));
        $replies = [];
        foreach ($cmds as $_) {
            $replies[] = $this->read();
        }
        return $replies;
    }

    /** Writes one command without reading its reply (read() reads it). */
    public function send(string|int|float ...$args): void
    {
        $this->write(self::encode($args));
    }

    /** Reads one reply; an error reply comes back as a RespError. */
    public function read(): mixed
    {
        $line = $this->line();
        $rest = substr($line, 1);
        switch ($line[0] ?? '') {
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
                $s = substr($this->buf, $this->pos, $n);
                $this->pos += $n + 2;
                return $s;
            case '*':
                $n = (int)$rest;
                if ($n < 0) {
                    return null;
                }
                $out = [];
                for ($i = 0; $i < $n; $i++) {
                    $out[] = $this->read();
                }
                return $out;
        }
        throw new RespException("bad reply from {$this->address()}: " . substr($line, 0, 80));
    }

    /** @param list<string|int|float> $args */
    private static function encode(array $args): string
    {
        $out = '*' . count($args) . "\r\n";
        foreach ($args as $a) {
            $a = (string)$a;
            $out .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
        }
        return $out;
    }

    /**
     * The command for an error message: its first words, never AUTH's credentials.
     * @param array<string|int|float> $args
     */
    private static function describe(array $args): string
    {
        if (strcasecmp((string)($args[0] ?? ''), 'AUTH') === 0) {
            return 'AUTH';
        }
        return implode(' ', array_slice($args, 0, 4)) . (count($args) > 4 ? ' ...' : '');
    }

    /** @return resource */
    private function sock()
    {
        if (!is_resource($this->sock)) {
            throw new RespException("connection to {$this->address()} is closed");
        }
        return $this->sock;
    }

    private function write(string $data): void
    {
        $sock = $this->sock();
        for ($off = 0, $len = strlen($data); $off < $len; $off += $n) {
            $n = @fwrite($sock, substr($data, $off, 65536));
            if ($n === false || $n === 0) {
                throw new RespException("write to {$this->address()} failed");
            }
        }
    }

    /** Reads until at least $need unparsed bytes are buffered. */
    private function fill(int $need): void
    {
        if (strlen($this->buf) - $this->pos >= $need) {
            return;
        }
        if ($this->pos > 0) {
            $this->buf = substr($this->buf, $this->pos);
            $this->pos = 0;
        }
        $sock = $this->sock();
        while (strlen($this->buf) < $need) {
            $chunk = @fread($sock, 65536);
            if ($chunk === false || $chunk === '') {
                $timedOut = stream_get_meta_data($sock)['timed_out'];
                throw new RespException("read from {$this->address()} failed" . ($timedOut ? ' (timeout)' : ' (EOF)'));
            }
            $this->buf .= $chunk;
        }
    }

    private function line(): string
    {
        while (($p = strpos($this->buf, "\r\n", $this->pos)) === false) {
            $this->fill(strlen($this->buf) - $this->pos + 1);
        }
        $line = substr($this->buf, $this->pos, $p - $this->pos);
        $this->pos = $p + 2;
        return $line;
    }
}

/** An error reply (-ERR ..., -MOVED ..., ...), returned as a value, never thrown. */
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

/** A transport failure, or an error reply to ok() (then $reply holds it). */
final class RespException extends \RuntimeException
{
    public function __construct(string $message, public readonly ?RespError $reply = null)
    {
        parent::__construct($message);
    }
}
