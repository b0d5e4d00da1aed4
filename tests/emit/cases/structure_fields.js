import Exchange from './base/Exchange.js';

export default class structure_fields extends Exchange {
    run () {
        // safeTrade and safeTicker of a dictionary written out: the Python and PHP emitters hand its fields to the
        // builder as keywords and named arguments (the dictionary is never made), in the order written; anything else
        // stays a dictionary.
        const market = { 'id': 'BTCUSD', 'symbol': 'BTC/USD', 'base': 'BTC', 'quote': 'USD' };
        this.options['order'] = '';
        const trade = this.safeTrade ({
            'price': this.noted ('price', '100.5'),
            'id': this.noted ('id', 12),
            'amount': this.noted ('amount', '-0.25'),
            'timestamp': this.noted ('timestamp', '1700000000123'),
            'takerOrMaker': undefined,
            'type': 'limit',
            'info': { 'raw': true },
        }, this.noted ('market', market));
        const tradeOrder = this.options['order'];
        this.options['order'] = '';
        const ticker = this.safeTicker ({
            'open': this.noted ('open', '80'),
            'last': this.noted ('last', '100'),
            'bidVolume': 3,
            'previousClose': '',
            'quoteVolume': '250',
            'baseVolume': '2.5',
        });
        const tickerOrder = this.options['order'];
        const fields = { 'price': '2', 'amount': '3' };
        const key = 'price';
        return [
            trade, tradeOrder, ticker, tickerOrder,
            this.safeTrade ({ 'price': '2', 'amount': '3', 'datetime': 'not read' }),  // a key the builder has not
            this.safeTrade ({ ...fields, 'side': 'sell' }),  // a spread
            this.safeTrade ({ [key]: '2', 'amount': '3' }),  // a computed key
            this.safeTrade (fields, market),  // no dictionary written out
            this.safeTicker ({ 'last': '5' }, undefined),
        ];
    }

    noted (name, value) {
        this.options['order'] = this.options['order'] + name + ',';
        return value;
    }
}
