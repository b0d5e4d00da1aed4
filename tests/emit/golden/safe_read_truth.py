# Generated from js/safe_read_truth.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base.precise import Precise


class safe_read_truth(Exchange):
    def run(self):
        # What the safe reads give (a string or undefined, a boolean or undefined) tested and chosen natively:
        # '' and undefined are false, '0' is true (false in PHP), false and undefined are false.
        data = {"empty": "", "zero": "0", "text": "a", "no": False, "yes": True, "number": 0, "list": []}
        keys = ["empty", "zero", "text", "no", "yes", "number", "list", "missing"]
        results = []
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            text = self.safe_string(data, key)
            flag = self.safe_bool(data, key)
            lower = self.safe_string_lower(data, key, "")
            row = [
                "T" if text else "F",
                "T" if flag else "F",
                not text,
                not flag,
                text or "fallback",
                flag or "fallback",
                text and "and",
                flag and "and",
                lower or "none",
                self.safe_string2(data, key, "zero") or "none",
            ]
            if text and (not flag):
                row.append("text only")
            if flag or (text == "a"):
                row.append("either")
            results.append(row)
            i += 1
        compared = [
            "gt" if Precise.string_gt("1", "0") else "le",
            "eq" if Precise.string_eq(None, "0") else "missing",
            not Precise.string_lt("1", "2"),
            Precise.string_ge("2", "2") or "no",
            Precise.string_le(None, "1") or "no",
        ]
        return [results, compared]
