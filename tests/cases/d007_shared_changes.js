import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d007_shared_changes extends Exchange {
    addLimit (request, limit) {
        request['limit'] = limit;
        return request;
    }

    addSide (request, side) {
        request = this.extend (request);
        request['side'] = side;
        return request;
    }

    appendTo (list, item) {
        list.push (item);
    }

    async fetchCase (symbol, limit = undefined, params = {}) {
        const request = { 'pair': symbol };
        this.addLimit (request, limit);
        // ^9 SUB-D007
        this.addSide (request, 'buy');
        const list = [];
        this.appendTo (list, 1);
        // ^9 SUB-D007
        const fresh = this.addLimit ({ 'pair': symbol }, limit);
        const copy = request;
        copy['extra'] = 1;
        // ^9 SUB-D007
        let other = undefined;
        other = list;
        other.push (2);
        // ^9 SUB-D007
        delete copy['pair'];
        // ^9 SUB-D007
        const own = this.extend (request, {});
        own['fine'] = true;
        return [ fresh, own ];
    }

    async fetchUsed (symbol, limit = undefined) {
        // The result used, the argument read again: PHP's copy would differ from what the others read.
        const request = { 'pair': symbol };
        const sent = this.addLimit (request, limit);
        // ^22 SUB-D007
        let again = { 'pair': symbol };
        again = this.addLimit (again, limit);
        const last = { 'pair': symbol };
        const once = this.addLimit (last, limit);
        const held = { 'pair': symbol };
        const alias = held;
        const viaAlias = this.addLimit (held, limit);
        // ^26 SUB-D007
        const placed = { 'pair': symbol };
        const rows = [ placed ];
        const viaRow = this.addLimit (placed, limit);
        // ^24 SUB-D007
        return [ request, sent, again, once, alias, viaAlias, rows, viaRow ];
    }
}
