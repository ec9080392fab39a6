<?php

declare(strict_types=1);

namespace RedisTests;

use RedisClusterTestLib\RespClient;

/**
 * MONITOR on a server, over a connection of its own: what a client really sent, as the
 * server executed it (commands the server rejects before running them, such as an unknown
 * command, are not shown).
 */
final class Monitor
{
    private RespClient $conn;

    public function __construct(private readonly int $port)
    {
        $this->conn = new RespClient('127.0.0.1', $port, 2.0, 5.0);
        if ($port === Servers::locked()) {
            $this->conn->ok('AUTH', Servers::password());
        }
        $this->conn->ok('MONITOR');
    }

    /**
     * Ends the monitor; the commands it saw until then, each as [client address, db, args].
     * @return list<array{0: string, 1: int, 2: list<string>}>
     */
    public function stop(): array
    {
        $marker = 'monitor-end-' . bin2hex(random_bytes(6));
        Servers::admin($this->port)->ok('ECHO', $marker);
        $seen = [];
        for (;;) {
            $line = $this->conn->read();
            if (!is_string($line)) {
                throw new \RuntimeException('MONITOR sent ' . var_export($line, true));
            }
            $cmd = self::parse($line);
            if ($cmd[2] === ['ECHO', $marker]) {
                break;
            }
            $seen[] = $cmd;
        }
        $this->conn->close();
        return $seen;
    }

    /**
     * One MONITOR line: `1700000000.123456 [0 127.0.0.1:5000] "SET" "k" "v"`, the arguments
     * quoted as sdscatrepr() quotes them.
     * @return array{0: string, 1: int, 2: list<string>}
     */
    public static function parse(string $line): array
    {
        if (!preg_match('/^\d+\.\d+ \[(\d+) ([^\]]+)\] (.*)$/s', $line, $m)) {
            throw new \RuntimeException("not a MONITOR line: $line");
        }
        preg_match_all('/"((?:[^"\\\\]|\\\\.)*)"/s', $m[3], $args);
        $unquote = fn (string $s): string => preg_replace_callback('/\\\\(x[0-9a-f]{2}|.)/s', function ($e) {
            $c = $e[1];
            return match (true) {
                $c[0] === 'x' && strlen($c) === 3 => chr(hexdec(substr($c, 1))),
                $c === 'n' => "\n", $c === 'r' => "\r", $c === 't' => "\t", $c === 'a' => "\x07", $c === 'b' => "\x08",
                default => $c,
            };
        }, $s);
        return [$m[2], (int)$m[1], array_map($unquote, $args[1])];
    }
}
