import Exchange from './base/Exchange.js';

export default class index_keyed_object extends Exchange {
    run () {
        // An object whose keys are '0' to 'n-1' in order: PHP's json_decode makes it a list (a known difference).
        const parsed = this.parseJson ('{"k": {"0": "a", "1": "b"}}');
        return [ this.safeDict (parsed, 'k'), this.safeList (parsed, 'k') ];
    }
}
