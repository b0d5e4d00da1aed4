import Exchange from './base/Exchange.js';

// A snapshot of many levels (setBookLevels sets them all, then orders each side once) leaves the book as setting
// the levels one by one does: repeated prices, removals, texts, the order of the keys.
export default class book_snapshot_levels extends Exchange {
    run () {
        const levels = [];
        for (let i = 0; i < 120; i++) {
            const price = 100 + ((i * 37) % 60);
            const amount = ((i % 7) === 0) ? '0' : this.numberToString (i + 1);
            levels.push ([ this.numberToString (price) + '.5', amount ]);
        }
        let batch = this.newOrderBook ('X/Y');
        batch = this.setBookLevels (batch, 'bids', levels);
        batch = this.setBookLevels (batch, 'asks', levels);
        let single = this.newOrderBook ('X/Y');
        for (let i = 0; i < levels.length; i++) {
            single = this.setBookLevel (single, 'bids', levels[i][0], levels[i][1]);
            single = this.setBookLevel (single, 'asks', levels[i][0], levels[i][1]);
        }
        return [ this.bookSide (batch, 'bids', 5), this.bookSide (batch, 'asks', 5), batch['order'], this.json (batch) === this.json (single) ];
    }
}
