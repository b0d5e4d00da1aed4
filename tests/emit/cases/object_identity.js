import Exchange from './base/Exchange.js';

export default class object_identity extends Exchange {
    run () {
        const list = [ 1 ];
        return [ list === [ 1 ], {} === {}, [] === [] ];
    }
}
