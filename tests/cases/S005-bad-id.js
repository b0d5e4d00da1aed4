import Exchange from './base/Exchange.js';

export default class S005 extends Exchange {
//                   ^ SUB-S005
}
