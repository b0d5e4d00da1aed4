import kraken from './kraken.js';

export default class s002_derived_ok extends kraken {
    describe () {
        return this.deepExtend (super.describe (), { 'id': 's002_derived_ok' });
    }
}
