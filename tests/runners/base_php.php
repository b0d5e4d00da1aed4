<?php

// Runs base-class calls in PHP, like base_node.mjs: spec on stdin, results as JSON on stdout. dumps () shows the
// exchange as print_r, var_dump and json_encode do.

require __DIR__ . '/../../php/base/autoload.php';

use exchangekit\Exchange;
use exchangekit\Js;
use exchangekit\NativeExchange;

$spec = Js::jsonParse(stream_get_contents(STDIN));

// ['$bytes' => hex] is those bytes, ['$number' => 'NaN'] NAN (or INF, -INF), which JSON cannot carry.
function config_value($value) {
    if (is_array($value) && array_key_exists('$bytes', $value)) {
        return hex2bin($value['$bytes']);
    }
    if (is_array($value) && array_key_exists('$number', $value)) {
        return ['NaN' => NAN, 'Infinity' => INF, '-Infinity' => -INF][$value['$number']];
    }
    return $value;
}

// ['$class' => 'InsufficientFunds'] stands for the error class, which PHP names by its string; ['$bytes' => hex] for
// those bytes as they are, which may not be UTF-8 (as getenv gives them; Node's and Python's runners decode them as
// os.environ does).
function argument($value) {
    if (is_array($value)) {
        if (array_key_exists('$class', $value)) {
            return 'exchangekit\\' . $value['$class'];
        }
        if (array_key_exists('$bytes', $value) || array_key_exists('$number', $value)) {
            return config_value($value);
        }
        return array_map('argument', $value);
    }
    return $value;
}

class vectors extends Exchange {
    public static array $spec = [];
    public static array $extra = [];

    public function describe() {
        // '$omit' names keys that the describe () leaves out, as an exchange's could ($this->omit (...)).
        $merged = $this->deep_extend(parent::describe(), $this->omit(self::$extra, ['$omit']));
        return $this->omit($merged, self::$extra['$omit'] ?? []);
    }

    public function construct($describe, $config) {
        self::$extra = $this->deep_extend(self::$spec['describe'] ?? [], $describe);
        try {
            return new static($config) instanceof vectors;
        } finally {
            self::$extra = self::$spec['describe'] ?? [];
        }
    }

    public function dumps() {
        ob_start();
        var_dump($this);
        try {
            $serialized = serialize($this);
        } catch (\exchangekit\NotSupported $error) {
            $serialized = 'serialize: ' . $error->getMessage();
        }
        return [print_r($this, true), ob_get_clean(), json_encode($this), $serialized];
    }

    public function handle_errors($status, $reason, $url, $method, $response_headers, $response_body, $response,
                                  $request_headers, $request_body) {
        // As exchanges end theirs: the body, which may echo the request, in an error of the exchange's own making.
        if ($this->safe_string($this->safe_dict($response, 'query'), 'feedback') !== null) {
            throw new \exchangekit\ExchangeError($this->id . ' ' . $response_body);
        }
        // a native error that quotes a value of the body: Precise's InvalidArgumentException for a precision that is
        // no integer
        $precision = $this->safe_string($this->safe_dict($response, 'query'), 'precision');
        if ($precision !== null) {
            \exchangekit\Precise::string_div('1', '3', $precision);
        }
        return null;
    }
}

class clocked extends vectors {
    public $elapsed = 0;
    public $slept = [];

    public function milliseconds(): int {
        return self::$spec['clock']['milliseconds'] + $this->elapsed;
    }

    public function monotonic_milliseconds() {
        return $this->elapsed;
    }

    public function sleep($milliseconds): void {
        $this->elapsed += $milliseconds;
        $this->slept[] = $milliseconds;
    }

    public function sleeps() {
        [$slept, $this->slept] = [$this->slept, []];
        return $slept;
    }
}

vectors::$spec = $spec;
vectors::$extra = $spec['describe'] ?? [];
$results = [];
$exchange = null;
try {
    $config = $spec['config'] ?? [];
    foreach ($config as $key => $value) {
        $config[$key] = config_value($value);
    }
    $exchange = isset($spec['clock']) ? new clocked($config) : new vectors($config);
} catch (\Throwable $error) {
    $results[] = ['throws' => (new \ReflectionClass($error))->getShortName(), 'message' => $error->getMessage()];
}
if ($exchange !== null && !empty($spec['markets'])) {
    $exchange->set_markets($spec['markets'], $spec['currencies'] ?? null);
}
foreach ($exchange === null ? [] : $spec['calls'] as [$method, $arguments]) {
    try {
        $result = null;
        foreach (explode('|', $method) as $index => $name) {
            $result = $exchange->{NativeExchange::snake_case($name)}(...($index === 0 ? array_map('argument', $arguments) : [$result]));
        }
        $results[] = ['ok' => $result];
    } catch (\Throwable $error) {
        $results[] = ['throws' => (new \ReflectionClass($error))->getShortName(), 'message' => $error->getMessage()];
    }
}
echo "\n", Js::jsonStringify($results), "\n";  // the last line: verbose logs may come before
