# Generated from js/modulo.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class modulo(Exchange):
    def run(self):
        return [
            js.modulo(-7, 3),
            js.modulo(7, -3),
            js.modulo(5.5, 2),
            js.modulo(-5.5, 2),
            js.modulo(10, 5),
            js.modulo(0, 3),
            js.modulo(7, 0),
            js.modulo(2, 3),
        ]
