import Exchange from './base/Exchange.js';

export default class loops extends Exchange {
    run () {
        const out = [];
        let i = 0;
        while (i < 3) {
            out.push (i);
            i++;
        }
        for (const item of [ 'x', 'y' ]) {
            out.push (item);
        }
        const grow = [ 1 ];
        for (const value of grow) {
            if (value < 3) {
                grow.push (value + 1);
            }
        }
        out.push (grow);
        while (false) {
            out.push ('never');
        }
        return out;
    }
}
