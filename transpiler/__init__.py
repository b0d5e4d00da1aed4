"""exchangekit toolchain: check the JavaScript subset and emit Python and PHP."""

__version__ = "0.1.0"

# Before anything imports esprima: its character tables, computed per character (see the module).
from transpiler import esprima_character  # noqa: E402

esprima_character.install()
