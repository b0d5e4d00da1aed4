# Generated from js/loop_tests.js by exkit: do not edit. Change the source and run `python build.py`.
# asyncio variant: methods that are async in the source are coroutines here.
from exchangekit.async_support.base.exchange import Exchange
from exchangekit.base import js


class loop_tests(Exchange):
    def part(self, i):
        return js.bounded_text("p" + js.to_str(self.number_to_string(i)))

    def run(self):
        levels = [5, 4, 3, 2, 1]
        newest = []
        k = len(levels) - 1
        while True:
            if not ((k >= 0) and (len(newest) < 3)):
                break
            newest.append(js.get(levels, k))
            k = js.number(k - 1)
        j = 0
        while True:
            if not ((j < 2) or (len(newest) > 10)):
                break
            j = js.number(j + 1)
        done = False
        rounds = 0
        while True:
            if done:
                break
            rounds = js.number(rounds + 1)
            done = rounds >= 4
        found = None
        index = 0
        while True:
            if found is not None:
                break
            if js.less(js.get(levels, index), 3):
                found = js.get(levels, index)
            index = js.number(index + 1)
        skipped = 0
        i = 0
        while True:
            if not ((i < len(levels)) and (skipped < 10)):
                break
            if js.modulo(js.get(levels, i), 2) == 0:
                skipped = js.number(skipped + 1)
                i = js.number(i + 1)
                continue
            i = js.number(i + 1)
        text = ""
        other = "x"
        i = 0
        while True:
            if not (i < 4):
                break
            text += js.within(text, js.to_str(self.part(i)) + ":" + js.to_str(i) + ";")
            other += js.within(other, js.to_str(i))
            i += 1
        forever = 0
        while True:
            forever = js.number(forever + 1)
            if forever > 2:
                break
        return [newest, j, rounds, found, index, skipped, text, other, forever]
