"""CERT-P001: every unified param of every implemented unified method is mapped or rejected, never forwarded raw
nor ignored.

Mechanical, without knowledge of the exchange: each request test of a method that understands unified params
(transpiler/unified.py) is played again in JavaScript once per param, with the param's probe value added to the
call's `params`. The outcome is judged against the same case played without it:

- rejected: the call raised NotSupported, InvalidOrder, ArgumentsRequired or BadRequest and the message names the
  param;
- forwarded raw: a request carries the param's name as a key with the probe value (in the URL's query, or in a
  form or JSON body, at any depth);
- ignored: the requests are the same as without the param;
- failed: the call raised anything else before sending the requests the case sends without the param;
- mapped: otherwise (the requests changed, and not by carrying the param as is).

JavaScript is the source of truth; that the Python and PHP modules send what it sends is what CERT-T001 checks."""

from __future__ import annotations

import base64
import binascii
import copy
import json
import math
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from transpiler.harness.fixtures import Case, cases, error_shown
from transpiler.harness.run import Library, run_cases
from transpiler.unified import UNIFIED_METHODS, UNIFIED_PARAMS

REJECTIONS = ("NotSupported", "InvalidOrder", "ArgumentsRequired", "BadRequest")
ENDS_A_REQUEST_TEST = ("NoFixtureResponse",)
MAPPED, SAME_NAME, REJECTED, RAW, IGNORED, FAILED = ("mapped", "mapped (same name)", "rejected", "forwarded raw",
                                                     "ignored", "failed")
# describe()['options'][SAME_NAME_OPTION]: the unified params whose field in the exchange's API has the same name
# and takes the same values (Poloniex's clientOrderId): sending them under their name is the mapping. Certify still
# requires the param not to be ignored, and a request test that passes it and expects it sent under that name
# (certify.py, _same_name_findings): reviewers check that test against the exchange's documentation.
SAME_NAME_OPTION = "sameNameParams"


@dataclass(frozen=True)
class Probe:
    case: Case
    param: str

    @property
    def spec(self) -> dict:
        """The case, with the param's probe value in the call's params."""
        method = UNIFIED_METHODS[self.case.method]
        position = method.parameter_names.index("params")
        args = list(self.case.spec["args"])
        args += [None] * (position + 1 - len(args))
        params = dict(args[position] or {})
        params[self.param] = UNIFIED_PARAMS[self.param].probe
        args[position] = params
        spec = {key: copy.deepcopy(value) for key, value in self.case.spec.items() if key not in ("result", "throws")}
        spec["args"] = args
        return spec


@dataclass(frozen=True)
class Verdict:
    probe: Probe
    outcome: str  # one of MAPPED, SAME_NAME, REJECTED, RAW, IGNORED, FAILED
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome in (MAPPED, SAME_NAME, REJECTED)


def probes(fixture: dict, implemented: list[str]) -> list[Probe]:
    """One probe per request test of an implemented method and unified param it understands, but not sets."""
    found = []
    for case in cases(fixture):
        method = UNIFIED_METHODS.get(case.method)
        if method is None or case.method not in implemented or not case.is_request_test:
            continue
        position = method.parameter_names.index("params")
        if len(case.spec["args"]) > position and not isinstance(case.spec["args"][position], (dict, type(None))):
            continue  # params that are not a dictionary: the case tests something else (CERT-T001 runs it)
        given = _given_params(case, position)
        found += [Probe(case, param) for param in method.params
                  if param not in given and not any(given.get(name) == value and name in given
                                                    for name, value in UNIFIED_PARAMS[param].same_as)]
    return found


def _given_params(case: Case, position: int) -> dict:
    """The params a case passes itself (a param it already sets is what the case tests, not a probe)."""
    args = case.spec["args"]
    given = args[position] if len(args) > position else None
    return given if isinstance(given, dict) else {}


def run_probes(library: Library, fixture: dict, implemented: list[str], same_name: frozenset[str] = frozenset()
               ) -> list[Verdict]:
    """Plays every probe, and the cases they probe as they are, in JavaScript; one verdict per probe."""
    planned = probes(fixture, implemented)
    if not planned:
        return []
    methods: dict[str, list[dict]] = {}
    origin: dict[tuple[str, int], tuple[str, int]] = {}  # (method, index) -> ("baseline", case position) or probe

    def add(name: str, spec: dict, tag: tuple[str, int]) -> None:
        methods.setdefault(name, []).append(spec)
        origin[(name, len(methods[name]) - 1)] = tag

    for probe in planned:
        if ("baseline", probe.case.position) not in origin.values():
            add(probe.case.method, probe.case.spec, ("baseline", probe.case.position))
    for number, probe in enumerate(planned):
        add(probe.case.method, probe.spec, ("probe", number))
    played = {**fixture, "methods": methods}
    baselines: dict[int, dict] = {}
    outcomes: dict[int, dict] = {}
    for case, outcome in zip(cases(played), run_cases(library, "js", played)):
        kind, key = origin[(case.method, case.index)]
        (baselines if kind == "baseline" else outcomes)[key] = outcome
    return [judge(probe, outcomes[number], baselines[probe.case.position], probe.param in same_name)
            for number, probe in enumerate(planned)]


def judge(probe: Probe, outcome: dict, baseline: dict, same_name: bool = False) -> Verdict:
    param = probe.param
    thrown = outcome.get("throws")
    # A rejection names the param, or one that asks for the same thing (timeInForce 'PO' is postOnly, which
    # unifiedOrderParams reads it as).
    names = [param] + [name for name, _ in UNIFIED_PARAMS[param].same_as]
    if thrown in REJECTIONS and any(name in (outcome.get("message") or "") for name in names):
        return Verdict(probe, REJECTED, error_shown(outcome))
    carried = False
    for number, request in enumerate(outcome.get("requests", []), start=1):
        where = carried_raw(request, param, UNIFIED_PARAMS[param].probe)
        if where and not same_name:
            return Verdict(probe, RAW, f"request {number} carries {param}={_text(UNIFIED_PARAMS[param].probe)} "
                                       f"in its {where}")
        carried = carried or bool(where)
    sent, before = outcome.get("requests", []), baseline.get("requests", [])
    if thrown is not None and thrown not in ENDS_A_REQUEST_TEST and len(sent) < len(before):
        named = "" if param in (outcome.get("message") or "") else f" (the message does not name {param})"
        return Verdict(probe, FAILED, f"raised {thrown}{named}: {outcome.get('message')}")
    if [_essential(request) for request in sent] == [_essential(request) for request in before]:
        return Verdict(probe, IGNORED, "the requests are the same as without it")
    return Verdict(probe, SAME_NAME if carried else MAPPED)


def carried_raw(request: dict, name: str, value: object) -> str | None:
    """'URL', 'body' or 'header payload' when the request carries `name` as a key with `value`, else None."""
    expected = _text(value)
    for payload in _header_payloads(request):
        if any(key == name and _text(item) == expected for key, item in _pairs(payload)):
            return "header payload"
    query = urlsplit(request.get("url") or "").query
    if any(key == name and item == expected for key, item in parse_qsl(query, keep_blank_values=True)):
        return "URL"
    body = request.get("body")
    if isinstance(body, str) and body:
        try:
            decoded = json.loads(body)
        except ValueError:
            decoded = None
        if isinstance(decoded, (dict, list)):
            if any(key == name and _text(item) == expected for key, item in _pairs(decoded)):
                return "body"
        elif any(key == name and item == expected for key, item in parse_qsl(body, keep_blank_values=True)):
            return "body"
    return None


def _pairs(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from _pairs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _pairs(item)


def _text(value: object) -> str:
    """A value as it appears on the wire: JSON's true/false, integral floats without '.0'."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


def _header_payloads(request: dict) -> list[dict]:
    """The JSON objects that headers carry base64-encoded (Gemini's X-GEMINI-PAYLOAD, Bitfinex v1's X-BFX-PAYLOAD):
    where such an exchange sends its request's fields, with an empty body."""
    found = []
    for value in (request.get("headers") or {}).values():
        if not isinstance(value, str) or len(value) < 4:
            continue
        try:
            decoded = json.loads(base64.b64decode(value, validate=True).decode())
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        if isinstance(decoded, dict):
            found.append(decoded)
    return found


def _essential(request: dict) -> tuple:
    payloads = tuple(json.dumps(payload, sort_keys=True) for payload in _header_payloads(request))
    return request.get("method"), request.get("url"), request.get("body"), payloads
