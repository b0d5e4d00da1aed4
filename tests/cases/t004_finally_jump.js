import Exchange from './base/Exchange.js';

// PHP refuses a break or continue that leaves a finally block ("jump out of a finally block is disallowed").
export default class t004_finally_jump extends Exchange {
    async fetchCase (symbol, params = {}) {
        let count = 0;
        for (let i = 0; i < 3; i++) {
            try {
                count = count + 1;
            } finally {
           // ^ SUB-T008
                if (i === 1) {
                    break;
                    // ^21 SUB-T004
                }
                if (i === 0) {
                    continue;
                    // ^21 SUB-T004
                }
                for (let j = 0; j < 2; j++) {
                    if (j === 1) {
                        break;
                    }
                }
            }
        }
        for (let k = 0; k < 3; k++) {
            try {
                continue;
                // ^17 SUB-T004
            } finally {
           // ^ SUB-T008
                count = count + k;
            }
        }
        let m = 0;
        while (m < 2) {
            m++;
            try {
                continue;
            } finally {
           // ^ SUB-T008
                count = count + m;
            }
        }
        return count;
    }
}
