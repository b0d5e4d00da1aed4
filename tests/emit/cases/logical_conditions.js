import Exchange from './base/Exchange.js';

export default class logical_conditions extends Exchange {
    run () {
        // || and && as the test of if, while, ?: and !: each operand is tested on its own, with JavaScript's
        // truthiness ('0' and [] are true, NaN and -0 false), and the right one only when the left leaves it open.
        const values = [ 0, -0, 1, '', '0', 'a', [], {}, undefined, NaN, false, true ];
        const results = [];
        let calls = 0;
        for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
                const a = values[i];
                const b = values[j];
                let row = '';
                if (a || b) {
                    row = row + 'o';
                }
                if (a && b) {
                    row = row + 'a';
                }
                row = row + ((a && !b) ? 'x' : '-');
                if (!(a || b) || (a && b && (i > j))) {
                    row = row + 'n';
                }
                if ((i === j) && this.counted (a)) {
                    calls = calls + 1;
                }
                if (a && ((i === 0) || (j === 0))) {
                    row = row + 'e'; // a compound test inside another keeps its grouping
                }
                if (((i === 1) || b) && ((j === 2) || (i === j))) {
                    row = row + 'g';
                }
                results.push (row);
            }
        }
        let k = 0;
        while ((k < values.length) && values[k] !== undefined) {
            k = k + 1;
        }
        return [ results, calls, k ];
    }

    counted (value) {
        return value;
    }
}
