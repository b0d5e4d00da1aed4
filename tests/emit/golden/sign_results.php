<?php

// Generated from js/sign_results.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class sign_results extends Exchange {
    public function describe() {
        return $this->deep_extend(
            parent::describe(),
            [
                'id' => 'sign_results',
                'urls' => ['api' => 'https://127.0.0.1:9'],
                'api' => ['public' => ['get' => ['echo']]],
            ],
        );
    }

    public function sign($path, $api = null, $method = null, $params = null, $headers = null, $body = null) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        $urls = [
            'number' => 5,
            'boolean' => true,
            'list' => ['https://127.0.0.1:9/echo'],
            'dictionary' => ['a' => 'b'],
        ];
        // (a url of none of these is undefined)
        $url = $this->safe_value($urls, $this->safe_string($params, 'url'));
        $methods = ['list' => ['GET'], 'number' => 1];
        return [
            'url' => $url,
            'method' => $this->safe_value($methods, $this->safe_string($params, 'method'), $method),
            'body' => $body,
            'headers' => $headers,
        ];
    }

    public function outcome($params) {
        try {
            $this->public_get_echo($params);
            return 'sent';
        } catch (Uncatchable $uncatchable) {
            throw $uncatchable;
        } catch (\Throwable $e) {
            $this->rethrow_uncaught($e);
            if ($e instanceof ExchangeError) {
                return 'ExchangeError';
            }
            return 'another error';
        }
    }

    public function run() {
        $results = [];
        $forms = [
            ['url' => 'number'],
            ['url' => 'boolean'],
            ['url' => 'list'],
            ['url' => 'dictionary'],
            ['url' => 'none'],
            ['url' => 'list', 'method' => 'list'],
            ['url' => 'number', 'method' => 'number'],
        ];
        for ($i = 0; $i < count($forms); $i++) {
            $results[] = $this->outcome($forms[$i]);
        }
        return $results;
    }
}
