import Exchange from './base/Exchange.js';

export default class sums_with_written_numbers extends Exchange {
    run () {
        // A sum with a number written out rounds past 2^53, as in JavaScript (Python's and PHP's integers were exact
        // there): but for a small step of a loop counter that the loop's test bounds, or of a length.
        const big = Number.MAX_SAFE_INTEGER;
        let n = big;
        n++;
        n++;
        let m = big;
        m += 1;
        m += 1;
        let k = -big;
        k--;
        k -= 1;
        let side = 'buy';
        if (big + 2 === big + 1) {
            side = 'sell';
        }
        const rows = [ 'a', 'b', 'c' ];
        const seen = [];
        for (let i = 0; i < rows.length; i++) {
            seen.push (rows[i] + (i + 1));
        }
        for (let i = rows.length - 1; i >= 0; i--) {
            seen.push (i);
        }
        let j = big - 1;
        for (let c = 0; c < 4; c++) {
            j++;
        }
        let far = 0;
        for (let i = big - 1; i < big + 10; i++) {
            far = i;
            if (far > big - 5 + 4) {
                break;
            }
        }
        return [ '' + n, '' + m, '' + k, side, seen, '' + j, '' + far, n === m, '' + (big + 2) ];
    }
}
