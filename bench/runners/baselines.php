<?php

// Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written PHP integration would do
// with the same response text, giving the same output as the unified call. Named bench_baseline_<exchange>_<path>;
// each takes the response texts (in the job's order) and the job; a tickers parse also takes the markets that its
// exchange's markets parse gives for the other responses, loaded before the timing starts as the unified call's are.

function bench_number(string $text) {
    $value = (float) $text;
    return (floor($value) === $value && abs($value) < 9007199254740992) ? (int) $value : $value;
}

function bench_cost(string $price, string $amount) {
    return bench_number(bcmul($price, $amount, strlen(explode('.', $price . '.')[1]) + strlen(explode('.', $amount . '.')[1])));
}

function bench_trade($id, int $timestamp, string $side, string $price, string $amount, $info, ?string $type = null): array {
    $result = ['id' => $id, 'symbol' => null, 'timestamp' => $timestamp,
               'datetime' => gmdate('Y-m-d\TH:i:s', intdiv($timestamp, 1000)) . sprintf('.%03dZ', $timestamp % 1000)];
    if ($type !== null) {
        $result['type'] = $type;
    }
    $result += ['side' => $side, 'price' => bench_number($price), 'amount' => bench_number($amount),
                'cost' => bench_cost($price, $amount), 'fees' => [], 'info' => $info];
    return $result;
}

function bench_baseline_kraken_trades(array $texts, array $job): array {
    $rows = json_decode($texts[0], true)['result']['XXBTZUSD'];
    $trades = [];
    foreach ($rows as $row) {
        $item = bench_trade((string) $row[6], (int) floor($row[2] * 1000 + 0.5), $row[3] === 'b' ? 'buy' : 'sell', $row[0], $row[1], $row,
                            $row[4] === 'l' ? 'limit' : 'market');
        $item['symbol'] = 'BTC/USD';
        $trades[] = $item;
    }
    usort($trades, fn ($a, $b) => $a['timestamp'] <=> $b['timestamp']);
    return $trades;
}

function bench_baseline_binance_trades(array $texts, array $job): array {
    $trades = [];
    foreach (json_decode($texts[0], true) as $row) {
        $item = bench_trade((string) $row['id'], $row['time'], $row['isBuyerMaker'] ? 'sell' : 'buy', $row['price'], $row['qty'], $row);
        $item['symbol'] = 'BTC/USDT';
        $item['cost'] = bench_number($row['quoteQty']);
        $trades[] = $item;
    }
    usort($trades, fn ($a, $b) => $a['timestamp'] <=> $b['timestamp']);
    return $trades;
}

function bench_book(string $symbol, array $bids, array $asks): array {
    $parse = fn ($level) => [bench_number($level[0]), bench_number($level[1])];
    $bids = array_map($parse, $bids);
    $asks = array_map($parse, $asks);
    usort($bids, fn ($a, $b) => $b[0] <=> $a[0]);
    usort($asks, fn ($a, $b) => $a[0] <=> $b[0]);
    return ['symbol' => $symbol, 'bids' => $bids, 'asks' => $asks];
}

function bench_baseline_kraken_book(array $texts, array $job): array {
    $raw = json_decode($texts[0], true)['result']['XXBTZUSD'];
    return bench_book('BTC/USD', $raw['bids'], $raw['asks']);
}

function bench_baseline_binance_book(array $texts, array $job): array {
    $raw = json_decode($texts[0], true);
    return bench_book('BTC/USDT', $raw['bids'], $raw['asks']) + ['nonce' => $raw['lastUpdateId']];
}
