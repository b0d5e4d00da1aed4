import Exchange from './base/Exchange.js';

const FEE = 0.1;
// ^1 SUB-S004

function helper () {
// ^1 SUB-S004
}

if (FEE) {
// ^1 SUB-S004
}

export const other = 1;
// ^1 SUB-S004

export default class s004_top_level extends Exchange {
}
