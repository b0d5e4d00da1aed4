import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class d004_shadow extends Exchange {
    async fetchCase (symbol, params = {}) {
        const market = this.market (symbol);
        if (market['spot']) {
            const market = 2;
            //    ^ SUB-D004
            const symbol = 3;
            //    ^ SUB-D004
        }
        try {
            return market;
        } catch (e) {
        // ^11 SUB-T007
            const e = 1;
            //    ^ SUB-D004
        }
        switch (symbol) {
            case 'a':
                const inner = 1;
                break;
            case 'b':
                const inner2 = 2;
                break;
        }
        for (let i = 0; i < 2; i++) {
        }
        for (let i = 0; i < 2; i++) {
        }
        return undefined;
    }
}
