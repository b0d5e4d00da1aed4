"""The methods `this.name (...)` can reach from an exchange: its own, its parent exchanges' (js/<parent>.js), the
portable base class's (js/base/Exchange.js), the native layer's (NATIVE_METHODS) and the implicit API methods
that describe()['api'] declares along the chain. SUB-E019 judges calls against it; `exkit helpers` lists the base
class's part."""

from __future__ import annotations

import functools
import os
import re

from transpiler.analysis.exchange import ExchangeClass, find_exchange_class
from transpiler.cache import CACHE_FOLDER, cache_key, load, store
from transpiler.names import EXCHANGE_MODULE, NATIVE_METHODS
from transpiler.paths import PROJECT_ROOT
from transpiler.source import SourceError, parse_source, read_source

BASE_FILE = os.path.join("base", "Exchange.js")
MAX_CHAIN = 32  # parent exchanges followed at most (a cycle is S002's)
# What the parents and the base class contribute, by content: checking one exchange parses no other file.
SUMMARIES = os.path.join(PROJECT_ROOT, CACHE_FOLDER, "reachable")


def base_source(folder: str) -> str | None:
    """js/base/Exchange.js next to a file in `folder`, or else the project's own; None when neither exists."""
    for candidate in (os.path.join(folder, BASE_FILE), os.path.join(PROJECT_ROOT, "js", BASE_FILE)):
        if os.path.isfile(candidate):
            return os.path.abspath(candidate)
    return None


@functools.lru_cache(maxsize=64)
def _parsed(path: str, stamp: tuple[int, int], in_base: bool) -> ExchangeClass | None:
    try:
        program, _ = parse_source(read_source(path))
    except SourceError:
        return None
    return find_exchange_class(program, in_base)


def parsed_class(path: str, in_base: bool = False) -> ExchangeClass | None:
    """The exchange class of a file on disk (cached while the file is unchanged), or None when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return _parsed(os.path.abspath(path), (status.st_mtime_ns, status.st_size), in_base)


def _parent(exchange: ExchangeClass) -> str | None:
    """The exchange this one derives from (`import parent from './parent.js'`), or None."""
    parents = [EXCHANGE_MODULE.match(imported.file) for imported in exchange.imports.values()]
    return next((match.group(1) for match in parents if match), None)


def arity(method) -> tuple[int, int]:
    """(required, accepted) argument counts of a MethodDefinition: the parameters up to the last one without a
    default must be passed (Python and PHP raise where JavaScript passes undefined), and no more than all."""
    params = method.value.params
    required = max((index + 1 for index, param in enumerate(params) if param.type == "Identifier"), default=0)
    return required, len(params)


# An implicit API method takes the request's params only: Node's drops anything after them, where Python's passed
# them on to request () as the headers and the body.
IMPLICIT_API_ARITY = (0, 1)


def _arities(exchange: ExchangeClass) -> dict[str, list[int]]:
    found = {name: list(IMPLICIT_API_ARITY) for name in exchange.implicit_api}
    found.update({name: list(arity(method)) for name, method in exchange.methods.items()
                  if all(param.type in ("Identifier", "AssignmentPattern") for param in method.value.params)})
    return found


def _summary(path: str, in_base: bool = False) -> tuple[frozenset[str], str | None] | None:
    """The methods a parent or the base class at `path` contributes (its own and its implicit API ones) and its own
    parent; None when it cannot be read or does not parse. Kept on disk under the hash of the file's content."""
    stored = _stored_summary(path, in_base)
    return None if stored is None else (frozenset(stored["names"]), stored["parent"])


def _stored_summary(path: str, in_base: bool = False) -> dict | None:
    try:
        with open(path, "rb") as handle:
            content = handle.read()
    except OSError:
        return None
    key = cache_key(b"base" if in_base else b"exchange", content)
    stored = load(SUMMARIES, key)
    if stored is None:
        exchange = parsed_class(path, in_base)
        if exchange is None:
            return None
        stored = {"names": sorted(set(exchange.methods) | exchange.implicit_api), "methods": sorted(exchange.methods),
                  "parent": _parent(exchange),
                  "arities": _arities(exchange), "async": sorted(exchange.async_methods | exchange.implicit_api),
                  "sync": sorted(set(exchange.methods) - exchange.async_methods)}
        store(SUMMARIES, key, stored)
    return stored


def parent_exchange(path: str) -> str | None:
    """The exchange the file at `path` derives from; None when it extends Exchange or cannot be read or parsed."""
    summary = _summary(path)
    return summary[1] if summary is not None else None


def summarise_base(folder: str) -> None:
    """Summarise the base class that files in `folder` extend, ahead of checking them in several processes (which
    would each parse it); the parse stays in this process's cache for the helper reference (transpiler.helpers)."""
    base_path = base_source(folder)
    if base_path is not None:
        _summary(base_path, in_base=True)


def _chain(path: str, exchange: ExchangeClass, read, parent_of) -> list | None:
    """What read (a file's path, whether it is the base class) gives for each class the class at `path` inherits
    from, the base class first and its parent last (nearer definitions later, to win when applied in order);
    parent_of names the parent of what read gave. None when part of the chain cannot be read (a parent or the base
    class is missing, does not parse, or the chain loops)."""
    folder = os.path.dirname(os.path.abspath(path))
    chain: list = []
    parent, seen = _parent(exchange), set()
    for _ in range(MAX_CHAIN):
        if parent is None:
            break
        if parent in seen:
            return None
        seen.add(parent)
        item = read(os.path.join(folder, f"{parent}.js"), False)
        if item is None:
            return None
        chain.append(item)
        parent = parent_of(item)
    base_path = base_source(folder)
    base = read(base_path, True) if base_path is not None else None
    return None if base is None else [base, *reversed(chain)]


def unreadable_parents(path: str, exchange: ExchangeClass) -> str | None:
    """Why the chain of the class at `path` cannot be read (see _chain), or None when it can."""
    failed: list[tuple[str, bool]] = []

    def read(file: str, in_base: bool) -> dict | None:
        stored = _stored_summary(file, in_base)
        if stored is None:
            failed.append((file, in_base))
        return stored

    if _chain(path, exchange, read, lambda stored: stored["parent"]) is not None:
        return None
    if not failed:
        return "its parents loop back to a class of the chain"
    file, in_base = failed[0]
    shown = ("the base class js/" if in_base else "its parent js/") + (BASE_FILE if in_base else os.path.basename(file))
    return f"{shown} is missing" if not os.path.isfile(file) else f"{shown} does not parse"


def _inherited_summaries(path: str, exchange: ExchangeClass) -> list[dict] | None:
    """The stored summaries of the classes the class at `path` inherits from (see _chain)."""
    return _chain(path, exchange, _stored_summary, lambda stored: stored["parent"])


def _path_and_class(path: str, in_base: bool) -> tuple[str, ExchangeClass] | None:
    parsed = parsed_class(path, in_base)
    return None if parsed is None else (path, parsed)


def inherited_classes(path: str, exchange: ExchangeClass) -> list[tuple[str, ExchangeClass]] | None:
    """The classes the class at `path` inherits from, parsed (in memory, while their files are unchanged), with their
    paths (see _chain)."""
    return _chain(path, exchange, _path_and_class, lambda item: _parent(item[1]))


def reachable_methods(path: str, exchange: ExchangeClass, is_base: bool) -> frozenset[str] | None:
    """Every method name `this.name (...)` may call in the file at `path` (whose class is `exchange`), or None when
    part of the chain cannot be read (a parent or the base class is missing or does not parse): then nothing can
    be judged."""
    names = set(exchange.methods) | exchange.implicit_api | NATIVE_METHODS
    if is_base:
        return frozenset(names)
    summaries = _inherited_summaries(path, exchange)
    if summaries is None:
        return None
    return frozenset(names.union(*(stored["names"] for stored in summaries)))


def parent_methods(path: str, exchange: ExchangeClass, is_base: bool) -> frozenset[str] | None:
    """Every method name `super.name (...)` may call in the file at `path`: the methods its parent exchanges, the base
    class and the native layer define, not the implicit API ones, which are the instance's own in Node (PHP's
    parent:: reached them through __call); None when part of the chain cannot be read."""
    if is_base:
        return NATIVE_METHODS
    summaries = _inherited_summaries(path, exchange)
    if summaries is None:
        return None
    return NATIVE_METHODS.union(*(stored["methods"] for stored in summaries))


NATIVE_FILE = os.path.join("base", "NativeExchange.js")
# A method of the native layer's class body, as written in js/base/NativeExchange.js (not subset code: esprima 4
# does not parse its private #names, so its signatures are read line by line).
NATIVE_SIGNATURE = re.compile(r"^    (async )?([A-Za-z]\w*) \(([^)]*)\) \{$", re.M)


@functools.lru_cache(maxsize=8)
def _native_signatures(path: str, stamp: tuple[int, int]) -> dict[str, tuple[int, int | None, bool]]:
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    found = {}
    for match in NATIVE_SIGNATURE.finditer(text):
        params = [param.strip() for param in match.group(3).split(",") if param.strip()]
        required = max((index + 1 for index, param in enumerate(params)
                        if "=" not in param and not param.startswith("...")), default=0)
        rest = any(param.startswith("...") for param in params)
        found[match.group(2)] = (required, None if rest else len(params), bool(match.group(1)))
    return {name: signature for name, signature in found.items() if name in NATIVE_METHODS}


def _native_signatures_of(folder: str) -> dict[str, tuple[int, int | None, bool]]:
    """(required, accepted, is async) of the native layer's methods, as js/base/NativeExchange.js declares them."""
    for candidate in (os.path.join(folder, NATIVE_FILE), os.path.join(PROJECT_ROOT, "js", NATIVE_FILE)):
        try:
            status = os.stat(candidate)
        except OSError:
            continue
        return _native_signatures(os.path.abspath(candidate), (status.st_mtime_ns, status.st_size))
    return {}


def native_arities(folder: str) -> dict[str, tuple[int, int | None]]:
    """(required, accepted) argument counts of the native layer's methods (Python's and PHP's take the same)."""
    return {name: (required, accepted) for name, (required, accepted, _) in _native_signatures_of(folder).items()}


def native_kinds(folder: str) -> dict[str, bool]:
    """Whether each of the native layer's methods is async (the Python and PHP layers keep Node's kinds)."""
    return {name: is_async for name, (_, _, is_async) in _native_signatures_of(folder).items()}


def inherited_arities(path: str, exchange: ExchangeClass, is_base: bool) -> dict[str, tuple[int, int]] | None:
    """(required, accepted) argument counts of the methods the class inherits, as the nearest definition along the
    chain (parents, then the base class) declares them, and of the implicit API methods (its own describe ()'s
    too); None when part of the chain cannot be read."""
    own_api = {name: IMPLICIT_API_ARITY for name in exchange.implicit_api}
    if is_base:
        return own_api
    summaries = _inherited_summaries(path, exchange)
    if summaries is None:
        return None
    found: dict[str, tuple[int, int | None]] = dict(native_arities(os.path.dirname(os.path.abspath(path))))
    for stored in summaries:
        found.update({name: (counts[0], counts[1]) for name, counts in stored["arities"].items()})
    found.update(own_api)
    return found


def inherited_kinds(path: str, exchange: ExchangeClass, is_base: bool) -> dict[str, bool] | None:
    """Whether each inherited method is async (True) or not, as its nearest definition along the chain (parents,
    then the base class) declares it; None when part of the chain cannot be read."""
    if is_base:
        return {}
    summaries = _inherited_summaries(path, exchange)
    if summaries is None:
        return None
    found: dict[str, bool] = {}
    for stored in summaries:
        found.update({name: False for name in stored["sync"]})
        found.update({name: True for name in stored["async"]})
    return found
