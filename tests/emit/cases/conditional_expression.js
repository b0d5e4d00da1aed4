import Exchange from './base/Exchange.js';

export default class conditional_expression extends Exchange {
    run () {
        const values = [ -5, 0, 5, 50 ];
        const out = [];
        for (const v of values) {
            out.push ((v < 0) ? 'negative' : ((v === 0) ? 'zero' : ((v < 10) ? 'small' : 'large')));
            out.push (v ? 'truthy' : 'falsy');
        }
        return out;
    }
}
