"""What certify's own process makes of a runtime's outcome stays small whatever the outcome holds (red-team round 74).

A pull request's code chooses its results, its requests and its error messages, and certify writes findings about
them outside the runners' limits: a key of 16 K characters repeated in each of 16 K structure problems took the
process to 279 MB, a fixture spelling one header's name 4,096 ways quoted a 64 KiB value 4,096 times (278 MB), a
1 MB key was written into every path of a difference, and a 16 MB error message took the text renderer to 535 MB."""

from __future__ import annotations

from transpiler.certify.structures import problems
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.harness.agreement import disagreement
from transpiler.harness.fixtures import Case, case_problems, request_mismatches, structural_diff
from transpiler.renderers.text import format_diagnostic, printable
from transpiler.unified import UNIFIED_METHODS

LONG = "k" * 100_000


def test_structure_problems_quote_keys_clipped_and_are_taken_as_needed():
    tickers = {LONG + str(index): {"symbol": "BTC/USD", LONG: 1} for index in range(1_000)}
    lines = problems(UNIFIED_METHODS["fetchTickers"], tickers, limit=6)
    assert len(lines) == 6 and max(map(len, lines)) < 300, [len(line) for line in lines]
    assert len(problems(UNIFIED_METHODS["fetchTickers"], tickers)) == 2_000  # (all of them, when asked)


def test_request_mismatches_are_at_most_forty_lines_of_clipped_values():
    spellings = {"".join(c.upper() if bit == "1" else c for c, bit in zip("x-amplify", f"{index:09b}")): "expected"
                 for index in range(512)}
    sent = [{"method": "GET", "url": "https://a.test/" + LONG, "headers": {"x-amplify": LONG}}]
    lines = request_mismatches([{"method": "POST", "url": "https://a.test/", "headers": spellings}], sent)
    assert len(lines) == 41 and lines[-1] == "... and more differences"
    assert max(map(len, lines)) < 500


def test_a_difference_s_path_clips_its_keys():
    [line] = structural_diff({LONG: 1}, {LONG: 2})
    assert len(line) < 120 and line.endswith(": expected 1, actual 2")


def test_an_error_message_is_quoted_clipped():
    case = Case("acme", "fetchTicker", 0, 0, {"method": "fetchTicker", "args": ["BTC/USD"], "result": {}})
    [line] = case_problems(case, {"requests": [], "throws": "ExchangeError", "message": "\x1b" + LONG})
    assert len(line) < 600


def test_every_quoted_error_message_is_clipped():
    # (red-team round 75: a request test's error, and node's against another runtime's, were quoted whole: 16 M DEL
    # characters took the text format to 1.35 GB)
    thrown = {"requests": [], "throws": "ExchangeError", "message": "\x7f" * 1_000_000}
    request_test = Case("acme", "fetchTicker", 0, 0, {"method": "fetchTicker", "args": ["BTC/USD"],
                                                     "requests": [{"method": "GET", "url": "https://a.test/"}]})
    other = {"requests": [], "throws": "BadRequest", "message": "\x7f" * 1_000_000}
    sent = dict(thrown, requests=[{"method": "GET", "url": "https://a.test/"}])  # (the request expected, then a throw)
    lines = case_problems(request_test, sent) + disagreement(thrown, other)
    assert len(lines) == 3 and max(map(len, lines)) < 600, [len(line) for line in lines]


def test_the_text_format_escapes_a_long_text_in_runs():
    text = ("\x1b" + "漢" * 1_000) * 100
    assert printable(text) == ("\\x1b" + "漢" * 1_000) * 100
    diagnostic = Diagnostic("js/acme.js", 1, 1, 1, 2, "CERT-T001", Severity.ERROR, "m", "", ("\x07" + LONG,))
    assert format_diagnostic(diagnostic, None).endswith("\\x07" + LONG)
