import Exchange from './base/Exchange.js';

export default class list_mutators_of_dictionaries extends Exchange {
    run (text = '{"orders":1}') {
        // A dictionary where a list was expected (a response's): it has none of a list's mutators, which PHP's array
        // functions took (push appended under its next integer key) where Node and Python threw (red-team round 27).
        const results = [];
        const names = [ 'push', 'pushMany', 'unshift', 'pop', 'shift', 'reverse', 'sort' ];
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const value = this.parseJson (text);
            let outcome = 'went on';
            try {
                if (name === 'push') {
                    value.push ('x');
                } else if (name === 'pushMany') {
                    value.push ('x', 'y');
                } else if (name === 'unshift') {
                    value.unshift ('x');
                } else if (name === 'pop') {
                    value.pop ();
                } else if (name === 'shift') {
                    value.shift ();
                } else if (name === 'reverse') {
                    value.reverse ();
                } else {
                    value.sort ();
                }
            } catch (e) {
                this.rethrowUncaught (e);
                outcome = 'threw';
            }
            results.push ([ name, outcome, value ]);
        }
        const list = this.parseJson ('[3, 1, 2]');
        list.push (4);
        list.unshift (0, 5);
        const popped = list.pop ();
        const shifted = list.shift ();
        list.reverse ();
        const reversed = this.json (list);
        list.sort ();
        return [ results, reversed, this.json (list), popped, shifted ];
    }
}
