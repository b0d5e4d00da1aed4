"""Everything a rule may ask about the file being checked, computed once and shared."""

from __future__ import annotations

from functools import cached_property

from esprima.nodes import Node

from transpiler.analysis.exchange import ExchangeClass, find_exchange_class
from transpiler.analysis.scopes import ScopeReport, analyse_scopes
from transpiler.diagnostics import Diagnostic
from transpiler.source import SourceFile


class FileContext:
    def __init__(self, source: SourceFile, program: Node) -> None:
        self.source = source
        self.program = program
        self.diagnostics: list[Diagnostic] = []

    def add(self, diagnostic: Diagnostic) -> None:
        self.diagnostics.append(diagnostic)

    @cached_property
    def exchange(self) -> ExchangeClass:
        return find_exchange_class(self.program, self.source.is_base)

    @cached_property
    def scopes(self) -> ScopeReport:
        return analyse_scopes(self.exchange)

    @cached_property
    def value_flow(self):
        """Which variables' dictionaries and lists the values of the file's methods may be (the SUB-D rules' and
        SUB-T002's), worked out once per file."""
        from transpiler.analysis.value_flow import ValueFlow, inherited_summaries, with_pipeline  # (when a rule asks)

        inherited = None if self.source.is_base else inherited_summaries(self.source.path, self.exchange)
        return ValueFlow(self.exchange.methods, with_pipeline(inherited, self.exchange))

    def type_of(self, method: Node, node: Node):
        """The emitters' type of an expression inside a method (a Type), computed once per method."""
        return self._environment(method).of(node)

    def local_values(self, method: Node) -> dict:
        """Every value each local or parameter of a method receives (None: one not seen), as the types read them."""
        return self._environment(method).values

    def _environment(self, method: Node):
        from transpiler.emit.types import TypeEnvironment  # (only when a rule asks)

        environments = self.__dict__.setdefault("_types", {})
        environment = environments.get(id(method))
        if environment is None:
            environment = environments[id(method)] = TypeEnvironment(method)
        return environment
