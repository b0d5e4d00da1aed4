# Generated from js/element_keys.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class element_keys(Exchange):
    def run(self):
        # Only ASCII digits name an element: '\u0661' (ARABIC-INDIC ONE), '\u00b2' and '\uff11' are plain keys, kept in
        # insertion order after the indices; '1\n' is no index. Arrays' and strings' keys are their indices.
        parsed = self.parse_json('{"b": 1, "\\u0661": 2, "0": 3, "\\u00b2": 4, "\\uff11": 5}')
        text = "aéb😀c"
        x = "x"
        i = 0
        while True:
            if not (i < 12):
                break
            x += js.within(x, x)
            i += 1
        x += js.within(x, "é")
        count = 0
        i = 0
        while True:
            if not (i < js.text_length(x)):
                break
            if (js.char_at(x, i) == "x") and (js.get(x, i) == "x"):
                count = js.number(count + 1)
            i += 1
        return [
            js.keys(parsed),
            js.values(parsed),
            self.json(parsed),
            self.safe_value(["x", "y"], "1\n"),
            self.safe_value(["x", "y"], "١"),
            self.safe_value(["x", "y"], "1"),
            js.get(text, "1"),
            js.get(text, "5"),
            js.keys(["p", "q"]),
            js.values(["p", "q"]),
            js.keys("ab"),
            js.values("aé"),
            self.pluck([[1, 2], [3, 4]], 1),
            count,
        ]
