# Generated from js/searches_for_containers.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class searches_for_containers(Exchange):
    def run(self):
        # A dictionary or list is found by identity in Node and Python and by content in PHP, where a search for
        # one made another branch (red-team round 29): this.inArray finds none, and unique keeps each.
        kept = {"x": 1}
        list_ = [kept, {"x": 1}, [1], [1], "buy"]
        found = [
            self.in_array(kept, list_),
            self.in_array({"x": 1}, list_),
            self.in_array([1], list_),
            self.in_array("buy", list_),
            self.in_array(None, [None]),
        ]
        unique = self.unique([kept, kept, {"x": 1}, [1], [1], None, None, 1, "1", 1])
        return [found, unique, "sell" if js.truthy(self.in_array({"x": 1}, list_)) else "buy"]
