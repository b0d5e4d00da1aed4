import Exchange from './base/Exchange.js';

export default class S005Name extends Exchange {
//                   ^ SUB-S005
}
