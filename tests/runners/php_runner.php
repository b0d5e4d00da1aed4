<?php

// Runs generated test cases in PHP: php php_runner.php FOLDER CASE...
// Prints one JSON line per case, as node_runner.mjs does; a case `<case>:<method>` calls that method instead of
// run ().

require_once dirname(__DIR__, 2) . '/php/base/autoload.php';

function tagged($value) {
    if (is_float($value) && $value == 0 && fdiv(1, $value) < 0) {
        return ['$number' => '-0'];
    }
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
// CASE_CONFIG (JSON), when set, is the constructor's argument: credentials for a case that signs.
$config = getenv('CASE_CONFIG') === false ? [] : [json_decode(getenv('CASE_CONFIG'), true)];
foreach (array_slice($argv, 2) as $name) {
    [$file, $method] = array_pad(explode(':', $name, 2), 2, 'run');
    try {
        require_once "$folder/$file.php";
        $class = "\\exchangekit\\$file";
        $line = ['case' => $name, 'result' => tagged((new $class(...$config))->$method())];
    } catch (\exchangekit\BaseError $error) {
        $line = ['case' => $name, 'error' => (new \ReflectionClass($error))->getShortName()];
    } catch (\Throwable $error) {
        $line = ['case' => $name, 'error' => 'native'];
        if (getenv('RUNNER_DETAIL')) {  // what failed, for sorting the random programs' failures by cause
            $line['detail'] = get_class($error) . ': ' . $error->getMessage();
        }
    }
    echo json_encode($line, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION), "\n";
}
