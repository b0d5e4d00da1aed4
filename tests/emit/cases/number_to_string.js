import Exchange from './base/Exchange.js';

export default class number_to_string extends Exchange {
    run () {
        return [ '' + 1.0, '' + 1e21, '' + (0.1 + 0.2), '' + 1e-7, '' + 123456789012345680000, '' + -0, '' + 100,
            '' + 2.5e-7, (1.5).toString (), '' + 0.000001, '' + 1.2e-6, '' + -1e21, '' + 5e-324, `${3.0}`, '' + 1 / 3 ];
    }
}
