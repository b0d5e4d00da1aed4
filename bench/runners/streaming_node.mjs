// bench/streaming.py in Node: the library's book maintenance (binance.handleMessage on each depth update, the
// snapshot served in place of HTTP) and a plain Map update of the same frames; prints the best seconds of each.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let input = '';
for await (const chunk of process.stdin) {
    input += chunk;
}
const spec = JSON.parse (input);
const folder = path.dirname (process.env.EXCHANGEKIT_JS_INDEX);
const binance = (await import (pathToFileURL (path.join (folder, 'binance.js')))).default;
const URL = 'wss://stream.binance.com:9443/ws';

class Bench extends binance {
    isWatched (url, messageHash) {
        return true; // (no socket and no caller here: the frames are fed to handleMessage directly)
    }

    async fetch (url, method = 'GET', headers = undefined, body = undefined) {
        return this.handleRestResponse (200, '', url, method, {}, JSON.stringify (spec.snapshot), headers, body);
    }
}

async function library () {
    const exchange = new Bench ();
    exchange.setMarkets (spec.markets);
    exchange.rememberBookLimit ('BTC/USDT', (spec.limit === null) ? undefined : spec.limit);
    const started = performance.now ();
    for (const event of spec.events) {
        await exchange.handleMessage (URL, event);
    }
    const seconds = (performance.now () - started) / 1000;
    return [ seconds, exchange.orderBookView (exchange.streamState ('book:BTC/USDT')) ];
}

function baseline () {
    const sides = { 'b': new Map (), 'a': new Map () };
    for (const [ side, key ] of [ [ 'b', 'bids' ], [ 'a', 'asks' ] ]) {
        for (const [ price, amount ] of spec.snapshot[key]) {
            sides[side].set (price, amount);
        }
    }
    const started = performance.now ();
    for (const event of spec.events) {
        for (const side of [ 'b', 'a' ]) {
            for (const [ price, amount ] of event[side]) {
                if (Number (amount) === 0) {
                    sides[side].delete (price);
                } else {
                    sides[side].set (price, amount);
                }
            }
        }
    }
    return (performance.now () - started) / 1000;
}

let best = { 'library': Infinity, 'baseline': Infinity, 'book': undefined };
for (let i = 0; i < spec.repeat; i++) {
    const [ seconds, book ] = await library ();
    best = { 'library': Math.min (best.library, seconds), 'baseline': Math.min (best.baseline, baseline ()), 'book': book };
}
console.log (JSON.stringify (best));
