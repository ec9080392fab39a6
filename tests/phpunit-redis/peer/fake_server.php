<?php
/*
 * A fake Redis server for the tests of connection loss (src/FakeServer.php starts it):
 *   php fake_server.php PORT COMMANDS
 * listens on 127.0.0.1:PORT, prints "ready", accepts one connection, answers its first
 * COMMANDS commands (+PONG to PING, +OK to anything else), then closes that connection
 * and its listening socket, so that every later connect is refused, and exits.
 */

declare(strict_types=1);

[, $port, $commands] = $argv + [null, null, '1'];
$srv = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr);
if ($srv === false) {
    fwrite(STDERR, "fake_server: $errstr\n");
    exit(1);
}
echo "ready\n";
fflush(STDOUT);
$conn = stream_socket_accept($srv, 30);
if ($conn === false) {
    exit(2);
}
$buf = '';
for ($served = 0; $served < (int)$commands;) {
    $chunk = fread($conn, 65536);
    if ($chunk === false || $chunk === '') {
        break;
    }
    $buf .= $chunk;
    // One reply per complete command: "*N\r\n" then N "$len\r\narg\r\n".
    while (preg_match('/^\*(\d+)\r\n/', $buf, $m)) {
        $pos = strlen($m[0]);
        $args = [];
        for ($i = 0; $i < (int)$m[1]; $i++) {
            if (!preg_match('/\G\$(\d+)\r\n/', $buf, $a, 0, $pos) || strlen($buf) < $pos + strlen($a[0]) + (int)$a[1] + 2) {
                continue 3;
            }
            $pos += strlen($a[0]);
            $args[] = substr($buf, $pos, (int)$a[1]);
            $pos += (int)$a[1] + 2;
        }
        $buf = substr($buf, $pos);
        fwrite($conn, strcasecmp($args[0] ?? '', 'PING') === 0 ? "+PONG\r\n" : "+OK\r\n");
        $served++;
    }
}
fclose($srv);
fclose($conn);
