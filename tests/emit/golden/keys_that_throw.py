# Generated from js/keys_that_throw.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class keys_that_throw(Exchange):
    def bump(self):
        js.set_(self.options, "bumped", True)
        return 1

    def mark(self):
        js.set_(self.options, "marked", True)
        return "abc"

    # `key in x` throws where x holds a boolean, a number or a string: JavaScript computes the key before the value,
    # and the receiver before the argument, so that bump () never ran and mark () did; Python computed the value and
    # the argument first (red-team round 58)
    def run(self):
        js.set_(self.options, "bumped", False)
        js.set_(self.options, "marked", False)
        flag = True
        d = {"k": 0}
        try:
            js.set_(d, "a" if js.has(flag, "x") else "b", self.bump())
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
        found = False
        try:
            found = js.includes(
                self.safe_string({"s": self.mark()}, "s", ""), "a" if js.has(flag, "x") else "b"
            )
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
        return [d, found, self.safe_bool(self.options, "bumped"), self.safe_bool(self.options, "marked")]
