"""Every exchange reaches only the origins that exchanges.json lists for it, whatever commits CI certified
(red-team round 22).

CERT-R001 makes a new or changed host a change of the registry, for reviewers to check; but `exkit certify` holds
an exchange to it only when CI certifies that exchange, and `.ci/run` certified the exchanges changed since HEAD~1:
the last commit's (it certifies every exchange now). Measured: a commit that moved bequant's private API to https://api.bequant-io.example (its
fixture's URLs too), followed by a commit that changed the README, gave `exkit certify --no-build --changed-since
HEAD~1` "no exchange changed" and exit 0, and every fixture case passed in the four runtimes, so nothing refused the
unlisted origin, where `exkit certify bequant` finds it. This test holds every exchange of the tree to the registry
in the suite itself, from the classes as Node constructs them (as certify reads them), in one Node process."""

from __future__ import annotations

import os

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.discovery import exchange_ids
from transpiler.harness.run import class_methods
from transpiler.registry import load_registry


def test_every_exchange_reaches_only_the_origins_the_registry_lists_for_it():
    ids = exchange_ids(os.path.join(ROOT, "js"))
    registry = load_registry(ROOT)
    described = class_methods(SOURCE_TREE, ids)
    unlisted = {}
    for exchange_id in ids:
        entry = registry.find(exchange_id)
        listed = set(entry.origins) if entry is not None else set()
        extra = sorted(set(described[exchange_id]["origins"]) - listed)
        if extra or not listed:
            unlisted[exchange_id] = extra or "the registry lists no origin"
    assert not unlisted, f"origins that exchanges.json does not list (CERT-R001): {unlisted}"
