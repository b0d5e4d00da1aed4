"""exchangekit toolchain: check the JavaScript subset and emit Python and PHP."""

__version__ = "0.1.0"
