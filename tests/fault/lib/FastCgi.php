<?php
/*
 * A minimal FastCGI client (responder role, one request per connection), enough to drive
 * a PHP-FPM pool from the tests without cgi-fcgi. Several requests can be in flight at once
 * (send() then wait()), so that every child of a static pool gets work.
 */

declare(strict_types=1);

namespace FaultTest;

final class FastCgi
{
    private const VERSION = 1;
    private const BEGIN_REQUEST = 1;
    private const END_REQUEST = 3;
    private const PARAMS = 4;
    private const STDIN = 5;
    private const STDOUT = 6;
    private const STDERR = 7;
    private const RESPONDER = 1;

    public function __construct(private string $host, private int $port, private float $timeout = 10.0)
    {
    }

    /** Opens a connection and writes one request; returns the socket for wait(). @return resource */
    public function send(array $params, string $body = '')
    {
        $s = @stream_socket_client("tcp://{$this->host}:{$this->port}", $errno, $errstr, $this->timeout);
        if ($s === false) {
            throw new \RuntimeException("FastCGI connect {$this->host}:{$this->port}: $errstr");
        }
        $id = 1;
        $p = '';
        foreach ($params as $k => $v) {
            $p .= self::len(strlen((string)$k)) . self::len(strlen((string)$v)) . $k . $v;
        }
        $out = self::record(self::BEGIN_REQUEST, $id, pack('nCx5', self::RESPONDER, 0));
        foreach (str_split($p, 65535) as $chunk) {
            $out .= self::record(self::PARAMS, $id, $chunk);
        }
        $out .= self::record(self::PARAMS, $id, '');
        if ($body !== '') {
            foreach (str_split($body, 65535) as $chunk) {
                $out .= self::record(self::STDIN, $id, $chunk);
            }
        }
        $out .= self::record(self::STDIN, $id, '');
        fwrite($s, $out);
        return $s;
    }

    /** Reads the response of a request sent with send(). @param resource $s
     *  @return array{status:int,headers:array<string,string>,body:string,stderr:string} */
    public function wait($s): array
    {
        $stdout = $stderr = '';
        $buf = '';
        $deadline = microtime(true) + $this->timeout;
        stream_set_timeout($s, (int)ceil($this->timeout));
        while (true) {
            while (strlen($buf) >= 8) {
                $h = unpack('Cversion/Ctype/nid/nlen/Cpad', substr($buf, 0, 8));
                if (strlen($buf) < 8 + $h['len'] + $h['pad']) {
                    break;
                }
                $content = substr($buf, 8, $h['len']);
                $buf = substr($buf, 8 + $h['len'] + $h['pad']);
                if ($h['type'] === self::STDOUT) {
                    $stdout .= $content;
                } elseif ($h['type'] === self::STDERR) {
                    $stderr .= $content;
                } elseif ($h['type'] === self::END_REQUEST) {
                    fclose($s);
                    return self::parse($stdout, $stderr);
                }
            }
            $chunk = fread($s, 65536);
            if ($chunk === false || $chunk === '' || microtime(true) > $deadline) {
                $meta = stream_get_meta_data($s);
                fclose($s);
                throw new \RuntimeException('FastCGI response incomplete (' . ($meta['timed_out'] ? 'timeout' : 'connection closed')
                    . '); got: ' . substr($stdout . $stderr, 0, 500));
            }
            $buf .= $chunk;
        }
    }

    public function request(array $params, string $body = ''): array
    {
        return $this->wait($this->send($params, $body));
    }

    private static function parse(string $stdout, string $stderr): array
    {
        [$head, $body] = array_pad(explode("\r\n\r\n", $stdout, 2), 2, '');
        $headers = [];
        foreach (explode("\r\n", $head) as $l) {
            if (str_contains($l, ':')) {
                [$k, $v] = explode(':', $l, 2);
                $headers[strtolower(trim($k))] = trim($v);
            }
        }
        $status = isset($headers['status']) ? (int)$headers['status'] : 200;
        return ['status' => $status, 'headers' => $headers, 'body' => $body, 'stderr' => $stderr];
    }

    private static function record(int $type, int $id, string $content): string
    {
        $len = strlen($content);
        $pad = (8 - $len % 8) % 8;
        return pack('CCnnCx', self::VERSION, $type, $id, $len, $pad) . $content . str_repeat("\0", $pad);
    }

    private static function len(int $n): string
    {
        return $n < 128 ? chr($n) : pack('N', $n | 0x80000000);
    }
}
