import Exchange from './base/Exchange.js';

export default class strict_equality extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const one = 1;
        const text = '1';
        const list = [ 1 ];
        return [ one === 1.0, text === one, true === (one === 1), list === list, 'a' === 'a', NaN === NaN, one !== 2,
            0 === -0, this.pick (1) === 1, this.pick (true) === 1, this.pick ('1') === 1 ];
    }
}
