# Generated from transpiler/names.py by exkit: do not edit.
"""The modes of decimal_to_precision: rounding, counting (an exchange's precisionMode) and padding."""

TRUNCATE = 0
ROUND = 1
DECIMAL_PLACES = 2
SIGNIFICANT_DIGITS = 3
TICK_SIZE = 4
NO_PADDING = 5
PAD_WITH_ZERO = 6
