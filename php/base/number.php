<?php

// Generated from transpiler/names.py by exkit: do not edit.
// The modes of decimal_to_precision: rounding, counting (an exchange's precisionMode) and padding.

namespace exchangekit;

const TRUNCATE = 0;

const ROUND = 1;

const DECIMAL_PLACES = 2;

const SIGNIFICANT_DIGITS = 3;

const TICK_SIZE = 4;

const NO_PADDING = 5;

const PAD_WITH_ZERO = 6;
