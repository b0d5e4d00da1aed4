import Exchange from './base/Exchange.js';

export default class key_before_value extends Exchange {
    bump () {
        this.options['k'] = 'second';
        return 'v';
    }

    async bumpLater () {
        this.options['k'] = 'third';
        return 'w';
    }

    // JavaScript computes a key before the value it writes there; Python's d[k] = v the value first (red-team round 34)
    async run () {
        this.options['k'] = 'first';
        const d = {};
        d['x' + this.bump ()] = this.options['k'];
        this.options['k'] = 'first';
        d['y' + this.options['k']] = await this.bumpLater ();
        this.options['k'] = 'first';
        const e = { 'z': 1 };
        e['q' + this.options['k']] = this.bump ();
        return [ d, e ];
    }
}
