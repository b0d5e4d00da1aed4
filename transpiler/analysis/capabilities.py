"""What an exchange's describe () declares: the `has` dictionary and the name, read from the source."""

from __future__ import annotations

from transpiler.analysis.exchange import ExchangeClass, describe_literal
from transpiler.syntax import property_key


def declared_has(exchange: ExchangeClass) -> tuple[tuple[str, bool], ...]:
    """The entries of describe ()'s `has` with a literal true or false, in their order (others are left out:
    certify, which runs the class, judges those)."""
    literal = describe_literal(exchange)
    has = next((prop.value for prop in literal.properties if property_key(prop) == "has"), None) \
        if literal is not None else None
    if has is None or has.type != "ObjectExpression":
        return ()
    return tuple((property_key(prop), prop.value.value) for prop in has.properties
                 if property_key(prop) is not None and prop.value.type == "Literal"
                 and isinstance(prop.value.value, bool))


def declared_name(exchange: ExchangeClass) -> str:
    """describe ()'s 'name' where it is a string literal, else '' (the package READMEs list the exchanges by it)."""
    literal = describe_literal(exchange)
    name = next((prop.value for prop in literal.properties if property_key(prop) == "name"), None) \
        if literal is not None else None
    return name.value if name is not None and name.type == "Literal" and isinstance(name.value, str) else ""
