"""black's layout of the Python modules the emitter prints, computed here instead of by running black on each.

black (pinned) stays the formatter of record, but it spends most of its time parsing. The emitter prints a small,
regular part of Python: one statement per line, no comments inside expressions, no lambdas, comprehensions, slices
or `**`. For that part, layout() does what black does: the same invisible parentheses, the same splits of long lines
(right-hand splits that may omit optional parentheses, delimiter splits, the def's left-hand split), the same
trailing commas, magic trailing commas and docstrings. Anything outside it raises Unsupported, and format_python()
gives that module to black. tests/test_formatting.py holds layout() to black's output on every module the emitter
makes (the exchanges, the base class, the emitter's cases), and `build.py --check` runs black over every generated
module.

The functions carry the names of their counterparts in black (linegen.py, lines.py, brackets.py), so that each rule
can be compared with the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from black.strings import fix_multiline_docstring, normalize_string_quotes, str_width

LINE_LENGTH = 110  # the generated Python's (modules.BLACK_MODE is black's mode with it)

# Delimiter priorities (black's brackets.py): a line splits at the delimiters of the highest priority first.
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
COMPARATOR_PRIORITY = 10
MATH_PRIORITIES = {"|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4}
DOT_PRIORITY = 1

OPENING = {"(": ")", "[": "]", "{": "}"}
CLOSING = {")", "]", "}"}
COMPARISONS = {"<", ">", "==", "!=", "<=", ">="}
ASSIGNMENTS = {"=", "+=", "-=", "*=", "/=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="}
KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}
CONSTANTS = {"False", "None", "True"}

TOKEN = re.compile(r"""
    (?P<space>[ ]+)
  | (?P<comment>\#.*)
  | (?P<string>[rRbBuUfF]{0,2}(?:'''|\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))
  | (?P<number>(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[jJ]?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\*\*=|//=|>>=|<<=|->|:=|\*\*|//|<<|>>|<=|>=|==|!=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|\.\.\.|[-+*/%@&|^~<>()\[\]{},:.;=])
""", re.VERBOSE)


class Unsupported(Exception):
    """Something layout() does not lay out as black does: black formats the module instead."""


class CannotSplit(Exception):
    """A transform that does not apply to a line (black's CannotTransform)."""


class Leaf:
    """One token of a statement, with what black's decisions need to know about it.

    bracket: for brackets, which one ("(" also for black's invisible parentheses, whose value is ""); role: what
    the parser found, where black would look at the token's parent node:
      brackets: atom (parenthesised expression, tuple, list, dict), trailer (call, subscript), params (a def's),
        invisible (optional parentheses black adds around a statement's part: an atom), invisible-test (around a
        conditional expression), invisible-import (around an import's names)
      commas: comma, arg-comma (between a call's arguments), param-comma (between a def's parameters),
        annotation-comma (inside a parameter's annotation)
      operators: math, unary, comparison, comparison-after-not, comparison-after-is, logic, ternary, dot, kwarg (the
        `=` of a keyword argument or default), assign, walrus, vararg, vararg-call, vararg-def, for-in, import
    """

    __slots__ = ("kind", "value", "space", "role", "bracket", "opening", "depth")

    def __init__(self, kind: str, value: str, space: bool, role: str = "", bracket: str = "") -> None:
        self.kind = kind  # name, keyword, number, string, op
        self.value = value
        self.space = space  # a space before it (black's prefix), unless it starts a line
        self.role = role
        self.bracket = bracket
        self.opening: Leaf | None = None  # a closing bracket's opening bracket
        self.depth = 0  # bracket depth, as the last line that tracked it counted

    def __repr__(self) -> str:
        return f"Leaf({self.value!r}, {self.role!r})"


def is_opening(leaf: Leaf) -> bool:
    return leaf.bracket in OPENING


def is_closing(leaf: Leaf) -> bool:
    return leaf.bracket in CLOSING


def is_equal(leaf: Leaf) -> bool:
    """black's token.EQUAL: an assignment's `=` or a keyword argument's."""
    return leaf.kind == "op" and leaf.value == "=" and leaf.role in ("assign", "kwarg")


def invisible_pair(role: str) -> tuple[Leaf, Leaf]:
    opening = Leaf("op", "", False, role, "(")
    closing = Leaf("op", "", False, role, ")")
    closing.opening = opening
    return opening, closing


# --- parsing a statement: black's node types, as roles on the leaves --------------------------------------------


class Parser:
    """Recursive descent over one statement's leaves, for the expressions the emitter prints. It marks roles and
    records the conditional expressions that black wraps in invisible parentheses (visit_test)."""

    def __init__(self, leaves: list[Leaf]) -> None:
        self.leaves = leaves
        self.index = 0
        self.tests: list[tuple[Leaf, Leaf]] = []  # first and last leaf of each conditional expression

    def peek(self, offset: int = 0) -> Leaf | None:
        position = self.index + offset
        return self.leaves[position] if position < len(self.leaves) else None

    def at(self, *values: str) -> bool:
        if self.index >= len(self.leaves):
            return False
        leaf = self.leaves[self.index]
        return leaf.value in values and leaf.kind in ("op", "keyword")

    def take(self, role: str = "") -> Leaf:
        leaf = self.peek()
        if leaf is None:
            raise Unsupported("unexpected end of a statement")
        if role:
            leaf.role = role
        self.index += 1
        return leaf

    def expect(self, value: str, role: str = "") -> Leaf:
        if not self.at(value):
            raise Unsupported(f"expected {value!r}")
        return self.take(role)

    def done(self) -> bool:
        return self.index == len(self.leaves)

    def test(self) -> None:
        start = self.index
        self.or_test()
        if self.at("if"):
            self.take("ternary")
            self.or_test()
            self.expect("else", "ternary")
            self.test()
            self.tests.append((self.leaves[start], self.leaves[self.index - 1]))
        if self.at(":="):
            raise Unsupported("a walrus outside parentheses")

    def namedexpr_test(self) -> None:
        """A test that may be `name := test` (inside parentheses, as the emitter prints it)."""
        leaf, following = self.peek(), self.peek(1)
        if leaf is not None and leaf.kind == "name" and following is not None and following.value == ":=":
            self.take()
            self.take("walrus")
        self.test()

    def or_test(self) -> None:
        self.and_test()
        while self.at("or"):
            self.take("logic")
            self.and_test()

    def and_test(self) -> None:
        self.not_test()
        while self.at("and"):
            self.take("logic")
            self.not_test()

    def not_test(self) -> None:
        if self.at("not"):
            self.take("unary")
            self.not_test()
        else:
            self.comparison()

    def comparison(self) -> None:
        self.arith()
        while True:
            leaf = self.peek()
            if leaf is not None and leaf.kind == "op" and leaf.value in COMPARISONS:
                self.take("comparison")
            elif self.at("in"):
                self.take("comparison")
            elif self.at("not") and self.peek(1) is not None and self.peek(1).value == "in":
                self.take("comparison")
                self.take("comparison-after-not")
            elif self.at("is"):
                self.take("comparison")
                if self.at("not"):
                    self.take("comparison-after-is")
            else:
                return
            self.arith()

    def arith(self) -> None:
        self.factor()
        while self.peek() is not None and self.peek().kind == "op" and self.peek().value in MATH_PRIORITIES:
            self.take("math")
            self.factor()

    def factor(self) -> None:
        if self.at("-", "+", "~"):
            self.take("unary")
            self.factor()
        else:
            self.power()

    def power(self) -> None:
        if self.at("await"):
            self.take("await")
            if self.at("("):
                raise Unsupported("parentheses after await")
        self.atom()
        while True:
            if self.at("("):
                self.bracketed("trailer", self.argument, "arg-comma")
            elif self.at("["):
                self.bracketed("trailer", self.index_item)
            elif self.at("."):
                self.take("dot")
                if self.peek() is None or self.peek().kind != "name":
                    raise Unsupported("an attribute that is not a name")
                self.take()
            else:
                return

    def atom(self) -> None:
        leaf = self.peek()
        if leaf is None:
            raise Unsupported("a missing operand")
        if leaf.kind == "name" or (leaf.kind == "keyword" and leaf.value in CONSTANTS):
            self.take()
        elif leaf.kind == "number":
            self.take()
            if self.at("."):
                raise Unsupported("an attribute of a number")
        elif leaf.kind == "string":
            self.take()
            if self.peek() is not None and self.peek().kind == "string":
                raise Unsupported("implicit string concatenation")
        elif self.at("(", "["):
            opening = self.peek()
            self.bracketed("atom", self.sequence_item)
            if opening.value == "[":
                self.one_item(opening)
        elif self.at("{"):
            opening = self.peek()
            self.bracketed("atom", self.dictionary_item)
            self.one_item(opening)
        else:
            raise Unsupported(f"the operand {leaf.value!r}")

    def one_item(self, opening: Leaf) -> None:
        """black makes redundant parentheses around the only item of a list or set invisible (visit_atom)."""
        start = next(index for index in range(self.index - 1, -1, -1) if self.leaves[index] is opening)
        if redundant_atom(self.leaves[start + 1:self.index - 1]):
            raise Unsupported("parentheses around a list's only item")

    def bracketed(self, kind: str, item, comma: str = "comma") -> None:
        """A bracket pair around items separated by commas (see separated)."""
        opening = self.take(kind)
        opening.bracket = opening.value
        closer = OPENING[opening.value]
        if not self.at(closer):
            self.separated(item, comma)
        closing = self.expect(closer, kind)
        closing.bracket = closer
        closing.opening = opening

    def separated(self, item, comma: str = "comma") -> None:
        """Items separated by commas up to a closing bracket, which may follow a trailing comma."""
        while True:
            item()
            if self.at("for", "async"):
                raise Unsupported("a comprehension")
            if not self.at(","):
                return
            self.take(comma)
            if self.at(")", "]", "}"):
                return

    def sequence_item(self) -> None:
        if self.at("*"):
            self.take("vararg")
        self.namedexpr_test()

    def dictionary_item(self) -> None:
        if self.at("**"):
            raise Unsupported("dictionary unpacking")
        self.test()
        if self.at(":"):
            self.take("colon")
            self.test()

    def argument(self) -> None:
        leaf, following = self.peek(), self.peek(1)
        if self.at("*", "**"):
            self.take("vararg-call")
            self.test()
        elif leaf is not None and leaf.kind == "name" and following is not None and following.value == "=":
            self.take()
            self.take("kwarg")
            self.test()
        else:
            self.namedexpr_test()

    def index_item(self) -> None:
        if self.at(":"):
            raise Unsupported("a slice")
        self.test()
        if self.at(":"):
            raise Unsupported("a slice")

    def parameter(self) -> None:
        if self.at("*", "**"):
            self.take("vararg-def")
        if self.peek() is None or self.peek().kind != "name":
            raise Unsupported("a parameter")
        self.take()
        if self.at(":"):
            self.take("colon")
            start = self.index
            self.test()
            for leaf in self.leaves[start:self.index]:
                if leaf.role == "comma":
                    leaf.role = "annotation-comma"
        if self.at("="):
            self.take("kwarg")
            self.test()

    def testlist(self) -> None:
        """Expressions separated by commas: an unparenthesised tuple, or one expression."""
        while True:
            if self.at("*"):
                self.take("vararg")
            self.test()
            if not self.at(","):
                return
            self.take("comma")
            if self.done() or self.at("=", ":", "in") or self.peek().value in ASSIGNMENTS:
                return


def top_level(leaves: list[Leaf]):
    """The leaves outside every bracket pair among leaves (the brackets themselves left out)."""
    depth = 0
    for leaf in leaves:
        if is_opening(leaf):
            depth += 1
        elif is_closing(leaf):
            depth -= 1
        elif depth == 0:
            yield leaf


def redundant_atom(inner: list[Leaf]) -> bool:
    """inner is one parenthesised atom, `( ... )`, whose parentheses black makes invisible where it removes
    redundant ones (maybe_make_parens_invisible_in_atom): not a tuple, an empty pair, a walrus or an unpacking."""
    if len(inner) < 3 or inner[0].value != "(" or inner[0].role != "atom" or inner[-1].opening is not inner[0]:
        return False
    return not any(leaf.role in ("comma", "walrus", "vararg") for leaf in top_level(inner[1:-1]))


def is_ternary(inner: list[Leaf]) -> bool:
    """inner is a conditional expression at its top level."""
    return any(leaf.role == "ternary" for leaf in top_level(inner))


def normalize_invisible_parens(leaves: list[Leaf], start: int, end: int, after_in: bool = False) -> list[Leaf]:
    """black's normalize_invisible_parens for the child leaves[start:end] of a statement: a parenthesised atom loses
    its redundant parentheses (made invisible; nested pairs become one), a tuple in parentheses stays as it is, and
    anything else is wrapped in invisible parentheses."""
    inner = leaves[start:end]
    if not inner:
        return leaves
    spans_atom = is_opening(inner[0]) and inner[-1].opening is inner[0]
    if spans_atom and inner[0].value == "(":
        if not redundant_atom(inner):
            return leaves  # a tuple, an empty pair: kept as written, and not wrapped
        outer_open, outer_close = inner[0], inner[-1]
        content = inner[1:-1]
        while redundant_atom(content):
            content = content[1:-1]
        if after_in and is_ternary(content):
            return leaves[:start] + [outer_open] + content + [outer_close] + leaves[end:]  # one visible pair stays
        outer_open.value = outer_close.value = ""
        outer_open.role = outer_close.role = "invisible"
        return leaves[:start] + [outer_open] + content + [outer_close] + leaves[end:]
    opening, closing = invisible_pair("invisible")
    opening.space, inner[0].space = inner[0].space, False
    return leaves[:start] + [opening] + inner + [closing] + leaves[end:]


def wrap_tests(parser: Parser, leaves: list[Leaf]) -> list[Leaf]:
    """black's visit_test: a conditional expression that is not the whole content of a pair of parentheses gets
    invisible parentheses of its own."""
    for first, last in reversed(parser.tests):  # the enclosing expression first: its parentheses go outside
        start = next(index for index, leaf in enumerate(leaves) if leaf is first)
        end = next(index for index, leaf in enumerate(leaves) if leaf is last) + 1
        before = leaves[start - 1] if start > 0 else None
        after = leaves[end] if end < len(leaves) else None
        if before is not None and before.bracket == "(" and after is not None and after.opening is before:
            continue
        opening, closing = invisible_pair("invisible-test")
        opening.space, first.space = first.space, False
        leaves = leaves[:start] + [opening] + leaves[start:end] + [closing] + leaves[end:]
    return leaves


def parse_statement(leaves: list[Leaf]) -> list[Leaf]:
    """The statement's leaves with roles, and with black's invisible parentheses inserted."""
    if any(leaf.kind in ("op", "keyword") and leaf.value in ("**", "lambda", "yield", ";", "...") for leaf in leaves):
        raise Unsupported("a construct outside the subset")
    parser = Parser(leaves)
    first = leaves[0]
    keyword = first.value if first.kind == "keyword" else ""
    if keyword in ("def", "async"):
        return wrap_tests(parser, _parse_def(parser))
    if keyword == "from":
        return _parse_import(parser)
    if keyword in ("pass", "break", "continue", "else", "try", "finally"):
        parser.take()
        if keyword in ("else", "try", "finally"):
            parser.expect(":")
        if not parser.done():
            raise Unsupported("a statement after a keyword")
        return leaves
    if keyword in ("return", "raise"):
        parser.take()
        if parser.done():
            return leaves
        start = parser.index
        if keyword == "return":
            parser.testlist()
        else:
            parser.test()
        if not parser.done():
            raise Unsupported("raise ... from")
        if keyword == "return":
            leaves = normalize_invisible_parens(leaves, start, len(leaves))
        return wrap_tests(parser, leaves)
    if keyword in ("if", "elif", "while"):
        parser.take()
        start = parser.index
        parser.test()
        colon = parser.index
        parser.expect(":")
        if not parser.done():
            raise Unsupported("a body on the header's line")
        return wrap_tests(parser, normalize_invisible_parens(leaves, start, colon))
    if keyword == "for":
        return wrap_tests(parser, _parse_for(parser))
    if keyword == "except":
        parser.take()
        start = parser.index
        parser.test()
        end = parser.index
        if parser.at("as"):
            parser.take()
            if parser.peek() is None or parser.peek().kind != "name":
                raise Unsupported("except ... as something else than a name")
            parser.take()
        parser.expect(":")
        if not parser.done():
            raise Unsupported("a body on the header's line")
        return wrap_tests(parser, normalize_invisible_parens(leaves, start, end))
    if keyword and keyword not in {"await", "not"} | CONSTANTS:
        raise Unsupported(f"the statement {keyword}")
    return wrap_tests(parser, _parse_expression_statement(parser))


def _parse_def(parser: Parser) -> list[Leaf]:
    if parser.at("async"):
        parser.take()
    parser.expect("def")
    if parser.peek() is None or parser.peek().kind != "name":
        raise Unsupported("a def without a name")
    parser.take()
    parser.bracketed("params", parser.parameter, "param-comma")
    annotation = None
    if parser.at("->"):
        parser.take("arrow")
        annotation = parser.index
        parser.test()
    colon = parser.index
    parser.expect(":")
    if not parser.done():
        raise Unsupported("a def with its body on its line")
    if annotation is None:
        return parser.leaves
    if is_opening(parser.leaves[annotation]) and parser.leaves[annotation].value == "(":
        raise Unsupported("a parenthesised return annotation")
    return normalize_invisible_parens(parser.leaves, annotation, colon)


def _parse_import(parser: Parser) -> list[Leaf]:
    parser.take("import")
    while not parser.at("import"):
        parser.take()
    parser.take()
    names = parser.index
    while not parser.done():
        leaf = parser.take()
        if leaf.value == "," and leaf.kind == "op":
            leaf.role = "comma"
        elif leaf.kind != "name" and leaf.value != "as":
            raise Unsupported("an import of something else than names")
    opening, closing = invisible_pair("invisible-import")
    leaves = parser.leaves
    opening.space, leaves[names].space = leaves[names].space, False
    return leaves[:names] + [opening] + leaves[names:] + [closing]


def _parse_for(parser: Parser) -> list[Leaf]:
    parser.take()
    target = parser.index
    leaf = parser.take()
    if leaf.kind != "name" or not parser.at("in"):
        raise Unsupported("a for loop over something else than one name")
    iterable = parser.index + 1
    parser.take("for-in")
    parser.testlist()
    colon = parser.index
    parser.expect(":")
    if not parser.done():
        raise Unsupported("a body on the header's line")
    leaves = normalize_invisible_parens(parser.leaves, iterable, colon, after_in=True)
    return normalize_invisible_parens(leaves, target, target + 1)


def _parse_expression_statement(parser: Parser) -> list[Leaf]:
    parser.testlist()
    leaves = parser.leaves
    if parser.done():
        return leaves
    target_end = parser.index
    target_is_tuple = any(leaf.kind == "op" and leaf.value == "," for leaf in top_level(leaves[:target_end]))
    values = []
    while not parser.done():
        operator = parser.take("assign")
        if operator.value not in ASSIGNMENTS or (values and operator.value != "="):
            raise Unsupported("an assignment of another kind")
        start = parser.index
        parser.testlist()
        values.append((start, parser.index))
    for start, end in reversed(values):  # from the right, so that the earlier positions still hold
        leaves = normalize_invisible_parens(leaves, start, end)
    if target_is_tuple:
        leaves = normalize_invisible_parens(leaves, 0, target_end)
    return leaves


def tokenize(text: str) -> tuple[list[Leaf], str]:
    """One physical line's tokens, and its trailing comment ("" when none)."""
    leaves: list[Leaf] = []
    position, space, comment = 0, False, ""
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None:
            raise Unsupported(f"a token at {text[position:position + 10]!r}")
        position = match.end()
        kind, value = match.lastgroup, match.group()
        if kind == "space":
            space = True
            continue
        if kind == "comment":
            comment = value
            break
        if kind == "string" and (value[0] not in "'\"" or value[:3] in ("'''", '"""')):
            raise Unsupported("a prefixed or triple-quoted string in code")
        if kind == "number" and (value != value.lower() or "e+" in value or value.startswith(".") or "_" in value
                                 or value.endswith(".")):
            raise Unsupported("a number black would respell")
        if kind == "name" and value in KEYWORDS:
            kind = "keyword"
        leaves.append(Leaf(kind, value, space))
        space = False
    return leaves, comment


# --- lines and black's transforms ------------------------------------------------------------------------------


@dataclass
class Line:
    depth: int
    leaves: list[Leaf] = field(default_factory=list)
    inside_brackets: bool = False
    should_split_rhs: bool = False
    delimiters: dict[int, int] = field(default_factory=dict)  # id(leaf) -> priority of a split after it
    magic_trailing_comma: bool = False
    invisible: list[Leaf] = field(default_factory=list)  # tracked invisible brackets
    comments: dict[int, str] = field(default_factory=dict)  # id(leaf) -> the trailing comment after it

    def track(self, which: str = "all") -> "Line":
        """black's BracketTracker over the leaves it marks: all of them, none (a tail), or those inside matching
        brackets (a head). Sets depths, delimiters, the invisible brackets and the magic trailing comma."""
        if which == "none":
            return self
        marked = inside_matching_brackets(self.leaves) if which == "matching" else None
        depth = 0
        open_brackets: list[Leaf] = []
        for_depths: list[int] = []
        previous: Leaf | None = None
        for index, leaf in enumerate(self.leaves):
            if marked is not None and id(leaf) not in marked:
                continue
            closing = leaf.bracket in CLOSING
            if depth == 0 and closing and not open_brackets:
                continue
            if for_depths and for_depths[-1] == depth and leaf.role == "for-in":
                depth -= 1
                for_depths.pop()
            if closing:
                depth -= 1
                if not open_brackets or open_brackets.pop() is not leaf.opening:
                    raise Unsupported("mismatched brackets")
                if not leaf.value:
                    self.invisible.append(leaf)
            leaf.depth = depth
            if depth == 0 and (leaf.role in SPLIT_BEFORE or leaf.value == ","):
                before = split_before_priority(leaf, previous)
                if before and previous is not None:
                    self.delimiters[id(previous)] = before
                elif leaf.kind == "op" and leaf.value == ",":
                    self.delimiters[id(leaf)] = COMMA_PRIORITY
            if leaf.bracket in OPENING:
                open_brackets.append(leaf)
                depth += 1
                if not leaf.value:
                    self.invisible.append(leaf)
            if closing and index and self.leaves[index - 1].value == "," and self.leaves[index - 1].kind == "op" \
                    and self.has_magic_trailing_comma(leaf, index):
                self.magic_trailing_comma = True
            previous = leaf
            if leaf.kind == "keyword" and leaf.value == "for":
                depth += 1
                for_depths.append(depth)
        return self

    def has_magic_trailing_comma(self, closing: Leaf, index: int) -> bool:
        if closing.bracket == "}":
            return True
        if closing.bracket == "]":
            if closing.role == "trailer" and one_sequence_between(self.leaves, closing, index, "[]"):
                return False
            return True
        if self.is_import:
            return True
        return not one_sequence_between(self.leaves, closing, index, "()")

    def __str__(self) -> str:
        return "    " * self.depth + render(self.leaves) + "".join("  " + comment for comment in self.comments.values())

    def with_comments_of(self, original: "Line") -> "Line":
        """The comments original attaches to this line's leaves (black moves each comment with its leaf)."""
        self.comments = {id(leaf): original.comments[id(leaf)] for leaf in self.leaves if id(leaf) in original.comments}
        return self

    def __bool__(self) -> bool:
        return bool(self.leaves)

    def short_enough(self, limit: int = LINE_LENGTH) -> bool:
        return str_width(str(self)) <= limit

    def max_priority(self, exclude: Leaf | None = None) -> int:
        priorities = [priority for key, priority in self.delimiters.items() if exclude is None or key != id(exclude)]
        if not priorities:
            raise ValueError("no delimiters")
        return max(priorities)

    def count_priority(self, priority: int) -> int:
        return sum(1 for value in self.delimiters.values() if value == priority)

    @property
    def is_def(self) -> bool:
        first = self.leaves[0] if self.leaves else None
        second = self.leaves[1] if len(self.leaves) > 1 else None
        return first is not None and first.kind == "keyword" and (
            first.value == "def" or (first.value == "async" and second is not None and second.value == "def"))

    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].role == "import"

    @property
    def is_chained_assignment(self) -> bool:
        return sum(1 for leaf in self.leaves if is_equal(leaf)) > 1


def render(leaves: list[Leaf]) -> str:
    """The leaves as black prints them: each with its prefix, except the first."""
    return "".join([(" " + leaf.value if leaf.space and index else leaf.value) for index, leaf in enumerate(leaves)])


def leaf_length(line: Line, index: int) -> int:
    """black's Line.enumerate_with_length for one leaf: its prefix, value and comment, in characters."""
    leaf = line.leaves[index]
    return (1 if leaf.space and index else 0) + len(leaf.value) + len(line.comments.get(id(leaf), ""))


def inside_matching_brackets(leaves: list[Leaf]) -> set[int]:
    """black's get_leaves_inside_matching_brackets: the ids of the leaves inside bracket pairs that close on the
    line, the brackets included."""
    start = next((index for index, leaf in enumerate(leaves) if is_opening(leaf)), None)
    if start is None:
        return set()
    ids: set[int] = set()
    stack: list[tuple[str, list[int]]] = []
    for leaf in leaves[start:]:
        if is_opening(leaf):
            stack.append((OPENING[leaf.bracket], [id(leaf)]))
        elif is_closing(leaf):
            if stack and leaf.bracket == stack[-1][0]:
                _, level = stack.pop()
                level.append(id(leaf))
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(id(leaf))
    return ids


def one_sequence_between(leaves: list[Leaf], closing: Leaf, closing_index: int, brackets: str) -> bool:
    """black's is_one_sequence_between: at most one comma directly between the pair (a one-tuple, a one-element
    subscript); a comma between a call's arguments or a def's parameters counts twice."""
    opening = closing.opening
    if opening is None or opening.bracket + closing.bracket != brackets:
        return False
    start = next((index for index in range(closing_index - 1, -1, -1) if leaves[index] is opening), None)
    if start is None:
        raise Unsupported("a bracket pair across lines")
    commas = 0
    for leaf in leaves[start + 1:closing_index]:
        if leaf.depth == closing.depth + 1 and leaf.kind == "op" and leaf.value == ",":
            commas += 1
            if leaf.role in ("arg-comma", "param-comma"):
                commas += 1
                break
    return commas < 2


SPLIT_BEFORE = {"dot", "math", "comparison", "ternary", "logic"}  # the roles split_before_priority may give a priority


def split_before_priority(leaf: Leaf, previous: Leaf | None) -> int:
    """black's is_split_before_delimiter, for the roles the parser gives."""
    role = leaf.role
    if role == "dot" and (previous is None or is_closing(previous)):
        return DOT_PRIORITY
    if role == "math":
        return MATH_PRIORITIES[leaf.value]
    if role == "comparison":
        return COMPARATOR_PRIORITY
    if role == "ternary":
        return TERNARY_PRIORITY
    if role == "logic":
        return LOGIC_PRIORITY
    return 0


def transform_line(line: Line) -> list[Line]:
    line_str = str(line)
    if not line.should_split_rhs and not line.magic_trailing_comma and str_width(line_str) <= LINE_LENGTH:
        return [line]
    if line.is_def:
        transformers = [left_hand_split]
    elif line.inside_brackets:
        transformers = [delimiter_split, right_hand_split_with_omits]
    else:
        transformers = [right_hand_split_with_omits]
    for transform in transformers:
        try:
            return run_transformer(line, transform, line_str, force_optional_parens=False)
        except CannotSplit:
            continue
    return [line]


def run_transformer(line: Line, transform, line_str: str, force_optional_parens: bool) -> list[Line]:
    optional_parens = [bracket for bracket in line.invisible if bracket.depth == 0]
    result: list[Line] = []
    for transformed in transform(line, force_optional_parens):
        if str(transformed) == line_str:
            raise CannotSplit("the transform returned the line unchanged")
        result.extend(transform_line(transformed))
    if (force_optional_parens or transform is not right_hand_split_with_omits or not line.invisible
            or any(bracket.value for bracket in optional_parens) or result[0].short_enough()):
        return result
    leaves = copy_leaves(line.leaves)
    copy = Line(line.depth, leaves, line.inside_brackets, line.should_split_rhs).track()
    copy.comments = {id(new): line.comments[id(old)] for old, new in zip(line.leaves, leaves) if id(old) in line.comments}
    second_opinion = run_transformer(copy, transform, line_str, force_optional_parens=True)
    if all(candidate.short_enough() for candidate in second_opinion):
        return second_opinion
    return result


def copy_leaves(leaves: list[Leaf]) -> list[Leaf]:
    """New leaves with the current values (black's append_leaves), each closing bracket pointing at its copied
    opening bracket."""
    copies: dict[int, Leaf] = {}
    result = []
    for leaf in leaves:
        copy = Leaf(leaf.kind, leaf.value, leaf.space, leaf.role, leaf.bracket)
        copy.opening = copies.get(id(leaf.opening))  # None for a bracket opened on an earlier line
        copies[id(leaf)] = copy
        result.append(copy)
    return result


def delimiter_split(line: Line, force_optional_parens: bool) -> list[Line]:
    if not line.leaves:
        raise CannotSplit("an empty line")
    if line.comments:
        raise Unsupported("a delimiter split of a line with a comment")
    last = line.leaves[-1]
    try:
        priority = line.max_priority(exclude=last)
    except ValueError:
        raise CannotSplit("no delimiters") from None
    if priority == DOT_PRIORITY and line.count_priority(priority) == 1:
        raise CannotSplit("a single attribute access")
    lines: list[Line] = []
    current: list[Leaf] = []
    safe = True
    lowest_depth = 1 << 30
    depth = 0  # within the line being built: it starts at a delimiter of the top level
    for leaf in line.leaves:
        current.append(leaf)
        depth -= is_closing(leaf)
        lowest_depth = min(lowest_depth, depth)
        if safe and depth == lowest_depth and leaf.role in ("vararg-call", "vararg-def"):
            safe = False  # black adds a trailing comma after *args only when its target versions allow it
        depth += is_opening(leaf)
        if line.delimiters.get(id(leaf)) == priority:
            lines.append(Line(line.depth, current, line.inside_brackets).track())
            current = []
            depth = 0
    if current:
        if priority == COMMA_PRIORITY and not (current[-1].kind == "op" and current[-1].value == ","):
            if not safe:
                raise Unsupported("a trailing comma after an unpacking")
            current.append(Leaf("op", ",", False, "comma"))
        lines.append(Line(line.depth, current, line.inside_brackets).track())
    return lines


def left_hand_split(line: Line, force_optional_parens: bool) -> list[Line]:
    """black's left_hand_split: the parameters of a def on their own lines."""
    head: list[Leaf] = []
    body: list[Leaf] = []
    tail: list[Leaf] = []
    current = head
    matching: Leaf | None = None
    for leaf in line.leaves:
        if current is body and is_closing(leaf) and leaf.opening is matching and matching is not None:
            current = tail if body else head
        current.append(leaf)
        if current is head and leaf.bracket == "(" and matching is None:
            matching = leaf
            current = body
    if matching is None or not tail:
        raise CannotSplit("no brackets")
    head_line, body_line, tail_line = bracket_split_build_lines(line, head, body, tail, matching)
    bracket_split_succeeded_or_raise(head_line, body_line, tail_line)
    return [part for part in (head_line, body_line, tail_line) if part]


def ensure_trailing_comma(line: Line, body: list[Leaf], opening: Leaf) -> bool:
    if not body:
        return False
    if line.is_import:
        return True
    if not line.is_def or opening.value != "(":
        return False
    return not any(leaf.kind == "op" and leaf.value == "," and leaf.role != "annotation-comma" for leaf in body)


def bracket_split_build_lines(line: Line, head: list[Leaf], body: list[Leaf], tail: list[Leaf],
                              opening: Leaf) -> tuple[Line, Line, Line]:
    """black's bracket_split_build_line for the three parts: the head tracks its matching brackets, the body (one
    level in, with a trailing comma where black adds one) all its leaves, the tail none."""
    if ensure_trailing_comma(line, body, opening):
        body = body + [Leaf("op", ",", False, "comma")]
    head_line = Line(line.depth, head).track("matching").with_comments_of(line)
    body_line = Line(line.depth + 1, body, inside_brackets=True).track().with_comments_of(line)
    tail_line = Line(line.depth, tail).track("none").with_comments_of(line)
    if body:
        body_line.should_split_rhs = should_split_line(body_line, opening)
    return head_line, body_line, tail_line


def should_split_line(line: Line, opening: Leaf) -> bool:
    """black's should_split_line: explode the body one item per line after a bracket split."""
    last = line.leaves[-1]
    trailing_comma = last.kind == "op" and last.value == ","
    try:
        priority = line.max_priority(exclude=last if trailing_comma else None)
    except ValueError:
        return False
    return priority == COMMA_PRIORITY and (trailing_comma or opening.role in ("atom", "invisible",
                                                                              "invisible-import"))


def bracket_split_succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    tail_length = len(str(tail).strip())
    if not body:
        if tail_length == 0:
            raise CannotSplit("the split produced the same line")
        if tail_length < 3:
            raise CannotSplit("splitting an empty body is not worth it")


@dataclass
class RHS:
    head: Line
    body: Line
    tail: Line
    opening: Leaf
    closing: Leaf


def right_hand_split_with_omits(line: Line, force_optional_parens: bool) -> list[Line]:
    prefix_lengths: dict[int, int] = {}
    length = 4 * line.depth
    for index, leaf in enumerate(line.leaves):
        prefix_lengths[id(leaf)] = length
        length += leaf_length(line, index)
    first_lines: list[Line] | None = None
    for omit in generate_trailers_to_omit(line):
        if omit:
            target = next((leaf.opening for leaf in reversed(line.leaves) if is_closing(leaf) and id(leaf) not in omit),
                          None)
            if target is not None and target.value and prefix_lengths.get(id(target), 0) > LINE_LENGTH:
                continue
        lines = right_hand_split(line, force_optional_parens, omit)
        if first_lines is None and not omit:
            first_lines = lines
        if lines[0].short_enough():
            return lines
        if omit and any(leaf.bracket == "[" and id(leaf) in lines[0].comments for leaf in lines[0].leaves):
            raise Unsupported("a comment on a subscript's bracket")
    if first_lines is not None:
        return first_lines
    return right_hand_split(line, force_optional_parens, set())


def generate_trailers_to_omit(line: Line):
    omit: set[int] = set()
    if not line.magic_trailing_comma:
        yield set(omit)
    length = 4 * line.depth
    opening: Leaf | None = None
    closing: Leaf | None = None
    inner: set[int] = set()
    for index in range(len(line.leaves) - 1, -1, -1):
        leaf = line.leaves[index]
        length += leaf_length(line, index)
        if length > LINE_LENGTH or id(leaf) in line.comments:
            break
        previous = line.leaves[index - 1] if index > 0 else None
        if opening is not None:
            if leaf is opening:
                opening = None
            elif is_closing(leaf):
                if _trailing_comma_pair(line.leaves, leaf, index, previous):
                    break
                inner.add(id(leaf))
        elif is_closing(leaf):
            if previous is not None and is_opening(previous):
                inner.add(id(leaf))
                continue
            if closing is not None:
                omit.add(id(closing))
                omit.update(inner)
                inner.clear()
                yield set(omit)
            if _trailing_comma_pair(line.leaves, leaf, index, previous):
                break
            if leaf.value:
                opening = leaf.opening
                closing = leaf


def _trailing_comma_pair(leaves: list[Leaf], closing: Leaf, index: int, previous: Leaf | None) -> bool:
    """A bracket pair that ends with a trailing comma (not a one-tuple): never omitted, it has to explode."""
    return previous is not None and previous.kind == "op" and previous.value == "," and closing.opening is not None \
        and not one_sequence_between(leaves, closing, index, "()")


def _first_right_hand_split(line: Line, omit: set[int]) -> RHS:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening: Leaf | None = None
    closing: Leaf | None = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and is_closing(leaf) and id(leaf) not in omit:
            opening, closing = leaf.opening, leaf
            current = body
    if opening is None or closing is None or not head:
        raise CannotSplit("no brackets")
    tail.reverse()
    body.reverse()
    head.reverse()
    head_line, body_line, tail_line = bracket_split_build_lines(line, head, body, tail, opening)
    bracket_split_succeeded_or_raise(head_line, body_line, tail_line)
    return RHS(head_line, body_line, tail_line, opening, closing)


def right_hand_split(line: Line, force_optional_parens: bool, omit: set[int]) -> list[Line]:
    rhs = _first_right_hand_split(line, omit)
    return _maybe_split_omitting_optional_parens(rhs, line, force_optional_parens, omit)


def _maybe_split_omitting_optional_parens(rhs: RHS, line: Line, force_optional_parens: bool,
                                          omit: set[int]) -> list[Line]:
    if (not force_optional_parens and rhs.opening.bracket == "(" and not rhs.opening.value
            and rhs.closing.bracket == ")" and not rhs.closing.value and not line.is_import
            and can_omit_invisible_parens(rhs)):
        omit = {id(rhs.closing), *omit}
        try:
            rhs_oop = _first_right_hand_split(line, omit)
            if _prefer_split_rhs_oop_over_rhs(rhs_oop, rhs):
                return _maybe_split_omitting_optional_parens(rhs_oop, line, force_optional_parens, omit)
        except CannotSplit:
            if not line.is_chained_assignment and not can_be_split(rhs.body) and not rhs.body.short_enough():
                raise CannotSplit("the body is still too long and cannot be split") from None
    rhs.opening.value = rhs.opening.value or "("  # black's ensure_visible: it changes the leaves for good
    rhs.closing.value = rhs.closing.value or ")"
    return [part for part in (rhs.head, rhs.body, rhs.tail) if part]


def can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].kind == "string" and leaves[1].value == ".":
        raise Unsupported("a method call on a string literal")
    return True


def _prefer_split_rhs_oop_over_rhs(rhs_oop: RHS, rhs: RHS) -> bool:
    head = rhs.head.leaves
    if not (len(head) >= 2 and is_equal(head[-2])):
        return True
    if not any(leaf.bracket for leaf in head[:-1]):
        return True
    if not rhs.head.short_enough(LINE_LENGTH - 1):
        return True
    if rhs.head.magic_trailing_comma:
        return True
    head_equals = sum(1 for leaf in head if is_equal(leaf))
    oop_head_equals = sum(1 for leaf in rhs_oop.head.leaves if is_equal(leaf))
    if head_equals > 1 and head_equals > oop_head_equals:
        return False
    closing_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if is_equal(leaf):
            break
        if is_closing(leaf):
            closing_after_assign = True
            break
    return closing_after_assign or (any(is_equal(leaf) for leaf in rhs_oop.head.leaves)
                                    and rhs_oop.head.short_enough())


def can_omit_invisible_parens(rhs: RHS) -> bool:
    line = rhs.body
    if id(rhs.opening) in rhs.head.comments:
        return False
    if not line.delimiters:
        return True
    priority = line.max_priority()
    if line.count_priority(priority) > 1:
        return False
    if priority == DOT_PRIORITY:
        return True
    if len(line.leaves) < 2:
        raise Unsupported("a stranded delimiter")
    first, second = line.leaves[0], line.leaves[1]
    if is_opening(first) and not is_closing(second) and _can_omit_opening_paren(line, first):
        return True
    penultimate, last = line.leaves[-2], line.leaves[-1]
    if last.bracket in (")", "}") or (last.bracket == "]" and last.role != "trailer"):
        if is_opening(penultimate):
            return False
        if _can_omit_closing_paren(line, last):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf) -> bool:
    remainder = False
    length = 4 * line.depth
    for index, leaf in enumerate(line.leaves):
        if is_closing(leaf) and leaf.opening is first:
            remainder = True
        if remainder:
            length += leaf_length(line, index)
            if length > LINE_LENGTH:
                return False
            if is_opening(leaf):
                remainder = False
    return True


def _can_omit_closing_paren(line: Line, last: Leaf) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for index, leaf in enumerate(line.leaves):
        length += leaf_length(line, index)
        if leaf is last.opening:
            if seen_other_brackets or length <= LINE_LENGTH:
                return True
        elif is_opening(leaf):
            seen_other_brackets = True
    return False


# --- the module ------------------------------------------------------------------------------------------------

INDENTED = re.compile(r"( *)(.*)")
# What black may change on a line that fits: redundant parentheses after a statement's keyword or `=` (also around a
# list's only item, after await or ->, or in a class line), a magic trailing comma, a power operator it hugs, several
# statements on a line, a continuation, a comment, a docstring. A line that fits and holds none of these is printed
# as it is, without parsing it (the emitter spaces tokens as black does: tests/test_formatting.py).
MAYBE_CHANGED = re.compile(r"""^(?:return|if|elif|while|for|except|del|assert|with|async|class)\b.*?\(|[=\[{]\s*\(
                               |\b(?:await|in|not)\s*\(|->\s*\(|,\s*(?:[)\]}=]|$)|\*\*|;|\\|\#|^[rRbBuUfF]*['"]{3}""", re.VERBOSE)
DOCSTRING = re.compile(r"r?('''|\"\"\")")


def layout(text: str, memo: dict[str, list[str]] | None = None) -> str:
    """text (a module as the emitter prints it) as black formats it; Unsupported when layout() cannot say.

    memo: the statements already laid out (a line's layout depends on nothing else), shared by the synchronous and
    the asyncio module of one source, which have most of their lines in common."""
    memo = {} if memo is None else memo
    lines = text.split("\n")
    if lines[-1] or len(lines) < 2 or not lines[-2] or not lines[0]:
        raise Unsupported("blank lines at the start or the end")
    out: list[str] = []
    blank_lines = BlankLines()
    index = 0
    opens_method = False  # the previous statement was a def: a string statement now is its docstring
    while index < len(lines) - 1:
        raw = lines[index]
        indentation, content = INDENTED.fullmatch(raw).groups()
        if len(indentation) % 4 or content.startswith("\t"):
            raise Unsupported("indentation")
        depth = len(indentation) // 4
        index += 1
        if not content:
            blank_lines.blank()
            out.append("")
            continue
        if content.startswith("#"):
            blank_lines.line(depth, "comment")
            out.append(_comment(raw))
            continue
        docstring = DOCSTRING.match(content)
        if docstring is not None:
            if not opens_method:
                raise Unsupported("a string statement that is not a method's docstring")
            blank_lines.line(depth, "code")
            end = _docstring_end(lines, index - 1, docstring)
            out.append(_docstring("\n".join(lines[index - 1:end + 1])[len(indentation):], depth))
            index = end + 1
            opens_method = False
            continue
        first = content.split(" ", 1)[0]
        opens_method = first in ("def", "async")
        blank_lines.line(depth, "def" if first in ("def", "async", "class") else "code", content.endswith(":"))
        if MAYBE_CHANGED.search(content) is None and str_width(raw) <= LINE_LENGTH:
            out.append(raw)
            continue
        if raw in memo:
            out.extend(memo[raw])
            continue
        leaves, comment = tokenize(content)
        if not leaves:
            raise Unsupported("a line without code")
        first = leaves[0].value if leaves[0].kind == "keyword" else ""
        if first in ("class", "import"):
            out.append(raw.rstrip())  # the template's class line and plain imports: short, nothing to lay out
            if comment or str_width(raw) > LINE_LENGTH:
                raise Unsupported("a long class or import line")
            continue
        line = Line(depth, parse_statement(leaves)).track()
        if comment:
            line.comments[id(_commented_leaf(line.leaves))] = _comment(comment)
        memo[raw] = [str(split) for split in transform_line(line)]
        out.extend(memo[raw])
    return "\n".join(out) + "\n"


class BlankLines:
    """Checks that the blank lines are those black leaves (black's EmptyLineTracker, for a module of one class and
    its methods): at most two in a row at the top level and one inside, none at the start of a block, exactly one
    (two at the top level) between the end of a def's body and what follows it."""

    def __init__(self) -> None:
        self.count = 0
        self.opened_block = False  # the last line opened a block, and nothing came since
        self.defs: list[int] = []  # depths of the defs and classes whose bodies may still continue
        self.entered_body = False  # a line deeper than the last def came since it
        self.previous: tuple[int, str] | None = None  # the depth and kind of the last line that was not blank

    def blank(self) -> None:
        if self.opened_block:
            raise Unsupported("a blank line at the start of a block")
        self.count += 1

    def line(self, depth: int, kind: str, opens_block: bool = False) -> None:
        if self.count > (2 if depth == 0 else 1):
            raise Unsupported("more blank lines than black keeps")
        ended = False
        while self.defs and self.defs[-1] >= depth:
            ended = ended or self.entered_body
            self.defs.pop()
        expected = 1 if depth else 2
        if ended and self.count != expected:
            raise Unsupported("blank lines after a def's body that black would change")
        if kind == "def" and not ended and self.previous is not None and self.previous[1] == "code" \
                and self.previous[0] >= depth and self.count != expected:
            raise Unsupported("blank lines before a def or class that black would change")
        if kind == "def":
            self.defs.append(depth)
            self.entered_body = False
        elif self.defs and depth > self.defs[-1]:
            self.entered_body = True
        self.count = 0
        self.opened_block = opens_block
        self.previous = (depth, kind)


def _commented_leaf(leaves: list[Leaf]) -> Leaf:
    """The leaf a trailing comment belongs to (black's Line.append_comment): the last one, except where that closes
    invisible parentheses around one leaf: then that leaf."""
    last = leaves[-1]
    if len(leaves) >= 3 and last.bracket == ")" and not last.value and leaves[-3] is last.opening:
        return leaves[-2]
    return last


def _comment(text: str) -> str:
    """A comment as black writes it: black adds a space after `#` where there is none, and drops trailing spaces."""
    body = text.strip()[1:]
    if body and body[0] not in " !:#'":
        raise Unsupported("a comment black would respace")
    return text.rstrip()


def _docstring_end(lines: list[str], start: int, opening: re.Match) -> int:
    """The index of the line that closes the docstring starting on lines[start]."""
    quotes = opening.group(1)
    text = lines[start].lstrip()[opening.end():]
    line = start
    while True:
        position = 0
        while (found := text.find(quotes, position)) >= 0:
            backslashes = len(text[:found]) - len(text[:found].rstrip("\\"))
            if backslashes % 2 == 0:
                if text[found + 3:].strip():
                    raise Unsupported("code after a docstring")
                return line
            position = found + 1
        line += 1
        if line == len(lines):
            raise Unsupported("an unterminated docstring")
        text = lines[line]


def _docstring(literal: str, depth: int) -> str:
    """A method's docstring as black writes it (the docstring part of black's linegen.visit_STRING)."""
    if re.search(r"\\\s*\n", literal):
        raise Unsupported("a docstring with a backslash at a line's end")
    literal = normalize_string_quotes(literal)
    prefix = literal[:len(literal) - len(literal.lstrip("rR"))]
    quote = literal[len(prefix):len(prefix) + 3]
    body = literal[len(prefix) + 3:-3]
    started_empty = not body
    indent = " " * 4 * depth
    body = fix_multiline_docstring(body, indent) if "\n" in literal else body.strip()
    trailing_backslash = False
    if body:
        if body[0] == quote[0]:
            body = " " + body
        if body[-1] == quote[0]:
            body += " "
        if body[-1] == "\\" and (len(body) - len(body.rstrip("\\"))) % 2:
            body += " "
            trailing_backslash = True
    elif not started_empty:
        body = " "
    lines = body.splitlines()
    last_line_length = len(lines[-1]) if body and not body.endswith("\n") else 0
    if len(lines) > 1 and last_line_length + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH \
            and not trailing_backslash:
        raise Unsupported("a docstring whose closing quotes go on a line of their own")
    return indent + prefix + quote + body + quote
