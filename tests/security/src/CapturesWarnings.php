<?php

declare(strict_types=1);

namespace SecurityTests;

/** What the security tests share whatever they run against: warnings collected, not raised. */
trait CapturesWarnings
{
    /**
     * Runs $fn with every PHP warning/notice/deprecation collected instead of turned into a
     * test error; returns what it returned or threw, and the messages.
     * @return array{0:mixed, 1:?\Throwable, 2:list<string>}
     */
    protected static function capture(callable $fn): array
    {
        $messages = [];
        set_error_handler(function (int $no, string $msg) use (&$messages) {
            $messages[] = $msg;
            return true;
        });
        $result = $thrown = null;
        try {
            $result = $fn();
        } catch (\Throwable $e) {
            $thrown = $e;
        } finally {
            restore_error_handler();
        }
        return [$result, $thrown, $messages];
    }
}
