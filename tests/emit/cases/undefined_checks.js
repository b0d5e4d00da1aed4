import Exchange from './base/Exchange.js';

export default class undefined_checks extends Exchange {
    run () {
        let x = undefined;
        const o = { 'k': undefined, 'v': 0 };
        return [ x === undefined, o['k'] === undefined, o['missing'] === undefined, o['v'] === undefined,
            typeof x === 'undefined', x !== undefined, typeof o['v'] !== 'undefined' ];
    }
}
