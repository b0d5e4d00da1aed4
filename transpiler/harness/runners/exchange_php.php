<?php

// Runs an exchange's fixture cases in PHP, like exchange_node.mjs: spec on stdin, results as JSON on stdout.
// EXCHANGEKIT_PHP_AUTOLOAD names the autoloader to load the library with (php/base/autoload.php of the
// source tree, or Composer's vendor/autoload.php of a project that installed the package).

require getenv('EXCHANGEKIT_PHP_AUTOLOAD');
require __DIR__ . '/tagged_json.php';

use exchangekit\Js;

// A call sent more requests than the case has responses: a request test ends there.
class NoFixtureResponse extends \Exception {}

// The overrides of the harness class: a fixed clock and the fixture's responses instead of HTTP.
trait Harness {
    public int $fixture_milliseconds = 0;
    public array $sent = [];
    public array $pending = [];

    public function milliseconds(): int {
        return $this->fixture_milliseconds;
    }

    public function seconds(): int {
        return intdiv($this->fixture_milliseconds, 1000);
    }

    public function microseconds(): int {
        return $this->fixture_milliseconds * 1000;
    }

    public function uuid(): string {
        return '7d5b1d2e-4f0a-4c3b-9a8e-2b6c0f1e3d4a';
    }

    public function fetch($url, $method = 'GET', $headers = null, $body = null) {
        $this->sent[] = ['url' => $url, 'method' => $method, 'headers' => $headers ?? [], 'body' => $body];
        if (!$this->pending) {
            throw new NoFixtureResponse('no fixture response for request ' . count($this->sent) . ": $method $url");
        }
        $response = array_shift($this->pending);
        return $this->handle_rest_response($response['status'], '', $url, $method, $response['headers'], $response['body'], $headers, $body);
    }
}

$spec = Js::jsonParse(stream_get_contents(STDIN));
if (!preg_match('/\A[a-z_][a-z0-9_]*\z/', $spec['id'])) {
    fwrite(STDERR, "not an exchange id: {$spec['id']}\n");
    exit(2);
}
// The exchange class is only known at run time, so the harness subclass is declared once it is.
eval("class HarnessExchange extends \\exchangekit\\{$spec['id']} { use Harness; }");

$results = [];
foreach ($spec['cases'] as $case) {
    $exchange = new HarnessExchange($case['config']);
    $exchange->fixture_milliseconds = $case['milliseconds'];
    $exchange->pending = $case['responses'];
    if (!empty($spec['markets'])) {
        $exchange->set_markets($spec['markets'], $spec['currencies'] ?? null);
    }
    try {
        // The camelCase name PHP users call: PHP finds it in any case among the methods before __call maps it to
        // the snake_case one, so a method spelled like it in another case would answer here as it does for them.
        $result = $exchange->{$case['method']}(...$case['args']);
        $results[] = ['requests' => $exchange->sent, 'ok' => $result];
    } catch (\Throwable $error) {
        $results[] = ['requests' => $exchange->sent, 'throws' => (new \ReflectionClass($error))->getShortName(), 'message' => $error->getMessage()];
    }
}
echo "\n", tagged_json($results), "\n";  // the last line: verbose logs may come before
