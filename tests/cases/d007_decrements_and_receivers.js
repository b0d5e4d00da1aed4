import Exchange from './base/Exchange.js';

// A decrement of an element changes its container in place, as an assignment does; and an array method changes in
// place what its receiver is, which PHP can only do where that is a variable: it sorted a copy of (a || []),
// (c ? a : b) and of a.sort () in a.sort ().reverse (), where Node and Python sorted a (red-team round 58).
export default class d007_decrements_and_receivers extends Exchange {
    spend (budget) {
        budget['left']--;
        return 0;
    }

    throughAMethod () {
        const budget = { 'left': 1 };
        this.spend (budget);
        // ^9 SUB-D007
        return (budget['left'] > 0) ? 'buy' : 'sell';
    }

    throughAnAlias () {
        const a = { 'left': 1 };
        const b = a;
        b['left']--;
        // ^9 SUB-D007
        return (a['left'] > 0) ? 'buy' : 'sell';
    }

    ofAValueReadOut () {
        const limits = this.safeDict (this.options, 'limits', {});
        limits['left']--;
        // ^9 SUB-D007
        return limits;
    }

    sortedAlternatives (book, flip) {
        const prices = this.safeList (book, 'prices');
        (prices || []).sort ();
        // ^9 SUB-D007
        const levels = [ 'b', 'a' ];
        (flip ? levels : []).reverse ();
        // ^9 SUB-D007
        levels.sort ().reverse ();
        // ^9 SUB-D007
        return [ prices, levels ];
    }

    newValues (book) {
        const levels = [ 3, 1, 2 ].sort ();
        const keys = Object.keys (book).sort ();
        const count = { 'left': 2 };
        count['left']--;
        return [ levels, keys, count ];
    }
}
