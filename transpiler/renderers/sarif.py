"""SARIF 2.1.0, for code-scanning dashboards. Columns count Unicode code points."""

from __future__ import annotations

import json
from pathlib import PurePath

from transpiler import __version__
from transpiler.checker import FileResult
from transpiler.certify.checks import CHECKS
from transpiler.rules import all_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning"}


def render(results: list[FileResult]) -> str:
    rules = list(all_rules()) + list(CHECKS.values())  # subset rules, then exkit certify's checks
    index = {rule.id: position for position, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "exkit",
                "version": __version__,
                "informationUri": "https://pypi.org/project/exchangekit-transpiler/",
                "rules": [_descriptor(rule) for rule in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(d, index) for result in results for d in result.diagnostics],
        }],
    }
    return json.dumps(log, indent=2) + "\n"


def _descriptor(rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.__name__ if isinstance(rule, type) else rule.name,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": f"{rule.rationale}\n\nBad:\n{rule.bad}\n\nGood:\n{rule.good}" if rule.bad
                 else f"{rule.rationale}\n\nFix: {rule.hint}"},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
    }


def _result(diagnostic, index: dict[str, int]) -> dict:
    text = diagnostic.text + (f" (hint: {diagnostic.hint})" if diagnostic.hint else "")
    return {
        "ruleId": diagnostic.rule,
        "ruleIndex": index[diagnostic.rule],
        "level": LEVELS[diagnostic.severity.value],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": PurePath(diagnostic.path).as_posix()},
            "region": {
                "startLine": diagnostic.line,
                "startColumn": diagnostic.column,
                "endLine": diagnostic.end_line,
                "endColumn": diagnostic.end_column,
            },
        }}],
    }
