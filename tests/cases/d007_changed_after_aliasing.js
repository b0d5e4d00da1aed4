import Exchange from './base/Exchange.js';

// A change made through the variable a value came from, after another variable was given it: the other variable sees
// the change in Node and Python, and holds a copy from before it in PHP, where the order below went out as a buy
// (red-team round 26). So does a dictionary handed back as a helper's default, or put into a list by concat.
export default class d007_changed_after_aliasing extends Exchange {
    orderBody (side) {
        const request = { 'symbol': 'BTCUSDT', 'side': side };
        const body = request;
        request['side'] = (side === 'buy') ? 'sell' : 'buy';
        // ^9 SUB-D007
        return this.urlencode (body);
    }

    defaults () {
        const placed = { 'side': 'buy' };
        const holder = this.safeDict ({}, 'missing', placed);
        placed['side'] = 'sell';
        // ^9 SUB-D007
        const inner = { 'side': 'buy' };
        const list = [ 'first' ].concat (inner);
        inner['side'] = 'sell';
        // ^9 SUB-D007
        return [ holder, list ];
    }

    changedBefore (side) {
        const request = { 'symbol': 'BTCUSDT' };
        request['side'] = side;
        const body = request;
        return this.urlencode (body);
    }
}
