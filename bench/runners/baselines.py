"""Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written Python integration would
do with the same response text, giving the same output as the unified call. Named <exchange>_<path>; each takes
the response text and the job."""

import json
import math
from datetime import datetime, timezone
from decimal import Decimal


def iso8601(timestamp):
    return datetime.fromtimestamp(timestamp // 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + \
        ".%03dZ" % (timestamp % 1000)


def number(text):
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value


def cost(price, amount):
    return number(str(Decimal(price) * Decimal(amount)))


def trade(identifier, timestamp, side, price, amount, info, kind=None):
    result = {"id": identifier, "symbol": None, "timestamp": timestamp, "datetime": iso8601(timestamp)}
    if kind is not None:
        result["type"] = kind
    result.update({"side": side, "price": number(price), "amount": number(amount), "cost": cost(price, amount),
                   "fees": [], "info": info})
    return result


def kraken_trades(text, job):
    rows = json.loads(text)["result"]["XXBTZUSD"]
    trades = []
    for row in rows:
        item = trade(str(row[6]), math.floor(row[2] * 1000 + 0.5), "buy" if row[3] == "b" else "sell", row[0], row[1], row,
                     "limit" if row[4] == "l" else "market")
        item["symbol"] = "BTC/USD"
        trades.append(item)
    trades.sort(key=lambda item: item["timestamp"])
    return trades


def binance_trades(text, job):
    trades = []
    for row in json.loads(text):
        item = trade(str(row["id"]), row["time"], "sell" if row["isBuyerMaker"] else "buy", row["price"], row["qty"],
                     row)
        item["symbol"] = "BTC/USDT"
        item["cost"] = number(row["quoteQty"])
        trades.append(item)
    trades.sort(key=lambda item: item["timestamp"])
    return trades


def book(symbol, bids, asks):
    return {"symbol": symbol,
            "bids": sorted(([number(level[0]), number(level[1])] for level in bids), key=lambda level: -level[0]),
            "asks": sorted(([number(level[0]), number(level[1])] for level in asks), key=lambda level: level[0])}


def kraken_book(text, job):
    raw = json.loads(text)["result"]["XXBTZUSD"]
    return book("BTC/USD", raw["bids"], raw["asks"])


def binance_book(text, job):
    raw = json.loads(text)
    result = book("BTC/USDT", raw["bids"], raw["asks"])
    result["nonce"] = raw["lastUpdateId"]
    return result
