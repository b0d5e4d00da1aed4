import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class precise_math extends Exchange {
    run () {
        const price = '0.1';
        const amount = '3';
        const cost = Precise.stringMul (price, amount);
        const fee = Precise.stringDiv (Precise.stringMul (cost, '0.001'), '1', 8);
        return [ cost, Precise.stringAdd (cost, '0.2'), fee, Precise.stringDiv ('1', '3', 8), Precise.stringLt ('1', '2'),
            Precise.stringAdd (undefined, '1'), Precise.stringMod ('-7.5', '2'), Precise.stringNeg ('0.00000001') ];
    }
}
