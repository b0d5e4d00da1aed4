import Exchange from './base/Exchange.js';

// concat on a receiver whose type the checker does not know: a string joins its arguments as strings (not an
// array of its characters), an array flattens array arguments one level, anything else has no concat.
export default class concat_receivers extends Exchange {
    pick (value) {
        return value;
    }

    run () {
        const text = this.pick ('ab');
        const list = this.pick ([ 1, 2 ]);
        const number = this.pick (5);
        let thrown = 'none';
        try {
            number.concat ([ 1 ]);
        } catch (e) {
            this.rethrowUncaught (e);
            thrown = 'threw';
        }
        return [
            text.concat ('cd'), text.concat ('cd', 'ef'), text.concat (1, [ 2, 3 ], undefined, true), text.concat (),
            text.concat ([]), list.concat ([ 3 ], 4, [ [ 5 ] ]), list.concat ('xy'), list.concat (), thrown,
        ];
    }
}
