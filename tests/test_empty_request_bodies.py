"""A private call that writes a body, made with no parameters, sends the same request in every runtime: PHP holds an
empty dictionary as an empty array, which its json () writes as [] where the others write {} (bitmart, bitmex,
bitvavo, coinex, hitbtc and okx signed and sent [] from PHP alone); exchange code writes '{}' for an empty one."""

from __future__ import annotations

import re
import sys

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.harness.fixtures import fixtures_by_exchange
from transpiler.harness.run import RUNTIMES, run_cases

FIXTURES = fixtures_by_exchange(ROOT)
WRITING = re.compile(r"^(?!public)[a-z]\w*?(Post|Put|Delete)[A-Z]")  # an implicit method of an API that is not public


def writing_methods(exchange: str) -> list[str]:
    """The first implicit POST, PUT and DELETE methods of an exchange's private APIs (its Python instance lists
    them)."""
    sys.path.insert(0, SOURCE_TREE.python_path)  # the package under test lives in python/
    import exchangekit

    names = sorted(name for name in dir(getattr(exchangekit, exchange)({})) if WRITING.match(name))
    chosen = {}
    for name in names:
        chosen.setdefault(WRITING.match(name).group(1), name)
    return sorted(chosen.values())


@pytest.mark.parametrize("exchange", sorted(FIXTURES))
def test_a_body_of_no_parameters_is_the_same_in_every_runtime(exchange):
    methods = writing_methods(exchange)
    if not methods:
        pytest.skip(f"{exchange} has no private method that writes a body")  # (Deribit's requests are all GET)
    case = {"description": "no parameters", "args": [{}], "responses": [{"body": {}}]}
    fixture = dict(FIXTURES[exchange], methods={name: [case] for name in methods})
    sent = {runtime: [outcome.get("requests") for outcome in run_cases(SOURCE_TREE, runtime, fixture)]
            for runtime in RUNTIMES}
    bodies = {runtime: [[request.get("body") for request in requests or []] for requests in sent[runtime]]
              for runtime in RUNTIMES}
    for runtime in RUNTIMES:
        assert bodies[runtime] == bodies["js"], f"{exchange} {methods}: {runtime} sent {bodies[runtime]}, " \
                                                f"Node {bodies['js']} (in sign (), write a body of no parameters " \
                                                "as (Object.keys (query).length > 0) ? this.json (query) : '{}')"
