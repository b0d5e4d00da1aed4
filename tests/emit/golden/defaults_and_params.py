# Generated from js/defaults_and_params.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class defaults_and_params(Exchange):
    def collect(self, value, bucket=None):
        if bucket is None:
            bucket = []
        bucket.append(value)
        return bucket

    def describe_value(self, value=None):
        if value is None:
            value = "default"
        return value

    def with_object(self, options=None):
        if options is None:
            options = {"x": 1}
        return js.get(options, "x")

    def run(self):
        first = self.collect("a")
        second = self.collect("b")
        return [
            first,
            second,
            self.describe_value(),
            self.describe_value(None),
            self.describe_value(0),
            self.with_object(),
            self.with_object({"x": 2}),
        ]
