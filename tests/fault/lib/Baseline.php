<?php
/*
 * Debian's phpredis 5.3.7, run side by side with the module under test in the same fault
 * run: its workers (and its php-fpm pool) meet the same cluster, the same fault, at the
 * same moment. Reported, never asserted.
 *   FAULT_COMPARE: "all", a comma-separated list of faults, or "none" (default: hang-master)
 */

declare(strict_types=1);

namespace FaultTest;

final class Baseline
{
    private const CONF_D = '/etc/php/8.2/cli/conf.d';

    /** Whether $fault runs the baseline beside the module under test. */
    public static function wanted(string $fault): bool
    {
        $want = getenv('FAULT_COMPARE');
        $want = $want === false ? 'hang-master' : $want;
        if ($want === 'none' || $want === '' || !str_starts_with(Report::module(), 'ours-') || self::iniFiles() === []) {
            return false;
        }
        return $want === 'all' || in_array(preg_replace('/^fpm-/', '', $fault), explode(',', $want), true);
    }

    /** The INI files that make php8.2 load Debian's phpredis: the system's scan directory. */
    public static function iniFiles(): array
    {
        $files = glob(self::CONF_D . '/*.ini') ?: [];
        foreach ($files as $f) {
            if (preg_match('/^\s*extension\s*=\s*"?([^"]*\/)?redis(\.so)?"?\s*$/m', (string)file_get_contents($f))) {
                return $files;
            }
        }
        return [];
    }

    /** The environment for its workers (as scripts/php-phpredis.sh: no sanitizer). */
    public static function env(): array
    {
        $env = getenv();
        $env['PHP_INI_SCAN_DIR'] = self::CONF_D;
        unset($env['LD_PRELOAD'], $env['ASAN_OPTIONS'], $env['UBSAN_OPTIONS'], $env['USE_ZEND_ALLOC'], $env['ZEND_DONT_UNLOAD_MODULES']);
        return $env;
    }
}
