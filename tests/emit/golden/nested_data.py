# Generated from js/nested_data.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class nested_data(Exchange):
    def run(self):
        result = {}
        trades = [["BTC", 1], ["ETH", 2], ["BTC", 3]]
        i = 0
        while True:
            if not (i < len(trades)):
                break
            (
                symbol,
                amount,
            ) = js.destructure(trades[i], 2)
            amounts = self.own_value(result, symbol)
            if amounts is None:
                amounts = []
            js.set_(
                result, symbol, self.array_concat(amounts, [amount])
            )  # (a new list: the one read is the result's own)
            i += 1
        totals = {}
        symbols = js.keys(result)
        i = 0
        while True:
            if not (i < len(symbols)):
                break
            sum_ = 0
            list_ = self.own_value(result, symbols[i])
            j = 0
            while True:
                if not js.less(j, js.length(list_)):
                    break
                sum_ = js.add(sum_, js.get(list_, j))
                j += 1
            js.set_(totals, symbols[i], sum_)
            i += 1
        return [result, totals]
