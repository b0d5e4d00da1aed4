<?php

// Loads an exchange's markets, then prints a ticker and the top of the order book.
//
//     php examples/ticker.php [exchange] [symbol]          (default: kraken BTC/USD)
//
// EXCHANGEKIT_API_URL, when set, replaces the exchange's API base URL.

require __DIR__ . '/../php/base/autoload.php';

$exchange_id = $argv[1] ?? 'kraken';
$symbol = $argv[2] ?? 'BTC/USD';
$config = getenv('EXCHANGEKIT_API_URL') ? ['urls' => ['api' => getenv('EXCHANGEKIT_API_URL')]] : [];
$class = "\\exchangekit\\$exchange_id";
$exchange = new $class($config);

$exchange->load_markets();
echo "{$exchange->name}: " . count($exchange->symbols) . " markets\n";
$ticker = $exchange->fetch_ticker($symbol);
$text = fn ($number) => $exchange->number_to_string($number);
echo "$symbol last {$text($ticker['last'])} bid {$text($ticker['bid'])} ask {$text($ticker['ask'])}\n";
$book = $exchange->fetch_order_book($symbol, 5);
foreach (array_reverse(array_slice($book['asks'], 0, 5)) as [$price, $amount]) {
    echo "  ask {$text($price)} x {$text($amount)}\n";
}
foreach (array_slice($book['bids'], 0, 5) as [$price, $amount]) {
    echo "  bid {$text($price)} x {$text($amount)}\n";
}
