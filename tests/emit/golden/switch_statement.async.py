# Generated from js/switch_statement.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class switch_statement(Exchange):
    def classify(self, value):
        _switch1 = True
        if js.strict_equal(_switch1, js.less(value, 10)):
            return "small"
        else:
            return "large"

    def run(self):
        out = []
        inputs = ["a", "b", "c", "d", 1, "1"]
        for input_ in inputs:
            if input_ == "a":
                out.append("first")
            elif (input_ == "b") or (input_ == "c"):
                out.append("second or third")
            elif js.strict_equal(input_, 1):
                out.append("number one")
            else:
                out.append("other")
        return js.concat(out, [self.classify(5), self.classify(50)])
