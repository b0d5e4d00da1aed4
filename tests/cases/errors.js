import Exchange from './base/Exchange.js';

export default class errors extends Exchange {
//                   ^ SUB-S005
}
