# Generated from js/index_keyed_object.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange


class index_keyed_object(Exchange):
    def run(self):
        # An object whose keys are '0' to 'n-1' in order: PHP's json_decode makes it a list (a known difference).
        parsed = self.parse_json('{"k": {"0": "a", "1": "b"}}')
        return [self.safe_dict(parsed, "k"), self.safe_list(parsed, "k")]
