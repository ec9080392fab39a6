<?php

declare(strict_types=1);

/*
 * What both bootstraps of the security suite do before any test: Ctrl-C or a kill exits
 * normally, so that the shutdown functions stop the test servers; the tools must be there.
 *   security_prepare(list<string> $tools)
 */

function security_prepare(array $tools): void
{
    if (function_exists('pcntl_async_signals')) {
        pcntl_async_signals(true);
        foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
            pcntl_signal($sig, function (int $sig) {
                fwrite(STDERR, "\nsignal $sig: stopping the test servers\n");
                exit(128 + $sig);
            });
        }
    }
    foreach ($tools as $tool) {
        if (trim((string)shell_exec('command -v ' . $tool)) === '') {
            fwrite(STDERR, "$tool is not installed\n");
            exit(1);
        }
    }
}
