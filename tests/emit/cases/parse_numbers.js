import Exchange from './base/Exchange.js';

export default class parse_numbers extends Exchange {
    run () {
        return [ parseInt ('12px'), parseInt ('0x1A'), parseInt ('  -42'), parseInt ('abc'), parseFloat ('3.14abc'),
            parseFloat ('.5'), parseInt ('101', 2), parseFloat ('1e3'), parseInt ('08'), parseFloat ('-0.0'),
            parseInt ('ff', 16), parseFloat ('Infinity'), parseInt ('1e3'), parseFloat ('  7  '),
            // beyond 2^53 a double, as near as it gets; beyond PHP's integers too
            parseInt ('9007199254740993'), parseInt ('-123456789012345678901234.5'), parseInt ('99999999999999999999') ];
    }
}
