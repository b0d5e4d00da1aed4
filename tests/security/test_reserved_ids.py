"""No exchange id names a class, module or export of the packages (SUB-S005; red-team round 45).

The exchange classes share PHP's namespace exchangekit with the classes, traits and interfaces of php/base, and PHP
compares class names case-insensitively. The reserved ids listed `exchange`, `precise`, `js`, `keccak`, `asymmetric`,
`nativeexchange`, `exchanges` and the error classes by hand, and not the later ResponseHead, Primitives, Uncatchable
and Unportable (nor the runtime's errors InvalidSigningKey and StreamsNotSupported): a checked exchange `responsehead`
was, in PHP, the class that NativeExchange::fetch constructs as `new ResponseHead (...)`, so that each of its requests
failed there alone with a native TypeError that a catch clause saw (nothing was sent; certify's PHP harness replaces
fetch, so CI passed it), and `primitives`, `uncatchable` and `unportable` stopped PHP at class loading, while Node and
Python ran them.

transpiler/names.py still lists the reserved names by hand (the toolchain, installed on its own, has no php/base to
read); the tests below hold the lists to the files of the packages, so that a base class, module or export added
later is reserved too, or the suite fails.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess

import pytest

from tests.checking import check_text
from transpiler.certify.scaffold import ScaffoldError, scaffold
from transpiler.names import (
    EXCHANGE_ID, JS_BASE_MODULES, PHP_BASE_DECLARATIONS, PHP_BASE_FILES, PHP_RESERVED, PYTHON_ASYNC_BASE_MODULES,
    PYTHON_BASE_MODULES, PYTHON_MODULE_IMPORTS,
    RESERVED_PACKAGE_NAMES, reserved_exchange_id, suggested_exchange_id,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHP_BASE = os.path.join(ROOT, "php", "base")
PYTHON_PACKAGE = os.path.join(ROOT, "python", "exchangekit")
JS = os.path.join(ROOT, "js")

# A declaration at the start of a line (not in a comment): `final class Js {`, `trait Primitives {`, ...
DECLARATION = re.compile(r"^[ \t]*(?:(?:abstract|final|readonly)[ \t]+)*(class|trait|interface|enum)[ \t]+"
                         r"([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)


def read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def exchange_ids() -> set[str]:
    return {name.removesuffix(".js") for name in os.listdir(JS) if name.endswith(".js") and name != "index.js"}


def php_declarations() -> dict[str, tuple[str, str]]:
    declared = {}
    for file in sorted(os.listdir(PHP_BASE)):
        if file.endswith(".php"):
            for kind, name in DECLARATION.findall(read(os.path.join(PHP_BASE, file))):
                declared[name] = (kind, file)
    return declared


def test_the_php_table_is_every_declaration_of_php_base():
    declared = php_declarations()
    assert {"ResponseHead", "Primitives", "Uncatchable", "Unportable", "InvalidSigningKey"} <= set(declared)
    assert declared == PHP_BASE_DECLARATIONS


@pytest.mark.parametrize("name", sorted(php_declarations()))
def test_every_class_trait_and_interface_of_php_base_is_reserved_in_any_case(name):
    kind, file = php_declarations()[name]
    reason = reserved_exchange_id(name.lower())
    assert reason is not None
    assert f"{kind} {name} of PHP's base runtime (php/base/{file})" in reason and "case-insensitively" in reason, reason


def test_every_file_of_php_base_is_reserved():
    # The autoloaders look for exchangekit\X in php/base/X.php before php/X.php (and a file system that ignores case
    # finds php/base/ResponseHead.php for responsehead).
    stems = {file.removesuffix(".php") for file in os.listdir(PHP_BASE) if file.endswith(".php")}
    assert {stem.lower() for stem in stems} <= set(RESERVED_PACKAGE_NAMES)
    classless = {stem + ".php" for stem in stems if stem.lower() not in {name.lower() for name in php_declarations()}}
    assert classless == set(PHP_BASE_FILES)


def python_modules(folder: str) -> set[str]:
    """The modules and packages of a folder (by import name), without the dunders (reserved as any __ name)."""
    names = set()
    for entry in os.listdir(folder):
        path = os.path.join(folder, entry)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
            names.add(entry)
        elif entry.endswith((".py", ".c")) or ".cpython-" in entry or entry.endswith(".pyd"):
            names.add(entry.partition(".")[0])
    return {name for name in names if not name.startswith("__")}


def test_the_python_table_is_every_module_of_the_runtime():
    assert python_modules(os.path.join(PYTHON_PACKAGE, "base")) == set(PYTHON_BASE_MODULES)
    assert python_modules(os.path.join(PYTHON_PACKAGE, "async_support", "base")) == set(PYTHON_ASYNC_BASE_MODULES)
    assert {name for name in PYTHON_BASE_MODULES + PYTHON_ASYNC_BASE_MODULES if reserved_exchange_id(name) is None} \
        == set()


def test_every_module_beside_the_exchange_modules_is_reserved():
    # exchange X is the module exchangekit.X and exchangekit.async_support.X
    for folder in (PYTHON_PACKAGE, os.path.join(PYTHON_PACKAGE, "async_support")):
        others = python_modules(folder) - exchange_ids()
        assert {"base"} <= others
        assert {name for name in others if reserved_exchange_id(name) is None} == set(), folder


def bound_names(path: str) -> set[str]:
    """The names a module binds at its top level by import or assignment."""
    names = set()
    for node in ast.parse(read(path)).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {alias.asname or alias.name.partition(".")[0] for alias in node.names if alias.name != "*"}
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


def test_every_name_the_python_packages_bind_is_reserved():
    # exchangekit.errors and exchangekit.exchanges are lists; the exchanges' own names are the exchanges
    for package in (PYTHON_PACKAGE, os.path.join(PYTHON_PACKAGE, "async_support")):
        names = {name for name in bound_names(os.path.join(package, "__init__.py")) - exchange_ids() if EXCHANGE_ID.match(name)}
        assert {"errors", "exchanges"} <= names
        assert {name for name in names if not name.startswith("__") and reserved_exchange_id(name) is None} == set()


def test_every_name_a_generated_module_imports_is_reserved():
    # a generated module holds its class beside what it imports: an exchange named js would hide exchangekit.base.js
    imported = set()
    for folder in (PYTHON_PACKAGE, os.path.join(PYTHON_PACKAGE, "async_support")):
        for name in exchange_ids():
            imported |= bound_names(os.path.join(folder, name + ".py")) - exchange_ids()
    ids = {name for name in imported if EXCHANGE_ID.match(name)}
    assert "js" in ids
    assert {name for name in ids if reserved_exchange_id(name) is None} == set()


def test_every_module_the_python_emitter_may_import_is_reserved():
    # not every such module is imported by a module of the tree: an exchange `math` passed while none used Math.floor,
    # and its own Math.floor then read the class's attribute (red-team round 46)
    emitter = open(os.path.join(ROOT, "transpiler", "emit", "modules.py"), encoding="utf-8").read()
    assert "PYTHON_MODULE_IMPORTS" in emitter and not re.search(r'"import [a-z]', emitter)
    for name in PYTHON_MODULE_IMPORTS:
        found = check_text(SOURCE % name, f"js/{name}.js")
        assert [diagnostic.rule for diagnostic in found] == ["SUB-S005"], found
        assert f"the standard module {name}" in found[0].message


def test_the_js_table_is_every_module_of_js_base():
    modules = set()
    for folder, _, files in os.walk(os.path.join(JS, "base")):
        relative = os.path.relpath(folder, os.path.join(JS, "base"))
        modules |= {os.path.normpath(os.path.join(relative, file)) for file in files if file.endswith(".js")}
    assert modules == set(JS_BASE_MODULES)
    stems = {module.rpartition("/")[2].removesuffix(".js").lower() for module in modules}
    folders = {module.partition("/")[0] for module in modules if "/" in module}
    assert {name for name in stems | folders if reserved_exchange_id(name) is None} == set()


def test_every_name_js_index_exports_is_reserved():
    text = read(os.path.join(JS, "index.js"))
    exported = set(re.findall(r"^export (?:const|let|function|class) ([A-Za-z_$][\w$]*)", text, re.MULTILINE)) \
        | set(re.findall(r"\bdefault as ([A-Za-z_$][\w$]*)", text))
    names = {name for name in exported - exchange_ids() if EXCHANGE_ID.match(name)}
    assert {"exchanges", "version"} <= names
    assert {name for name in names | {"index"} if reserved_exchange_id(name) is None} == set()


def test_no_exchange_of_the_tree_or_the_registry_is_reserved():
    registered = {entry["id"] for entry in json.loads(read(os.path.join(ROOT, "exchanges.json")))["exchanges"]}
    assert {name for name in exchange_ids() | registered if reserved_exchange_id(name) is not None} == set()


SOURCE = "import Exchange from './base/Exchange.js';\n\nexport default class %s extends Exchange {\n}\n"

FOUND_IN_ROUND_45 = ["responsehead", "primitives", "uncatchable", "unportable", "invalidsigningkey",
                     "streamsnotsupported"]


@pytest.mark.parametrize("exchange_id", FOUND_IN_ROUND_45)
def test_the_checker_refuses_the_id_and_says_why(exchange_id):
    found = check_text(SOURCE % exchange_id, f"js/{exchange_id}.js")
    assert [diagnostic.rule for diagnostic in found] == ["SUB-S005"], found
    message, hint = found[0].message, found[0].hint
    assert message.startswith(f"'{exchange_id}' cannot be an exchange id: it is the "), message
    assert "PHP's base runtime" in message and "case-insensitively" in message, message
    suggested = suggested_exchange_id(exchange_id)
    assert f"js/{suggested}.js" in hint, hint
    assert check_text(SOURCE % suggested, f"js/{suggested}.js") == []  # the suggestion is an id that passes


def test_every_word_php_reads_as_a_keyword_is_reserved():
    # The words PHP's tokenizer reads as anything but a name, among the names of its tokens (T_ABSTRACT: abstract) and
    # the reserved ones, and die, which it reads as exit (red-team round 72: die passed the checker, and failed the
    # build's PHP lint).
    script = ("$words = json_decode($argv[1]); foreach (array_keys(get_defined_constants(true)['tokenizer']) as $name) "
              "{ $words[] = strtolower(substr($name, 2)); } foreach (array_unique($words) as $word) { "
              "$token = token_get_all('<?php ' . $word)[1]; "
              "if (is_array($token) && $token[0] !== T_STRING) { echo $word, ' '; } }")
    completed = subprocess.run(["php", "-r", script, json.dumps(sorted(PHP_RESERVED | {"die"}))], capture_output=True,
                               text=True, timeout=60)
    keywords = set(completed.stdout.split())
    assert "die" in keywords and "abstract" in keywords and keywords <= PHP_RESERVED, keywords - PHP_RESERVED


def test_the_hint_never_suggests_a_reserved_id():
    for name in sorted(RESERVED_PACKAGE_NAMES) + ["_", "__init__", "exchange", "native"]:
        suggested = suggested_exchange_id(name)
        assert EXCHANGE_ID.match(suggested) and reserved_exchange_id(suggested) is None, (name, suggested)


def test_exkit_new_refuses_the_id_and_suggests_another(tmp_path):
    with pytest.raises(ScaffoldError) as refused:
        scaffold(str(tmp_path), "responsehead", "RT", "https://docs.example.com")
    assert "class ResponseHead of PHP's base runtime" in str(refused.value)
    assert "responseheadexchange" in str(refused.value)


def test_a_parent_import_of_a_reserved_id_is_refused():
    # ./responsehead.js would be PHP's ResponseHead as the parent class too
    text = ("import responsehead from './responsehead.js';\n\n"
            "export default class child extends responsehead {\n}\n")
    assert "SUB-S002" in {diagnostic.rule for diagnostic in check_text(text, "js/child.js")}
