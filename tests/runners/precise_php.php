<?php

// Evaluates Precise calls in PHP: reads [[method, args], ...] as JSON on stdin, prints the results as JSON.

require_once dirname(__DIR__, 2) . '/php/base/autoload.php';

$calls = json_decode(stream_get_contents(STDIN), true);
$results = [];
foreach ($calls as [$method, $arguments]) {
    $snake = strtolower(preg_replace('/(?<=[a-z])(?=[A-Z])/', '_', $method));
    $results[] = \exchangekit\Precise::$snake(...$arguments);
}
echo json_encode($results), "\n";
