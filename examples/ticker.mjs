// Loads an exchange's markets, then prints a ticker and the top of the order book.
//
//     node examples/ticker.mjs [exchange] [symbol]          (default: kraken BTC/USD)
//
// EXCHANGEKIT_API_URL, when set, replaces the exchange's API base URL.

import * as exchangekit from '../js/index.js'; // in a project that installed the package: from 'exchangekit'

const [ exchangeId = 'kraken', symbol = 'BTC/USD' ] = process.argv.slice (2);
const exchangeClass = exchangekit[exchangeId];
const config = process.env.EXCHANGEKIT_API_URL ? { 'urls': { 'api': process.env.EXCHANGEKIT_API_URL } } : {};
const exchange = new exchangeClass (config);
const text = (number) => exchange.numberToString (number);

await exchange.loadMarkets ();
console.log (`${exchange.name}: ${exchange.symbols.length} markets`);
const ticker = await exchange.fetchTicker (symbol);
console.log (`${symbol} last ${text (ticker['last'])} bid ${text (ticker['bid'])} ask ${text (ticker['ask'])}`);
const book = await exchange.fetchOrderBook (symbol, 5);
for (const [ price, amount ] of book['asks'].slice (0, 5).reverse ()) {
    console.log (`  ask ${text (price)} x ${text (amount)}`);
}
for (const [ price, amount ] of book['bids'].slice (0, 5)) {
    console.log (`  bid ${text (price)} x ${text (amount)}`);
}
