<?php
/*
 * One PHP request's session calls, for tests/session: run in a process of its own with this
 * project's module (scripts/php.sh) or Debian's phpredis (scripts/php-phpredis.sh), which
 * are both the extension "redis" and never load together.
 *
 * Reads a job as JSON on stdin:
 *   {"ini": {"session.save_path": "...", ...}, "steps": [[op, arg...], ...]}
 * with the ops
 *   ["start", id|null, options]   session_start() with that ID (null: a new session)
 *   ["set", {k: v, ...}]          into $_SESSION
 *   ["write_close"], ["abort"], ["destroy"], ["gc"], ["regenerate", delete_old]
 *   ["note", path]                writes session_id() to path (tells the test a point is reached)
 *   ["wait", path]                waits (at most 20 s) until path exists
 *   ["sleep", ms]
 * and prints {"module": phpversion('redis'), "steps": [{"op", "result", "t"}...],
 * "warnings": [...], "id": session_id(), "data": $_SESSION}; a step's t is how long it took (s).
 */

declare(strict_types=1);

ob_start();
$job = json_decode(stream_get_contents(STDIN), true, 32, JSON_THROW_ON_ERROR);
$warnings = [];
set_error_handler(function (int $no, string $msg) use (&$warnings): bool {
    $warnings[] = preg_replace('/^session_\w+\(\): /', '', $msg);
    return true;
});
$ini = $job['ini'] + [
    'session.save_handler' => 'rediscluster',
    'session.use_cookies' => '0',
    'session.use_only_cookies' => '0',
    'session.cache_limiter' => '',
];
foreach ($ini as $name => $value) {
    if (ini_set($name, (string)$value) === false && ini_get($name) !== (string)$value) {
        $warnings[] = "ini_set($name) refused";
    }
}

function wait_for(string $path): bool
{
    for ($deadline = microtime(true) + 20; !file_exists($path); usleep(5000)) {
        if (microtime(true) > $deadline) {
            return false;
        }
    }
    return true;
}

$steps = [];
foreach ($job['steps'] as $step) {
    $op = $step[0];
    $t0 = microtime(true);
    $result = null;
    try {
        switch ($op) {
            case 'start':
                session_id($step[1] ?? '');
                $result = session_start($step[2] ?? []);
                break;
            case 'set':
                foreach ($step[1] as $k => $v) {
                    $_SESSION[$k] = $v;
                }
                break;
            case 'write_close':
            case 'abort':
            case 'destroy':
            case 'gc':
                $result = ('session_' . $op)();
                break;
            case 'regenerate':
                $result = session_regenerate_id((bool)($step[1] ?? false));
                break;
            case 'note':
                $result = file_put_contents($step[1], session_id()) !== false;
                break;
            case 'wait':
                $result = wait_for($step[1]);
                break;
            case 'sleep':
                usleep((int)$step[1] * 1000);
                break;
            default:
                throw new InvalidArgumentException("unknown op $op");
        }
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    $steps[] = ['op' => $op, 'result' => $result, 't' => microtime(true) - $t0];
}
$out = ['module' => phpversion('redis'), 'steps' => $steps, 'warnings' => $warnings, 'id' => session_id(),
    'data' => $_SESSION ?? null];
ob_end_clean();
echo json_encode($out, JSON_INVALID_UTF8_SUBSTITUTE);
