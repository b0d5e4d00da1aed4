"""How `exkit certify` reports: a text report for contributors, one JSON object for CI, and the findings alone as
GitHub annotations or SARIF."""

from __future__ import annotations

import json

from transpiler.certify.certify import Certification
from transpiler.certify.params import REJECTED
from transpiler.diagnostics import Severity
from transpiler.harness.run import RUNTIMES
from transpiler.renderers import RENDERERS
from transpiler.renderers.text import format_diagnostic
from transpiler.unified import UNIFIED_METHODS, UNIFIED_PARAMS


def render(reports: list[Certification], output_format: str, root: str) -> str:
    if output_format == "text":
        return "\n".join(_text(report, root) for report in reports)
    if output_format == "json":
        return json.dumps([_summary(report) for report in reports], indent=2) + "\n"
    return RENDERERS[output_format]([result for report in reports for result in report.file_results(root)])


def _summary(report: Certification) -> dict:
    return {"exchange": report.exchange, "certified": report.certified, "seconds": round(report.seconds, 2),
            "implemented": report.implemented, "missing": report.missing, "coverage": report.coverage,
            "params": report.params,
            "results": report.results, "streams": report.streams, "findings": [finding.to_dict() for finding in sorted(report.findings)]}


def _text(report: Certification, root: str) -> str:
    lines = [f"exkit certify {report.exchange} ({report.source}, {report.fixture})", ""]
    lines.append(f"unified methods: {len(report.implemented)} of {len(UNIFIED_METHODS)} implemented")
    lines += [f"  {name:<20} request tests {counts['request']:>2}, response tests {counts['response']:>2}"
              for name, counts in report.coverage.items()]
    for name, handled in report.params.items():
        lines.append(f"  {name:<20} unified params: " + ", ".join(_handled(param, how) for param, how in handled.items()))
    if report.missing:
        lines.append(f"  not implemented (has false): {', '.join(report.missing)}")
    lines += ["", "fixture cases per runtime:"]
    for runtime in RUNTIMES:
        result = report.results.get(runtime)
        if result is None:
            lines.append(f"  {runtime:<13} not run: no fixture")
        elif result["not_run"]:
            lines.append(f"  {runtime:<13} not run: {result['not_run']}")
        else:
            lines.append(f"  {runtime:<13} {result['passed']} passed, {result['failed']} failed")
    if report.streams:
        lines += ["", "stream cases per runtime:"]
        for label, result in report.streams.items():
            shown = (f"not run: {result['not_run']}" if result["not_run"]
                     else f"{result['passed']} passed, {result['failed']} failed")
            lines.append(f"  {label:<20} {shown}")
    findings = report.file_results(root)
    if findings:
        lines += ["", "findings:"]
        lines += [format_diagnostic(finding, result.frame_lines.get(finding.line))
                  for result in findings for finding in result.diagnostics]
    errors = sum(finding.severity is Severity.ERROR for finding in report.findings)
    verdict = "CERTIFIED" if report.certified else f"NOT CERTIFIED: {errors} error(s)"
    lines += ["", f"verdict: {report.exchange} {verdict} ({report.seconds:.1f}s)", ""]
    return "\n".join(lines)


def _handled(param: str, how: str) -> str:
    """A param's verdict; a rejection with the value probed, which it may be about alone (a network that the
    currency of the case has not)."""
    if how == REJECTED:
        return f"{param} rejected (probed with {json.dumps(UNIFIED_PARAMS[param].probe)})"
    return f"{param} {how}"
