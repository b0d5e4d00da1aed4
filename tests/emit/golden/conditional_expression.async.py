# Generated from js/conditional_expression.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class conditional_expression(Exchange):
    def run(self):
        values = [-5, 0, 5, 50]
        out = []
        for v in values:
            out.append(
                "negative"
                if js.less(v, 0)
                else "zero" if js.strict_equal(v, 0) else "small" if js.less(v, 10) else "large"
            )
            out.append("truthy" if js.truthy(v) else "falsy")
        return out
