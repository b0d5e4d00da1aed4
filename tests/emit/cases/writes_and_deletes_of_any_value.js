import Exchange from './base/Exchange.js';

export default class writes_and_deletes_of_any_value extends Exchange {
    run () {
        // A key written into, or deleted from, a value that is no dictionary, as the data may make it: PHP made an
        // array of undefined and wrote into a text, Python's own write failed on a list, and both deleted from
        // undefined, a text or a list's length, where Node threw (red-team round 28).
        const texts = [ 'null', '"abc"', '["a", "b"]', '5', '{"a": 1}' ];
        const results = [];
        for (let i = 0; i < texts.length; i++) {
            const written = this.parseJson (texts[i]);
            let write = 'wrote';
            try {
                written['0'] = 'z';
            } catch (e) {
                this.rethrowUncaught (e);
                write = 'threw';
            }
            const keys = [ 'x', '2', 'length' ];
            const deletes = [];
            for (let j = 0; j < keys.length; j++) {
                const value = this.parseJson (texts[i]);
                try {
                    delete value[keys[j]];
                    deletes.push ('deleted');
                } catch (e) {
                    this.rethrowUncaught (e);
                    deletes.push ('threw');
                }
            }
            results.push ([ write, this.json (written), deletes ]);
        }
        let request = undefined;
        if (results.length > 10) {
            request = {};
        }
        let side = 'buy';
        try {
            request['amount'] = '1';
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return [ results, side ];
    }
}
