<?php

// Generated from js/keys_of_scalars.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class keys_of_scalars extends Exchange {
    public function run() {
        $response = $this->parse_json('{"values":[5,-1,1.5,true,false,0,"ab"]}');
        $values = $this->safe_list($response, 'values');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($values)); $i++) {
            $result[] = [
                Js::keys(Js::get($values, $i)),
                Js::values(Js::get($values, $i)),
                $this->to_array(Js::get($values, $i)),
            ];
        }
        return $result;
    }
}
