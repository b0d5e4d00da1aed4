# Generated from js/astral_halves.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class astral_halves(Exchange):
    def run(self):
        # A cut through a surrogate pair: JavaScript makes a lone surrogate, which no UTF-8 text (Python's I/O, PHP's
        # strings) can hold; Python and PHP throw instead (a known difference).
        return js.slice_("a😀b", 0, 2)
