import Exchange from './base/Exchange.js';

// Names that every JavaScript object inherits are no keys of a dictionary in any runtime.
export default class inherited_names extends Exchange {
    run () {
        const entries = [ { 'toString': 1 }, { 'a': undefined }, { 'hasOwnProperty': 'x' }, {} ];
        const markets = [
            { 'base': 'hasOwnProperty', 'quote': 'toString', 'baseId': 'c', 'quoteId': 't', 'precision': { 'amount': 1, 'price': 2 } },
            { 'base': 'valueOf', 'quote': 'hasOwnProperty', 'baseId': 'v', 'quoteId': 'c2', 'precision': { 'amount': 3, 'price': 4 } },
        ];
        const currencies = this.currenciesFromMarkets (markets);
        return [ this.pluck (entries, 'toString'), this.pluck (entries, 'a'), this.pluck (entries, 'hasOwnProperty'), currencies, 'price' in { 'price': 1 } ];
    }
}
