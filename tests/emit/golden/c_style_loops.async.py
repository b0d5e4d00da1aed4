# Generated from js/c_style_loops.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class c_style_loops(Exchange):
    def run(self):
        out = []
        i = 0
        while True:
            if not (i <= 10):
                break
            out.append(i)
            i += 2
        j = 10
        while True:
            if not (j > 0):
                break
            if j == 7:
                j -= 3
                continue
            out.append(j)
            j -= 3
        k = 0
        while True:
            if not (k < 100):
                break
            if js.multiply(k, k) > 20:
                break
            k = js.number(k + 1)
        out.append(k)
        a = 0
        b = 10
        while True:
            if not (a < b):
                break
            b = js.number(b - 1)
            out.append(js.bounded_text(js.to_str(a) + ":" + js.to_str(b)))
            a = js.number(a + 1)
        return out
