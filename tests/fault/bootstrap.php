<?php
/* Loads the fault-test harness (no Composer). */

declare(strict_types=1);

require_once __DIR__ . '/../lib/RespClient.php';
require_once __DIR__ . '/lib/Slots.php';
require_once __DIR__ . '/lib/Registry.php';
require_once __DIR__ . '/lib/LocalCluster.php';
require_once __DIR__ . '/lib/Workers.php';
require_once __DIR__ . '/lib/Report.php';
require_once __DIR__ . '/lib/Baseline.php';
require_once __DIR__ . '/lib/FastCgi.php';
require_once __DIR__ . '/lib/Fpm.php';
require_once __DIR__ . '/lib/FaultTestCase.php';
