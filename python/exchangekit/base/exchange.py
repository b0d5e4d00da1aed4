# Generated from js/base/Exchange.js by exkit: do not edit. Change the source and run `python build.py`.
import math
from typing import Any

from exchangekit.base.native_exchange import NativeExchange
from exchangekit.base.precise import Precise
from exchangekit.base.errors import (
    ArgumentsRequired,
    AuthenticationError,
    BadRequest,
    BadResponse,
    BadSymbol,
    DDoSProtection,
    ExchangeError,
    ExchangeNotAvailable,
    InvalidOrder,
    NotSupported,
    OnMaintenance,
    PermissionDenied,
    RateLimitExceeded,
    RequestTimeout,
)
from exchangekit.base.number import (
    DECIMAL_PLACES,
    NO_PADDING,
    PAD_WITH_ZERO,
    ROUND,
    SIGNIFICANT_DIGITS,
    TICK_SIZE,
    TRUNCATE,
)
from exchangekit.base import js
from exchangekit.base.method_names import MethodAlias
from exchangekit.base.types import (
    Balances,
    Currency,
    DepositAddress,
    DepositWithdrawFee,
    FundingRate,
    FundingRateHistory,
    LedgerEntry,
    Leverage,
    MarginMode,
    Market,
    OHLCV,
    OpenInterest,
    Order,
    OrderBook,
    Position,
    Status,
    Ticker,
    Trade,
    TradingFee,
    Transaction,
    Transfer,
)


class Exchange(NativeExchange):
    # --- configuration -------------------------------------------------------------------------------
    def describe(self):
        return {
            "id": None,
            "name": None,
            "countries": None,
            "version": None,
            "enableRateLimit": True,
            "rateLimit": 2000,
            "timeout": 10000,
            "maxResponseSize": 33554432,
            "maxDecompressedSize": 33554432,
            "maxRetryAfter": 60000,
            "streaming": {
                "timeout": 10000,
                "keepAlive": 20000,
                "maxFrameSize": 4194304,
                "maxQueue": 100,
                "maxFrames": 10000,
                "maxInboundSize": 67108864,
                "maxReconnects": 5,
                "backoffBase": 500,
                "backoffMax": 30000,
                "cacheLimit": 1000,
                "maxBookLevels": 20000,
                "maxBalanceCurrencies": 10000,
            },
            "verbose": False,
            "userAgent": "exchangekit",
            "headers": {},
            "proxy": None,
            "certified": False,
            "has": {
                "publicAPI": True,
                "privateAPI": True,
                "fetchMarkets": True,
                "fetchCurrencies": False,
                "fetchTicker": False,
                "fetchTickers": False,
                "fetchOrderBook": False,
                "fetchOHLCV": False,
                "fetchTrades": False,
                "fetchBalance": False,
                "createOrder": False,
                "cancelOrder": False,
                "editOrder": False,
                "fetchOrder": False,
                "fetchOrders": False,
                "fetchOpenOrders": False,
                "fetchClosedOrders": False,
                "fetchMyTrades": False,
                "fetchDeposits": False,
                "fetchWithdrawals": False,
                "fetchTransactions": False,
                "fetchLedger": False,
                "fetchDepositAddress": False,
                "withdraw": False,
                "fetchTime": False,
                "fetchStatus": False,
                "fetchTradingFees": False,
                "cancelAllOrders": False,
                "fetchOrderTrades": False,
                "fetchTradingFee": False,
                "fetchDepositAddresses": False,
                "createDepositAddress": False,
                "fetchDepositWithdrawFees": False,
                "transfer": False,
                "createMarketBuyOrderWithCost": False,
                "fetchPositions": False,
                "fetchPosition": False,
                "fetchFundingRate": False,
                "fetchFundingRates": False,
                "fetchFundingRateHistory": False,
                "fetchOpenInterest": False,
                "setLeverage": False,
                "setMarginMode": False,
                "fetchLeverage": False,
                "fetchMarkOHLCV": False,
                "fetchIndexOHLCV": False,
                "watchTicker": False,
                "watchTickers": False,
                "watchOrderBook": False,
                "watchTrades": False,
                "watchOHLCV": False,
                "watchBalance": False,
                "watchOrders": False,
                "watchMyTrades": False,
            },
            "urls": {"logo": None, "api": None, "www": None, "doc": None, "fees": None},
            "api": {},
            "requiredCredentials": {
                "apiKey": True,
                "secret": True,
                "uid": False,
                "login": False,
                "password": False,
                "twofa": False,
                "privateKey": False,
                "walletAddress": False,
                "token": False,
            },
            "timeframes": None,
            "fees": {
                "trading": {"tierBased": None, "percentage": None, "taker": None, "maker": None},
                "funding": {"tierBased": None, "percentage": None, "withdraw": {}, "deposit": {}},
            },
            "precisionMode": DECIMAL_PLACES,
            "paddingMode": NO_PADDING,
            "options": {},
            "exceptions": {"exact": {}, "broad": {}},
            "httpExceptions": {
                "400": BadRequest,
                "401": AuthenticationError,
                "403": PermissionDenied,
                "404": ExchangeNotAvailable,
                "408": RequestTimeout,
                "409": ExchangeNotAvailable,
                "418": DDoSProtection,
                "429": RateLimitExceeded,
                "500": ExchangeNotAvailable,
                "501": ExchangeNotAvailable,
                "502": ExchangeNotAvailable,
                "503": OnMaintenance,
                "504": RequestTimeout,
                "520": ExchangeNotAvailable,
                "521": ExchangeNotAvailable,
                "522": RequestTimeout,
                "525": ExchangeNotAvailable,
            },
            "commonCurrencies": {"XBT": "BTC", "BCHABC": "BCH", "BCHSV": "BSV"},
        }

    def instance_defaults(self):
        # Set by the constructor before describe() and the user's config, so every property exists in
        # Python and PHP too, where reading an attribute that was never assigned is an error.
        return {
            "apiKey": None,
            "secret": None,
            "uid": None,
            "login": None,
            "password": None,
            "twofa": None,
            "privateKey": None,
            "walletAddress": None,
            "token": None,
            "markets": None,
            "marketsById": None,
            "symbols": None,
            "ids": None,
            "currencies": None,
            "currenciesById": None,
            "codes": None,
            "lastRestRequestTimestamp": None,
            "last_http_response": None,
            "last_json_response": None,
            "last_response_headers": None,
            "throttleTokens": 1,
            "throttleLast": None,
            "streams": {},
            "sessionTokens": {},
        }

    def credentials(self):
        return {
            "apiKey": self.apiKey,
            "secret": self.secret,
            "uid": self.uid,
            "login": self.login,
            "password": self.password,
            "twofa": self.twofa,
            "privateKey": self.privateKey,
            "walletAddress": self.walletAddress,
            "token": self.token,
        }

    def check_required_credentials(self, error=None):
        if error is None:
            error = True
        values = self.credentials()
        keys = js.keys(self.requiredCredentials)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            if self.own_value(self.requiredCredentials, key) is True:
                value = self.own_value(values, key)
                problem = None
                if (value is None) or (value is None) or (value == ""):
                    problem = js.bounded_text(' requires the "' + js.to_str(key) + '" credential')
                elif (js.typeof(value) == "number") and (not (js.abs_(value) < math.inf)):
                    # (NaN and the infinities are no credential: JSON writes them null; redactSecrets has no text of them)
                    problem = js.bounded_text(
                        ' requires the "'
                        + js.to_str(key)
                        + '" credential as a text or a finite number, not NaN nor an infinity'
                    )
                elif (js.typeof(value) == "string") and (not js.truthy(self.is_unicode_text(value))):
                    # (see credentialForms: each runtime would send it otherwise, or fail with an error of its own)
                    problem = js.bounded_text(
                        ' has a "'
                        + js.to_str(key)
                        + '" credential that is not Unicode text (half of a surrogate pair alone, or bytes that are not UTF-8), which is not sent (nor shown)'
                    )
                if problem is not None:
                    if js.truthy(error):
                        raise AuthenticationError(js.add(self.id, problem))
                    return False
            i += 1
        return True

    def keep_session_token(self, name, token):
        # A token that the exchange issued for this session (the access token of a sign-in, the token of a private
        # stream) grants what the credentials grant until it expires, and a server may echo it: it is kept under its
        # name, a renewal replacing the one before, and redacted from every message and log as the credentials are.
        # An absent token (undefined) is returned as it is, for the caller to report.
        if (not (js.typeof(name) == "string")) or (name == "__proto__"):
            # (JavaScript would set no own key __proto__)
            raise ExchangeError(
                js.bounded_text(
                    js.to_str(self.id) + " keepSessionToken () takes the name of the token as a string"
                )
            )
        if token is None:
            return token
        if not (js.typeof(token) == "string"):
            raise BadResponse(
                js.bounded_text(
                    js.to_str(self.id) + " sent a " + js.to_str(name) + " token that is not a string"
                )
            )
        js.set_(self.sessionTokens, name, token)
        return token

    def redact_secrets(self, text):
        # Error messages and verbose logs go through this, so that no credential is ever shown, in any of
        # the encodings in which a message can hold it (see credentialForms). The longest forms go first: a credential
        # that holds another (a passphrase that holds the uid) was shown but for the shorter one ('Tr***ader!Pass').
        values = js.concat(js.values(self.credentials()), js.values(self.sessionTokens))
        forms = []
        i = 0
        while True:
            if not (i < len(values)):
                break
            value_forms = self.credential_forms(js.get(values, i))
            j = 0
            while True:
                if not js.less(j, js.length(value_forms)):
                    break
                forms.append({"form": js.get(value_forms, j), "length": js.length(js.get(value_forms, j))})
                j += 1
            i += 1
        longest_first = self.sort_by(forms, "length", True)
        # (a value that is no text, as this.json (undefined) gives for an empty body, is quoted as JavaScript writes
        # it: its split was a TypeError, outside the unified errors, in every runtime)
        result = text if (js.typeof(text) == "string") else js.bounded_text("" + js.to_str(text))
        i = 0
        while True:
            if not (i < len(longest_first)):
                break
            form = js.get(js.get(longest_first, i), "form")
            if js.greater(js.length(form), 0):
                # (never an empty form, whose split put *** between every two characters)
                result = js.join(js.split(result, form), "***")
            i += 1
        return result

    def credential_forms(self, value):
        # The texts that redactSecrets looks for of one credential or session token:
        # - a text, the texts of it that credentialTexts gives, each in every encoding of secretForms;
        # - a number, which checkRequiredCredentials takes (a config's password: 73915284) and an exchange sends as
        #   it is, as JavaScript writes it: String's text (a JSON body's, 1e+21) and numberToString's (a query's,
        #   1000000000000000000000), each in every encoding of secretForms. NaN and the infinities are no credential
        #   (checkRequiredCredentials refuses them, JSON writes them null): nothing of them is looked for, so that no
        #   'NaN' or 'Infinity' of a message is redacted (red-team round 58: numbers were not redacted at all);
        # - a text that is not Unicode (half of a surrogate pair alone in Node and Python, as JSON.parse ('"\udce9"')
        #   or os.environ gives one for bytes that are not UTF-8; bytes that are not UTF-8 in PHP), which no runtime
        #   can percent-encode or put in base64 alike (Node threw a URIError, Python a UnicodeEncodeError, and PHP's
        #   JSON gave an empty form that put *** between every two characters: red-team round 58): as it is, and as
        #   this.json writes it where it writes it (\udce9, Node and Python). checkRequiredCredentials refuses it, so
        #   that it is never sent.
        # Anything else (a boolean, a list) has no form.
        texts = []
        if js.typeof(value) == "number":
            if js.abs_(value) < math.inf:
                texts = self.unique([js.bounded_text("" + js.to_str(value)), self.number_to_string(value)])
        elif (js.typeof(value) == "string") and js.greater(js.length(value), 0):
            if not js.truthy(self.is_unicode_text(value)):
                json = self.json(value)
                escaped = (
                    js.slice_(json, 1, js.subtract(js.length(json), 1))
                    if (js.starts_with(json, '"') and js.greater(js.length(json), 2))
                    else value
                )
                return self.unique([value, escaped])
            texts = self.credential_texts(value)
        forms = []
        k = 0
        while True:
            if not js.less(k, js.length(texts)):
                break
            forms = js.concat(forms, self.secret_forms(js.get(texts, k)))
            k += 1
        return forms

    def is_unicode_text(self, text):
        # Whether a text is Unicode, which every runtime can encode alike: Node's and Python's texts may hold half of
        # a surrogate pair alone, PHP's bytes that are not UTF-8. this.json writes such a half as its escape (\udce9,
        # lower-case) in Node and Python, and PHP's writes no JSON text for bytes that are not UTF-8.
        json = self.json(text)
        if (json is None) or (not js.starts_with(json, '"')):
            return False
        if js.index_of(json, "\\ud") < 0:
            return True
        # (a backslash of the text is escaped, \\: what follows it is no escape)
        escapes = js.join(js.split(json, "\\\\"), " ")
        halves = ["\\ud8", "\\ud9", "\\uda", "\\udb", "\\udc", "\\udd", "\\ude", "\\udf"]
        i = 0
        while True:
            if not (i < len(halves)):
                break
            if js.index_of(escapes, halves[i]) >= 0:
                return False
            i += 1
        return True

    def credential_texts(self, value):
        # A credential, and for one of several lines (a private key in PEM, as asymmetricJwt reads it) the other texts
        # of it that a message may hold: the key with its line breaks and with them written as the two characters \n
        # (users paste it either way, as a JSON file or an environment variable holds it), and the base64 between its
        # BEGIN and END lines, whole and each line of at least 16 characters (what a server or a library may echo of
        # it without the rest). Each is redacted in every encoding of secretForms.
        texts = [value]
        if (js.index_of(value, "\n") < 0) and (js.index_of(value, "\\n") < 0):
            return texts
        broken = js.join(
            js.split(js.join(js.split(js.join(js.split(value, "\\r\\n"), "\n"), "\\n"), "\n"), "\r\n"), "\n"
        )
        escaped = js.join(js.split(broken, "\n"), "\\n")
        others = [broken, escaped]
        lines = js.split(broken, "\n")
        parts = []
        i = 0
        while True:
            if not (i < len(lines)):
                break
            line = js.trim(js.get(lines, i))
            if (js.text_length(line) > 0) and (not line.startswith("-----")):
                parts.append(line)
                if (js.text_length(line) >= 16) and (len(others) < 258):
                    # (256 lines, after broken and escaped)
                    others.append(line)
            i += 1
        body = js.join(parts, "")
        if js.text_length(body) >= 16:
            others.append(body)
        # Each once (unique's table), the body joined once, and the first 256 lines one by one: a search of those kept
        # for each line, the body grown a line at a time and each line's forms took a server's token of 8,192 lines 4
        # to 13 s at every message redacted, in every runtime (red-team round 42). A private key in PEM has fewer than
        # 100 lines.
        return self.unique(self.array_concat(texts, others))

    def secret_forms(self, value):
        # A credential as it is, escaped inside a JSON string (a body: JSON.stringify's, and the other encoders' and
        # latin-1's of escapedForms), percent-encoded (a URL) and in base64 (an Authorization header). A value inside
        # a longer base64 text, such as 'Basic ' + base64 (key + ':' + secret), is encoded differently at each of the
        # three byte offsets it can start at, so each offset gives a form: the characters that depend on the value
        # alone.
        json = self.json(value)
        escaped = js.slice_(json, 1, js.subtract(js.length(json), 1))
        forms = [value]
        others = js.concat(
            js.concat([escaped], self.escaped_forms(value, escaped)), self.percent_encoded_forms(value)
        )
        i = 0
        while True:
            if not (i < len(others)):
                break
            if not js.truthy(self.in_array(js.get(others, i), forms)):
                forms.append(js.get(others, i))
            i += 1
        first_own_character = [0, 2, 3]
        offset = 0
        while True:
            if not (offset < 3):
                break
            encoded = self.string_to_base64(js.bounded_text(js.slice_("..", 0, offset) + js.to_str(value)))
            padding = js.index_of(encoded, "=")
            if padding >= 0:
                encoded = js.slice_(
                    encoded, 0, js.number(padding - 1)
                )  # the last character before the padding mixes in zero bits
            form = js.slice_(encoded, js.get(first_own_character, offset))
            if js.greater(js.length(form), 0):
                forms.append(form)
            offset += 1
        return forms

    def escaped_forms(self, value, json):
        # A credential as the JSON encoders of other languages write it inside a string, where they differ from
        # JSON.stringify (json: its text of value, without the quotes), and as a client that reads UTF-8 as latin-1
        # shows it. A server echoed a credential so in a body, and the message showed it in every runtime (red-team
        # round 58; the password Tr&der<2026>'é, the key Xk7/Qw+9zR2pLm5vNb8cYt3==):
        # - PHP's json_encode: \/ for a slash, each character beyond ASCII as \u and four lower-case hex digits (one
        #   beyond U+FFFF as its two surrogates, \ud83d\ude00);
        # - Python's json.dumps: each character beyond ASCII so (ensure_ascii), and DEL (\u007f);
        # - Go's encoding/json: \u0026 \u003c \u003e for & < >, and \u2028 \u2029 for U+2028 and U+2029;
        # - .NET's System.Text.Json: each character beyond ASCII, " & ' + < > ` and DEL as \u and four upper-case
        #   hex digits (\u0022 for ", \u002B for +), the control characters too (but \b \t \n \f \r);
        # - UTF-8 read as latin-1, a byte a character ('PÃ¤sswÃ¶rd'), as every runtime reads a response's reason
        #   phrase and its headers.
        # Each is built with a split and a join for each character that it writes otherwise; only a text beyond
        # ASCII is walked, an escape of its percent-encoding at a time, each character's escapes worked out once.
        lower = json  # each character beyond ASCII as a \u escape in lower-case hex digits
        upper = json  # so in upper-case hex digits
        latin1 = value
        encoded = self.encode_uri_component(json)
        if (
            (js.index_of(encoded, "%C") >= 0)
            or (js.index_of(encoded, "%D") >= 0)
            or (js.index_of(encoded, "%E") >= 0)
            or (js.index_of(encoded, "%F") >= 0)
        ):
            # (a UTF-8 sequence starts with a byte from C2 to F4; json holds no control character, only its escapes)
            printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
            hex_digits = "0123456789abcdef"
            known = {}  # the two escapes of each character met, by its UTF-8 bytes in hex ('C3A9')
            parts = js.split(encoded, "%")
            lower_parts = [js.get(parts, 0)]
            upper_parts = [js.get(parts, 0)]
            i = 1
            while True:
                if not (i < len(parts)):
                    break
                lead = js.slice_(js.get(parts, i), 0, 2)
                last = i
                if js.less(lead, "80"):
                    character = js.char_at(printable, js.number(js.parse_int(lead, 16) - 32))
                    lower_parts.append(character)
                    upper_parts.append(character)
                else:
                    first = js.char_at(lead, 0)
                    last = (
                        js.number(i + 3)
                        if (first == "F")
                        else js.number(i + 2) if (first == "E") else js.number(i + 1)
                    )
                    sequence = js.bounded_text(
                        js.join(js.slice_(parts, i, last), "")
                        + js.to_str(js.slice_(js.get(parts, last), 0, 2))
                    )
                    escapes = self.own_value(known, sequence)
                    if escapes is None:
                        code = js.number(
                            js.parse_int(lead, 16)
                            - (240 if (first == "F") else 224 if (first == "E") else 192)
                        )
                        k = js.number(i + 1)
                        while True:
                            if not (k <= last):
                                break
                            code = js.number(
                                js.number(
                                    js.multiply(code, 64)
                                    + js.parse_int(js.slice_(js.get(parts, k), 0, 2), 16)
                                )
                                - 128
                            )
                            k = js.number(k + 1)
                        units = [code]
                        if code >= 65536:
                            units = [
                                js.number(55296 + js.floor(js.divide(js.number(code - 65536), 1024))),
                                js.number(56320 + js.modulo(js.number(code - 65536), 1024)),
                            ]
                        escapes = ["", ""]
                        k = 0
                        while True:
                            if not (k < len(units)):
                                break
                            digits = [
                                js.floor(js.divide(js.get(units, k), 4096)),
                                js.modulo(js.floor(js.divide(js.get(units, k), 256)), 16),
                                js.modulo(js.floor(js.divide(js.get(units, k), 16)), 16),
                                js.modulo(js.get(units, k), 16),
                            ]
                            hex_ = js.bounded_text(
                                js.bounded_text(
                                    js.bounded_text(
                                        js.char_at(hex_digits, js.get(digits, 0))
                                        + js.char_at(hex_digits, js.get(digits, 1))
                                    )
                                    + js.char_at(hex_digits, js.get(digits, 2))
                                )
                                + js.char_at(hex_digits, js.get(digits, 3))
                            )
                            js.set_(escapes, 0, js.bounded_text(js.to_str(js.get(escapes, 0)) + "\\u" + hex_))
                            js.set_(
                                escapes,
                                1,
                                js.bounded_text(
                                    js.bounded_text(js.to_str(js.get(escapes, 1)) + "\\u")
                                    + js.upper_case(hex_)
                                ),
                            )
                            k += 1
                        known[sequence] = escapes
                    lower_parts.append(js.get(escapes, 0))
                    upper_parts.append(js.get(escapes, 1))
                rest = js.slice_(js.get(parts, last), 2)
                lower_parts.append(rest)
                upper_parts.append(rest)
                i = js.number(last + 1)
            lower = js.join(lower_parts, "")
            upper = js.join(upper_parts, "")
            # each byte of the UTF-8 as the character of its number (JSON's \u00XX), the text cut at each _ so that
            # no part is refused for holding __proto__ (parseJson)
            bytes_ = js.join(js.split(self.encode_uri_component(value), "%"), "\\u00")
            latin1_parts = self.parse_json(
                js.bounded_text('["' + js.join(js.split(bytes_, "_"), '","') + '"]')
            )
            if js.is_array(latin1_parts):
                latin1 = js.join(latin1_parts, "_")
        replacements = [
            [["/", "\\/"]],
            [["\x7f", "\\u007f"]],
            [
                ["&", "\\u0026"],
                ["<", "\\u003c"],
                [">", "\\u003e"],
                ["\u2028", "\\u2028"],
                ["\u2029", "\\u2029"],
            ],
            [
                ['\\"', "\\u0022"],
                ["&", "\\u0026"],
                ["'", "\\u0027"],
                ["+", "\\u002B"],
                ["<", "\\u003C"],
                [">", "\\u003E"],
                ["`", "\\u0060"],
                ["\x7f", "\\u007F"],
            ],
        ]
        forms = [lower, lower, json, upper]
        i = 0
        while True:
            if not (i < len(forms)):
                break
            j = 0
            while True:
                if not js.less(j, js.length(js.get(replacements, i))):
                    break
                if (
                    js.index_of(
                        js.receiver(js.get(forms, i), "indexOf"),
                        self.safe_string(js.get(js.get(replacements, i), j), 0),
                    )
                    >= 0
                ):
                    js.set_(
                        forms,
                        i,
                        js.join(
                            js.split(js.get(forms, i), js.get(js.get(js.get(replacements, i), j), 0)),
                            js.get(js.get(js.get(replacements, i), j), 1),
                        ),
                    )
                j += 1
            i += 1
        if js.index_of(json, "\\u00") >= 0:
            # .NET's escapes of control characters in upper-case hex digits (JSON.stringify's: \u001f), looked for
            # between the escaped backslashes of the text, before which a \ starts an escape
            pieces = js.split(js.get(forms, 3), "\\\\")
            letters = [["a", "A"], ["b", "B"], ["c", "C"], ["d", "D"], ["e", "E"], ["f", "F"]]
            i = 0
            while True:
                if not (i < len(pieces)):
                    break
                j = 0
                while True:
                    if not (j < len(letters)):
                        break
                    js.set_(
                        pieces,
                        i,
                        js.join(
                            js.split(
                                js.get(pieces, i),
                                js.bounded_text("\\u000" + js.to_str(js.get(letters[j], 0))),
                            ),
                            js.bounded_text("\\u000" + js.to_str(js.get(letters[j], 1))),
                        ),
                    )
                    js.set_(
                        pieces,
                        i,
                        js.join(
                            js.split(
                                js.get(pieces, i),
                                js.bounded_text("\\u001" + js.to_str(js.get(letters[j], 0))),
                            ),
                            js.bounded_text("\\u001" + js.to_str(js.get(letters[j], 1))),
                        ),
                    )
                    j += 1
                i += 1
            js.set_(forms, 3, js.join(pieces, "\\\\"))
        forms.append(latin1)
        return forms

    def percent_encoded_forms(self, value):
        # A credential as the percent-encoders that a server may echo it with write it: encodeURIComponent's, those
        # that differ from it in a space ('+' in a form) or in ! ' ( ) * ~ (escaped or not), and a URL path's as
        # implodeParams writes it (: @ $ & + , ; = kept); then each with the escapes' hexadecimal digits in lower case
        # (.NET's HttpUtility). A server that echoed a request's form body ('my+pass%27%281%29%2A%21~') had the
        # credential shown in every runtime's message (red-team round 20).
        uri = self.encode_uri_component(value)
        # encodeURIComponent's text with lower-case escapes, joined once: each form grown an escape at a time was
        # copied whole at each escape in Python and PHP (a session token of 8,192 lines of base64, 18 s a message).
        # Past 64 escapes, each digit is lowered by a split and a join of the escapes that hold it ('%' starts an
        # escape and nothing else): at most 102, each a pass of the runtime's own over the text, where the escapes
        # one at a time took a session token beyond ASCII of 8,192 lines seconds in Python and PHP.
        parts = js.split(uri, "%")
        lowered = uri
        if len(parts) <= 65:
            lowered_parts = [js.get(parts, 0)]
            i = 1
            while True:
                if not (i < len(parts)):
                    break
                lowered_parts.append(
                    js.bounded_text(
                        js.lower(js.slice_(js.get(parts, i), 0, 2))
                        + js.to_str(js.slice_(js.get(parts, i), 2))
                    )
                )
                i += 1
            lowered = js.join(lowered_parts, "%")
        else:
            letters = [["A", "a"], ["B", "b"], ["C", "c"], ["D", "d"], ["E", "e"], ["F", "f"]]
            first_digits = "0123456789abcdef"
            j = 0
            while True:
                if not (j < len(letters)):
                    break
                if js.index_of(lowered, js.bounded_text("%" + js.to_str(js.get(letters[j], 0)))) >= 0:
                    lowered = js.join(
                        js.split(lowered, js.bounded_text("%" + js.to_str(js.get(letters[j], 0)))),
                        js.bounded_text("%" + js.to_str(js.get(letters[j], 1))),
                    )
                j += 1
            d = 0
            while True:
                if not (d < js.text_length(first_digits)):
                    break
                j = 0
                while True:
                    if not (j < len(letters)):
                        break
                    escape = js.bounded_text(
                        js.bounded_text("%" + js.char_at(first_digits, d)) + js.to_str(js.get(letters[j], 0))
                    )
                    if js.index_of(lowered, escape) >= 0:
                        lowered = js.join(
                            js.split(lowered, escape),
                            js.bounded_text(
                                js.bounded_text("%" + js.char_at(first_digits, d))
                                + js.to_str(js.get(letters[j], 1))
                            ),
                        )
                    j += 1
                d += 1
        escapes = [
            ["!", "%21", "%21"],
            ["'", "%27", "%27"],
            ["(", "%28", "%28"],
            [")", "%29", "%29"],
            ["*", "%2A", "%2a"],
            ["~", "%7E", "%7e"],
        ]
        encoders = [["+", "!'()~"], ["+", "!'()*~"], ["+", "!'()*"], ["%20", "!'()*"], ["+", "'~"]]
        # (pathSegmentText's, which an exchange may redefine: its escapes of these characters, a % of the value being %25)
        kept = [
            [":", "%3A", "%3a"],
            ["@", "%40", "%40"],
            ["$", "%24", "%24"],
            ["&", "%26", "%26"],
            ["+", "%2B", "%2b"],
            [",", "%2C", "%2c"],
            [";", "%3B", "%3b"],
            ["=", "%3D", "%3d"],
        ]
        # (only the characters that the text holds are replaced: most credentials hold none of them)
        space = js.index_of(uri, "%20") >= 0
        held = []
        j = 0
        while True:
            if not (j < len(escapes)):
                break
            if js.index_of(js.receiver(uri, "indexOf"), self.safe_string(escapes[j], 0)) >= 0:
                held.append(escapes[j])
            j += 1
        forms = []
        cases = [uri, lowered]  # each form in upper case, then in lower case
        i = 0
        while True:
            if not (i <= (len(encoders) + 1)):
                break
            c = 0
            while True:
                if not (c < len(cases)):
                    break
                form = cases[c]
                if i == (len(encoders) + 1):
                    j = 0
                    while True:
                        if not (j < len(kept)):
                            break
                        if js.index_of(js.receiver(form, "indexOf"), self.safe_string(kept[j], c + 1)) >= 0:
                            form = js.join(js.split(form, js.get(kept[j], c + 1)), js.get(kept[j], 0))
                        j += 1
                elif i > 0:
                    if space:
                        form = js.join(js.split(form, "%20"), js.get(js.get(encoders, js.number(i - 1)), 0))
                    j = 0
                    while True:
                        if not (j < len(held)):
                            break
                        if js.includes(
                            js.receiver(self.safe_string(js.get(encoders, js.number(i - 1)), 1), "includes"),
                            self.safe_string(js.get(held, j), 0),
                        ):
                            form = js.join(
                                js.split(form, js.get(js.get(held, j), 0)), js.get(js.get(held, j), c + 1)
                            )
                        j += 1
                if not js.truthy(self.in_array(form, forms)):
                    forms.append(form)
                c += 1
            i = js.number(i + 1)
        return forms

    # --- implicit API --------------------------------------------------------------------------------
    def implicit_api_methods(self):
        # Flattens the api tree of describe() into one entry per endpoint. The native constructor turns
        # each entry into a method: publicGetTickerPair in JS, public_get_ticker_pair and the camelCase
        # alias in Python and PHP.
        return self.collect_implicit_api(self.api, [])

    def collect_implicit_api(self, tree, path):
        # Returns a new list rather than filling one passed in: PHP passes arrays by value.
        result = []
        keys = js.keys(tree)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            value = self.own_value(tree, key)
            method = js.upper(key)
            is_http_method = self.in_array(
                method, ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
            )
            if js.truthy(is_http_method) and js.greater(js.length(path), 0):
                endpoints = []
                if js.is_array(value):
                    endpoints = value
                else:
                    endpoints = js.keys(value)
                j = 0
                while True:
                    if not js.less(j, js.length(endpoints)):
                        break
                    endpoint = js.get(endpoints, j)
                    cost = 1
                    if not js.is_array(value):
                        cost = self.own_value(value, endpoint)
                    api = path
                    if js.strict_equal(js.length(path), 1):
                        api = js.get(path, 0)
                    result.append(
                        {
                            "name": self.camel_case_words(
                                self.array_concat(self.array_concat(path, [key]), self.split_words(endpoint))
                            ),
                            "path": endpoint,
                            "api": api,
                            "method": method,
                            "cost": cost,
                        }
                    )
                    j += 1
            elif (js.typeof(value) == "object") and (not js.is_array(value)):
                result = js.concat(result, self.collect_implicit_api(value, self.array_concat(path, [key])))
            i += 1
        return result

    def split_words(self, text):
        # 'ticker/{pair}' -> [ 'ticker', 'pair' ]: runs of ASCII letters and digits.
        alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        words = []
        word = ""
        i = 0
        while True:
            if not js.less(i, js.length(text)):
                break
            character = js.char_at(text, i)
            if js.index_of(alphanumeric, character) >= 0:
                word += js.within(word, character)
            elif js.text_length(word) > 0:
                words.append(word)
                word = ""
            i += 1
        if js.text_length(word) > 0:
            words.append(word)
        return words

    def camel_case_words(self, words):
        result = ""
        i = 0
        while True:
            if not js.less(i, js.length(words)):
                break
            word = js.get(words, i)
            if i == 0:
                result = js.bounded_text(js.lower_case(js.char_at(word, 0)) + js.to_str(js.slice_(word, 1)))
            else:
                result += js.within(
                    result,
                    js.within(result, js.upper_case(js.char_at(word, 0))) + js.to_str(js.slice_(word, 1)),
                )
            i += 1
        return result

    # --- rate limiting: a token bucket ----------------------------------------------------------------
    def throttle(self, cost=None):
        if cost is None:
            cost = 1
        delay = self.throttle_delay(cost)
        if js.greater(delay, 0):
            self.sleep(delay)

    def throttle_delay(self, cost):
        # A token bucket refilled at one token per rateLimit milliseconds, holding at most one. Each call
        # takes its cost at once (the balance may go negative) and returns how long to wait until the
        # balance it left is paid back, so concurrent calls queue in the order they arrived. The clock is
        # monotonicMilliseconds and the wait is sleep, both native (and replaced by tests).
        if (
            (not (js.typeof(cost) == "number"))
            or (not js.greater_equal(cost, 0))
            or js.strict_equal(cost, math.inf)
        ):
            # (from the api tree or a request's config: a negative cost would refill the bucket, NaN empty it for good)
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " a request's cost must be a number of 0 or more, not "
                    )
                    + js.to_str(self.json(cost))
                )
            )
        self.refill_throttle()
        tokens = js.subtract(self.throttleTokens, cost)
        delay = js.multiply(js.negate(tokens), self.rateLimit) if (tokens < 0) else 0
        if delay > 2147483647:
            # longer than sleep waits: refused before it is taken, or every later request would wait as long
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " a request's cost of ")
                        + js.to_str(self.number_to_string(cost))
                        + " would wait "
                    )
                    + js.to_str(self.number_to_string(delay))
                    + " ms, longer than a sleep can"
                )
            )
        self.throttleTokens = tokens
        return delay

    def refill_throttle(self):
        now = self.monotonic_milliseconds()
        if self.throttleLast is not None:
            self.throttleTokens = js.min_(
                1, js.add(self.throttleTokens, js.divide(js.subtract(now, self.throttleLast), self.rateLimit))
            )
        self.throttleLast = now

    def hold_throttle(self, delay):
        # Retry-After: the bucket holds no more than it would had it been emptied and started refilling
        # delay milliseconds from now, so that no request of cost 1 leaves before then.
        self.refill_throttle()
        self.throttleTokens = js.min_(self.throttleTokens, js.number(1 - js.divide(delay, self.rateLimit)))

    # --- request pipeline: implicit method -> request -> fetch2 -> throttle, sign, fetch -------------
    def request(self, path, api=None, method=None, params=None, headers=None, body=None, config=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        if config is None:
            config = {}
        return self.fetch2(path, api, method, params, headers, body, config)

    def fetch2(self, path, api=None, method=None, params=None, headers=None, body=None, config=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        if config is None:
            config = {}
        if js.truthy(self.enableRateLimit):
            self.throttle(self.safe_number(config, "cost", 1))
        self.lastRestRequestTimestamp = self.milliseconds()
        request = self.sign(path, api, method, params, headers, body)
        # A url or a method that is not a string failed otherwise in each runtime's fetch (an ExchangeError in Node, a
        # native TypeError in Python and PHP, which no catch clause sees: red-team round 56).
        if (not (js.typeof(js.get(request, "url")) == "string")) or (
            not (js.typeof(js.get(request, "method")) == "string")
        ):
            raise ExchangeError(
                js.bounded_text(
                    js.to_str(self.id) + " sign () returned a url or a method that is not a string"
                )
            )
        request_headers = js.get(request, "headers")
        if self.safe_bool(request, "basicAuth") is True:
            # HTTP Basic authentication: the header holds the key and the secret themselves, which exchange code
            # may not read (SUB-B009), so sign () asks for it and the pipeline adds it.
            request_headers = self.extend(
                {} if (request_headers is None) else request_headers,
                {"Authorization": self.basic_authorization()},
            )
        return self.fetch(
            js.get(request, "url"), js.get(request, "method"), request_headers, js.get(request, "body")
        )

    def basic_authorization(self):
        # 'Basic ' + base64 (apiKey + ':' + secret) (RFC 7617), for a request whose sign () returned basicAuth: true.
        # A colon in the key would move the split between user and password: refused rather than sent.
        self.check_required_credentials()
        if js.index_of(self.apiKey, ":") >= 0:
            raise AuthenticationError(
                js.bounded_text(
                    js.to_str(self.id) + " apiKey holds a colon, which HTTP Basic authentication cannot carry"
                )
            )
        return js.bounded_text(
            "Basic "
            + js.to_str(
                self.string_to_base64(
                    js.bounded_text(js.bounded_text(js.to_str(self.apiKey) + ":") + js.to_str(self.secret))
                )
            )
        )

    def sign(self, path, api=None, method=None, params=None, headers=None, body=None):
        if api is None:
            api = "public"
        if method is None:
            method = "GET"
        if params is None:
            params = {}
        # The default for public endpoints: the path's {placeholders} from params, the rest as a query.
        url = self.implode_hostname(js.get(self.urls, "api"))
        if js.typeof(url) == "object":
            url = self.own_value(url, api)
        url = js.bounded_text(
            js.bounded_text(js.to_str(url) + "/") + js.to_str(self.implode_params(path, params))
        )
        query = self.omit(params, self.extract_params(path))
        if len(js.keys(query)) > 0:
            url = js.bounded_text(js.bounded_text(js.to_str(url) + "?") + js.to_str(self.urlencode(query)))
        return {"url": url, "method": method, "body": body, "headers": headers}

    def implode_hostname(self, url):
        return url

    def handle_rest_response(
        self, status, reason, url, method, response_headers, response_body, request_headers, request_body
    ):
        # Called by the native fetch with the HTTP response, its body decoded to text: redirects first,
        # then Retry-After, the exchange's errors, the status code and the JSON itself. Redirects are
        # never followed, so that neither credentials nor a request body can be sent anywhere else. The headers' names
        # are in lower case, as node:http gives them, for exchange code too (handleErrors, last_response_headers):
        # Python's and PHP's clients kept the server's spelling, so that responseHeaders['Content-Type'] was undefined
        # in Node alone (red-team round 24).
        headers = self.header_values(response_headers)
        if js.greater_equal(status, 300) and js.less(status, 400):
            location = self.safe_string(headers, "location", "")
            raise BadResponse(
                self.redact_secrets(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id) + " " + js.to_str(method) + " " + js.to_str(url) + " "
                        )
                        + js.to_str(self.number_to_string(status))
                        + " "
                        + js.to_str(reason)
                        + ": a redirect to "
                        + location
                        + " is not followed"
                    )
                )
            )
        delay = self.retry_after_delay(status, headers)
        if delay is not None:
            self.hold_throttle(delay)
        json = self.parse_json(response_body)
        self.last_http_response = response_body
        self.last_json_response = json
        self.last_response_headers = headers
        self.handle_errors(
            status,
            reason,
            url,
            method,
            headers,
            response_body,
            json,
            self.headers_for_exchange(request_headers),
            request_body,
        )
        self.handle_http_status_code(status, reason, url, method, response_body)
        if json is None:
            if js.strict_equal(js.length(response_body), 0):
                return (
                    None  # (an answer without a body: 204, and a 200 of some exchanges, bitFlyer's cancels)
                )
            raise BadResponse(
                self.redact_secrets(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " "
                            + js.to_str(url)
                            + " returned a body that is not JSON: "
                        )
                        + js.to_str(self.excerpt(response_body))
                    )
                )
            )
        return json

    def headers_for_exchange(self, headers):
        # The request's headers as handleErrors sees them: an HTTP Basic Authorization (basicAuthorization) is the
        # key and the secret in base64, which exchange code may not read (SUB-B009), so its value is masked.
        if (not (js.typeof(headers) == "object")) or (headers is None):
            return headers
        result = {}
        names = js.keys(headers)
        i = 0
        while True:
            if not (i < len(names)):
                break
            value = self.own_value(headers, names[i])
            basic = (js.typeof(value) == "string") and (js.lower(js.slice_(value, 0, 6)) == "basic ")
            js.set_(result, names[i], "Basic ***" if basic else value)
            i += 1
        return result

    def header_values(self, headers):
        # Header names are case-insensitive, and each runtime's HTTP client keeps them in its own case.
        result = {}
        names = js.keys(headers)
        i = 0
        while True:
            if not (i < len(names)):
                break
            js.set_(result, js.lower(names[i]), self.own_value(headers, names[i]))
            i += 1
        return result

    def retry_after_delay(self, status, response_headers):
        # The milliseconds that a 429 or 503 asks to wait before the next request (Retry-After: seconds or
        # an HTTP date), at most maxRetryAfter; undefined when it does not say.
        if (not js.strict_equal(status, 429)) and (not js.strict_equal(status, 503)):
            return None
        value = self.safe_string(self.header_values(response_headers), "retry-after")
        if value is None:
            return None
        seconds = self.parse_number(js.trim(value))
        delay = None
        if seconds is not None:
            delay = js.multiply(seconds, 1000)
        else:
            date = self.parse_date(value)
            if date is None:
                return None
            delay = js.subtract(date, self.milliseconds())
        return js.min_(js.max_(delay, 0), self.maxRetryAfter)

    def handle_errors(
        self,
        status,
        reason,
        url,
        method,
        response_headers,
        response_body,
        response,
        request_headers,
        request_body,
    ):
        # Exchanges override this to map their error payloads with throwExactlyMatchedException and
        # throwBroadlyMatchedException; returning means "no exchange-specific error here".
        return None

    def handle_http_status_code(self, status, reason, url, method, body):
        key = self.number_to_string(status)
        error_class = self.own_value(self.httpExceptions, key)
        if (error_class is None) and (not (js.less(status, 200) or js.greater_equal(status, 300))):
            return
        message = self.redact_secrets(
            js.bounded_text(
                js.bounded_text(
                    js.to_str(self.id)
                    + " "
                    + js.to_str(method)
                    + " "
                    + js.to_str(url)
                    + " "
                    + js.to_str(key)
                    + " "
                    + js.to_str(reason)
                    + " "
                )
                + js.to_str(self.excerpt(body))
            )
        )
        if error_class is not None:
            self.throw_error(error_class, message)
        raise ExchangeError(message)

    def throw_exactly_matched_exception(self, exact, string, message):
        error_class = None if (string is None) else self.own_value(exact, string)
        if error_class is not None:
            self.throw_error(error_class, self.redact_secrets(message))

    def throw_broadly_matched_exception(self, broad, string, message):
        key = self.find_broadly_matched_key(broad, string)
        if key is not None:
            self.throw_error(self.own_value(broad, key), self.redact_secrets(message))

    def find_broadly_matched_key(self, broad, string):
        # (only a text holds a key: a response's number or dictionary where its message belongs matches none, where
        # its indexOf was a TypeError, and an empty dictionary's a list's indexOf in PHP)
        if not (js.typeof(string) == "string"):
            return None
        keys = js.keys(broad)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = self.safe_string(keys, i)
            if js.index_of(string, key) >= 0:
                return key
            i += 1
        return None

    # --- encoding of URLs -----------------------------------------------------------------------------
    def extract_params(self, path):
        # 'ticker/{pair}/{depth}' -> [ 'pair', 'depth' ]
        result = []
        parts = js.split(path, "{")
        i = 1
        while True:
            if not (i < len(parts)):
                break
            end = js.index_of(js.get(parts, i), "}")
            if end >= 0:
                result.append(js.slice_(js.get(parts, i), 0, end))
            i += 1
        return result

    def implode_params(self, path, params):
        # 'ticker/{pair}' with { 'pair': 'XBTUSD' } -> 'ticker/XBTUSD'. A value is written as a part of one path
        # segment (pathSegmentText): an id from a caller or a server ('1/../users/balances', '1?all=true', '')
        # cannot make the request name another endpoint, which the user's keys would sign.
        result = path
        keys = js.keys(params)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            key = keys[i]
            value = self.own_value(params, key)
            placeholder = js.bounded_text("{" + js.to_str(key) + "}")
            if ((js.typeof(value) == "string") or (js.typeof(value) == "number")) and (
                js.index_of(result, placeholder) >= 0
            ):
                result = js.join(
                    js.split(result, placeholder), self.path_segment_text(self.number_to_string(value))
                )
            i += 1
        return result

    def path_segment_text(self, text):
        # Percent-encoded as encodeURIComponent does, but for the characters a path segment holds as they are
        # (RFC 3986: : @ $ & + , ; =), so that ids such as 'trade:1m:tBTCUSD' are sent as before. An empty value or
        # a dot segment would name the parent path ('orders/' for 'orders/{id}': on some APIs, all the orders),
        # which every HTTP client resolves: refused.
        if (text == "") or (text == ".") or (text == ".."):
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " a value put into a URL path cannot be empty, . or ..: "
                    )
                    + js.to_str(self.json(text))
                )
            )
        encoded = self.encode_uri_component(text)
        # (encodeURIComponent's escapes of those characters, and the characters; a % of the text is %25, so each
        # escape found here stands for the character)
        kept = [
            ["%3A", ":"],
            ["%40", "@"],
            ["%24", "$"],
            ["%26", "&"],
            ["%2B", "+"],
            ["%2C", ","],
            ["%3B", ";"],
            ["%3D", "="],
        ]
        i = 0
        while True:
            if not (i < len(kept)):
                break
            encoded = js.join(js.split(encoded, js.get(kept[i], 0)), js.get(kept[i], 1))
            i += 1
        return encoded

    def urlencode(self, params):
        # key=value pairs joined by &, percent-encoded as encodeURIComponent does (space is %20).
        # Numbers keep JavaScript's formatting, booleans are 'true'/'false', undefined values are left
        # out, a list repeats its key (a=1&a=2) and a dictionary nests with brackets (a[b]=1).
        return self.encode_query(params, True, False)

    def rawencode(self, params):
        # urlencode without percent-encoding, for exchanges that sign the raw query.
        return self.encode_query(params, False, False)

    def urlencode_nested(self, params):
        # Lists nest with indices too: a[0]=1&a[1]=2.
        return self.encode_query(params, True, True)

    def encode_query(self, params, encode, index_lists):
        pairs = self.query_pairs(params, None, index_lists)
        parts = []
        i = 0
        while True:
            if not js.less(i, js.length(pairs)):
                break
            (
                key,
                value,
            ) = js.destructure(js.get(pairs, i), 2)
            if js.truthy(encode):
                parts.append(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.encode_uri_component(key)) + "=")
                        + js.to_str(self.encode_uri_component(value))
                    )
                )
            else:
                parts.append(js.bounded_text(js.to_str(key) + "=" + js.to_str(value)))
            i += 1
        return js.join(parts, "&")

    def query_pairs(self, value, prefix, index_lists, depth=None):
        if depth is None:
            depth = 0
        # [ key, string ] pairs of a (nested) value; a new list each time, since PHP passes arrays by value.
        # At most 512 levels (depth counts them): each runtime's stack holds another number, and a value nested 1,500
        # deep failed in Python alone, 10,000 in Node (a RangeError, which a catch clause saw) and not in PHP.
        if (not (js.typeof(depth) == "number")) or (not js.greater_equal(depth, 0)) or js.greater(depth, 512):
            raise ExchangeError("urlencode writes values nested 512 levels deep at most")
        if js.typeof(value) == "boolean":
            return [[prefix, "true" if js.truthy(value) else "false"]]
        if js.typeof(value) == "number":
            return [[prefix, self.number_to_string(value)]]
        if js.typeof(value) == "string":
            return [[prefix, value]]
        result = []
        if js.is_array(value) and (prefix is not None):
            i = 0
            while True:
                if not js.less(i, js.length(value)):
                    break
                key = (
                    js.bounded_text(
                        js.bounded_text(js.to_str(prefix) + "[") + js.to_str(self.number_to_string(i)) + "]"
                    )
                    if js.truthy(index_lists)
                    else prefix
                )
                result = js.concat(
                    result, self.query_pairs(js.get(value, i), key, index_lists, js.add(depth, 1))
                )
                i += 1
        elif (js.typeof(value) == "object") and (value is not None):
            # (a null value, which a caller's params may hold, is left out as undefined is, in Node too)
            keys = js.keys(value)
            i = 0
            while True:
                if not (i < len(keys)):
                    break
                key = (
                    keys[i]
                    if (prefix is None)
                    else js.bounded_text(js.bounded_text(js.to_str(prefix) + "[") + js.to_str(keys[i]) + "]")
                )
                result = js.concat(
                    result,
                    self.query_pairs(self.own_value(value, keys[i]), key, index_lists, js.add(depth, 1)),
                )
                i += 1
        return result

    def ymdhms(self, timestamp, infix=None):
        if infix is None:
            infix = " "
        # 1700000000000 -> '2023-11-14 22:13:20'
        text = self.iso8601(timestamp)
        return (
            None if (text is None) else js.add(js.add(js.slice_(text, 0, 10), infix), js.slice_(text, 11, 19))
        )

    def ymd(self, timestamp, infix=None):
        if infix is None:
            infix = "-"
        # 1700000000000 -> '2023-11-14'
        text = self.iso8601(timestamp)
        return None if (text is None) else js.join(js.split(js.slice_(text, 0, 10), "-"), infix)

    def yyyymmdd(self, timestamp, infix=None):
        if infix is None:
            infix = "-"
        return self.ymd(timestamp, infix)

    def yymmdd(self, timestamp, infix=None):
        if infix is None:
            infix = ""
        # 1700000000000 -> '231114'
        text = self.ymd(timestamp, infix)
        return None if (text is None) else js.slice_(text, 2)

    def nonce(self):
        return self.seconds()

    def safe_float(self, dictionary, key, default_value=None):
        return self.safe_number_n(dictionary, [key], default_value)

    def safe_float2(self, dictionary, key1, key2, default_value=None):
        return self.safe_number_n(dictionary, [key1, key2], default_value)

    def safe_float_n(self, dictionary, keys, default_value=None):
        return self.safe_number_n(dictionary, keys, default_value)

    def required_list(self, dictionary, key):
        # The list at dictionary[key] of an answer that always holds one: anything else (missing, null, another
        # type) is an answer the exchange does not send, a BadResponse, rather than an empty result that reads as
        # no trades or no orders.
        entries = self.safe_list(dictionary, key)
        if entries is None:
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " sent an answer without its list ")
                        + js.to_str(self.json(key))
                        + ": "
                    )
                    + js.to_str(self.excerpt(self.json(dictionary)))
                )
            )
        return entries

    def omit(self, dictionary, keys):
        result = self.extend(dictionary)
        names = keys
        if not js.is_array(keys):
            names = [keys]
        i = 0
        while True:
            if not js.less(i, js.length(names)):
                break
            js.delete(result, js.get(names, i))
            i += 1
        return result

    def pluck(self, array, key):
        # The value of key in each entry that has it as an own key (null included).
        result = []
        name = self.key_string(key)
        i = 0
        while True:
            if not js.less(i, js.length(array)):
                break
            entry = js.get(array, i)
            if (js.typeof(entry) == "object") and js.includes(js.keys(entry), name):
                result.append(self.own_value(entry, key))
            i += 1
        return result

    def filter_by(self, array, key, value):
        result = []
        entries = self.to_array(array)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            entry = js.get(entries, i)
            # (a dictionary or list is the same object in Node and Python, the same contents in PHP: none is matched)
            if (not (js.typeof(value) == "object")) and js.strict_equal(self.safe_value(entry, key), value):
                result.append(entry)
            i += 1
        return result

    def keysort(self, dictionary):
        keys = js.keys(dictionary)
        js.sort(keys)
        result = {}
        i = 0
        while True:
            if not (i < len(keys)):
                break
            js.set_(result, js.get(keys, i), self.own_value(dictionary, js.get(keys, i)))
            i += 1
        return result

    def in_array(self, needle, haystack):
        # (a dictionary or list is found by identity in Node and Python and by content in PHP: none is found)
        return (not (js.typeof(needle) == "object")) and js.includes(haystack, needle)

    def is_empty(self, value):
        if (value is None) or (value == ""):
            return True
        if js.is_array(value):
            return js.strict_equal(js.length(value), 0)
        if js.typeof(value) == "object":
            return len(js.keys(value)) == 0
        return False

    def unique(self, array):
        # Each text, number, boolean or undefined once, in the order first met, as includes compares them (-0 is 0,
        # NaN is NaN), looked up by its type and text, where a search of what was kept made a response's 20,000
        # distinct ids cost Python and PHP half a minute (red-team round 28). A list or a dictionary is kept each
        # time: Node and Python tell two by identity, PHP by content (red-team round 29).
        keys = []  # (undefined for a list or a dictionary)
        i = 0
        while True:
            if not js.less(i, js.length(array)):
                break
            value = js.get(array, i)
            if (not js.is_array(value)) and (not js.truthy(self.is_mergeable(value))):
                kind = (
                    "s"
                    if (js.typeof(value) == "string")
                    else (
                        "n"
                        if (js.typeof(value) == "number")
                        else "b" if (js.typeof(value) == "boolean") else "u"
                    )
                )
                keys.append(js.bounded_text(kind + ":" + js.to_str(value)))
            else:
                keys.append(None)
            i += 1
        self.check_key_names(keys, "unique")
        result = []
        seen = {}
        i = 0
        while True:
            if not js.less(i, js.length(array)):
                break
            key = js.get(keys, i)
            if key is None:
                result.append(js.get(array, i))
            elif self.own_value(seen, key) is None:
                js.set_(seen, key, True)
                result.append(js.get(array, i))
            i += 1
        return result

    def array_concat(self, a, b):
        return js.concat(a, b)

    def sum(self, a=None, b=None, c=None, d=None):
        # The sum of the numbers among the arguments; undefined when there are none.
        values = [a, b, c, d]
        result = 0
        found = False
        i = 0
        while True:
            if not (i < len(values)):
                break
            value = values[i]
            if js.typeof(value) == "number":
                result = js.add(result, value)
                found = True
            i += 1
        return result if found else None

    def precision_from_string(self, text):
        # '0.001' -> 3, '1e-8' -> 8, '10' -> -1: the decimal places of a tick size.
        normalized = Precise.string_add(text, "0")
        dot = js.index_of(normalized, ".")
        if dot >= 0:
            return js.number(js.subtract(js.length(normalized), dot) - 1)
        zeros = 0
        i = js.subtract(js.length(normalized), 1)
        while True:
            if not ((i > 0) and (js.char_at(normalized, i) == "0")):
                break
            zeros = js.number(zeros + 1)
            i = js.number(i - 1)
        return js.negate(zeros)

    def decimal_to_precision(
        self, value, rounding_mode=None, precision=None, counting_mode=None, padding_mode=None
    ):
        if rounding_mode is None:
            rounding_mode = ROUND
        if counting_mode is None:
            counting_mode = DECIMAL_PLACES
        if padding_mode is None:
            padding_mode = NO_PADDING
        # Rounds value (a number or a decimal string) to a precision and returns a decimal string.
        #   roundingMode: ROUND (half away from zero) or TRUNCATE (toward zero)
        #   countingMode: DECIMAL_PLACES (precision = places), SIGNIFICANT_DIGITS (precision = digits)
        #                 or TICK_SIZE (precision = the step, such as 0.5 or '0.00000001')
        #   paddingMode:  NO_PADDING (no trailing zeros) or PAD_WITH_ZERO (as many places as the precision)
        if value is None:
            return None
        text = Precise.string_add(self.number_to_string(value), "0")
        if precision is None:
            return text
        tick = None
        places = 0
        if js.strict_equal(counting_mode, TICK_SIZE):
            tick = Precise.string_add(self.number_to_string(precision), "0")
            if Precise.string_le(tick, "0"):
                raise BadRequest(
                    js.bounded_text(
                        "decimalToPrecision: the tick size must be positive, not " + js.to_str(tick)
                    )
                )
            places = js.max_(self.precision_from_string(tick), 0)
        elif js.strict_equal(counting_mode, SIGNIFICANT_DIGITS):
            digits = js.parse_int(self.number_to_string(precision))
            if digits < 1:
                raise BadRequest("decimalToPrecision: significant digits must be at least 1")
            if digits > 1000:
                # as many digits as a market's precision says: a response's 1000000000 would be a gigabyte of them
                raise BadRequest(
                    js.bounded_text(
                        "decimalToPrecision: significant digits must be at most 1000, not "
                        + js.to_str(self.number_to_string(digits))
                    )
                )
            if Precise.string_eq(text, "0"):
                return self.pad_decimals(
                    "0", js.number(digits - 1) if js.strict_equal(padding_mode, PAD_WITH_ZERO) else 0
                )
            places = js.subtract(js.number(digits - 1), self.decimal_exponent(text))
            rounded = self.round_to_tick(text, self.parse_precision(places), rounding_mode)
            # Rounding up may add a digit (9.99 -> 10.0): count the places again from the result.
            places = js.subtract(js.number(digits - 1), self.decimal_exponent(rounded))
            significant = self.round_to_tick(rounded, self.parse_precision(places), rounding_mode)
            return self.pad_decimals(
                significant, js.max_(places, 0) if js.strict_equal(padding_mode, PAD_WITH_ZERO) else 0
            )
        else:
            places = js.parse_int(self.number_to_string(precision))
            if not (js.abs_(places) <= 1000):
                # as many places as a market's precision says: a response's 1000000000 would be a gigabyte of zeros
                raise BadRequest(
                    js.bounded_text(
                        "decimalToPrecision: decimal places must be between -1000 and 1000, not "
                        + js.to_str(self.number_to_string(precision))
                    )
                )
            tick = self.parse_precision(places)
            places = js.max_(places, 0)
        result = self.round_to_tick(text, tick, rounding_mode)
        return self.pad_decimals(result, places if js.strict_equal(padding_mode, PAD_WITH_ZERO) else 0)

    def round_to_tick(self, text, tick, rounding_mode):
        remainder = Precise.string_mod(text, tick)  # has the sign of text
        result = Precise.string_sub(text, remainder)  # truncated toward zero
        if js.strict_equal(rounding_mode, ROUND) and Precise.string_ge(
            Precise.string_mul(Precise.string_abs(remainder), "2"), tick
        ):
            if Precise.string_lt(text, "0"):
                result = Precise.string_sub(result, tick)
            else:
                result = Precise.string_add(result, tick)
        elif (not js.strict_equal(rounding_mode, ROUND)) and (not js.strict_equal(rounding_mode, TRUNCATE)):
            raise BadRequest(
                js.bounded_text(
                    "decimalToPrecision: unknown rounding mode "
                    + js.to_str(self.number_to_string(rounding_mode))
                )
            )
        return result

    def decimal_exponent(self, text):
        # The power of ten of the first significant digit: '123.4' -> 2, '0.00123' -> -3.
        digits = Precise.string_abs(text)
        dot = js.index_of(digits, ".")
        if dot < 0:
            return js.subtract(js.length(digits), 1)
        if (dot > 1) or (not (js.char_at(digits, 0) == "0")):
            return js.number(dot - 1)
        i = js.number(dot + 1)
        while True:
            if not (js.char_at(digits, i) == "0"):
                break
            i = js.number(i + 1)
        return js.number(dot - i)

    def pad_decimals(self, text, places):
        # Precise results carry no trailing zeros; PAD_WITH_ZERO adds them back up to places.
        if js.less_equal(places, 0):
            return text
        dot = js.index_of(text, ".")
        if dot < 0:
            return js.bounded_text(js.bounded_text(js.to_str(text) + ".") + js.pad_end("", places, "0"))
        return js.pad_end(text, js.add(js.number(dot + 1), places), "0")

    def amount_to_precision(self, symbol, amount):
        market = self.market(symbol)
        result = self.decimal_to_precision(
            amount,
            TRUNCATE,
            js.get(js.get(market, "precision"), "amount"),
            self.precisionMode,
            self.paddingMode,
        )
        if result == "0":
            raise InvalidOrder(
                js.bounded_text(
                    js.bounded_text(
                        js.bounded_text(js.to_str(self.id) + " amount of ")
                        + js.to_str(js.get(market, "symbol"))
                        + " must be greater than the minimum amount precision of "
                    )
                    + js.to_str(self.number_to_string(js.get(js.get(market, "precision"), "amount")))
                )
            )
        return result

    def price_to_precision(self, symbol, price):
        market = self.market(symbol)
        return self.decimal_to_precision(
            price, ROUND, js.get(js.get(market, "precision"), "price"), self.precisionMode, self.paddingMode
        )

    def cost_to_precision(self, symbol, cost):
        market = self.market(symbol)
        return self.decimal_to_precision(
            cost, TRUNCATE, js.get(js.get(market, "precision"), "price"), self.precisionMode, self.paddingMode
        )

    def currency_to_precision(self, code, value):
        currency = self.currency(code)
        precision = self.safe_value(currency, "precision")
        if precision is None:
            return self.number_to_string(value)
        return self.decimal_to_precision(value, ROUND, precision, self.precisionMode, self.paddingMode)

    # --- markets and currencies ----------------------------------------------------------------------
    def load_markets(
        self, reload: bool | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Market]:
        if reload is None:
            reload = False
        if params is None:
            params = {}
        if (not js.truthy(reload)) and (self.markets is not None):
            return self.markets
        currencies = None
        if js.get(self.has, "fetchCurrencies") is True:
            currencies = self.fetch_currencies()
        # fetchMarkets returns unified market structures, each made by safeMarketStructure where the exchange's code
        # makes it: they are indexed as they are, not copied again (certify's CERT-S002 holds fetchMarkets to that).
        markets = self.fetch_markets(params)
        return self.index_markets(self.to_array(markets), currencies)

    def fetch_markets(self, params: dict[str, Any] | None = None) -> list[Market]:
        if params is None:
            params = {}
        return self.to_array([] if (self.markets is None) else self.markets)

    def set_markets(self, markets, currencies=None):
        # The caller's own markets (a list or a dictionary), each completed by safeMarketStructure, then indexed.
        values = []
        entries = self.to_array(markets)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            values.append(self.safe_market_structure(js.get(entries, i)))
            i += 1
        return self.index_markets(values, currencies)

    def index_markets(self, markets, currencies=None):
        # Stores a list of unified market structures as they are: by symbol (markets, symbols), by id (marketsById, a
        # list per id, ids), and the currencies (those fetched, else those the markets name).
        self.markets = self.index_by(markets, "symbol")
        self.marketsById = self.group_by(markets, "id")
        self.symbols = js.keys(self.markets)
        js.sort(self.symbols)
        self.ids = js.keys(self.marketsById)
        js.sort(self.ids)
        if (currencies is None) or (len(self.to_array(currencies)) == 0):
            # none fetched (or the exchange lists none without credentials): derived from the markets
            self.currencies = self.deep_extend(
                self.currencies_from_markets(markets), {} if (self.currencies is None) else self.currencies
            )
        else:
            self.currencies = self.deep_extend(
                {} if (self.currencies is None) else self.currencies,
                self.index_by(self.to_array(currencies), "code"),
            )
        self.currenciesById = self.index_by(self.currencies, "id")
        self.codes = js.keys(self.currencies)
        js.sort(self.codes)
        return self.markets

    def currencies_from_markets(self, markets):
        # The currencies the markets name, each with the id and precision of the first market naming it.
        bases = []
        quotes = []
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            bases.append(self.safe_string(js.get(markets, i), "base"))
            quotes.append(self.safe_string(js.get(markets, i), "quote"))
            i += 1
        self.check_key_names(self.array_concat(bases, quotes), "loadMarkets")
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(markets)):
                break
            market = js.get(markets, i)
            base = js.get(bases, i)
            if (base is not None) and (self.own_value(result, base) is None):
                # (a currency, never null)
                js.set_(
                    result,
                    base,
                    {
                        "id": self.safe_string(market, "baseId", base),
                        "code": base,
                        "precision": self.safe_value(js.get(market, "precision"), "amount"),
                    },
                )
            quote = js.get(quotes, i)
            if (quote is not None) and (self.own_value(result, quote) is None):
                js.set_(
                    result,
                    quote,
                    {
                        "id": self.safe_string(market, "quoteId", quote),
                        "code": quote,
                        "precision": self.safe_value(js.get(market, "precision"), "price"),
                    },
                )
            i += 1
        return result

    def build_symbol(self, base, quote, settle=None, expiry=None, strike=None, option_type=None):
        # The unified symbol of a market from its parts: 'BTC/USDT' (spot), 'BTC/USDT:USDT' (linear swap),
        # 'BTC/USD:BTC' (inverse swap), 'BTC/USD:BTC-251226' (future: expiry in ms, written YYMMDD, UTC) and
        # 'BTC/USD:BTC-251226-100000-C' (option: strike, then C for a call or P for a put).
        symbol = js.bounded_text(js.to_str(base) + "/" + js.to_str(quote))
        if settle is None:
            return symbol
        symbol += js.within(symbol, ":" + js.to_str(settle))
        if expiry is not None:
            symbol += js.within(symbol, js.within(symbol, "-") + js.to_str(self.yymmdd(expiry)))
        if strike is not None:
            symbol += js.within(symbol, js.within(symbol, "-") + js.to_str(self.number_to_string(strike)))
        if option_type is not None:
            symbol += js.within(symbol, js.within(symbol, "-") + ("P" if (option_type == "put") else "C"))
        return symbol

    def markets_loaded(self):
        if self.markets is None:
            raise ExchangeError(
                js.bounded_text(js.to_str(self.id) + " markets are not loaded: call loadMarkets () first")
            )

    def market(self, symbol):
        self.markets_loaded()
        if not (js.typeof(symbol) == "string"):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " market () requires a symbol string")
            )
        market = self.own_value(self.markets, symbol)
        if market is not None:
            return market
        markets_of_id = self.own_value(self.marketsById, symbol)
        if markets_of_id is not None:
            return js.get(markets_of_id, 0)
        raise BadSymbol(
            js.bounded_text(js.to_str(self.id) + " does not have market symbol " + js.to_str(symbol))
        )

    def market_id(self, symbol):
        return js.get(self.market(symbol), "id")

    def market_ids(self, symbols):
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            result.append(self.market_id(js.get(symbols, i)))
            i += 1
        return result

    def symbol(self, symbol):
        return js.get(self.market(symbol), "symbol")

    def currency(self, code):
        if self.currencies is None:
            raise ExchangeError(
                js.bounded_text(js.to_str(self.id) + " currencies are not loaded: call loadMarkets () first")
            )
        if js.typeof(code) == "string":
            currency = self.own_value(self.currencies, code)
            if currency is not None:
                return currency
            currency_of_id = self.own_value(self.currenciesById, code)
            if currency_of_id is not None:
                return currency_of_id
        raise BadSymbol(
            js.bounded_text(
                js.bounded_text(js.to_str(self.id) + " does not have currency code ")
                + js.to_str(self.number_to_string(code))
            )
        )

    def safe_fee(self, fee):
        # { 'cost': '0.1', 'currency': 'USD', 'rate': '0.001' } with numbers parsed; undefined stays undefined.
        if fee is None:
            return None
        return {
            "cost": self.safe_number(fee, "cost"),
            "currency": self.safe_string(fee, "currency"),
            "rate": self.safe_number(fee, "rate"),
        }

    def aggregate_fees(self, fees):
        # Fees summed per currency (those without a currency apart), in the order the currencies first come.
        # (Entries are replaced, never changed in place: PHP copies arrays on assignment.)
        currencies = []
        i = 0
        while True:
            if not js.less(i, js.length(fees)):
                break
            currencies.append(self.safe_string(js.get(fees, i), "currency"))
            i += 1
        self.check_key_names(currencies, "aggregateFees")
        result = []
        positions = {}
        i = 0
        while True:
            if not js.less(i, js.length(fees)):
                break
            fee = js.get(fees, i)
            currency = js.get(currencies, i)
            cost = self.safe_string(fee, "cost")
            position = None if (currency is None) else self.safe_integer(positions, currency)
            if (currency is None) or (cost is None):
                result.append(fee)
            elif position is None:
                js.set_(positions, currency, len(result))
                result.append({"cost": cost, "currency": currency, "rate": self.safe_string(fee, "rate")})
            else:
                existing = self.safe_value(result, position)
                rate = self.safe_string(existing, "rate")
                if not js.strict_equal(rate, self.safe_string(fee, "rate")):
                    rate = None
                js.set_(
                    result,
                    position,
                    {
                        "cost": Precise.string_add(self.safe_string(existing, "cost"), cost),
                        "currency": currency,
                        "rate": rate,
                    },
                )
            i += 1
        return result

    def contract_value(self, amount, price, market=None):
        # The value of amount at price (strings): amount x price, except in a contract market, where amount
        # counts contracts: amount x contractSize (already in the quote currency for an inverse swap or future),
        # times price otherwise (an option's in the currency of its premium); undefined without a contractSize.
        if (amount is None) or (price is None):
            return None
        if (market is None) or (not (self.safe_bool(market, "contract") is True)):
            return Precise.string_mul(amount, price)
        contract_size = self.safe_string(market, "contractSize")
        if contract_size is None:
            return None
        size = Precise.string_mul(amount, contract_size)
        inverse = (self.safe_bool(market, "inverse") is True) and (
            not (self.safe_bool(market, "option") is True)
        )
        return size if inverse else Precise.string_mul(size, price)

    def safe_order(self, order, market=None):
        # Derives what the exchange leaves out from what it gives, consistently: filled, remaining and amount
        # from each other or from the trades; cost and average from each other; the fees from the trades; the
        # status of a fully filled order; the average as the price of a market order; no last trade time for
        # an order without trades; triggerPrice, postOnly and timeInForce from each other. Amounts unsigned.
        trades = []
        raw_trades = self.safe_list(order, "trades", [])
        i = 0
        while True:
            if not (i < len(raw_trades)):
                break
            trades.append(self.safe_trade(js.get(raw_trades, i), market))
            i += 1
        trades_amount = None
        trades_cost = None
        trades_fees = []
        last_trade = None
        i = 0
        while True:
            if not (i < len(trades)):
                break
            trade = js.get(trades, i)
            trades_amount = Precise.string_add(
                "0" if (trades_amount is None) else trades_amount, self.safe_string(trade, "amount", "0")
            )
            trades_cost = Precise.string_add(
                "0" if (trades_cost is None) else trades_cost, self.safe_string(trade, "cost", "0")
            )
            # (pushed in place: a copy of the fees so far at each trade made an order of 40,000 fills cost seconds;
            # red-team round 28)
            trade_fees = self.safe_list(trade, "fees", [])
            j = 0
            while True:
                if not (j < len(trade_fees)):
                    break
                trades_fees.append(js.get(trade_fees, j))
                j += 1
            trade_timestamp = self.safe_integer(trade, "timestamp")
            if (trade_timestamp is not None) and (
                (last_trade is None) or js.greater(trade_timestamp, last_trade)
            ):
                last_trade = trade_timestamp
            i += 1
        amount = self.safe_unsigned(order, "amount")
        filled = self.safe_unsigned(order, "filled")
        remaining = self.safe_unsigned(order, "remaining")
        cost = self.safe_unsigned(order, "cost")
        average = self.safe_string(order, "average")
        price = self.safe_string(order, "price")
        type_ = self.safe_string(order, "type")
        if (filled is None) and (trades_amount is not None):
            filled = trades_amount
        if (cost is None) and (trades_cost is not None):
            cost = trades_cost
        if (filled is None) and (amount is not None) and (remaining is not None):
            filled = Precise.string_sub(amount, remaining)
        if (remaining is None) and (amount is not None) and (filled is not None):
            remaining = Precise.string_max(Precise.string_sub(amount, filled), "0")
        if (amount is None) and (filled is not None) and (remaining is not None):
            amount = Precise.string_add(filled, remaining)
        if (average is not None) and Precise.string_eq(average, "0"):
            average = None
        if (
            (average is None)
            and (cost is not None)
            and (filled is not None)
            and Precise.string_gt(filled, "0")
        ):
            # in a contract market cost is filled x contractSize (x average when linear): see contractValue
            unit = self.contract_value(filled, "1", market)
            if (unit is not None) and (not Precise.string_eq(self.contract_value(filled, "2", market), unit)):
                average = Precise.string_div(cost, unit)
        if (cost is None) and (filled is not None):
            if average is not None:
                cost = self.contract_value(filled, average, market)
            elif Precise.string_eq(filled, "0"):
                cost = "0"  # nothing filled, nothing spent
        if (price is not None) and Precise.string_eq(price, "0"):
            price = None
        if (price is None) and (type_ == "market"):
            price = average
        status = self.safe_string(order, "status")
        if (
            (status is None)
            and (remaining is not None)
            and Precise.string_eq(remaining, "0")
            and (filled is not None)
            and Precise.string_gt(filled, "0")
        ):
            status = "closed"
        last_trade_timestamp = self.safe_milliseconds(order, "lastTradeTimestamp")
        if last_trade_timestamp is None:
            last_trade_timestamp = last_trade
        if (filled is not None) and Precise.string_eq(filled, "0"):
            last_trade_timestamp = None  # no trade, no last trade: a canceled order's close time is not one
        order_fee = self.safe_dict(order, "fee")
        order_fees = self.safe_list(order, "fees", [])
        if (order_fee is None) and js.strict_equal(js.length(order_fees), 0):
            order_fees = self.aggregate_fees(trades_fees)
        (
            fee,
            fees,
        ) = js.destructure(self.safe_fees(order_fee, order_fees), 2)
        trigger_price = self.safe_string2(order, "triggerPrice", "stopPrice")
        time_in_force = self.safe_string(order, "timeInForce")
        post_only = self.safe_bool(order, "postOnly")
        if time_in_force == "PO":
            post_only = True
        if (post_only is True) and (time_in_force is None):
            time_in_force = "PO"
        timestamp = self.safe_milliseconds(order, "timestamp")
        return {
            "id": self.safe_string(order, "id"),
            "clientOrderId": self.safe_string(order, "clientOrderId"),
            "symbol": self.safe_symbol(self.safe_string(order, "symbol"), market),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "lastTradeTimestamp": last_trade_timestamp,
            "lastUpdateTimestamp": self.safe_milliseconds(order, "lastUpdateTimestamp"),
            "status": status,
            "type": type_,
            "timeInForce": time_in_force,
            "postOnly": post_only,
            "reduceOnly": self.safe_bool(order, "reduceOnly"),
            "side": self.safe_string(order, "side"),
            "price": self.parse_number(price),
            "triggerPrice": self.parse_number(trigger_price),
            "stopPrice": self.parse_number(trigger_price),
            "stopLossPrice": self.safe_number(order, "stopLossPrice"),
            "takeProfitPrice": self.safe_number(order, "takeProfitPrice"),
            "amount": self.parse_number(amount),
            "filled": self.parse_number(filled),
            "remaining": self.parse_number(remaining),
            "cost": self.parse_number(cost),
            "average": self.parse_number(average),
            "fee": fee,
            "fees": fees,
            "trades": trades,
            "info": self.safe_value(order, "info"),
        }

    def safe_balance(self, balance):
        # Fills free, used and total of every currency from the two that are known, and indexes them by
        # kind too: balance['free']['BTC'] as well as balance['BTC']['free'].
        # (free, used and total are filled as dictionaries of their own, then put in: PHP wrote result['free'][code]
        # as into a list when the codes were digits, so '0' and '14' made 15 entries there, nulls between them)
        reserved = ["info", "timestamp", "datetime", "free", "used", "total"]
        result = {
            "info": self.safe_value(balance, "info"),
            "timestamp": self.safe_integer(balance, "timestamp"),
            "datetime": self.iso8601(self.safe_integer(balance, "timestamp")),
            "free": {},
            "used": {},
            "total": {},
        }
        free = {}
        used = {}
        total = {}
        codes = js.keys(balance)
        self.check_key_names(codes, "safeBalance")
        i = 0
        while True:
            if not (i < len(codes)):
                break
            code = js.get(codes, i)
            if js.truthy(self.in_array(code, reserved)):
                i += 1
                continue
            account = self.own_value(balance, code)
            free_text = self.safe_string(account, "free")
            used_text = self.safe_string(account, "used")
            total_text = self.safe_string(account, "total")
            if (total_text is None) and (free_text is not None) and (used_text is not None):
                total_text = Precise.string_add(free_text, used_text)
            if (free_text is None) and (total_text is not None) and (used_text is not None):
                free_text = Precise.string_sub(total_text, used_text)
            if (used_text is None) and (total_text is not None) and (free_text is not None):
                used_text = Precise.string_sub(total_text, free_text)
            parsed = {
                "free": self.parse_number(free_text),
                "used": self.parse_number(used_text),
                "total": self.parse_number(total_text),
            }
            js.set_(result, code, parsed)
            js.set_(free, code, js.get(parsed, "free"))
            js.set_(used, code, js.get(parsed, "used"))
            js.set_(total, code, js.get(parsed, "total"))
            i += 1
        result["free"] = free
        result["used"] = used
        result["total"] = total
        return result

    def safe_transaction(self, transaction, currency=None):
        # A deposit or a withdrawal; the currency code comes from currency when the entry has none.
        timestamp = self.safe_milliseconds(transaction, "timestamp")
        code = None if (currency is None) else js.get(currency, "code")
        return {
            "id": self.safe_string(transaction, "id"),
            "txid": self.safe_string(transaction, "txid"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "network": self.safe_string(transaction, "network"),
            "address": self.safe_string(transaction, "address"),
            "tag": self.safe_string(transaction, "tag"),
            "type": self.safe_string(transaction, "type"),
            "amount": self.parse_number(self.safe_unsigned(transaction, "amount")),
            "currency": self.safe_string(transaction, "currency", code),
            "status": self.safe_string(transaction, "status"),
            "updated": self.safe_milliseconds(transaction, "updated"),
            "fee": self.safe_fee(self.safe_dict(transaction, "fee")),
            "info": self.safe_value(transaction, "info"),
        }

    def safe_ledger_entry(self, entry, currency=None):
        # One movement of a balance; a signed amount gives the direction ('in' or 'out') and is unsigned.
        signed = self.safe_string(entry, "amount")
        direction = self.safe_string(entry, "direction")
        if (direction is None) and (signed is not None):
            direction = "out" if Precise.string_lt(signed, "0") else "in"
        timestamp = self.safe_milliseconds(entry, "timestamp")
        code = None if (currency is None) else js.get(currency, "code")
        return {
            "id": self.safe_string(entry, "id"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "direction": direction,
            "account": self.safe_string(entry, "account"),
            "referenceId": self.safe_string(entry, "referenceId"),
            "type": self.safe_string(entry, "type"),
            "currency": self.safe_string(entry, "currency", code),
            "amount": self.parse_number(Precise.string_abs(signed)),
            "before": self.safe_number(entry, "before"),
            "after": self.safe_number(entry, "after"),
            "status": self.safe_string(entry, "status"),
            "fee": self.safe_fee(self.safe_dict(entry, "fee")),
            "info": self.safe_value(entry, "info"),
        }

    def safe_transfer(self, transfer):
        # A move between two accounts of the user with every unified field: datetime from timestamp, amount
        # unsigned; fromAccount and toAccount as the caller named them.
        timestamp = self.safe_milliseconds(transfer, "timestamp")
        return {
            "id": self.safe_string(transfer, "id"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "currency": self.safe_string(transfer, "currency"),
            "amount": self.parse_number(self.safe_unsigned(transfer, "amount")),
            "fromAccount": self.safe_string(transfer, "fromAccount"),
            "toAccount": self.safe_string(transfer, "toAccount"),
            "status": self.safe_string(transfer, "status"),
            "info": self.safe_value(transfer, "info"),
        }

    def safe_position(self, position, market=None):
        # An open position of a contract market. contracts is unsigned, in contracts (not in the base currency);
        # a signed count gives the side ('long' above zero, 'short' below) when the exchange names none.
        # contractSize comes from the market when the position has none; notional (the value in the quote
        # currency, unsigned) of a swap or future from contracts x contractSize, times markPrice for a linear
        # one; percentage (the unrealized PnL in % of the initial margin) from those two.
        signed = self.safe_string(position, "contracts")
        side = self.safe_string_lower(position, "side")
        if (side is None) and (signed is not None):
            if Precise.string_gt(signed, "0"):
                side = "long"
            elif Precise.string_lt(signed, "0"):
                side = "short"
        contracts = Precise.string_abs(signed)
        contract_size = self.safe_string(position, "contractSize")
        if (contract_size is None) and (market is not None):
            contract_size = self.safe_string(market, "contractSize")
        mark_price = self.safe_string(position, "markPrice")
        notional = self.safe_unsigned(position, "notional")
        futures = (self.safe_bool(market, "swap") is True) or (self.safe_bool(market, "future") is True)
        if (notional is None) and (contracts is not None) and (contract_size is not None) and futures:
            if self.safe_bool(market, "inverse") is True:
                notional = Precise.string_mul(contracts, contract_size)
            elif (self.safe_bool(market, "linear") is True) and (mark_price is not None):
                notional = Precise.string_mul(Precise.string_mul(contracts, contract_size), mark_price)
        unrealized_pnl = self.safe_string(position, "unrealizedPnl")
        initial_margin = self.safe_string(position, "initialMargin")
        percentage = self.safe_string(position, "percentage")
        if (
            (percentage is None)
            and (unrealized_pnl is not None)
            and (initial_margin is not None)
            and (not Precise.string_eq(initial_margin, "0"))
        ):
            percentage = Precise.string_mul(Precise.string_div(unrealized_pnl, initial_margin), "100")
        timestamp = self.safe_milliseconds(position, "timestamp")
        return {
            "symbol": self.safe_symbol(self.safe_string(position, "symbol"), market),
            "id": self.safe_string(position, "id"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "side": side,
            "contracts": self.parse_number(contracts),
            "contractSize": self.parse_number(contract_size),
            "notional": self.parse_number(notional),
            "leverage": self.safe_number(position, "leverage"),
            "entryPrice": self.safe_number(position, "entryPrice"),
            "markPrice": self.parse_number(mark_price),
            "liquidationPrice": self.safe_number(position, "liquidationPrice"),
            "unrealizedPnl": self.parse_number(unrealized_pnl),
            "realizedPnl": self.safe_number(position, "realizedPnl"),
            "collateral": self.safe_number(position, "collateral"),
            "initialMargin": self.parse_number(initial_margin),
            "maintenanceMargin": self.safe_number(position, "maintenanceMargin"),
            "marginMode": self.safe_string_lower(position, "marginMode"),
            "percentage": self.parse_number(percentage),
            "info": self.safe_value(position, "info"),
        }

    def safe_funding_rate(self, rate, market=None):
        # The funding of a swap: the rate of the current (or last settled) interval at fundingTimestamp, the
        # predicted one at nextFundingTimestamp; rates as fractions (0.0001 is 0.01 %), every time in ms.
        timestamp = self.safe_milliseconds(rate, "timestamp")
        funding_timestamp = self.safe_milliseconds(rate, "fundingTimestamp")
        next_funding_timestamp = self.safe_milliseconds(rate, "nextFundingTimestamp")
        return {
            "symbol": self.safe_symbol(self.safe_string(rate, "symbol"), market),
            "markPrice": self.safe_number(rate, "markPrice"),
            "indexPrice": self.safe_number(rate, "indexPrice"),
            "interestRate": self.safe_number(rate, "interestRate"),
            "fundingRate": self.safe_number(rate, "fundingRate"),
            "fundingTimestamp": funding_timestamp,
            "fundingDatetime": self.iso8601(funding_timestamp),
            "nextFundingRate": self.safe_number(rate, "nextFundingRate"),
            "nextFundingTimestamp": next_funding_timestamp,
            "nextFundingDatetime": self.iso8601(next_funding_timestamp),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "info": self.safe_value(rate, "info"),
        }

    def safe_funding_rate_history(self, entry, market=None):
        # One settled funding of a swap: its rate (a fraction) and when it was applied.
        timestamp = self.safe_milliseconds(entry, "timestamp")
        return {
            "symbol": self.safe_symbol(self.safe_string(entry, "symbol"), market),
            "fundingRate": self.safe_number(entry, "fundingRate"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "info": self.safe_value(entry, "info"),
        }

    def safe_open_interest(self, interest, market=None):
        # The open interest of a contract market: openInterestAmount in contracts, openInterestValue in the
        # quote currency (each as the exchange reports it; neither is derived from the other).
        timestamp = self.safe_milliseconds(interest, "timestamp")
        return {
            "symbol": self.safe_symbol(self.safe_string(interest, "symbol"), market),
            "openInterestAmount": self.safe_number(interest, "openInterestAmount"),
            "openInterestValue": self.safe_number(interest, "openInterestValue"),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "info": self.safe_value(interest, "info"),
        }

    def safe_leverage(self, leverage, market=None):
        # The leverage of a market for long and short positions; a single 'leverage' stands for both.
        both = self.safe_string(leverage, "leverage")
        return {
            "symbol": self.safe_symbol(self.safe_string(leverage, "symbol"), market),
            "marginMode": self.safe_string_lower(leverage, "marginMode"),
            "longLeverage": self.parse_number(self.safe_string(leverage, "longLeverage", both)),
            "shortLeverage": self.parse_number(self.safe_string(leverage, "shortLeverage", both)),
            "info": self.safe_value(leverage, "info"),
        }

    def safe_margin_mode(self, margin_mode, market=None):
        # The margin mode of a market: 'cross' or 'isolated'.
        return {
            "symbol": self.safe_symbol(self.safe_string(margin_mode, "symbol"), market),
            "marginMode": self.safe_string_lower(margin_mode, "marginMode"),
            "info": self.safe_value(margin_mode, "info"),
        }

    def account(self):
        return {"free": None, "used": None, "total": None}

    def parse_order_book(
        self, orderbook, symbol, timestamp=None, bids_key=None, asks_key=None, price_key=None, amount_key=None
    ):
        if bids_key is None:
            bids_key = "bids"
        if asks_key is None:
            asks_key = "asks"
        if price_key is None:
            price_key = 0
        if amount_key is None:
            amount_key = 1
        bids = self.parse_bids_asks(self.safe_value(orderbook, bids_key), price_key, amount_key)
        asks = self.parse_bids_asks(self.safe_value(orderbook, asks_key), price_key, amount_key)
        return {
            "symbol": symbol,
            "bids": self.sort_by(bids, 0, True),
            "asks": self.sort_by(asks, 0),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "nonce": None,
        }

    def parse_ohlcv(self, ohlcv, market=None):
        # Exchanges whose candles are not [ timestamp, open, high, low, close, volume ] override this.
        if js.is_array(ohlcv):
            return [
                self.safe_integer(ohlcv, 0),
                self.safe_number(ohlcv, 1),
                self.safe_number(ohlcv, 2),
                self.safe_number(ohlcv, 3),
                self.safe_number(ohlcv, 4),
                self.safe_number(ohlcv, 5),
            ]
        return ohlcv

    parseOHLCV = MethodAlias("parse_ohlcv")

    def parse_ohlcvs(self, ohlcvs, market=None, timeframe=None, since=None, limit=None):
        if timeframe is None:
            timeframe = "1m"
        result = []
        entries = self.to_array(ohlcvs)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.parse_ohlcv(js.get(entries, i), market))
            i += 1
        return self.filter_by_since_limit(self.sort_by(result, 0), since, limit, 0)

    parseOHLCVs = MethodAlias("parse_ohlcvs")

    def parse_trade(self, trade, market=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseTrade () is not implemented"))

    def parse_order(self, order, market=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseOrder () is not implemented"))

    def parse_ticker(self, ticker, market=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseTicker () is not implemented"))

    def parse_transaction(self, transaction, currency=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseTransaction () is not implemented"))

    def parse_ledger_entry(self, item, currency=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseLedgerEntry () is not implemented"))

    def parse_position(self, position, market=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parsePosition () is not implemented"))

    def parse_funding_rate(self, rate, market=None):
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " parseFundingRate () is not implemented"))

    def parse_funding_rate_history(self, entry, market=None):
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " parseFundingRateHistory () is not implemented")
        )

    def parse_positions(self, positions, symbols=None, params=None):
        if params is None:
            params = {}
        # The positions of the given symbols (all when undefined), in the exchange's order.
        result = []
        entries = self.to_array(positions)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            position = self.extend(self.parse_position(js.get(entries, i)), params)
            if (symbols is None) or js.truthy(self.in_array(js.get(position, "symbol"), symbols)):
                result.append(position)
            i += 1
        return result

    def parse_funding_rates(self, rates, symbols=None, params=None):
        if params is None:
            params = {}
        # Funding rates by symbol, of the given symbols (all when undefined).
        kept = []
        entries = self.to_array(rates)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            rate = self.extend(self.parse_funding_rate(js.get(entries, i)), params)
            if (symbols is None) or js.truthy(self.in_array(js.get(rate, "symbol"), symbols)):
                kept.append(rate)
            i += 1
        return self.by_symbol(kept, "parseFundingRates")

    def parse_funding_rate_histories(self, entries, market=None, since=None, limit=None):
        # Settled fundings, oldest first: the first limit of them from since on, or without since the latest limit.
        result = []
        list_ = self.to_array(entries)
        i = 0
        while True:
            if not (i < len(list_)):
                break
            result.append(self.parse_funding_rate_history(js.get(list_, i), market))
            i += 1
        symbol = None if (market is None) else js.get(market, "symbol")
        return self.filter_by_symbol_since_limit(
            self.sort_by(result, "timestamp"), symbol, since, limit, since is None
        )

    def parse_orders(self, orders, market=None, since=None, limit=None, params=None):
        if params is None:
            params = {}
        result = []
        entries = self.to_array(orders)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.extend(self.parse_order(js.get(entries, i), market), params))
            i += 1
        symbol = None if (market is None) else js.get(market, "symbol")
        return self.filter_by_symbol_since_limit(self.sort_by(result, "timestamp"), symbol, since, limit)

    def parse_transactions(self, transactions, currency=None, since=None, limit=None, params=None):
        if params is None:
            params = {}
        result = []
        entries = self.to_array(transactions)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.extend(self.parse_transaction(js.get(entries, i), currency), params))
            i += 1
        code = None if (currency is None) else js.get(currency, "code")
        return self.filter_by_currency_since_limit(self.sort_by(result, "timestamp"), code, since, limit)

    def parse_ledger(self, items, currency=None, since=None, limit=None, params=None):
        if params is None:
            params = {}
        result = []
        entries = self.to_array(items)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            result.append(self.extend(self.parse_ledger_entry(js.get(entries, i), currency), params))
            i += 1
        code = None if (currency is None) else js.get(currency, "code")
        return self.filter_by_currency_since_limit(self.sort_by(result, "timestamp"), code, since, limit)

    def parse_tickers(self, tickers, symbols=None, params=None):
        if params is None:
            params = {}
        kept = []
        entries = self.to_array(tickers)
        extended = len(js.keys(params)) > 0  # (a copy only to add params' keys, as parseTrades)
        i = 0
        while True:
            if not (i < len(entries)):
                break
            parsed = self.parse_ticker(js.get(entries, i))
            ticker = self.extend(parsed, params) if extended else parsed
            if (symbols is None) or js.truthy(self.in_array(js.get(ticker, "symbol"), symbols)):
                kept.append(ticker)
            i += 1
        return self.by_symbol(kept, "parseTickers")

    def filter_by_currency_since_limit(self, array, code=None, since=None, limit=None, tail=None):
        if tail is None:
            tail = False
        return self.filter_by_value_since_limit(array, "currency", code, since, limit, "timestamp", tail)

    # --- fees ----------------------------------------------------------------------------------------
    def calculate_fee(self, symbol, type_, side, amount, price, taker_or_maker=None, params=None):
        if taker_or_maker is None:
            taker_or_maker = "taker"
        if params is None:
            params = {}
        market = self.market(symbol)
        rate = self.safe_string(market, taker_or_maker)
        cost = Precise.string_mul(
            Precise.string_mul(self.number_to_string(amount), self.number_to_string(price)), rate
        )
        return {
            "type": taker_or_maker,
            "currency": js.get(market, "quote"),
            "rate": self.parse_number(rate),
            "cost": self.parse_number(cost),
        }

    # --- unified params: read once, checked, then mapped by the exchange (transpiler/unified.py) -------
    def unified_order_params(self, type_, params=None):
        if params is None:
            params = {}
        # The unified params of createOrder as [ unified, rest ]: unified holds postOnly (true also for
        # timeInForce 'PO'), timeInForce ('GTC', 'IOC', 'FOK' or undefined), reduceOnly, triggerPrice,
        # stopLossPrice, takeProfitPrice (as strings), the one of them that is set in 'triggerKind' with its
        # price in 'trigger', clientOrderId and cost; rest is params without them.
        # Combinations no exchange can place are rejected here, naming the param.
        time_in_force = self.safe_string_upper(params, "timeInForce")
        known = ["GTC", "IOC", "FOK", "PO"]
        if (time_in_force is not None) and (not js.truthy(self.in_array(time_in_force, known))):
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () timeInForce must be one of GTC, IOC, FOK or PO, not "
                    + js.to_str(time_in_force)
                )
            )
        post_only = (time_in_force == "PO") or (self.safe_bool(params, "postOnly", False) is True)
        unified = {
            "postOnly": post_only,
            "timeInForce": None if (time_in_force == "PO") else time_in_force,
            "reduceOnly": self.safe_bool(params, "reduceOnly", False) is True,
            "triggerPrice": self.safe_string(params, "triggerPrice"),
            "stopLossPrice": self.safe_string(params, "stopLossPrice"),
            "takeProfitPrice": self.safe_string(params, "takeProfitPrice"),
            "clientOrderId": self.safe_string(params, "clientOrderId"),
            "cost": self.safe_string(params, "cost"),
            "trigger": None,
            "triggerKind": None,
        }
        if post_only and (not (type_ == "limit")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () postOnly (timeInForce PO) is for limit orders, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        if post_only and (
            (js.get(unified, "timeInForce") == "IOC") or (js.get(unified, "timeInForce") == "FOK")
        ):
            raise InvalidOrder(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id) + " createOrder () postOnly cannot be combined with timeInForce "
                    )
                    + js.to_str(js.get(unified, "timeInForce"))
                )
            )
        triggers = ["triggerPrice", "stopLossPrice", "takeProfitPrice"]
        i = 0
        while True:
            if not (i < len(triggers)):
                break
            name = triggers[i]
            value = self.safe_string(unified, name)
            if value is None:
                i += 1
                continue
            if js.get(unified, "trigger") is not None:
                raise InvalidOrder(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " createOrder () takes one of triggerPrice, stopLossPrice and takeProfitPrice, not "
                        )
                        + js.to_str(js.get(unified, "triggerKind"))
                        + " and "
                        + js.to_str(name)
                    )
                )
            if post_only:
                raise InvalidOrder(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " createOrder () "
                        + js.to_str(name)
                        + " cannot be combined with postOnly (timeInForce PO)"
                    )
                )
            unified["trigger"] = value
            unified["triggerKind"] = name
            i += 1
        if (js.get(unified, "cost") is not None) and (not (type_ == "market")):
            raise InvalidOrder(
                js.bounded_text(
                    js.to_str(self.id)
                    + " createOrder () cost sizes market orders only, not "
                    + js.to_str(type_)
                    + " orders"
                )
            )
        rest = self.omit(
            params,
            [
                "postOnly",
                "timeInForce",
                "reduceOnly",
                "triggerPrice",
                "stopLossPrice",
                "takeProfitPrice",
                "clientOrderId",
                "cost",
            ],
        )
        return [unified, rest]

    def reject_unified_params(self, method, unified, names):
        # Throws NotSupported naming the first of names that unified holds (a true flag or a value): for the
        # unified params this exchange cannot map.
        i = 0
        while True:
            if not js.less(i, js.length(names)):
                break
            value = self.safe_value(unified, js.get(names, i))
            if (value is not None) and (not (value is False)):
                raise NotSupported(
                    js.bounded_text(
                        js.bounded_text(
                            js.to_str(self.id)
                            + " "
                            + js.to_str(method)
                            + " () does not support the unified param "
                        )
                        + js.to_str(js.get(names, i))
                    )
                )
            i += 1

    def canceled_orders(self, orders, response):
        # The result of a cancel-all request that the exchange answers with a count or a message only: the
        # orders listed open just before, now canceled, each with the exchange's answer beside its own info.
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(orders)):
                break
            result.append(
                self.extend(
                    js.get(orders, i),
                    {
                        "status": "canceled",
                        "info": {"order": js.get(js.get(orders, i), "info"), "canceled": response},
                    },
                )
            )
            i += 1
        return result

    def deposit_withdraw_fees_from_currencies(self, currencies, codes=None):
        # fetchDepositWithdrawFees from fetchCurrencies' result, for exchanges whose currency list carries
        # the withdrawal fee (an amount) of the currency and of each network; deposit fees are not reported.
        result = {}
        keys = js.keys(currencies)
        i = 0
        while True:
            if not (i < len(keys)):
                break
            code = keys[i]
            if (codes is not None) and (not js.truthy(self.in_array(code, codes))):
                i += 1
                continue
            currency = self.safe_dict(currencies, code, {})
            networks = self.safe_dict(currency, "networks", {})
            network_codes = js.keys(networks)
            by_network = {}
            j = 0
            while True:
                if not (j < len(network_codes)):
                    break
                network = self.safe_dict(networks, network_codes[j], {})
                js.set_(
                    by_network,
                    network_codes[j],
                    {"withdraw": self.fee_amount(self.safe_number(network, "fee")), "deposit": {}},
                )
                j += 1
            js.set_(
                result,
                code,
                {
                    "code": code,
                    "withdraw": self.fee_amount(self.safe_number(currency, "fee")),
                    "deposit": {},
                    "networks": by_network,
                    "info": self.safe_value(currency, "info"),
                },
            )
            i += 1
        return result

    def fee_amount(self, fee):
        # A DepositWithdrawFee's withdraw or deposit entry for a fee that is an amount (not a rate).
        if fee is None:
            return {}
        return {"fee": fee, "percentage": False}

    def trading_fee_of_all(self, symbol, params=None):
        if params is None:
            params = {}
        # fetchTradingFee for exchanges whose fee endpoint reports every market at once: fetchTradingFees'
        # entry of the symbol.
        self.load_markets()
        market = self.market(symbol)
        fees = self.fetch_trading_fees(params)
        return self.safe_dict(fees, js.get(market, "symbol"))

    def account_type_id(self, account):
        # The exchange's name of a unified account ('spot', 'margin', 'funding', ...) for transfer (),
        # from options['accountsByType']; an unknown one is rejected rather than sent as it is.
        accounts = self.safe_dict(self.options, "accountsByType", {})
        id_ = self.safe_string(accounts, account)
        if id_ is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " transfer () knows no account "
                        + js.to_str(account)
                        + ": one of "
                    )
                    + js.join(js.keys(accounts), ", ")
                )
            )
        return id_

    def network_id(self, network_code, currency=None):
        # The exchange's id of a unified network code (options['networks'], then the currency's networks), or
        # the code itself when neither knows it.
        if network_code is None:
            return None
        upper = js.upper(network_code)
        by_currency = self.safe_dict(currency, "networks", {})
        entry = self.safe_dict(by_currency, upper)
        if entry is not None:
            return self.safe_string(entry, "id", upper)
        networks = self.safe_dict(self.options, "networks", {})
        return self.safe_string(networks, upper, upper)

    def known_network_id(self, network_code, currency, method):
        # networkId for a unified network code that options['networks'] or the currency's networks know; any
        # other code is rejected, naming the param, rather than sent to the exchange as it is (fail closed).
        upper = js.upper(network_code)
        known = self.extend(
            self.safe_dict(self.options, "networks", {}), self.safe_dict(currency, "networks", {})
        )
        if self.safe_value(known, upper) is None:
            raise BadRequest(
                js.bounded_text(
                    js.bounded_text(
                        js.to_str(self.id)
                        + " "
                        + js.to_str(method)
                        + " () knows no network "
                        + js.to_str(network_code)
                        + " (the unified param network): one of "
                    )
                    + js.join(js.keys(known), ", ")
                )
            )
        return self.network_id(upper, currency)

    def network_code(self, network_id, currency=None):
        # The unified code of an exchange's network id: the currency's network of that id, else the inverse of
        # options['networks'], else the id itself.
        if network_id is None:
            return None
        by_currency = self.safe_dict(currency, "networks", {})
        known = js.keys(by_currency)
        i = 0
        while True:
            if not (i < len(known)):
                break
            if js.strict_equal(self.safe_string(self.safe_dict(by_currency, known[i]), "id"), network_id):
                return known[i]
            i += 1
        networks = self.safe_dict(self.options, "networks", {})
        codes = js.keys(networks)
        i = 0
        while True:
            if not (i < len(codes)):
                break
            if js.strict_equal(self.safe_string(networks, codes[i]), network_id):
                return codes[i]
            i += 1
        return network_id

    # --- unified API defaults: an exchange overrides what it supports and sets has[...] = true --------
    def fetch_currencies(self, params: dict[str, Any] | None = None) -> dict[str, Currency]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchCurrencies () is not supported yet"))

    def fetch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTicker () is not supported yet"))

    def fetch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTickers () is not supported yet"))

    def fetch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOrderBook () is not supported yet"))

    def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[OHLCV]:
        if timeframe is None:
            timeframe = "1m"
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOHLCV () is not supported yet"))

    fetchOHLCV = MethodAlias("fetch_ohlcv")

    def fetch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTrades () is not supported yet"))

    def fetch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchBalance () is not supported yet"))

    def create_order(
        self,
        symbol: str,
        type_: str,
        side: str,
        amount: float,
        price: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> Order:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " createOrder () is not supported yet"))

    def cancel_order(
        self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " cancelOrder () is not supported yet"))

    def edit_order(
        self,
        id_: str,
        symbol: str,
        type_: str,
        side: str,
        amount: float | None = None,
        price: float | None = None,
        params: dict[str, Any] | None = None,
    ) -> Order:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " editOrder () is not supported yet"))

    def fetch_order(self, id_: str, symbol: str | None = None, params: dict[str, Any] | None = None) -> Order:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOrder () is not supported yet"))

    def fetch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOrders () is not supported yet"))

    def fetch_open_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOpenOrders () is not supported yet"))

    def fetch_closed_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchClosedOrders () is not supported yet"))

    def fetch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchMyTrades () is not supported yet"))

    def fetch_deposits(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchDeposits () is not supported yet"))

    def fetch_withdrawals(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchWithdrawals () is not supported yet"))

    def fetch_transactions(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Transaction]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTransactions () is not supported yet"))

    def fetch_ledger(
        self,
        code: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[LedgerEntry]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchLedger () is not supported yet"))

    def fetch_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " fetchDepositAddress () is not supported yet")
        )

    def withdraw(
        self,
        code: str,
        amount: float,
        address: str,
        tag: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> Transaction:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " withdraw () is not supported yet"))

    def fetch_time(self, params: dict[str, Any] | None = None) -> int | None:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTime () is not supported yet"))

    def fetch_status(self, params: dict[str, Any] | None = None) -> Status:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchStatus () is not supported yet"))

    def fetch_trading_fees(self, params: dict[str, Any] | None = None) -> dict[str, TradingFee]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTradingFees () is not supported yet"))

    def cancel_all_orders(
        self, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " cancelAllOrders () is not supported yet"))

    def fetch_order_trades(
        self,
        id_: str,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOrderTrades () is not supported yet"))

    def fetch_trading_fee(self, symbol: str, params: dict[str, Any] | None = None) -> TradingFee:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchTradingFee () is not supported yet"))

    def fetch_deposit_addresses(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[DepositAddress]:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " fetchDepositAddresses () is not supported yet")
        )

    def create_deposit_address(self, code: str, params: dict[str, Any] | None = None) -> DepositAddress:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " createDepositAddress () is not supported yet")
        )

    def fetch_deposit_withdraw_fees(
        self, codes: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, DepositWithdrawFee]:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " fetchDepositWithdrawFees () is not supported yet")
        )

    def transfer(
        self,
        code: str,
        amount: float,
        from_account: str,
        to_account: str,
        params: dict[str, Any] | None = None,
    ) -> Transfer:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " transfer () is not supported yet"))

    def create_market_buy_order_with_cost(
        self, symbol: str, cost: float, params: dict[str, Any] | None = None
    ) -> Order:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " createMarketBuyOrderWithCost () is not supported yet")
        )

    def fetch_positions(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> list[Position]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchPositions () is not supported yet"))

    def fetch_position(self, symbol: str, params: dict[str, Any] | None = None) -> Position:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchPosition () is not supported yet"))

    def fetch_funding_rate(self, symbol: str, params: dict[str, Any] | None = None) -> FundingRate:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchFundingRate () is not supported yet"))

    def fetch_funding_rates(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, FundingRate]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchFundingRates () is not supported yet"))

    def fetch_funding_rate_history(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[FundingRateHistory]:
        if params is None:
            params = {}
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " fetchFundingRateHistory () is not supported yet")
        )

    def fetch_open_interest(self, symbol: str, params: dict[str, Any] | None = None) -> OpenInterest:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchOpenInterest () is not supported yet"))

    def set_leverage(
        self, leverage: float, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> Leverage:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " setLeverage () is not supported yet"))

    def set_margin_mode(
        self, margin_mode: str, symbol: str | None = None, params: dict[str, Any] | None = None
    ) -> MarginMode:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " setMarginMode () is not supported yet"))

    def fetch_leverage(self, symbol: str, params: dict[str, Any] | None = None) -> Leverage:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " fetchLeverage () is not supported yet"))

    def fetch_mark_ohlcv(
        self,
        symbol: str,
        timeframe: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[OHLCV]:
        if timeframe is None:
            timeframe = "1m"
        if params is None:
            params = {}
        # Candles of the mark price: fetchOHLCV with params['price'] = 'mark', which an exchange that sets
        # has['fetchMarkOHLCV'] maps to its own request.
        if not (js.get(self.has, "fetchMarkOHLCV") is True):
            raise NotSupported(
                js.bounded_text(js.to_str(self.id) + " fetchMarkOHLCV () is not supported yet")
            )
        return self.fetch_ohlcv(symbol, timeframe, since, limit, self.extend(params, {"price": "mark"}))

    fetchMarkOHLCV = MethodAlias("fetch_mark_ohlcv")

    def fetch_index_ohlcv(
        self,
        symbol: str,
        timeframe: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[OHLCV]:
        if timeframe is None:
            timeframe = "1m"
        if params is None:
            params = {}
        # Candles of the index price: fetchOHLCV with params['price'] = 'index' (see fetchMarkOHLCV).
        if not (js.get(self.has, "fetchIndexOHLCV") is True):
            raise NotSupported(
                js.bounded_text(js.to_str(self.id) + " fetchIndexOHLCV () is not supported yet")
            )
        return self.fetch_ohlcv(symbol, timeframe, since, limit, self.extend(params, {"price": "index"}))

    fetchIndexOHLCV = MethodAlias("fetch_index_ohlcv")

    # --- streaming: maintained order books and bounded caches (the socket is native: watch, resolveUpdate) -----
    def handle_message(self, url, message):
        # Override: turn one frame (parsed JSON) of the connection to url into updates with
        # this.resolveUpdate (url, value, messageHash), or errors with this.rejectUpdate (...).
        raise NotSupported(
            js.bounded_text(js.to_str(self.id) + " handleMessage () is not implemented: it does not stream")
        )

    def resubscribe_message(self, url, subscribe_hash, message):
        # Override: the message to send again for subscribeHash after a reconnect (a fresh signature or token
        # where the first one expires); the base sends the same one.
        return message

    def stream_url(self, key=None):
        if key is None:
            key = "public"
        # The stream URL urls['ws'] names: a string, or a dictionary of them by key.
        urls = self.safe_value(self.urls, "ws")
        if js.typeof(urls) == "string":
            return urls
        url = self.safe_string(urls, key)
        if url is None:
            raise NotSupported(
                js.bounded_text(
                    js.to_str(self.id) + " has no stream URL " + js.to_str(key) + " in urls['ws']"
                )
            )
        return url

    def stream_state(self, key, default_value=None):
        # What a channel keeps between frames (an order book, a cache), by its message hash; in the runtimes that
        # stream only (see checkStreaming).
        self.check_streaming()
        return self.safe_value(self.streams, key, default_value)

    def set_stream_state(self, key, value):
        self.check_streaming()
        js.set_(self.streams, key, value)
        return value

    def new_order_book(self, symbol, depth=None):
        # An empty maintained book: levels [ price, amount ] by normalized price (bookKey; a level is replaced, never
        # changed, so views share them), the texts the exchange wrote for each (for checksums), and the keys of
        # each side in order, best first (kept sorted as levels come and go: no update sorts the book); depth:
        # the levels the exchange keeps.
        return {
            "symbol": symbol,
            "bids": {},
            "asks": {},
            "texts": {"bids": {}, "asks": {}},
            "order": {"bids": [], "asks": []},
            "timestamp": None,
            "nonce": None,
            "depth": depth,
        }

    def book_level(self, price, amount):
        # A level as the book keeps it, [ price, amount ] as numbers, from what the exchange sent.
        price_number = self.parse_number(price)
        amount_number = self.parse_number(amount)
        if (price_number is None) or (amount_number is None):
            raise BadResponse(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sent an order book level that is not a number: ")
                    + js.to_str(self.json([price, amount]))
                )
            )
        return [price_number, amount_number]

    def book_key(self, price):
        # The key of a level's price in a maintained book: its text after '@', so that no side is keyed '0' to 'n-1',
        # which PHP reads as a list (its levels at prices 0 to n-1 were lost there; red-team round 31).
        return js.bounded_text("@" + js.to_str(self.number_to_string(price)))

    def set_book_level(self, book, side, price, amount):
        # One level of side ('bids' or 'asks') set to amount, or removed when amount is zero. Returns the book, which
        # changes in place, and so do its parts where the book helpers made them for it (bookPart; any other is
        # copied first): as a stream's state, where streams run only (see checkStreaming).
        self.check_streaming()
        self.check_book_side_name(side)
        level = self.book_level(price, amount)
        price_number = js.get(level, 0)
        amount_number = js.get(level, 1)
        levels = self.book_part(book, self.safe_dict(book, side, {}))
        texts = self.book_part(book, self.safe_dict(book, "texts", {}))
        side_texts = self.book_part(book, self.safe_dict(texts, side, {}))
        order = self.book_part(book, self.safe_dict(book, "order", {}))
        keys = self.safe_list(order, side, [])
        key = self.book_key(price_number)
        known = self.safe_value(levels, key) is not None
        if js.strict_equal(amount_number, 0):
            if known:
                position = self.book_position(levels, keys, price_number, side == "bids")
                keys = js.concat(js.slice_(keys, 0, position), js.slice_(keys, js.add(position, 1)))
                js.delete(levels, key)
                js.delete(side_texts, key)
        else:
            if not known:
                position = self.book_position(levels, keys, price_number, side == "bids")
                keys = js.concat(js.slice_(keys, 0, position), [key], js.slice_(keys, position))
            js.set_(levels, key, level)
            js.set_(side_texts, key, [self.number_to_string(price), self.number_to_string(amount)])
            if js.greater(len(keys), self.max_book_levels()):
                # the worst level goes (the new one, when it is the worst)
                worst = js.get(keys, len(keys) - 1)
                keys = js.slice_(keys, 0, len(keys) - 1)
                js.delete(levels, worst)
                js.delete(side_texts, worst)
        js.set_(texts, side, side_texts)
        js.set_(book, "texts", texts)
        js.set_(order, side, keys)
        js.set_(book, "order", order)
        js.set_(book, side, levels)
        return book

    def check_book_side_name(self, side):
        if (not (side == "bids")) and (not (side == "asks")):
            # (another key of a stream state, a ticker's or a balance's, changed in place: red-team round 75)
            raise ExchangeError(
                js.bounded_text(
                    js.bounded_text(js.to_str(self.id) + " sets a level of the bids or the asks, not of ")
                    + js.to_str(self.json(side))
                )
            )

    def max_book_levels(self):
        # The levels a maintained book keeps per side: a hostile server's new levels (or a market's far ones, in a
        # book of no depth) would grow it without end, and each snapshot orders a whole side.
        return self.safe_integer(self.streaming, "maxBookLevels", 20000)

    def set_book_levels(self, book, side, levels, price_key=None, amount_key=None):
        if price_key is None:
            price_key = 0
        if amount_key is None:
            amount_key = 1
        self.check_streaming()  # (see setBookLevel)
        self.check_book_side_name(side)
        if js.less_equal(js.length(levels), 32):
            i = 0
            while True:
                if not js.less(i, js.length(levels)):
                    break
                book = self.set_book_level(
                    book,
                    side,
                    self.safe_value(js.get(levels, i), price_key),
                    self.safe_value(js.get(levels, i), amount_key),
                )
                i += 1
            return book
        # Many levels (a snapshot, or a large update): each read first, so that the book changes only once every
        # level was read; then the new keys, ordered among themselves, merged into the side's kept order (setBookLevel
        # one by one inserts each new key into the ordered list, which for a whole book took time quadratic in its
        # size: 80,000 levels from a hostile server, minutes; and a copy and sort of the whole side at every frame
        # of 33 levels cost 60 ms a frame at 20,000 levels; red-team round 28).
        read = []
        i = 0
        while True:
            if not js.less(i, js.length(levels)):
                break
            price = self.safe_value(js.get(levels, i), price_key)
            amount = self.safe_value(js.get(levels, i), amount_key)
            level = self.book_level(price, amount)
            read.append(
                [
                    self.book_key(js.get(level, 0)),
                    level,
                    [self.number_to_string(price), self.number_to_string(amount)],
                ]
            )
            i += 1
        side_levels = self.book_part(book, self.safe_dict(book, side, {}))
        texts = self.book_part(book, self.safe_dict(book, "texts", {}))
        side_texts = self.book_part(book, self.safe_dict(texts, side, {}))
        order = self.book_part(book, self.safe_dict(book, "order", {}))
        added = []
        removed = False
        i = 0
        while True:
            if not (i < len(read)):
                break
            key = js.get(js.get(read, i), 0)
            level = js.get(js.get(read, i), 1)
            if js.strict_equal(js.get(level, 1), 0):
                removed = removed or (self.safe_value(side_levels, key) is not None)
                js.delete(side_levels, key)
                js.delete(side_texts, key)
            else:
                if self.safe_value(side_levels, key) is None:
                    added.append([js.get(level, 0), key])
                js.set_(side_levels, key, level)
                js.set_(side_texts, key, js.get(js.get(read, i), 2))
            i += 1
        kept = self.safe_list(order, side, [])
        keys = self.merged_book_keys(
            side_levels, kept, self.sort_by(added, 0, side == "bids"), side == "bids", removed
        )
        bound = self.max_book_levels()
        j = js.subtract(js.length(keys), 1)
        while True:
            if not js.greater_equal(j, bound):
                break
            # beyond the bound, the worst levels go
            key = js.get(keys, j)
            js.delete(side_levels, key)
            js.delete(side_texts, key)
            j = js.number(j - 1)
        js.set_(order, side, js.slice_(keys, 0, bound) if js.greater(js.length(keys), bound) else keys)
        js.set_(texts, side, side_texts)
        js.set_(book, "texts", texts)
        js.set_(book, "order", order)
        js.set_(book, side, side_levels)
        return book

    def merged_book_keys(self, levels, kept, added, descending, removed):
        # The keys of levels best first: those of kept (in order) that levels still holds, merged with those of added
        # ([ price, key ] of the new levels, best first), each key once. Where none of kept was removed, the keys
        # before the first added level and after the last go over whole.
        if (not js.truthy(removed)) and js.strict_equal(js.length(added), 0):
            return kept
        result = []
        placed = {}
        i = 0
        j = 0
        if not js.truthy(removed):
            i = self.book_position(levels, kept, js.get(js.get(added, 0), 0), descending)
            result = js.slice_(kept, 0, i)
        while True:
            if not (js.less(i, js.length(kept)) or js.less(j, js.length(added))):
                break
            if (not js.truthy(removed)) and js.greater_equal(j, js.length(added)):
                return js.concat(result, js.slice_(kept, i))
            kept_key = self.safe_string(kept, i) if js.less(i, js.length(kept)) else None
            kept_level = None if (kept_key is None) else self.safe_value(levels, kept_key)
            if (kept_key is not None) and (kept_level is None):
                i = js.add(i, 1)  # (removed)
                continue
            take_added = (kept_level is None) or (
                js.less(j, js.length(added))
                and (
                    js.greater(js.get(js.get(added, j), 0), js.get(kept_level, 0))
                    if js.truthy(descending)
                    else js.less(js.get(js.get(added, j), 0), js.get(kept_level, 0))
                )
            )
            key = js.get(js.get(added, j), 1) if take_added else kept_key
            if take_added:
                j = js.number(j + 1)
            else:
                i = js.add(i, 1)
            if (self.safe_value(levels, key) is not None) and (self.safe_value(placed, key) is None):
                js.set_(placed, key, True)
                result.append(key)
        return result

    def book_side(self, book, side, limit=None):
        # The levels [ price, amount ] of a side best first (bids by descending price), at most limit of them.
        return self.book_levels(self.safe_dict(book, side, {}), book, side, limit)

    def book_texts(self, book, side, limit=None):
        # bookSide as the exchange wrote the numbers: [ priceText, amountText ].
        return self.book_levels(
            self.safe_dict(self.safe_dict(book, "texts", {}), side, {}), book, side, limit
        )

    def trim_book(self, book):
        # Keeps the depth best levels of each side: the exchange forgets the others (and so does its checksum). Those
        # beyond go at once: removed one by one, each copied the side's keys, a snapshot of 20,000 levels a second
        # (red-team round 27). Where streams run only (see setBookLevel).
        self.check_streaming()
        depth = js.get(book, "depth")
        if depth is None:
            return book
        order = self.book_part(book, self.safe_dict(book, "order", {}))
        texts = self.book_part(book, self.safe_dict(book, "texts", {}))
        sides = ["bids", "asks"]
        # (a depth below 0 keeps none: a server's 'book--3000000' made this loop 3 million times a frame; round 31)
        lowest = 0 if js.less(depth, 0) else depth
        i = 0
        while True:
            if not (i < len(sides)):
                break
            side = sides[i]
            keys = self.safe_list(order, side, [])
            if js.greater(len(keys), lowest):
                levels = self.book_part(book, self.safe_dict(book, side, {}))
                side_texts = self.book_part(book, self.safe_dict(texts, side, {}))
                kept = len(keys)
                j = len(keys) - 1
                while True:
                    if not js.greater_equal(j, lowest):
                        break
                    key = self.safe_string(keys, j)
                    js.delete(levels, key)
                    js.delete(side_texts, key)
                    kept = j
                    j = js.number(j - 1)
                js.set_(texts, side, side_texts)
                js.set_(order, side, js.slice_(keys, 0, kept))
                js.set_(book, side, levels)
            i += 1
        js.set_(book, "texts", texts)
        js.set_(book, "order", order)
        return book

    def remember_book_limit(self, symbol, limit=None):
        # The levels the callers of watchOrderBook want: the most any of them asked for (all of them, once one
        # gave no limit), so that each update copies no more of the book than that.
        key = js.bounded_text("viewLimit:" + js.to_str(symbol))
        known = self.stream_state(key, 0)
        wanted = -1 if (limit is None) else js.trunc(limit)  # (a number of its own: see SUB-D007)
        if js.strict_equal(known, -1) or ((not (wanted == -1)) and js.less_equal(wanted, known)):
            return
        self.set_stream_state(key, wanted)

    def order_book_view(self, book, limit=None):
        # The unified order book of a maintained one: lists of its own (the levels in them are never changed), at
        # most limit levels a side, by default as many as the callers of watchOrderBook asked for.
        if limit is None:
            wanted = self.stream_state(js.bounded_text("viewLimit:" + js.to_str(js.get(book, "symbol"))), -1)
            limit = None if js.strict_equal(wanted, -1) else wanted
        timestamp = js.get(book, "timestamp")
        return {
            "symbol": js.get(book, "symbol"),
            "bids": self.book_side(book, "bids", limit),
            "asks": self.book_side(book, "asks", limit),
            "timestamp": timestamp,
            "datetime": self.iso8601(timestamp),
            "nonce": js.get(book, "nonce"),
        }

    def resync_book(self, url, message_hash, reason):
        # Drops a book that went wrong (a sequence gap, a checksum mismatch) so that a new snapshot starts it
        # again; the second time in a row before a book is right again is an error for the callers.
        key = js.bounded_text("resyncs:" + js.to_str(message_hash))
        count = js.add(self.stream_state(key, 0), 1)
        self.set_stream_state(key, count)
        self.set_stream_state(message_hash, None)
        if js.greater(count, 1):
            self.reject_update(
                url,
                message_hash,
                BadResponse,
                js.bounded_text(
                    js.to_str(self.id) + " " + js.to_str(reason) + ", again after a new snapshot"
                ),
            )

    def book_is_right(self, message_hash):
        # A book checked against the exchange's sequence or checksum: the run of resyncs is over.
        self.set_stream_state(js.bounded_text("resyncs:" + js.to_str(message_hash)), 0)

    def stream_request_id(self):
        # 1, 2, 3, ...: the ids of the requests sent on streams, per exchange instance.
        id_ = js.add(self.stream_state("requestId", 0), 1)
        self.set_stream_state("requestId", id_)
        return id_

    def single_key(self, key, value):
        # { key: value }, for a key known only at run time.
        result = {}
        js.set_(result, key, value)
        return result

    def resolve_ticker(self, url, ticker):
        # A ticker to the callers of watchTicker, and to those of watchTickers with every ticker seen so far.
        self.resolve_tickers(url, [ticker])

    def resolve_tickers(self, url, tickers):
        # A frame's tickers, each to the callers of watchTicker, and to those of watchTickers at once with every ticker
        # seen so far, of the markets known (a server's tickers of symbols never subscribed grew the tickers without
        # end, and each was copied for every frame after it: 20,000 such frames took Node 80 s; and a copy for each
        # ticker of a frame, 40,000 of 2,000 markets, took it 17.6 s: red-team round 31).
        known = {}
        count = 0
        i = 0
        while True:
            if not js.less(i, js.length(tickers)):
                break
            symbol = js.get(js.get(tickers, i), "symbol")
            self.resolve_update(url, js.get(tickers, i), js.bounded_text("ticker:" + js.to_str(symbol)))
            if self.safe_dict(self.markets, symbol) is not None:
                js.set_(known, symbol, js.get(tickers, i))
                count = js.number(count + 1)
            i += 1
        if (count == 0) or (not js.truthy(self.is_watched(url, "tickers"))):
            return
        all_ = self.extend(self.stream_state("tickers", {}), known)
        self.set_stream_state("tickers", all_)
        self.resolve_update(url, all_, "tickers")

    def resolve_balance(self, url, accounts, info, timestamp=None):
        # The stream's balance, after a frame's accounts (by currency code), to the callers of watchBalance: each
        # account parsed once, as safeBalance parses it, into a copy of the balance so far (the balance was copied
        # whole for each account a frame named), with at most maxBalanceCurrencies currencies (a hostile server's
        # invented ones grew it without end). Nothing is kept when no caller watched the balance.
        if not js.truthy(self.is_watched(url, "balance")):
            return
        changed = self.safe_balance(self.extend(accounts, {"info": info, "timestamp": timestamp}))
        previous = self.stream_state("balance", self.safe_balance({}))
        result = self.extend(
            previous,
            {
                "info": js.get(changed, "info"),
                "timestamp": js.get(changed, "timestamp"),
                "datetime": js.get(changed, "datetime"),
            },
        )
        free = self.extend({}, js.get(previous, "free"))
        used = self.extend({}, js.get(previous, "used"))
        total = self.extend({}, js.get(previous, "total"))
        bound = self.max_balance_currencies()
        count = len(js.keys(total))
        codes = js.keys(js.get(changed, "total"))
        i = 0
        while True:
            if not (i < len(codes)):
                break
            code = codes[i]
            if self.safe_dict(previous, code) is None:
                # a currency new to the balance
                if js.greater_equal(count, bound):
                    i += 1
                    continue
                count = js.number(count + 1)
            account = self.own_value(changed, code)
            js.set_(result, code, account)
            js.set_(free, code, js.get(account, "free"))
            js.set_(used, code, js.get(account, "used"))
            js.set_(total, code, js.get(account, "total"))
            i += 1
        result["free"] = free
        result["used"] = used
        result["total"] = total
        self.set_stream_state("balance", result)
        self.resolve_update(url, result, "balance")

    def max_balance_currencies(self):
        return self.safe_integer(self.streaming, "maxBalanceCurrencies", 10000)

    def tickers_of(self, tickers, symbols):
        # The tickers of symbols among tickers (by symbol), those that have come.
        result = {}
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            ticker = self.safe_dict(tickers, js.get(symbols, i))
            if ticker is not None:
                js.set_(result, js.get(symbols, i), ticker)
            i += 1
        return result

    def stream_markets(self, symbols):
        # The markets of watchTickers' symbols, which it needs (a subscription names them).
        if (symbols is None) or js.strict_equal(js.length(symbols), 0):
            raise ArgumentsRequired(
                js.bounded_text(js.to_str(self.id) + " watchTickers () needs a list of symbols")
            )
        markets = []
        i = 0
        while True:
            if not js.less(i, js.length(symbols)):
                break
            markets.append(self.market(js.get(symbols, i)))
            i += 1
        return markets

    def limit_order_book(self, book, limit=None):
        # The book with at most limit levels a side (as it is when limit is undefined).
        if limit is None:
            return book
        return self.extend(
            book,
            {
                "bids": js.slice_(js.get(book, "bids"), 0, limit),
                "asks": js.slice_(js.get(book, "asks"), 0, limit),
            },
        )

    def resolve_cached(self, url, message_hash, item):
        # Appends item to the cache of messageHash and hands the cache to its callers. A message hash that no caller
        # watched keeps nothing: a server's trades of symbols never subscribed made a cache each, without end.
        if not js.truthy(self.is_watched(url, message_hash)):
            return
        cache = self.append_to_cache(self.stream_state(message_hash, []), item)
        self.set_stream_state(message_hash, cache)
        self.resolve_update(url, cache, message_hash)

    def resolve_order(self, url, message_hash, order):
        # updateInCache on the orders of messageHash (the order's latest state), handed to its callers (nothing kept
        # for a message hash that no caller watched, as resolveCached).
        if not js.truthy(self.is_watched(url, message_hash)):
            return
        orders = self.update_in_cache(self.stream_state(message_hash, []), order)
        self.set_stream_state(message_hash, orders)
        self.resolve_update(url, orders, message_hash)

    def resolve_candle(self, url, message_hash, candle):
        # appendCandle on the candles of messageHash, handed to its callers (nothing kept for a message hash that no
        # caller watched, as resolveCached).
        if not js.truthy(self.is_watched(url, message_hash)):
            return
        cache = self.append_candle(self.stream_state(message_hash, []), candle)
        self.set_stream_state(message_hash, cache)
        self.resolve_update(url, cache, message_hash)

    def stream_timeframe(self, timeframe):
        # The exchange's name of a timeframe (this.timeframes), or BadRequest.
        interval = self.safe_string(self.timeframes, timeframe)
        if interval is None:
            raise BadRequest(
                js.bounded_text(
                    js.to_str(self.id)
                    + " watchOHLCV () does not support the timeframe "
                    + js.to_str(timeframe)
                )
            )
        return interval

    def cache_limit(self):
        return self.safe_integer(self.streaming, "cacheLimit", 1000)

    def append_to_cache(self, cache, item, limit=None):
        # A new list: cache then item, the oldest dropped beyond limit (the streaming cacheLimit by default).
        bound = self.cache_limit() if (limit is None) else limit
        result = self.array_concat(cache, [item])
        return (
            js.slice_(result, js.subtract(js.length(result), bound))
            if js.greater(js.length(result), bound)
            else result
        )

    def update_in_cache(self, cache, item):
        # A new list: item replaces the entry of the same id (an order's new state), or is appended; the changed
        # entry goes last, and the list is bounded like any cache.
        id_ = self.safe_string(item, "id")
        result = []
        i = 0
        while True:
            if not js.less(i, js.length(cache)):
                break
            if (id_ is None) or (not js.strict_equal(self.safe_string(js.get(cache, i), "id"), id_)):
                result.append(js.get(cache, i))
            i += 1
        return self.append_to_cache(result, item)

    def append_candle(self, cache, candle):
        # A candle replaces the last one of the same open time, else it is appended (bounded like any cache).
        last = js.subtract(js.length(cache), 1)
        time = js.get(candle, 0)
        if (
            (last >= 0)
            and (not (js.typeof(time) == "object"))
            and js.strict_equal(js.get(js.get(cache, last), 0), time)
        ):
            return self.array_concat(js.slice_(cache, 0, last), [candle])
        return self.append_to_cache(cache, candle)

    # --- unified streaming methods (the exchanges that stream override them) ----------------------------------
    def watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> Ticker:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchTicker () is not supported yet"))

    def watch_tickers(
        self, symbols: list[str] | None = None, params: dict[str, Any] | None = None
    ) -> dict[str, Ticker]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchTickers () is not supported yet"))

    def watch_order_book(
        self, symbol: str, limit: int | None = None, params: dict[str, Any] | None = None
    ) -> OrderBook:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchOrderBook () is not supported yet"))

    def watch_trades(
        self,
        symbol: str,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchTrades () is not supported yet"))

    def watch_ohlcv(
        self,
        symbol: str,
        timeframe: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[OHLCV]:
        if timeframe is None:
            timeframe = "1m"
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchOHLCV () is not supported yet"))

    watchOHLCV = MethodAlias("watch_ohlcv")

    def watch_balance(self, params: dict[str, Any] | None = None) -> Balances:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchBalance () is not supported yet"))

    def watch_orders(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Order]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchOrders () is not supported yet"))

    def watch_my_trades(
        self,
        symbol: str | None = None,
        since: int | None = None,
        limit: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> list[Trade]:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " watchMyTrades () is not supported yet"))

    def un_watch_ticker(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " unWatchTicker () is not supported yet"))

    def un_watch_order_book(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " unWatchOrderBook () is not supported yet"))

    def un_watch_trades(self, symbol: str, params: dict[str, Any] | None = None) -> None:
        if params is None:
            params = {}
        raise NotSupported(js.bounded_text(js.to_str(self.id) + " unWatchTrades () is not supported yet"))
