<?php

// Generated from js/length_of_any_value.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class length_of_any_value extends Exchange {
    public function run() {
        // .length of what a response holds, whatever its type: a dictionary's own key 'length' (a hostile server's
        // dictionary where a list was expected), undefined for numbers and booleans (a caught error is
        // not read: SUB-T009).
        $response = $this->parse_json(
            '{"rows":{"length":2,"0":{"id":"a"},"1":{"id":"b"}},"id":12345,"ok":true,"text":{"length":"7"},"plain":{"a":1}}',
        );
        $rows = $this->safe_value($response, 'rows');
        $ids = [];
        for ($i = 0; Js::less($i, Js::length($rows)); $i++) {
            $ids[] = $this->safe_string(Js::get($rows, $i), 'id');
        }
        $id = $this->safe_value($response, 'id');
        $ok = $this->safe_value($response, 'ok');
        $text = $this->safe_value($response, 'text');
        $plain = $this->safe_value($response, 'plain');
        return [
            $ids,
            Js::length($rows),
            Js::length($id),
            Js::length($ok),
            Js::length($text),
            Js::length($plain),
        ];
    }
}
