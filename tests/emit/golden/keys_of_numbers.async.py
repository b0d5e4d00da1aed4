# Generated from js/keys_of_numbers.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class keys_of_numbers(Exchange):
    def price_of(self, order):
        return js.get(order, "price")

    def run(self):
        response = self.parse_json('{"result": 5, "flag": true, "ratio": 1.5, "list": [ 7 ]}')
        out = []
        names = ["result", "flag", "ratio"]
        i = 0
        while True:
            if not (i < len(names)):
                break
            value = self.safe_value(response, names[i])
            read = "none"
            try:
                read = "undefined" if (self.price_of(value) is None) else "defined"
            except js.UNCAUGHT:
                raise
            except Exception as e:
                self.rethrow_uncaught(e)
                read = "thrown"
            out.append(
                [read, js.get(value, 0), js.get(value, "length"), self.safe_value(value, "price", "default")]
            )
            i += 1
        list_ = js.get(response, "list")
        out.append(js.get(js.get(list_, 0), "id"))
        return out
