<?php

// Generated from js/searches_for_containers.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class searches_for_containers extends Exchange {
    public function run() {
        // A dictionary or list is found by identity in Node and Python and by content in PHP, where a search for
        // one made another branch (red-team round 29): this.inArray finds none, and unique keeps each.
        $kept = ['x' => 1];
        $list = [$kept, ['x' => 1], [1], [1], 'buy'];
        $found = [
            $this->in_array($kept, $list),
            $this->in_array(['x' => 1], $list),
            $this->in_array([1], $list),
            $this->in_array('buy', $list),
            $this->in_array(null, [null]),
        ];
        $unique = $this->unique([$kept, $kept, ['x' => 1], [1], [1], null, null, 1, '1', 1]);
        return [$found, $unique, Js::truthy($this->in_array(['x' => 1], $list)) ? 'sell' : 'buy'];
    }
}
