import Exchange from './base/Exchange.js';

export default class d008_changing_properties extends Exchange {
    check (held) {
        this.options['side'] = 'sell';
        return this.safeString (held, 'side', 'buy');
    }

    async fetchCase (symbol, params = {}) {
        const options = this.options;
        //              ^ SUB-D008
        const passed = this.check (this.options);
        //                         ^ SUB-D008
        const listed = { 'o': this.options, 't': this.sessionTokens };
        //                    ^ SUB-D008
        //                                       ^ SUB-D008
        this.options['self'] = this.options;
        //                     ^ SUB-D008
        const kept = [ this.streams ];
        //             ^ SUB-D008
        // this.streams only through streamState: its values are put back changed in place (red-team round 37)
        const state = this.safeList (this.streams, 'k');
        //                           ^ SUB-D008
        const first = Object.values (this.streams);
        //                           ^ SUB-D008
        const direct = this.streams['k'];
        //             ^ SUB-D008
        const watched = ('k' in this.streams) ? Object.keys (this.streams) : [];
        // read key by key: the value at that moment in every runtime
        const side = this.safeString (this.options, 'side');
        const token = this.safeString (this.sessionTokens, 'access');
        const known = ('side' in this.options) && (this.options['side'] !== undefined);
        const names = Object.keys (this.options);
        const copy = this.extend (this.extend ({}, this.options), this.sessionTokens);
        // deepExtend hands back the dictionary itself beside a value that is no dictionary (red-team round 36)
        const same = this.deepExtend (undefined, this.options);
        //                                       ^ SUB-D008
        return [ options, passed, listed, kept, side, token, known, names, copy, same, state, first, direct, watched ];
    }
}
