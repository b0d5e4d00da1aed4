# Generated from js/string_methods_of_other_values.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class string_methods_of_other_values(Exchange):
    def attempt(self, value, method):
        # A string method of what a response holds, whatever its type: only strings have one (a number or a boolean
        # was its text to PHP, null was '', and a dictionary's join its keys in Python, its values in PHP).
        try:
            if method == "trim":
                return js.trim(value)
            elif method == "toUpperCase":
                return js.upper(value)
            elif method == "toLowerCase":
                return js.lower(value)
            elif method == "startsWith":
                return js.starts_with(value, "1")
            elif method == "endsWith":
                return js.ends_with(value, "2")
            elif method == "split":
                return js.split(value, ",")
            elif method == "replace":
                return js.replace(value, "1", "x")
            elif method == "padStart":
                return js.pad_start(value, 4, "0")
            elif method == "padEnd":
                return js.pad_end(value, 4, "0")
            elif method == "charAt":
                return js.char_at(value, 0)
            elif method == "join":
                return js.join(value, "-")
        except js.UNCAUGHT:
            raise
        except Exception as e:
            self.rethrow_uncaught(e)
            return "threw"
        return "unknown"

    def run(self):
        response = self.parse_json('{"values":[12,true,1.5,null,{"a":"b"},"12",["1","2"]]}')
        values = self.safe_list(response, "values")
        methods = [
            "trim",
            "toUpperCase",
            "toLowerCase",
            "startsWith",
            "endsWith",
            "split",
            "replace",
            "padStart",
            "padEnd",
            "charAt",
            "join",
        ]
        results = []
        i = 0
        while True:
            if not js.less(i, js.length(values)):
                break
            j = 0
            while True:
                if not (j < len(methods)):
                    break
                results.append(self.attempt(js.get(values, i), methods[j]))
                j += 1
            i += 1
        return results
