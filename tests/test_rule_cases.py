"""Every annotated case file yields exactly the findings written into it: rule id, line and column."""

from __future__ import annotations

import os

import pytest

from tests.annotations import expected_findings
from tests.checking import check_text, found
from transpiler.rules import all_rules

CASES = os.path.join(os.path.dirname(__file__), "cases")
CASE_FILES = sorted(name for name in os.listdir(CASES) if name.endswith(".js"))


def read_case(name: str) -> str:
    with open(os.path.join(CASES, name), encoding="utf-8") as handle:
        return handle.read()


@pytest.mark.parametrize("name", CASE_FILES)
def test_case_file_reports_exactly_its_annotations(name):
    text = read_case(name)
    assert found(text, f"js/{name}") == expected_findings(text)


def test_every_rule_has_a_case_that_triggers_it():
    triggered = set()
    for name in CASE_FILES:
        triggered |= {rule for rule, _, _ in expected_findings(read_case(name))}
    missing = {rule.id for rule in all_rules() if rule.examples_run} - triggered
    assert not missing, f"rules without a bad case in tests/cases: {sorted(missing)}"


def test_clean_cases_exist_and_are_silent():
    clean = [name for name in CASE_FILES if name.endswith("_ok.js")]
    assert len(clean) >= 2
    for name in clean:
        assert expected_findings(read_case(name)) == set()


def test_annotation_parser_reads_carets_and_explicit_columns():
    text = "a\n    b | c;\n    //  ^ SUB-E009\n// ^1 SUB-S004\n"
    assert expected_findings(text) == {("SUB-E009", 2, 9), ("SUB-S004", 2, 1)}


@pytest.mark.parametrize("name", CASE_FILES)
def test_every_finding_has_a_message_and_a_hint(name):
    for diagnostic in check_text(read_case(name), f"js/{name}"):
        assert diagnostic.message and diagnostic.hint, diagnostic
