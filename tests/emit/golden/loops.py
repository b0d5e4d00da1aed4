# Generated from js/loops.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class loops(Exchange):
    def run(self):
        out = []
        i = 0
        while True:
            if not (i < 3):
                break
            out.append(i)
            i = js.number(i + 1)
        for item in ["x", "y"]:
            out.append(item)
        grow = [1]
        for value in grow:
            if js.less(value, 3):
                grow.append(js.add(value, 1))
        out.append(grow)
        while True:
            if not False:
                break
            out.append("never")
        return out
