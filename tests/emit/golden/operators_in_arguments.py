# Generated from js/operators_in_arguments.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class operators_in_arguments(Exchange):
    def run(self):
        s = "xyz"
        c = self.id == "x"
        a = ""
        b = "q"
        t = not (self.id == "x")
        f = False
        results = []
        results.append(("a" if c else "b") in s)
        results.append((a or b) in s)
        results.append((b and a) in s)
        if ("y" if c else "q") in s:
            results.append("taken")
        else:
            results.append("skipped")
        results.append("a" if (f if t else t) else "b")
        return results

    # Not run: its emitted form is what is checked (the goldens). A delete changes state as a call does, so the receiver
    # is checked before it (red-team round 53), but the TypeError of an undefined receiver is one no catch clause sees,
    # so only the next call on the instance could tell the order.
    def delete_before_receiver(self):
        js.set_(self.options, "k", "1")
        missing = self.safe_string(self.options, "missing")
        return js.includes(js.receiver(missing, "includes"), "a" if js.delete(self.options, "k") else "b")
