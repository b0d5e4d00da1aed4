import Exchange from './base/Exchange.js';

export default class c_style_loops extends Exchange {
    run () {
        const out = [];
        for (let i = 0; i <= 10; i += 2) {
            out.push (i);
        }
        for (let j = 10; j > 0; j -= 3) {
            if (j === 7) {
                continue;
            }
            out.push (j);
        }
        let k = 0;
        for (; k < 100; k++) {
            if (k * k > 20) {
                break;
            }
        }
        out.push (k);
        for (let a = 0, b = 10; a < b; a++) {
            b--;
            out.push (a + ':' + b);
        }
        return out;
    }
}
