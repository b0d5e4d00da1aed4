# Generated from js/book_snapshot_levels.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class book_snapshot_levels(Exchange):
    def run(self):
        levels = []
        i = 0
        while i < 120:
            price = js.number(100 + js.modulo(js.multiply(i, 37), 60))
            amount = "0" if (js.modulo(i, 7) == 0) else self.number_to_string(i + 1)
            levels.append([js.bounded_text(js.to_str(self.number_to_string(price)) + ".5"), amount])
            i += 1
        batch = self.new_order_book("X/Y")
        batch = self.set_book_levels(batch, "bids", levels)
        batch = self.set_book_levels(batch, "asks", levels)
        single = self.new_order_book("X/Y")
        i = 0
        while i < len(levels):
            single = self.set_book_level(
                single, "bids", js.get(js.get(levels, i), 0), js.get(js.get(levels, i), 1)
            )
            single = self.set_book_level(
                single, "asks", js.get(js.get(levels, i), 0), js.get(js.get(levels, i), 1)
            )
            i += 1
        return [
            self.book_side(batch, "bids", 5),
            self.book_side(batch, "asks", 5),
            js.get(batch, "order"),
            js.strict_equal(self.json(batch), self.json(single)),
        ]
