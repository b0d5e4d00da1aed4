import Exchange from './base/Exchange.js';

export default class sums_without_bound extends Exchange {
    run () {
        // A sum of two numbers neither of which is written out is a double past 2^53, as in JavaScript: Python's
        // integers grew without end (k += k, 3,000,000 times, took two minutes there and milliseconds in Node).
        let doubled = 1;
        for (let i = 0; i < 1100; i++) {
            doubled += doubled;
        }
        let halved = -1;
        for (let i = 0; i < 1100; i++) {
            halved = halved - (0 - halved);
        }
        let previous = 0;
        let current = 1;
        for (let i = 0; i < 1600; i++) {
            const next = previous + current;
            previous = current;
            current = next;
        }
        let step = 1;
        for (let i = 0; i < 60; i++) {
            step = step + step;
        }
        const safe = Number.MAX_SAFE_INTEGER;
        const past = safe + safe;
        return [ doubled, halved, current, '' + step, step === step + 1, '' + past, past === past - 1, safe - safe ];
    }
}
