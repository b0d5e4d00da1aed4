# Generated from js/operands_in_order.js by exkit: do not edit. Change the source and run `python build.py`.
from exchangekit.base.exchange import Exchange
from exchangekit.base import js


class operands_in_order(Exchange):
    def logged(self, name):
        js.set_(
            self.options,
            "log",
            js.bounded_text(self.safe_string(self.options, "log", "") + js.to_str(name) + " "),
        )

    def key(self, value):
        self.logged("key")
        js.set_(self.options, "phase", "late")
        return value

    def container(self):
        self.logged("container")
        if js.get(self.options, "phase") == "late":
            return ["x", "y"]
        return []

    def search(self):
        self.logged("search")
        js.set_(self.options, "status", "cancelled")
        return "cancel"

    # JavaScript computes the key of `key in container` before the container, and a text before what its includes
    # looks for: Python and PHP computed the container first, Python the searched text first (red-team round 51)
    def run(self):
        js.set_(self.options, "log", "")
        js.set_(self.options, "phase", "early")
        found = js.key_in(js.floor(self.key(0)), self.container())
        js.set_(self.options, "phase", "early")
        tested = "no"
        if js.key_in(js.floor(self.key(1)), self.container()):
            tested = "yes"
        index = 1
        listed = js.has(self.container(), index)
        js.set_(self.options, "status", "open")
        cancelled = js.includes(self.safe_string(self.options, "status", ""), js.to_str(self.search()))
        status = "open"
        plain = js.to_str(self.search()) in status
        written = {}
        written[js.bounded_text("k" + js.to_str(self.key("x")))] = status
        return [found, tested, listed, cancelled, plain, written, js.get(self.options, "log")]
