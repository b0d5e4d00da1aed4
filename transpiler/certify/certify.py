"""Certifies one exchange: the subset rules, `has` against the class, the unified signatures, describe()'s keys,
the fixture's coverage, the generated files, and every fixture case in every runtime. Each problem is a
Diagnostic at the line it is about, so that the text, json, github and sarif renderers all show it."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass, field
from typing import Callable

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass, describe_literal, find_exchange_class
from transpiler.build import BASE_ID, Plan, differences, module_paths, same_bytes
from transpiler.files import refuse_links, write_atomically
from transpiler.certify.bodies import body_differences
from transpiler.certify.checks import CHECKS
from transpiler.certify.structures import problems as structure_problems
from transpiler.certify.params import MAPPED, RAW, REJECTED, SAME_NAME, SAME_NAME_OPTION, carried_raw, run_probes
from transpiler.certify.streams import stream_findings
from transpiler.checker import FileResult, check_file, result_for
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.harness.agreement import disagreement
from transpiler.harness.fixtures import (
    Case, FixtureError, case_problems, cases, clipped, fixture_path, load_fixture, normalized,
)
from transpiler.harness.run import RUNTIMES, Library, RunnerError, class_methods, run_cases
from transpiler.names import EXCHANGE_MODULE, is_reaching_name, is_sealed
from transpiler.registry import LISTED_ORIGIN, ORIGIN_PATTERN, REGISTRY_FILE, RegistryError, load_registry
from transpiler.source import SourceError, parse_source, read_source
from transpiler.syntax import parameter_target, property_key
from transpiler.unified import BASE_IMPLEMENTED, UNIFIED_METHODS, UNIFIED_PARAMS

# describe() keys every exchange states (dotted: urls.api is the api key inside urls); a derived exchange may leave
# all but its own id and name to its parents' describe().
REQUIRED_DESCRIBE_KEYS = ("id", "name", "countries", "rateLimit", "has", "urls.api", "urls.www", "urls.doc", "api",
                          "fees", "requiredCredentials")
OWN_DESCRIBE_KEYS = ("id", "name")
MINIMUM_ERROR_CASES = 3
NOT_CHECKED = "the source has rule violations: nothing of it runs until `exkit check` passes"
NOT_PARSED = "the source does not parse: only the syntax error is reported until it does"
SHARED_OUTPUTS = ("python/exchangekit/__init__.py", "python/exchangekit/async_support/__init__.py", "js/index.js",
                  "php/base/Exchanges.php")


@dataclass
class Certification:
    exchange: str
    source: str  # js/<id>.js, relative to the project root
    fixture: str
    findings: list[Diagnostic] = field(default_factory=list)
    implemented: list[str] = field(default_factory=list)  # unified methods the class defines
    coverage: dict[str, dict[str, int]] = field(default_factory=dict)  # method -> {"request": n, "response": n}
    params: dict[str, dict[str, str]] = field(default_factory=dict)  # method -> unified param -> how it is handled
    results: dict[str, dict] = field(default_factory=dict)  # runtime -> {"passed", "failed", "not_run"}
    streams: dict[str, dict] = field(default_factory=dict)  # "<runtime> streams" -> the same, for the stream cases
    actual_results: dict[str, object] = field(default_factory=dict)  # case id -> what JS returned, where it differs
    seconds: float = 0.0

    @property
    def certified(self) -> bool:
        return not any(finding.severity is Severity.ERROR for finding in self.findings)

    @property
    def missing(self) -> list[str]:
        return [name for name in UNIFIED_METHODS if name not in self.implemented]

    def file_results(self, root: str) -> list[FileResult]:
        """The findings grouped by file, with code frames, for the renderers."""
        return [result_for(os.path.join(root, path), sorted(finding for finding in self.findings if finding.path == path))
                for path in sorted({finding.path for finding in self.findings})]


class _Locator:
    """Lines of the parts of the source that findings point at."""

    def __init__(self, source_path: str, exchange: ExchangeClass | None) -> None:
        self.path = source_path
        self.exchange = exchange
        self.describe = describe_literal(exchange) if exchange is not None else None

    def finding(self, check_id: str, node: Node | None, message: str, details: tuple[str, ...] = ()) -> Diagnostic:
        if node is None:
            return _file_finding(check_id, self.path, message, details)
        check = CHECKS[check_id]
        start, end = node.loc.start, node.loc.end
        end_column = end.column + 1 if end.line == start.line else start.column + 2
        return Diagnostic(self.path, start.line, start.column + 1, start.line, end_column, check.id, check.severity,
                          message, check.hint, details)

    def method(self, name: str) -> Node | None:
        method = self.exchange.methods.get(name) if self.exchange is not None else None
        return method.key if method is not None else None

    def describe_property(self, dotted: str) -> Node | None:
        """The Property of describe()['a']['b'] for 'a.b', or None when the literal does not state it."""
        node, found = self.describe, None
        for part in dotted.split("."):
            if node is None or node.type != "ObjectExpression":
                return None
            found = next((prop for prop in node.properties if property_key(prop) == part), None)
            if found is None:
                return None
            node = found.value
        return found

    def describe_node(self) -> Node | None:
        return self.method("describe")


def certify(root: str, exchange_id: str, build_plan: Callable[[], Plan], build: bool = True) -> Certification:
    """build_plan: the project's build plan, computed once for all the exchanges certified in one run.

    build: write the generated modules the exchange needs (its own, its parents', the base class's and the package
    indexes) from the plan first, so that one command gives the verdict; without it (CI, after `make build`),
    generated files that differ from the plan are CERT-B001 findings and nothing runs in Python or PHP."""
    started = time.perf_counter()
    source = os.path.join("js", f"{exchange_id}.js")
    fixture_file = os.path.relpath(fixture_path(root, exchange_id), root)
    report = Certification(exchange_id, source, fixture_file)
    checked = _check_with_parents(root, exchange_id)
    report.findings += checked
    locator = _Locator(source, _parse(os.path.join(root, source)))
    # The parent exchanges' sources, nearest first: what a derived exchange does not state, it inherits.
    inherited = [_Locator(os.path.join("js", f"{parent}.js"), _parse(os.path.join(root, "js", f"{parent}.js")))
                 for parent in _with_parents(root, exchange_id)[1:]]
    if locator.exchange is None:  # the parse error is the finding; nothing else can be judged
        report.results = {runtime: {"passed": 0, "failed": 0, "not_run": NOT_PARSED} for runtime in RUNTIMES}
        report.seconds = time.perf_counter() - started
        return report
    # Nothing of a file runs before it passes the checker, its parent exchanges included.
    runnable = not any(finding.severity is Severity.ERROR for finding in checked)
    library = Library.source_tree(root)
    described = _static_described(locator) if not runnable else _described(library, exchange_id, locator, report)
    if described is not None:
        report.implemented = _implemented(described)
        report.findings += _has_findings(locator, described)
        report.findings += _id_findings(locator, exchange_id, described)
        report.findings += _origin_findings(root, exchange_id, locator, described)
    report.findings += _signature_findings(locator, report.implemented)
    report.findings += _describe_findings(locator, inherited)
    if described is not None and "fetchMarkets" not in report.implemented:
        report.findings.append(locator.finding("CERT-U002", locator.describe_node(),
                                               "fetchMarkets is not implemented: without markets no symbol resolves"))
    fixture = _load_fixture(root, fixture_file, report)
    ready = NOT_CHECKED if not runnable else _generated_ready(root, exchange_id, report, build_plan, build)
    report.findings += stream_findings(root, exchange_id, described, ready, locator, report.streams)
    if fixture is not None:
        report.findings += _coverage_findings(locator, fixture, report)
        uncallable = _uncallable_case_findings([locator, *inherited], fixture, report)
        report.findings += uncallable
        if uncallable:
            ready = "the fixture calls methods that fixtures may not call"
        _run_all(library, fixture, locator, report, ready, run_js=runnable and not uncallable)
        if runnable and not uncallable:
            report.findings += _param_findings(library, fixture, locator, report, inherited)
        if ready is None and not uncallable and described is not None:
            report.findings += [locator.finding("CERT-T003", locator.method("sign"), difference)
                                for difference in body_differences(library, fixture, described.get("writing", []))]
    report.seconds = time.perf_counter() - started
    return report


def _check_with_parents(root: str, exchange_id: str) -> list[Diagnostic]:
    """The checker's findings for js/<id>.js and every parent exchange it imports, paths relative to root."""
    findings: list[Diagnostic] = []
    for current in _with_parents(root, exchange_id):
        source = os.path.join("js", f"{current}.js")
        findings += [dataclasses.replace(finding, path=source)
                     for finding in check_file(os.path.join(root, source)).diagnostics]
    return findings


def _with_parents(root: str, exchange_id: str) -> list[str]:
    """The exchange and every parent exchange it imports (transitively), the exchange first, then its parent, ..."""
    found: list[str] = []
    pending = [exchange_id]
    while pending:
        current = pending.pop()
        if current in found:
            continue
        found.append(current)
        exchange = _parse(os.path.join(root, "js", f"{current}.js"))
        for imported in exchange.imports.values() if exchange is not None else ():
            parent = EXCHANGE_MODULE.match(imported.file)
            if parent and parent.group(1) not in found:
                pending.append(parent.group(1))
    return found


def _described(library: Library, exchange_id: str, locator: _Locator, report: Certification) -> dict | None:
    """The has map and own unified methods of the class, from Node (only for a file that passed the checker)."""
    try:
        return class_methods(library, [exchange_id])[exchange_id]
    except RunnerError as error:
        report.findings.append(locator.finding("CERT-T001", None, f"the class cannot be loaded in Node: {error}"))
        return None


def _static_described(locator: _Locator) -> dict:
    """What the source states without running it: the literal has entries of describe(), the class's methods."""
    has_entry = locator.describe_property("has")
    has = {}
    if has_entry is not None and has_entry.value.type == "ObjectExpression":
        has = {property_key(prop): prop.value.value for prop in has_entry.value.properties
               if prop.type == "Property" and prop.value.type == "Literal"}
    return {"has": has, "own": [name for name in locator.exchange.methods if name in UNIFIED_METHODS]}


def _callable_in_fixtures(exchange: ExchangeClass) -> set[str]:
    """The methods a fixture case may call: the unified ones and the exchange's own, never the pipeline's."""
    declared = set(UNIFIED_METHODS) | set(exchange.methods) | exchange.implicit_api
    return {name for name in declared if not is_sealed(name) and not is_reaching_name(name)}


def _uncallable_case_findings(locators: list[_Locator], fixture: dict, report: Certification) -> list[Diagnostic]:
    """locators: the exchange's, then its parents' (a derived exchange may call what they declare)."""
    allowed = set().union(*(_callable_in_fixtures(located.exchange) for located in locators
                            if located.exchange is not None))
    return [_file_finding("CERT-F005", report.fixture, f"$.methods.{name}: {name} is not a unified method nor one "
                                                        f"that {report.exchange} declares")
            for name in fixture["methods"] if name not in allowed]


def _parse(path: str) -> ExchangeClass | None:
    try:
        program, _ = parse_source(read_source(path))
    except SourceError:
        return None
    return find_exchange_class(program)


def _origin_findings(root: str, exchange_id: str, locator: _Locator, described: dict) -> list[Diagnostic]:
    """CERT-R001: every origin the class's requests and streams may reach is one the registry lists for it (from Node
    only: the source's literal urls would not show what describe () computes)."""
    try:
        registry = load_registry(root)
    except RegistryError as error:
        return [locator.finding("CERT-R001", locator.describe_node(), str(error))]
    entry = registry.find(exchange_id) if registry is not None else None
    if entry is None or "origins" not in described:
        return []  # (an exchange the registry does not know yet, as in a toolchain's own tests)
    urls = locator.describe_property("urls")
    node = urls.key if urls is not None else locator.describe_node()
    return [locator.finding("CERT-R001", node, _unlistable(origin) or f"urls names the origin {origin}, which "
                            f"{REGISTRY_FILE} does not list for {entry.id} (its \"origins\": {list(entry.origins)})")
            for origin in described["origins"] if origin not in entry.origins]


def _unlistable(origin: str) -> str | None:
    """Why the registry cannot list an origin of urls, if it cannot."""
    if not ORIGIN_PATTERN.match(origin):
        return f"urls names {origin}, whose authority is not a host and a port (user info or a backslash would make " \
               "it read as another host than the one it reaches): the runtimes send no request there"
    if not LISTED_ORIGIN.match(origin):
        return f"urls names {origin}, which is not encrypted: requests carry the user's keys and signatures, so an " \
               "exchange's origins are https:// and wss:// ones"
    return None


def _describe_findings(locator: _Locator, inherited: list[_Locator]) -> list[Diagnostic]:
    """inherited: the parents' locators, nearest first; the nearest describe() that states a key decides."""
    findings = []
    for key in REQUIRED_DESCRIBE_KEYS:
        chain = [locator] if key in OWN_DESCRIBE_KEYS else [locator, *inherited]
        entry = next(filter(None, (located.describe_property(key) for located in chain)), None)
        if entry is None:
            findings.append(locator.finding("CERT-D001", locator.describe_node(), f"describe() does not state '{key}'"))
        elif _is_empty_value(entry.value):
            findings.append(locator.finding("CERT-D001", entry.key, f"describe() leaves '{key}' undefined"))
    return findings


def _id_findings(locator: _Locator, exchange_id: str, described: dict) -> list[Diagnostic]:
    """CERT-D002: the id the class's describe () gives, as Node constructs it, is the file's."""
    if "id" not in described or described["id"] == exchange_id:
        return []
    entry = locator.describe_property("id")
    node = entry.key if entry is not None else locator.describe_node()
    given = clipped(json.dumps(described["id"]), 60)
    return [locator.finding("CERT-D002", node, f"describe() gives the id {given}, but the file is js/{exchange_id}.js: "
                                               f"state 'id': '{exchange_id}'")]


def _is_empty_value(node: Node) -> bool:
    return (node.type == "Identifier" and node.name == "undefined") or (node.type == "Literal" and node.value is None)


def _implemented(described: dict) -> list[str]:
    """The unified methods the class defines, and those the base class implements on top of one it defines
    (BASE_IMPLEMENTED) where has[...] claims them."""
    own = set(described["own"])
    return [name for name in UNIFIED_METHODS
            if name in own or (BASE_IMPLEMENTED.get(name) in own and described["has"].get(name) is True)]


def _has_findings(locator: _Locator, described: dict) -> list[Diagnostic]:
    findings = []
    own = set(_implemented(described))
    for name in UNIFIED_METHODS:
        claimed = described["has"].get(name) is True
        if claimed and name not in own:
            entry = locator.describe_property(f"has.{name}")
            node = entry.key if entry is not None else locator.describe_node()
            findings.append(locator.finding("CERT-H001", node, f"has['{name}'] is true, but the class does not "
                                                               f"define {name}: users calling it get NotSupported"))
        elif name in own and not claimed:
            findings.append(locator.finding("CERT-H002", locator.method(name),
                                            f"{name} is implemented, but has['{name}'] is "
                                            f"{str(described['has'].get(name)).lower()}"))
    return findings


def _signature_findings(locator: _Locator, implemented: list[str]) -> list[Diagnostic]:
    findings = []
    for name in implemented:
        method = locator.exchange.methods.get(name) if locator.exchange is not None else None
        if method is None:
            continue
        actual = [getattr(parameter_target(param), "name", "?") for param in method.value.params]  # "?": a pattern
        standard = UNIFIED_METHODS[name]
        if actual != standard.parameter_names:
            findings.append(locator.finding("CERT-U001", method.key, f"{name} ({', '.join(actual)}) should be "
                                                                     f"{name} ({standard.signature})"))
    return findings


def _file_finding(check_id: str, path: str, message: str, details: tuple[str, ...] = ()) -> Diagnostic:
    """A finding about a file as a whole, shown at its first line."""
    check = CHECKS[check_id]
    return Diagnostic(path, 1, 1, 1, 2, check.id, check.severity, message, check.hint, details)


def _load_fixture(root: str, fixture_file: str, report: Certification) -> dict | None:
    path = os.path.join(root, fixture_file)
    if not os.path.isfile(path):
        report.findings.append(_file_finding("CERT-F001", report.source,
                                             f"{fixture_file} does not exist, so nothing of this exchange is tested"))
        return None
    try:
        return load_fixture(path, shown=fixture_file)
    except FixtureError as error:
        report.findings.append(_file_finding("CERT-F001", fixture_file, str(error)))
        return None


def _coverage_findings(locator: _Locator, fixture: dict, report: Certification) -> list[Diagnostic]:
    findings = []
    all_cases = cases(fixture)
    for name in report.implemented:
        own = [case for case in all_cases if case.method == name]
        report.coverage[name] = {"request": sum(case.is_request_test for case in own),
                                 "response": sum(case.is_response_test for case in own)}
        if not report.coverage[name]["request"]:
            findings.append(locator.finding("CERT-F002", locator.method(name),
                                            f"{name} has no request test in {report.fixture}"))
        if not report.coverage[name]["response"]:
            findings.append(locator.finding("CERT-F003", locator.method(name),
                                            f"{name} has no response test in {report.fixture}"))
    errors = [case for case in all_cases if "throws" in case.spec and case.spec.get("responses")]
    if len(errors) < MINIMUM_ERROR_CASES:
        findings.append(_file_finding("CERT-F004", report.fixture, f"{len(errors)} error response case(s); at "
                                                                   f"least {MINIMUM_ERROR_CASES} are needed"))
    return findings


def _generated_ready(root: str, exchange_id: str, report: Certification, build_plan: Callable[[], Plan],
                     build: bool) -> str | None:
    """None when the generated Python and PHP of the exchange are current (written first when `build`); else why
    they cannot be tested."""
    plan = build_plan()
    if not plan.ok:
        mine = [failure for failure in plan.failures if os.path.basename(failure.path) == f"{exchange_id}.js"]
        shown = mine or plan.failures
        where = "; ".join(f"{failure.path}:{failure.line}: {failure.message}" for failure in shown[:3])
        # A finding, not only a runtime not run: the verdict was CERTIFIED on Node's runs alone (red-team round 22).
        report.findings.append(_file_finding("CERT-B001", report.source, f"the build fails, so the generated Python "
                                                                         f"and PHP cannot be tested: {where}"))
        return f"the build fails ({len(shown)} finding(s): {where})"
    relevant = set(SHARED_OUTPUTS) | set(module_paths(BASE_ID).values())
    for current in _with_parents(root, exchange_id):
        relevant |= set(module_paths(current).values())
    # The package indexes import every exchange: one whose modules were never written (a new derived exchange
    # certified after its parent) would stop them loading.
    relevant |= {path for exchange in plan.order for path in module_paths(exchange).values()
                 if not os.path.isfile(os.path.join(root, path))}
    if build:
        for path in sorted(relevant & set(plan.outputs)):
            absolute = os.path.join(root, path)
            if os.path.isfile(absolute) and same_bytes(absolute, plan.outputs[path]):
                continue
            refuse_links(root, path)  # plan_build reports links; the last guard before a write
            write_atomically(absolute, plan.outputs[path])
    # A file of the packages' folders that the build does not know is relevant to every exchange: a folder
    # python/exchangekit/<id>/ or a php/base/<id>.php is loaded in place of the generated module (red-team round 58),
    # a python/<name>.py or a js/base/node_modules/<name> in place of a module the runtime imports (round 60).
    stale = [line for line in differences(root, plan.outputs)
             if line.startswith("unknown: ") or line.split(": ", 1)[1] in relevant]
    for line in stale:
        state, path = line.split(": ", 1)
        what = {"differs": "out of date", "unknown": "neither made by the build nor a file of the runtime: Python, "
                                                     "PHP or Node may load it in place of a generated module or of "
                                                     "the runtime's"}.get(state, state)
        report.findings.append(_file_finding("CERT-B001", path, f"{path} is {what}"))
    if any(line.startswith("unknown: ") for line in stale):
        return "the packages' folders hold files that the build does not make (remove them)"
    return "the generated files are out of date (`exkit certify` without --no-build writes them)" if stale else None


def _run_all(library: Library, fixture: dict, locator: _Locator, report: Certification, not_ready: str | None,
             run_js: bool) -> None:
    """Every case in every runtime; JavaScript runs the source itself, so only `run_js` decides for it. A case fails
    in a runtime that does not do what the fixture states, or does otherwise than Node where the fixture says nothing
    (transpiler.harness.agreement)."""
    all_cases = cases(fixture)
    node_outcomes = None
    for runtime in RUNTIMES:
        if not_ready is not None and (runtime != "js" or not run_js):
            report.results[runtime] = {"passed": 0, "failed": 0, "not_run": not_ready}
            continue
        try:
            outcomes = run_cases(library, runtime, fixture)
        except RunnerError as error:
            report.results[runtime] = {"passed": 0, "failed": len(all_cases), "not_run": None}
            report.findings.append(locator.finding("CERT-T001", None, f"{runtime}: {error}"))
            continue
        failed = [(case, problems) for case, outcome in zip(all_cases, outcomes)
                  if (problems := case_problems(case, outcome))]
        if runtime == "js":
            node_outcomes = outcomes
            report.findings += _structure_findings(locator, all_cases, outcomes)
            report.actual_results = {case.id: normalized(outcome["ok"], case.spec["result"], compared=False)
                                     for case, problems in failed
                                     if problems[0].startswith("result differs") and "ok" in outcomes[case.position]
                                     for outcome in [outcomes[case.position]]}
        elif node_outcomes is not None:
            failing = {case.id for case, _ in failed}
            failed += [(case, problems) for case, node, outcome in zip(all_cases, node_outcomes, outcomes)
                       if case.id not in failing and (problems := disagreement(node, outcome))]
        report.results[runtime] = {"passed": len(all_cases) - len(failed), "failed": len(failed), "not_run": None}
        report.findings += [_case_finding(locator, case, runtime, problems) for case, problems in failed]


def _structure_findings(locator: _Locator, all_cases: list[Case], outcomes: list[dict]) -> list[Diagnostic]:
    """CERT-S001 on the results of the response tests of unified methods, as JavaScript returned them, and CERT-S002
    on the markets of those of fetchMarkets (the runner compares them with safeMarketStructure of themselves)."""
    findings = []
    for case, outcome in zip(all_cases, outcomes):
        method = UNIFIED_METHODS.get(case.method)
        if method is None or "result" not in case.spec or "ok" not in outcome:
            continue
        broken = structure_problems(method, outcome["ok"], limit=6)
        if broken:
            shown = "; ".join(broken[:5]) + ("; and more" if len(broken) > 5 else "")
            findings.append(locator.finding("CERT-S001", locator.method(case.method),
                                            f"{case.label} returns what the contract does "
                                            f"not allow: {shown}"))
        unstructured = outcome.get("unstructured")
        if case.method == "fetchMarkets" and unstructured:
            findings.append(locator.finding("CERT-S002", locator.method(case.method),
                                            f"{case.label} returns markets that are not the full unified structure "
                                            f"safeMarketStructure makes, which loadMarkets stores as they are: "
                                            + "; ".join(str(line) for line in unstructured[:10])))
    return findings


def _param_findings(library: Library, fixture: dict, locator: _Locator, report: Certification,
                    inherited: list[_Locator]) -> list[Diagnostic]:
    """CERT-P001, and report.params: per method and unified param, how the exchange handles it. inherited: the
    parents' locators, nearest first (options['sameNameParams'] may come from a parent's describe())."""
    stating = next((located for located in (locator, *inherited)
                    if located.describe_property(f"options.{SAME_NAME_OPTION}") is not None), locator)
    same_name = _same_name_params(stating)
    try:
        verdicts = run_probes(library, fixture, report.implemented, same_name)
    except RunnerError as error:
        return [locator.finding("CERT-T001", None, f"js (unified param probes): {error}")]
    findings = _same_name_findings(stating, fixture, report, same_name)
    for verdict in verdicts:
        method, param = verdict.probe.case.method, verdict.probe.param
        handled = report.params.setdefault(method, {})
        previous = handled.get(param)
        if previous is None or previous == REJECTED or not verdict.ok and previous in (MAPPED, SAME_NAME):
            handled[param] = verdict.outcome  # one case that fails decides; mapped in one case beats rejected
        if not verdict.ok:
            same_name_hint = (f"; if the exchange's own field is named {param} and takes the unified values, list "
                              f"it in options['{SAME_NAME_OPTION}']") if verdict.outcome == RAW else ""
            findings.append(locator.finding("CERT-P001", locator.method(method),
                                            f"{method} {verdict.outcome} the unified param {param} "
                                            f"({verdict.probe.case.label} "
                                            f"with params.{param}: {verdict.detail}){same_name_hint}"))
    # A case that sets a unified param itself and sends its requests shows the param mapped (when its probes on the
    # other cases were rejected, e.g. cost on a limit order): CERT-T001 checks that it sends what it should.
    for case in cases(fixture):
        method = UNIFIED_METHODS.get(case.method)
        if method is None or case.method not in report.implemented or not case.is_request_test:
            continue
        position = method.parameter_names.index("params")
        given = case.spec["args"][position] if len(case.spec["args"]) > position else None
        for param in method.params:
            if isinstance(given, dict) and param in given and report.params.get(case.method, {}).get(param) in (
                    None, REJECTED):
                report.params.setdefault(case.method, {})[param] = MAPPED
    return findings


def _same_name_params(locator: _Locator) -> frozenset[str]:
    """The literal list describe()['options']['sameNameParams'] (see transpiler.certify.params)."""
    entry = locator.describe_property(f"options.{SAME_NAME_OPTION}")
    if entry is None or entry.value.type != "ArrayExpression":
        return frozenset()
    return frozenset(element.value for element in entry.value.elements
                     if element is not None and element.type == "Literal" and isinstance(element.value, str))


def _same_name_findings(locator: _Locator, fixture: dict, report: Certification, same_name: frozenset[str]
                        ) -> list[Diagnostic]:
    """CERT-P001 for options['sameNameParams']: each entry is a unified param, and a request test passes it and
    expects it sent under its own name with the same value. That case, reviewed against the exchange's
    documentation, is what proves the field exists; without it the list would let any raw forwarding through."""
    entry = locator.describe_property(f"options.{SAME_NAME_OPTION}")
    node = entry.key if entry is not None else None
    findings = []
    for param in sorted(same_name):
        if param not in UNIFIED_PARAMS:
            findings.append(locator.finding("CERT-P001", node, f"options['{SAME_NAME_OPTION}'] lists {param}, "
                                                               f"which is not a unified param"))
        elif not any(_expects_same_name(case, param) for case in cases(fixture) if case.method in report.implemented):
            findings.append(locator.finding("CERT-P001", node, f"options['{SAME_NAME_OPTION}'] lists {param}, but no "
                                                               f"request test passes params.{param} and expects it "
                                                               f"sent under that name: add one, modelled on the "
                                                               f"exchange's documentation"))
    return findings


def _expects_same_name(case: Case, param: str) -> bool:
    method = UNIFIED_METHODS.get(case.method)
    if method is None or param not in method.params or not case.is_request_test:
        return False
    position = method.parameter_names.index("params")
    given = case.spec["args"][position] if len(case.spec["args"]) > position else None
    if not isinstance(given, dict) or param not in given:
        return False
    return any(carried_raw(request, param, given[param]) for request in case.spec.get("requests", []))


def _case_finding(locator: _Locator, case: Case, runtime: str, problems: list[str]) -> Diagnostic:
    return locator.finding("CERT-T001", locator.method(case.method), f"{case.label} fails in {runtime}:",
                           (*problems, f"rerun: {rerun_command(case, runtime)}"))


def rerun_command(case: Case, runtime: str) -> str:
    """The command that reruns exactly this case in this runtime, from the project root of a fresh clone."""
    return f".venv/bin/python -m pytest 'tests/test_exchanges.py::test_case[{case.id}-{runtime}]'"


def update_results(root: str, report: Certification) -> list[str]:
    """Writes what JavaScript returned into the fixture's `result` of every response case whose result differed
    (nothing else: requests, errors and cases that raised are left to the author). Returns the ids of the cases
    written. The fixture is rewritten in the layout of the others (JSON, one space of indentation)."""
    if not report.actual_results:
        return []
    refuse_links(root, report.fixture)
    path = os.path.join(root, report.fixture)
    with open(path, encoding="utf-8") as handle:
        fixture = json.load(handle)
    written = []
    for case in cases(fixture):
        if case.id in report.actual_results:
            fixture["methods"][case.method][case.index]["result"] = report.actual_results[case.id]
            written.append(case.id)
    write_atomically(path, json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")
    return written
