<?php

// Evaluates Precise calls in PHP: reads [[method, args], ...] as JSON on stdin, prints the results as JSON
// ({"throws": true} for a call that throws).

require_once dirname(__DIR__, 2) . '/php/base/autoload.php';

$calls = json_decode(stream_get_contents(STDIN), true);
$results = [];
foreach ($calls as [$method, $arguments]) {
    $snake = strtolower(preg_replace('/(?<=[a-z])(?=[A-Z])/', '_', $method));
    try {
        $results[] = \exchangekit\Precise::$snake(...$arguments);
    } catch (\Throwable $error) {
        $results[] = ['throws' => true];  // a text that is not a decimal number
    }
}
echo json_encode($results), "\n";
