<?php

// Generated from js/empty_object.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class empty_object extends Exchange {
    public function run() {
        return [Js::jsonStringify([]), Js::isArray([]), []];
    }
}
