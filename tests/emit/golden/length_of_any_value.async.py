# Generated from js/length_of_any_value.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class length_of_any_value(Exchange):
    def run(self):
        # .length of what a response holds, whatever its type: a dictionary's own key 'length' (a hostile server's
        # dictionary where a list was expected), undefined for numbers and booleans (a caught error is
        # not read: SUB-T009).
        response = self.parse_json(
            '{"rows":{"length":2,"0":{"id":"a"},"1":{"id":"b"}},"id":12345,"ok":true,"text":{"length":"7"},"plain":{"a":1}}'
        )
        rows = self.safe_value(response, "rows")
        ids = []
        i = 0
        while True:
            if not js.less(i, js.length(rows)):
                break
            ids.append(self.safe_string(js.get(rows, i), "id"))
            i += 1
        id_ = self.safe_value(response, "id")
        ok = self.safe_value(response, "ok")
        text = self.safe_value(response, "text")
        plain = self.safe_value(response, "plain")
        return [ids, js.length(rows), js.length(id_), js.length(ok), js.length(text), js.length(plain)]
