import Exchange from './base/Exchange.js';

// A comment before the class body.
export default class comments extends Exchange {
    /**
     * Doubles a value.
     * @param {number} value any number "quoted"
     */
    double (value) {
        return value * 2; // the result
    }

    // A line comment before a method.
    run () {
        // ?> <?php echo 'escaped from a comment'; /*
        const x = this.double (2); // trailing */ ?>
        /* a block comment */
        // A response looks like this (inner indentation kept):
        //     { 'a': [ 1,
        //              2 ] }
        /* a block
             indented
           back */
        if (x) {
            // inside the branch
            return [ x, '?>', '*/' ];
        }
        return [];
        // after the last statement
    }
}
