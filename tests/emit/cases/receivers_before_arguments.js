import Exchange from './base/Exchange.js';
import { BadRequest } from './base/errors.js';

export default class receivers_before_arguments extends Exchange {
    bump () {
        this.options['bumped'] = this.safeInteger (this.options, 'bumped', 0) + 1;
        throw new BadRequest ('the argument ran');
    }

    change () {
        this.options['changed'] = this.safeInteger (this.options, 'changed', 0) + 1;
        return 'x';
    }

    // undefined has no members: JavaScript throws as it reads one, before the arguments run, where Python and PHP ran
    // them, then failed in the helper (red-team round 52, F2)
    missing () {
        const s = this.safeString ({}, 'missing');
        let l = undefined;
        if (s !== undefined) {
            l = [];
        }
        const results = [];
        try {
            results.push (s.includes (this.bump ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        try {
            results.push (s.split (this.change ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        try {
            l.push (this.bump ());
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        try {
            results.push (l.join (this.change ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        return results;
    }

    // any other value's member is read as undefined: the arguments run, then the call of undefined throws; PHP's
    // startsWith and endsWith checked the receiver before them (red-team round 52, F3)
    mistyped () {
        const v = this.safeValue ({ 'x': 5 }, 'x');
        const d = this.extend ({}, { 'x': 1 });
        const results = [];
        try {
            results.push (v.startsWith (this.bump ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        try {
            results.push (v.endsWith (this.change ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        try {
            d.push (this.bump ());
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ((e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first');
        }
        return results;
    }

    // a concatenation can throw (past V8's longest string): computed before the value or argument that changes state
    // (red-team round 52, F4); a string for certain keeps its native member
    concatenated () {
        const a = 'k';
        const b = this.safeString ({ 'b': 'c' }, 'b', '');
        const written = {};
        written[a + b] = this.change ();
        const found = (a + b).includes (this.change ());
        const known = 'abc';
        let searched = 'no';
        try {
            searched = known.startsWith (this.bump ()) ? 'yes' : 'no';
        } catch (e) {
            this.rethrowUncaught (e);
            searched = (e instanceof BadRequest) ? 'the argument ran first' : 'the member failed first';
        }
        return [ written, found, searched ];
    }

    run () {
        const results = [ this.missing (), this.mistyped (), this.concatenated () ];
        const searched = this.safeString ({}, 'missing');
        try {
            results.push (searched.indexOf (this.change ()));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ('failed');
        }
        results.push ([ this.safeInteger (this.options, 'bumped'), this.safeInteger (this.options, 'changed') ]);
        return results;
    }
}
