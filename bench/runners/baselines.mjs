// Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written JavaScript integration would
// do with the same response text, giving the same output as the unified call. Named <exchange>_<path>; each takes
// the response texts (in the job's order) and the job; a tickers parse also takes the markets that its exchange's
// markets parse gives for the other responses, loaded before the timing starts as the unified call's are.

// Exact decimal arithmetic where the unified parse computes on decimal strings (Precise): a plain decimal is an
// integer and its number of decimals, '-12.50' -> [ -1250n, 2 ].
function decimal (text) {
    const [ integer, fraction = '' ] = text.split ('.');
    return [ BigInt (integer + fraction), fraction.length ];
}

function decimalNumber (value, scale) {
    const digits = (value < 0n ? -value : value).toString ().padStart (scale + 1, '0');
    return parseFloat ((value < 0n ? '-' : '') + digits.slice (0, digits.length - scale) + '.' + digits.slice (digits.length - scale));
}

function decimalProduct (a, b) {
    const [ left, leftScale ] = decimal (a);
    const [ right, rightScale ] = decimal (b);
    return decimalNumber (left * right, leftScale + rightScale);
}

function quotient (a, aScale, b, bScale) {
    // a / b with 18 decimals, truncated toward zero as BigInt division is.
    return a * 10n ** BigInt (bScale + 18) / (b * 10n ** BigInt (aScale));
}

function trade (id, timestamp, side, price, amount, info, type = undefined) {
    const result = { 'id': id, 'symbol': undefined, 'timestamp': timestamp, 'datetime': new Date (timestamp).toISOString () };
    if (type !== undefined) {
        result['type'] = type;
    }
    result['side'] = side;
    result['price'] = parseFloat (price);
    result['amount'] = parseFloat (amount);
    result['cost'] = decimalProduct (price, amount);
    result['fees'] = [];
    result['info'] = info;
    return result;
}

export function kraken_trades (texts, job) {
    const rows = JSON.parse (texts[0])['result']['XXBTZUSD'];
    const trades = [];
    for (const row of rows) {
        const item = trade (String (row[6]), Math.round (row[2] * 1000), row[3] === 'b' ? 'buy' : 'sell', row[0], row[1], row, row[4] === 'l' ? 'limit' : 'market');
        item['symbol'] = 'BTC/USD';
        trades.push (item);
    }
    return trades.sort ((a, b) => a.timestamp - b.timestamp);
}

export function binance_trades (texts, job) {
    const trades = [];
    for (const row of JSON.parse (texts[0])) {
        const item = trade (String (row['id']), row['time'], row['isBuyerMaker'] ? 'sell' : 'buy', row['price'], row['qty'], row);
        item['symbol'] = 'BTC/USDT';
        item['cost'] = parseFloat (row['quoteQty']);
        trades.push (item);
    }
    return trades.sort ((a, b) => a.timestamp - b.timestamp);
}

function book (symbol, bids, asks) {
    return {
        'symbol': symbol,
        'bids': bids.map ((level) => [ parseFloat (level[0]), parseFloat (level[1]) ]).sort ((a, b) => b[0] - a[0]),
        'asks': asks.map ((level) => [ parseFloat (level[0]), parseFloat (level[1]) ]).sort ((a, b) => a[0] - b[0]),
    };
}

export function kraken_book (texts, job) {
    const raw = JSON.parse (texts[0])['result']['XXBTZUSD'];
    return book ('BTC/USD', raw['bids'], raw['asks']);
}

export function binance_book (texts, job) {
    const raw = JSON.parse (texts[0]);
    const result = book ('BTC/USDT', raw['bids'], raw['asks']);
    result['nonce'] = raw['lastUpdateId'];
    return result;
}

const COMMON_CURRENCIES = { 'XBT': 'BTC', 'BCHABC': 'BCH', 'BCHSV': 'BSV' };

function optionalNumber (text) {
    return (text === undefined) ? undefined : parseFloat (text);
}

function market (id, base, quote, baseId, quoteId, active, taker, maker, precision, limits, info) {
    return { 'id': id, 'symbol': base + '/' + quote, 'base': base, 'quote': quote, 'baseId': baseId, 'quoteId': quoteId, 'active': active, 'type': 'spot', 'spot': true, 'taker': taker, 'maker': maker, 'precision': precision, 'limits': limits, 'info': info };
}

function krakenFee (tiers = []) {
    // The first tier's percentage as a rate; the percentage is a JSON number, read as the decimal it prints.
    if (tiers.length === 0) {
        return undefined;
    }
    const [ percent, scale ] = decimal (String (tiers[0][1]));
    return decimalNumber (quotient (percent, scale, 100n, 0), 18);
}

export function kraken_markets (texts, job) {
    const pairs = JSON.parse (texts[texts.length - 1])['result']; // AssetPairs, after the Assets
    const markets = {};
    for (const [ id, pair ] of Object.entries (pairs)) {
        const [ baseName, quoteName ] = pair['wsname'].split ('/');
        const item = market (id, COMMON_CURRENCIES[baseName] ?? baseName, COMMON_CURRENCIES[quoteName] ?? quoteName, pair['base'], pair['quote'], pair['status'] === 'online', krakenFee (pair['fees']), krakenFee (pair['fees_maker']), {
            'amount': parseFloat ('1e' + -pair['lot_decimals']),
            'price': optionalNumber (pair['tick_size']),
        }, {
            'amount': { 'min': optionalNumber (pair['ordermin']), 'max': undefined },
            'price': { 'min': undefined, 'max': undefined },
            'cost': { 'min': optionalNumber (pair['costmin']), 'max': undefined },
        }, pair);
        markets[item['symbol']] = item;
    }
    return markets;
}

function symbolsById (markets) {
    const symbols = new Map ();
    for (const [ symbol, item ] of Object.entries (markets)) {
        symbols.set (item['id'], symbol);
    }
    return symbols;
}

export function kraken_tickers (texts, job, markets) {
    const symbols = symbolsById (markets);
    const tickers = {};
    for (const [ id, raw ] of Object.entries (JSON.parse (texts[0])['result'])) {
        const symbol = symbols.get (id) ?? id;
        const [ last, lastScale ] = decimal (raw['c'][0]);
        const [ open, openScale ] = decimal (raw['o']);
        const scale = Math.max (lastScale, openScale);
        const change = last * 10n ** BigInt (scale - lastScale) - open * 10n ** BigInt (scale - openScale);
        const sum = last * 10n ** BigInt (scale - lastScale) + open * 10n ** BigInt (scale - openScale);
        const baseVolume = raw['v'][1];
        const vwap = raw['p'][1];
        tickers[symbol] = {
            'symbol': symbol,
            'high': parseFloat (raw['h'][1]),
            'low': parseFloat (raw['l'][1]),
            'bid': parseFloat (raw['b'][0]),
            'bidVolume': parseFloat (raw['b'][2]),
            'ask': parseFloat (raw['a'][0]),
            'askVolume': parseFloat (raw['a'][2]),
            'vwap': parseFloat (vwap),
            'open': parseFloat (raw['o']),
            'close': parseFloat (raw['c'][0]),
            'last': parseFloat (raw['c'][0]),
            'change': decimalNumber (change, scale),
            // the quotient's 18 decimals times 100 are 16 decimals
            'percentage': (open > 0n) ? decimalNumber (quotient (change, scale, open, openScale), 16) : undefined,
            'average': decimalNumber (quotient (sum, scale, 2n, 0), 18),
            'baseVolume': parseFloat (baseVolume),
            'quoteVolume': decimalProduct (baseVolume, vwap),
            'info': raw,
        };
    }
    return tickers;
}

function binanceCurrency (id) {
    const code = id.toUpperCase ();
    return COMMON_CURRENCIES[code] ?? code;
}

export function binance_markets (texts, job) {
    const markets = {};
    for (const entry of JSON.parse (texts[texts.length - 1])['symbols']) { // exchangeInfo, after the currencies
        const filters = {};
        for (const filter of entry['filters'] ?? []) {
            filters[filter['filterType']] = filter;
        }
        const prices = filters['PRICE_FILTER'] ?? {};
        const lots = filters['LOT_SIZE'] ?? {};
        const notional = filters['NOTIONAL'] ?? filters['MIN_NOTIONAL'] ?? {};
        const item = market (entry['symbol'], binanceCurrency (entry['baseAsset']), binanceCurrency (entry['quoteAsset']), entry['baseAsset'], entry['quoteAsset'], entry['status'] === 'TRADING', 0.001, 0.001, {
            'amount': optionalNumber (lots['stepSize']),
            'price': optionalNumber (prices['tickSize']),
        }, {
            'amount': { 'min': optionalNumber (lots['minQty']), 'max': optionalNumber (lots['maxQty']) },
            'price': { 'min': optionalNumber (prices['minPrice']), 'max': optionalNumber (prices['maxPrice']) },
            'cost': { 'min': optionalNumber (notional['minNotional'] ?? notional['notional']), 'max': optionalNumber (notional['maxNotional']) },
        }, entry);
        markets[item['symbol']] = item;
    }
    return markets;
}

export function binance_tickers (texts, job, markets) {
    const symbols = symbolsById (markets);
    const tickers = {};
    for (const raw of JSON.parse (texts[0])) {
        const symbol = symbols.get (raw['symbol']) ?? raw['symbol'];
        const [ last, lastScale ] = decimal (raw['lastPrice']);
        const [ open, openScale ] = decimal (raw['openPrice']);
        const scale = Math.max (lastScale, openScale);
        tickers[symbol] = {
            'symbol': symbol,
            'timestamp': raw['closeTime'],
            'datetime': new Date (raw['closeTime']).toISOString (),
            'high': parseFloat (raw['highPrice']),
            'low': parseFloat (raw['lowPrice']),
            'bid': parseFloat (raw['bidPrice']),
            'bidVolume': parseFloat (raw['bidQty']),
            'ask': parseFloat (raw['askPrice']),
            'askVolume': parseFloat (raw['askQty']),
            'vwap': parseFloat (raw['weightedAvgPrice']),
            'open': parseFloat (raw['openPrice']),
            'close': parseFloat (raw['lastPrice']),
            'last': parseFloat (raw['lastPrice']),
            'previousClose': parseFloat (raw['prevClosePrice']),
            'change': parseFloat (raw['priceChange']),
            'percentage': parseFloat (raw['priceChangePercent']),
            // exact: the mean of two decimals has one decimal more
            'average': decimalNumber ((last * 10n ** BigInt (scale - lastScale) + open * 10n ** BigInt (scale - openScale)) * 5n, scale + 1),
            'baseVolume': parseFloat (raw['volume']),
            'quoteVolume': parseFloat (raw['quoteVolume']),
            'info': raw,
        };
    }
    return tickers;
}
