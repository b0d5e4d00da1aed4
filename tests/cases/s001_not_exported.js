import Exchange from './base/Exchange.js';

class s001_not_exported extends Exchange {
//    ^ SUB-S001
}
