<?php

// Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written PHP integration would do
// with the same response texts, giving the same output as the unified call: the same structures with every key
// (null where the unified one has no value), and for the markets what loading them gives a user (the markets by
// symbol and by id, the sorted symbols and ids). Named bench_baseline_<exchange>_<path>; each takes the response
// texts (in the job's order) and the job; a tickers parse also takes the markets that its exchange's markets parse
// gives for the other responses, loaded before the timing starts as the unified call's are.

function bench_number(string $text) {
    $value = (float) $text;
    return (floor($value) === $value && abs($value) < 9007199254740992) ? (int) $value : $value;
}

function bench_cost(string $price, string $amount) {
    return bench_number(bcmul($price, $amount, strlen(explode('.', $price . '.')[1]) + strlen(explode('.', $amount . '.')[1])));
}

function bench_trade($id, string $symbol, int $timestamp, ?string $type, string $side, string $price, string $amount,
                     $cost, $info): array {
    return ['id' => $id, 'order' => null, 'symbol' => $symbol, 'timestamp' => $timestamp,
            'datetime' => gmdate('Y-m-d\TH:i:s', intdiv($timestamp, 1000)) . sprintf('.%03dZ', $timestamp % 1000),
            'type' => $type, 'side' => $side, 'takerOrMaker' => null, 'price' => bench_number($price),
            'amount' => bench_number($amount), 'cost' => $cost, 'fee' => null, 'fees' => [], 'info' => $info];
}

function bench_baseline_kraken_trades(array $texts, array $job): array {
    $rows = json_decode($texts[0], true)['result']['XXBTZUSD'];
    $trades = [];
    foreach ($rows as $row) {
        $trades[] = bench_trade((string) $row[6], 'BTC/USD', (int) ($row[2] * 1000), $row[4] === 'l' ? 'limit' : 'market',
                                $row[3] === 'b' ? 'buy' : 'sell', $row[0], $row[1], bench_cost($row[0], $row[1]), $row);
    }
    usort($trades, fn ($a, $b) => $a['timestamp'] <=> $b['timestamp']);
    return $trades;
}

function bench_baseline_binance_trades(array $texts, array $job): array {
    $trades = [];
    foreach (json_decode($texts[0], true) as $row) {
        $trades[] = bench_trade((string) $row['id'], 'BTC/USDT', $row['time'], null, $row['isBuyerMaker'] ? 'sell' : 'buy',
                                $row['price'], $row['qty'], bench_number($row['quoteQty']), $row);
    }
    usort($trades, fn ($a, $b) => $a['timestamp'] <=> $b['timestamp']);
    return $trades;
}

function bench_book(string $symbol, array $bids, array $asks, ?int $nonce = null): array {
    $parse = fn ($level) => [bench_number($level[0]), bench_number($level[1])];
    $bids = array_map($parse, $bids);
    $asks = array_map($parse, $asks);
    usort($bids, fn ($a, $b) => $b[0] <=> $a[0]);
    usort($asks, fn ($a, $b) => $a[0] <=> $b[0]);
    return ['symbol' => $symbol, 'bids' => $bids, 'asks' => $asks, 'timestamp' => null, 'datetime' => null,
            'nonce' => $nonce];
}

function bench_baseline_kraken_book(array $texts, array $job): array {
    $raw = json_decode($texts[0], true)['result']['XXBTZUSD'];
    return bench_book('BTC/USD', $raw['bids'], $raw['asks']);
}

function bench_baseline_binance_book(array $texts, array $job): array {
    $raw = json_decode($texts[0], true);
    return bench_book('BTC/USDT', $raw['bids'], $raw['asks'], $raw['lastUpdateId']);
}

const BENCH_COMMON_CURRENCIES = ['XBT' => 'BTC', 'BCHABC' => 'BCH', 'BCHSV' => 'BSV'];
const BENCH_KRAKEN_CURRENCIES = BENCH_COMMON_CURRENCIES + ['XDG' => 'DOGE'];  // Kraken's altname of Dogecoin

function bench_optional_number(?string $text): ?float {
    return $text === null ? null : (float) $text;
}

function bench_decimals(string $text): int {
    $dot = strpos($text, '.');
    return $dot === false ? 0 : strlen($text) - $dot - 1;
}

function bench_market(string $id, string $base, string $quote, string $base_id, string $quote_id, bool $active, ?float $taker,
                      ?float $maker, array $precision, array $limits, array $info): array {
    return ['id' => $id, 'symbol' => "$base/$quote", 'base' => $base, 'quote' => $quote, 'baseId' => $base_id,
            'quoteId' => $quote_id, 'active' => $active, 'type' => 'spot', 'spot' => true, 'swap' => false,
            'future' => false, 'option' => false, 'contract' => false, 'linear' => null, 'inverse' => null,
            'contractSize' => null, 'settle' => null, 'settleId' => null, 'expiry' => null, 'expiryDatetime' => null,
            'strike' => null, 'optionType' => null, 'taker' => $taker, 'maker' => $maker, 'precision' => $precision,
            'limits' => $limits, 'info' => $info];
}

function bench_loaded(array $markets): array {
    // What loading the markets (in the response's order) gives a user: by symbol (a later one wins), by id (a list
    // each), the sorted symbols and ids.
    $by_symbol = [];
    $by_id = [];
    foreach ($markets as $item) {
        $by_symbol[$item['symbol']] = $item;
        $by_id[$item['id']][] = $item;
    }
    $symbols = array_map('strval', array_keys($by_symbol));
    $ids = array_map('strval', array_keys($by_id));
    sort($symbols, SORT_STRING);
    sort($ids, SORT_STRING);
    return ['markets' => $by_symbol, 'marketsById' => $by_id, 'symbols' => $symbols, 'ids' => $ids];
}

function bench_kraken_fee(array $tiers): ?float {
    // The first tier's percentage as a rate, in bcmath's truncated 18 decimals; the percentage is a JSON number,
    // read as its shortest decimal.
    return $tiers ? (float) bcdiv(json_encode($tiers[0][1]), '100', 18) : null;
}

function bench_baseline_kraken_markets(array $texts, array $job): array {
    $markets = [];
    foreach (json_decode(end($texts), true)['result'] as $id => $pair) {  // AssetPairs, after the Assets
        [$base, $quote] = explode('/', $pair['wsname']);
        $item = bench_market($id, BENCH_KRAKEN_CURRENCIES[$base] ?? $base, BENCH_KRAKEN_CURRENCIES[$quote] ?? $quote,
                             $pair['base'], $pair['quote'], $pair['status'] === 'online', bench_kraken_fee($pair['fees'] ?? []),
                             bench_kraken_fee($pair['fees_maker'] ?? []),
                             ['amount' => (float) ('1e' . -$pair['lot_decimals']),
                              'price' => bench_optional_number($pair['tick_size'] ?? null)],
                             ['amount' => ['min' => bench_optional_number($pair['ordermin'] ?? null), 'max' => null],
                              'price' => ['min' => null, 'max' => null],
                              'cost' => ['min' => bench_optional_number($pair['costmin'] ?? null), 'max' => null]], $pair);
        $markets[] = $item;
    }
    return bench_loaded($markets);
}

function bench_baseline_kraken_tickers(array $texts, array $job, array $markets): array {
    $symbols = array_combine(array_column($markets, 'id'), array_keys($markets));
    $tickers = [];
    foreach (json_decode($texts[0], true)['result'] as $id => $raw) {
        $symbol = $symbols[$id] ?? $id;
        [$last, $open] = [$raw['c'][0], $raw['o']];
        $scale = max(bench_decimals($last), bench_decimals($open));
        $change = bcsub($last, $open, $scale);
        [$base_volume, $vwap] = [$raw['v'][1], $raw['p'][1]];
        $tickers[$symbol] = [
            'symbol' => $symbol, 'timestamp' => null, 'datetime' => null, 'high' => (float) $raw['h'][1],
            'low' => (float) $raw['l'][1], 'bid' => (float) $raw['b'][0], 'bidVolume' => (float) $raw['b'][2],
            'ask' => (float) $raw['a'][0], 'askVolume' => (float) $raw['a'][2], 'vwap' => (float) $vwap,
            'open' => (float) $open, 'close' => (float) $last, 'last' => (float) $last, 'previousClose' => null,
            'change' => (float) $change,
            'percentage' => bccomp($open, '0', $scale) > 0 ? (float) bcmul(bcdiv($change, $open, 18), '100', 18) : null,
            'average' => (float) bcdiv(bcadd($last, $open, $scale), '2', 18), 'baseVolume' => (float) $base_volume,
            'quoteVolume' => (float) bcmul($base_volume, $vwap, bench_decimals($base_volume) + bench_decimals($vwap)),
            'info' => $raw,
        ];
    }
    return $tickers;
}

function bench_currency_code(string $id): string {
    $code = strtoupper($id);
    return BENCH_COMMON_CURRENCIES[$code] ?? $code;
}

function bench_baseline_binance_markets(array $texts, array $job): array {
    $markets = [];
    foreach (json_decode(end($texts), true)['symbols'] as $entry) {  // exchangeInfo, after the currencies
        $filters = array_column($entry['filters'] ?? [], null, 'filterType');
        $prices = $filters['PRICE_FILTER'] ?? [];
        $lots = $filters['LOT_SIZE'] ?? [];
        $notional = $filters['NOTIONAL'] ?? $filters['MIN_NOTIONAL'] ?? [];
        $item = bench_market($entry['symbol'], bench_currency_code($entry['baseAsset']),
                             bench_currency_code($entry['quoteAsset']), $entry['baseAsset'], $entry['quoteAsset'],
                             $entry['status'] === 'TRADING', 0.001, 0.001,
                             ['amount' => bench_optional_number($lots['stepSize'] ?? null),
                              'price' => bench_optional_number($prices['tickSize'] ?? null)],
                             ['amount' => ['min' => bench_optional_number($lots['minQty'] ?? null),
                                           'max' => bench_optional_number($lots['maxQty'] ?? null)],
                              'price' => ['min' => bench_optional_number($prices['minPrice'] ?? null),
                                          'max' => bench_optional_number($prices['maxPrice'] ?? null)],
                              'cost' => ['min' => bench_optional_number($notional['minNotional'] ?? $notional['notional'] ?? null),
                                         'max' => bench_optional_number($notional['maxNotional'] ?? null)]], $entry);
        $markets[] = $item;
    }
    return bench_loaded($markets);
}

function bench_baseline_binance_tickers(array $texts, array $job, array $markets): array {
    $symbols = array_combine(array_column($markets, 'id'), array_keys($markets));
    $tickers = [];
    foreach (json_decode($texts[0], true) as $raw) {
        $symbol = $symbols[$raw['symbol']] ?? $raw['symbol'];
        [$last, $open, $time] = [$raw['lastPrice'], $raw['openPrice'], $raw['closeTime']];
        $scale = max(bench_decimals($last), bench_decimals($open));
        $tickers[$symbol] = [
            'symbol' => $symbol, 'timestamp' => $time,
            'datetime' => gmdate('Y-m-d\TH:i:s', intdiv($time, 1000)) . sprintf('.%03dZ', $time % 1000),
            'high' => (float) $raw['highPrice'], 'low' => (float) $raw['lowPrice'], 'bid' => (float) $raw['bidPrice'],
            'bidVolume' => (float) $raw['bidQty'], 'ask' => (float) $raw['askPrice'], 'askVolume' => (float) $raw['askQty'],
            'vwap' => (float) $raw['weightedAvgPrice'], 'open' => (float) $open, 'close' => (float) $last,
            'last' => (float) $last, 'previousClose' => (float) $raw['prevClosePrice'],
            'change' => (float) $raw['priceChange'], 'percentage' => (float) $raw['priceChangePercent'],
            'average' => (float) bcdiv(bcadd($last, $open, $scale), '2', 18),
            'baseVolume' => (float) $raw['volume'], 'quoteVolume' => (float) $raw['quoteVolume'], 'info' => $raw,
        ];
    }
    return $tickers;
}

function bench_step(?int $decimals): ?float {
    // A number of decimal places as the step it allows: 8 -> 1e-8, 0 -> 1.
    return $decimals === null ? null : (float) ('1e' . -$decimals);
}

function bench_spot_market(string $id, string $base_id, string $quote_id, bool $active, float $taker, float $maker,
                           ?int $amount_decimals, ?int $price_decimals, ?float $amount_min, ?float $cost_min,
                           array $info, ?float $amount_max = null, ?float $cost_max = null): array {
    // The markets whose limits are an amount and a cost only, and whose precision is given in decimal places.
    return bench_market($id, bench_currency_code($base_id), bench_currency_code($quote_id), $base_id, $quote_id, $active,
                        $taker, $maker, ['amount' => bench_step($amount_decimals), 'price' => bench_step($price_decimals)],
                        ['amount' => ['min' => $amount_min, 'max' => $amount_max], 'price' => ['min' => null, 'max' => null],
                         'cost' => ['min' => $cost_min, 'max' => $cost_max]], $info);
}

function bench_positive_number(?string $text): ?float {
    // Poloniex's maximums: 0 is no maximum.
    return ($text !== null && (float) $text > 0) ? (float) $text : null;
}

function bench_baseline_bitstamp_markets(array $texts, array $job): array {
    $markets = [];
    foreach (json_decode(end($texts), true) as $entry) {  // the markets, after the currencies
        $item = bench_spot_market($entry['market_symbol'], $entry['base_currency'], $entry['counter_currency'],
                                  $entry['trading'] === 'Enabled', 0.004, 0.003, $entry['base_decimals'],
                                  $entry['counter_decimals'], bench_optional_number($entry['minimum_order_amount'] ?? null),
                                  bench_optional_number($entry['minimum_order_value'] ?? null), $entry,
                                  bench_optional_number($entry['maximum_order_amount'] ?? null),
                                  bench_optional_number($entry['maximum_order_value'] ?? null));
        $markets[] = $item;
    }
    return bench_loaded($markets);
}

function bench_baseline_bitstamp_tickers(array $texts, array $job, array $markets): array {
    // Tickers name their market 'BTC/USD', its id is 'btcusd'.
    $symbols = array_combine(array_column($markets, 'id'), array_keys($markets));
    $tickers = [];
    foreach (json_decode($texts[0], true) as $raw) {
        $symbol = $symbols[strtolower(str_replace('/', '', $raw['pair']))] ?? $raw['pair'];
        $timestamp = (int) ((float) $raw['timestamp'] * 1000);
        [$last, $open] = [$raw['last'], $raw['open_24']];
        $scale = max(bench_decimals($last), bench_decimals($open));
        $tickers[$symbol] = [
            'symbol' => $symbol, 'timestamp' => $timestamp,
            'datetime' => gmdate('Y-m-d\TH:i:s', intdiv($timestamp, 1000)) . sprintf('.%03dZ', $timestamp % 1000),
            'high' => (float) $raw['high'], 'low' => (float) $raw['low'], 'bid' => (float) $raw['bid'],
            'bidVolume' => null, 'ask' => (float) $raw['ask'], 'askVolume' => null, 'vwap' => (float) $raw['vwap'],
            'open' => (float) $open, 'close' => (float) $last, 'last' => (float) $last, 'previousClose' => null,
            'change' => (float) bcsub($last, $open, $scale), 'percentage' => (float) $raw['percent_change_24'],
            'average' => (float) bcdiv(bcadd($last, $open, $scale), '2', 18), 'baseVolume' => (float) $raw['volume'],
            'quoteVolume' => (float) bcmul($raw['volume'], $raw['vwap'],
                                           bench_decimals($raw['volume']) + bench_decimals($raw['vwap'])),
            'info' => $raw,
        ];
    }
    return $tickers;
}

function bench_baseline_poloniex_markets(array $texts, array $job): array {
    $markets = [];
    foreach (json_decode(end($texts), true) as $entry) {  // the markets, after the currencies
        $limits = $entry['symbolTradeLimit'] ?? [];
        $item = bench_spot_market($entry['symbol'], $entry['baseCurrencyName'], $entry['quoteCurrencyName'],
                                  $entry['state'] === 'NORMAL', 0.002, 0.002, $limits['quantityScale'] ?? null,
                                  $limits['priceScale'] ?? null, bench_optional_number($limits['minQuantity'] ?? null),
                                  bench_optional_number($limits['minAmount'] ?? null), $entry,
                                  bench_positive_number($limits['maxQuantity'] ?? null),
                                  bench_positive_number($limits['maxAmount'] ?? null));
        $markets[] = $item;
    }
    return bench_loaded($markets);
}

function bench_baseline_poloniex_tickers(array $texts, array $job, array $markets): array {
    $symbols = array_combine(array_column($markets, 'id'), array_keys($markets));
    $tickers = [];
    foreach (json_decode($texts[0], true) as $raw) {
        $symbol = $symbols[$raw['symbol']] ?? $raw['symbol'];
        [$last, $open, $time] = [$raw['close'], $raw['open'], $raw['ts']];
        [$base_volume, $quote_volume, $change] = [$raw['quantity'], $raw['amount'], $raw['dailyChange']];
        $scale = max(bench_decimals($last), bench_decimals($open));
        $tickers[$symbol] = [
            'symbol' => $symbol, 'timestamp' => $time,
            'datetime' => gmdate('Y-m-d\TH:i:s', intdiv($time, 1000)) . sprintf('.%03dZ', $time % 1000),
            'high' => (float) $raw['high'], 'low' => (float) $raw['low'], 'bid' => (float) $raw['bid'],
            'bidVolume' => (float) $raw['bidQuantity'], 'ask' => (float) $raw['ask'],
            'askVolume' => (float) $raw['askQuantity'],
            'vwap' => bccomp($base_volume, '0', bench_decimals($base_volume)) !== 0
                ? (float) bcdiv($quote_volume, $base_volume, 18) : null,
            'open' => (float) $open, 'close' => (float) $last, 'last' => (float) $last, 'previousClose' => null,
            'change' => (float) bcsub($last, $open, $scale),
            'percentage' => (float) bcmul($change, '100', bench_decimals($change)),  // a ratio: 0.0137 is 1.37 %
            'average' => (float) bcdiv(bcadd($last, $open, $scale), '2', 18), 'baseVolume' => (float) $base_volume,
            'quoteVolume' => (float) $quote_volume, 'info' => $raw,
        ];
    }
    return $tickers;
}
