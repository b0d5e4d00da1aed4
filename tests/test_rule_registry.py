"""The registry: every rule documented, its examples runnable, and its bad example caught by the rule itself."""

from __future__ import annotations

import re

import pytest

from tests.checking import check_text
from transpiler.rules import all_rules, find_rule
from transpiler.rules.unsupported import SUPPORTED

RULES = all_rules()
RUNNABLE = [rule for rule in RULES if rule.examples_run]


def test_registry_covers_the_subset_families():
    ids = {rule.id for rule in RULES}
    expected = {f"SUB-S00{n}" for n in range(1, 6)} | {f"SUB-D00{n}" for n in range(1, 6)} \
        | {f"SUB-E{n:03d}" for n in range(1, 18)} | {f"SUB-T00{n}" for n in range(1, 7)} \
        | {f"SUB-A00{n}" for n in range(1, 3)} | {"SUB-P001", "SUB-X001"}
    assert expected <= ids
    assert not {"SUB-A003", "SUB-A004", "SUB-A005"} & ids  # retired with Promise.all (SUBSET.md)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_is_documented(rule):
    assert re.fullmatch(r"SUB-[PSBDETAWX]\d{3}", rule.id)
    for text in (rule.title, rule.rationale, rule.bad, rule.good):
        assert text.strip()
    assert rule.bad != rule.good


@pytest.mark.parametrize("rule", RUNNABLE, ids=lambda rule: rule.id)
def test_bad_example_triggers_the_rule(rule):
    rules = {d.rule for d in check_text(rule.example_file(rule.bad))}
    assert rule.id in rules


@pytest.mark.parametrize("rule", RUNNABLE, ids=lambda rule: rule.id)
def test_good_example_is_clean(rule):
    assert check_text(rule.example_file(rule.good)) == []


def test_find_rule_accepts_short_and_lowercase_ids():
    assert find_rule("e001").id == "SUB-E001"
    assert find_rule("sub-t003").id == "SUB-T003"
    assert find_rule("a2").id == "SUB-A002"
    assert find_rule("E0O1") is None
    assert find_rule("Z999") is None


def test_claimed_node_kinds_are_not_also_supported():
    for rule in RULES:
        assert not (rule.claims & SUPPORTED), rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_has_a_default_hint(rule):
    assert rule.hint.strip()
