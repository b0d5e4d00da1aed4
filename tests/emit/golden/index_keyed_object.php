<?php

// Generated from js/index_keyed_object.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class index_keyed_object extends Exchange {
    public function run() {
        // An object whose keys are '0' to 'n-1' in order: PHP's json_decode makes it a list (a known difference).
        $parsed = $this->parse_json('{"k": {"0": "a", "1": "b"}}');
        return [$this->safe_dict($parsed, 'k'), $this->safe_list($parsed, 'k')];
    }
}
