# Generated from js/concat_receivers.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class concat_receivers(Exchange):
    def pick(self, value):
        return value

    def run(self):
        text = self.pick("ab")
        list_ = self.pick([1, 2])
        number = self.pick(5)
        thrown = "none"
        try:
            js.concat(number, [1])
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            thrown = "threw"
        return [
            js.concat(text, "cd"),
            js.concat(text, "cd", "ef"),
            js.concat(text, 1, [2, 3], None, True),
            js.concat(text),
            js.concat(text, []),
            js.concat(list_, [3], 4, [[5]]),
            js.concat(list_, "xy"),
            js.concat(list_),
            thrown,
        ]
