// Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written JavaScript integration would
// do with the same response texts, giving the same output as the unified call: the same structures with every key
// (undefined where the unified one has no value), and for the markets what loading them gives a user (the markets
// by symbol and by id, the sorted symbols and ids). Named <exchange>_<path>; each takes the response texts (in the
// job's order) and the job; a tickers parse also takes the markets that its exchange's markets parse gives for the
// other responses, loaded before the timing starts as the unified call's are.

// Exact decimal arithmetic where the unified parse computes on decimal strings (Precise): a plain decimal is an
// integer and its number of decimals, '-12.50' -> [ -1250n, 2 ].
function decimal (text) {
    const dot = text.indexOf ('.');
    return (dot < 0) ? [ BigInt (text), 0 ] : [ BigInt (text.slice (0, dot) + text.slice (dot + 1)), text.length - dot - 1 ];
}

function decimalNumber (value, scale) {
    return parseFloat (value + 'e-' + scale); // the same decimal, so the same nearest number, as its plain digits
}

const POWERS = [];

function ten (exponent) {
    return POWERS[exponent] ??= 10n ** BigInt (exponent);
}

function decimalProduct (a, b) {
    const [ left, leftScale ] = decimal (a);
    const [ right, rightScale ] = decimal (b);
    return decimalNumber (left * right, leftScale + rightScale);
}

function aligned (a, b) {
    // Two decimals at their common number of decimals: [ a, b, decimals ].
    const [ left, leftScale ] = decimal (a);
    const [ right, rightScale ] = decimal (b);
    const scale = Math.max (leftScale, rightScale);
    return [ left * ten (scale - leftScale), right * ten (scale - rightScale), scale ];
}

function quotient (a, aScale, b, bScale) {
    // a / b with 18 decimals, truncated toward zero as BigInt division is.
    return a * ten (bScale + 18) / (b * ten (aScale));
}

function trade (id, symbol, timestamp, type, side, price, amount, cost, info) {
    return { 'id': id, 'order': undefined, 'symbol': symbol, 'timestamp': timestamp, 'datetime': new Date (timestamp).toISOString (), 'type': type, 'side': side, 'takerOrMaker': undefined, 'price': parseFloat (price), 'amount': parseFloat (amount), 'cost': cost, 'fee': undefined, 'fees': [], 'info': info };
}

export function kraken_trades (texts, job) {
    const rows = JSON.parse (texts[0])['result']['XXBTZUSD'];
    const trades = rows.map ((row) => trade (String (row[6]), 'BTC/USD', Math.trunc (row[2] * 1000), row[4] === 'l' ? 'limit' : 'market', row[3] === 'b' ? 'buy' : 'sell', row[0], row[1], decimalProduct (row[0], row[1]), row));
    return trades.sort ((a, b) => a.timestamp - b.timestamp);
}

export function binance_trades (texts, job) {
    const trades = JSON.parse (texts[0]).map ((row) => trade (String (row['id']), 'BTC/USDT', row['time'], undefined, row['isBuyerMaker'] ? 'sell' : 'buy', row['price'], row['qty'], parseFloat (row['quoteQty']), row));
    return trades.sort ((a, b) => a.timestamp - b.timestamp);
}

function book (symbol, bids, asks, nonce = undefined) {
    return {
        'symbol': symbol,
        'bids': bids.map ((level) => [ parseFloat (level[0]), parseFloat (level[1]) ]).sort ((a, b) => b[0] - a[0]),
        'asks': asks.map ((level) => [ parseFloat (level[0]), parseFloat (level[1]) ]).sort ((a, b) => a[0] - b[0]),
        'timestamp': undefined,
        'datetime': undefined,
        'nonce': nonce,
    };
}

export function kraken_book (texts, job) {
    const raw = JSON.parse (texts[0])['result']['XXBTZUSD'];
    return book ('BTC/USD', raw['bids'], raw['asks']);
}

export function binance_book (texts, job) {
    const raw = JSON.parse (texts[0]);
    return book ('BTC/USDT', raw['bids'], raw['asks'], raw['lastUpdateId']);
}

const COMMON_CURRENCIES = { 'XBT': 'BTC', 'BCHABC': 'BCH', 'BCHSV': 'BSV' };
const KRAKEN_CURRENCIES = { ...COMMON_CURRENCIES, 'XDG': 'DOGE' }; // Kraken's altname of Dogecoin

function optionalNumber (text) {
    return (text === undefined) ? undefined : parseFloat (text);
}

function market (id, base, quote, baseId, quoteId, active, taker, maker, precision, limits, info) {
    return { 'id': id, 'symbol': base + '/' + quote, 'base': base, 'quote': quote, 'baseId': baseId, 'quoteId': quoteId, 'active': active, 'type': 'spot', 'spot': true, 'swap': false, 'future': false, 'option': false, 'contract': false, 'linear': undefined, 'inverse': undefined, 'contractSize': undefined, 'settle': undefined, 'settleId': undefined, 'expiry': undefined, 'expiryDatetime': undefined, 'strike': undefined, 'optionType': undefined, 'taker': taker, 'maker': maker, 'precision': precision, 'limits': limits, 'info': info };
}

function loaded (markets) {
    // What loading the markets (in the response's order) gives a user: by symbol (a later one wins), by id (a list
    // each), the sorted symbols and ids.
    const bySymbol = {};
    const byId = {};
    for (const item of markets) {
        bySymbol[item['symbol']] = item;
        (byId[item['id']] ??= []).push (item);
    }
    return { 'markets': bySymbol, 'marketsById': byId, 'symbols': Object.keys (bySymbol).sort (), 'ids': Object.keys (byId).sort () };
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
    const markets = [];
    for (const [ id, pair ] of Object.entries (pairs)) {
        const [ baseName, quoteName ] = pair['wsname'].split ('/');
        const item = market (id, KRAKEN_CURRENCIES[baseName] ?? baseName, KRAKEN_CURRENCIES[quoteName] ?? quoteName, pair['base'], pair['quote'], pair['status'] === 'online', krakenFee (pair['fees']), krakenFee (pair['fees_maker']), {
            'amount': parseFloat ('1e' + -pair['lot_decimals']),
            'price': optionalNumber (pair['tick_size']),
        }, {
            'amount': { 'min': optionalNumber (pair['ordermin']), 'max': undefined },
            'price': { 'min': undefined, 'max': undefined },
            'cost': { 'min': optionalNumber (pair['costmin']), 'max': undefined },
        }, pair);
        markets.push (item);
    }
    return loaded (markets);
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
        const [ last, open, scale ] = aligned (raw['c'][0], raw['o']);
        const baseVolume = raw['v'][1];
        const vwap = raw['p'][1];
        tickers[symbol] = {
            'symbol': symbol,
            'timestamp': undefined,
            'datetime': undefined,
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
            'previousClose': undefined,
            'change': decimalNumber (last - open, scale),
            // the quotient's 18 decimals times 100 are 16 decimals
            'percentage': (open > 0n) ? decimalNumber (quotient (last - open, scale, open, scale), 16) : undefined,
            'average': decimalNumber (quotient (last + open, scale, 2n, 0), 18),
            'baseVolume': parseFloat (baseVolume),
            'quoteVolume': decimalProduct (baseVolume, vwap),
            'info': raw,
        };
    }
    return tickers;
}

function currencyCode (id) {
    const code = id.toUpperCase ();
    return COMMON_CURRENCIES[code] ?? code;
}

export function binance_markets (texts, job) {
    const markets = [];
    for (const entry of JSON.parse (texts[texts.length - 1])['symbols']) { // exchangeInfo, after the currencies
        const filters = {};
        for (const filter of entry['filters'] ?? []) {
            filters[filter['filterType']] = filter;
        }
        const prices = filters['PRICE_FILTER'] ?? {};
        const lots = filters['LOT_SIZE'] ?? {};
        const notional = filters['NOTIONAL'] ?? filters['MIN_NOTIONAL'] ?? {};
        const item = market (entry['symbol'], currencyCode (entry['baseAsset']), currencyCode (entry['quoteAsset']), entry['baseAsset'], entry['quoteAsset'], entry['status'] === 'TRADING', 0.001, 0.001, {
            'amount': optionalNumber (lots['stepSize']),
            'price': optionalNumber (prices['tickSize']),
        }, {
            'amount': { 'min': optionalNumber (lots['minQty']), 'max': optionalNumber (lots['maxQty']) },
            'price': { 'min': optionalNumber (prices['minPrice']), 'max': optionalNumber (prices['maxPrice']) },
            'cost': { 'min': optionalNumber (notional['minNotional'] ?? notional['notional']), 'max': optionalNumber (notional['maxNotional']) },
        }, entry);
        markets.push (item);
    }
    return loaded (markets);
}

export function binance_tickers (texts, job, markets) {
    const symbols = symbolsById (markets);
    const tickers = {};
    for (const raw of JSON.parse (texts[0])) {
        const symbol = symbols.get (raw['symbol']) ?? raw['symbol'];
        const [ last, open, scale ] = aligned (raw['lastPrice'], raw['openPrice']);
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
            'average': decimalNumber (quotient (last + open, scale, 2n, 0), 18),
            'baseVolume': parseFloat (raw['volume']),
            'quoteVolume': parseFloat (raw['quoteVolume']),
            'info': raw,
        };
    }
    return tickers;
}

function step (decimals) {
    // A number of decimal places as the step it allows: 8 -> 1e-8, 0 -> 1.
    return (decimals === undefined) ? undefined : parseFloat ('1e' + -decimals);
}

function spotMarket (id, baseId, quoteId, active, taker, maker, amountDecimals, priceDecimals, amountMin, costMin, info, amountMax = undefined, costMax = undefined) {
    // The markets whose limits are an amount and a cost only, and whose precision is given in decimal places.
    return market (id, currencyCode (baseId), currencyCode (quoteId), baseId, quoteId, active, taker, maker, {
        'amount': step (amountDecimals),
        'price': step (priceDecimals),
    }, {
        'amount': { 'min': amountMin, 'max': amountMax },
        'price': { 'min': undefined, 'max': undefined },
        'cost': { 'min': costMin, 'max': costMax },
    }, info);
}

function positiveNumber (text) {
    // Poloniex's maximums: 0 is no maximum.
    return ((text !== undefined) && (text !== null) && (parseFloat (text) > 0)) ? parseFloat (text) : undefined;
}

export function bitstamp_markets (texts, job) {
    const entries = JSON.parse (texts[texts.length - 1]); // the markets, after the currencies
    return loaded (entries.map ((entry) => spotMarket (entry['market_symbol'], entry['base_currency'], entry['counter_currency'], entry['trading'] === 'Enabled', 0.004, 0.003, entry['base_decimals'], entry['counter_decimals'], optionalNumber (entry['minimum_order_amount']), optionalNumber (entry['minimum_order_value']), entry, optionalNumber (entry['maximum_order_amount']), optionalNumber (entry['maximum_order_value']))));
}

export function bitstamp_tickers (texts, job, markets) {
    // Tickers name their market 'BTC/USD', its id is 'btcusd'.
    const symbols = symbolsById (markets);
    const tickers = {};
    for (const raw of JSON.parse (texts[0])) {
        const symbol = symbols.get (raw['pair'].replace ('/', '').toLowerCase ()) ?? raw['pair'];
        const timestamp = Math.trunc (parseFloat (raw['timestamp']) * 1000);
        const [ last, open, scale ] = aligned (raw['last'], raw['open_24']);
        tickers[symbol] = {
            'symbol': symbol,
            'timestamp': timestamp,
            'datetime': new Date (timestamp).toISOString (),
            'high': parseFloat (raw['high']),
            'low': parseFloat (raw['low']),
            'bid': parseFloat (raw['bid']),
            'bidVolume': undefined,
            'ask': parseFloat (raw['ask']),
            'askVolume': undefined,
            'vwap': parseFloat (raw['vwap']),
            'open': parseFloat (raw['open_24']),
            'close': parseFloat (raw['last']),
            'last': parseFloat (raw['last']),
            'previousClose': undefined,
            'change': decimalNumber (last - open, scale),
            'percentage': parseFloat (raw['percent_change_24']),
            'average': decimalNumber (quotient (last + open, scale, 2n, 0), 18),
            'baseVolume': parseFloat (raw['volume']),
            'quoteVolume': decimalProduct (raw['volume'], raw['vwap']),
            'info': raw,
        };
    }
    return tickers;
}

export function poloniex_markets (texts, job) {
    const entries = JSON.parse (texts[texts.length - 1]); // the markets, after the currencies
    return loaded (entries.map ((entry) => {
        const limits = entry['symbolTradeLimit'] ?? {};
        return spotMarket (entry['symbol'], entry['baseCurrencyName'], entry['quoteCurrencyName'], entry['state'] === 'NORMAL', 0.002, 0.002, limits['quantityScale'], limits['priceScale'], optionalNumber (limits['minQuantity']), optionalNumber (limits['minAmount']), entry, positiveNumber (limits['maxQuantity']), positiveNumber (limits['maxAmount']));
    }));
}

export function poloniex_tickers (texts, job, markets) {
    const symbols = symbolsById (markets);
    const tickers = {};
    for (const raw of JSON.parse (texts[0])) {
        const symbol = symbols.get (raw['symbol']) ?? raw['symbol'];
        const [ last, open, scale ] = aligned (raw['close'], raw['open']);
        const [ baseVolume, baseScale ] = decimal (raw['quantity']);
        const [ quoteVolume, quoteScale ] = decimal (raw['amount']);
        tickers[symbol] = {
            'symbol': symbol,
            'timestamp': raw['ts'],
            'datetime': new Date (raw['ts']).toISOString (),
            'high': parseFloat (raw['high']),
            'low': parseFloat (raw['low']),
            'bid': parseFloat (raw['bid']),
            'bidVolume': parseFloat (raw['bidQuantity']),
            'ask': parseFloat (raw['ask']),
            'askVolume': parseFloat (raw['askQuantity']),
            'vwap': (baseVolume !== 0n) ? decimalNumber (quotient (quoteVolume, quoteScale, baseVolume, baseScale), 18) : undefined,
            'open': parseFloat (raw['open']),
            'close': parseFloat (raw['close']),
            'last': parseFloat (raw['close']),
            'previousClose': undefined,
            'change': decimalNumber (last - open, scale),
            'percentage': decimalProduct (raw['dailyChange'], '100'), // a ratio: 0.0137 is 1.37 %
            'average': decimalNumber (quotient (last + open, scale, 2n, 0), 18),
            'baseVolume': parseFloat (raw['quantity']),
            'quoteVolume': parseFloat (raw['amount']),
            'info': raw,
        };
    }
    return tickers;
}
