# Generated from js/list_mutators_of_dictionaries.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class list_mutators_of_dictionaries(Exchange):
    def run(self, text=None):
        if text is None:
            text = '{"orders":1}'
        # A dictionary where a list was expected (a response's): it has none of a list's mutators, which PHP's array
        # functions took (push appended under its next integer key) where Node and Python threw (red-team round 27).
        results = []
        names = ["push", "pushMany", "unshift", "pop", "shift", "reverse", "sort"]
        i = 0
        while True:
            if not (i < len(names)):
                break
            name = names[i]
            value = self.parse_json(text)
            outcome = "went on"
            try:
                if name == "push":
                    value.append("x")
                elif name == "pushMany":
                    value.extend(["x", "y"])
                elif name == "unshift":
                    js.unshift(value, "x")
                elif name == "pop":
                    js.pop(value)
                elif name == "shift":
                    js.shift(value)
                elif name == "reverse":
                    js.reverse(value)
                else:
                    js.sort(value)
            except js.UNCAUGHT:
                raise
            except Exception as e:
                self.rethrow_uncaught(e)
                outcome = "threw"
            results.append([name, outcome, value])
            i += 1
        list_ = self.parse_json("[3, 1, 2]")
        list_.append(4)
        js.unshift(list_, 0, 5)
        popped = js.pop(list_)
        shifted = js.shift(list_)
        js.reverse(list_)
        reversed_ = self.json(list_)
        js.sort(list_)
        return [results, reversed_, self.json(list_), popped, shifted]
