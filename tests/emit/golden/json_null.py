# Generated from js/json_null.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class json_null(Exchange):
    def side_of(self, side=None):
        if side is None:
            side = "buy"
        return side

    def run(self):
        response = self.parse_json(
            '{"order": {"side": null, "price": null, "amount": "1"}, "fills": [null, {"id": null}]}'
        )
        order = js.get(response, "order")
        fills = js.get(response, "fills")
        side = "buy" if (js.get(order, "side") is None) else "sell"
        request = self.extend({"symbol": "BTC/USDT"}, order)
        return [
            side,
            self.side_of(js.get(order, "price")),
            js.typeof(js.get(order, "price")) == "undefined",
            js.typeof(js.get(order, "price")) == "object",
            js.get(fills, 0) is None,
            js.get(js.get(fills, 1), "id") is None,
            js.has(order, "side"),
            js.keys(order),
            js.length(fills),
            self.json(request),
            self.json(fills),
            self.urlencode(request),
            js.bounded_text("" + js.to_str(js.get(order, "price"))),
            js.add(js.get(order, "price"), 1),
            self.safe_string(order, "side", "none"),
            self.parse_json("null") is None,
        ]
