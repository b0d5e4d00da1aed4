import Exchange from './base/Exchange.js';

export default class b011_describe_omits_base_keys extends Exchange {
    describe () {
        // Every key of the base class's describe () stays: Python has no attribute for one left out.
        const left = 'timeframes';
        const merged = this.deepExtend (super.describe (), {
            'id': 'b011_describe_omits_base_keys',
            'urls': { 'api': 'https://api.example.com' },
            'options': this.omit ({ 'side': 'buy', 'spare': 1 }, 'spare'),
        });
        const kept = this.omit (merged, [ 'fees', 'spare' ]);
        //                                ^ SUB-B011
        const replaced = this.extend (this.omit (merged, 'has'), { 'has': { 'fetchMarkets': true } });
        return this.omit (this.omit (this.extend (kept, replaced), 'options'), left);
        // ^68 SUB-B011
        // ^80 SUB-B011
    }
}
