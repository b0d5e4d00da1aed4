import Exchange from './base/Exchange.js';

// Python's loops are `while True:` that break when the test fails (see PythonPrinter.loop): every kind of test is
// negated as a whole, and a text built in a loop is appended to in place.
export default class loop_tests extends Exchange {
    part (i) {
        return 'p' + this.numberToString (i);
    }

    run () {
        const levels = [ 5, 4, 3, 2, 1 ];
        const newest = [];
        for (let k = levels.length - 1; (k >= 0) && (newest.length < 3); k--) {
            newest.push (levels[k]);
        }
        let j = 0;
        while ((j < 2) || (newest.length > 10)) {
            j++;
        }
        let done = false;
        let rounds = 0;
        while (!done) {
            rounds++;
            done = rounds >= 4;
        }
        let found = undefined;
        let index = 0;
        while (found === undefined) {
            if (levels[index] < 3) {
                found = levels[index];
            }
            index++;
        }
        let skipped = 0;
        for (let i = 0; (i < levels.length) && (skipped < 10); i++) {
            if (levels[i] % 2 === 0) {
                skipped++;
                continue;
            }
        }
        let text = '';
        let other = 'x';
        for (let i = 0; i < 4; i++) {
            text = text + this.part (i) + ':' + i + ';';
            other += `${i}`;
        }
        let forever = 0;
        for (;;) {
            forever++;
            if (forever > 2) {
                break;
            }
        }
        return [ newest, j, rounds, found, index, skipped, text, other, forever ];
    }
}
