"""Runs the cases of bench/peer_agreement.py in one Python process: exchangekit (sync) and the peer library.

Cases as JSON on stdin (one per fixture case: the exchange ids of both libraries, the call, the fixture's markets,
the response texts and the request each answers). Each library gets the case's response texts at the HTTP layer and
parses them itself: exchangekit in the order the fixture serves them (as the fixture runners do), the peer by the
path of the URL it asks for (the fixture request with the same path; a request of the peer alone is answered from
the case's `peer_only` table, as bench/peer.py's PEER_ONLY, or the case is skipped and names it). Before the call
both libraries get the same unified markets (the peer's from exchangekit's, completed by setMarkets). Prints one
JSON line: per case, both results reduced to the fields compared (`project`), or the error each library raised.
The peer is called through its public unified API only.
"""

import json
import math
import os
import sys
from urllib.parse import urlsplit

import ccxt

sys.path.insert(0, os.environ["EXCHANGEKIT_PYTHON_PATH"])

import exchangekit  # noqa: E402
from exchangekit.base.native_exchange import snake_case  # noqa: E402


class PeerOnlyRequest(Exception):
    """The peer asked for a URL whose path no fixture request has and no peer_only entry answers."""


def ours_class(exchange_id):
    base = getattr(exchangekit, exchange_id)

    class Ours(base):
        def milliseconds(self):
            return self.fixture_milliseconds

        def seconds(self):
            return math.floor(self.fixture_milliseconds / 1000)

        def microseconds(self):
            return self.fixture_milliseconds * 1000

        def fetch(self, url, method="GET", headers=None, body=None):
            if not self.pending:
                raise RuntimeError(f"no fixture response for {method} {url}")
            response = self.pending.pop(0)
            return self.handle_rest_response(response["status"], "", url, method, response["headers"],
                                             response["body"], headers, body)

    return Ours


def peer_class(peer_id):
    base = getattr(ccxt, peer_id)

    class Peer(base):
        def milliseconds(self):
            return self.fixture_milliseconds

        def seconds(self):
            return math.floor(self.fixture_milliseconds / 1000)

        def microseconds(self):
            return self.fixture_milliseconds * 1000

        def fetch(self, url, method="GET", headers=None, body=None):
            path = urlsplit(url).path.rstrip("/")
            self.asked.append(f"{method} {path}")
            answer = None
            for served in (False, True):  # a response not served yet first, then one served before
                for index, entry in enumerate(self.fixture_responses):
                    if entry["path"] == path and entry["method"] in (None, method) and (index in self.served) == served:
                        answer = entry
                        self.served.add(index)
                        break
                if answer:
                    break
            if answer is None:
                answer = next((entry for entry in self.peer_only if entry["match"] in url), None)
            if answer is None:
                raise PeerOnlyRequest(f"{method} {path}")
            try:
                return json.loads(answer["body"])
            except ValueError:
                return answer["body"]

    return Peer


def number(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def text(value):
    return None if value is None else str(value)


def pick(structure, numbers=(), texts=()):
    if not isinstance(structure, dict):
        return {"(not a structure)": text(structure)}
    picked = {key: number(structure.get(key)) for key in numbers}
    picked.update({key: text(structure.get(key)) for key in texts})
    return picked


def fee_of(structure):
    fee = structure.get("fee") if isinstance(structure, dict) else None
    if not isinstance(fee, dict):
        fee = {}
    return {"fee.cost": number(fee.get("cost")), "fee.currency": text(fee.get("currency"))}


TRADE_NUMBERS = ("timestamp", "price", "amount", "cost")
TRADE_TEXTS = ("id", "order", "symbol", "side", "type", "takerOrMaker")
TICKER_NUMBERS = ("timestamp", "high", "low", "bid", "bidVolume", "ask", "askVolume", "vwap", "open", "close", "last",
                  "previousClose", "change", "percentage", "average", "baseVolume", "quoteVolume")
ORDER_NUMBERS = ("timestamp", "lastTradeTimestamp", "price", "amount", "filled", "remaining", "cost", "average",
                 "triggerPrice")
ORDER_TEXTS = ("id", "clientOrderId", "symbol", "type", "side", "status", "timeInForce", "postOnly", "reduceOnly")
MARKET_TEXTS = ("id", "symbol", "base", "quote", "settle", "baseId", "quoteId", "settleId", "type", "spot", "margin",
                "swap", "future", "option", "active", "contract", "linear", "inverse", "expiry", "strike",
                "optionType")
MARKET_NUMBERS = ("taker", "maker", "contractSize")


def trade(structure):
    return dict(pick(structure, TRADE_NUMBERS, TRADE_TEXTS), **fee_of(structure))


def order(structure):
    return dict(pick(structure, ORDER_NUMBERS, ORDER_TEXTS), **fee_of(structure))


def market(structure):
    picked = pick(structure, MARKET_NUMBERS, MARKET_TEXTS)
    for group, keys in (("precision", ("amount", "price")),):
        values = structure.get(group) or {}
        picked.update({f"{group}.{key}": number(values.get(key)) for key in keys})
    limits = structure.get("limits") or {}
    for kind in ("amount", "price", "cost"):
        for bound in ("min", "max"):
            picked[f"limits.{kind}.{bound}"] = number((limits.get(kind) or {}).get(bound))
    return picked


def keyed(items, key):
    """A list of structures by `key` (the position breaks ties), so that two orders of the same items compare."""
    result = {}
    for index, item in enumerate(items):
        name = str(item.get(key)) if isinstance(item, dict) else str(index)
        result[name if name not in result else f"{name}#{index}"] = item
    return result


def project(method, result):
    """The fields compared, in the same shape for both libraries."""
    if method in ("fetchTrades", "fetchMyTrades"):
        return [trade(item) for item in result]
    if method in ("fetchOrder", "fetchOpenOrders", "fetchOrders", "fetchClosedOrders"):
        # lists by order id: the two libraries may sort orders of the same timestamp (or none) differently
        return order(result) if method == "fetchOrder" else keyed([order(item) for item in result], "id")
    if method == "fetchTicker":
        return pick(result, TICKER_NUMBERS, ("symbol",))
    if method == "fetchTickers":
        return {symbol: pick(ticker, TICKER_NUMBERS, ("symbol",)) for symbol, ticker in result.items()}
    if method == "fetchOrderBook":
        book = pick(result, ("timestamp", "nonce"), ("symbol",))
        for side in ("bids", "asks"):
            book[side] = [[number(value) for value in level[:2]] for level in result.get(side) or []]
        return book
    if method == "fetchOHLCV":
        return [[number(value) for value in row[:6]] for row in result]
    if method == "fetchMarkets":
        return keyed([market(item) for item in result], "symbol")
    if method == "fetchBalance":
        skipped = {"info", "free", "used", "total", "timestamp", "datetime", "debt"}
        balance = {code: {key: number(account.get(key)) for key in ("free", "used", "total")}
                   for code, account in result.items() if code not in skipped and isinstance(account, dict)}
        balance["(timestamp)"] = number(result.get("timestamp"))
        return balance
    raise ValueError(f"no projection for {method}")


def jsonable(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    return value


def run_case(case):
    outcome = {}
    ours = ours_class(case["id"])(dict(case["config"], enableRateLimit=False))
    ours.fixture_milliseconds = case["milliseconds"]
    ours.pending = list(case["responses"])
    try:
        if case["markets"]:
            ours.set_markets(case["markets"], case.get("currencies"))
        outcome["ours"] = project(case["method"], getattr(ours, snake_case(case["method"]))(*case["args"]))
    except Exception as error:  # noqa: BLE001 (the error is the outcome)
        outcome["ours_error"] = f"{type(error).__name__}: {str(error)[:200]}"
    peer = peer_class(case["peer_id"])(dict(case["config"], enableRateLimit=False))
    peer.fixture_milliseconds = case["milliseconds"]
    peer.fixture_responses = case["peer_responses"]
    peer.peer_only = case["peer_only"]
    peer.served, peer.asked = set(), []
    try:
        if case["markets"] and ours.markets:
            peer.set_markets(list(ours.markets.values()), ours.currencies)
        outcome["peer"] = project(case["method"], getattr(peer, snake_case(case["method"]))(*case["args"]))
    except PeerOnlyRequest as error:
        outcome["peer_only"] = str(error)
    except Exception as error:  # noqa: BLE001
        outcome["peer_error"] = f"{type(error).__name__}: {str(error)[:200]}"
    outcome["peer_asked"] = peer.asked
    return jsonable(outcome)


def main():
    cases = json.load(sys.stdin)
    print(json.dumps({"peer": ccxt.__version__, "cases": [run_case(case) for case in cases]}))


if __name__ == "__main__":
    main()
