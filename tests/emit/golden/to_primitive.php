<?php

// Generated from js/to_primitive.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class to_primitive extends Exchange {
    public function pick($value) {
        return $value;
    }

    public function run() {
        $empty = $this->pick([]);
        $list = $this->pick([1, 2]);
        $single = $this->pick([' 7 ']);
        $object = $this->pick(['a' => 1]);
        $nested = $this->pick([1, [2, [3, 4]], null, ['a' => 1], []]);
        return [
            Js::toNumber($empty),
            Js::toNumber($list),
            Js::toNumber($single),
            Js::toNumber([5]),
            Js::toNumber([[8]]),
            Js::toNumber(['']),
            Js::toNumber([null]),
            Js::toNumber($object),
            Js::toNumber(''),
            Js::toNumber(" \n\t"),
            Js::toNumber('0x1f'),
            Js::subtract($empty, 1),
            Js::multiply($single, 2),
            Js::multiply($object, 2),
            Js::multiply($list, 2),
            Js::divide($single, 7),
            Js::modulo($single, 4),
            Js::negate($single),
            Js::toNumber("\x1c5"),
            Js::toNumber("5\u{85}"),
            Js::toNumber('٣'),
            Js::toNumber('1٣'),
            Js::parseFloat("\x1c1.5"),
            Js::parseFloat('٣.5'),
            Js::parseInt("\x1c12"),
            Js::toNumber("\u{a0}7\u{3000}"),
            Js::parseFloat("\u{feff}2.5"),
            Js::boundedText('a' . Js::toStr($object)),
            Js::boundedText(Js::toStr($object) . ''),
            Js::join([$object]),
            Js::toStr($object),
            Js::toString($object),
            Js::add($object, 1),
            Js::join([$object, $list], ';'),
            Js::toString($nested),
            Js::join($nested, '-'),
            Js::toStr($nested),
            Js::boundedText(Js::toStr($nested) . ''),
            Js::less($empty, 1),
            Js::greater($single, 6),
            Js::less($object, 'b'),
            Js::less([10], [9]),
            Js::greater([2], 1),
            Js::less($list, $object),
            Js::less('10', 9),
            Js::greater(true, 0),
            Js::less(null, 1),
            Js::lessEqual($single, 7),
            Js::greaterEqual($object, $object),
        ];
    }
}
