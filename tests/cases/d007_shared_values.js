import Exchange from './base/Exchange.js';

// Values that are held by a container too: JavaScript and Python change the container's, PHP a copy.
export default class d007_shared_values extends Exchange {
    async fetchCase (symbol, params = {}) {
        const rows = [ { 'a': 1 }, { 'a': 2 } ];
        for (let i = 0; i < rows.length; i++) {
            const row = rows[i];
            row['b'] = 3;
            // ^13 SUB-D007
        }
        for (const entry of rows) {
            entry['c'] = 4;
            // ^13 SUB-D007
        }
        const list = [ 1 ];
        const holder = { 'list': list };
        list.push (2);
        // ^9 SUB-D007
        holder['list'].push (3);
        // ^9 SUB-D007
        const nested = [ [ 1 ] ];
        nested[0].push (2);
        // ^9 SUB-D007
        const book = { 'bids': [ [ 1, 2 ] ] };
        const bids = this.safeList (book, 'bids', []);
        bids.push ([ 3, 4 ]);
        // ^9 SUB-D007
        const accounts = { 'BTC': { 'free': '1' } };
        const account = this.safeDict (accounts, 'BTC', {});
        account['used'] = '0';
        // ^9 SUB-D007
        accounts['BTC'] = account;
        const market = this.market (symbol);
        market['checked'] = true;
        // ^9 SUB-D007
        const state = this.streamState ('orders', {});
        state[symbol] = 1;
        this.setStreamState ('orders', state);
        // What stays allowed: change a value of one's own, then put it in (again).
        const copies = [];
        for (let i = 0; i < rows.length; i++) {
            const copy = this.extend (rows[i], { 'd': 5 });
            copy['e'] = 6;
            copies.push (copy);
        }
        const finished = [ 1 ];
        finished.push (2);
        const box = { 'finished': finished };
        return [ rows, holder, nested, copies, box, book, accounts ];
    }
}
