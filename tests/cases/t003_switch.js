import Exchange from './base/Exchange.js';
import { ArgumentsRequired, BadRequest, ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class t003_switch extends Exchange {
    async fetchCase (symbol, params = {}) {
        let side = undefined;
        for (let i = 0; i < 3; i++) {
            switch (symbol) {
                case 'buy':
                // ^17 SUB-T003
                    side = 'b';
                case 'sell':
                    if (i > 1) {
                        break;
                        // ^25 SUB-T003
                    }
                    side = 's';
                    break;
                case 'both':
                case 'either': {
                    side = 'x';
                    continue;
                }
                default:
                    side = 'n';
            }
        }
        // default's body is the last else, which reads no test of a case beside it (red-team round 34)
        switch (symbol) {
            case 'a':
            // ^13 SUB-T003
            default:
                side = 'first';
                break;
            case 'a':
                side = 'second';
                break;
        }
        switch (symbol) {
            default:
            case this.safeString (params, 'x'):
            // ^13 SUB-T003
                side = 'third';
        }
        return side;
    }
}
