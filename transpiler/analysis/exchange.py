"""Find the exchange class of a file, its imports, its methods and the implicit API methods it declares."""

from __future__ import annotations

from dataclasses import dataclass, field

from esprima.nodes import Node

from transpiler.names import HTTP_METHODS, implicit_method_name
from transpiler.syntax import is_member, property_key, static_key, string_literal, walk


def module_file(module: str, in_base: bool = False) -> str:
    """The module's file as ES modules name it, relative to js/: CommonJS may leave out the .js extension,
    and a file inside js/base/ (the portable base class) names its siblings as ./errors.js."""
    file = module if module.endswith(".js") else module + ".js"
    if in_base and file.startswith("./"):
        return "./base/" + file[2:]
    return file


@dataclass(frozen=True)
class Import:
    local: str
    module: str  # the module path as written
    imported: str  # "default", "*", or the exported name
    node: Node  # the specifier (or pattern property) that introduces the name
    statement: Node
    file: str  # the module's file relative to js/ (see module_file)


@dataclass
class ExchangeClass:
    program: Node
    class_node: Node | None = None
    export_statement: Node | None = None
    imports: dict[str, Import] = field(default_factory=dict)
    methods: dict[str, Node] = field(default_factory=dict)  # name -> MethodDefinition
    implicit_api: set[str] = field(default_factory=set)

    @property
    def name(self) -> str | None:
        node = self.class_node
        return node.id.name if node is not None and node.id is not None else None

    @property
    def async_methods(self) -> set[str]:
        return {name for name, method in self.methods.items() if method.value.isAsync}


def find_exchange_class(program: Node, in_base: bool = False) -> ExchangeClass:
    """in_base: the file is js/base/Exchange.js, whose imports are relative to js/base/."""
    found = ExchangeClass(program)
    for statement in program.body:
        _collect_imports(statement, found.imports, in_base)
        class_node = exported_class(statement)
        if class_node is not None and found.class_node is None:
            found.class_node, found.export_statement = class_node, statement
    if found.class_node is not None:
        for member in found.class_node.body.body:
            name = property_key(member)
            if name is not None and member.kind == "method" and not member.static:
                found.methods.setdefault(name, member)
        found.implicit_api = _implicit_api_names(found)
    return found


def exported_class(statement: Node) -> Node | None:
    """The class of `export default class ...` or `module.exports = class ...`, else None."""
    if statement.type == "ExportDefaultDeclaration" and statement.declaration.type == "ClassDeclaration":
        return statement.declaration
    if is_module_exports_assignment(statement) and statement.expression.right.type == "ClassExpression":
        return statement.expression.right
    return None


def is_module_exports_assignment(statement: Node) -> bool:
    if statement.type != "ExpressionStatement" or statement.expression.type != "AssignmentExpression":
        return False
    return is_member(statement.expression.left, "module", "exports")


def require_source(node: Node | None) -> str | None:
    """'./base/errors' for `require ('./base/errors')`, else None."""
    if (node is not None and node.type == "CallExpression" and node.callee.type == "Identifier"
            and node.callee.name == "require" and len(node.arguments) == 1):
        return string_literal(node.arguments[0])
    return None


def _collect_imports(statement: Node, imports: dict[str, Import], in_base: bool) -> None:
    if statement.type == "ImportDeclaration":
        for specifier in statement.specifiers:
            imported = {"ImportDefaultSpecifier": "default", "ImportNamespaceSpecifier": "*"}.get(
                specifier.type) or specifier.imported.name
            module = statement.source.value
            imports[specifier.local.name] = Import(specifier.local.name, module, imported, specifier, statement,
                                                   module_file(module, in_base))
    elif statement.type == "VariableDeclaration":
        for declarator in statement.declarations:
            module = require_source(declarator.init)
            if module is None:
                continue
            if declarator.id.type == "Identifier":
                imports[declarator.id.name] = Import(declarator.id.name, module, "default", declarator.id, statement,
                                                     module_file(module, in_base))
            elif declarator.id.type == "ObjectPattern":
                for prop in declarator.id.properties:
                    if prop.type == "Property" and prop.value.type == "Identifier" and not prop.computed:
                        imports[prop.value.name] = Import(prop.value.name, module, prop.key.name, prop, statement,
                                                          module_file(module, in_base))


def _implicit_api_names(exchange: ExchangeClass) -> set[str]:
    """Implicit method names from the literal `'api': {...}` tree that describe () gives the dictionary it returns
    (describe_keys' dictionaries): one written elsewhere in it, `'options': { 'api': {...} }`, names no method of any
    runtime (red-team round 57)."""
    names: set[str] = set()
    for node in _describe_dictionaries(exchange)[1]:
        for prop in node.properties if node.type == "ObjectExpression" else []:
            if prop.type == "Property" and property_key(prop) == "api" and prop.value.type == "ObjectExpression":
                _walk_api_tree(prop.value, [], names)
    return names


def _walk_api_tree(node: Node, path: list[str], names: set[str]) -> None:
    for prop in node.properties:
        key = property_key(prop)
        if key is None:
            continue
        if key.lower() in HTTP_METHODS and path:
            for endpoint in _endpoints(prop.value):
                names.add(implicit_method_name(path, key, endpoint))
        elif prop.value.type == "ObjectExpression":
            _walk_api_tree(prop.value, [*path, key], names)


def _endpoints(node: Node) -> list[str]:
    if node.type == "ArrayExpression":
        return [value for value in map(string_literal, node.elements) if value is not None]
    if node.type == "ObjectExpression":
        return [key for key in map(property_key, node.properties) if key is not None]
    return []


# this.name (...) in describe (): the arguments whose keys become its result's (all of them, or the first).
_MERGED_ARGUMENTS = {"extend": None, "deepExtend": None, "omit": 1}


def describe_keys(exchange: ExchangeClass) -> list[tuple[Node, str | None]]:
    """The keys describe () gives the dictionary it returns, each with the node that writes it (None where it is
    computed): those of the object literals it returns or merges into it with this.extend, this.deepExtend and
    this.omit, directly or through the names that hold them, and every key describe () assigns to a name's dictionary
    (d['key'] = ..., which may be any of them)."""
    keys, merged = _describe_dictionaries(exchange)
    for node in merged:
        if node.type == "ObjectExpression":
            keys.extend((prop.key, property_key(prop)) for prop in node.properties if prop.type != "SpreadElement")
    return sorted(keys, key=lambda key: key[0].range[0])


def describe_omitted(exchange: ExchangeClass) -> list[tuple[Node, str | None]]:
    """The keys describe () leaves out of the dictionary it returns: those this.omit () is given (the second
    argument, a text or a list of texts; None where one is not written out) where its result is returned or merged
    into it, as describe_keys follows them, unless a dictionary merged in otherwise than through that call gives the
    key again."""
    omitted = []
    for node in _describe_dictionaries(exchange)[1]:
        if node.type != "CallExpression" or node.callee.property.name != "omit" or len(node.arguments) < 2:
            continue
        argument = node.arguments[1]
        given = {property_key(prop) for merged in _describe_dictionaries(exchange, node)[1]
                 if merged.type == "ObjectExpression" for prop in merged.properties if prop.type != "SpreadElement"}
        for item in filter(None, argument.elements if argument.type == "ArrayExpression" else [argument]):
            key = string_literal(item)
            if key is None or key not in given:
                omitted.append((item, key))
    return sorted(omitted, key=lambda key: key[0].range[0])


def _describe_dictionaries(exchange: ExchangeClass, around: Node | None = None) \
        -> tuple[list[tuple[Node, str | None]], list[Node]]:
    """What describe () builds the dictionary it returns of: the keys it assigns to a name's dictionary, and the
    nodes that give the dictionary keys (the object literals and this.extend/deepExtend/omit calls it returns or
    merges, directly or through the names that hold them); around a call, what reaches the result otherwise than
    through that call's arguments."""
    describe = exchange.methods.get("describe")
    if describe is None:
        return [], []
    values: dict[str, list[Node]] = {}  # name -> the values it is given
    pending: list[Node] = []
    assigned: list[tuple[Node, str | None]] = []
    for path in walk(describe.value.body):
        node = path.node
        if node.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None:
            values.setdefault(node.id.name, []).append(node.init)
        elif node.type == "AssignmentExpression" and node.left.type == "Identifier":
            values.setdefault(node.left.name, []).append(node.right)
        elif node.type == "AssignmentExpression" and node.left.type == "MemberExpression" \
                and node.left.object.type == "Identifier":
            assigned.append((node.left.property, static_key(node.left.property) if node.left.computed
                             else node.left.property.name))
        elif node.type == "ReturnStatement" and node.argument is not None:
            pending.append(node.argument)
    seen: set[int] = set() if around is None else {id(around)}
    merged: list[Node] = []
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.type == "ObjectExpression":
            merged.append(node)
            pending.extend(prop.argument for prop in node.properties if prop.type == "SpreadElement")
        elif node.type == "Identifier":
            pending.extend(values.get(node.name, ()))
        elif node.type == "CallExpression" and is_member(node.callee) and not node.callee.computed \
                and node.callee.object.type == "ThisExpression" and node.callee.property.name in _MERGED_ARGUMENTS:
            merged.append(node)
            pending.extend(node.arguments[:_MERGED_ARGUMENTS[node.callee.property.name]])
    return assigned, merged


def describe_literal(exchange: ExchangeClass) -> Node | None:
    """The exchange's own dictionary in describe(): the object literal that states its 'id'."""
    describe = exchange.methods.get("describe")
    if describe is None:
        return None
    for path in walk(describe.value.body):
        node = path.node
        if node.type == "ObjectExpression" and any(property_key(prop) == "id" for prop in node.properties):
            return node
    return None
