<?php
/*
 * The application of tests/session/FpmSessionTest.php: one request increments a counter
 * in the session named by the FastCGI param SESSION_ID, holding it HOLD_MS between the
 * read and the write (so that concurrent requests overlap), then answers JSON:
 * {"pid", "ok", "err", "n" (the value it wrote), "t" (seconds, session_start to the end)}.
 * A request is ok when nothing warned: session_write_close() returns true even when the
 * write failed.
 */

declare(strict_types=1);

$t0 = microtime(true);
$warnings = [];
set_error_handler(function (int $no, string $msg) use (&$warnings): bool {
    $warnings[] = $msg;
    return true;
});
$out = ['pid' => getmypid(), 'ok' => false, 'err' => null, 'n' => null];
session_id((string)($_SERVER['SESSION_ID'] ?? ''));
if (session_start()) {
    $n = (int)($_SESSION['n'] ?? 0);
    usleep(max(0, (int)($_SERVER['HOLD_MS'] ?? 0)) * 1000);
    $_SESSION['n'] = $n + 1;
    session_write_close();
    $out['n'] = $n + 1;
}
$out['ok'] = $warnings === [];
$out['err'] = $warnings ? implode('; ', $warnings) : null;
$out['t'] = microtime(true) - $t0;
header('Content-Type: application/json');
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
