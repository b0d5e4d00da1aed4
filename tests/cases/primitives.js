import Exchange from './base/Exchange.js';

// PHP's base runtime declares trait Primitives; PHP compares class names case-insensitively (red-team round 45)
export default class primitives extends Exchange {
//                   ^ SUB-S005
}
