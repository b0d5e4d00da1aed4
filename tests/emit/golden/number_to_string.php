<?php

// Generated from js/number_to_string.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class number_to_string extends Exchange {
    public function run() {
        return [
            '' . Js::toStr(1),
            '' . Js::toStr(1e+21),
            Js::boundedText('' . Js::toStr(Js::number(0.1 + 0.2))),
            '' . Js::toStr(1e-07),
            '' . Js::toStr(1.2345678901234568e+20),
            Js::boundedText('' . Js::toStr(-0.0)),
            '' . Js::toStr(100),
            '' . Js::toStr(2.5e-07),
            Js::toString(1.5),
            '' . Js::toStr(1e-06),
            '' . Js::toStr(1.2e-06),
            Js::boundedText('' . Js::toStr(-1e+21)),
            '' . Js::toStr(5e-324),
            Js::toStr(3),
            Js::boundedText('' . Js::toStr(Js::divide(1, 3))),
        ];
    }
}
