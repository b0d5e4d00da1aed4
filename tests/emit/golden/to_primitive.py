# Generated from js/to_primitive.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class to_primitive(Exchange):
    def pick(self, value):
        return value

    def run(self):
        empty = self.pick([])
        list_ = self.pick([1, 2])
        single = self.pick([" 7 "])
        object_ = self.pick({"a": 1})
        nested = self.pick([1, [2, [3, 4]], None, {"a": 1}, []])
        return [
            js.to_number(empty),
            js.to_number(list_),
            js.to_number(single),
            js.to_number([5]),
            js.to_number([[8]]),
            js.to_number([""]),
            js.to_number([None]),
            js.to_number(object_),
            js.to_number(""),
            js.to_number(" \n\t"),
            js.to_number("0x1f"),
            js.subtract(empty, 1),
            js.multiply(single, 2),
            js.multiply(object_, 2),
            js.multiply(list_, 2),
            js.divide(single, 7),
            js.modulo(single, 4),
            js.negate(single),
            js.to_number("\x1c5"),
            js.to_number("5\x85"),
            js.to_number("٣"),
            js.to_number("1٣"),
            js.parse_float("\x1c1.5"),
            js.parse_float("٣.5"),
            js.parse_int("\x1c12"),
            js.to_number("\xa07\u3000"),
            js.parse_float("\ufeff2.5"),
            js.bounded_text("a" + js.to_str(object_)),
            js.bounded_text(js.to_str(object_) + ""),
            js.join([object_]),
            js.to_str(object_),
            js.to_string(object_),
            js.add(object_, 1),
            js.join([object_, list_], ";"),
            js.to_string(nested),
            js.join(nested, "-"),
            js.to_str(nested),
            js.bounded_text(js.to_str(nested) + ""),
            js.less(empty, 1),
            js.greater(single, 6),
            js.less(object_, "b"),
            js.less([10], [9]),
            js.greater([2], 1),
            js.less(list_, object_),
            js.less("10", 9),
            js.greater(True, 0),
            js.less(None, 1),
            js.less_equal(single, 7),
            js.greater_equal(object_, object_),
        ]
