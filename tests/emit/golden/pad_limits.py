# Generated from js/pad_limits.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class pad_limits(Exchange):
    def run(self):
        # Past the longest string V8 makes (2^29 - 24 code units) padStart and padEnd throw (a RangeError in Node):
        # a length read from a response never costs gigabytes.
        results = []
        lengths = [536870889, 600000000, 5]
        i = 0
        while True:
            if not (i < len(lengths)):
                break
            try:
                results.append(
                    [
                        js.text_length(js.pad_start("x", lengths[i], "ab")),
                        js.text_length(js.pad_end("x", lengths[i])),
                    ]
                )
            except js.UNCAUGHT:
                raise
            except Exception as e:
                self.rethrow_uncaught(e)
                results.append("refused")
            i += 1
        return results
