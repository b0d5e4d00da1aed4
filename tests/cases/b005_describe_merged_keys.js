import Exchange from './base/Exchange.js';

// Every dictionary describe () merges into its result gives it keys, not only the one that states the 'id': a second
// literal preset the rate limiter's clock reading, which Node reads from the process's start and Python and PHP from
// the machine's boot (red-team round 43).
export default class b005_describe_merged_keys extends Exchange {
    describe () {
        const limits = { 'markets': {}, 'rateLimit': 100 };
        //               ^ SUB-B005
        const urls = { 'www': 'https://example.com' };
        limits['sessionTokens'] = {};
        //     ^ SUB-B005
        const inherited = this.omit (super.describe (), 'api');
        // ^57 SUB-B011
        return this.deepExtend (this.extend (inherited, {
            'id': 'b005_describe_merged_keys',
            'urls': urls,
        }), this.extend (limits, {
            'throttleLast': 4000,
            // ^13 SUB-B005
            'options': { 'throttleLast': 'kept' },
        }));
    }
}
