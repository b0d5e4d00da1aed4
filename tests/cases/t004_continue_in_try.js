import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

// Python writes a for loop's update before each continue: inside a try block, its catch clause saw what the update
// threw, where JavaScript runs the update after the body (red-team round 35).
export default class t004_continue_in_try extends Exchange {
    step (i) {
        if (i >= 1) {
            throw new BadRequest ('stop');
        }
        return i + 1;
    }

    async fetchCase (symbol, params = {}) {
        const seen = [];
        for (let i = 0; i < 3; i = this.step (i)) {
            try {
                seen.push (i);
                continue;
                // ^17 SUB-T004
            } catch (e) {
                if (!(e instanceof BadRequest)) {
                    throw e;
                }
                continue;
            }
        }
        for (let j = 0; j < 3; j++) {
            try {
                seen.push (j);
                continue;
            } catch (e) {
                if (!(e instanceof BadRequest)) {
                    throw e;
                }
            }
        }
        // a dictionary with its own toString key throws where -- and += 1 make it a number (red-team round 36)
        for (let n = { 'toString': 1 }; seen.length < 9; n--) {
            try {
                seen.push (1);
                continue;
                // ^17 SUB-T004
            } catch (e) {
                if (!(e instanceof BadRequest)) {
                    throw e;
                }
            }
        }
        for (let k = 0; k < 6; k += 2) {
            try {
                if (k > 2) {
                    continue;
                }
                seen.push (k);
            } catch (e) {
                if (!(e instanceof BadRequest)) {
                    throw e;
                }
            }
        }
        return seen;
    }
}
