<?php

declare(strict_types=1);

namespace RedisClusterTestLib;

/**
 * Runs a PHP script with the module that is not loaded in this process: this project's
 * (scripts/php.sh) when phpredis runs here, Debian's phpredis (scripts/php-phpredis.sh)
 * otherwise. Both are the extension "redis" and never load together; the codec
 * compatibility tests use it to have one module write and the other read.
 */
final class OtherModule
{
    /**
     * Feeds $stdin to $script; returns its exit code, standard output and standard error.
     * @return array{0: int, 1: string, 2: string}
     */
    public static function run(string $script, string $stdin, bool $hereIsPhpredis): array
    {
        $root = dirname(__DIR__, 2);
        $wrapper = $hereIsPhpredis ? "$root/scripts/php.sh" : "$root/scripts/php-phpredis.sh";
        $proc = proc_open(['bash', $wrapper, $script], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($proc)) {
            throw new RespException("cannot start $wrapper $script");
        }
        fwrite($pipes[0], $stdin);
        fclose($pipes[0]);
        $out = (string)stream_get_contents($pipes[1]);
        $err = (string)stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        return [proc_close($proc), $out, $err];
    }
}
