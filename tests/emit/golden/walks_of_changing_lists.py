# Generated from js/walks_of_changing_lists.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class walks_of_changing_lists(Exchange):
    def run(self):
        # A for ... of loop whose body changes the list it walks in place, otherwise than by push and its kin: Node
        # and Python walk the list as it changes, PHP's foreach walked the list it started with (red-team round 29:
        # three passes in Node and Python, one in PHP, or the other way round). PHP walks such a variable by index.
        grown = ["a"]
        seen_growing = []
        for item in grown:
            seen_growing.append(item)
            if len(grown) < 3:
                js.set_(grown, len(grown), js.bounded_text(js.to_str(item) + "b"))
        cut = ["a", "b", "c"]
        length_key = "len" + "gth"
        passes = 0
        for item in cut:
            passes = js.number(passes + 1)
            js.set_(cut, length_key, 1)
        later = ["a", "b", "c"]
        seen_changed = []
        for item in later:
            seen_changed.append(item)
            js.set_(later, 2, "z")
        return [seen_growing, passes, seen_changed, "buy" if (passes == 1) else "sell"]
