import Exchange from './base/Exchange.js';

export default class to_string_method extends Exchange {
    run () {
        const n = 1.5;
        const list = [ 1, [ 2, 3 ] ];
        let missing = undefined;
        let thrown = false;
        try {
            missing.toString ();
        } catch (e) {
            this.rethrowUncaught (e);
            thrown = true;
        }
        return [ n.toString (), list.toString (), (true).toString (), 'text'.toString (), thrown ];
    }
}
