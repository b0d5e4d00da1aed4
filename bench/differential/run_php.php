<?php

// The differential fuzzing's PHP runner, as run_node.mjs: `php run_php.php calls.json out.json`.
ini_set('memory_limit', '2G');
$root = getenv('EXKIT_ROOT');
require $root . '/php/base/autoload.php';
use exchangekit\Exchange;
use exchangekit\Js;
use exchangekit\NativeExchange;
use exchangekit\Precise;
$exchange = new Exchange([]);
$calls = json_decode(file_get_contents($argv[1]), true, 100000);
function decode($value) {
    if ($value === null) { return null; }
    if (is_array($value)) {
        if (array_key_exists('$u', $value)) { return null; }
        if (array_key_exists('$n', $value)) { return Js::jsonParse($value['$n']); }
        if (array_key_exists('$o', $value)) { $r = []; foreach ($value['$o'] as [$k, $v]) { $r[$k] = decode($v); } return $r; }
        if (array_key_exists('$h', $value)) { return array_fill(0, $value['$h'], null); }
        return array_map('decode', $value);
    }
    return $value;
}
function encode($value, $depth = 0) {
    if ($depth > 60) { return '$deep'; }
    if ($value === null) { return null; }
    if (is_bool($value)) { return $value; }
    if (is_int($value) || is_float($value)) {
        if (is_float($value) && $value == 0 && fdiv(1, $value) < 0) { return ['n' => '-0']; }
        return ['n' => Js::toStr($value)];
    }
    if (is_string($value)) {
        if (!mb_check_encoding($value, 'UTF-8')) { return ['b' => bin2hex($value)]; }
        return $value;
    }
    if (is_array($value)) {
        if (Js::isArray($value)) { return array_map(fn ($v) => encode($v, $depth + 1), array_values($value)); }
        $pairs = [];
        foreach (Js::keys($value) as $key) { $pairs[] = [(string) $key, encode($value[$key], $depth + 1)]; }
        return ['o' => $pairs];
    }
    return ['other' => gettype($value)];
}
function errorName($error) {
    if ($error instanceof \exchangekit\Uncatchable) { return 'Unportable:' . get_class($error); }
    $class = get_class($error);
    if (str_starts_with($class, 'exchangekit\\')) { return substr($class, 12); }
    return 'native:' . $class;
}
$out = [];
foreach ($calls as [$method, $args]) {
    try {
        $decoded = array_map('decode', $args);
        if (str_starts_with($method, 'Precise.')) {
            $result = Precise::{NativeExchange::snake_case(substr($method, 8))}(...$decoded);
        } else {
            $names = explode('|', $method);
            $result = $exchange->{NativeExchange::snake_case($names[0])}(...$decoded);
            foreach (array_slice($names, 1) as $name) { $result = $exchange->{NativeExchange::snake_case($name)}($result); }
        }
        $out[] = ['ok' => encode($result)];
    } catch (\Throwable $error) {
        $out[] = ['t' => errorName($error), 'm' => substr($error->getMessage(), 0, 160)];
    }
}
file_put_contents($argv[2], json_encode($out, JSON_INVALID_UTF8_SUBSTITUTE | JSON_PARTIAL_OUTPUT_ON_ERROR));
