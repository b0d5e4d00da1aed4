import Exchange from './base/Exchange.js';

// More ways to the same object: a helper's value replaced on one path only, names unpacked from a list, a method
// that puts its argument into a container, container values passed to a method that changes them, super calls, an
// override that changes what the inherited methods pass it, and a loop's next pass after a placement.
export default class d007_shared_unpacked_and_overrides extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'options': { 'orderDefaults': { 'type': 'limit' } },
        });
    }

    wrapIt (value) {
        return { 'params': value };
    }

    setSide (order) {
        order['side'] = 'sell';
        return order;
    }

    setBookLevels (book, side, levels, priceKey = 0, amountKey = 1) {
        return book;
    }

    parseTrade (trade, market = undefined) {
    // ^5 SUB-D007
        trade['side'] = 'sell';
        return { 'id': this.safeString (trade, 'id') };
    }

    orderRequest (symbol, side) {
        let request = this.safeDict (this.options, 'orderDefaults');
        if (request === undefined) {
            request = {};
        }
        request['symbol'] = symbol;
        // ^9 SUB-D007
        let fresh = this.safeDict (this.options, 'orderDefaults');
        fresh = {};
        fresh['side'] = side;
        return [ request, fresh ];
    }

    unpacked () {
        const request = { 'side': 'buy' };
        const [ copy ] = [ request ];
        copy['side'] = 'sell';
        // ^9 SUB-D007
        const pairs = [ [ { 'side': 'buy' }, 1 ] ];
        const [ order, count ] = pairs[0];
        order['side'] = 'sell';
        // ^9 SUB-D007
        return [ request, pairs, count ];
    }

    placed () {
        const params = { 'side': 'buy' };
        const holder = this.wrapIt (params);
        params['side'] = 'sell';
        // ^9 SUB-D007
        const rows = [];
        const row = { 'n': 0 };
        for (let i = 0; i < 2; i++) {
            row['n'] = i;
            // ^13 SUB-D007
            rows.push (row);
        }
        const last = { 'side': 'buy' };
        if (rows.length > 5) {
            this.options['last'] = last;
            return holder;
        }
        last['side'] = 'sell';
        return [ holder, rows, last ];
    }

    containers () {
        const requests = [ { 'side': 'buy' } ];
        const holder = { 'request': { 'side': 'buy' } };
        this.setSide (requests[0]);
        // ^9 SUB-D007
        this.setSide (this.safeDict (holder, 'request'));
        // ^9 SUB-D007
        const book = { 'bids': {}, 'asks': {} };
        super.setBookLevels (book, 'bids', [ [ '1', '2' ] ]);
        // ^9 SUB-D007
        // ^9 SUB-E014
        return [ requests, holder, book ];
    }
}
