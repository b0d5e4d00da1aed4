# Generated from js/json_stringify.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class json_stringify(Exchange):
    def run(self):
        data = {
            "b": [1, "x", True, None, 1.5, False],
            "a": {"c": 'q"uote/slash\n\t'},
            "1": 0,
            "u": None,
            "nested": [[], {"k": []}],
            "unicode": "é✓",
        }
        text = self.json(data)
        back = self.parse_json('{"x":[1,2.5,"y"],"z":null,"w":1.0}')
        return [text, back, self.json([1e21, js.number(0.1 + 0.2), -0.0]), self.json("plain")]
