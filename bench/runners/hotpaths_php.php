<?php

// Runs the jobs of bench/hotpaths.py in PHP, like hotpaths_python.py: jobs on stdin, per job the best time of the
// calls past the `warmup` ones (null if none) and the result of the last call as JSON on the last line, every key
// kept (a null one too), for load_markets the loaded state.
// EXCHANGEKIT_PHP_AUTOLOAD names the library's autoloader.

require getenv('EXCHANGEKIT_PHP_AUTOLOAD');
require __DIR__ . '/baselines.php';

use exchangekit\Js;
use exchangekit\NativeExchange;

trait BenchHarness {
    public array $bench_responses = [];

    public function milliseconds(): int {
        return 1700000000000;
    }

    public function fetch($url, $method = 'GET', $headers = null, $body = null) {
        foreach ($this->bench_responses as $response) {
            if (str_contains($url, $response['match'])) {
                return $this->handle_rest_response(200, '', $url, $method, [], $response['body'], $headers, $body);
            }
        }
        throw new \RuntimeException("no bench response for $url");
    }
}

function bench_full_json($value): string {
    if ($value === null) {
        return 'null';
    }
    if (is_bool($value)) {
        return $value ? 'true' : 'false';
    }
    if (is_int($value) || is_float($value)) {
        return is_finite($value) ? Js::numberToString($value) : 'null';
    }
    if (is_string($value)) {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS);
    }
    if (Js::isArray($value)) {
        return '[' . implode(',', array_map('bench_full_json', $value)) . ']';
    }
    $items = [];
    foreach (Js::keys($value) as $key) {
        $items[] = bench_full_json((string) $key) . ':' . bench_full_json($value[$key]);
    }
    return '{' . implode(',', $items) . '}';
}

$jobs = json_decode(stream_get_contents(STDIN), true);
$output = [];
$declared = [];
foreach ($jobs as $job) {
    $times = [];
    $result = null;
    $warmup = $job['warmup'] ?? 0;
    $calls = $warmup + $job['repeat'];
    if (!empty($job['baseline'])) {
        $parse = 'bench_baseline_' . $job['baseline'];
        if (!function_exists($parse)) {
            $output[] = ['best' => null, 'result' => null];  // no native parse written in PHP
            continue;
        }
        $texts = array_column($job['responses'], 'body');
        $args = [$texts, $job];
        if ($job['prepare'] === 'load') {  // the markets are loaded before the timed call, as the unified call's are
            $args[] = ('bench_baseline_' . $job['id'] . '_markets')(array_slice($texts, 1), $job)['markets'];
        }
        for ($i = 0; $i < $calls; $i++) {
            $started = hrtime(true);
            $result = $parse(...$args);
            if ($i >= $warmup) {
                $times[] = (hrtime(true) - $started) / 1e9;
            }
        }
    } else {
        $id = $job['id'];
        if (!preg_match('/^[a-z_][a-z0-9_]*$/', $id)) {
            exit(2);
        }
        $class = "BenchHarness_$id";
        if (!isset($declared[$class])) {
            eval("class $class extends \\exchangekit\\$id { use BenchHarness; }");
            $declared[$class] = true;
        }
        $create = function () use ($class, $job) {
            $exchange = new $class(array_merge($job['config'], ['enableRateLimit' => false]));
            $exchange->bench_responses = $job['responses'];
            return $exchange;
        };
        $exchange = $create();
        if ($job['prepare'] === 'fixture') {
            $exchange->set_markets($job['markets'], $job['currencies'] ?? null);
        } elseif ($job['prepare'] === 'load') {
            $exchange->load_markets();
        }
        $method = NativeExchange::snake_case($job['method']);
        for ($i = 0; $i < $calls; $i++) {
            $started = hrtime(true);
            if ($job['prepare'] === 'new') {
                $exchange = $create();
            }
            $result = $exchange->$method(...$job['args']);
            if ($i >= $warmup) {
                $times[] = (hrtime(true) - $started) / 1e9;
            }
        }
        if ($method === 'load_markets') {
            $result = ['markets' => $exchange->markets, 'marketsById' => $exchange->marketsById,
                'symbols' => $exchange->symbols, 'ids' => $exchange->ids];
        }
    }
    $output[] = ['best' => $times ? min($times) : null, 'result' => bench_full_json($result)];
}
echo "\n", json_encode($output), "\n";
