# Generated from js/text_search_arguments.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class text_search_arguments(Exchange):
    def side(self, params=None):
        if params is None:
            params = {}
        text = self.safe_value(params, "text")
        prefix = self.safe_string(params, "prefix")
        if js.starts_with(text, prefix):
            return "sell"
        return "buy"

    def run(self):
        text = self.safe_value({"text": "undefined:1e+21,a,b:true"}, "text")
        return [
            self.side({"text": "BTC/USDT"}),
            self.side({"text": "undefined/USDT"}),
            js.starts_with(text, None),
            js.starts_with(js.receiver(text, "startsWith"), self.safe_string({}, "missing")),
            js.ends_with(text, True),
            js.ends_with(text, js.bounded_text(":" + js.to_str(js.text_length("true")))),
            js.ends_with(text, js.text_length("x") > 0),
            js.ends_with(text, js.to_str(1e21) + ",a,b:true"),
            js.starts_with(text, ["undefined:1e+21", "a"]),
            js.ends_with(text, ["b:true"]),
            js.starts_with(text, 1e21),
        ]
