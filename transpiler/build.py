"""The main job: check every js/<id>.js, emit Python (sync and asyncio) and PHP, verify, write atomically.

Nothing is written unless every source checks, compiles and verifies. Each exchange is compiled in a worker
process, and the PHP of all of them is verified in one PHP process; only verified modules enter the content-hash
cache (keyed on the source, the toolchain's own files and the input limits, and valid while the sources of its
parent exchanges are unchanged), so a source that did not change costs neither parsing nor checking. The modules
made from the list of exchanges (package indexes, CONTRIBUTING.md, ...) are cached on their inputs too: a rebuild
with nothing changed imports neither the emitters nor the formatter.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass, field
from typing import Callable

from transpiler.cache import CACHE_FOLDER, cache_key, load, store
from transpiler.diagnostics import Diagnostic, Severity
from transpiler.discovery import exchange_sources, nested_sources
from transpiler.emit.result import Compiled
from transpiler.files import linked_component, refuse_links, write_atomically
from transpiler.limits import Limits, resolve
from transpiler.paths import GUIDE_INPUTS
from transpiler.php_lint import PhpLintError, lint_php
from transpiler.methods_table import with_methods_table
from transpiler.registry_build import registry_step
from transpiler.package_readmes import PACKAGE_READMES, with_exchange_list
from transpiler.registry_table import README, TableError
from transpiler.release import VERSION_FILE, VersionError, manifest_mismatches, read_version
from transpiler.renderers.text import printable

GENERATED_MARK = "by exkit: do not edit"
BASE_SOURCE = "js/base/Exchange.js"  # the portable base class, transpiled like an exchange
BASE_ID = "Exchange"
STALE_FOLDERS = ("python/exchangekit", "python/exchangekit/async_support", "php")  # where stale modules are removed
# The packages' folders, walked whole: every file there is a generated output, a file of the hand-written runtime
# (runtime_files) or made on the machine (MACHINE_MADE), and `build.py --check` names any other. Found in red-team
# round 58: a folder python/exchangekit/<id>/ with an __init__.py (or only a compiled __init__.pyc) is what Python
# imports for exchangekit.<id>, in place of the generated <id>.py, and the autoloaders load php/base/<id>.php before
# php/<id>.php; the check said "in sync", certify ran the shadow and said CERTIFIED, and the wheel shipped it. Round
# 60: a python/<name>.py was imported by the Python runners, which put python/ first on the module path, in place of
# a module of theirs or of the standard library (python/tagged_json.py answered every case with Node's outcome:
# CERTIFIED), and a js/base/node_modules/ws was imported by js/base/stream in place of the dependency, and shipped.
PACKAGE_FOLDERS = ("python", "js", "php")
# js/'s exchange sources (the build compiles each, so each is an exchange or a finding), and npm's installation.
EXCHANGE_SOURCE = re.compile(r"^js/[^/]+\.js\Z")
NOT_WALKED = frozenset({"js/node_modules"})
# What running the code or `make build` leaves in those folders (.gitignore lists them; .ci/ignored-files and
# .ci/checked-out-files refuse them committed): bytecode in __pycache__ (used only for a source beside it), the
# compiled speedups, and the metadata of an installation of python/ in place.
MACHINE_MADE = re.compile(r"^(?:.*/)?__pycache__/[^/]+\.pyc\Z|^python/exchangekit/base/_speedups(?:\.[A-Za-z0-9_-]+)*"
                          r"\.(?:so|pyd)\Z|^python/[^/]+\.egg-info/")


def module_paths(exchange_id: str) -> dict[str, str]:
    """Where an exchange's (or the portable base class's) three generated modules go."""
    if exchange_id == BASE_ID:
        return {"python": "python/exchangekit/base/exchange.py",
                "python_async": "python/exchangekit/async_support/base/exchange.py",
                "php": "php/base/Exchange.php"}
    return {"python": f"python/exchangekit/{exchange_id}.py",
            "python_async": f"python/exchangekit/async_support/{exchange_id}.py",
            "php": f"php/{exchange_id}.php"}


@dataclass
class Plan:
    """Everything a build would write, or the findings that prevent it."""

    outputs: dict[str, str] = field(default_factory=dict)  # path relative to the root -> text
    failures: list[Diagnostic] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # exchange ids, parents first
    cached: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def plan_build(root: str, jobs: int | None = None, progress: Callable[[str], None] = lambda line: None,
               limits: Limits | None = None) -> Plan:
    """limits: the input limits (SUB-P003); by default from the environment (LimitsError when it is invalid)."""
    limits = resolve(limits)
    plan = Plan()
    sources = exchange_sources(os.path.join(root, "js"))
    plan.failures += [_nested_finding(os.path.relpath(path, root)) for path in nested_sources(os.path.join(root, "js"))]
    if os.path.isfile(os.path.join(root, BASE_SOURCE)):
        sources.insert(0, os.path.normpath(os.path.join(root, BASE_SOURCE)))
    links = [path for path in sources if os.path.islink(path)]
    plan.failures += [_link_finding(os.path.relpath(path, root), os.path.relpath(path, root)) for path in links]
    sources = [path for path in sources if path not in links]  # not even hashed: read_source would refuse them
    cache = _Cache(root, limits)
    compiled: dict[str, Compiled] = {}
    pending = []
    keys = {path: cache.key(path) for path in sources}
    for path in sources:
        hit = cache.get(keys[path])
        if hit is not None:
            compiled[hit.id] = hit
            plan.cached += 1
        else:
            pending.append(path)
    if pending:
        from transpiler.analysis.methods import summarise_base

        summarise_base(os.path.join(root, "js"))
    fresh: dict[str, Compiled] = {}
    for index, (path, result) in enumerate(_compile_all(pending, jobs, limits), start=1):
        if isinstance(result, list):
            plan.failures += result
            progress(f"[{index}/{len(pending)}] {printable(os.path.relpath(path, root))}: {len(result)} error(s)")
        else:
            compiled[result.id] = fresh[path] = result
            progress(f"[{index}/{len(pending)}] {printable(os.path.relpath(path, root))}: compiled")
    # The PHP of every freshly compiled module in one PHP process; only verified modules enter the cache.
    unlinted = _lint_php({module_paths(result.id)["php"]: result.php for result in fresh.values()})
    plan.failures += unlinted
    for path, result in fresh.items():
        if module_paths(result.id)["php"] not in {failure.path for failure in unlinted}:
            cache.put(keys[path], result, compiled)
    plan.order = _parents_first(compiled, plan.failures)
    if plan.failures:
        return plan
    for exchange_id in plan.order:
        plan.outputs.update(_module_outputs(compiled[exchange_id]))
    try:
        version = read_version(root)
        mismatches = manifest_mismatches(root)
    except VersionError as error:
        mismatches = [str(error)]
    if mismatches:
        plan.failures += [Diagnostic(VERSION_FILE, 1, 1, 1, 1, "SUB-S002", Severity.ERROR, mismatch,
                                     "change the version with `exkit bump`, which updates every manifest")
                          for mismatch in mismatches]
        return plan
    registry = registry_step(root, sorted(set(compiled) - {BASE_ID}))
    plan.failures += registry.failures
    if README in registry.outputs:  # the README's table of methods per exchange, from their has
        try:
            registry.outputs[README] = with_methods_table(registry.outputs[README], compiled, registry.ids)
        except TableError as error:
            plan.failures.append(Diagnostic(README, 1, 1, 1, 1, "SUB-S002", Severity.ERROR, str(error),
                                            "put the markers back around the table of methods"))
    for path in PACKAGE_READMES:  # each package's list of exchanges, from the same ids
        readme = os.path.join(root, path)
        if os.path.isfile(readme):
            with open(readme, encoding="utf-8") as handle:
                text = handle.read()
            try:
                registry.outputs[path] = with_exchange_list(text, compiled, registry.ids, path)
            except TableError as error:
                plan.failures.append(Diagnostic(path, 1, 1, 1, 1, "SUB-S002", Severity.ERROR, str(error),
                                                "put the markers back around the list of exchanges"))
    with open(os.path.join(root, "LICENSE"), encoding="utf-8") as handle:
        license_text = handle.read()
    key = cache_key(b"shared", "\n".join(registry.ids).encode(), version.encode(), license_text.encode(),
                    *_guide_inputs())
    shared = load(cache.folder, key)
    if shared is None:
        shared = _shared_outputs(registry.ids, version, license_text)
        failures = verify(shared)
        plan.failures += failures
        if not failures:
            store(cache.folder, key, shared)
    shared = {**shared, **registry.outputs}  # the READMEs' lists and tables: read and made on every build
    plan.outputs.update(shared)
    # Nothing is written (nor removed as stale) through a symbolic link: one committed as a generated folder or
    # module would send the build's writes outside the repository.
    for path in [*plan.outputs, *STALE_FOLDERS]:
        linked = linked_component(root, path)
        if linked is not None:
            plan.failures.append(_link_finding(path, linked))
    return plan


def _link_finding(path: str, linked: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, 1, 1, "SUB-S002", Severity.ERROR,
                      f"{linked} is a symbolic link: the build neither reads a source nor writes a file through one",
                      f"replace {linked} with the regular file or folder (git rm the link, then make build)")


def _nested_finding(path: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, 1, 1, "SUB-S002", Severity.ERROR,
                      "an exchange source is js/<id>.js: the build compiles no file in a folder of js/ (it would "
                      "be compiled under the id of its name, in place of the js/<id>.js that Node runs)",
                      f"move {path} out of js/, or to js/ itself if it is an exchange of its own")


def _guide_inputs() -> list[bytes]:
    """The files outside the toolchain that CONTRIBUTING.md is made from (see transpiler/guide.py)."""
    contents = []
    for path in GUIDE_INPUTS:
        try:
            with open(path, "rb") as handle:
                contents.append(handle.read())
        except OSError:
            contents.append(b"")  # absent: the guide leaves its part out
    return contents


def _compile_all(paths: list[str], jobs: int | None, limits: Limits):
    compile_one = functools.partial(_compile_or_error, limits=limits)
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers <= 1:
        yield from ((path, compile_one(path)) for path in paths)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when there is work for several processes

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from zip(paths, pool.map(compile_one, paths), strict=True)


def _compile_or_error(path: str, limits: Limits) -> Compiled | list[Diagnostic]:
    """Compile one source and verify its Python (its PHP is verified with the others'). Runs in worker processes,
    so it returns plain data (exceptions with custom fields do not survive pickling)."""
    from transpiler.emit.compile import compile_file
    from transpiler.emit.result import CompileError

    try:
        compiled = compile_file(path, limits)
    except CompileError as error:
        return error.diagnostics
    return _verify_python(_module_outputs(compiled)) or compiled


def _module_outputs(compiled: Compiled) -> dict[str, str]:
    return {path: getattr(compiled, language) for language, path in module_paths(compiled.id).items()}


def _parents_first(compiled: dict[str, Compiled], failures: list[Diagnostic]) -> list[str]:
    order: list[str] = []
    visiting: set[str] = set()

    def visit(exchange_id: str) -> None:
        if exchange_id in order:
            return
        if exchange_id in visiting:
            failures.append(_build_finding(exchange_id, "the exchange derives from itself (an import cycle)"))
            return
        visiting.add(exchange_id)
        parent = compiled[exchange_id].parent
        if exchange_id != BASE_ID and parent != BASE_ID:
            if parent in compiled:
                visit(parent)
            else:
                failures.append(_build_finding(exchange_id, f"its parent js/{parent}.js is missing or failed"))
        visiting.discard(exchange_id)
        order.append(exchange_id)

    for exchange_id in sorted(compiled):
        visit(exchange_id)
    return order


def _build_finding(exchange_id: str, message: str) -> Diagnostic:
    return Diagnostic(f"js/{exchange_id}.js", 1, 1, 1, 1, "SUB-S002", Severity.ERROR, message,
                      "add the parent exchange to js/, or extend Exchange")


def _shared_outputs(ids: list[str], version: str, license_text: str) -> dict[str, str]:
    """The modules generated from the toolchain's tables and the list of exchanges, the package indexes, and the
    license in each package's folder (each package is built from its own folder)."""
    from transpiler.emit.modules import (format_python, js_errors, php_errors, precision_constants, python_errors,
                                         templates)
    from transpiler.guide import contributing_guide
    from transpiler.names import PRECISION_CONSTANTS

    index = templates().get_template("python_index.py.j2")
    constants = list(PRECISION_CONSTANTS)
    return {
        "python/exchangekit/base/errors.py": python_errors(),
        "js/base/errors.js": js_errors(),
        "php/base/errors.php": php_errors(),
        "js/base/functions/number.js": precision_constants("js"),
        "python/exchangekit/base/number.py": precision_constants("python"),
        "php/base/number.php": precision_constants("php"),
        "python/exchangekit/__init__.py": format_python(index.render(
            ids=ids, package="exchangekit", asynchronous=False, version=version, constants=constants)),
        "python/exchangekit/async_support/__init__.py": format_python(index.render(
            ids=ids, package="exchangekit.async_support", asynchronous=True, version=version, constants=constants)),
        "js/index.js": templates().get_template("js_index.js.j2").render(ids=ids, version=version),
        "php/base/Exchanges.php": templates().get_template("php_exchanges.php.j2").render(ids=ids, version=version),
        **{f"{package}/LICENSE": license_text for package in ("python", "php", "js")},
        "CONTRIBUTING.md": contributing_guide(),
    }


def verify(outputs: dict[str, str]) -> list[Diagnostic]:
    """Python must compile and PHP must pass `php -l` (all the files in one PHP process); a failure is the
    toolchain's bug, reported as such."""
    return _verify_python(outputs) + _lint_php({path: text for path, text in outputs.items() if path.endswith(".php")})


def _verify_python(outputs: dict[str, str]) -> list[Diagnostic]:
    failures = []
    for path, text in outputs.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec")
            except SyntaxError as error:
                failures.append(_emitted_finding(path, f"generated Python does not compile: {error.msg}"))
    return failures


def _lint_php(files: dict[str, str]) -> list[Diagnostic]:
    if not files:
        return []
    try:
        problems = lint_php(files)
    except FileNotFoundError:
        return [_emitted_finding(next(iter(files)), "php is not installed, so generated PHP cannot be verified "
                                                    "(`make build` installs it)")]
    except PhpLintError as error:
        return [_emitted_finding(next(iter(files)), f"generated PHP cannot be verified: {error}")]
    return [_emitted_finding(path, f"generated PHP does not lint: {complaint}") for path, complaint in problems.items()]


def _emitted_finding(path: str, message: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, 1, 1, "SUB-X001", Severity.ERROR, message,
                      "this is a toolchain bug: report it with the source that produced it")


def not_black_stable(outputs: dict[str, str]) -> list[str]:
    """The generated Python modules that black (the formatter of record) would change: none, unless the layout the
    build computes without black is wrong (tests/test_formatting.py)."""
    from transpiler.emit.modules import black_format

    return [path for path, text in outputs.items() if path.endswith(".py") and black_format(text) != text]


def runtime_files() -> frozenset[str]:
    """The hand-written files of the packages' folders, as transpiler/names.py lists the runtime's modules (which
    tests/security/test_reserved_ids.py holds to the tree): some of them the build writes too (errors, number, the
    portable base class), and tests/test_build.py holds the list to the files of the tree."""
    from transpiler.names import (
        JS_BASE_MODULES, PHP_BASE_DECLARATIONS, PHP_BASE_FILES, PYTHON_ASYNC_BASE_MODULES, PYTHON_BASE_MODULES)

    package = "python/exchangekit"
    files = {f"{package}/py.typed", f"{package}/base/__init__.py", f"{package}/async_support/base/__init__.py",
             f"{package}/base/_speedups.c", "php/composer.json", "js/package.json", "js/package-lock.json",
             "python/pyproject.toml", "python/setup.py", "python/MANIFEST.in", "python/tests/check_speedups.py"}
    files |= {f"js/base/{module}" for module in JS_BASE_MODULES}
    files |= {f"{package}/base/{module}.py" for module in PYTHON_BASE_MODULES if module != "_speedups"}
    files |= {f"{package}/async_support/base/{module}.py" for module in PYTHON_ASYNC_BASE_MODULES}
    files |= {f"php/base/{file}" for _, file in PHP_BASE_DECLARATIONS.values()}
    files |= {f"php/base/{file}" for file in PHP_BASE_FILES}
    return frozenset(files)


def unknown_files(root: str, outputs: dict[str, str]) -> list[str]:
    """Every file (or symbolic link) of the packages' folders that is neither an output of the build, nor a file of
    the runtime, nor made on the machine, nor a stale generated module (which the build removes): something that
    Python or PHP could load in place of a generated module, or that a package would ship."""
    known = set(outputs) | runtime_files()
    stale = set(stale_files(root, outputs))
    found = []
    for folder in PACKAGE_FOLDERS:
        absolute = os.path.join(root, folder)
        if os.path.islink(absolute):
            found.append(folder)  # plan_build refuses it too
            continue
        for current, folders, files in os.walk(absolute):
            relative = os.path.relpath(current, root).replace(os.sep, "/")
            folders[:] = [name for name in folders if f"{relative}/{name}" not in NOT_WALKED]
            links = [name for name in folders if os.path.islink(os.path.join(current, name))]
            folders[:] = sorted(name for name in folders if name not in links)
            for name in sorted(files + links):
                path = f"{relative}/{name}"
                if os.path.islink(os.path.join(current, name)) or (
                        path not in known and path not in stale and not MACHINE_MADE.match(path)
                        and not EXCHANGE_SOURCE.match(path)):
                    found.append(path)
    return sorted(found)


def stale_files(root: str, outputs: dict[str, str]) -> list[str]:
    """Generated files on disk that the build no longer produces (their source was removed)."""
    stale = []
    for folder in STALE_FOLDERS:
        absolute = os.path.join(root, folder)
        for name in sorted(os.listdir(absolute)) if os.path.isdir(absolute) else []:
            relative = f"{folder}/{name}"
            if relative not in outputs and not os.path.islink(os.path.join(absolute, name)) \
                    and os.path.isfile(os.path.join(absolute, name)) \
                    and name.endswith((".py", ".php")) and _is_generated(os.path.join(absolute, name)):
                stale.append(relative)
    return stale


def _is_generated(path: str) -> bool:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return GENERATED_MARK in handle.read(400)


def differences(root: str, outputs: dict[str, str]) -> list[str]:
    """Paths whose content on disk differs from the plan (byte for byte), stale generated files, and the files of the
    packages' folders that the build does not know (unknown_files)."""
    changed = []
    for path, text in outputs.items():
        absolute = os.path.join(root, path)
        if not os.path.exists(absolute):
            changed.append(f"missing: {path}")
        elif not same_bytes(absolute, text):
            changed.append(f"differs: {path}")
    return changed + [f"stale: {path}" for path in stale_files(root, outputs)] \
        + [f"unknown: {path}" for path in unknown_files(root, outputs)]


def same_bytes(path: str, text: str) -> bool:
    """Whether the file holds exactly the UTF-8 of text. Bytes, not text: text mode read CRLF and a lone CR as line
    feeds, so a generated module whose line endings were changed passed `build.py --check` as in sync (red-team round
    58)."""
    with open(path, "rb") as handle:
        return handle.read() == text.encode("utf-8")


def write_outputs(root: str, outputs: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write changed files atomically (temporary file, then rename); remove stale generated files."""
    written = []
    for path, text in outputs.items():
        refuse_links(root, path)  # plan_build reports them; this is the last guard before a write
        absolute = os.path.join(root, path)
        if os.path.exists(absolute) and same_bytes(absolute, text):
            continue
        write_atomically(absolute, text)
        written.append(path)
    removed = stale_files(root, outputs)
    for path in removed:
        refuse_links(root, path)
        os.unlink(os.path.join(root, path))
    return written, removed


class _Cache:
    """Compiled modules by hash of (source, toolchain, limits): a no-op rebuild reads these instead of parsing.
    The limits are part of the key so that lowering one (EXKIT_MAX_*) checks every source against it again.
    A derived exchange was checked against the methods of its parents (SUB-E019 resolves this.name (...) along
    the chain), so its entry also records the content hash of each parent's source and stands only while they
    are unchanged: an edit to js/<parent>.js checks and compiles its derived exchanges again."""

    def __init__(self, root: str, limits: Limits) -> None:
        self.folder = os.path.join(root, CACHE_FOLDER)
        self.js = os.path.join(root, "js")
        self.limits = repr(limits).encode()

    def key(self, path: str) -> str:
        with open(path, "rb") as handle:
            return cache_key(self.limits, handle.read())

    def get(self, key: str) -> Compiled | None:
        stored = load(self.folder, key)
        try:
            compiled, parents = Compiled(**stored["compiled"]), stored["parents"]
        except (TypeError, KeyError):  # none, or written by a toolchain that stored other fields
            return None
        if any(self._digest(parent) != digest for parent, digest in parents.items()):
            return None
        return compiled

    def put(self, key: str, compiled: Compiled, known: dict[str, Compiled]) -> None:
        """known: every module of this build by id, whose parent links lead up the chain."""
        parents: dict[str, str] = {}
        parent = compiled.parent if compiled.id != BASE_ID else BASE_ID
        while parent != BASE_ID and parent not in parents:  # a cycle ends at the first repeat (S002 reports it)
            parents[parent] = self._digest(parent)
            if parent not in known:  # missing or failed: its hash still tells when it changes
                break
            parent = known[parent].parent
        store(self.folder, key, {"compiled": compiled.__dict__, "parents": parents})

    def _digest(self, exchange_id: str) -> str:
        try:
            with open(os.path.join(self.js, f"{exchange_id}.js"), "rb") as handle:
                return hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return "missing"
