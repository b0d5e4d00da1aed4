// Prints the top of an exchange's order book live, as the maintained book changes.
//
//     node examples/watch_order_book.mjs [exchange] [symbol] [updates]    (default: kraken BTC/USD, until Ctrl-C)
//
// EXCHANGEKIT_API_URL and EXCHANGEKIT_WS_URL, when set, replace the exchange's API base URL and its public stream URL.

import * as exchangekit from '../js/index.js'; // in a project that installed the package: from 'exchangekit'

const [ exchangeId = 'kraken', symbol = 'BTC/USD', updates = undefined ] = process.argv.slice (2);
const urls = {};
if (process.env.EXCHANGEKIT_API_URL) {
    urls['api'] = process.env.EXCHANGEKIT_API_URL;
}
if (process.env.EXCHANGEKIT_WS_URL) {
    urls['ws'] = { 'public': process.env.EXCHANGEKIT_WS_URL };
}
const exchange = new exchangekit[exchangeId] (Object.keys (urls).length > 0 ? { urls } : {});
const text = (number) => exchange.numberToString (number);

try {
    for (let count = 0; (updates === undefined) || (count < Number (updates)); count++) {
        const book = await exchange.watchOrderBook (symbol);
        const [ bid, ask ] = [ book['bids'][0], book['asks'][0] ];
        console.log (`${symbol} bid ${text (bid[0])} x ${text (bid[1])} | ask ${text (ask[0])} x ${text (ask[1])}`);
    }
} finally {
    await exchange.close ();
}
