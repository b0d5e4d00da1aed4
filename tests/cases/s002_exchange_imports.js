import index from './index.js';
//     ^ SUB-S002
import kraken from './kraken.js';
//     ^ SUB-S002
import Exchange from './base/Exchange.js';

export default class s002_exchange_imports extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), { 'id': 's002_exchange_imports' });
    }
}
