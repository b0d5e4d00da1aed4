import Exchange from './base/Exchange.js';

// An exchange changes no container's value in place, even one it puts back under the key it was read with into a
// dictionary of its own: a second read of the same key (written alike, or through parameters that hold the same
// text) held the same list, which the change reached in Node and Python and not in PHP (red-team round 38: 'sell'
// there, 'buy' in PHP).
export default class d007_container_second_read extends Exchange {
    sameKey () {
        const d = { 'k': [ 'a' ] };
        const held = this.safeList (d, 'k');
        const s = this.safeList (d, 'k');
        s.push ('x');
        // ^9 SUB-D007
        d['k'] = s;
        return (held.length === 1) ? 'buy' : 'sell';
    }

    keysOfParameters (a = 'k', b = 'k') {
        const d = { 'k': [ 'a' ] };
        const held = this.safeList (d, a);
        const s = this.safeList (d, b);
        s.push ('x');
        // ^9 SUB-D007
        d[b] = s;
        return (held.length === 1) ? 'buy' : 'sell';
    }

    copied () {
        const d = { 'k': [ 'a' ] };
        const held = this.safeList (d, 'k');
        const s = this.arrayConcat (this.safeList (d, 'k', []), [ 'x' ]);
        d['k'] = s;
        return (held.length === 1) ? 'buy' : 'sell';
    }
}
