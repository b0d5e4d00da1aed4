<?php

// Runs generated test cases in PHP: php php_runner.php FOLDER CASE...
// Prints one JSON line per case, as node_runner.mjs does.

require_once dirname(__DIR__, 2) . '/php/base/autoload.php';

function tagged($value) {
    if (is_float($value) && !is_finite($value)) {
        return ['$number' => is_nan($value) ? 'NaN' : ($value > 0 ? 'Infinity' : '-Infinity')];
    }
    if (is_array($value)) {
        $result = array_map('tagged', $value);
        return (array_is_list($value) || $value === []) ? $result : (object) $result;
    }
    return $value;
}

[, $folder] = $argv;
foreach (array_slice($argv, 2) as $name) {
    try {
        require_once "$folder/$name.php";
        $class = "\\exchangekit\\$name";
        $line = ['case' => $name, 'result' => tagged((new $class())->run())];
    } catch (\exchangekit\BaseError $error) {
        $line = ['case' => $name, 'error' => (new \ReflectionClass($error))->getShortName()];
    } catch (\Throwable $error) {
        $line = ['case' => $name, 'error' => 'native'];
    }
    echo json_encode($line, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION), "\n";
}
