<?php
/* The processes the fault tests started (clusters, workers, php-fpm) and must stop. */

declare(strict_types=1);

namespace FaultTest;

/** What the tests started and must stop, even when PHP exits on a fatal error or a signal. */
final class Registry
{
    /** @var array<int,object> */
    private static array $items = [];
    private static bool $hooked = false;

    public static function add(object $o): void
    {
        self::$items[spl_object_id($o)] = $o;
        if (!self::$hooked) {
            self::$hooked = true;
            register_shutdown_function([self::class, 'cleanup']);
            if (function_exists('pcntl_async_signals')) {
                pcntl_async_signals(true);
                foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
                    pcntl_signal($sig, function (int $s) {
                        self::cleanup();
                        exit(128 + $s);
                    });
                }
            }
        }
    }

    public static function remove(object $o): void
    {
        unset(self::$items[spl_object_id($o)]);
    }

    /** Stops workers and servers first, clusters last. */
    public static function cleanup(): void
    {
        $items = self::$items;
        usort($items, fn($a, $b) => ($a instanceof LocalCluster) <=> ($b instanceof LocalCluster));
        foreach ($items as $o) {
            try {
                $o->stopAll();
            } catch (\Throwable $e) {
                fwrite(STDERR, 'cleanup: ' . $e->getMessage() . "\n");
            }
        }
        self::$items = [];
    }
}
