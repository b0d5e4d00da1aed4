<?php

// Generated from js/comments.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class comments extends Exchange {
    /**
     * Doubles a value.
     * @param {number} value any number "quoted"
     */
    public function double($value) {
        return Js::multiply($value, 2); // the result
    }

    // A line comment before a method.
    public function run() {
        /* ?> <?php echo 'escaped from a comment'; /* */
        $x = $this->double(2); /* trailing *\/ ?> */
        /* a block comment */
        // A response looks like this (inner indentation kept):
        //     { 'a': [ 1,
        //              2 ] }
        /* a block
             indented
           back */
        if (Js::truthy($x)) {
            // inside the branch
            return [$x, '?>', '*/'];
        }
        return [];
        // after the last statement
    }
}
