"""What an exchange's describe () declares it has: the `has` dictionary, read from the source."""

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
