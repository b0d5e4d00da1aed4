<?php

// Generated from js/number_texts.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class number_texts extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        // A response's text read as a number: a prefixed integer past 2^53 is the nearest double (Python kept every
        // digit, PHP stopped at 2^63), parseInt ('-0') is -0, and only ASCII letters are digits of a base.
        $hex = $this->pick('0x20000000000001');
        return [
            Js::greater($hex, 9007199254740992.0),
            Js::boundedText('' . Js::toStr(Js::multiply($hex, 1))),
            Js::boundedText(
                '' . Js::toStr(Js::multiply($this->pick('0xffffffffffffffffffffffffffffffffffffff'), 1)),
            ),
            Js::less(
                $this->pick('0b100000000000000000000000000000000000000000000000000001'),
                9007199254740992.0,
            ),
            Js::boundedText('' . Js::toStr(Js::multiply($this->pick('0o777'), 1))),
            Js::toNumber($this->pick(Js::boundedText('0x' . Js::padStart('1', 300, 'f')))),
            Js::toNumber($this->pick('0x1g')),
            Js::divide(1, Js::parseInt('-0')),
            Js::divide(1, Js::parseInt($this->pick(' -000 '))),
            Js::divide(1, Js::parseInt('-0x0')),
            Js::parseInt('+0'),
            Js::parseInt('İ', 36),
            Js::parseInt('K', 36),
            Js::parseInt('zZ', 36),
        ];
    }
}
