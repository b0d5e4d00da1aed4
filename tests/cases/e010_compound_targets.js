import Exchange from './base/Exchange.js';

// Python and PHP read the target of += and -- and then write it, computing its key twice: a call there ran twice.
export default class e010_compound_targets extends Exchange {
    next () {
        const n = this.safeInteger (this.options, 'n', 0);
        this.options['n'] = n + 1;
        return n;
    }

    async fetchCase (symbol, params = {}) {
        const list = [ 10, 20, 30 ];
        list[Math.floor (this.next ())] += 1;
        //   ^ SUB-E010
        const texts = [ 'x', 'y' ];
        texts[Math.floor (this.next ())] += '!';
        //    ^ SUB-E010
        list[list.length - 1] -= 1;
        const index = Math.floor (this.next ());
        list[index] += 1;
        return [ list, texts ];
    }
}
