import Exchange from './base/Exchange.js';

// The same object reached otherwise than by `const b = a`: through a condition, || and &&, an array method that
// hands back its array, or a method of the class that hands back its argument; and a parameter changed before it is
// replaced, or changed by a method it is passed on to.
export default class d007_shared_through_calls extends Exchange {
    same (value) {
        return value;
    }

    sameThrough (value) {
        const held = value;
        return this.same (held);
    }

    optionsOf (key) {
        return this.safeDict (this.options, key);
    }

    flip (order) {
        order['side'] = 'sell';
        order = this.extend (order, {});
        return order;
    }

    forward (order) {
        return this.flip (order);
    }

    ownCopy (order) {
        order = this.extend (order, {});
        order['side'] = 'sell';
        return order;
    }

    orderBody (side, amount, way) {
        const request = { 'symbol': 'BTCUSD', 'side': side, 'amount': amount };
        if (way === 1) {
            const view = (request !== undefined) ? request : {};
            view['amount'] = '1000';
            // ^13 SUB-D007
        } else if (way === 2) {
            const view = request || {};
            view['side'] = 'sell';
            // ^13 SUB-D007
        } else if (way === 3) {
            const view = this.same (request);
            view['side'] = 'sell';
            // ^13 SUB-D007
        } else if (way === 4) {
            this.flip (request);
            // ^13 SUB-D007
        } else if (way === 5) {
            this.forward (request);
            // ^13 SUB-D007
        } else if (way === 6) {
            const view = this.sameThrough (request);
            view['side'] = 'sell';
            // ^13 SUB-D007
        } else if (way === 7) {
            this.ownCopy (request);
        }
        return this.urlencode (request);
    }

    async inherited (rows, symbol) {
        // The base class's methods too: toArray hands back an array it is given, safeMarket and loadMarkets the
        // loaded markets' own values, setBookLevels changes the book it is given.
        const list = this.toArray (rows);
        list.push ('x');
        // ^9 SUB-D007
        const market = this.safeMarket (symbol);
        market['seen'] = true;
        // ^9 SUB-D007
        const loaded = await this.loadMarkets ();
        loaded['X/Y'] = {};
        // ^9 SUB-D007
        let book = { 'bids': {}, 'asks': {} };
        book = this.setBookLevels (this.setBookLevels (book, 'bids', []), 'asks', []);
        book = this.extend (this.setBookLevels (book, 'bids', []), book);
        // ^29 SUB-D007
        return [ rows, book ];
    }

    run () {
        const a = [ 'buy' ];
        const b = a.reverse ();
        b.push ('sell');
        // ^9 SUB-D007
        const orders = { 'o': { 'side': 'buy' } };
        const inner = this.safeDict (orders, 'o');
        const again = this.same (inner);
        again['side'] = 'sell';
        // ^9 SUB-D007
        const direct = this.same (this.safeDict (orders, 'o'));
        direct['side'] = 'sell';
        // ^9 SUB-D007
        const settings = this.optionsOf ('limits');
        settings['max'] = 1;
        // ^9 SUB-D007
        const fresh = this.same ({ 'side': 'buy' });
        fresh['side'] = 'sell';
        const result = this.flip ({ 'side': 'buy' });
        return [ a, orders, fresh, result, this.orderBody ('buy', '1', 1) ];
    }
}
