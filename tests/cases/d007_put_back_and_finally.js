import Exchange from './base/Exchange.js';

// A helper's value changed in place counts as put back only into the stream state it was read from (into a container,
// even one the method owns, in the base class alone: red-team round 38); pop () and shift () hand back the list's own
// element; a value a method puts into this.options and hands back is the options'; a finally block runs after a
// return.
export default class d007_put_back_and_finally extends Exchange {
    defaults () {
        const d = { 'side': 'buy' };
        this.options['orderDefaults'] = d;
        return d;
    }

    elsewhere () {
        const request = { 'symbol': 'BTC/USDT', 'nested': { 'side': 'buy' } };
        const inner = this.safeDict (request, 'nested');
        inner['side'] = 'sell';
        // ^9 SUB-D007
        const unrelated = {};
        unrelated['x'] = inner;
        const copy = this.extend (request);
        const order = this.safeDict (copy, 'nested');
        order['side'] = 'sell';
        // ^9 SUB-D007
        copy['nested'] = order;
        return [ request, unrelated, copy ];
    }

    putBack (key) {
        const own = { 'nested': { 'side': 'buy' } };
        const inner = this.safeDict (own, 'nested');
        inner['side'] = 'sell';
        // ^9 SUB-D007
        own['nested'] = inner;
        const state = this.streamState (key, {});
        const levels = this.safeDict (state, 'levels', {});
        levels['1'] = 2;
        // ^9 SUB-D007
        state['levels'] = levels;
        this.setStreamState (key, state);
        return own;
    }

    taken (side) {
        const orders = [ { 'side': 'buy' } ];
        const pending = this.arrayConcat ([], orders);
        const order = pending.pop ();
        order['side'] = 'sell';
        // ^9 SUB-D007
        const mine = this.defaults ();
        mine['side'] = side;
        // ^9 SUB-D007
        return [ orders, mine ];
    }

    later (side) {
        const order = { 'side': side };
        try {
            return { 'symbol': 'BTC/USDT', 'order': order };
        } finally {
        // ^11 SUB-T008
            order['side'] = 'sell';
            // ^13 SUB-D007
        }
    }
}
