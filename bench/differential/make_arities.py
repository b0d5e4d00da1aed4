"""Writes arities.json: (required, accepted) argument counts of the base class's methods, as the checker holds an
exchange's calls to them (SUB-E019's arities: Python and PHP raise where JavaScript pads or drops arguments)."""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
from transpiler.analysis import methods  # noqa: E402

found = dict(methods._stored_summary(os.path.join(ROOT, "js", "base", "Exchange.js"), True)["arities"])
found.update({name: list(counts) for name, counts in methods.native_arities(os.path.join(ROOT, "js")).items()})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "arities.json"), "w", encoding="utf-8") as handle:
    json.dump(found, handle, indent=0, sort_keys=True)
