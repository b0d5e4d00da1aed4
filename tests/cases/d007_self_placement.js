import Exchange from './base/Exchange.js';

// A dictionary or list put into itself is a cycle in Node and Python, and a copy of the value as it was in PHP:
// JSON.stringify threw a TypeError in Node (which a catch saw), never ended in Python and wrote the copy in PHP.
export default class d007_self_placement extends Exchange {
    cycles () {
        const order = { 'id': '1' };
        order['self'] = order;
        // ^9 SUB-D007
        const levels = [ 1 ];
        levels.push (levels);
        // ^9 SUB-D007
        const book = { 'bids': [] };
        book['more'] = { 'book': book };
        // ^9 SUB-D007
        const copy = { 'id': '2' };
        copy['self'] = this.extend (copy);
        return [ order, levels, book, copy ];
    }
}
