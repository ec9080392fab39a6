<?php

declare(strict_types=1);

/*
 * One request's session, in a process of its own (the session module wants a fresh
 * process): Symfony's RedisSessionHandler on the connection a DSN makes, registered with
 * session_set_save_handler(), then session_start(), the counter in $_SESSION incremented
 * (or the session destroyed) and session_write_close().
 *   php peer/session.php DSN SESSION_ID PREFIX incr|destroy
 * Prints {"n": <the counter after this request>}.
 */

use Symfony\Component\Cache\Adapter\RedisAdapter;
use Symfony\Component\HttpFoundation\Session\Storage\Handler\RedisSessionHandler;

error_reporting(E_ALL);
set_error_handler(function (int $no, string $msg) {
    throw new ErrorException($msg, 0, $no);
});
require_once '/usr/share/php/Symfony/Component/Cache/autoload.php';
require_once '/usr/share/php/Symfony/Component/HttpFoundation/autoload.php';

[, $dsn, $id, $prefix, $action] = $argv;
ini_set('session.use_cookies', '0');
ini_set('session.use_strict_mode', '0');
ini_set('session.cache_limiter', '');
ini_set('session.gc_maxlifetime', '600');
ini_set('session.gc_probability', '0');

session_set_save_handler(new RedisSessionHandler(RedisAdapter::createConnection($dsn), ['prefix' => $prefix]), true);
session_id($id);
session_start();
if ($action === 'destroy') {
    session_destroy();
    echo json_encode(['n' => null]), "\n";
    exit(0);
}
$_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
session_write_close();
echo json_encode(['n' => $_SESSION['n']]), "\n";
