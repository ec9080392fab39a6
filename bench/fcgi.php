<?php
/* A minimal FastCGI load driver for the php-fpm scenario (no redis module needed; run it
 * with `php -n`). Keeps <concurrency> requests in flight, one connection each (as nginx
 * does without fastcgi_keep_conn), for <seconds> after <warmup> requests, and prints
 * {"rps": ..., "requests": ...}. Every response must be status 200 with a body equal to
 * <expect>; anything else fails the run. [query] is the request's QUERY_STRING.
 *
 *   php -n bench/fcgi.php 127.0.0.1:9000 /abs/path/app.php "OK ours" 4 3.0 [warmup [query]] */

declare(strict_types=1);

const FCGI_BEGIN_REQUEST = 1, FCGI_END_REQUEST = 3, FCGI_PARAMS = 4, FCGI_STDIN = 5,
    FCGI_STDOUT = 6, FCGI_STDERR = 7;

[, $addr, $script, $expect, $conc, $seconds] = $argv + array_fill(0, 6, null);
$warmup = (int)($argv[6] ?? 20);
$query = $argv[7] ?? '';
if ($seconds === null) {
    fwrite(STDERR, "usage: fcgi.php host:port script expect concurrency seconds [warmup [query]]\n");
    exit(2);
}
$conc = max(1, (int)$conc);
$seconds = (float)$seconds;

function record(int $type, string $body): string
{
    return pack('CCnnCx', 1, $type, 1, strlen($body), 0) . $body;
}

function nv(string $n, string $v): string
{
    $len = fn(string $s) => strlen($s) < 128 ? chr(strlen($s)) : pack('N', strlen($s) | 0x80000000);
    return $len($n) . $len($v) . $n . $v;
}

function request_bytes(string $script, string $query): string
{
    $params = '';
    foreach ([
        'GATEWAY_INTERFACE' => 'CGI/1.1', 'SERVER_PROTOCOL' => 'HTTP/1.1', 'REQUEST_METHOD' => 'GET',
        'SCRIPT_FILENAME' => $script, 'SCRIPT_NAME' => '/' . basename($script),
        'REQUEST_URI' => '/' . basename($script) . ($query === '' ? '' : "?$query"), 'QUERY_STRING' => $query,
        'SERVER_NAME' => 'bench',
        'SERVER_ADDR' => '127.0.0.1', 'SERVER_PORT' => '80', 'REMOTE_ADDR' => '127.0.0.1',
        'REMOTE_PORT' => '1', 'CONTENT_LENGTH' => '0',
    ] as $n => $v) {
        $params .= nv($n, $v);
    }
    // BEGIN_REQUEST: role responder (1), flags 0 (the server closes the connection).
    return record(FCGI_BEGIN_REQUEST, pack('nCx5', 1, 0)) . record(FCGI_PARAMS, $params)
        . record(FCGI_PARAMS, '') . record(FCGI_STDIN, '');
}

function fail(string $why): never
{
    fwrite(STDERR, "fcgi.php: $why\n");
    exit(1);
}

/** Checks one complete response (all records of one connection). */
function check_response(string $buf, string $expect): void
{
    $out = $err = '';
    $ended = false;
    for ($p = 0; $p + 8 <= strlen($buf);) {
        $h = unpack('Cver/Ctype/nid/nlen/Cpad', $buf, $p);
        $body = substr($buf, $p + 8, $h['len']);
        $p += 8 + $h['len'] + $h['pad'];
        if ($h['type'] === FCGI_STDOUT) {
            $out .= $body;
        } elseif ($h['type'] === FCGI_STDERR) {
            $err .= $body;
        } elseif ($h['type'] === FCGI_END_REQUEST) {
            $ended = true;
        }
    }
    $ended or fail('connection closed before END_REQUEST');
    [$head, $content] = array_pad(explode("\r\n\r\n", $out, 2), 2, '');
    if (preg_match('/^Status: (\d+)/mi', $head, $m) && $m[1] !== '200') {
        fail("status $m[1]: " . substr($content, 0, 300) . ' ' . substr($err, 0, 300));
    }
    $content === $expect or fail('unexpected body ' . var_export(substr($content, 0, 300), true)
        . ($err !== '' ? ' stderr ' . substr($err, 0, 300) : ''));
}

$req = request_bytes($script, $query);
$open = [];   // id => [stream, buffer]
$next = 0;
$done = 0;
$measured = 0;
$start = null;
$last = hrtime(true);

$launch = function () use (&$open, &$next, $addr, $req): void {
    $s = @stream_socket_client("tcp://$addr", $errno, $errstr, 5.0);
    $s !== false or fail("connect $addr: $errstr");
    fwrite($s, $req) === strlen($req) or fail('short write');
    stream_set_blocking($s, false);
    $open[$next++] = [$s, ''];
};

for ($i = 0; $i < $conc; $i++) {
    $launch();
}
while ($open) {
    $r = array_map(fn($c) => $c[0], $open);
    $w = $e = null;
    if (stream_select($r, $w, $e, 10) === 0) {
        fail('no response within 10 s');
    }
    foreach ($r as $id => $s) {
        $chunk = fread($s, 65536);
        if ($chunk !== '' && $chunk !== false) {
            $open[$id][1] .= $chunk;
            if (!feof($s)) {
                continue;
            }
        } elseif (!feof($s)) {
            continue;
        }
        check_response($open[$id][1], $expect);
        fclose($s);
        unset($open[$id]);
        $done++;
        $now = hrtime(true);
        if ($done === $warmup) {
            $start = $now;
        } elseif ($start !== null) {
            $measured++;
            $last = $now;
        }
        if ($start === null || ($now - $start) / 1e9 < $seconds) {
            $launch();
        }
    }
}
$measured > 0 or fail('no request measured');
echo json_encode(['rps' => $measured / (($last - $start) / 1e9), 'requests' => $measured]), "\n";
