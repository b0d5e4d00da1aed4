"""A private call that writes a body, made with no parameters, sends the same request in every runtime (certify's
CERT-T003, transpiler/certify/bodies.py): PHP holds an empty dictionary as an empty array, which its json () writes
as [] where the others write {} (bitmart, bitmex, bitvavo, coinex, hitbtc and okx signed and sent [] from PHP alone);
exchange code writes '{}' for an empty one."""

from __future__ import annotations

import functools

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.certify.bodies import body_differences
from transpiler.certify.checks import CHECKS
from transpiler.harness.fixtures import fixtures_by_exchange
from transpiler.harness.run import class_methods

FIXTURES = fixtures_by_exchange(ROOT)


@functools.cache
def described() -> dict:
    return class_methods(SOURCE_TREE, sorted(FIXTURES))


@pytest.mark.parametrize("exchange", sorted(FIXTURES))
def test_a_body_of_no_parameters_is_the_same_in_every_runtime(exchange):
    writing = described()[exchange]["writing"]
    if not writing:
        pytest.skip(f"{exchange} has no private method that writes a body")  # (Deribit's requests are all GET)
    assert body_differences(SOURCE_TREE, FIXTURES[exchange], writing) == [], CHECKS["CERT-T003"].hint
