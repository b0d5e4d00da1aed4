<?php

// Generated from js/empty_object.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class empty_object extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        // An empty dictionary of a type the checker does not know, in string contexts (SUB-E020 rejects the known
        // ones): '[object Object]' in JavaScript and Python; PHP's [] is an empty list, written as ''.
        $unknown = $this->pick([]);
        return [
            $this->json([]),
            Js::isArray([]),
            [],
            Js::boundedText('a' . Js::toStr($unknown)),
            Js::join([$unknown]),
            Js::toStr($unknown),
        ];
    }
}
