# Generated from js/writes_and_deletes_of_any_value.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class writes_and_deletes_of_any_value(Exchange):
    def run(self):
        # A key written into, or deleted from, a value that is no dictionary, as the data may make it: PHP made an
        # array of undefined and wrote into a text, Python's own write failed on a list, and both deleted from
        # undefined, a text or a list's length, where Node threw (red-team round 28).
        texts = ["null", '"abc"', '["a", "b"]', "5", '{"a": 1}']
        results = []
        i = 0
        while True:
            if not (i < len(texts)):
                break
            written = self.parse_json(texts[i])
            write = "wrote"
            try:
                js.set_(written, "0", "z")
            except js.UNCAUGHT:
                raise
            except Exception as e:
                self.rethrow_uncaught(e)
                write = "threw"
            keys = ["x", "2", "length"]
            deletes = []
            j = 0
            while True:
                if not (j < len(keys)):
                    break
                value = self.parse_json(texts[i])
                try:
                    js.delete(value, keys[j])
                    deletes.append("deleted")
                except js.UNCAUGHT:
                    raise
                except Exception as e:
                    self.rethrow_uncaught(e)
                    deletes.append("threw")
                j += 1
            results.append([write, self.json(written), deletes])
            i += 1
        request = None
        if len(results) > 10:
            request = {}
        side = "buy"
        try:
            js.set_(request, "amount", "1")
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            side = "sell"
        return [results, side]
