import Exchange from './base/Exchange.js';

// The book helpers change in place the book they are given (and its parts where they made them for it): a book that a
// container or the caller holds is refused (red-team round 77: a book kept in this.options and handed to the caller,
// then changed in place by a later call, changed what the caller held, in Node and asyncio).
export default class d007_book_helpers extends Exchange {
    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        const book = this.setBookLevel (this.newOrderBook (symbol), 'bids', 100, 1);
        this.options['last'] = book;
        return book;
    }

    async fetchTicker (symbol, params = {}) {
        // ^11 SUB-D007
        const kept = this.setBookLevel (this.safeDict (this.options, 'last'), 'bids', 999, 5);
        // ^22 SUB-D007
        const given = this.setBookLevels (params, 'asks', [ [ 1, 2 ] ]);
        return { 'symbol': symbol, 'bid': this.bookSide (kept, 'bids'), 'ask': this.bookSide (given, 'asks') };
    }
}
