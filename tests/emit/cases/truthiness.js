import Exchange from './base/Exchange.js';

export default class truthiness extends Exchange {
    run () {
        const values = [ {}, [], '', '0', 0, -0, NaN, 1, 'a', undefined, true, false, 0.5 ];
        const out = [];
        for (const value of values) {
            if (value) {
                out.push (true);
            } else {
                out.push (false);
            }
            out.push (!value);
        }
        return out;
    }
}
