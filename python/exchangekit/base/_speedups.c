/* The hottest primitives of exchangekit.base in C: what every parsed trade, ticker and market calls tens of times
 * (the safe* reads of one key, parseNumber and the conversions the structures make, Precise's product, division
 * by a power of ten and comparison of plain texts, the reads and comparisons of emitted code, parse_json's checks of
 * a response, safeMarketStructure of a spot market and its keyword form market_structure, safeCurrencyCode of an id,
 * parsePrecision).
 *
 * The Python modules stay the definition. Each function here decides in C only the cases whose JavaScript meaning
 * is plain (a dict read by a str key, a list by an int, a value that is a str, an int, a float or None) and hands
 * every other call, with the same arguments, to the pure-Python function it replaces (install () receives them:
 * js.py its own, primitives.py the rest): nothing here re-implements a general case. The shared vectors run against
 * both (EXCHANGEKIT_PURE_PYTHON=1 turns this module off). Hostile input reaches only the Python C API: no recursion,
 * and no buffer but plain_digits' of MAX_PLAIN + 1 bytes, filled from a text whose length is checked first.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>

/* The pure-Python functions the fast paths fall back to, by name (set by install ()). */
enum {
    PURE_PARSE_NUMBER,   /* _parse_number (value, default_value) */
    PURE_STRING_OF,      /* _string_of (value, default_value) */
    PURE_INTEGER_OF,     /* _integer_of (value, default_value) */
    PURE_DICT_OF,        /* _dict_of (value, default_value) */
    PURE_STRINGS_OF,     /* _strings_of (values) */
    PURE_SAFE_VALUE,     /* the methods: (self, dictionary, key[, ...], default_value) */
    PURE_SAFE_STRING,
    PURE_SAFE_STRING2,
    PURE_SAFE_NUMBER,
    PURE_SAFE_INTEGER,
    PURE_SAFE_BOOL,
    PURE_SAFE_DICT,
    PURE_SAFE_LIST,
    PURE_PARSE_NUMBER_METHOD, /* Primitives.parse_number (self, value, default_value) */
    PURE_GET,            /* js.get (container, key) */
    PURE_LENGTH,         /* js.length (value) */
    PURE_TO_STR,         /* js.to_str (value) */
    PURE_STRICT_EQUAL,   /* js.strict_equal (left, right) */
    PURE_LESS,           /* js.less (left, right) */
    PURE_SET,            /* js.set_ (container, key, value) */
    PURE_OWN_VALUE,      /* Primitives.own_value (self, container, key) */
    PURE_SAFE_MARKET_STRUCTURE, /* Primitives.safe_market_structure (self, market) */
    PURE_MARKET_STRUCTURE, /* Primitives.market_structure (self, **market) */
    PURE_SAFE_CURRENCY_CODE, /* Primitives.safe_currency_code (self, currency_id, currency) */
    PURE_PARSE_PRECISION, /* Primitives.parse_precision (self, precision) */
    MARKET_DEFAULTS,     /* not a function: (market, precision, limits, bounds), the unified market's defaults */
    PURE_COUNT
};

static const char *const pure_names[PURE_COUNT] = {
    "_parse_number", "_string_of", "_integer_of", "_dict_of", "_strings_of", "safe_value", "safe_string",
    "safe_string2", "safe_number", "safe_integer", "safe_bool", "safe_dict", "safe_list", "parse_number", "get",
    "length", "to_str", "strict_equal", "less", "set_", "own_value", "safe_market_structure", "market_structure",
    "safe_currency_code", "parse_precision", "market_defaults",
};

static PyObject *pure[PURE_COUNT];

#define MARKET_FIELDS 27 /* the keys of the unified market: market_structure's keywords */
#define MAX_ARGUMENTS 8 /* more than any pure function takes positionally; market_structure's keywords, or more, are
                         * passed on from the heap */

/* The pure function `which` with the call's arguments as they came (self first, for a method). */
static PyObject *
call_pure(int which, PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *small[MAX_ARGUMENTS + 1] = {NULL}, **stack = small, *result;
    Py_ssize_t keywords = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    Py_ssize_t offset = self == NULL ? 0 : 1;
    if (pure[which] == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "exchangekit.base._speedups: install () was not called");
        return NULL;
    }
    if (nargs + keywords + offset > MAX_ARGUMENTS + 1) {
        stack = PyMem_New(PyObject *, nargs + keywords + offset);
        if (stack == NULL) {
            return PyErr_NoMemory();
        }
    }
    if (self != NULL) {
        stack[0] = self;
    }
    for (Py_ssize_t i = 0; i < nargs + keywords; i++) {
        stack[offset + i] = args[i];
    }
    result = PyObject_Vectorcall(pure[which], stack, nargs + offset, kwnames);
    if (stack != small) {
        PyMem_Free(stack);
    }
    return result;
}

static PyObject *
call_pure2(int which, PyObject *value, PyObject *default_value)
{
    PyObject *stack[2] = {value, default_value};
    return call_pure(which, NULL, stack, 2, NULL);
}

static PyObject *
new_reference(PyObject *value)
{
    Py_INCREF(value);
    return value;
}

/* isDecimalString on ASCII: [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)? and nothing more */
static int
is_decimal_text(const char *text, Py_ssize_t length)
{
    Py_ssize_t at = 0, digits = 0, exponent_digits = 0;
    if (at < length && (text[at] == '+' || text[at] == '-')) {
        at++;
    }
    for (; at < length && text[at] >= '0' && text[at] <= '9'; at++) {
        digits++;
    }
    if (at < length && text[at] == '.') {
        for (at++; at < length && text[at] >= '0' && text[at] <= '9'; at++) {
            digits++;
        }
    }
    if (digits == 0) {
        return 0;
    }
    if (at < length && (text[at] == 'e' || text[at] == 'E')) {
        at++;
        if (at < length && (text[at] == '+' || text[at] == '-')) {
            at++;
        }
        for (; at < length && text[at] >= '0' && text[at] <= '9'; at++) {
            exponent_digits++;
        }
        if (exponent_digits == 0) {
            return 0;
        }
    }
    return at == length;
}

#define SAFE_INTEGER 9007199254740992.0 /* 2**53 */

/* parseNumber of an exact str: a decimal text's number (an int where it is a whole number below 2**53 that is not
 * written as -0), else default_value. A text with a character beyond ASCII is never a decimal text. */
static PyObject *
number_of_text(PyObject *text, PyObject *default_value)
{
    const char *characters;
    double number;
    if (!PyUnicode_IS_ASCII(text)) {
        return new_reference(default_value);
    }
    characters = (const char *)PyUnicode_DATA(text); /* ASCII: one byte a character, NUL-terminated */
    if (!is_decimal_text(characters, PyUnicode_GET_LENGTH(text))) {
        return new_reference(default_value);
    }
    number = PyOS_string_to_double(characters, NULL, NULL); /* float ()'s correctly rounded reading; 1e999 is inf */
    if (number == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    if (isfinite(number) && number == floor(number) && -SAFE_INTEGER < number && number < SAFE_INTEGER &&
        !(number == 0 && characters[0] == '-')) {
        return PyLong_FromDouble(number);
    }
    return PyFloat_FromDouble(number);
}

/* _parse_number (value, default_value) */
static PyObject *
parse_number_of(PyObject *value, PyObject *default_value)
{
    if (PyUnicode_CheckExact(value)) {
        return number_of_text(value, default_value);
    }
    if (PyLong_CheckExact(value)) {
        return new_reference(value);
    }
    if (value == Py_None) {
        return new_reference(default_value);
    }
    if (PyFloat_CheckExact(value)) {
        return new_reference(isnan(PyFloat_AS_DOUBLE(value)) ? default_value : value);
    }
    return call_pure2(PURE_PARSE_NUMBER, value, default_value);
}

/* _string_of (value, default_value) */
static PyObject *
string_of(PyObject *value, PyObject *default_value)
{
    if (PyUnicode_CheckExact(value)) {
        return new_reference(PyUnicode_GET_LENGTH(value) != 0 ? value : default_value);
    }
    if (value == Py_None) {
        return new_reference(default_value);
    }
    if (PyLong_CheckExact(value)) {
        int overflow;
        PyLong_AsLongLongAndOverflow(value, &overflow);
        if (overflow == 0) { /* |value| < 2**63 < 10**21: String (value) is its digits */
            return PyObject_Str(value);
        }
    }
    if (PyFloat_CheckExact(value) && fabs(PyFloat_AS_DOUBLE(value)) >= 1e-4 && fabs(PyFloat_AS_DOUBLE(value)) < 1e16) {
        /* repr's shortest round-trip digits, which are JavaScript's, and no exponent in this range; without the
         * '.0' repr adds to a whole number */
        char *digits = PyOS_double_to_string(PyFloat_AS_DOUBLE(value), 'r', 0, 0, NULL);
        PyObject *text;
        if (digits == NULL) {
            return PyErr_NoMemory();
        }
        text = PyUnicode_FromString(digits);
        PyMem_Free(digits);
        return text;
    }
    return call_pure2(PURE_STRING_OF, value, default_value);
}

/* _integer_of (value, default_value) */
static PyObject *
integer_of(PyObject *value, PyObject *default_value)
{
    if (PyLong_CheckExact(value)) {
        return new_reference(value);
    }
    if (value == Py_None) {
        return new_reference(default_value);
    }
    if (PyUnicode_CheckExact(value)) {
        PyObject *number = number_of_text(value, Py_None);
        if (number == NULL || PyLong_CheckExact(number)) {
            return number;
        }
        Py_DECREF(number);
    }
    return call_pure2(PURE_INTEGER_OF, value, default_value);
}

/* A module function's call (value[, default_value]) converted, or handed whole to the pure function which */
static PyObject *
converted(PyObject *(*conversion)(PyObject *, PyObject *), int which, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 && nargs != 2) {
        return call_pure(which, NULL, args, nargs, NULL);
    }
    return conversion(args[0], nargs == 2 ? args[1] : Py_None);
}

static PyObject *
speedups_parse_number(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return converted(parse_number_of, PURE_PARSE_NUMBER, args, nargs);
}

static PyObject *
speedups_string_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return converted(string_of, PURE_STRING_OF, args, nargs);
}

static PyObject *
speedups_integer_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    return converted(integer_of, PURE_INTEGER_OF, args, nargs);
}

/* _strings_of (values): the tuple itself where every value is None or a non-empty str */
static PyObject *
speedups_strings_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 1 && PyTuple_CheckExact(args[0])) {
        PyObject *values = args[0];
        Py_ssize_t i, count = PyTuple_GET_SIZE(values);
        for (i = 0; i < count; i++) {
            PyObject *value = PyTuple_GET_ITEM(values, i);
            if (value != Py_None && !(PyUnicode_CheckExact(value) && PyUnicode_GET_LENGTH(value) != 0)) {
                break;
            }
        }
        if (i == count) {
            return new_reference(values);
        }
    }
    return call_pure(PURE_STRINGS_OF, NULL, args, nargs, NULL);
}

/* --- the methods: safe* reads of one key ----------------------------------------------------------------- */

/* The arguments (dictionary, key[, default_value]) of a plain method call, or 0. */
static int
read_arguments(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, PyObject **default_value)
{
    if (kwnames != NULL || (nargs != 2 && nargs != 3)) {
        return 0;
    }
    *default_value = nargs == 3 ? args[2] : Py_None;
    return 1;
}

/* Reads dictionary[key] where it is a dict and key a str, or a list and key an int: 1 with *value (borrowed, None
 * for no such key), 0 where the pure method must read it, -1 on an error. */
static int
own_value(PyObject *dictionary, PyObject *key, PyObject **value)
{
    if (PyDict_CheckExact(dictionary) && PyUnicode_CheckExact(key)) {
        *value = PyDict_GetItemWithError(dictionary, key);
        if (*value == NULL) {
            if (PyErr_Occurred()) {
                return -1;
            }
            *value = Py_None;
        }
        return 1;
    }
    if (PyList_CheckExact(dictionary) && PyLong_CheckExact(key)) {
        int overflow;
        long long index = PyLong_AsLongLongAndOverflow(key, &overflow);
        if (overflow != 0 || index < 0) {
            return 0;
        }
        *value = index < PyList_GET_SIZE(dictionary) ? PyList_GET_ITEM(dictionary, index) : Py_None;
        return 1;
    }
    return 0;
}

static int
is_no_value(PyObject *value)
{
    return value == Py_None || (PyUnicode_CheckExact(value) && PyUnicode_GET_LENGTH(value) == 0);
}

/* The body of a safe* method of one key: read, then convert (or hand the whole call to the pure method). */
#define READ_OR_FALL_BACK(which)                                                   \
    PyObject *default_value, *value;                                               \
    int read;                                                                      \
    if (!read_arguments(args, nargs, kwnames, &default_value)) {                   \
        return call_pure(which, self, args, nargs, kwnames);                       \
    }                                                                              \
    read = own_value(args[0], args[1], &value);                                    \
    if (read < 0) {                                                                \
        return NULL;                                                               \
    }                                                                              \
    if (read == 0) {                                                               \
        return call_pure(which, self, args, nargs, kwnames);                       \
    }

static PyObject *
speedups_safe_value(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_VALUE)
    return new_reference(is_no_value(value) ? default_value : value);
}

static PyObject *
speedups_safe_string(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_STRING)
    return string_of(value, default_value);
}

static PyObject *
speedups_safe_number(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_NUMBER)
    return parse_number_of(value, default_value);
}

static PyObject *
speedups_safe_integer(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_INTEGER)
    /* ("" is no value: _integer_of reads it as no number) */
    return integer_of(value, default_value);
}

static PyObject *
speedups_safe_bool(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_BOOL)
    return new_reference(PyBool_Check(value) ? value : default_value);
}

static PyObject *
speedups_safe_list(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_LIST)
    return new_reference(PyList_CheckExact(value) ? value : default_value);
}

static PyObject *
speedups_safe_dict(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    READ_OR_FALL_BACK(PURE_SAFE_DICT)
    if (PyDict_CheckExact(value)) {
        return new_reference(value);
    }
    if (is_no_value(value)) {
        return new_reference(default_value);
    }
    return call_pure2(PURE_DICT_OF, value, default_value);
}

static PyObject *
speedups_parse_number_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (kwnames != NULL || (nargs != 1 && nargs != 2)) {
        return call_pure(PURE_PARSE_NUMBER_METHOD, self, args, nargs, kwnames);
    }
    return parse_number_of(args[0], nargs == 2 ? args[1] : Py_None);
}

/* own_value (container, key): js.get's read, as a method */
static PyObject *
speedups_own_value(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *value = NULL; /* set where read > 0, which clang -Wconditional-uninitialized cannot see */
    int read = kwnames == NULL && nargs == 2 ? own_value(args[0], args[1], &value) : 0;
    if (read > 0) {
        return new_reference(value);
    }
    return read < 0 ? NULL : call_pure(PURE_OWN_VALUE, self, args, nargs, kwnames);
}

/* --- safeMarketStructure of a spot market of plain dictionaries ------------------------------------------- */

static int
is_market_defaults(PyObject *defaults)
{
    if (!PyTuple_CheckExact(defaults) || PyTuple_GET_SIZE(defaults) != 4) {
        return 0;
    }
    for (Py_ssize_t i = 0; i < 4; i++) {
        if (!PyDict_CheckExact(PyTuple_GET_ITEM(defaults, i))) {
            return 0;
        }
    }
    return 1;
}

#define DEFAULTS_OF(index) PyTuple_GET_ITEM(pure[MARKET_DEFAULTS], (index))

/* The keys the market structure reads, made once (a key made from a C string at every read costs more than the
 * rest of the read) */
enum { KEY_TYPE, KEY_EXPIRY, KEY_PRECISION, KEY_LIMITS, KEY_AMOUNT, KEY_PRICE, KEY_COST, KEY_SPOT, KEY_CODE,
       KEY_CURRENCIES_BY_ID, KEY_COMMON_CURRENCIES, KEY_UPPER, KEY_COUNT };
static const char *const key_texts[KEY_COUNT] = {"type", "expiry", "precision", "limits", "amount", "price", "cost",
                                                  "spot", "code", "currenciesById", "commonCurrencies", "upper"};
static PyObject *keys[KEY_COUNT];

/* Whether dict b has dict a's keys, in a's order, all of them exact str (the copy of b is then {**a, **b}) */
static int
same_keys(PyObject *a, PyObject *b)
{
    PyObject *key_a, *key_b, *value;
    Py_ssize_t at_a = 0, at_b = 0;
    if (PyDict_GET_SIZE(a) != PyDict_GET_SIZE(b)) {
        return 0;
    }
    while (PyDict_Next(a, &at_a, &key_a, &value)) {
        if (!PyDict_Next(b, &at_b, &key_b, &value) || !PyUnicode_CheckExact(key_a) || !PyUnicode_CheckExact(key_b) ||
            (key_a != key_b && PyUnicode_Compare(key_a, key_b) != 0)) {
            return 0;
        }
    }
    return 1;
}

/* {**defaults, **value} of two dicts: a copy of value where it has the defaults' keys in their order (a market's
 * precision, limits and bounds as exchanges write them, one copy instead of a copy and an update) */
static PyObject *
merged(PyObject *defaults, PyObject *value)
{
    PyObject *result;
    if (same_keys(defaults, value)) {
        return PyDict_Copy(value);
    }
    result = PyDict_Copy(defaults);
    if (result != NULL && PyDict_Update(result, value) < 0) {
        Py_CLEAR(result);
    }
    return result;
}

/* dictionary[key] (borrowed), NULL where it has none: a dict whose keys are all exact str (no comparison runs code) */
static PyObject *
own_key(PyObject *dictionary, int key)
{
    return PyDict_GetItemWithError(dictionary, keys[key]);
}

/* Whether dictionary's keys are all exact str: a lookup in it, or a copy of it into one of str keys, compares str with
 * str, which runs no code (a key's __eq__ could free a dict that is only borrowed here, or raise mid-loop) */
static int
has_str_keys(PyObject *dictionary)
{
    PyObject *key, *value;
    Py_ssize_t position = 0;
    while (PyDict_Next(dictionary, &position, &key, &value)) {
        if (!PyUnicode_CheckExact(key)) {
            return 0;
        }
    }
    return 1;
}

/* Whether value is a dict of str keys */
static int
is_plain_dict(PyObject *value)
{
    return PyDict_CheckExact(value) && has_str_keys(value);
}

/* Whether the pure method builds this market the way this one does: a dict of str keys, of type spot (or none) and
 * no expiry, whose precision, limits and limits' amount, price and cost are dicts of str keys where it has them */
static int
is_plain_market(PyObject *market)
{
    PyObject *value, *limits;
    if (!is_plain_dict(market)) {
        return 0;
    }
    value = own_key(market, KEY_TYPE);
    if (value != NULL && !(PyUnicode_CheckExact(value) && PyUnicode_Compare(value, keys[KEY_SPOT]) == 0)) {
        return 0;
    }
    value = own_key(market, KEY_EXPIRY);
    if (value != NULL && value != Py_None) {
        return 0;
    }
    value = own_key(market, KEY_PRECISION);
    if (value != NULL && !is_plain_dict(value)) {
        return 0;
    }
    limits = own_key(market, KEY_LIMITS);
    if (limits == NULL) {
        return 1;
    }
    if (!is_plain_dict(limits)) {
        return 0;
    }
    for (int bound = KEY_AMOUNT; bound <= KEY_COST; bound++) {
        value = own_key(limits, bound);
        if (value != NULL && !is_plain_dict(value)) {
            return 0;
        }
    }
    return 1;
}

/* result (a copy of the defaults with the market's keys) with the market's precision and limits (NULL: the market has
 * none; plain dicts) merged into the defaults': result, or NULL when memory ran out (result released) */
static PyObject *
completed_market(PyObject *result, PyObject *precision, PyObject *limits)
{
    PyObject *merged_limits;
    if (limits == NULL) {
        limits = DEFAULTS_OF(2);
    }
    precision = result == NULL ? NULL : merged(DEFAULTS_OF(1), precision != NULL ? precision : DEFAULTS_OF(1));
    merged_limits = precision == NULL ? NULL : merged(DEFAULTS_OF(2), limits);
    for (int bound = KEY_AMOUNT; bound <= KEY_COST && merged_limits != NULL; bound++) {
        PyObject *bounds = own_key(limits, bound);
        bounds = merged(DEFAULTS_OF(3), bounds != NULL ? bounds : DEFAULTS_OF(3));
        if (bounds == NULL || PyDict_SetItem(merged_limits, keys[bound], bounds) < 0) {
            Py_CLEAR(merged_limits);
        }
        Py_XDECREF(bounds);
    }
    if (merged_limits == NULL || PyDict_SetItem(result, keys[KEY_PRECISION], precision) < 0 ||
        PyDict_SetItem(result, keys[KEY_LIMITS], merged_limits) < 0) {
        Py_CLEAR(result);
    }
    Py_XDECREF(precision);
    Py_XDECREF(merged_limits);
    return result;
}

/* safe_market_structure (market): the defaults, the market's keys, its precision and limits merged into theirs */
static PyObject *
speedups_safe_market_structure(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *market;
    if (kwnames != NULL || nargs != 1 || pure[MARKET_DEFAULTS] == NULL || !is_plain_market(args[0])) {
        return call_pure(PURE_SAFE_MARKET_STRUCTURE, self, args, nargs, kwnames);
    }
    market = args[0]; /* (its dicts' keys are all str: no read or copy below runs code, or fails but for memory) */
    return completed_market(merged(DEFAULTS_OF(0), market), own_key(market, KEY_PRECISION),
                            own_key(market, KEY_LIMITS));
}

/* The unified market's keys, in its order (the defaults'): market_structure's keywords */
static const char *const market_key_texts[MARKET_FIELDS] = {
    "id", "symbol", "base", "quote", "baseId", "quoteId", "active", "type", "spot", "swap", "future", "option",
    "contract", "linear", "inverse", "contractSize", "settle", "settleId", "expiry", "expiryDatetime", "strike",
    "optionType", "taker", "maker", "precision", "limits", "info",
};
enum { FIELD_TYPE = 7, FIELD_EXPIRY = 18, FIELD_PRECISION = 24, FIELD_LIMITS = 25 };
static PyObject *market_keys[MARKET_FIELDS];

/* The field of a keyword (one of the keys interned, as the compiler writes keywords), or -1 */
static int
market_field(PyObject *keyword)
{
    for (int field = 0; field < MARKET_FIELDS; field++) {
        if (keyword == market_keys[field]) {
            return field;
        }
    }
    return -1;
}

/* market_structure (**market), the keywords a spot market of plain dicts (is_plain_market's, the keywords being
 * the market): the defaults with the fields written, their precision and limits merged into theirs, without the dict
 * of the keywords that the pure method hands safe_market_structure. Any other call (a positional argument, a keyword
 * that is no key of the unified market or comes twice, another type, an expiry, precision or limits of other values)
 * is the pure method's. */
static PyObject *
speedups_market_structure(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *fields[MARKET_FIELDS] = {NULL}, *value, *result;
    Py_ssize_t count = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    if (nargs != 0 || pure[MARKET_DEFAULTS] == NULL) {
        return call_pure(PURE_MARKET_STRUCTURE, self, args, nargs, kwnames);
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        int field = market_field(PyTuple_GET_ITEM(kwnames, i));
        if (field < 0 || fields[field] != NULL) {
            return call_pure(PURE_MARKET_STRUCTURE, self, args, nargs, kwnames);
        }
        fields[field] = args[i];
    }
    value = fields[FIELD_TYPE];
    if ((value != NULL && !(PyUnicode_CheckExact(value) && PyUnicode_Compare(value, keys[KEY_SPOT]) == 0)) ||
        (fields[FIELD_EXPIRY] != NULL && fields[FIELD_EXPIRY] != Py_None) ||
        (fields[FIELD_PRECISION] != NULL && !is_plain_dict(fields[FIELD_PRECISION]))) {
        return call_pure(PURE_MARKET_STRUCTURE, self, args, nargs, kwnames);
    }
    value = fields[FIELD_LIMITS];
    if (value != NULL) {
        if (!is_plain_dict(value)) {
            return call_pure(PURE_MARKET_STRUCTURE, self, args, nargs, kwnames);
        }
        for (int bound = KEY_AMOUNT; bound <= KEY_COST; bound++) {
            PyObject *bounds = own_key(value, bound);
            if (bounds != NULL && !is_plain_dict(bounds)) {
                return call_pure(PURE_MARKET_STRUCTURE, self, args, nargs, kwnames);
            }
        }
    }
    /* (the dicts' keys are all str: no read or copy below runs code, or fails but for memory) */
    result = PyDict_Copy(DEFAULTS_OF(0));
    for (int field = 0; field < MARKET_FIELDS && result != NULL; field++) {
        if (fields[field] != NULL && field != FIELD_PRECISION && field != FIELD_LIMITS &&
            PyDict_SetItem(result, market_keys[field], fields[field]) < 0) {
            Py_CLEAR(result);
        }
    }
    return completed_market(result, fields[FIELD_PRECISION], fields[FIELD_LIMITS]);
}

/* safeString2: the first key's value where it is one, else safeString of the second key */
static PyObject *
speedups_safe_string2(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *default_value, *value;
    int read;
    if (kwnames != NULL || (nargs != 3 && nargs != 4)) {
        return call_pure(PURE_SAFE_STRING2, self, args, nargs, kwnames);
    }
    default_value = nargs == 4 ? args[3] : Py_None;
    read = own_value(args[0], args[1], &value);
    if (read > 0 && is_no_value(value)) {
        read = own_value(args[0], args[2], &value);
    }
    if (read < 0) {
        return NULL;
    }
    if (read == 0) {
        return call_pure(PURE_SAFE_STRING2, self, args, nargs, kwnames);
    }
    return string_of(value, default_value);
}

/* --- plain decimal texts, exactly --------------------------------------------------------------------- */

#define MAX_PLAIN 40 /* the longest text read as plain here (primitives._scaled's bound) */
#define MAX_POWER 80

static PyObject *powers_of_ten[MAX_POWER + 1]; /* 10**0 .. 10**80, made by the module's initialisation */

/* A plain decimal text of at most MAX_PLAIN characters (a '-' first or not, then digits with at most one point
 * among them: '-12.50', '5.', '.5'): its digits without the point, NUL-terminated, in digits; *negative, and
 * *decimals the count of digits after the point. 0 for any other value. */
static int
plain_digits(PyObject *text, char digits[MAX_PLAIN + 1], int *negative, Py_ssize_t *decimals)
{
    const char *characters;
    Py_ssize_t length, at = 0, count = 0, point = -1;
    if (!PyUnicode_CheckExact(text) || !PyUnicode_IS_ASCII(text) || PyUnicode_GET_LENGTH(text) > MAX_PLAIN) {
        return 0;
    }
    characters = (const char *)PyUnicode_DATA(text);
    length = PyUnicode_GET_LENGTH(text);
    *negative = length > 0 && characters[0] == '-';
    for (at = *negative; at < length; at++) {
        if (characters[at] >= '0' && characters[at] <= '9') {
            digits[count++] = characters[at];
        }
        else if (characters[at] == '.' && point < 0) {
            point = count;
        }
        else {
            return 0;
        }
    }
    digits[count] = '\0';
    *decimals = point < 0 ? 0 : count - point;
    return count > 0;
}

/* _scaled (text): (integer, decimals) of a plain text, its exact value integer / 10**decimals; None for another */
static PyObject *
speedups_scaled(PyObject *module, PyObject *text)
{
    char digits[MAX_PLAIN + 1];
    int negative;
    Py_ssize_t decimals;
    PyObject *magnitude, *integer, *result;
    if (!plain_digits(text, digits, &negative, &decimals)) {
        Py_RETURN_NONE;
    }
    magnitude = PyLong_FromString(digits, NULL, 10);
    if (magnitude == NULL || !negative) {
        integer = magnitude;
    }
    else {
        integer = PyNumber_Negative(magnitude);
        Py_DECREF(magnitude);
    }
    if (integer == NULL) {
        return NULL;
    }
    result = Py_BuildValue("(Nn)", integer, decimals);
    return result;
}

/* _scaled_number (integer, decimals): number_of (integer / 10**decimals), int / int being correctly rounded */
static PyObject *
speedups_scaled_number(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t decimals;
    PyObject *power, *quotient;
    double number;
    if (nargs != 2 || !PyLong_CheckExact(args[0]) || !PyLong_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "scaled_number (integer, decimals) takes two ints");
        return NULL;
    }
    decimals = PyLong_AsSsize_t(args[1]);
    if (decimals == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (decimals < 0 || decimals > MAX_POWER) {
        PyErr_SetString(PyExc_ValueError, "scaled_number: decimals out of range");
        return NULL;
    }
    power = powers_of_ten[decimals];
    quotient = PyNumber_TrueDivide(args[0], power);
    if (quotient == NULL) {
        return NULL;
    }
    number = PyFloat_AS_DOUBLE(quotient);
    if (number == floor(number) && -SAFE_INTEGER < number && number < SAFE_INTEGER) {
        Py_DECREF(quotient);
        return PyLong_FromDouble(number);
    }
    return quotient;
}

/* The text Precise writes for the value digits / 10**decimals (digits: ASCII digits, length of them), negative or
 * not: no exponent, no leading or trailing zeros, never -0. */
static PyObject *
precise_text(int negative, const char *digits, Py_ssize_t length, Py_ssize_t decimals)
{
    Py_ssize_t whole, size, at = 0;
    PyObject *text;
    Py_UCS1 *written;
    while (length > 0 && digits[0] == '0') { /* (leading zeros: the value is the same) */
        digits++;
        length--;
    }
    while (decimals > 0 && length > 0 && digits[length - 1] == '0') {
        length--;
        decimals--;
    }
    if (length == 0) {
        return PyUnicode_FromString("0");
    }
    whole = length - decimals; /* the digits before the point; where none, a 0 is written */
    size = negative + (whole > 0 ? whole : 1) + (decimals > 0 ? 1 + decimals : 0);
    text = PyUnicode_New(size, 127);
    if (text == NULL) {
        return NULL;
    }
    written = PyUnicode_1BYTE_DATA(text);
    if (negative) {
        written[at++] = '-';
    }
    if (whole > 0) {
        memcpy(written + at, digits, whole);
        at += whole;
    }
    else {
        written[at++] = '0';
    }
    if (decimals > 0) {
        written[at++] = '.';
        for (Py_ssize_t zero = whole; zero < 0; zero++) {
            written[at++] = '0';
        }
        memcpy(written + at, digits + (whole > 0 ? whole : 0), length - (whole > 0 ? whole : 0));
    }
    return text;
}

/* Precise.stringMul of two plain texts (see plain_digits): the exact product as Precise writes it; None for any
 * other pair (Precise computes it on decimals). */
static PyObject *
speedups_plain_product(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    char left[MAX_PLAIN + 1], right[MAX_PLAIN + 1];
    int left_negative, right_negative;
    Py_ssize_t left_decimals, right_decimals;
    PyObject *left_integer, *right_integer, *product, *digits, *text;
    if (nargs != 2 || !plain_digits(args[0], left, &left_negative, &left_decimals) ||
        !plain_digits(args[1], right, &right_negative, &right_decimals)) {
        Py_RETURN_NONE;
    }
    left_integer = PyLong_FromString(left, NULL, 10);
    right_integer = left_integer == NULL ? NULL : PyLong_FromString(right, NULL, 10);
    product = right_integer == NULL ? NULL : PyNumber_Multiply(left_integer, right_integer);
    Py_XDECREF(left_integer);
    Py_XDECREF(right_integer);
    digits = product == NULL ? NULL : PyObject_Str(product);
    Py_XDECREF(product);
    if (digits == NULL) {
        return NULL;
    }
    text = precise_text(left_negative != right_negative, (const char *)PyUnicode_DATA(digits),
                        PyUnicode_GET_LENGTH(digits), left_decimals + right_decimals);
    Py_DECREF(digits);
    return text;
}

/* Precise.stringDiv (text, 10**shift, precision) of a plain text: its point moved, truncated after precision
 * decimals (toward zero), as Precise writes it; None for any other text. */
static PyObject *
speedups_plain_shifted(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    char digits[MAX_PLAIN + 1];
    int negative;
    Py_ssize_t decimals, shift, precision, length;
    if (nargs != 3 || !plain_digits(args[0], digits, &negative, &decimals)) {
        Py_RETURN_NONE;
    }
    shift = PyLong_AsSsize_t(args[1]);
    precision = shift == -1 && PyErr_Occurred() ? -1 : PyLong_AsSsize_t(args[2]);
    if (precision == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (shift < 0 || shift > MAX_POWER || precision < 0) {
        PyErr_SetString(PyExc_ValueError, "plain_shifted: shift or precision out of range");
        return NULL;
    }
    length = (Py_ssize_t)strlen(digits);
    decimals += shift;
    if (decimals > precision) { /* the digits past the precision are dropped: truncation toward zero */
        length = decimals - precision >= length ? 0 : length - (decimals - precision);
        decimals = precision;
    }
    return precise_text(negative, digits, length, decimals);
}

/* The digits of a plain text's magnitude without its leading zeros, and the count of its whole ones among them */
static const char *
significant(const char *digits, Py_ssize_t decimals, Py_ssize_t *whole)
{
    Py_ssize_t length = (Py_ssize_t)strlen(digits);
    *whole = length - decimals;
    while (*whole > 0 && digits[0] == '0') {
        digits++;
        (*whole)--;
    }
    return digits;
}

/* -1, 0 or 1: the magnitude of the left digits (with left_decimals of them after the point) below, equal to or
 * above the right's */
static int
magnitude_order(const char *left, Py_ssize_t left_decimals, const char *right, Py_ssize_t right_decimals)
{
    Py_ssize_t left_whole, right_whole, at;
    left = significant(left, left_decimals, &left_whole);
    right = significant(right, right_decimals, &right_whole);
    if (left_whole != right_whole) {
        return left_whole < right_whole ? -1 : 1;
    }
    /* the same count of whole digits: digit by digit, a missing decimal read as 0 */
    for (at = 0; at < left_whole + (left_decimals > right_decimals ? left_decimals : right_decimals); at++) {
        char left_digit = at < left_whole + left_decimals ? left[at] : '0';
        char right_digit = at < right_whole + right_decimals ? right[at] : '0';
        if (left_digit != right_digit) {
            return left_digit < right_digit ? -1 : 1;
        }
    }
    return 0;
}

/* Precise's comparison of two plain texts (see plain_digits): -1, 0 or 1 as the left value is below, equal to or
 * above the right one (-0 is 0); None for any other pair (Precise compares decimals). Poloniex reads every market's
 * maximums with one, where two decimals cost ten times more. */
static PyObject *
speedups_plain_order(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    char left[MAX_PLAIN + 1], right[MAX_PLAIN + 1];
    int left_negative, right_negative, left_sign, right_sign;
    Py_ssize_t left_decimals, right_decimals;
    if (nargs != 2 || !plain_digits(args[0], left, &left_negative, &left_decimals) ||
        !plain_digits(args[1], right, &right_negative, &right_decimals)) {
        Py_RETURN_NONE;
    }
    left_sign = strspn(left, "0") == strlen(left) ? 0 : left_negative ? -1 : 1;
    right_sign = strspn(right, "0") == strlen(right) ? 0 : right_negative ? -1 : 1;
    if (left_sign != right_sign || left_sign == 0) {
        return PyLong_FromLong(left_sign < right_sign ? -1 : left_sign > right_sign);
    }
    return PyLong_FromLong(left_sign * magnitude_order(left, left_decimals, right, right_decimals));
}

/* --- js.py: the reads and comparisons of emitted code ----------------------------------------------------- */

/* js.get (container, key) */
static PyObject *
speedups_get(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *value;
    if (nargs == 2 && own_value(args[0], args[1], &value) > 0) {
        return new_reference(value);
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    return call_pure(PURE_GET, NULL, args, nargs, NULL);
}

/* js.length (value): a list's, or an ASCII text's (a code unit a character) */
static PyObject *
speedups_length(PyObject *module, PyObject *value)
{
    if (PyList_CheckExact(value)) {
        return PyLong_FromSsize_t(PyList_GET_SIZE(value));
    }
    if (PyUnicode_CheckExact(value) && PyUnicode_IS_ASCII(value)) {
        return PyLong_FromSsize_t(PyUnicode_GET_LENGTH(value));
    }
    return call_pure(PURE_LENGTH, NULL, &value, 1, NULL);
}

/* js.to_str (value) */
static PyObject *
speedups_to_str(PyObject *module, PyObject *value)
{
    if (PyUnicode_CheckExact(value)) {
        return new_reference(value);
    }
    return call_pure(PURE_TO_STR, NULL, &value, 1, NULL);
}

/* js.strict_equal (left, right): == of two values of one of these types (no identity shortcut: NaN is not NaN) */
static PyObject *
speedups_strict_equal(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 2) {
        PyTypeObject *kind = Py_TYPE(args[0]);
        if (kind == Py_TYPE(args[1]) && (kind == &PyUnicode_Type || kind == &PyLong_Type || kind == &PyFloat_Type ||
                                         kind == &PyBool_Type)) {
            return PyObject_RichCompare(args[0], args[1], Py_EQ);
        }
        if (args[0] == Py_None || args[1] == Py_None) {
            return new_reference(args[0] == args[1] ? Py_True : Py_False);
        }
    }
    return call_pure(PURE_STRICT_EQUAL, NULL, args, nargs, NULL);
}

/* js.less (left, right): < of two ints or two floats */
static PyObject *
speedups_less(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 2 && Py_TYPE(args[0]) == Py_TYPE(args[1]) &&
        (PyLong_CheckExact(args[0]) || PyFloat_CheckExact(args[0]))) {
        return PyObject_RichCompare(args[0], args[1], Py_LT);
    }
    return call_pure(PURE_LESS, NULL, args, nargs, NULL);
}

/* js.set_ (container, key, value): a dict's str key written */
static PyObject *
speedups_set(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs == 3 && PyDict_CheckExact(args[0]) && PyUnicode_CheckExact(args[1])) {
        if (PyDict_SetItem(args[0], args[1], args[2]) < 0) {
            return NULL;
        }
        Py_RETURN_NONE;
    }
    return call_pure(PURE_SET, NULL, args, nargs, NULL);
}

/* --- parse_json's scans of a response's text, one pass each ------------------------------------------------ */

/* What the scans tell apart among a text's characters (ASCII; any other character is OTHER) */
enum { OTHER, DIGIT, BEFORE_INTEGER };

static unsigned char ascii_class[128];

static void
classify_ascii(void)
{
    for (int character = '0'; character <= '9'; character++) { /* (not `digit`: CPython's headers name a type so) */
        ascii_class[character] = DIGIT;
    }
    /* what an integer of the structure can follow (a - is its sign) */
    for (const char *before = ",:[- \t\n\r"; *before; before++) {
        ascii_class[(unsigned char)*before] = BEFORE_INTEGER;
    }
}

#define CLASS_OF(character) ((character) < 128 ? ascii_class[(character)] : OTHER)

static inline int
is_json_space(Py_UCS4 character)
{
    return character == ' ' || character == '\t' || character == '\n' || character == '\r';
}

#define IS_DIGIT_AT(at) (CLASS_OF(PyUnicode_READ(kind, data, (at))) == DIGIT)

/* A run of 16 digits or more that opens the text or follows one of , : [ - and JSON's spaces. A run of 16 holds one
 * of every 16th character: the others are skipped, and only a digit there has its run measured. (Inlined for each
 * kind of text, a constant there: the common one-byte text is read a byte at a time, a quarter of the instructions.) */
static inline Py_ALWAYS_INLINE int
long_integer_in(int kind, const void *data, Py_ssize_t length)
{
    Py_ssize_t next = 0; /* where a run may start: the text's start, or after a character that is no digit */
    while (next + 16 <= length) {
        Py_ssize_t start = next + 15, end = next + 16;
        if (!IS_DIGIT_AT(next + 15)) {
            next += 16;
            continue;
        }
        while (start > next && IS_DIGIT_AT(start - 1)) {
            start--;
        }
        while (end < length && IS_DIGIT_AT(end)) {
            end++;
        }
        if (end - start >= 16 && (start == 0 || CLASS_OF(PyUnicode_READ(kind, data, start - 1)) == BEFORE_INTEGER)) {
            return 1;
        }
        next = end + 1;
    }
    return 0;
}

static int
is_text(PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "the scans read a str");
        return 0;
    }
    return 1;
}

/* js._may_hold_long_integer: 16 digits that open the text or follow one of , : [ - and JSON's spaces */
static PyObject *
speedups_may_hold_long_integer(PyObject *module, PyObject *text)
{
    const void *data;
    Py_ssize_t length;
    if (!is_text(text)) {
        return NULL;
    }
    data = PyUnicode_DATA(text);
    length = PyUnicode_GET_LENGTH(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        return PyBool_FromLong(long_integer_in(PyUnicode_1BYTE_KIND, data, length));
    case PyUnicode_2BYTE_KIND:
        return PyBool_FromLong(long_integer_in(PyUnicode_2BYTE_KIND, data, length));
    default:
        return PyBool_FromLong(long_integer_in(PyUnicode_4BYTE_KIND, data, length));
    }
}

/* js._may_hold_negative_zero: -0, JSON's spaces or none, then , ] } or the text's end */
static PyObject *
speedups_may_hold_negative_zero(PyObject *module, PyObject *text)
{
    Py_ssize_t length, at = 0;
    if (!is_text(text)) {
        return NULL;
    }
    length = PyUnicode_GET_LENGTH(text);
    while ((at = PyUnicode_FindChar(text, '-', at, length, 1)) >= 0) {
        Py_ssize_t next = at + 2;
        if (next <= length && PyUnicode_READ_CHAR(text, at + 1) == '0') {
            while (next < length && is_json_space(PyUnicode_READ_CHAR(text, next))) {
                next++;
            }
            if (next == length || PyUnicode_READ_CHAR(text, next) == ',' || PyUnicode_READ_CHAR(text, next) == ']' ||
                PyUnicode_READ_CHAR(text, next) == '}') {
                Py_RETURN_TRUE;
            }
        }
        at++;
    }
    return at == -1 ? new_reference(Py_False) : NULL;
}

/* What a dict's key tells walk_response: CONVERSION_KEY for toString or valueOf (see
 * native_exchange.has_conversion_key), LENGTH_KEY for length (see native_exchange.claims_longer_lists), else 0 */
enum { CONVERSION_KEY = 1, LENGTH_KEY = 2 };

static int
key_kind(PyObject *key)
{
    if (!PyUnicode_CheckExact(key)) {
        return 0;
    }
    switch (PyUnicode_GET_LENGTH(key)) {
    case 8:
        return PyUnicode_CompareWithASCIIString(key, "toString") == 0 ? CONVERSION_KEY : 0;
    case 7:
        return PyUnicode_CompareWithASCIIString(key, "valueOf") == 0 ? CONVERSION_KEY : 0;
    case 6:
        return PyUnicode_CompareWithASCIIString(key, "length") == 0 ? LENGTH_KEY : 0;
    default:
        return 0;
    }
}

/* Whether a decoded JSON value holds lists or dicts nested more than levels deep (value itself is level 1), or, with
 * key_kinds non-NULL, a dict with a key toString or valueOf, where *key_kinds is also set to LENGTH_KEY if a dict has
 * a key length: walked depth first with a stack of at most levels containers (the value keeps them alive: nothing
 * runs meanwhile that could change them). -1 with an exception set. */
static int
walk_refuses(PyObject *value, Py_ssize_t levels, int *key_kinds)
{
    typedef struct {
        PyObject *container;
        Py_ssize_t position; /* the next element's index, or PyDict_Next's position */
    } Level;
    Level *levels_open;
    Py_ssize_t depth = 1;
    int refused = 0;
    if (!PyList_CheckExact(value) && !PyDict_CheckExact(value)) {
        return 0;
    }
    if (levels < 1) {
        return 1;
    }
    levels_open = PyMem_New(Level, levels);
    if (levels_open == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    levels_open[0].container = value;
    levels_open[0].position = 0;
    while (depth > 0 && !refused) {
        Level *level = &levels_open[depth - 1];
        PyObject *element = NULL, *key;
        if (PyList_CheckExact(level->container)) {
            if (level->position < PyList_GET_SIZE(level->container)) {
                element = PyList_GET_ITEM(level->container, level->position++);
            }
        }
        else if (!PyDict_Next(level->container, &level->position, &key, &element)) {
            element = NULL;
        }
        else if (key_kinds != NULL) {
            int kind = key_kind(key);
            refused = kind == CONVERSION_KEY;
            *key_kinds |= kind;
        }
        if (element == NULL) {
            depth--;
        }
        else if (PyList_CheckExact(element) || PyDict_CheckExact(element)) {
            if (depth == levels) {
                refused = 1;
            }
            else {
                levels_open[depth].container = element;
                levels_open[depth].position = 0;
                depth++;
            }
        }
    }
    PyMem_Free(levels_open);
    return refused;
}

/* The levels argument of the walks: an exact int; -1 with an exception set for any other */
static Py_ssize_t
levels_of(const char *signature, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyLong_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, signature);
        return -1;
    }
    return PyLong_AsSsize_t(args[1]);
}

/* native_exchange.nests_deeper (value, levels) */
static PyObject *
speedups_nests_deeper(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t levels = levels_of("nests_deeper (value, levels)", args, nargs);
    int refused = levels == -1 && PyErr_Occurred() ? -1 : walk_refuses(args[0], levels, NULL);
    return refused < 0 ? NULL : PyBool_FromLong(refused);
}

/* native_exchange.response_verdict's walk (value, levels): REFUSED (1) where nests_deeper (value, levels) or
 * has_conversion_key (value), else CLAIMS_LENGTHS (2) where a dict has a key length, else READ (0); in one walk: the
 * text scans for the names that spare the pure walks cost more than this walk (a megabyte of markets: 0.8 ms against
 * 0.2) */
static PyObject *
speedups_walk_response(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    int key_kinds = 0;
    Py_ssize_t levels = levels_of("walk_response (value, levels)", args, nargs);
    int refused = levels == -1 && PyErr_Occurred() ? -1 : walk_refuses(args[0], levels, &key_kinds);
    return refused < 0 ? NULL : PyLong_FromLong(refused ? 1 : (key_kinds & LENGTH_KEY) ? 2 : 0);
}

/* native_exchange.holds_proto_text: __proto__ in any case (only ASCII letters fold to these) */
static PyObject *
speedups_holds_proto_text(PyObject *module, PyObject *text)
{
    static const char name[] = "__proto__";
    const Py_ssize_t name_length = sizeof(name) - 1;
    Py_ssize_t length, at = 0;
    if (!is_text(text)) {
        return NULL;
    }
    length = PyUnicode_GET_LENGTH(text);
    while ((at = PyUnicode_FindChar(text, '_', at, length, 1)) >= 0 && at + name_length <= length) {
        Py_ssize_t matched = 1;
        while (matched < name_length) {
            Py_UCS4 character = PyUnicode_READ_CHAR(text, at + matched);
            if (character >= 'A' && character <= 'Z') {
                character += 'a' - 'A';
            }
            if (character != (Py_UCS4)name[matched]) {
                break;
            }
            matched++;
        }
        if (matched == name_length) {
            Py_RETURN_TRUE;
        }
        at++;
    }
    return at == -2 ? NULL : new_reference(Py_False);
}

/* install (fallbacks): pure-Python functions by name (pure_names), each before its C function is called (js.py
 * installs its own, primitives.py the rest) */
static PyObject *
speedups_install(PyObject *module, PyObject *fallbacks)
{
    PyObject *name, *function;
    Py_ssize_t position = 0;
    if (!PyDict_Check(fallbacks)) {
        PyErr_SetString(PyExc_TypeError, "install () takes a dict of the pure functions by name");
        return NULL;
    }
    while (PyDict_Next(fallbacks, &position, &name, &function)) {
        int which;
        for (which = 0; which < PURE_COUNT; which++) {
            if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, pure_names[which]) == 0) {
                break;
            }
        }
        if (which == PURE_COUNT ||
            (which == MARKET_DEFAULTS ? !is_market_defaults(function) : !PyCallable_Check(function))) {
            PyErr_Format(PyExc_KeyError, "install (): %R is no pure function of this module", name);
            return NULL;
        }
        Py_INCREF(function);
        Py_XSETREF(pure[which], function);
    }
    Py_RETURN_NONE;
}

/* safeCurrencyCode of the usual call, an id (a str) and no currency, where currenciesById is None or a dict: the code
 * of the id's currency (a dict), or for an id it has no currency of, the id's upper case (ASCII: str.upper is
 * JavaScript's) as commonCurrencies (a dict) maps it, a non-empty str, or as it is. Two a market in most exchanges'
 * markets, where the pure method's four Python calls cost 1.5 microseconds. */
static PyObject *
speedups_safe_currency_code(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *by_id, *currency, *code, *common, *mapped;
    if (kwnames != NULL || nargs < 1 || nargs > 2 || (nargs == 2 && args[1] != Py_None)
        || !PyUnicode_CheckExact(args[0])) {
        return call_pure(PURE_SAFE_CURRENCY_CODE, self, args, nargs, kwnames);
    }
    if ((by_id = PyObject_GetAttr(self, keys[KEY_CURRENCIES_BY_ID])) == NULL) {
        return NULL;
    }
    currency = PyDict_CheckExact(by_id) ? PyDict_GetItemWithError(by_id, args[0]) : NULL; /* borrowed */
    if ((by_id != Py_None && !PyDict_CheckExact(by_id)) || (currency != NULL && currency != Py_None
                                                             && !PyDict_CheckExact(currency))) {
        Py_DECREF(by_id);
        return call_pure(PURE_SAFE_CURRENCY_CODE, self, args, nargs, kwnames);
    }
    if (currency != NULL && currency != Py_None) {
        /* (held while it is looked up: a key of its own whose __eq__ runs could empty currenciesById) */
        Py_INCREF(currency);
        code = PyDict_GetItemWithError(currency, keys[KEY_CODE]);
        code = (code == NULL && PyErr_Occurred()) ? NULL : new_reference(code == NULL ? Py_None : code);
        Py_DECREF(currency);
        Py_DECREF(by_id);
        return code;
    }
    Py_DECREF(by_id);
    if (PyErr_Occurred()) {
        return NULL; /* (the lookup's) */
    }
    if (!PyUnicode_IS_ASCII(args[0])) {
        return call_pure(PURE_SAFE_CURRENCY_CODE, self, args, nargs, kwnames);
    }
    if ((common = PyObject_GetAttr(self, keys[KEY_COMMON_CURRENCIES])) == NULL) {
        return NULL;
    }
    if (!PyDict_CheckExact(common) || (code = PyObject_CallMethodNoArgs(args[0], keys[KEY_UPPER])) == NULL) {
        Py_DECREF(common);
        return PyErr_Occurred() ? NULL : call_pure(PURE_SAFE_CURRENCY_CODE, self, args, nargs, kwnames);
    }
    mapped = PyDict_GetItemWithError(common, code); /* borrowed */
    if (mapped != NULL && mapped != Py_None && PyUnicode_CheckExact(mapped) && PyUnicode_GET_LENGTH(mapped) > 0) {
        Py_SETREF(code, new_reference(mapped));
    } else if (mapped != NULL && mapped != Py_None && !PyUnicode_CheckExact(mapped)) {
        Py_CLEAR(code); /* (safe_string writes a number or a boolean as a text: the pure method's) */
    } else if (mapped == NULL && PyErr_Occurred()) {
        Py_CLEAR(code);
        Py_DECREF(common);
        return NULL;
    }
    Py_DECREF(common);
    return code != NULL ? code : call_pure(PURE_SAFE_CURRENCY_CODE, self, args, nargs, kwnames);
}

#define MAX_PLACES 1000 /* the most decimal places parse_precision reads (it raises beyond, in Python) */

/* parsePrecision of a text of digits with a '-' first or not, or of an int, within MAX_PLACES either way: the tick
 * size of that many decimal places ('3' -> '0.001', '0' -> '1', '-2' -> '100'). Every other value, parseInt's
 * general case, goes to the pure method. Two a market on the exchanges that give decimal places. */
static PyObject *
speedups_parse_precision(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    long places = MAX_PLACES + 1;
    PyObject *text;
    Py_UCS1 *written;
    if (kwnames == NULL && nargs == 1 && PyUnicode_CheckExact(args[0]) && PyUnicode_IS_ASCII(args[0])) {
        const char *characters = (const char *)PyUnicode_DATA(args[0]);
        Py_ssize_t length = PyUnicode_GET_LENGTH(args[0]), at = length > 0 && characters[0] == '-';
        if (length > at && length - at <= 4) {
            for (places = 0; at < length && characters[at] >= '0' && characters[at] <= '9'; at++) {
                places = places * 10 + (characters[at] - '0');
            }
            places = at < length ? MAX_PLACES + 1 : characters[0] == '-' ? -places : places;
        }
    }
    else if (kwnames == NULL && nargs == 1 && PyLong_CheckExact(args[0])) {
        int overflow;
        places = PyLong_AsLongAndOverflow(args[0], &overflow);
        if (overflow != 0 || (places == -1 && PyErr_Occurred())) {
            PyErr_Clear();
            places = MAX_PLACES + 1;
        }
    }
    if (places > MAX_PLACES || places < -MAX_PLACES) {
        return call_pure(PURE_PARSE_PRECISION, self, args, nargs, kwnames);
    }
    text = PyUnicode_New(places > 0 ? places + 2 : 1 - places, 127);
    if (text == NULL) {
        return NULL;
    }
    written = PyUnicode_1BYTE_DATA(text);
    if (places > 0) { /* '0.' then places - 1 zeros then '1' */
        memset(written, '0', places + 1);
        written[1] = '.';
        written[places + 1] = '1';
    }
    else { /* '1' then -places zeros */
        written[0] = '1';
        memset(written + 1, '0', -places);
    }
    return text;
}

static PyMethodDef primitives_methods[] = {
    {"safe_value", (PyCFunction)(void (*)(void))speedups_safe_value, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_string", (PyCFunction)(void (*)(void))speedups_safe_string, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_string2", (PyCFunction)(void (*)(void))speedups_safe_string2, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_number", (PyCFunction)(void (*)(void))speedups_safe_number, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_integer", (PyCFunction)(void (*)(void))speedups_safe_integer, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_bool", (PyCFunction)(void (*)(void))speedups_safe_bool, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_dict", (PyCFunction)(void (*)(void))speedups_safe_dict, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_list", (PyCFunction)(void (*)(void))speedups_safe_list, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"parse_number", (PyCFunction)(void (*)(void))speedups_parse_number_method, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"own_value", (PyCFunction)(void (*)(void))speedups_own_value, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_market_structure", (PyCFunction)(void (*)(void))speedups_safe_market_structure,
     METH_FASTCALL | METH_KEYWORDS, NULL},
    {"market_structure", (PyCFunction)(void (*)(void))speedups_market_structure, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"safe_currency_code", (PyCFunction)(void (*)(void))speedups_safe_currency_code, METH_FASTCALL | METH_KEYWORDS,
     NULL},
    {"parse_precision", (PyCFunction)(void (*)(void))speedups_parse_precision, METH_FASTCALL | METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

/* The base class of Primitives whose methods these are: it adds no fields, so any class may derive from it. */
static PyTypeObject PrimitivesType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "exchangekit.base._speedups.Primitives",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "The safe* reads of primitives.Primitives, in C.",
    .tp_methods = primitives_methods,
    .tp_new = PyType_GenericNew,
};

static PyMethodDef module_functions[] = {
    {"parse_number", (PyCFunction)(void (*)(void))speedups_parse_number, METH_FASTCALL, NULL},
    {"string_of", (PyCFunction)(void (*)(void))speedups_string_of, METH_FASTCALL, NULL},
    {"integer_of", (PyCFunction)(void (*)(void))speedups_integer_of, METH_FASTCALL, NULL},
    {"strings_of", (PyCFunction)(void (*)(void))speedups_strings_of, METH_FASTCALL, NULL},
    {"scaled", speedups_scaled, METH_O, NULL},
    {"scaled_number", (PyCFunction)(void (*)(void))speedups_scaled_number, METH_FASTCALL, NULL},
    {"plain_product", (PyCFunction)(void (*)(void))speedups_plain_product, METH_FASTCALL, NULL},
    {"plain_shifted", (PyCFunction)(void (*)(void))speedups_plain_shifted, METH_FASTCALL, NULL},
    {"plain_order", (PyCFunction)(void (*)(void))speedups_plain_order, METH_FASTCALL, NULL},
    {"get", (PyCFunction)(void (*)(void))speedups_get, METH_FASTCALL, NULL},
    {"length", speedups_length, METH_O, NULL},
    {"to_str", speedups_to_str, METH_O, NULL},
    {"strict_equal", (PyCFunction)(void (*)(void))speedups_strict_equal, METH_FASTCALL, NULL},
    {"less", (PyCFunction)(void (*)(void))speedups_less, METH_FASTCALL, NULL},
    {"set_", (PyCFunction)(void (*)(void))speedups_set, METH_FASTCALL, NULL},
    {"may_hold_long_integer", speedups_may_hold_long_integer, METH_O, NULL},
    {"may_hold_negative_zero", speedups_may_hold_negative_zero, METH_O, NULL},
    {"nests_deeper", (PyCFunction)(void (*)(void))speedups_nests_deeper, METH_FASTCALL, NULL},
    {"walk_response", (PyCFunction)(void (*)(void))speedups_walk_response, METH_FASTCALL, NULL},
    {"holds_proto_text", speedups_holds_proto_text, METH_O, NULL},
    {"install", speedups_install, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef speedups_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "exchangekit.base._speedups",
    .m_doc = "The hottest primitives of exchangekit.base.primitives in C (see primitives.py).",
    .m_size = -1,
    .m_methods = module_functions,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    PyObject *module;
    if (PyType_Ready(&PrimitivesType) < 0) {
        return NULL;
    }
    classify_ascii();
    for (int key = 0; key < KEY_COUNT; key++) {
        if (keys[key] == NULL && (keys[key] = PyUnicode_InternFromString(key_texts[key])) == NULL) {
            return NULL;
        }
    }
    for (int field = 0; field < MARKET_FIELDS; field++) {
        if (market_keys[field] == NULL &&
            (market_keys[field] = PyUnicode_InternFromString(market_key_texts[field])) == NULL) {
            return NULL;
        }
    }
    for (int power = 0; power <= MAX_POWER; power++) {
        if (powers_of_ten[power] == NULL) {
            PyObject *ten = PyLong_FromLong(10), *exponent = PyLong_FromLong(power);
            powers_of_ten[power] = ten == NULL || exponent == NULL ? NULL : PyNumber_Power(ten, exponent, Py_None);
            Py_XDECREF(ten);
            Py_XDECREF(exponent);
            if (powers_of_ten[power] == NULL) {
                return NULL;
            }
        }
    }
    module = PyModule_Create(&speedups_module);
    if (module == NULL) {
        return NULL;
    }
    Py_INCREF(&PrimitivesType);
    if (PyModule_AddObject(module, "Primitives", (PyObject *)&PrimitivesType) < 0) {
        Py_DECREF(&PrimitivesType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
