<?php
/* Loads the session tests' harness (no Composer): the RESP client and cluster admin of the
 * other suites, the fault tests' cluster, PHP-FPM and FastCGI helpers, and this suite's
 * (the standalone servers of the redis handler's tests among them). */

declare(strict_types=1);

require_once __DIR__ . '/../lib/RespClient.php';
require_once __DIR__ . '/../phpunit/src/ClusterAdmin.php';
require_once __DIR__ . '/../phpunit/src/ClusterTestCase.php';
require_once __DIR__ . '/../fault/lib/Slots.php';
require_once __DIR__ . '/../fault/lib/Registry.php';
require_once __DIR__ . '/../fault/lib/LocalCluster.php';
require_once __DIR__ . '/../fault/lib/FastCgi.php';
require_once __DIR__ . '/../fault/lib/Fpm.php';
require_once __DIR__ . '/lib/Peer.php';
require_once __DIR__ . '/lib/SessionTestCase.php';
require_once __DIR__ . '/lib/Standalone.php';
require_once __DIR__ . '/lib/OnStandalone.php';
require_once __DIR__ . '/lib/CompatCases.php';
