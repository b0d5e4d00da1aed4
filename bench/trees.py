"""Project trees to build in the benchmarks: today's, or a bigger one made of copies of today's exchanges.

    exchange_tree(folder)        the repository's exchanges, base class, manifests, build.py and toolchain
    exchange_tree(folder, 124)   the same with 124 exchanges: today's, then copies under new ids (kraken2, ...)
"""

from __future__ import annotations

import itertools
import os
import re
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COPIED = ("build.py", "VERSION", "LICENSE", os.path.join("js", "package.json"))


def todays_ids() -> list[str]:
    return sorted(name[:-3] for name in os.listdir(os.path.join(ROOT, "js"))
                  if name.endswith(".js") and name != "index.js")


def exchange_tree(folder: str, count: int | None = None) -> list[str]:
    """Fill folder with a buildable project; returns the exchange ids in it."""
    shutil.copytree(os.path.join(ROOT, "transpiler"), os.path.join(folder, "transpiler"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(os.path.join(ROOT, "js", "base"), os.path.join(folder, "js", "base"))
    for name in COPIED:
        shutil.copy(os.path.join(ROOT, name), os.path.join(folder, name))
    today = todays_ids()
    sources = {}
    for exchange_id in today:
        with open(os.path.join(ROOT, "js", f"{exchange_id}.js"), encoding="utf-8") as handle:
            sources[exchange_id] = handle.read()
    ids = []
    copies = ((copy, exchange_id) for copy in itertools.count(1) for exchange_id in today)
    for copy, exchange_id in itertools.islice(copies, count or len(today)):
        new_id = exchange_id if copy == 1 else f"{exchange_id}{copy}"
        text = re.sub(rf"\bclass {exchange_id} extends", f"class {new_id} extends", sources[exchange_id])
        text = text.replace(f"'id': '{exchange_id}'", f"'id': '{new_id}'", 1)
        with open(os.path.join(folder, "js", f"{new_id}.js"), "w", encoding="utf-8") as handle:
            handle.write(text)
        ids.append(new_id)
    return ids
