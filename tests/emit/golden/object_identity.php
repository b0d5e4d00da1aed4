<?php

// Generated from js/object_identity.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class object_identity extends Exchange {
    public function run() {
        $list = [1];
        return [Js::strictEqual($list, [1]), Js::strictEqual([], []), Js::strictEqual([], [])];
    }
}
