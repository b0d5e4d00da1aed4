import Exchange from './base/Exchange.js';

// parseInt of long digit runs from a response: past 2^53 the nearest double, past the largest double Infinity
// (Python's int () refuses more than 4300 digits, PHP's intval stops at 2^63), leading zeros worth nothing.
export default class parse_int_long extends Exchange {
    run () {
        const nines = '9'.padStart (400, '9');
        const ones = '1'.padStart (5000, '1');
        const zeros = '1'.padStart (5000, '0');
        return [ parseInt (nines), parseInt ('-' + ones), parseInt (zeros), parseInt (ones, 16), parseInt (zeros, 36),
            parseInt ('1'.padStart (1025, '0'), 2), parseInt ('ffffffffffffffffff', 16), parseInt ('-7fffffffffffffff', 16),
            parseInt ('zzzzzzzzzzzz', 36), parseInt ('11111111111111111111111111111111111111111111111111111111111111111', 2),
            // (a radix other than 2, 4, 8, 10, 16 or 32 is read in chunks added up in doubles, as V8 does: past 2^53 it
            // rounds otherwise than the exact value rounded once; red-team round 30)
            parseInt ('9007199254740992', 36), parseInt ('1000000000000000000001', 12), parseInt ('-2'.padEnd (60, '1'), 3),
            parseInt ('6'.padEnd (40, '5'), 7), parseInt ('00000zz'.padEnd (30, 'y'), 36), parseInt ('-0', 36) ];
    }
}
