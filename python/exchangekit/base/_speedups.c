/* The hottest primitives of exchangekit.base.primitives in C: what every parsed trade, ticker and market calls
 * tens of times (the safe* reads of one key, parseNumber and the conversions the structures make).
 *
 * primitives.py stays the definition. Each function here decides in C only the cases whose JavaScript meaning
 * is plain (a dict read by a str key, a list by an int, a value that is a str, an int, a float or None) and hands
 * every other call, with the same arguments, to the pure-Python function it replaces (install () receives them):
 * nothing here re-implements a general case. The shared vectors run against both (EXCHANGEKIT_PURE_PYTHON=1 turns
 * this module off). No fixed buffers and no recursion: hostile input reaches only the Python C API.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>

/* The pure-Python functions the fast paths fall back to, by name (install () sets all of them). */
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
    PURE_COUNT
};

static const char *const pure_names[PURE_COUNT] = {
    "_parse_number", "_string_of", "_integer_of", "_dict_of", "_strings_of", "safe_value", "safe_string",
    "safe_string2", "safe_number", "safe_integer", "safe_bool", "safe_dict", "safe_list",
};

static PyObject *pure[PURE_COUNT];

#define MAX_ARGUMENTS 8 /* a call with more arguments goes to the pure function, which raises as Python does */

/* The pure function `which` with the call's arguments as they came (self first, for a method). */
static PyObject *
call_pure(int which, PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *stack[MAX_ARGUMENTS + 1];
    Py_ssize_t keywords = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    Py_ssize_t offset = self == NULL ? 0 : 1;
    if (pure[which] == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "exchangekit.base._speedups: install () was not called");
        return NULL;
    }
    if (nargs + keywords + offset > MAX_ARGUMENTS + 1) {
        PyErr_SetString(PyExc_TypeError, "too many arguments");
        return NULL;
    }
    if (self != NULL) {
        stack[0] = self;
    }
    for (Py_ssize_t i = 0; i < nargs + keywords; i++) {
        stack[offset + i] = args[i];
    }
    return PyObject_Vectorcall(pure[which], stack, nargs + offset, kwnames);
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

/* The arguments (value[, default_value]) of a module function, or 0 where the call is not that plain. */
static int
value_and_default(PyObject *const *args, Py_ssize_t nargs, PyObject **value, PyObject **default_value)
{
    if (nargs != 1 && nargs != 2) {
        return 0;
    }
    *value = args[0];
    *default_value = nargs == 2 ? args[1] : Py_None;
    return 1;
}

static PyObject *
speedups_parse_number(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *value, *default_value;
    if (!value_and_default(args, nargs, &value, &default_value)) {
        return call_pure(PURE_PARSE_NUMBER, NULL, args, nargs, NULL);
    }
    return parse_number_of(value, default_value);
}

static PyObject *
speedups_string_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *value, *default_value;
    if (!value_and_default(args, nargs, &value, &default_value)) {
        return call_pure(PURE_STRING_OF, NULL, args, nargs, NULL);
    }
    return string_of(value, default_value);
}

static PyObject *
speedups_integer_of(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *value, *default_value;
    if (!value_and_default(args, nargs, &value, &default_value)) {
        return call_pure(PURE_INTEGER_OF, NULL, args, nargs, NULL);
    }
    return integer_of(value, default_value);
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

/* install (fallbacks): the pure-Python functions by name (pure_names), before any other call */
static PyObject *
speedups_install(PyObject *module, PyObject *fallbacks)
{
    PyObject *found[PURE_COUNT];
    if (!PyDict_Check(fallbacks)) {
        PyErr_SetString(PyExc_TypeError, "install () takes a dict of the pure functions by name");
        return NULL;
    }
    for (int i = 0; i < PURE_COUNT; i++) {
        found[i] = PyDict_GetItemString(fallbacks, pure_names[i]);
        if (found[i] == NULL || !PyCallable_Check(found[i])) {
            PyErr_Format(PyExc_KeyError, "install (): no pure function %s", pure_names[i]);
            return NULL;
        }
    }
    for (int i = 0; i < PURE_COUNT; i++) {
        Py_INCREF(found[i]);
        Py_XSETREF(pure[i], found[i]);
    }
    Py_RETURN_NONE;
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
