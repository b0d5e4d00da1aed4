// Generated from transpiler/names.py by exkit: do not edit.
// The modes of decimalToPrecision: rounding, counting (an exchange's precisionMode) and padding.
export const TRUNCATE = 0;
export const ROUND = 1;
export const DECIMAL_PLACES = 2;
export const SIGNIFICANT_DIGITS = 3;
export const TICK_SIZE = 4;
export const NO_PADDING = 5;
export const PAD_WITH_ZERO = 6;
