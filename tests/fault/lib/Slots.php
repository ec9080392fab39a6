<?php
/* Key → slot (CRC16-XMODEM mod 16384, with hash tags) and hash tags that land in a given slot. */

declare(strict_types=1);

namespace FaultTest;

final class Slots
{
    private static ?array $table = null;
    /** @var array<int,string> */
    private static array $tags = [];

    public static function crc16(string $s): int
    {
        if (self::$table === null) {
            self::$table = [];
            for ($i = 0; $i < 256; $i++) {
                $c = $i << 8;
                for ($j = 0; $j < 8; $j++) {
                    $c = ($c & 0x8000) ? (($c << 1) ^ 0x1021) : ($c << 1);
                }
                self::$table[$i] = $c & 0xFFFF;
            }
        }
        $t = self::$table;
        $crc = 0;
        for ($i = 0, $n = strlen($s); $i < $n; $i++) {
            $crc = (($crc << 8) & 0xFF00) ^ $t[(($crc >> 8) ^ ord($s[$i])) & 0xFF];
        }
        return $crc;
    }

    public static function slot(string $key): int
    {
        $o = strpos($key, '{');
        if ($o !== false) {
            $c = strpos($key, '}', $o + 1);
            if ($c !== false && $c > $o + 1) {
                $key = substr($key, $o + 1, $c - $o - 1);
            }
        }
        return self::crc16($key) & 16383;
    }

    /** A short hash tag whose keys ("x{tag}y") hash to $slot. */
    public static function tag(int $slot): string
    {
        if (isset(self::$tags[$slot])) {
            return self::$tags[$slot];
        }
        for ($i = 0; ; $i++) {
            $tag = "t$i";
            $s = self::crc16($tag) & 16383;
            self::$tags[$s] ??= $tag;
            if ($s === $slot) {
                return $tag;
            }
        }
    }

    /** Default key slots: three in each third of the key space, so every master of an
     *  evenly split 3-master cluster (and most other layouts) holds some. */
    public const DEFAULT_SLOTS = [100, 2700, 5000, 5600, 8200, 10800, 11000, 13600, 16200];
}
