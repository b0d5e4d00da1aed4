"""SUB-S: file structure — one exported exchange class, base imports only, methods only."""

from __future__ import annotations

from transpiler.analysis.exchange import exported_class, is_module_exports_assignment, module_file, require_source
from transpiler.names import (
    BASE_MODULES, BASE_ONLY_MODULES, EXCHANGE_ID, EXCHANGE_MODULE, reserved_exchange_id, suggested_exchange_id,
)
from transpiler.rules.base import Rule
from transpiler.syntax import Path, property_key

EXPORT_HINT = "write: export default class <id> extends Exchange { ... }"
EXCHANGE_FILE = "./base/Exchange.js"


class OneExportedClass(Rule):
    id = "SUB-S001"
    title = "a file holds exactly one class, exported as the module's default"
    rationale = (
        "The build maps js/<id>.js to one Python module and one PHP class. The class must be the default "
        "export of an ES module, and must extend Exchange or the parent exchange it derives from. CommonJS "
        "(`module.exports = class ...`, `require (...)`) is not accepted: the package is an ES module "
        "(\"type\": \"module\" in js/package.json), where Node defines neither `module` nor `require`, so such a "
        "file ran in Python and PHP and did not load in Node."
    )
    bad = "class example extends Exchange {\n}\nexport { example };"
    good = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n}"
    hint = EXPORT_HINT
    example_scope = "file"

    def finish(self) -> None:
        exchange = self.context.exchange
        program = self.context.program
        classes = [statement for statement in program.body if exported_class(statement) is not None]
        if not classes:
            declared = [statement for statement in program.body if statement.type == "ClassDeclaration"]
            if declared:
                self.report(declared[0].id, f"class {declared[0].id.name} is not exported as the module's default")
            else:
                source = self.context.source
                self.context.add(source.diagnostic(self.id, "the file defines no exchange class", self.hint,
                                                   (1, 1)))
            return
        for extra in classes[1:]:
            self.report(exported_class(extra).id or extra, "a file holds exactly one class; this is a second one",
                        "move it to its own file js/<id>.js")
        if is_module_exports_assignment(classes[0]):
            self.report(classes[0].expression.left, "`module.exports` is CommonJS: the package is an ES module, "
                                                    "where Node does not define `module`, so it would not load the "
                                                    "file", EXPORT_HINT)
        class_node = exchange.class_node
        if class_node.id is None:
            self.report(class_node, "the exported class has no name", EXPORT_HINT, length=5)
        if class_node.superClass is None:
            self.report(class_node.id or class_node, "the exchange class must extend Exchange or a parent exchange",
                        "write: class <id> extends Exchange")
        elif class_node.superClass.type != "Identifier":
            self.report(class_node.superClass, "the class must extend a plain imported name",
                        "write: class <id> extends Exchange")
        elif not self.context.source.is_base and not self._extends_an_exchange(class_node.superClass.name):
            # (an error class or Precise as the parent: the rules read this as an exchange, and the runtimes each
            # made another thing of it, or none: PHP cannot extend its final Precise)
            self.report(class_node.superClass, f"{class_node.superClass.name} is no exchange: the class must extend "
                                               "Exchange or a parent exchange", "write: class <id> extends Exchange")
        elif not self.context.source.is_base and (problem := self._unreadable_parents(class_node.superClass.name)):
            # (the rules that judge calls against the chain, SUB-E019, the arities, super calls and SUB-D007's
            # overrides, skipped it: Node refuses a class that extends itself, or a loop of parents)
            self.report(class_node.superClass, f"the parent exchanges cannot be read: {problem}",
                        "extend an exchange of js/ whose parents end at Exchange")

    def _unreadable_parents(self, name: str) -> str | None:
        """What keeps the chain of parents of an exchange that extends the imported name from being read, or None."""
        from transpiler.analysis.methods import unreadable_parents  # reads the parents' files: only when checked

        imported = self.context.exchange.imports.get(name)
        if imported is None or EXCHANGE_MODULE.match(imported.file) is None:
            return None
        return unreadable_parents(self.context.source.path, self.context.exchange)

    def _extends_an_exchange(self, name: str) -> bool:
        imported = self.context.exchange.imports.get(name)
        if imported is None:
            return True  # (not imported: SUB-S002's)
        return imported.imported == "default" and (imported.file == EXCHANGE_FILE
                                                   or EXCHANGE_MODULE.match(imported.file) is not None)


class BaseImportsOnly(Rule):
    id = "SUB-S002"
    title = "imports name only the project's base modules and parent exchanges"
    rationale = (
        "A submitted file runs with its users' API keys, so it may not load packages or Node built-ins, "
        "and every import must have a Python and PHP counterpart. Allowed: ./base/Exchange.js (Exchange), "
        "./base/errors.js (error classes), ./base/Precise.js (Precise), ./base/functions/number.js "
        "(precision constants), and ./<parent>.js for a derived exchange. Names are imported as exported "
        "(no `as` renaming), so the emitted code can refer to them, and each once (Node refuses a module that imports "
        "a name twice)."
    )
    bad = "import crypto from 'crypto';\nimport Exchange from './base/Exchange.js';\n\n" \
          "export default class example extends Exchange {\n}"
    good = "import Exchange from './base/Exchange.js';\nimport { BadRequest } from './base/errors.js';\n\n" \
           "export default class example extends Exchange {\n}"
    hint = "import only from ./base/Exchange.js, ./base/errors.js, ./base/Precise.js, " \
           "./base/functions/number.js or ./<parent>.js"
    example_scope = "file"
    claims = frozenset({"ImportNamespaceSpecifier", "Import"})
    decisions = "CommonJS `require` is reported: Node does not define it in an ES module."

    def __init__(self, context) -> None:
        super().__init__(context)
        self._imported_names: set[str] = set()

    def visit_ImportDeclaration(self, path: Path) -> None:
        node = path.node
        module = node.source.value
        for specifier in node.specifiers:
            if specifier.local.name in self._imported_names:
                self.report(specifier.local, f"{specifier.local.name} is imported twice: Node refuses such a module "
                                             "(a SyntaxError), where Python and PHP would load it",
                            "import each name once")
            self._imported_names.add(specifier.local.name)
        if not module.endswith(".js") and self._allowed_module(self._file(module)):
            self.report(node.source, f"import '{module}' needs the .js extension",
                        f"write: from '{module}.js' (ES modules name the file exactly)")
            return
        self._check_module(node.source, self._file(module) if module.endswith(".js") else module)

    def visit_VariableDeclaration(self, path: Path) -> None:
        if path.parent_type != "Program":
            return
        for declarator in path.node.declarations:
            module = require_source(declarator.init)
            if module is not None:
                self.report(declarator.init, "`require` is CommonJS: the package is an ES module, where Node does "
                                             "not define it", "write: import Exchange from './base/Exchange.js'; "
                                                              "(import { BadRequest } from './base/errors.js';)")

    def visit_Import(self, path: Path) -> None:
        self.report(path.parent.node, "dynamic import() is not allowed")

    def visit_ImportNamespaceSpecifier(self, path: Path) -> None:
        self.report(path.node, "namespace imports (`* as name`) are not allowed",
                    "import the names you use: import { BadRequest, ExchangeError } from './base/errors.js'")

    def finish(self) -> None:
        imports = self.context.exchange.imports
        for imported in imports.values():
            self._check_name(imported)
        class_node = self.context.exchange.class_node
        if class_node is not None and class_node.superClass is not None and class_node.superClass.type == "Identifier":
            parent = class_node.superClass.name
            if parent not in imports:
                self.report(class_node.superClass, f"the class extends {parent}, which is not imported",
                            "import Exchange from './base/Exchange.js';" if parent == "Exchange"
                            else f"import {parent} from './{parent}.js';")

    def _file(self, module: str) -> str:
        return module_file(module, self.context.source.is_base)

    def _modules(self) -> dict:
        return {**BASE_MODULES, **BASE_ONLY_MODULES} if self.context.source.is_base else BASE_MODULES

    def _allowed_module(self, module: str) -> bool:
        return module in self._modules() or EXCHANGE_MODULE.match(module) is not None

    def _check_module(self, node, module: str) -> None:
        if not self._allowed_module(module):
            self.report(node, f"'{module}' cannot be imported")

    def _check_name(self, imported) -> None:
        module = imported.file
        if imported.imported == "*":
            return
        if module in self._modules():
            exports = self._modules()[module]
            if imported.imported == "default":
                if exports.default is None:
                    self.report(imported.node, f"{module} has no default export",
                                f"import named exports: import {{ {', '.join(sorted(exports.named)[:2])} }} "
                                f"from '{module}'")
                elif imported.local != exports.default:
                    self.report(imported.node, f"import the default export of {module} as {exports.default}",
                                f"import {exports.default} from '{module}';")
            elif imported.imported not in exports.named:
                self.report(imported.node, f"{module} does not export {imported.imported}")
            elif imported.local != imported.imported:
                self.report(imported.node, f"import {imported.imported} under its own name",
                            f"import {{ {imported.imported} }} from '{module}';")
            return
        parent = EXCHANGE_MODULE.match(module)
        if not parent:
            return
        if imported.imported != "default" or imported.local != parent.group(1):
            self.report(imported.node, f"import the parent exchange as its id: {parent.group(1)}",
                        f"import {parent.group(1)} from '{module}';")
        elif reserved_exchange_id(parent.group(1)):
            # ./index.js is the package index, not an exchange: its value (every exchange class) is no parent
            self.report(imported.node, f"'{module}' is not an exchange: {reserved_exchange_id(parent.group(1))}")
        elif imported.local != self._superclass():
            # an exchange class is only ever extended; as a value it would be the class itself in Node, which
            # Python and PHP code cannot hold the same way
            self.report(imported.node, f"{imported.local} is imported but the class does not extend it",
                        f"import only the parent exchange, and extend it: export default class <id> extends "
                        f"{imported.local}")

    def _superclass(self) -> str | None:
        class_node = self.context.exchange.class_node
        superclass = class_node.superClass if class_node is not None else None
        return superclass.name if superclass is not None and superclass.type == "Identifier" else None


class MethodsOnly(Rule):
    id = "SUB-S003"
    title = "the class body holds only methods"
    rationale = (
        "Python and PHP classes are generated from the methods alone. Fields, static members, getters and "
        "setters, private #names, constructors and computed method names have no exact counterpart; "
        "configuration belongs in describe() and is read through this.options."
    )
    bad = "get fee () {\n    return 0.001;\n}"
    good = "describe () {\n    return this.deepExtend (super.describe (), {\n        'options': { 'fee': 0.001 },\n" \
           "    });\n}"
    hint = "make it an ordinary method, or move the value into describe() (for example under 'options')"
    example_scope = "class"

    def visit_ClassBody(self, path: Path) -> None:
        for member in path.node.body:
            if member.type != "MethodDefinition":
                self.report(member, "only methods may appear in the class body")
            elif member.static:
                self.report(member, "static methods are not part of the subset", length=6)
            elif member.kind in ("get", "set"):
                self.report(member, f"{member.kind}ters are not part of the subset", length=3)
            elif member.kind == "constructor":
                self.report(member.key, "constructors are not part of the subset",
                            "set defaults in describe(); the base class constructor applies them")
            elif member.computed or property_key(member) is None:
                self.report(member.key, "method names must be plain identifiers",
                            "name the method: fetchSomething (...) { ... }")
            elif member.key.type != "Identifier":
                self.report(member.key, "method names must be plain identifiers, not strings",
                            f"write: {member.key.value} (...) {{ ... }}")


class TopLevelStatements(Rule):
    id = "SUB-S004"
    title = "no top-level statements besides imports, the class and its export"
    rationale = (
        "Module-level code would run at import time in every language and has no place in the generated "
        "class. Constants belong in describe() or in methods."
    )
    bad = "import Exchange from './base/Exchange.js';\n\nconst FEE = 0.001;\n\n" \
          "export default class example extends Exchange {\n}"
    good = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n" \
           "    describe () {\n        return this.deepExtend (super.describe (), { 'options': { 'fee': 0.001 } });\n" \
           "    }\n}"
    hint = "move the value into describe() (under 'options') or into the method that uses it"
    example_scope = "file"
    claims = frozenset({"ExportNamedDeclaration", "ExportAllDeclaration", "ExportSpecifier"})

    def visit_Program(self, path: Path) -> None:
        for statement in path.node.body:
            if not self._allowed(statement):
                self.report(statement, "top-level statements other than imports and the class are not allowed")

    @staticmethod
    def _allowed(statement) -> bool:
        if statement.type in ("ImportDeclaration", "ExportDefaultDeclaration", "ClassDeclaration", "EmptyStatement"):
            return True  # S001 judges which class and which export
        if statement.type == "ExpressionStatement" and getattr(statement, "directive", None) == "use strict":
            return True
        if statement.type == "VariableDeclaration":
            return all(require_source(declarator.init) is not None for declarator in statement.declarations)
        return is_module_exports_assignment(statement)


class ClassNamedAfterFile(Rule):
    id = "SUB-S005"
    title = "the class name equals the file name (the exchange id)"
    rationale = (
        "The id names the Python module, the PHP class and the package export: js/kraken.js holds class "
        "kraken. Ids are lowercase letters, digits and underscores, starting with a letter or underscore, and name "
        "no module or class of the packages and no word Python, PHP or JavaScript reserves. PHP compares class "
        "names case-insensitively and the exchanges share the namespace exchangekit with the base runtime, so every "
        "class, trait and interface of php/base is reserved in lower case (responsehead, primitives, js, the error "
        "classes, ...), as are the modules of the Python package and of js/base (base, async_support, errors, "
        "native_exchange, ...) and what js/index.js exports (index, exchanges, version)."
    )
    bad = "import Exchange from './base/Exchange.js';\n\nexport default class Example extends Exchange {\n}"
    good = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n}"
    hint = "name the class exactly like the file: js/<id>.js holds class <id>"
    example_scope = "file"

    def finish(self) -> None:
        stem = self.context.source.stem
        name = self.context.exchange.name
        if name is None:
            return
        node = self.context.exchange.class_node.id
        if self.context.source.is_base:
            return  # js/base/Exchange.js holds class Exchange
        if not EXCHANGE_ID.match(stem):
            self.report(node, f"the file name '{stem}' is not a valid exchange id",
                        "rename the file: lowercase letters, digits and _, for example js/myexchange.js")
        elif reserved_exchange_id(stem) is not None:
            self.report(node, f"'{stem}' cannot be an exchange id: {reserved_exchange_id(stem)}",
                        f"name the exchange differently, for example js/{suggested_exchange_id(stem)}.js (and its "
                        f"class {suggested_exchange_id(stem)})")
        elif name != stem:
            self.report(node, f"the class is named {name} but the file is {stem}.js",
                        f"rename the class to {stem}, or the file to {name}.js")
