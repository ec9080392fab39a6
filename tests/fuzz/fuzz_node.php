<?php
/*
 * The fuzzer's fake cluster: 1-3 nodes in one process, answering with mutated replies.
 *
 *   php -n fuzz_node.php <seed> <case> <nodes> <logfile> [lifetime_seconds=60]
 *
 * Listens on <nodes> free ports of 127.0.0.1, prints "PORTS <p0> <p1> ..." and serves
 * until stdin reaches EOF (the case runner is gone) or the lifetime ends.
 *
 * The k-th request that node i receives is answered from fz_rng(seed, case,
 * "node i req k") alone (fuzz_lib.inc): CLUSTER SLOTS with a valid map over the nodes,
 * often mutated (off-by-one and overlapping ranges, duplicate and unknown nodes, many
 * nodes, bad types, bad hosts and ports, huge counts, truncation, random bytes); other
 * commands with a reply of the shape the command expects, often mutated (other types,
 * redirections, huge or negative counts and lengths, deep nesting, lying lengths, flipped
 * bytes, extra replies). Each reply is delivered whole, in chunks, byte by byte, drip-fed,
 * cut at a random offset and the connection closed, or not at all (closed, or left
 * hanging). A case's profile (from "profile") sets how wild its nodes are.
 *
 * Log: one line per request, "n<node> r<k> c<conn> <command> => <delivery> <reply bytes>".
 */

declare(strict_types=1);

require __DIR__ . '/fuzz_lib.inc';

ini_set('display_errors', 'stderr');
error_reporting(E_ALL);

if ($argc < 5) {
    fwrite(STDERR, "usage: fuzz_node.php <seed> <case> <nodes> <logfile> [lifetime]\n");
    exit(2);
}
[$seed, $case, $nodeCount] = [(int)$argv[1], (int)$argv[2], max(1, (int)$argv[3])];
$log = fopen($argv[4], 'a');
$lifetime = (float)($argv[5] ?? 60);
$started = microtime(true);

$servers = $ports = [];
for ($i = 0; $i < $nodeCount; $i++) {
    $servers[$i] = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
    if (!$servers[$i]) {
        fwrite(STDERR, "listen: $errstr\n");
        exit(1);
    }
    stream_set_blocking($servers[$i], false);
    $name = stream_socket_get_name($servers[$i], false);
    $ports[$i] = (int)substr($name, strrpos($name, ':') + 1);
}
fwrite(STDOUT, 'PORTS ' . implode(' ', $ports) . "\n");
stream_set_blocking(STDIN, false);

/* How wild this case's nodes are: the rate of mutated replies and of disrupted
 * deliveries. Calm cases reach the code behind a successful reply. */
$pr = fz_rng($seed, $case, 'profile');
$profile = [
    'mutate' => fz_pick($pr, [0.0, 0.05, 0.2, 0.5]),
    'disrupt' => fz_pick($pr, [0.0, 0.05, 0.15, 0.35]),
    'slots_mutate' => fz_pick($pr, [0.0, 0.1, 0.3, 0.7]),
];
$requests = array_fill(0, $nodeCount, 0);

function node_id(int $i): string
{
    return sha1("fuzz-node-$i");
}

function loginfo(string $line): void
{
    global $log;
    fwrite($log, $line . "\n");
}

/* ---- CLUSTER SLOTS ---- */

/* A valid map: the 16384 slots cut into ranges, dealt to the nodes in turn, Redis 7's
 * shape ([first, last, [ip, port, id, metadata], replicas...]). */
function valid_slots(Random\Randomizer $r, array $ports): array
{
    $n = count($ports);
    $ranges = $r->getInt($n, $n * 3);
    $cuts = [];
    while (count($cuts) < $ranges - 1) {
        $cuts[$r->getInt(1, 16383)] = true;
    }
    $cuts = array_keys($cuts);
    sort($cuts);
    $map = [];
    $first = 0;
    foreach (array_merge($cuts, [16384]) as $j => $next) {
        $i = $j % $n;
        $entry = [$first, $next - 1, ['127.0.0.1', $ports[$i], node_id($i), []]];
        if ($n > 1 && fz_chance($r, 0.3)) {
            /* another fuzz node as a replica: a node both master and replica */
            $o = ($i + 1) % $n;
            $entry[] = ['127.0.0.1', $ports[$o], node_id($o), []];
        }
        if (fz_chance($r, 0.1)) {
            $entry[] = ['127.0.0.1', 1, sha1("dead-$j"), []];
        }
        $map[] = $entry;
        $first = $next;
    }
    return $map;
}

/* A value of a random type where the map expects another. */
function bad_value(Random\Randomizer $r)
{
    return fz_pick($r, [null, -1, 0, 16384, 65536, 99999999999, PHP_INT_MIN, '', 'x', '7000',
        '127.0.0.1', [], [[]], [1, 2], fz_status('OK'), fz_error('ERR no'), new FzRaw("*-1\r\n"),
        str_repeat('z', $r->getInt(1, 300))]);
}

function many_nodes(Random\Randomizer $r, array $ports): array
{
    $count = fz_chance($r, 0.1) ? $r->getInt(5000, 20000) : $r->getInt(17, 2000);
    $per = max(1, intdiv(16384, $count));
    $map = [];
    for ($j = 0, $first = 0; $j < $count && $first < 16384; $j++, $first += $per) {
        $port = fz_chance($r, 0.5) ? fz_pick($r, $ports) : $r->getInt(1, 65535);
        $map[] = [$first, min(16383, $first + $per - 1), ['127.0.0.1', $port, sha1("many-$j")]];
    }
    return $map;
}

function mutate_slots(Random\Randomizer $r, array $map, array $ports): array
{
    $last = count($map) - 1;
    $e = $r->getInt(0, $last);
    switch ($r->getInt(0, 15)) {
        case 0: $map[$last][1] = 16384; break;                      /* one past the end */
        case 1: $map[0][0] = -1; break;
        case 2: if ($e > 0) { $map[$e][0] = $map[$e - 1][1]; } break; /* one shared slot */
        case 3: $map[$e][1]--; break;                               /* one slot uncovered */
        case 4: $map[] = $map[$e]; break;                           /* a duplicate entry */
        case 5: $map[$e][] = $map[$e][2]; break;                    /* master listed as its replica */
        case 6: $map[$e][2][2] = node_id(($e + 1) % count($ports)); break; /* duplicate ID */
        case 7: $map = many_nodes($r, $ports); break;
        case 8: $map[$e][$r->getInt(0, count($map[$e]) - 1)] = bad_value($r); break;
        case 9: $map[$e][2][$r->getInt(0, 3)] = bad_value($r); break;
        case 10: $map[$e][2][0] = fz_pick($r, [null, '', '?', 'fuzz.invalid', 'localhost', '::1', str_repeat('h', 300)]); break;
        case 11: $map[$e][2][1] = fz_pick($r, [0, -1, 65536, 1, 2147483648, $ports[0] + 1]); break;
        case 12: $map[$e][2][3] = fz_pick($r, [['hostname', 'fuzz.invalid'], ['hostname', null], [[[]]], 'x', [1, 2, 3]]); break;
        case 13: [$map[$e][0], $map[$e][1]] = [$map[$e][1], $map[$e][0]]; break; /* reversed */
        case 14: $map[$e] = [$map[$e][0], $map[$e][1]]; break;     /* no node at all */
        case 15: array_splice($map, $e, 1); break;                  /* a range missing */
    }
    return $map;
}

function slots_reply(Random\Randomizer $r, array $ports, bool $first): string
{
    global $profile;
    $map = valid_slots($r, $ports);
    $p = $first ? $profile['slots_mutate'] / 2 : $profile['slots_mutate'];
    if (!fz_chance($r, $p)) {
        return fz_encode($map);
    }
    for ($m = $r->getInt(1, 3); $m > 0; $m--) {
        $map = mutate_slots($r, $map, $ports);
    }
    $bytes = fz_encode($map);
    return fz_chance($r, 0.3) ? raw_mutation($r, $bytes) : $bytes;
}

/* ---- other commands ---- */

const BULK_CMDS = ['GET', 'GETSET', 'HGET', 'LINDEX', 'LPOP', 'RPOP', 'SPOP', 'SRANDMEMBER',
    'DUMP', 'ECHO', 'GETRANGE', 'RANDOMKEY', 'INCRBYFLOAT', 'HINCRBYFLOAT', 'ZINCRBY',
    'ZSCORE', 'LMOVE', 'RPOPLPUSH', 'INFO', 'TYPE'];
const STATUS_CMDS = ['SET', 'MSET', 'RENAME', 'PSETEX', 'SETEX', 'LSET', 'LTRIM', 'HMSET',
    'FLUSHALL', 'FLUSHDB', 'PFMERGE', 'RESTORE', 'PING', 'AUTH', 'READONLY', 'READWRITE',
    'ASKING', 'SELECT'];
const ARRAY_CMDS = ['MGET', 'HMGET', 'HGETALL', 'HKEYS', 'HVALS', 'SMEMBERS', 'SINTER',
    'SUNION', 'SDIFF', 'LRANGE', 'ZRANGE', 'ZRANGEBYSCORE', 'ZREVRANGE', 'ZREVRANGEBYSCORE',
    'ZRANGEBYLEX', 'TIME', 'ZPOPMIN', 'ZPOPMAX', 'ROLE'];

/* An integer reply: mostly small, sometimes at the edges of a 64-bit integer (sums of
 * them overflow). */
function some_int(Random\Randomizer $r): int
{
    return fz_chance($r, 0.8) ? $r->getInt(-1, 5) : fz_pick($r, [PHP_INT_MAX, PHP_INT_MIN, PHP_INT_MAX - 1, 2147483648, -2147483649]);
}

function some_bulk(Random\Randomizer $r): ?string
{
    return match ($r->getInt(0, 5)) {
        0 => null,
        1 => '',
        2 => (string)$r->getInt(-100, 100),
        3 => $r->getBytes($r->getInt(1, 40)),
        4 => fz_pick($r, ['1.5', 'inf', '-inf', 'nan', '1e400', 'a:1:{i:0;O:8:"stdClass":0:{}}', 'i:1', 'b:0;', 's:99:"x";']),
        default => 'v' . $r->getInt(0, 999),
    };
}

/* Any value, nested up to $depth. */
function some_value(Random\Randomizer $r, int $depth)
{
    $kind = $depth > 0 ? $r->getInt(0, 5) : $r->getInt(0, 3);
    return match ($kind) {
        0 => some_int($r),
        1 => fz_status(fz_pick($r, ['OK', 'QUEUED', '', 'PONG'])),
        2 => fz_error(fz_pick($r, ['ERR x', 'WRONGTYPE Operation against a key', 'NOSCRIPT No matching script', ''])),
        3 => some_bulk($r),
        default => array_map(fn() => some_value($r, $depth - 1), range(1, $r->getInt(1, 6))),
    };
}

/* The reply a Redis node would give, in shape if not in content. */
function shaped_reply(Random\Randomizer $r, array $argv)
{
    $cmd = strtoupper($argv[0]);
    $sub = strtoupper($argv[1] ?? '');
    if ($cmd === 'CLUSTER' && $sub === 'MYID') {
        return $r->getInt(0, 19) ? node_id($GLOBALS['current_node']) : fz_pick($r, [sha1('other'), '', fz_error('ERR unknown')]);
    }
    if (in_array($cmd, STATUS_CMDS, true)) {
        return fz_status($cmd === 'PING' ? 'PONG' : 'OK');
    }
    if (in_array($cmd, BULK_CMDS, true)) {
        return $cmd === 'INFO' ? "# Server\r\nredis_version:7.0.15\r\nredis_mode:cluster\r\n" : some_bulk($r);
    }
    if (in_array($cmd, ARRAY_CMDS, true)) {
        $n = match ($cmd) {
            'MGET' => count($argv) - 1,
            'HMGET' => count($argv) - 2,
            'TIME' => 2,
            default => 2 * $r->getInt(0, 4),
        };
        $out = [];
        for ($j = 0; $j < $n; $j++) {
            $out[] = some_bulk($r);
        }
        return $out;
    }
    if (str_starts_with($cmd, 'EVAL') || $cmd === 'FCALL' || $cmd === 'CLUSTER') {
        return some_value($r, 3);
    }
    return some_int($r);
}

/* A header announcing more than will ever come, or nonsense. */
function huge_header(Random\Randomizer $r): string
{
    return fz_pick($r, ['*2147483647', '*268435455', '*2147483648', '*-2', '*-1',
        '*9223372036854775807', '*99999999999999999999', '*1000000',
        '$1000000000000', '$2147483647', '$2147483648', '$-2', '$9223372036854775807',
        ':99999999999999999999999', ':-9223372036854775809', ':9223372036854775807', ':x']) . "\r\n";
}

/* Bytes that are not the reply asked for. */
function raw_mutation(Random\Randomizer $r, string $valid): string
{
    switch ($r->getInt(0, 9)) {
        case 0: return huge_header($r);
        case 1: return "*2\r\n\$1\r\na\r\n" . huge_header($r);     /* huge, nested */
        case 2: return substr($valid, 0, $r->getInt(0, max(0, strlen($valid) - 1)));
        case 3: return $r->getBytes($r->getInt(1, 64));
        case 4: /* nested deeper than hiredis allows, or just deep */
            $d = $r->getInt(3, 12);
            return str_repeat("*1\r\n", $d) . $valid;
        case 5: /* one byte changed, often to a protocol character */
            if ($valid === '') {
                return "\r\n";
            }
            $at = $r->getInt(0, strlen($valid) - 1);
            $valid[$at] = fz_pick($r, ['*', '$', ':', '+', '-', "\r", "\n", '0', '9', chr($r->getInt(0, 255))]);
            return $valid;
        case 6: return $valid . fz_encode(some_value($r, 2));      /* an extra reply */
        case 7: /* a bulk whose length lies */
            $s = 'abcdef';
            return '$' . $r->getInt(0, 12) . "\r\n$s\r\n";
        case 8: return '*' . $r->getInt(1, 5) . "\r\n" . fz_encode(some_value($r, 2));
        default: return $valid . $valid;
    }
}

function mutated_reply(Random\Randomizer $r, array $argv, string $valid): string
{
    global $ports;
    $slot = $r->getInt(0, 16383);
    switch (fz_weighted($r, [0 => 32, 2 => 16, 3 => 16, 4 => 8, 5 => 16, 6 => 16, 7 => 6])) {
        case 0:
            return raw_mutation($r, $valid);
        case 7:
            /* a huge bulk length, then more bytes than a reply may hold (deliver()) */
            return fz_pick($r, ['$1000000000000', '$2147483647']) . "\r\n";
        case 2:
            return fz_encode(some_value($r, 3));                    /* another type */
        case 3:
            $to = fz_pick($r, ['127.0.0.1:' . fz_pick($r, $ports), '127.0.0.1:' . fz_pick($r, $ports),
                '127.0.0.1:1', 'fuzz.invalid:7000', ':' . fz_pick($r, $ports), 'nohost', '127.0.0.1:99999', '']);
            return "-MOVED $slot $to\r\n";
        case 4:
            return "-ASK $slot 127.0.0.1:" . fz_pick($r, $ports) . "\r\n";
        case 5:
            return '-' . fz_pick($r, ['TRYAGAIN Multiple keys request during rehashing of slot',
                'CLUSTERDOWN The cluster is down', 'LOADING Redis is loading', 'MOVED', 'ASK x',
                'MOVED 1', 'NOAUTH Authentication required.', 'ERR fuzz']) . "\r\n";
        default:
            /* the right shape with hostile elements */
            $v = shaped_reply($r, $argv);
            if (is_array($v) && $v) {
                $v[$r->getInt(0, count($v) - 1)] = some_value($r, 2);
            }
            return fz_encode($v);
    }
}

/* ---- delivery ---- */

/* Queues $bytes on connection $c: whole, in pieces, byte by byte, drip-fed, cut and
 * closed, or not at all. Returns the delivery's name for the log. */
function deliver(Random\Randomizer $r, array &$c, string $bytes): string
{
    global $profile;
    $how = fz_chance($r, $profile['disrupt'])
        ? fz_weighted($r, ['pieces' => 30, 'bytes' => 15, 'cut' => 25, 'close' => 12, 'hang' => 8, 'drip' => 3, 'then-close' => 7])
        : 'whole';
    if (str_starts_with($bytes, '$1000000000000') || str_starts_with($bytes, '$2147483647')) {
        /* a fast stream after a huge bulk length: how much is buffered outside PHP's
         * allocator? (ASan's max_allocation_size_mb stops an unbounded buffer) */
        if (fz_chance($r, 0.7)) {
            $c['queue'][] = ['delay' => 0, 'data' => $bytes];
            $c['queue'][] = ['delay' => 0, 'stream' => $r->getInt(16, 128) << 20];
            $c['queue'][] = ['delay' => 0, 'close' => true];
            return 'stream';
        }
    }
    switch ($how) {
        case 'whole':
            $c['queue'][] = ['delay' => 0, 'data' => $bytes];
            break;
        case 'pieces':
            $rest = $bytes;
            while ($rest !== '') {
                $n = $r->getInt(1, max(1, intdiv(strlen($rest), 2) + 1));
                $c['queue'][] = ['delay' => $r->getInt(0, 20) / 1000, 'data' => substr($rest, 0, $n)];
                $rest = (string)substr($rest, $n);
            }
            break;
        case 'bytes':
            $c['queue'][] = ['delay' => 0, 'data' => $bytes, 'every' => 0.001];
            break;
        case 'drip':
            /* one byte every 0.2 s, for ever: every recv() returns, the reply never ends */
            $c['queue'][] = ['delay' => 0, 'data' => $bytes . str_repeat('x', 100000), 'every' => 0.2];
            break;
        case 'cut':
            $c['queue'][] = ['delay' => 0, 'data' => substr($bytes, 0, $r->getInt(0, max(0, strlen($bytes) - 1)))];
            $c['queue'][] = ['delay' => $r->getInt(0, 30) / 1000, 'close' => true];
            break;
        case 'close':
            $c['queue'][] = ['delay' => $r->getInt(0, 30) / 1000, 'close' => true];
            break;
        case 'hang':
            $c['queue'][] = ['delay' => 0, 'hang' => true];
            break;
        case 'then-close':
            $c['queue'][] = ['delay' => 0, 'data' => $bytes];
            $c['queue'][] = ['delay' => 0, 'close' => true];
            break;
    }
    return $how;
}

function answer(int $node, array $argv, array &$c): void
{
    global $seed, $case, $ports, $profile, $requests, $current_node;
    $current_node = $node;
    $k = ++$requests[$node];
    $r = fz_rng($seed, $case, "node $node req $k");
    $cmd = strtoupper($argv[0]);
    if ($cmd === 'CLUSTER' && strtoupper($argv[1] ?? '') === 'SLOTS') {
        $bytes = slots_reply($r, $ports, $k === 1);
    } else {
        $bytes = fz_encode(shaped_reply($r, $argv));
        if (fz_chance($r, $profile['mutate'])) {
            $bytes = mutated_reply($r, $argv, $bytes);
        }
    }
    $how = deliver($r, $c, $bytes);
    loginfo(sprintf('n%d r%d c%d %s => %s %s', $node, $k, $c['id'],
        fz_show(implode(' ', $argv), 80), $how, fz_show($bytes)));
}

/* One command off the front of $buf (RESP array of bulks), null when incomplete or
 * unreadable (the extension only sends well-formed commands). */
function next_command(string &$buf): ?array
{
    if (!preg_match('/^\*(\d+)\r\n/', $buf, $m)) {
        return null;
    }
    $pos = strlen($m[0]);
    $argv = [];
    for ($i = 0; $i < (int)$m[1]; $i++) {
        if (!preg_match('/\G\$(\d+)\r\n/', $buf, $b, 0, $pos)) {
            return null;
        }
        $pos += strlen($b[0]);
        if (strlen($buf) < $pos + (int)$b[1] + 2) {
            return null;
        }
        $argv[] = substr($buf, $pos, (int)$b[1]);
        $pos += (int)$b[1] + 2;
    }
    $buf = substr($buf, $pos);
    return $argv ?: null;
}

/* Sends what is due at the head of $c's queue; false when the connection is done. */
function flush_conn(array &$c): bool
{
    $now = microtime(true);
    while ($c['queue']) {
        $item = &$c['queue'][0];
        $item['due'] ??= $now + $item['delay'];
        if ($item['due'] > $now || !empty($item['hang'])) {
            return true;
        }
        if (!empty($item['close'])) {
            return false;
        }
        if (isset($item['stream'])) {
            $n = @fwrite($c['sock'], str_repeat('x', min(65536, $item['stream'])));
            if ($n === false) {
                return false;
            }
            $item['stream'] -= $n;
            if ($n === 0 || $item['stream'] > 0) {
                return true;
            }
        } else {
            $len = isset($item['every']) ? 1 : strlen($item['data']);
            $n = $item['data'] === '' ? 0 : @fwrite($c['sock'], substr($item['data'], 0, $len));
            if ($n === false) {
                return false;
            }
            $item['data'] = (string)substr($item['data'], $n);
            if ($item['data'] !== '') {
                if (isset($item['every']) && $n > 0) {
                    $item['due'] = $now + $item['every'];
                }
                return true;
            }
        }
        unset($item);
        array_shift($c['queue']);
    }
    return true;
}

$conns = [];
$nextConn = 0;
while (microtime(true) - $started < $lifetime) {
    $read = array_merge([STDIN], $servers, array_column($conns, 'sock'));
    $write = [];
    $timeout = 0.05;
    foreach ($conns as $c) {
        if ($c['queue']) {
            $write[] = $c['sock'];
            $timeout = 0.001;
        }
    }
    $except = null;
    if (@stream_select($read, $write, $except, 0, (int)($timeout * 1e6)) === false) {
        continue;
    }
    foreach ($read as $sock) {
        if ($sock === STDIN) {
            if (fread(STDIN, 4096) === '' && feof(STDIN)) {
                exit(0);
            }
            continue;
        }
        $node = array_search($sock, $servers, true);
        if ($node !== false) {
            if ($s = @stream_socket_accept($sock, 0)) {
                stream_set_blocking($s, false);
                $conns[++$nextConn] = ['id' => $nextConn, 'node' => $node, 'sock' => $s, 'rbuf' => '', 'queue' => []];
            }
            continue;
        }
        foreach ($conns as $id => &$c) {
            if ($c['sock'] !== $sock) {
                continue;
            }
            $data = @fread($sock, 65536);
            if ($data === false || ($data === '' && feof($sock))) {
                fclose($sock);
                unset($conns[$id]);
                break;
            }
            $c['rbuf'] .= $data;
            while (($argv = next_command($c['rbuf'])) !== null) {
                answer($c['node'], $argv, $c);
            }
            break;
        }
        unset($c);
    }
    foreach ($conns as $id => &$c) {
        if (!flush_conn($c)) {
            fclose($c['sock']);
            unset($conns[$id]);
        }
    }
    unset($c);
}
