"""The base-class reference: every helper an exchange can call on `this`, with its signature (as written in
js/base/Exchange.js, or js/base/NativeExchange.js for the native layer), a one-line description and what it
returns. `exkit helpers [PATTERN]` prints it and CONTRIBUTING.md holds it; a test keeps HELPER_DOCS in step with
the base class (every public helper documented, no entry for a helper that is gone).

Left out: the unified methods (their own table in the guide), the request pipeline and the native methods that an
exchange never calls (SEALED_METHODS minus CALLABLE_NATIVE)."""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import re
from dataclasses import dataclass

from transpiler.analysis.methods import parsed_class
from transpiler.cache import CACHE_FOLDER, cache_key, load, store
from transpiler.names import (
    CONSTRUCTION_CALLED, NATIVE_CALLED, NATIVE_PRIMITIVES, SEALED_HELPERS, STREAM_STATE_HELPERS, is_internal,
    is_sealed,
)
from transpiler.paths import BASE_PATH, NATIVE_PATH, PROJECT_ROOT
from transpiler.unified import STREAMING_METHODS, UNIFIED_METHODS

HELPERS_CACHE = os.path.join(PROJECT_ROOT, CACHE_FOLDER, "helpers")
NATIVE_SECTION = "native layer: time, encoding, crypto (hand-written per language)"

_SAFE = "the value at dictionary[key] (own keys only; missing, null and '' give defaultValue)"
_SAFE_KINDS = {
    "Value": ("any value as it is", "the value, or defaultValue"),
    "String": ("as a string (numbers converted exactly)", "string, or defaultValue"),
    "StringLower": ("as a lowercase string", "string, or defaultValue"),
    "StringUpper": ("as an uppercase string", "string, or defaultValue"),
    "Number": ("as a number for a unified structure (from a number or a numeric string)", "number, or defaultValue"),
    "Float": ("as a float (parseFloat)", "number, or defaultValue"),
    "Integer": ("as an integer, truncated", "integer, or defaultValue"),
    "IntegerProduct": ("times factor, its fraction dropped (exactly, as productWithoutFraction)", "integer, or defaultValue"),
    "Timestamp": ("in seconds, as milliseconds (times 1000, what is below a millisecond dropped)",
                  "integer, or defaultValue"),
    "Bool": ("when it is a boolean", "boolean, or defaultValue"),
    "Dict": ("when it is a dictionary", "dictionary, or defaultValue"),
    "List": ("when it is a list", "list, or defaultValue"),
}

HELPER_DOCS: dict[str, tuple[str, str]] = {
    # configuration and implicit API
    "describe": ("the exchange's static description; override it with this.deepExtend (super.describe (), {...})",
                 "dictionary"),
    "splitWords": ("'ticker/{pair}' -> ['ticker', 'pair']: the runs of ASCII letters and digits", "list of strings"),
    "camelCaseWords": ("['public', 'get', 'ticker'] -> 'publicGetTicker'", "string"),
    # request pipeline (the parts an exchange overrides or calls)
    "sign": ("override: the URL, method, body and headers of one request (authentication goes here; 'basicAuth': "
             "true has the pipeline add HTTP Basic authentication with the key and secret)",
             "{ 'url', 'method', 'body', 'headers', 'basicAuth' }"),
    "implodeHostname": ("a URL with its {hostname} placeholder filled (the base returns it unchanged)", "string"),
    "headerValues": ("the headers with lowercase names", "dictionary"),
    "handleErrors": ("override: throw the unified error an error response means; return undefined to go on",
                     "undefined"),
    "findBroadlyMatchedKey": ("the first key of broad that occurs in string", "string, or undefined"),
    "excerpt": ("the first 200 code units of a response's body and '...' (199 where the 200th would cut an emoji "
                "in half), for an error's message", "string"),
    "nonce": ("a number that grows with every request (the base: this.seconds ())", "number"),
    "keepSessionToken": ("keeps a token the exchange issued (a sign-in's access token, a private stream's token) "
                         "under name, a renewal replacing it, read back from this.sessionTokens; redacted from every "
                         "message and log as the credentials are", "the token (undefined as it is)"),
    # URLs
    "extractParams": ("'ticker/{pair}/{depth}' -> ['pair', 'depth']", "list of strings"),
    "implodeParams": ("'ticker/{pair}' with { 'pair': 'XBTUSD' } -> 'ticker/XBTUSD'; each value is one path segment's "
                      "text (pathSegmentText)", "string"),
    "pathSegmentText": ("text percent-encoded as part of one URL path segment (: @ $ & + , ; = as they are); an empty "
                        "text, . or .. is a BadRequest", "string"),
    "urlencode": ("a query string, keys and values percent-encoded, lists as key[0]=...", "string"),
    "rawencode": ("a query string without percent-encoding", "string"),
    "urlencodeNested": ("a query string with nested dictionaries as key[inner]=...", "string"),
    "encodeQuery": ("a query string: encode percent-encodes; a list is key[0]=a&key[1]=b with indexLists, else the key "
                    "repeated (key=a&key=b)", "string"),
    "queryPairs": ("the [key, value] pairs a nested value is encoded as", "list of [key, value]"),
    # dates
    "ymdhms": ("timestamp (ms) -> '2024-01-31 12:00:00' (infix between date and time)", "string, or undefined"),
    "ymd": ("timestamp (ms) -> '2024-01-31' (infix between the parts)", "string, or undefined"),
    "yyyymmdd": ("timestamp (ms) -> '2024-01-31'", "string, or undefined"),
    "yymmdd": ("timestamp (ms) -> '240131'", "string, or undefined"),
    # dictionaries and lists
    "extend": ("a new dictionary with the keys of a, then those of b (shallow; neither is changed)", "dictionary"),
    "deepExtend": ("a new dictionary: b merged into a, nested dictionaries merged too", "dictionary"),
    "deepExtendLevel": ("deepExtend of dictionaries nested depth levels (0 to 512) deep in the ones merged",
                        "dictionary"),
    "isMergeable": ("whether deepExtend merges the value (a dictionary, or an empty list)", "boolean"),
    "omit": ("a copy of dictionary without keys (a key or a list of keys)", "dictionary"),
    "pluck": ("the value of key in each element of array that has it", "list"),
    "toArray": ("a list as it is, a dictionary's values in key order", "list"),
    "requiredList": ("the list at dictionary[key] of an answer that always holds one; anything else (missing, null, "
                     "another type) is a BadResponse that names the key", "list"),
    "indexBy": ("a dictionary of the elements of array (or of a dictionary's values) keyed by element[key]",
                "dictionary"),
    "groupBy": ("a dictionary of lists of the elements keyed by element[key]", "dictionary of lists"),
    "keyString": ("a number as the string a dictionary key would be; anything else as it is", "string"),
    "stringOf": ("a value as safeString gives it: numbers as numberToString writes them, booleans as "
                 "'true'/'false', anything else defaultValue", "string, or defaultValue"),
    "integerOf": ("a value as safeInteger gives it: a number or decimal string truncated toward zero",
                  "integer, or defaultValue"),
    "filterBy": ("the elements of array (or of a dictionary's values) whose element[key] === value", "list"),
    "sortBy": ("a stably sorted copy of array by element[key] (missing: defaultValue)", "list"),
    "sortBy2": ("a sorted copy of array by key1, then key2", "list"),
    "keysort": ("a copy of dictionary with its keys in sorted order", "dictionary"),
    "inArray": ("whether haystack (a list) contains needle", "boolean"),
    "isEmpty": ("whether value is undefined, '', an empty list or an empty dictionary", "boolean"),
    "unique": ("array without repeated elements, in first-seen order", "list"),
    "arrayConcat": ("a new list: the elements of a, then those of b", "list"),
    "sum": ("the sum of the numbers among the (up to four) arguments", "number, or undefined when there are none"),
    # numbers and precision
    "numberToString": ("a number as a plain decimal string, without exponent ('1e-7' -> '0.0000001')",
                       "string, or undefined"),
    "parseNumber": ("a numeric string or number as the number type of unified structures", "number, or defaultValue"),
    "isDecimalString": ("whether text is [+-]digits[.digits][e[+-]digits]", "boolean"),
    "precisionFromString": ("'0.001' -> 3, '1e-8' -> 8, '10' -> -1: the decimal places of a tick size", "integer"),
    "productWithoutFraction": ("number x factor truncated toward zero, exact for the numbers as written: 1.001 x 1000 "
                               "-> 1001, 1688669597.8976 x 1000 -> 1688669597897", "integer"),
    "parsePrecision": ("'3' -> '0.001', '0' -> '1', '-2' -> '100': the tick size of a number of decimal places",
                       "string, or undefined"),
    "decimalToPrecision": ("value rounded or truncated to precision (DECIMAL_PLACES, SIGNIFICANT_DIGITS or "
                           "TICK_SIZE counting; padding with PAD_WITH_ZERO)", "string"),
    "roundToTick": ("a decimal string rounded (ROUND) or truncated (TRUNCATE) to a multiple of tick", "string"),
    "decimalExponent": ("the power of ten of the first significant digit: '123.4' -> 2, '0.00123' -> -3", "integer"),
    "padDecimals": ("text with trailing zeros up to places decimals", "string"),
    "amountToPrecision": ("an amount truncated to the market's amount precision; InvalidOrder when it is 0",
                          "string"),
    "priceToPrecision": ("a price rounded to the market's price precision", "string"),
    "costToPrecision": ("a cost truncated to the market's price precision", "string"),
    "currencyToPrecision": ("an amount of a currency rounded to its precision", "string"),
    # markets and currencies
    "loadMarkets": ("fetches markets (and currencies) once and caches them; reload fetches them again",
                    "dictionary of markets by symbol (await it)"),
    "setMarkets": ("stores markets (list or dictionary) with the defaults of the market structure, indexed by "
                   "symbol and id", "dictionary of markets by symbol"),
    "indexMarkets": ("stores a list of full unified markets as they are (what fetchMarkets returns: loadMarkets "
                     "uses it), indexed by symbol and id, with their currencies", "dictionary of markets by symbol"),
    "currenciesFromMarkets": ("the currencies the markets name, with precisions taken from them",
                              "dictionary of currencies by code"),
    "safeMarketStructure": ("a market with every field of the unified structure (defaults: type 'spot', "
                            "spot true, active undefined, ...): what fetchMarkets returns each market through",
                            "market dictionary"),
    "buildSymbol": ("the unified symbol of a market from its parts (base, quote, settle, expiry in ms, strike, "
                    "optionType): BTC/USDT, BTC/USDT:USDT, BTC/USD:BTC-251226, BTC/USD:BTC-251226-100000-C",
                    "string"),
    "marketsLoaded": ("throws ExchangeError unless loadMarkets () has run", "undefined"),
    "market": ("the market of a unified symbol; BadSymbol when there is none", "market dictionary"),
    "marketId": ("the exchange's id of a unified symbol", "string"),
    "marketIds": ("marketId of each symbol", "list of strings"),
    "symbol": ("the unified symbol of a symbol or market id", "string"),
    "currency": ("the currency of a unified code or an exchange currency id; ExchangeError before loadMarkets ()",
                 "currency dictionary"),
    "safeMarket": ("the market of an exchange market id (or market, or one built from id and delimiter); of "
                   "several markets of one id, the one of marketType (or of market's type), else the first",
                   "market dictionary"),
    "safeSymbol": ("the unified symbol of an exchange market id (see safeMarket)", "string, or undefined"),
    "safeCurrency": ("the currency of an exchange currency id (or currency, or one built from the id)",
                     "currency dictionary"),
    "safeCurrencyCode": ("the unified code of an exchange currency id (commonCurrencies applied)",
                         "string, or undefined"),
    "commonCurrencyCode": ("code translated through describe()['commonCurrencies'] (XBT -> BTC)", "string"),
    # unified structures
    "safeTicker": ("a ticker with every unified field, missing ones computed (change, percentage, average, vwap)",
                   "ticker dictionary"),
    "safeFee": ("{ cost, currency, rate } with numbers parsed", "fee dictionary, or undefined"),
    "safeFees": ("[ fee, fees ] consistent with each other (fee is undefined when there are several)",
                 "[ fee, list of fees ]"),
    "aggregateFees": ("fees summed per currency, in the order the currencies first come", "list of fees"),
    "safeUnsigned": ("a string amount without its sign", "string, or undefined"),
    "safeMilliseconds": ("a timestamp in ms; undefined for a missing one and for 0", "integer, or undefined"),
    "safeTrade": ("a trade with every unified field (defaults: fees [], cost from price and amount, ...)",
                  "trade dictionary"),
    "safeOrder": ("an order with every unified field (defaults: trades [], fees [], remaining and cost computed, "
                  "...)", "order dictionary"),
    "safeBalance": ("free, used and total of each currency filled from the two known, indexed by kind too "
                    "(balance['free']['BTC'])", "balance dictionary"),
    "safeTransaction": ("a deposit or withdrawal with every unified field", "transaction dictionary"),
    "safeLedgerEntry": ("a ledger entry with every unified field", "ledger entry dictionary"),
    "safeTransfer": ("a transfer between the user's accounts with every unified field (datetime, unsigned amount)",
                     "transfer dictionary"),
    "contractValue": ("the value of amount at price: amount x price, in a contract market amount (contracts) x "
                      "contractSize, x price unless inverse", "string, or undefined"),
    "safePosition": ("a position with every unified field (contracts unsigned, side from their sign, "
                     "contractSize from the market, notional and percentage computed)", "position dictionary"),
    "safeFundingRate": ("a funding rate with every unified field (datetimes of its timestamps)",
                        "funding rate dictionary"),
    "safeFundingRateHistory": ("a settled funding with every unified field", "funding rate history dictionary"),
    "safeOpenInterest": ("an open interest with every unified field (amount in contracts, value in quote)",
                         "open interest dictionary"),
    "safeLeverage": ("a leverage with every unified field (leverage stands for longLeverage and shortLeverage)",
                     "leverage dictionary"),
    "safeMarginMode": ("a margin mode with every unified field ('cross' or 'isolated')", "margin mode dictionary"),
    "account": ("an empty balance entry { free, used, total }", "dictionary"),
    "parseBidAsk": ("[price, amount] of one order book level, as numbers", "[ number, number ]"),
    "parseBidsAsks": ("parseBidAsk of each level", "list of [ price, amount ]"),
    "parseOrderBook": ("an order book: bids sorted descending, asks ascending, with timestamp and symbol",
                       "order book dictionary"),
    "parseOHLCV": ("override: one candle as [timestamp, open, high, low, close, volume]", "list"),
    "parseOHLCVs": ("parseOHLCV of each candle, sorted by time, filtered by since and limit", "list of lists"),
    "parseTrade": ("override: one trade of the exchange as a unified trade (return this.safeTrade ({...}))",
                   "trade dictionary"),
    "parseOrder": ("override: one order of the exchange as a unified order (return this.safeOrder ({...}))",
                   "order dictionary"),
    "parseTicker": ("override: one ticker as a unified ticker (return this.safeTicker ({...}))", "ticker dictionary"),
    "parseTransaction": ("override: one deposit or withdrawal (return this.safeTransaction ({...}))",
                         "transaction dictionary"),
    "parseLedgerEntry": ("override: one ledger entry (return this.safeLedgerEntry ({...}))", "ledger entry dictionary"),
    "parsePosition": ("override: one position (return this.safePosition ({...}, market))", "position dictionary"),
    "parseFundingRate": ("override: one funding rate (return this.safeFundingRate ({...}, market))",
                         "funding rate dictionary"),
    "parseFundingRateHistory": ("override: one settled funding (return this.safeFundingRateHistory ({...}))",
                                "funding rate history dictionary"),
    "parsePositions": ("parsePosition of each element, only symbols when given", "list of positions"),
    "parseFundingRates": ("parseFundingRate of each element, keyed by symbol, only symbols when given",
                          "dictionary of funding rates by symbol"),
    "parseFundingRateHistories": ("parseFundingRateHistory of each element, sorted, filtered by symbol and since, "
                                  "the first limit from since (the last limit without since)",
                                  "list of funding rate history entries"),
    "parseTrades": ("parseTrade of each element (list or dictionary values), sorted by timestamp, filtered by "
                    "symbol, since and limit", "list of trades"),
    "parseOrders": ("parseOrder of each element, sorted by timestamp, filtered by symbol, since and limit",
                    "list of orders"),
    "parseTransactions": ("parseTransaction of each element, sorted, filtered by code, since and limit",
                          "list of transactions"),
    "parseLedger": ("parseLedgerEntry of each element, sorted, filtered by code, since and limit",
                    "list of ledger entries"),
    "parseTickers": ("parseTicker of each element, keyed by symbol, only symbols when given",
                     "dictionary of tickers by symbol"),
    "bySymbol": ("the entries keyed by their symbol, a later one winning (checkKeyNames first; method names the "
                 "caller in its error)", "dictionary"),
    "filterBySinceLimit": ("the elements with element[key] >= since, then the first (or with tail the last) limit",
                           "list"),
    "filterBySymbolSinceLimit": ("filterBySinceLimit of the elements of one symbol (all when undefined)", "list"),
    "filterByCurrencySinceLimit": ("filterBySinceLimit of the elements of one currency code", "list"),
    "filterByValueSinceLimit": ("filterBySinceLimit of the elements whose element[field] === value", "list"),
    # fees and unified params
    "calculateFee": ("the fee of an order from the market's taker or maker rate", "{ type, currency, rate, cost }"),
    "unifiedOrderParams": ("reads and checks createOrder's unified params once", "[ unified, rest of params ]"),
    "rejectUnifiedParams": ("throws NotSupported naming the first of names that unified holds (for the params "
                            "you cannot map)", "undefined"),
    "networkId": ("the exchange's id of a unified network code (options['networks'], then the currency's "
                  "networks; the code itself when neither knows it)", "string, or undefined"),
    "knownNetworkId": ("networkId for a code that options['networks'] or the currency's networks know; BadRequest "
                       "naming the param for any other (an exchange that takes only known chains)", "string"),
    "networkCode": ("the unified code of an exchange network id", "string"),
    "accountTypeId": ("the exchange's name of a unified account for transfer (options['accountsByType']); "
                      "BadRequest for an unknown one", "string"),
    "canceledOrders": ("the orders listed open before a cancel-all request that answers with a count or a "
                       "message only, now canceled", "list of orders"),
    "tradingFeeOfAll": ("fetchTradingFee as fetchTradingFees' entry of the symbol, for a fee endpoint that "
                        "reports every market", "trading fee dictionary (await it)"),
    "depositWithdrawFeesFromCurrencies": ("fetchDepositWithdrawFees' result from fetchCurrencies' (the fee of "
                                          "each currency and network, an amount)",
                                          "dictionary of deposit-withdraw fees by code"),
    "feeAmount": ("a deposit-withdraw fee entry { fee, percentage: false } for an amount ({} when undefined)",
                  "dictionary"),
    # native layer (hand-written in each language)
    "milliseconds": ("the current time in ms since the epoch (fixed under the fixtures)", "integer"),
    "seconds": ("the current time in whole seconds", "integer"),
    "microseconds": ("the current time in microseconds", "integer"),
    "iso8601": ("timestamp (ms) -> '2024-01-31T12:00:00.000Z'", "string, or undefined"),
    "parse8601": ("an ISO 8601 date -> timestamp in ms", "integer, or undefined"),
    "parseDate": ("an ISO 8601 or RFC 2616 date -> timestamp in ms", "integer, or undefined"),
    "rfc2616": ("timestamp (ms) -> 'Wed, 31 Jan 2024 12:00:00 GMT'", "string"),
    "sleep": ("waits milliseconds", "undefined (await it)"),
    "uuid": ("a random UUID v4", "string"),
    "rethrowUncaught": ("the first statement of a catch clause that handles more than the unified errors "
                        "(SUB-T007): rethrows the end of Node's stack, which no runtime lets exchange code catch",
                        "undefined"),
    "json": ("JSON.stringify without spaces", "string"),
    "parseJson": ("a JSON text parsed; undefined when it is not JSON", "value, or undefined"),
    "encodeURIComponent": ("text percent-encoded as JavaScript's encodeURIComponent does", "string"),
    "encode": ("text as UTF-8 binary", "binary"),
    "decode": ("UTF-8 binary as text", "string"),
    "binaryConcat": ("the binaries joined", "binary"),
    "binaryToBase64": ("binary -> base64", "string"),
    "base64ToBinary": ("base64 (+/ or -_, padded or not) -> binary; ExchangeError for any other text "
                       "(InvalidSigningKey, which no catch clause sees, for a signing key of the config)", "binary"),
    "stringToBase64": ("text (UTF-8) -> base64", "string"),
    "base64ToString": ("base64 -> text (UTF-8), as base64ToBinary reads it", "string"),
    "binaryToBase16": ("binary -> lowercase hex", "string"),
    "base16ToBinary": ("hex (pairs of digits, either case) -> binary; ExchangeError for any other text "
                       "(InvalidSigningKey, which no catch clause sees, for a signing key of the config)", "binary"),
    "base64urlencode": ("binary -> base64url without padding", "string"),
    "hash": ("digest of request (string or binary) with algorithm md5, sha1, sha256, sha384, sha512, sha3-256 or "
             "keccak-256; digest 'hex', 'base64' or 'binary'", "string (binary for 'binary')"),
    "hmac": ("HMAC of request with secret (string or binary), algorithm (not keccak-256) and digest as for hash",
             "string (binary for 'binary')"),
    "jwt": ("a JSON Web Token of payload signed with secret: algorithm sha256, sha384 or sha512 (HS256/384/512)",
            "string"),
    "asymmetricJwt": ("a JSON Web Token of payload signed with a private key: algorithm ES256 (key: EC P-256 PEM, SEC1 or "
                      "PKCS#8; signature r || s), EdDSA (key: Ed25519 as base64 of the 32-byte seed or of seed and "
                      "public key, or PKCS#8 PEM) or RS256 (key: RSA PEM, PKCS#1 or PKCS#8); header: fields besides alg "
                      "and typ (kid, nonce); AuthenticationError for a key of another kind, which it never shows "
                      "(InvalidSigningKey, which no catch clause sees, for a signing key of the config)",
                      "string"),
    "totp": ("the 6-digit TOTP code of a base32 secret at timestamp (now by default); InvalidSigningKey, which no "
             "catch clause sees, for a signing key of the config that is not base32", "string"),
    "throwError": ("throws errorClass (a unified error class) with message", "never returns"),
    "watch": ("the next update of messageHash on the stream at url, sending message first (once per "
              "subscribeHash, and again after each reconnect)", "the update (await it)"),
    "subscribe": ("sends message once per subscribeHash on the stream at url (again after each reconnect), without "
                  "waiting for an update", "undefined (await it)"),
    "resolveUpdate": ("hands value to the callers of watch (url, messageHash), or queues it (bounded)", "undefined"),
    "rejectUpdate": ("hands a unified error to the callers of watch (url, messageHash); every channel of url when "
                     "messageHash is undefined", "undefined"),
    "isWatched": ("whether a caller has watched messageHash on the stream at url (a server's frames for anything else "
                  "are kept nowhere)", "boolean"),
    "sendFrame": ("sends message (JSON) on the stream at url", "undefined (await it)"),
    "unwatch": ("forgets the subscription subscribeHash (not re-sent after a reconnect) and sends message",
                "undefined (await it)"),
    "crc32": ("CRC-32 (as zlib) of the UTF-8 text: order book checksums", "integer (unsigned 32-bit)"),
    # streaming (portable)
    "handleMessage": ("override: one parsed frame of the stream at url -> resolveUpdate / rejectUpdate",
                      "undefined (await it)"),
    "resubscribeMessage": ("override: the subscribe message to send again after a reconnect (renew a signature or "
                           "token); the base returns message", "message (await it)"),
    "streamUrl": ("urls['ws'] when a string, else urls['ws'][key]", "string"),
    "streamState": ("what a stream channel keeps between frames (a book, a cache), by key; StreamsNotSupported where "
                    "the runtime does not stream (PHP, Python's synchronous classes)", "value, or defaultValue"),
    "setStreamState": ("stores a stream channel's state under key; StreamsNotSupported where the runtime does not "
                       "stream", "value"),
    "newOrderBook": ("an empty maintained order book of symbol (depth: the levels the exchange keeps)",
                     "maintained book"),
    "bookPosition": ("where price goes among the ordered keys of a book side (binary search)", "integer"),
    "mergedBookKeys": ("the keys of a book side's levels best first: the kept keys it still holds merged with those of "
                       "the added levels (ordered), each once", "list"),
    "bookKey": ("the key of a price's level in a maintained book: '@' and the price's text", "string"),
    "bookLevel": ("a level as a maintained book keeps it, from what the exchange sent; BadResponse when either is no "
                  "number", "[ price, amount ] (numbers)"),
    "setBookLevel": ("sets one level of side ('bids'/'asks') of a maintained book in place (its sides, texts and order "
                     "where the book helpers made them for this book, copies of them otherwise); amount 0 removes it; "
                     "StreamsNotSupported where the runtime does not stream", "maintained book"),
    "setBookLevels": ("setBookLevel for each [price, amount] entry of levels", "maintained book"),
    "bookSide": ("the levels [price, amount] of a side of a maintained book, best first, at most limit", "list"),
    "bookTexts": ("bookSide as the exchange wrote the numbers: [priceText, amountText]", "list"),
    "bookLevels": ("the entries of levels in the order of a book side, at most limit", "list"),
    "trimBook": ("keeps the depth best levels of each side (none for a depth below 0), in place; "
                 "StreamsNotSupported where the runtime does not stream", "maintained book"),
    "rememberBookLimit": ("notes the levels a caller of watchOrderBook wants (the views copy the most asked for)",
                          "undefined"),
    "orderBookView": ("the unified order book of a maintained one (a copy), at most limit levels a side",
                      "order book"),
    "resyncBook": ("drops a wrong book for a new snapshot; the second time in a row rejects the callers "
                   "(BadResponse)", "undefined"),
    "bookIsRight": ("ends a run of resyncs: the book matched the exchange's sequence or checksum", "undefined"),
    "streamRequestId": ("1, 2, 3, ...: ids for requests sent on streams", "integer"),
    "cacheLimit": ("streaming['cacheLimit']: how many trades, candles or orders a cache keeps", "integer"),
    "maxBookLevels": ("streaming['maxBookLevels']: how many levels a maintained book keeps per side (the worst "
                      "dropped beyond)", "integer"),
    "appendToCache": ("a new list: cache and item, the oldest dropped beyond limit", "list"),
    "updateInCache": ("a new list: item replaces the entry of the same id (moved last), else is appended", "list"),
    "singleKey": ("{ key: value }, for a key known only at run time", "dictionary"),
    "resolveTicker": ("a ticker to the callers of watchTicker, and of watchTickers with every ticker so far",
                      "undefined"),
    "resolveTickers": ("a frame's tickers, each to the callers of watchTicker, and to those of watchTickers once with "
                       "every ticker so far", "undefined"),
    "resolveBalance": ("a frame's accounts (by currency code) into the stream's balance, handed to the callers of "
                       "watchBalance (at most maxBalanceCurrencies currencies)", "undefined"),
    "maxBalanceCurrencies": ("streaming['maxBalanceCurrencies']: how many currencies a stream's balance keeps (a new "
                             "one dropped beyond)", "integer"),
    "tickersOf": ("the tickers of symbols among tickers (by symbol) that have come", "dictionary"),
    "streamMarkets": ("the markets of watchTickers' symbols (ArgumentsRequired without any)", "list of markets"),
    "limitOrderBook": ("the book with at most limit levels a side (as it is for undefined)", "order book"),
    "resolveCached": ("appends item to the cache of messageHash and hands the cache to its callers", "undefined"),
    "resolveOrder": ("updateInCache on the orders of messageHash, handed to its callers", "undefined"),
    "resolveCandle": ("appendCandle on the candles of messageHash, handed to its callers", "undefined"),
    "streamTimeframe": ("this.timeframes[timeframe], or BadRequest", "string"),
    "appendCandle": ("a new list: candle replaces the last one of the same open time, else is appended",
                     "list"),
}

# The native methods an exchange calls; the rest of the native layer is the pipeline's (SUB-B006).
CALLABLE_NATIVE = ("milliseconds", "seconds", "microseconds", "iso8601", "parse8601", "parseDate", "rfc2616", "sleep",
                   "uuid", "rethrowUncaught", "json", "parseJson", "encodeURIComponent", "encode", "decode", "binaryConcat",
                   "binaryToBase64", "base64ToBinary", "stringToBase64", "base64ToString", "binaryToBase16",
                   "base16ToBinary", "base64urlencode", "hash", "hmac", "jwt", "asymmetricJwt", "totp", "throwError", "watch",
                   "subscribe", "resolveUpdate", "rejectUpdate", "isWatched", "sendFrame", "unwatch", "crc32")

_SAFE_NAME = re.compile(r"^safe(?P<kind>Value|StringLower|StringUpper|String|Number|Float|IntegerProduct|Integer|"
                        r"Timestamp|Bool|Dict|List)(?P<arity>2|N)?$")
_SECTION = re.compile(r"^\s*// --- (?P<title>.*?) -*\s*$")
_NATIVE_METHOD = re.compile(r"^    (?P<async>async )?(?P<name>[A-Za-z0-9_]+) \((?P<params>.*)\) \{$")


@dataclass(frozen=True)
class Helper:
    name: str
    signature: str  # as written: "safeString (dictionary, key, defaultValue = undefined)"
    doc: str
    returns: str
    section: str
    is_async: bool = False


def _doc(name: str) -> tuple[str, str] | None:
    if name in HELPER_DOCS:
        return HELPER_DOCS[name]
    match = _SAFE_NAME.match(name)
    if match is None:
        return None
    what, returns = _SAFE_KINDS[match["kind"]]
    arity = match["arity"]
    if arity == "2":
        return f"like safe{match['kind']}, from key1, or key2 when key1 gives nothing", returns
    if arity == "N":
        return f"like safe{match['kind']}, from the first of keys that gives something", returns
    return f"{_SAFE}, {what}", returns


def _is_public(name: str) -> bool:
    """Sealed methods are the pipeline's, except the primitives, the construction's helpers, the sealed helpers and
    the stream state's: those an exchange calls, but may not redefine."""
    return ((not is_sealed(name) or name in NATIVE_PRIMITIVES or name in NATIVE_CALLED or name in CONSTRUCTION_CALLED
             or name in SEALED_HELPERS or name in STREAM_STATE_HELPERS)
            and name not in UNIFIED_METHODS
            and name not in STREAMING_METHODS and not is_internal(name))


def base_helpers(base_path: str = BASE_PATH, native_path: str = NATIVE_PATH) -> list[Helper]:
    """Every public helper of the base class in source order, then the callable native ones. Kept on disk under the
    hash of both files, so that a build with the base class unchanged does not parse it for the guide."""
    try:
        with open(base_path, encoding="utf-8") as handle:
            base = handle.read()
    except OSError:
        raise FileNotFoundError(f"{base_path}: cannot be read or does not parse") from None
    with open(native_path, encoding="utf-8") as handle:
        native = handle.read()
    key = cache_key(b"helpers", base.encode(), native.encode())
    stored = load(HELPERS_CACHE, key)
    if stored is None:
        stored = [dataclasses.asdict(helper) for helper in _read_helpers(base_path, base, native)]
        store(HELPERS_CACHE, key, stored)
    return [Helper(**helper) for helper in stored]


def _read_helpers(base_path: str, base: str, native: str) -> list[Helper]:
    exchange = parsed_class(base_path, in_base=True)
    if exchange is None:
        raise FileNotFoundError(f"{base_path}: cannot be read or does not parse")
    lines = base.split("\n")
    sections: list[tuple[int, str]] = [(number, match["title"]) for number, line in enumerate(lines, start=1)
                                       if (match := _SECTION.match(line))]
    helpers = []
    for name, method in exchange.methods.items():
        if not _is_public(name):
            continue
        line = method.loc.start.line
        section = next((title for number, title in reversed(sections) if number < line), "configuration")
        written = lines[line - 1].strip()
        signature = written[len("async "):] if written.startswith("async ") else written
        signature = signature[:-1].rstrip() if signature.endswith("{") else signature
        doc, returns = _doc(name) or ("", "")
        helpers.append(Helper(name, signature, doc, returns, section, method.value.isAsync))
    declared = {match["name"]: match for match in map(_NATIVE_METHOD.match, native.split("\n")) if match}
    for name in CALLABLE_NATIVE:
        match = declared.get(name)
        signature = f"{name} ({match['params']})" if match else f"{name} (...)"
        doc, returns = _doc(name) or ("", "")
        helpers.append(Helper(name, signature, doc, returns, NATIVE_SECTION, bool(match and match["async"])))
    return helpers


def matching(helpers: list[Helper], pattern: str | None) -> list[Helper]:
    """Helpers whose name matches a glob (safe*) or contains the text (case-insensitive)."""
    if not pattern:
        return helpers
    lowered = pattern.lower()
    if any(character in pattern for character in "*?["):
        return [helper for helper in helpers if fnmatch.fnmatch(helper.name.lower(), lowered)]
    return [helper for helper in helpers if lowered in helper.name.lower()]


def render_text(helpers: list[Helper]) -> str:
    lines = []
    for helper in helpers:
        lines.append(f"{'await ' if helper.is_async else ''}this.{helper.signature}")
        lines.append(f"    {helper.doc}")
        lines.append(f"    returns: {helper.returns}")
    return "\n".join(lines) + ("\n" if lines else "")


def render_markdown(helpers: list[Helper]) -> str:
    """The reference as CONTRIBUTING.md shows it: one table per section of the base class."""
    parts = []
    section = None
    for helper in helpers:
        if helper.section != section:
            section = helper.section
            parts.append(f"\n#### {section[:1].upper() + section[1:]}\n\n| helper | what it does | returns |\n| --- | --- | --- |")
        shown = f"{'await ' if helper.is_async else ''}this.{helper.signature}"
        parts.append(f"| `{shown}` | {helper.doc} | {helper.returns} |")
    return "\n".join(parts).lstrip("\n") + "\n"
