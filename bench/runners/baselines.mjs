// Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written JavaScript integration would
// do with the same response text, giving the same output as the unified call. Named <exchange>_<path>; each takes
// the response text and the job.

function decimalProduct (a, b) {
    // The exact product of two decimal strings, as a number (what Precise.stringMul and parseNumber give).
    const [ ai, af = '' ] = a.split ('.');
    const [ bi, bf = '' ] = b.split ('.');
    const product = (BigInt (ai + af) * BigInt (bi + bf)).toString ();
    const scale = af.length + bf.length;
    const digits = product.padStart (scale + 1, '0');
    return parseFloat (digits.slice (0, digits.length - scale) + '.' + digits.slice (digits.length - scale));
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

export function kraken_trades (text, job) {
    const rows = JSON.parse (text)['result']['XXBTZUSD'];
    const trades = [];
    for (const row of rows) {
        const item = trade (String (row[6]), Math.round (row[2] * 1000), row[3] === 'b' ? 'buy' : 'sell', row[0], row[1], row, row[4] === 'l' ? 'limit' : 'market');
        item['symbol'] = 'BTC/USD';
        trades.push (item);
    }
    return trades.sort ((a, b) => a.timestamp - b.timestamp);
}

export function binance_trades (text, job) {
    const trades = [];
    for (const row of JSON.parse (text)) {
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

export function kraken_book (text, job) {
    const raw = JSON.parse (text)['result']['XXBTZUSD'];
    return book ('BTC/USD', raw['bids'], raw['asks']);
}

export function binance_book (text, job) {
    const raw = JSON.parse (text);
    const result = book ('BTC/USDT', raw['bids'], raw['asks']);
    result['nonce'] = raw['lastUpdateId'];
    return result;
}
