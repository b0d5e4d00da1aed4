import Exchange from './base/Exchange.js';

// A stream state changed in place and put back is seen changed by another holder of the same value in Node and
// Python alone (red-team round 37): a second read of that state in the method, or another key given the value.
export default class d007_stream_state_aliases extends Exchange {
    async fetchCase (symbol, params = {}) {
        this.setStreamState ('k', [ 'a' ]);
        const before = this.streamState ('k');
        const state = this.streamState ('k');
        state.push ('x');
        // ^9 SUB-D007
        this.setStreamState ('k', state);
        this.setStreamState ('k2', this.streamState ('k'));
        // ^9 SUB-D007
        const held = this.streamState ('k3');
        this.setStreamState ('k4', held);
        // ^9 SUB-D007
        return [ before, state ];
    }

    putBack (key, value) {
        // read once and put back where it was read: allowed
        const list = this.streamState (key);
        list.push (value);
        this.setStreamState (key, list);
        return list.length;
    }
}
