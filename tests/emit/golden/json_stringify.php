<?php

// Generated from js/json_stringify.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class json_stringify extends Exchange {
    public function run() {
        $data = [
            'b' => [1, 'x', true, null, 1.5, false],
            'a' => ['c' => "q\"uote/slash\n\t"],
            '1' => 0,
            'u' => null,
            'nested' => [[], ['k' => []]],
            'unicode' => 'é✓',
        ];
        $text = $this->json($data);
        $back = $this->parse_json('{"x":[1,2.5,"y"],"z":null,"w":1.0}');
        return [$text, $back, $this->json([1e+21, Js::number(0.1 + 0.2), -0.0]), $this->json('plain')];
    }
}
