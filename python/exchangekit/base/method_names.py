"""A method's two spellings: its Python name (fetch_ticker) and its JavaScript one (fetchTicker).

The JavaScript spelling is a class attribute, a MethodAlias, rather than a __getattr__ hook: a class with __getattr__
has every attribute read go through CPython's slower, unspecialized path (each self.safe_string (...) of the
generated code paid for it, about a fifth of a ticker's parse). The regular spellings are added to every exchange
class as it is defined (NativeExchange.__init_subclass__); a spelling that is not the regular one of its Python name
(fetchOHLCV, whose regular one is fetchOhlcv) is written in the class itself, as the emitter writes it.
"""

from __future__ import annotations

import functools
import re


def snake_case(name: str) -> str:
    """publicGetTickerPair -> public_get_ticker_pair, exactly as the transpiler names methods."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z]{2,})", "_", name)
    return name.lower()


def camel_case(name: str) -> str:
    """fetch_ticker -> fetchTicker: the regular JavaScript spelling of a Python method name."""
    head, *words = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in words)


class MethodAlias:
    """The JavaScript spelling of a method: the method of its Python name, looked up on the instance, so that an
    override in a subclass (or an instance's own attribute) is the one called, whichever spelling is used."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        return getattr(owner if instance is None else instance, self.name)

    def __repr__(self) -> str:
        return f"MethodAlias({self.name!r})"


@functools.cache
def regular_spelling(name: str) -> str | None:
    """The regular JavaScript spelling of a Python method name, where it is another name that names it back. (The
    exchange classes define the same names again and again: each is worked out once.)"""
    alias = camel_case(name)
    return alias if alias != name and snake_case(alias) == name else None


def add_method_aliases(cls: type) -> None:
    """The regular JavaScript spelling of each public method that cls defines, where no attribute has it already."""
    for name, value in list(vars(cls).items()):
        if name.startswith("_") or not callable(value) and not isinstance(value, (staticmethod, classmethod)):
            continue
        alias = regular_spelling(name)
        if alias is not None and not hasattr(cls, alias):
            setattr(cls, alias, MethodAlias(name))
