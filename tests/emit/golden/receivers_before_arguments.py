# Generated from js/receivers_before_arguments.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base.errors import BadRequest
from exchangekit.base import js


class receivers_before_arguments(Exchange):
    def bump(self):
        js.set_(self.options, "bumped", js.add(self.safe_integer(self.options, "bumped", 0), 1))
        raise BadRequest("the argument ran")

    def change(self):
        js.set_(self.options, "changed", js.add(self.safe_integer(self.options, "changed", 0), 1))
        return "x"

    # undefined has no members: JavaScript throws as it reads one, before the arguments run, where Python and PHP ran
    # them, then failed in the helper (red-team round 52, F2)
    def missing(self):
        s = self.safe_string({}, "missing")
        l = None
        if s is not None:
            l = []
        results = []
        try:
            results.append(js.includes(js.receiver(s, "includes"), self.bump()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        try:
            results.append(js.split(js.receiver(s, "split"), self.change()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        try:
            js.push(js.receiver(l, "push"), self.bump())
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        try:
            results.append(js.join(js.receiver(l, "join"), self.change()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        return results

    # any other value's member is read as undefined: the arguments run, then the call of undefined throws; PHP's
    # startsWith and endsWith checked the receiver before them (red-team round 52, F3)
    def mistyped(self):
        v = self.safe_value({"x": 5}, "x")
        d = self.extend({}, {"x": 1})
        results = []
        try:
            results.append(js.starts_with(js.receiver(v, "startsWith"), self.bump()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        try:
            results.append(js.ends_with(js.receiver(v, "endsWith"), self.change()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        try:
            js.push(js.receiver(d, "push"), self.bump())
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append(
                "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
            )
        return results

    # a concatenation can throw (past V8's longest string): computed before the value or argument that changes state
    # (red-team round 52, F4); a string for certain keeps its native member
    def concatenated(self):
        a = "k"
        b = self.safe_string({"b": "c"}, "b", "")
        written = {}
        js.set_(written, js.bounded_text(a + b), self.change())
        found = js.includes(js.bounded_text(a + b), js.to_str(self.change()))
        known = "abc"
        searched = "no"
        try:
            searched = "yes" if known.startswith(js.to_str(self.bump())) else "no"
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            searched = "the argument ran first" if isinstance(e, BadRequest) else "the member failed first"
        return [written, found, searched]

    def run(self):
        results = [self.missing(), self.mistyped(), self.concatenated()]
        searched = self.safe_string({}, "missing")
        try:
            results.append(js.index_of(js.receiver(searched, "indexOf"), self.change()))
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            results.append("failed")
        results.append(
            [self.safe_integer(self.options, "bumped"), self.safe_integer(self.options, "changed")]
        )
        return results
