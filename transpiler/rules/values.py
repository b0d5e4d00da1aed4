"""SUB-D007: dictionaries and lists changed in place where PHP, whose arrays are values, would change a copy.

In JavaScript (and Python) a dictionary or list is one object that every variable holding it shares; in PHP an
array is copied when it is assigned or passed. Changing one in place therefore means the same in every language
only where no other variable, and no caller, is expected to see the change. Where the objects go is worked out by
transpiler.analysis.value_flow.
"""

from __future__ import annotations

import bisect
import collections
import weakref

from esprima.nodes import Node

from transpiler.analysis.value_flow import (UNPACKED, ValueFlow, changed_root, changed_target, changed_variable,
                                            class_call, dominating_assignments, fresh_value, inherited_callees,
                                            parameter_names, placement_sites)
from transpiler.emit.types import Type
from transpiler.rules.base import Rule
from transpiler.syntax import Path, is_member, walk

_LOOPS = ("ForStatement", "ForOfStatement", "ForInStatement", "WhileStatement", "DoWhileStatement")
_EXITS = ("ReturnStatement", "ThrowStatement")


def _is_identifier_named(node: Node | None, name: str) -> bool:
    return node is not None and node.type == "Identifier" and node.name == name


def nested_target(node: Node) -> Node | None:
    """The nested value a change reaches through another (x['a'] of x['a']['b'] = v, x['a'].push (v)), or None;
    values under this are B008's."""
    target = changed_target(node)
    if target is None or target.type != "MemberExpression":
        return None
    root, property_of_this = target, None
    while root.type == "MemberExpression":
        property_of_this = root.property
        root = root.object
    if root.type == "Super" or (root.type == "ThisExpression" and (
            target.object.type == "ThisExpression" or not _is_identifier_named(property_of_this, "options"))):
        return None  # B008's: this.options['k'] = v itself, and writes under this's other properties
    return target  # (a value nested under an option, this.options['k']['n'] = v, is the option's and a variable's)


def aliases(flow: ValueFlow, method: Node, leaving_out: Node | None = None) -> dict[str, str]:
    """Variables given another variable's value (const b = a; b = cond ? a : c; b = a.reverse (); b = this.same (a);
    const [ b ] = [ a ]): the same object in JavaScript, a copy in PHP. Name -> (one of) the other variables.
    leaving_out: a call whose result is not counted (the one being judged: what it hands back is what every language
    goes on with)."""
    found = {}
    for assignment in flow.assignments_of(method):
        value = assignment.value
        if assignment.unpacked or (leaving_out is not None and (
                value is leaving_out or (value.type == "AwaitExpression" and value.argument is leaving_out))):
            continue
        others = flow.value_names(value) - {assignment.name}
        if others and assignment.name not in found:
            found[assignment.name] = min(others)
    return found


def borrowed_names(flow: ValueFlow, method: Node) -> dict[str, str]:
    """Variables whose value was read out of a container (const row = rows[i]; for (const row of rows); const [ a ] =
    rows[0]): the container's own dictionary or list in JavaScript and Python, a copy in PHP. Name -> how it was
    read."""
    found = {}
    for path in walk(method.value.body):
        node = path.node
        if node.type in ("ForOfStatement", "ForInStatement") and node.left.type == "VariableDeclaration":
            for declarator in node.left.declarations:
                if declarator.id.type == "Identifier":
                    found[declarator.id.name] = "a for ... of loop variable"
    for assignment in flow.assignments_of(method):
        how = ("member", UNPACKED) if assignment.unpacked else flow.borrowed(assignment.value)
        if how is not None and how[0] == "member":
            found[assignment.name] = how[1]
    return found


class HelperReads:
    """Where variables are given a container's own value by a reading helper (const l = this.safeList (d, 'l')),
    directly or through a method that hands back its argument: a node sees a helper's value when a helper read comes
    before it and no statement that every path to the node runs between them gives the variable a value of its own,
    or when a helper read comes after it in a loop around both. Such a value may be changed in place when it is then
    put back where it was read: into the stream state of the same key (this.setStreamState (key, v) after
    this.streamState (key)), or into the same container (d[k] = v after this.safeDict (d, ...)) when that is a
    parameter or a dictionary or list the method builds itself (a copy of another, this.extend (x), shares x's
    nested values, which the change would reach in JavaScript alone), in the base class only."""

    def __init__(self, flow: ValueFlow, method: Node, source) -> None:
        self.flow = flow
        self.reads: dict[str, list[tuple[int, str, tuple | None]]] = {}
        for assignment in flow.assignments_of(method):
            how = None if assignment.unpacked else flow.borrowed(assignment.value)
            if how is not None and how[0] == "helper":
                self.reads.setdefault(assignment.name, []).append(
                    (assignment.offset, how[1], _read_from(assignment.value, source)))
        # (the base class may also put a value back into a parameter it was read from: its callers then see the
        # parameter changed; an exchange's parameter may be a copy whose nested values are another's)
        params = {name for name in parameter_names(method) if name is not None} if source.is_base else set()
        literals: dict[str, bool] = {}
        for assignment in flow.assignments_of(method):
            literals[assignment.name] = literals.get(assignment.name, True) and not assignment.unpacked \
                and _fresh_literal(assignment.value)
        backs: list[tuple[int, str, tuple, Path]] = []
        # A stream state's value given to another key (or handed on whole) is held twice in Node and Python, once in
        # PHP: a change put back into one showed through the other, from any method (red-team round 37).
        self.misplaced_states: list[Path] = []
        stream_reads: collections.Counter = collections.Counter()  # the reads of each stream state, by key
        for path in walk(method.value.body):
            node = path.node
            if node.type == "AssignmentExpression" and node.operator == "=" and node.right.type == "Identifier" \
                    and node.left.type == "MemberExpression" and node.left.object.type == "Identifier":
                backs.append((node.range[0], node.right.name,
                              ("container", node.left.object.name, source.snippet(node.left.property)), path))
            elif class_call(node) == ("this", "streamState") and node.arguments:
                stream_reads["stream", source.snippet(node.arguments[0])] += 1
            elif class_call(node) == ("this", "setStreamState") and len(node.arguments) == 2:
                if node.arguments[1].type == "Identifier":
                    backs.append((node.range[0], node.arguments[1].name,
                                  ("stream", source.snippet(node.arguments[0])), path))
                elif (_read_from(node.arguments[1], source) or ("",))[0] == "stream":
                    self.misplaced_states.append(path)
        # A container is the method's own when it is a dictionary or list it builds of values of its own, or a
        # helper's value that it puts back where it was read from one of those (or into the stream state it came
        # from).
        owned = params | {name for name, literal in literals.items() if literal}
        grew = True
        while grew:
            grew = False
            for name, reads in self.reads.items():
                if name not in owned and all(
                        origin is not None and (origin[0] == "stream" or origin[1] in owned)
                        and any(back[1] == name and back[2] == origin for back in backs)
                        for _, _, origin in reads):
                    owned.add(name)
                    grew = True
        # A stream state is put back changed only where the method reads that state once: a second read of it held
        # the same value, which saw the change in Node and Python alone (red-team round 37). A container's value is
        # put back changed in the base class alone: an exchange's second read of the same key (in a variable of its
        # own, or through another key's variable that held the same text) saw the change in Node and Python alone
        # (round 38).
        self.put_backs = [back for back in backs if (back[2][0] == "stream" and stream_reads[back[2]] == 1)
                          or (back[2][0] != "stream" and back[2][1] in owned and source.is_base)]
        self.misplaced_states += [path for _, name, target, path in backs if target[0] == "stream" and any(
            origin is not None and origin[0] == "stream" and origin != target for _, _, origin in self.reads.get(name, []))]

    def at(self, name: str, path: Path) -> str | None:
        """The helper whose value the variable may hold at path, and does not put back where it was read after
        path; None when it holds none, or every one it may hold is put back."""
        if name not in self.reads:
            return None
        offset = path.node.range[0]
        loops = [ancestor.node.range for ancestor in path.ancestors() if ancestor.type in _LOOPS]
        replaced = [assignment.offset for assignment in dominating_assignments(path, name)
                    if self.flow.borrowed(assignment.value) is None]
        for read, helper, origin in self.reads[name]:
            reaches = (read < offset and not any(read < replacement < offset for replacement in replaced)) \
                or (read > offset and any(start <= read < end for start, end in loops))  # (the loop's next pass)
            put_back = origin is not None and any(
                back > offset and back_name == name and target == origin and _runs_after(back_path, path)
                for back, back_name, target, back_path in self.put_backs)
            if reaches and not put_back:
                return helper
        return None


# The types of values that no change in place reaches (a text, a number, a boolean), as the emitters' types prove them.
SCALARS = frozenset({Type.STRING, Type.NUMBER, Type.BOOLEAN, Type.UNDEFINED, Type.MAYBE_STRING, Type.MAYBE_BOOLEAN})


def _held_values(value: Node) -> list[Node]:
    """The value and the values it holds as they are, at any depth: a literal's entries and elements, and those of a
    literal that this.extend or this.deepExtend merges. (A merge or a spread of another value copies its keys: that
    copy is the method's own, as SUB-D007's hints advise.)"""
    found = [value]
    if value.type == "ObjectExpression":
        for entry in value.properties:
            if entry.type != "SpreadElement":
                found += _held_values(entry.value)
    elif value.type == "ArrayExpression":
        for element in value.elements:
            if element is not None and element.type != "SpreadElement":
                found += _held_values(element)
    elif class_call(value) in (("this", "extend"), ("this", "deepExtend")):
        for argument in value.arguments:
            if argument.type in ("ObjectExpression", "ArrayExpression"):
                found += _held_values(argument)
    return found


def _read_from(value: Node, source) -> tuple | None:
    """Where a helper's call read its value: ("stream", key) for this.streamState (key), ("container", d, key) for a
    helper reading key of the variable d (this.safeDict (d, key)); None otherwise (nothing to put it back into)."""
    if value.type == "AwaitExpression":
        value = value.argument
    call = class_call(value)
    if call is None or call[0] != "this" or not value.arguments:
        return None
    if call[1] == "streamState":
        return "stream", source.snippet(value.arguments[0])
    if value.arguments[0].type == "Identifier" and len(value.arguments) >= 2:
        return "container", value.arguments[0].name, source.snippet(value.arguments[1])
    return None


def _fresh_literal(node: Node) -> bool:
    """A dictionary or list literal all of whose values are literals too (no variable, call or spread in it): what it
    holds is the method's own at every depth."""
    if node.type == "ObjectExpression":
        return all(prop.type == "Property" and _fresh_value(prop.value) for prop in node.properties)
    if node.type == "ArrayExpression":
        return all(element is not None and _fresh_value(element) for element in node.elements)
    return False


def _fresh_value(node: Node) -> bool:
    return node.type == "Literal" or (node.type == "Identifier" and node.name == "undefined") or _fresh_literal(node)


def _runs_after(back: Path, change: Path) -> bool:
    """Whether a put-back runs on the change's path: it is a statement of a block around the change (not in a
    branch of its own)."""
    statement = next((ancestor for ancestor in back.ancestors() if ancestor.parent_type == "BlockStatement"), None)
    if statement is None:
        return False
    block = statement.parent.node
    return block.range[0] <= change.node.range[0] < block.range[1]


class Placements:
    """Where variables are put into a dictionary or list ({ 'k': v }, [ v ], d['k'] = v, list.push (v), a method that
    puts its argument into one), or given to another variable (const b = a): from there on the container or the other
    variable holds the same object in JavaScript, a copy in PHP. Per variable, the stretches of the method's text that
    may run after it was placed: from the place to the end, or to a return or throw that follows it in a block around
    it, and the whole of a loop around it when the variable is declared outside the loop (its next pass changes the
    object placed)."""

    def __init__(self, method: Node, sites: list[tuple[Path, set[str]]], after: bool = False) -> None:
        # after: a site places its names once it has run (const b = a.reverse (): reverse () changes a before b
        # holds it)
        self.stretches: dict[str, list[tuple[int, int]]] = {}
        self.sites: dict[str, list[int]] = {}  # per variable, where it is placed (loops and exits aside)
        end = method.range[1]
        declared = {path.node.id.name: path.node.range[0] for path in walk(method.value.body)
                    if path.type == "VariableDeclarator" and path.node.id.type == "Identifier"}
        for site, names in sites:
            self._place(names, site, end, declared, site.node.range[1] if after else site.node.range[0])

    @classmethod
    def into_containers(cls, flow: ValueFlow, method: Node) -> Placements:
        sites = [(site, flow.value_names(site.node)) for site in placement_sites(method.value.body)]
        for path in walk(method.value.body):
            call = class_call(path.node)
            summary = None if call is None else flow.summary(call)
            if summary is not None:
                arguments = path.node.arguments
                sites.append((path, set().union(*(flow.value_names(arguments[position]) for position in summary[3]
                                                  if position < len(arguments)))))
        return cls(method, sites)

    @classmethod
    def into_variables(cls, flow: ValueFlow, method: Node) -> Placements:
        """The variables given to another one (const b = a; b = c ? a : d; b = this.same (a)): a change of a in place
        after it changes b's value too in JavaScript and Python, not in PHP."""
        sites = []
        for path in walk(method.value.body):
            node = path.node
            if path.type == "VariableDeclarator" and node.id.type == "Identifier" and node.init is not None:
                sites.append((path, flow.value_names(node.init) - {node.id.name}))
            elif path.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier":
                sites.append((path, flow.value_names(node.right) - {node.left.name}))
        return cls(method, sites, after=True)

    def _place(self, names: set[str], path: Path, end: int, declared: dict[str, int], start: int) -> None:
        for name in names:
            self.sites.setdefault(name, []).append(path.node.range[0])
        exits_end_it = not _finally_around(path)  # (a finally block runs after a return or a throw)
        exit_around = next((ancestor for ancestor in path.ancestors() if ancestor.type in _EXITS), None)
        if not names:
            return
        if exits_end_it and exit_around is not None:
            # placed in what a return or throw hands over: only the rest of that statement runs after it on that path
            # (return [ list, list.reverse () ] handed back the list reversed twice in Node, as it was and reversed in PHP)
            for name in names:
                self.stretches.setdefault(name, []).append((start, exit_around.node.range[1]))
            return
        for ancestor in path.ancestors():
            if ancestor.type == "BlockStatement" and exits_end_it:
                exits = [statement.range[1] for statement in ancestor.node.body
                         if statement.type in _EXITS and statement.range[0] > start]
                if exits:
                    end = min(end, exits[0])
        loops = [ancestor.node.range for ancestor in path.ancestors() if ancestor.type in _LOOPS]
        for name in names:
            first = start
            for loop_start, loop_end in loops:
                if not loop_start <= declared.get(name, -1) < loop_end:
                    first = min(first, loop_start)
            self.stretches.setdefault(name, []).append((first, max(end, first)))

    def within(self, name: str, span: tuple[int, int]) -> bool:
        """Whether the variable name is placed by an expression inside span after its start (a['k'] = a, a.push ([ a ]);
        not [ a.sort () ], whose change starts where it is placed)."""
        return any(span[0] < start < span[1] for start in self.sites.get(name, ()))

    def first(self, name: str) -> int | None:
        stretches = self.stretches.get(name)
        return None if not stretches else min(start for start, _ in stretches)

    def covers(self, name: str, offset: int) -> bool:
        return any(start < offset < end for start, end in self.stretches.get(name, ()))



class NoSharedChanges(Rule):
    id = "SUB-D007"
    title = "change a dictionary or list in place only where nothing else shares it (PHP arrays are values)"
    rationale = (
        "JavaScript and Python share one dictionary or list between every variable that holds it; PHP copies an "
        "array when it is assigned or passed. So `const b = a; b['x'] = 1;` changes `a` in Node and Python but "
        "not in PHP, and a helper that fills in the request it is given changes the caller's request in two "
        "languages and a copy in the third. Change a value of your own, and hand it back: return the changed "
        "dictionary and assign the result (`request = this.addRange (request, since)`), or build a new one "
        "(`const b = this.extend (a, {...})`). The same holds for a value read out of a container (`const row = "
        "rows[i]`, a for ... of loop variable), a variable after it was put into one (`{ 'l': list }`, "
        "`d['k'] = list`, `rows.push (row)`, `[].concat (d)`) or given to another variable (`const b = a`, then "
        "`a['k'] = v`), a value nested in another (`d['l'].push (x)`), and what this.safeDict, "
        "this.safeList, this.requiredList, this.safeValue, this.ownValue, this.market, this.currency and "
        "this.streamState hand back: "
        "they are changed in place only as a variable of their own, which is then put back. The object is followed "
        "through conditions (`c ? a : b`), `||` and `&&`, `reverse ()` and `sort ()` (which hand back their array) and "
        "the methods of the class, its parent exchanges and the base class: one that hands back its argument "
        "(`this.toArray (rows)`) gives the caller the same object, one that hands back a container's own value "
        "(`this.safeMarket (id)`, `await this.loadMarkets ()`) a borrowed one, one that passes a parameter on to a "
        "method that changes it changes it too, one that puts its argument into a container (`return { 'p': v }`) "
        "places it; `super.name (...)` runs the inherited method. A parameter counts as the caller's, and a helper's "
        "value as the container's, until a statement that every path runs before the change replaces it (not one "
        "in a branch); names unpacked from a list (`const [ a ] = rows[0]`) are the list's values; a value put into "
        "a container inside a loop is changed by the loop's next pass. A method that overrides an inherited one may "
        "not change a parameter in place, nor hand back a parameter or a container's own value where the inherited "
        "one does not: the inherited methods that call it are out of the file's sight. `x = this.change (x)` in a "
        "try block with a catch clause keeps x changed if the call throws after its change. A "
        "helper's value counts as put back only where it was read, by a statement on the change's path, into the same "
        "stream state (`this.setStreamState (key, v)` after `this.streamState (key)`, the method's one read of that "
        "state): change a copy of a container's value instead (`const v = this.extend (this.safeDict (d, k, {}))`), "
        "and put that in. A stream state is given only a value of the method's own, never a parameter or what one "
        "holds, nor a value read out of another container (`this.setStreamState (key, this.extend ({}, params))`). "
        "`pop ()` and "
        "`shift ()` hand back the list's own element; a `finally` block, and a `catch` clause after a call that "
        "throws, run after the return before them; a value nested under an option (`this.options['k']['n'] = v`) is "
        "changed by replacing the option."
    )
    bad = ("addLimit (request, limit) {\n    request['limit'] = limit;\n    return request;\n}\n\n"
           "tradesRequest (symbol, limit = undefined) {\n    const request = { 'pair': symbol };\n"
           "    this.addLimit (request, limit);\n    return request;\n}")
    good = ("addLimit (request, limit) {\n    request['limit'] = limit;\n    return request;\n}\n\n"
            "tradesRequest (symbol, limit = undefined) {\n    return this.addLimit ({ 'pair': symbol }, limit);\n}")
    hint = "use the changed value the method returns (x = this.method (x, ...)), or copy first (this.extend (x))"
    example_scope = "class"

    def __init__(self, context) -> None:
        super().__init__(context)
        # per method, worked out once: its borrowed names, helper reads and placements
        self._methods: dict[int, tuple[dict[str, str], HelperReads, Placements, Placements]] = {}

    @property
    def flow(self) -> ValueFlow:
        return self.context.value_flow  # (worked out once per file, when a method is first visited)

    def _of_method(self, method: Node) -> tuple[dict[str, str], HelperReads, Placements, Placements]:
        if id(method) not in self._methods:
            self._methods[id(method)] = (borrowed_names(self.flow, method),
                                         HelperReads(self.flow, method, self.context.source),
                                         Placements.into_containers(self.flow, method),
                                         Placements.into_variables(self.flow, method))
        return self._methods[id(method)]

    def visit_MethodDefinition(self, path: Path) -> None:
        method = path.node
        self._check_override(method)
        shared = aliases(self.flow, method)
        borrowed, reads, placed, aliased = self._of_method(method)
        for misplaced in reads.misplaced_states:
            self.report(misplaced.node, "a stream state's own value given to another key: it is one value in Node and "
                                        "Python, two in PHP, so a change put back into one shows through the other "
                                        "in Node and Python alone", "give a copy: this.setStreamState (key, "
                                        "this.extend ({}, value)), or a new list")
        for state, whose in self._foreign_states(method, borrowed, reads):
            self.report(state, f"a stream state given {whose}: a change of that state put back (this.streamState "
                               "(key), then this.setStreamState (key, v)) then changes it in place, where the caller "
                               "or the container holds it too (red-team round 72: a caller's params, and the api list "
                               "that sign () is given, which Python shares between the instances of a class)",
                        "give a copy: this.setStreamState (key, this.extend ({}, value)), or this.arrayConcat ([], "
                        "value) for a list; a text or a number nested in the value, as a read that proves it one "
                        "(this.safeString (...), this.safeNumber (...))")
        for inner in walk(method.value.body):
            root = changed_root(inner.node)
            # (what PHP cannot write to: a write under anything but a variable or this, and an array method's change
            # of anything but a new value: a literal's own sort () or push () shares nothing, where PHP sorted a copy
            # of (a || []), (c ? a : b) and a.sort () in (a || []).sort () and a.sort ().reverse (); red-team round 58)
            if root is not None and root.type not in ("Identifier", "ThisExpression", "Super") \
                    and (inner.type != "CallExpression" or not fresh_value(root)):
                self.report(inner.node, f"a change in place of what {self.context.source.snippet(root)} gives: in "
                                        "JavaScript and Python the value it came from changes, in PHP a temporary "
                                        "copy", "take the value into a variable, change it, and put it back")
            variable = changed_variable(inner.node)
            helper = None if variable is None else reads.at(variable.name, inner)
            if variable is not None and variable.name not in shared and variable.name in borrowed:
                self.report(inner.node, f"{variable.name} is {borrowed[variable.name]}: changing it in place changes "
                                        "the container's value in JavaScript and Python, but a copy in PHP",
                            f"change a copy and put it back: const {variable.name} = this.extend (...); ...; "
                            f"container[key] = {variable.name}; (or build a new value)")
            elif variable is not None and variable.name not in shared and helper is not None:
                self.report(inner.node, f"{variable.name} is a dictionary's or list's own value (read with "
                                        f"this.{helper} (...)): changing it in place changes the container's value "
                                        "in JavaScript and Python, but a copy in PHP",
                            f"put it back after the change (this.setStreamState (key, {variable.name})), or change "
                            f"a copy: this.extend ({variable.name})" if helper == "streamState" else
                            f"change a copy, and put that in: const {variable.name} = this.extend (this.{helper} "
                            "(...))")
            elif variable is not None and placed.within(variable.name, inner.node.range):
                self.report(inner.node, f"{variable.name} is put into itself: JavaScript and Python make a cycle "
                                        "(which JSON.stringify, join and '' + read otherwise in each), PHP a copy "
                                        "that holds the value as it was", f"put a copy in: this.extend "
                                                                          f"({variable.name})")
            elif variable is not None and variable.name not in shared and placed.covers(variable.name,
                                                                                        inner.node.range[0]):
                self.report(inner.node, f"{variable.name} was put into a dictionary or list above: changing it in "
                                        "place now changes that entry too in JavaScript and Python, but not in PHP, "
                                        "where the entry is a copy", f"finish {variable.name} before putting it "
                                                                     "anywhere, or put it in again after the change")
            elif variable is not None and variable.name not in shared and aliased.covers(variable.name,
                                                                                         inner.node.range[0]):
                self.report(inner.node, f"{variable.name} was given to another variable above: changing it in place "
                                        "now changes that variable's value too in JavaScript and Python, but not in "
                                        "PHP, where that variable holds a copy",
                            f"finish {variable.name} before giving it to another variable, or give a copy: "
                            f"this.extend ({variable.name})")
            nested = None if self.context.source.is_base else nested_target(inner.node)
            if nested is not None:
                shown = self.context.source.snippet(nested)
                self.report(inner.node, f"a change inside {shown}, a value nested in another: if it is also held "
                                        "elsewhere (a variable put into the container, a value read out of another "
                                        "one), JavaScript and Python change it there too, PHP only this copy",
                            f"take the nested value into a variable, change it, and put it back: const inner = "
                            f"this.extend ({shown}); inner[key] = value; container[key] = inner;")
            if variable is not None and variable.name in shared:
                self.report(inner.node, f"{variable.name} holds the value of {shared[variable.name]}: changing it in "
                                        f"place changes {shared[variable.name]} too in JavaScript and Python, but not "
                                        "in PHP, where it is a copy",
                            f"make {variable.name} a copy of its own: const {variable.name} = "
                            f"this.extend ({shared[variable.name]}) (or this.arrayConcat ([], ...) for a list)")

    def _foreign_states(self, method: Node, borrowed: dict[str, str], reads: HelperReads) -> list[tuple[Node, str]]:
        """The values given to this.setStreamState (key, value), and the defaults of this.streamState (key, default),
        that are not the method's own, or hold one that is not, nested in a literal or a merge (the base's book
        helpers change a book's sides in place: red-team round 74): a parameter (the caller's object, or the
        runtime's), or a value read out of a container other than that state. A stream state's value is changed in
        place once put back, so it must be a value no one else holds."""
        closure = self.flow.holders(method)
        params = parameter_names(method)
        found = []
        for path in walk(method.value.body):
            node = path.node
            # (the value given, or the default that streamState hands back while the state has none)
            if class_call(node) not in (("this", "setStreamState"), ("this", "streamState")) or len(node.arguments) != 2:
                continue
            # (a state's value given to a state: the same one put back, or another's, which misplaced_states judges)
            given = class_call(node)[1] == "setStreamState"
            value = node.arguments[1]
            foreign = [whose for held in _held_values(value) if held is value or self.context.type_of(
                method, held) not in SCALARS for whose in self._not_owned(held, method, closure, params, borrowed,
                                                                          reads, given)]
            if foreign:
                found.append((node, foreign[0]))
        return found

    def _not_owned(self, value: Node, method: Node, closure, params: list, borrowed: dict[str, str],
                   reads: HelperReads, given: bool) -> list[str]:
        """Whose the value may be, when not the method's own (see _foreign_states), the parameter first."""
        names = self.flow.value_names(value)
        held = closure.mask(names)
        foreign = [f"{name} ({how})" for name, how in borrowed.items() if closure.holds(held, name)]
        foreign += [f"{name} (a value of this.{helper} (...))" for name, entries in reads.reads.items()
                    for _, helper, origin in entries
                    if closure.holds(held, name) and not (given and origin is not None and origin[0] == "stream")]
        direct = self.flow.borrowed(value) if value.type != "Identifier" else None
        if direct is not None and not (given and (_read_from(value, self.context.source) or ("",))[0] == "stream"):
            kind, what = direct
            foreign.append(f"a value {what}" if kind == "member" else f"a value of this.{what} (...)")
        positions = sorted(self.flow.parameters_in(names, method))
        if positions:
            foreign.insert(0, f"the parameter {params[positions[0]]}")
        return foreign

    def _check_override(self, method: Node) -> None:
        """A method that overrides an inherited one is called by the inherited methods too, with their own values,
        out of this file's sight: it may not change a parameter in place, nor hand back a parameter or a container's
        own value where the inherited one does not and an inherited method calls it (those callers were judged by what
        the inherited method does: a copy it handed back was theirs to change)."""
        name = method.key.name if method.key.type == "Identifier" else None
        if self.context.source.is_base or name not in self.flow.inherited:
            return
        params = parameter_names(method)

        def named(positions) -> str:
            return ", ".join(str(params[position]) for position in sorted(positions) if position < len(params))

        if self.flow.changed.get(name):
            self.report(method.key, f"{name} overrides an inherited method and changes {named(self.flow.changed[name])} "
                                    "in place: the inherited methods that call it (the base class's or a parent "
                                    "exchange's) pass their own dictionaries and lists, which JavaScript and Python "
                                    "would change and PHP would not",
                        f"change a copy (const copy = this.extend (...)) and hand back what {name} gives")
        inherited_returned, inherited_borrowed, _, _ = self.flow.inherited[name]
        returned = self.flow.returned[name] - inherited_returned
        borrowed = self.flow.returns_borrowed[name] and not inherited_borrowed
        if (returned or borrowed) and name in inherited_callees(self.context.source.path, self.context.exchange):
            what = f"hands back {named(returned)}" if returned else "hands back a container's own value"
            self.report(method.key, f"{name} overrides an inherited method that does not, and {what}: the inherited "
                                    "methods that call it were checked as if what it hands back were theirs to "
                                    "change, where it would be the caller's or a container's value in JavaScript and "
                                    "Python and a copy in PHP (red-team round 39)",
                        f"hand back a copy, as the inherited {name} does: this.extend (...)")

    def visit_CallExpression(self, path: Path) -> None:
        call = path.node
        called = class_call(call)
        summary = None if called is None else self.flow.summary(called)
        if summary is None or not summary[2]:
            return
        shown_call = f"{called[0]}.{called[1]} ()"
        method = path.enclosing_method()
        borrowed, reads, placed, _ = self._of_method(method.node) if method is not None else ({}, None, None, None)
        target = _assigned_name(path)
        for position in sorted(summary[2]):
            if position >= len(call.arguments):
                continue
            argument_node = call.arguments[position]
            names = self.flow.value_names(argument_node)
            how = self.flow.borrowed(argument_node)
            if not names and how is not None:
                shown = self.context.source.snippet(argument_node)
                self.report(call, f"{shown_call} changes {shown} in place, a dictionary's or list's own value: "
                                  "JavaScript and Python change it in its container, PHP a copy",
                            f"pass a copy and put the result back: container[key] = {called[0]}.{called[1]} "
                            f"(this.extend ({shown}), ...)")
                continue
            for argument in sorted(names):
                if argument in borrowed or (reads is not None and reads.at(argument, path) is not None):
                    self.report(call, f"{shown_call} changes {argument} in place, a dictionary's or list's own "
                                      "value: JavaScript and Python change it in its container, PHP a copy",
                                f"pass a copy: {called[0]}.{called[1]} (this.extend ({argument}), ...), and put the "
                                "result back into the container")
                    continue
                discarded = target is None and _discarded(path)
                assigned_back = argument == target or _replaced_around(path, argument)
                # (a call that throws after its change hands nothing back: a catch or finally clause around it goes
                # on with the variable, changed in JavaScript and Python and not in PHP; red-team round 39)
                caught = assigned_back and _finally_around(path)
                beside = _read_beside(path, argument, argument_node)
                if not discarded and not beside \
                        and ((assigned_back and not caught and not _held_elsewhere(self.flow, path, argument, placed))
                             or not _shared_after(self.flow, path, argument, placed)):
                    continue  # x = this.method (x, ...), or x never seen again: every language goes on alike
                used = f"its statement reads {argument} beside the call" if beside \
                    else "its result is not used" if discarded \
                    else f"a catch or finally clause around it goes on with {argument} if it throws" if caught \
                    else f"its result is not assigned back to {argument}"
                self.report(call, f"{shown_call} changes {argument} in place and {used}: in PHP, which passes "
                                  f"arrays by value, {argument} would stay as it was",
                            f"change a copy: {argument} = {called[0]}.{called[1]} (this.extend ({argument}), ...)"
                            if caught else f"return the changed value from {called[1]} and assign it: "
                                           f"{argument} = {called[0]}.{called[1]} ({argument}, ...)")


def _finally_around(path: Path) -> bool:
    """Whether code may run after a return or throw at path: a finally block, or a catch clause of a try block around
    it (a call that throws past its own return goes on there)."""
    return any(ancestor.type == "TryStatement" and (ancestor.node.finalizer is not None or (
        ancestor.node.handler is not None and ancestor.node.block.range[0] <= path.node.range[0]
        < ancestor.node.block.range[1])) for ancestor in path.ancestors())


def _result_parent(path: Path) -> Path | None:
    """What takes the call's result, past an await."""
    parent = path.parent
    return parent.parent if parent is not None and parent.type == "AwaitExpression" else parent


def _discarded(path: Path) -> bool:
    """Whether the call at path is a statement of its own (awaited or not)."""
    parent = _result_parent(path)
    return parent is not None and parent.type == "ExpressionStatement"


def _assigned_name(path: Path) -> str | None:
    """The variable that the call's result (awaited or not) is assigned to: x in x = this.m (...)."""
    parent = _result_parent(path)
    if parent is not None and parent.type == "AssignmentExpression" and parent.node.operator == "=" \
            and parent.node.left.type == "Identifier":
        return parent.node.left.name
    return None


def _replaced_around(path: Path, name: str) -> bool:
    """Whether the call at path is inside the value of an assignment to the variable name that reads it no more
    after the call (book = this.a (this.b (book))): every language goes on with the value handed back."""
    end = path.node.range[1]
    for ancestor in path.ancestors():
        if _is_statement(ancestor):
            return False
        node = ancestor.node
        if ancestor.type == "AssignmentExpression" and node.operator == "=" and node.left.type == "Identifier" \
                and node.left.name == name and node.right.range[0] <= path.node.range[0]:
            return not any(inner.node.type == "Identifier" and inner.node.name == name
                           and end <= inner.node.range[0] for inner in walk(node.right))
    return False


def _held_elsewhere(flow: ValueFlow, path: Path, name: str, placed: Placements | None) -> bool:
    """Whether another variable or a container may hold the object of the variable name (where JavaScript shows a
    change to it and PHP does not)."""
    method = path.enclosing_method()
    if method is None:
        return True
    shared = aliases(flow, method.node, leaving_out=path.node)
    return name in shared or name in shared.values() or placed is None or placed.covers(name, path.node.range[0])


def _is_statement(path: Path) -> bool:
    return path.type.endswith("Statement") or path.type == "VariableDeclaration"


def _read_beside(path: Path, name: str, argument: Node) -> bool:
    """Whether the call's statement reads the variable name elsewhere than in the changed argument, up to the call's
    end: such a read is looked at after the call too. `ids + this.grow (ids)` converts ids after the call, a callee's
    other argument (`this.growBoth (ids, ids)`) is the list itself, and a computed key is converted after the value
    (red-team round 36: 'a,x1' in Node and Python, 'a1' in PHP), whether or not the result is assigned back to ids
    (round 37). The target of the statement's assignment is no read."""
    method = path.enclosing_method()
    statement = next((ancestor for ancestor in path.ancestors() if _is_statement(ancestor)), None)
    if method is None or statement is None:
        return False
    assigned = statement.node.expression.left if statement.type == "ExpressionStatement" \
        and statement.node.expression.type == "AssignmentExpression" else None
    offsets = _name_offsets(method.node).get(name, [])
    inside = argument.range
    for offset in offsets[bisect.bisect_left(offsets, statement.node.range[0]):]:
        if offset >= path.node.range[1]:
            return False
        if not (inside[0] <= offset < inside[1]) and (assigned is None or offset != assigned.range[0]):
            return True
    return False


def _shared_after(flow: ValueFlow, path: Path, name: str, placed: Placements | None) -> bool:
    """Whether the variable name can be seen after the call at path: read later on the call's path (up to its
    return or throw statement), read by the loop's next pass, or shared (another variable given its value, or put
    into a container), where JavaScript shows the change and PHP does not."""
    method = path.enclosing_method()
    ancestors = list(path.ancestors())
    if method is None or any(ancestor.type in _LOOPS for ancestor in ancestors) \
            or _held_elsewhere(flow, path, name, placed):
        return True
    end = path.node.range[1]
    exit_statement = None if _finally_around(path) else next(
        (ancestor for ancestor in ancestors if ancestor.type in _EXITS), None)
    # (below a return or a throw, the text runs on other paths only)
    limit = exit_statement.node.range[1] if exit_statement is not None else method.node.range[1]
    offsets = _name_offsets(method.node).get(name, [])
    first_after = bisect.bisect_right(offsets, end)
    return first_after < len(offsets) and offsets[first_after] < limit


_NAME_OFFSETS: "weakref.WeakKeyDictionary[Node, dict[str, list[int]]]" = weakref.WeakKeyDictionary()


def _name_offsets(method: Node) -> dict[str, list[int]]:
    """Per name, where the method's body names it, in order: indexed once per method, where a walk of the body for each
    call made a method of many calls quadratic (3,000 calls in one statement, 74 KB: 67 s of `exkit check`; red-team
    round 27)."""
    found = _NAME_OFFSETS.get(method)
    if found is None:
        found = {}
        for inner in walk(method.value.body):
            if inner.node.type == "Identifier":
                found.setdefault(inner.node.name, []).append(inner.node.range[0])
        for offsets in found.values():
            offsets.sort()
        _NAME_OFFSETS[method] = found
    return found
