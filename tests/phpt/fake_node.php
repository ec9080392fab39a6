<?php
/*
 * A scripted fake Redis Cluster node for the phpt tests.
 *
 *   php -n fake_node.php <logfile> [idle_seconds=10] [lifetime_seconds=30] [port=0]
 *
 * Start-up handshake (fake_helper.inc does it): the node listens on a free
 * port of 127.0.0.1 (or on the given port: a node replaced behind the same
 * address) and prints "PORT <n>"; it then reads the path of its
 * script from stdin, loads it and prints "READY". It exits when stdin reaches
 * EOF (the test process is gone), on SIGTERM, after idle_seconds without
 * traffic, or after lifetime_seconds in any case: it never outlives a test.
 *
 * The script returns an array (placeholders like {P1} already replaced):
 *   'id'         => node ID, the reply to CLUSTER MYID
 *   'slots'      => reply to CLUSTER SLOTS (a reply spec, see below)
 *   'slots_file' => file holding serialize()d slots, read at each CLUSTER
 *                   SLOTS when 'slots' is absent (shared by all nodes)
 *   'redirects'  => true: a key command for a slot the current CLUSTER SLOTS gives
 *                   another master is answered MOVED, as Redis does (when this
 *                   node is a master of that map)
 *   'epoch'      => cluster_current_epoch in CLUSTER INFO; when absent, the number
 *                   in '<slots_file>.epoch' (shared), else 0
 *   'password'   => if set, commands before a good AUTH get -NOAUTH
 *   'data'       => key => value store for GET/SET/MGET/DEL/EXISTS/UNLINK;
 *                   MULTI queues what follows (rules apply when a command arrives,
 *                   and again when EXEC runs it), EXEC answers the list, DISCARD,
 *                   WATCH and UNWATCH answer +OK
 *   'rules'      => list of rules, tried in order before the built-ins:
 *      'cmd'       => 'GET' | 'CLUSTER SLOTS' | ['GET', 'MGET'] | '*'
 *      'key'       => optional, the argument after the command word(s)
 *      'replies'   => list of reply specs, one per match; the last repeats
 *      'reply'     => a single reply spec (same as 'replies' => [spec])
 *      'set_slots' => when the rule fires, write these slots to 'slots_file'
 *      'set_epoch' => when the rule fires, write this epoch to '<slots_file>.epoch'
 *
 * A reply spec: a string is a bulk string, an int an integer, null a null
 * bulk, a list an array (nested freely); an assoc array is typed:
 *   ['err' => 'MOVED 1 h:p'], ['status' => 'OK'], ['int' => 1],
 *   ['bulk' => 'x'], ['array' => [...]], ['raw' => "any bytes"],
 *   ['builtin' => true] (the built-in answer), plus modifiers:
 *   'sleep' => seconds before sending, 'close' => true (close after sending;
 *   alone: close without a reply), 'hang' => true (never answer again on
 *   this connection), 'drip' => seconds (send the reply one byte at a time,
 *   this long between bytes), 'flood' => bytes (after the reply, stream that
 *   many filler bytes 'x' as fast as the socket takes them; later replies wait).
 *
 * Log: one line per command received, "<unix time> c<conn> b<read#> ARGS",
 * arguments escaped with addcslashes and joined by spaces; connection events
 * are logged as "#OPEN" / "#CLOSE" with batch "-".
 */

declare(strict_types=1);

ini_set('display_errors', 'stderr');
error_reporting(E_ALL);

require __DIR__ . '/fake_slot.inc';

const CROSSSLOT = "Keys in request don't hash to the same slot";
/* the commands builtin() answers */
const KNOWN = ['AUTH', 'PING', 'ECHO', 'ASKING', 'READONLY', 'READWRITE', 'WATCH', 'UNWATCH', 'MULTI',
    'DISCARD', 'EXEC', 'QUIT', 'CLUSTER', 'GET', 'SET', 'MGET', 'EXISTS', 'DEL', 'UNLINK'];

if ($argc < 2) {
    fwrite(STDERR, "usage: fake_node.php <logfile> [idle] [lifetime] [port]\n");
    exit(2);
}
$log = fopen($argv[1], 'a');
$idle = (float)($argv[2] ?? 10);
$lifetime = (float)($argv[3] ?? 30);
$started = microtime(true);

/* SIGTERM (fake_kill(), fake_stop()) ends the node at once, by the default action: no
 * PHP code runs then. An exit() from an async signal handler unwound whatever frame the
 * node was in, and once under ASan that unwinding crashed PHP freeing a frame's
 * variables. The log loses nothing: plain-file writes are not buffered. */
if (function_exists('pcntl_signal')) {
    pcntl_signal(SIGTERM, SIG_DFL);
}

$port = (int)($argv[4] ?? 0);
/* A given port may have been freed a moment ago: retry the bind briefly. */
for ($try = 0; ; $try++) {
    $server = @stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
    if ($server || $port === 0 || $try >= 50) {
        break;
    }
    usleep(20000);
}
if (!$server) {
    fwrite(STDERR, "listen: $errstr\n");
    exit(1);
}
$name = stream_socket_get_name($server, false);
$port = (int)substr($name, strrpos($name, ':') + 1);
fwrite(STDOUT, "PORT $port\n");

$path = fgets(STDIN);
if ($path === false) {
    exit(0);
}
$cfg = require trim($path);
$cfg += ['id' => str_repeat('0', 40), 'data' => [], 'rules' => []];
fwrite(STDOUT, "READY\n");

stream_set_blocking($server, false);
stream_set_blocking(STDIN, false);

$clients = [];
$hits = [];
$nextId = 0;
$batch = 0;
$lastActivity = microtime(true);

function logline(string $conn, string $batch, string $text): void
{
    global $log;
    fwrite($log, sprintf("%.6f %s %s %s\n", microtime(true), $conn, $batch, $text));
}

function argv_text(array $argv): string
{
    return implode(' ', array_map(
        fn($a) => addcslashes($a, "\0..\40\\\177..\377"), $argv));
}

function is_typed($v): bool
{
    return is_array($v) && $v !== [] && !array_is_list($v);
}

function encode($v): string
{
    if ($v === null) {
        return "\$-1\r\n";
    }
    if (is_bool($v)) {
        $v = (int)$v;
    }
    if (is_int($v)) {
        return ":$v\r\n";
    }
    if (is_float($v)) {
        $v = (string)$v;
    }
    if (is_string($v)) {
        return '$' . strlen($v) . "\r\n$v\r\n";
    }
    if (!is_typed($v)) {
        return '*' . count($v) . "\r\n" . implode('', array_map('encode', $v));
    }
    if (isset($v['raw'])) {
        return $v['raw'];
    }
    if (isset($v['err'])) {
        return "-{$v['err']}\r\n";
    }
    if (isset($v['status'])) {
        return "+{$v['status']}\r\n";
    }
    if (isset($v['int'])) {
        return ":{$v['int']}\r\n";
    }
    if (array_key_exists('bulk', $v)) {
        return encode($v['bulk']);
    }
    if (isset($v['array'])) {
        return encode($v['array']);
    }
    return '';
}

/* One command off the front of $buf: an argv, [] for an empty line, null if
 * incomplete. Throws on a protocol error. */
function parse_command(string &$buf): ?array
{
    if ($buf === '') {
        return null;
    }
    if ($buf[0] !== '*') {
        $eol = strpos($buf, "\n");
        if ($eol === false) {
            return null;
        }
        $line = substr($buf, 0, $eol);
        $buf = substr($buf, $eol + 1);
        return preg_split('/[ \t\r]+/', trim($line), -1, PREG_SPLIT_NO_EMPTY);
    }
    $eol = strpos($buf, "\r\n");
    if ($eol === false) {
        return null;
    }
    $n = substr($buf, 1, $eol - 1);
    if (!preg_match('/^\d+$/', $n)) {
        throw new RuntimeException("invalid multibulk length");
    }
    $pos = $eol + 2;
    $argv = [];
    for ($i = 0; $i < (int)$n; $i++) {
        if (!isset($buf[$pos])) {
            return null;
        }
        if ($buf[$pos] !== '$') {
            throw new RuntimeException("expected '\$', got '{$buf[$pos]}'");
        }
        $eol = strpos($buf, "\r\n", $pos);
        if ($eol === false) {
            return null;
        }
        $len = substr($buf, $pos + 1, $eol - $pos - 1);
        if (!preg_match('/^\d+$/', $len)) {
            throw new RuntimeException("invalid bulk length");
        }
        if (strlen($buf) < $eol + 2 + (int)$len + 2) {
            return null;
        }
        $argv[] = substr($buf, $eol + 2, (int)$len);
        $pos = $eol + 2 + (int)$len + 2;
    }
    $buf = substr($buf, $pos);
    return $argv;
}

function rule_matches(array $rule, array $argv): bool
{
    $names = (array)$rule['cmd'];
    foreach ($names as $name) {
        if ($name === '*') {
            return true;
        }
        $words = explode(' ', $name);
        $n = count($words);
        if (count($argv) < $n) {
            continue;
        }
        $head = array_map('strtoupper', array_slice($argv, 0, $n));
        if ($head !== array_map('strtoupper', $words)) {
            continue;
        }
        if (!array_key_exists('key', $rule) || ($argv[$n] ?? null) === $rule['key']) {
            return true;
        }
    }
    return false;
}

function current_slots()
{
    global $cfg;
    if (array_key_exists('slots', $cfg)) {
        return $cfg['slots'];
    }
    if (isset($cfg['slots_file'])) {
        return unserialize(file_get_contents($cfg['slots_file']));
    }
    return ['err' => 'ERR This instance has cluster support disabled'];
}

function current_epoch(): int
{
    global $cfg;
    if (isset($cfg['epoch'])) {
        return (int)$cfg['epoch'];
    }
    return isset($cfg['slots_file']) ? (int)@file_get_contents($cfg['slots_file'] . '.epoch') : 0;
}

function same_slot(array $keys): bool
{
    return count(array_unique(array_map('fake_key_slot', $keys))) <= 1;
}

/* The answer of a plain single-node Redis Cluster member. */
function builtin(array $argv, array &$c)
{
    global $cfg;
    $cmd = strtoupper($argv[0]);
    $args = array_slice($argv, 1);
    switch ($cmd) {
        case 'AUTH':
            if (!isset($cfg['password'])) {
                return ['err' => 'ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?'];
            }
            if (end($args) !== $cfg['password']) {
                return ['err' => 'WRONGPASS invalid username-password pair or user is disabled.'];
            }
            $c['authed'] = true;
            return ['status' => 'OK'];
        case 'PING':
            return $args ? $args[0] : ['status' => 'PONG'];
        case 'ECHO':
            return $args[0] ?? ['err' => "ERR wrong number of arguments for 'echo' command"];
        case 'ASKING':
        case 'READONLY':
        case 'READWRITE':
        case 'WATCH':
        case 'UNWATCH':
            return ['status' => 'OK'];
        case 'MULTI':
            $c['multi'] = [];
            return ['status' => 'OK'];
        case 'DISCARD':
            $c['multi'] = null;
            return ['status' => 'OK'];
        case 'EXEC':
            if ($c['multi'] === null) {
                return ['err' => 'ERR EXEC without MULTI'];
            }
            $queued = $c['multi'];
            $c['multi'] = null;
            return ['array' => array_map(fn($argv) => answer($argv, $c), $queued)];
        case 'QUIT':
            return ['status' => 'OK', 'close' => true];
        case 'CLUSTER':
            switch (strtoupper($args[0] ?? '')) {
                case 'SLOTS':
                    return current_slots();
                case 'MYID':
                    return $cfg['id'];
                case 'INFO':
                    return "cluster_state:ok\r\ncluster_slots_assigned:16384\r\ncluster_current_epoch:"
                        . current_epoch() . "\r\ncluster_my_epoch:0\r\n";
            }
            return ['err' => 'ERR fake node: unsupported CLUSTER subcommand'];
        case 'GET':
            return $cfg['data'][$args[0] ?? ''] ?? null;
        case 'SET':
            if (count($args) < 2) {
                return ['err' => "ERR wrong number of arguments for 'set' command"];
            }
            $cfg['data'][$args[0]] = $args[1];
            return ['status' => 'OK'];
        case 'MGET':
            if (!same_slot($args)) {
                return ['err' => 'CROSSSLOT ' . CROSSSLOT];
            }
            return array_map(fn($k) => $cfg['data'][$k] ?? null, $args);
        case 'EXISTS':
        case 'DEL':
        case 'UNLINK':
            if (!same_slot($args)) {
                return ['err' => 'CROSSSLOT ' . CROSSSLOT];
            }
            $n = 0;
            foreach ($args as $k) {
                if (array_key_exists($k, $cfg['data'])) {
                    $n++;
                    if ($cmd !== 'EXISTS') {
                        unset($cfg['data'][$k]);
                    }
                }
            }
            return $n;
    }
    return ['err' => "ERR unknown command '{$argv[0]}'"];
}

function answer(array $argv, array &$c)
{
    global $cfg, $hits;
    $cmd = strtoupper($argv[0]);
    if (!$c['authed'] && $cmd !== 'AUTH' && $cmd !== 'QUIT') {
        return ['err' => 'NOAUTH Authentication required.'];
    }
    foreach ($cfg['rules'] as $i => $rule) {
        if (!rule_matches($rule, $argv)) {
            continue;
        }
        $replies = $rule['replies'] ?? [$rule['reply'] ?? null];
        $n = $hits[$i] = ($hits[$i] ?? -1) + 1;
        $spec = $replies[min($n, count($replies) - 1)];
        if (isset($rule['set_epoch'], $cfg['slots_file'])) {
            $tmp = $cfg['slots_file'] . '.epoch.' . getmypid();
            file_put_contents($tmp, (string)$rule['set_epoch']);
            rename($tmp, $cfg['slots_file'] . '.epoch');
        }
        if (isset($rule['set_slots'], $cfg['slots_file'])) {
            $tmp = $cfg['slots_file'] . '.' . getmypid();
            file_put_contents($tmp, serialize($rule['set_slots']));
            rename($tmp, $cfg['slots_file']);
        }
        if (($c['multi'] ?? null) !== null && $spec === ['status' => 'QUEUED']) {
            /* a rule that queues: EXEC runs the command (and the rules) again */
            $c['multi'][] = $argv;
        }
        if (is_typed($spec) && !empty($spec['builtin'])) {
            /* the built-in answer, keeping this spec's modifiers */
            unset($spec['builtin']);
            $spec = ['raw' => encode(builtin($argv, $c))] + $spec;
        }
        return $spec;
    }
    if (($c['multi'] ?? null) !== null && !in_array($cmd, ['EXEC', 'DISCARD', 'MULTI', 'WATCH', 'QUIT'], true)) {
        /* inside MULTI: queued, answered by EXEC (rules then apply again, at EXEC); an
         * unknown command is refused now, as Redis does */
        if (!in_array($cmd, KNOWN, true)) {
            return ['err' => "ERR unknown command '{$argv[0]}'"];
        }
        $c['multi'][] = $argv;
        return ['status' => 'QUEUED'];
    }
    return moved_elsewhere($argv) ?? builtin($argv, $c);
}

/* With 'redirects', as a Redis Cluster master does: a key command for a slot the current
 * CLUSTER SLOTS gives another master is answered MOVED (only when this node is a master of
 * that map). */
function moved_elsewhere(array $argv): ?array
{
    global $port, $cfg;
    if (empty($cfg['redirects']) || !in_array(strtoupper($argv[0]), ['GET', 'SET', 'MGET', 'EXISTS', 'DEL', 'UNLINK'], true) || !isset($argv[1])) {
        return null;
    }
    $slots = current_slots();
    if (!is_array($slots) || is_typed($slots)) {
        return null;
    }
    $slot = fake_key_slot($argv[1]);
    $mine = false;
    $owner = null;
    foreach ($slots as $range) {
        if (!is_array($range) || !isset($range[0], $range[1], $range[2][1]) || !is_int($range[2][1])) {
            return null;
        }
        $mine = $mine || $range[2][1] === $port;
        if ($slot >= $range[0] && $slot <= $range[1]) {
            $owner = $range[2];
        }
    }
    if (!$mine || $owner === null || $owner[1] === $port) {
        return null;
    }
    return ['err' => "MOVED $slot {$owner[0]}:{$owner[1]}"];
}

/* Queue the reply: 'due' is when it may be sent (INF: never). */
function queue_reply(array &$c, $spec): void
{
    $item = ['due' => microtime(true), 'data' => encode($spec), 'close' => false];
    if (is_typed($spec)) {
        if (!empty($spec['hang'])) {
            $item['due'] = INF;
        }
        $item['due'] += (float)($spec['sleep'] ?? 0);
        $item['close'] = !empty($spec['close']);
        $item['flood'] = (int)($spec['flood'] ?? 0);
        if (isset($spec['drip']) && strlen($item['data']) > 1) {
            /* one queue item per byte, each due 'drip' seconds after the last */
            foreach (str_split($item['data']) as $k => $byte) {
                $c['queue'][] = ['due' => $item['due'] + $k * (float)$spec['drip'], 'data' => $byte,
                    'close' => $item['close'] && $k === strlen($item['data']) - 1];
            }
            return;
        }
    }
    $c['queue'][] = $item;
}

function close_client(int $id): void
{
    global $clients;
    fclose($clients[$id]['sock']);
    unset($clients[$id]);
    logline("c$id", '-', '#CLOSE');
}

/* Move due replies to the write buffer, write what the socket takes. */
function flush_client(int $id): void
{
    global $clients;
    $c = &$clients[$id];
    $now = microtime(true);
    while ($c['queue'] && !$c['closing'] && empty($c['flood']) && $c['queue'][0]['due'] <= $now) {
        $item = array_shift($c['queue']);
        $c['wbuf'] .= $item['data'];
        $c['closing'] = $item['close'];
        $c['flood'] = $item['flood'] ?? 0;
    }
    flood_top_up($c);
    if ($c['wbuf'] !== '') {
        $n = @fwrite($c['sock'], $c['wbuf']);
        if ($n === false) {
            close_client($id);
            return;
        }
        $c['wbuf'] = (string)substr($c['wbuf'], $n);
    }
    flood_top_up($c); /* a non-empty wbuf keeps the socket in the select's write set */
    if ($c['closing'] && $c['wbuf'] === '') {
        close_client($id);
    }
}

/* 'flood': the filler is added 1 MiB at a time as the socket drains, so a stream of any
 * size never sits whole in this process's memory. */
function flood_top_up(array &$c): void
{
    if (!empty($c['flood']) && strlen($c['wbuf']) < (1 << 20)) {
        $n = min($c['flood'], 1 << 20);
        $c['wbuf'] .= str_repeat('x', $n);
        $c['flood'] -= $n;
    }
}

function read_client(int $id): void
{
    global $clients, $batch;
    $c = &$clients[$id];
    $data = @fread($c['sock'], 65536);
    if ($data === '' || $data === false) {
        if (feof($c['sock']) || $data === false) {
            close_client($id);
        }
        return;
    }
    $c['rbuf'] .= $data;
    $b = 'b' . (++$batch);
    try {
        while (($argv = parse_command($c['rbuf'])) !== null) {
            if ($argv === []) {
                continue;
            }
            logline("c$id", $b, argv_text($argv));
            queue_reply($c, answer($argv, $c));
        }
    } catch (RuntimeException $e) {
        logline("c$id", $b, '#PROTOCOL-ERROR ' . $e->getMessage());
        queue_reply($c, ['err' => 'ERR Protocol error: ' . $e->getMessage(), 'close' => true]);
    }
}

while (true) {
    $now = microtime(true);
    if ($now - $lastActivity > $idle || $now - $started > $lifetime) {
        exit(0);
    }
    $timeout = 0.25;
    $read = [$server, STDIN];
    $write = [];
    foreach ($clients as $c) {
        $read[] = $c['sock'];
        if ($c['wbuf'] !== '') {
            $write[] = $c['sock'];
        }
        if ($c['queue'] && !$c['closing']) {
            $timeout = min($timeout, max(0.0, $c['queue'][0]['due'] - $now));
        }
    }
    $except = null;
    $n = @stream_select($read, $write, $except, 0, (int)($timeout * 1e6));
    if ($n === false) {
        continue; /* EINTR */
    }
    foreach ($read as $sock) {
        if ($sock === STDIN) {
            if (fread(STDIN, 4096) === '' && feof(STDIN)) {
                exit(0);
            }
        } elseif ($sock === $server) {
            $conn = @stream_socket_accept($server, 0);
            if ($conn) {
                stream_set_blocking($conn, false);
                $id = ++$nextId;
                $clients[$id] = ['sock' => $conn, 'rbuf' => '', 'wbuf' => '',
                    'queue' => [], 'closing' => false,
                    'authed' => !isset($cfg['password']), 'multi' => null];
                logline("c$id", '-', '#OPEN');
            }
        } else {
            foreach ($clients as $id => $c) {
                if ($c['sock'] === $sock) {
                    read_client($id);
                    break;
                }
            }
        }
        $lastActivity = microtime(true);
    }
    foreach (array_keys($clients) as $id) {
        if (isset($clients[$id])) {
            flush_client($id);
        }
    }
}
