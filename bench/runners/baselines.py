"""Plain native parses of the bench data (see bench/hotpaths.py): what a hand-written Python integration would
do with the same response texts, giving the same output as the unified call: the same structures with every key
(None where the unified one has no value), and for the markets what loading them gives a user (the markets by
symbol and by id, the sorted symbols and ids). Named <exchange>_<path>; each takes the response texts (in the job's
order) and the job; a tickers parse also takes the markets that its exchange's markets parse gives for the other
responses, loaded before the timing starts as the unified call's are."""

import json
from datetime import datetime, timezone
from decimal import ROUND_DOWN, Context, Decimal, localcontext


def iso8601(timestamp):
    return datetime.fromtimestamp(timestamp // 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + \
        ".%03dZ" % (timestamp % 1000)


def number(text):
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value


def cost(price, amount):
    return number(str(Decimal(price) * Decimal(amount)))


def trade(identifier, symbol, timestamp, kind, side, price, amount, cost_, info):
    return {"id": identifier, "order": None, "symbol": symbol, "timestamp": timestamp, "datetime": iso8601(timestamp),
            "type": kind, "side": side, "takerOrMaker": None, "price": number(price), "amount": number(amount),
            "cost": cost_, "fee": None, "fees": [], "info": info}


def kraken_trades(texts, job):
    rows = json.loads(texts[0])["result"]["XXBTZUSD"]
    trades = [trade(str(row[6]), "BTC/USD", int(row[2] * 1000), "limit" if row[4] == "l" else "market",
                    "buy" if row[3] == "b" else "sell", row[0], row[1], cost(row[0], row[1]), row) for row in rows]
    trades.sort(key=lambda item: item["timestamp"])
    return trades


def binance_trades(texts, job):
    trades = [trade(str(row["id"]), "BTC/USDT", row["time"], None, "sell" if row["isBuyerMaker"] else "buy",
                    row["price"], row["qty"], number(row["quoteQty"]), row) for row in json.loads(texts[0])]
    trades.sort(key=lambda item: item["timestamp"])
    return trades


def book(symbol, bids, asks, nonce=None):
    return {"symbol": symbol,
            "bids": sorted(([number(level[0]), number(level[1])] for level in bids), key=lambda level: -level[0]),
            "asks": sorted(([number(level[0]), number(level[1])] for level in asks), key=lambda level: level[0]),
            "timestamp": None, "datetime": None, "nonce": nonce}


def kraken_book(texts, job):
    raw = json.loads(texts[0])["result"]["XXBTZUSD"]
    return book("BTC/USD", raw["bids"], raw["asks"])


def binance_book(texts, job):
    raw = json.loads(texts[0])
    return book("BTC/USDT", raw["bids"], raw["asks"], raw["lastUpdateId"])


# Decimal arithmetic wide enough to be exact, where the unified result is computed on decimal strings; a quotient
# keeps 18 decimals, truncated toward zero.
EXACT = Context(prec=100, rounding=ROUND_DOWN)
ATTO = Decimal("1e-18")
COMMON_CURRENCIES = {"XBT": "BTC", "BCHABC": "BCH", "BCHSV": "BSV"}
KRAKEN_CURRENCIES = dict(COMMON_CURRENCIES, XDG="DOGE")  # Kraken's altname of Dogecoin


def optional_number(text):
    return None if text is None else float(text)


def market(market_id, base, quote, base_id, quote_id, active, taker, maker, amount_precision, price_precision,
           amount_limits, price_limits, cost_limits, info):
    return {"id": market_id, "symbol": base + "/" + quote, "base": base, "quote": quote, "baseId": base_id,
            "quoteId": quote_id, "active": active, "type": "spot", "spot": True, "swap": False, "future": False,
            "option": False, "contract": False, "linear": None, "inverse": None, "contractSize": None, "settle": None,
            "settleId": None, "expiry": None, "expiryDatetime": None, "strike": None, "optionType": None,
            "taker": taker, "maker": maker, "precision": {"amount": amount_precision, "price": price_precision},
            "limits": {"amount": amount_limits, "price": price_limits, "cost": cost_limits}, "info": info}


def loaded(markets):
    """What loading the markets (a list, in the response's order) gives a user: by symbol (a later one wins), by id
    (a list each), the sorted symbols and ids."""
    by_symbol, by_id = {}, {}
    for item in markets:
        by_symbol[item["symbol"]] = item
        by_id.setdefault(item["id"], []).append(item)
    return {"markets": by_symbol, "marketsById": by_id, "symbols": sorted(by_symbol), "ids": sorted(by_id)}


def kraken_fee(tiers):
    # The first tier's percentage as a rate; the percentage is a JSON number, read as its shortest decimal.
    return float((Decimal(repr(tiers[0][1])) / 100).quantize(ATTO)) if tiers else None


def kraken_markets(texts, job):
    markets = []
    with localcontext(EXACT):
        for market_id, pair in json.loads(texts[-1])["result"].items():  # AssetPairs, after the Assets
            base_name, quote_name = pair["wsname"].split("/")
            item = market(market_id, KRAKEN_CURRENCIES.get(base_name, base_name),
                          KRAKEN_CURRENCIES.get(quote_name, quote_name), pair["base"], pair["quote"],
                          pair["status"] == "online", kraken_fee(pair.get("fees", [])),
                          kraken_fee(pair.get("fees_maker", [])), float(f"1e{-pair['lot_decimals']}"),
                          optional_number(pair.get("tick_size")),
                          {"min": optional_number(pair.get("ordermin")), "max": None}, {"min": None, "max": None},
                          {"min": optional_number(pair.get("costmin")), "max": None}, pair)
            markets.append(item)
    return loaded(markets)


def kraken_tickers(texts, job, markets):
    symbols = {item["id"]: symbol for symbol, item in markets.items()}
    tickers = {}
    with localcontext(EXACT):
        for market_id, raw in json.loads(texts[0])["result"].items():
            symbol = symbols.get(market_id, market_id)
            last, opening = Decimal(raw["c"][0]), Decimal(raw["o"])
            change = last - opening
            base_volume, vwap = raw["v"][1], raw["p"][1]
            tickers[symbol] = {
                "symbol": symbol, "timestamp": None, "datetime": None, "high": float(raw["h"][1]),
                "low": float(raw["l"][1]), "bid": float(raw["b"][0]), "bidVolume": float(raw["b"][2]),
                "ask": float(raw["a"][0]), "askVolume": float(raw["a"][2]), "vwap": float(vwap), "open": float(opening),
                "close": float(last), "last": float(last), "previousClose": None, "change": float(change),
                "percentage": float((change / opening).quantize(ATTO) * 100) if opening > 0 else None,
                "average": float(((last + opening) / 2).quantize(ATTO)), "baseVolume": float(base_volume),
                "quoteVolume": float(Decimal(base_volume) * Decimal(vwap)), "info": raw}
    return tickers


def currency_code(asset_id):
    code = asset_id.upper()
    return COMMON_CURRENCIES.get(code, code)


def binance_markets(texts, job):
    markets = []
    for entry in json.loads(texts[-1])["symbols"]:  # exchangeInfo, after the currencies
        filters = {item["filterType"]: item for item in entry.get("filters", [])}
        prices = filters.get("PRICE_FILTER", {})
        lots = filters.get("LOT_SIZE", {})
        notional = filters.get("NOTIONAL", filters.get("MIN_NOTIONAL", {}))
        item = market(entry["symbol"], currency_code(entry["baseAsset"]), currency_code(entry["quoteAsset"]),
                      entry["baseAsset"], entry["quoteAsset"], entry["status"] == "TRADING", 0.001, 0.001,
                      optional_number(lots.get("stepSize")), optional_number(prices.get("tickSize")),
                      {"min": optional_number(lots.get("minQty")), "max": optional_number(lots.get("maxQty"))},
                      {"min": optional_number(prices.get("minPrice")), "max": optional_number(prices.get("maxPrice"))},
                      {"min": optional_number(notional.get("minNotional", notional.get("notional"))),
                       "max": optional_number(notional.get("maxNotional"))}, entry)
        markets.append(item)
    return loaded(markets)


def binance_tickers(texts, job, markets):
    symbols = {item["id"]: symbol for symbol, item in markets.items()}
    tickers = {}
    with localcontext(EXACT):
        for raw in json.loads(texts[0]):
            symbol = symbols.get(raw["symbol"], raw["symbol"])
            last, opening = Decimal(raw["lastPrice"]), Decimal(raw["openPrice"])
            tickers[symbol] = {
                "symbol": symbol, "timestamp": raw["closeTime"], "datetime": iso8601(raw["closeTime"]),
                "high": float(raw["highPrice"]), "low": float(raw["lowPrice"]), "bid": float(raw["bidPrice"]),
                "bidVolume": float(raw["bidQty"]), "ask": float(raw["askPrice"]), "askVolume": float(raw["askQty"]),
                "vwap": float(raw["weightedAvgPrice"]), "open": float(opening), "close": float(last),
                "last": float(last), "previousClose": float(raw["prevClosePrice"]),
                "change": float(raw["priceChange"]), "percentage": float(raw["priceChangePercent"]),
                "average": float(((last + opening) / 2).quantize(ATTO)), "baseVolume": float(raw["volume"]),
                "quoteVolume": float(raw["quoteVolume"]), "info": raw}
    return tickers


def step(decimals):
    # A number of decimal places as the step it allows: 8 -> 1e-08, 0 -> 1.
    return None if decimals is None else float(f"1e{-int(decimals)}")


def spot_market(market_id, base_id, quote_id, active, taker, maker, amount_decimals, price_decimals, amount_min,
                cost_min, info, amount_max=None, cost_max=None):
    # The markets whose limits are an amount and a cost only, and whose precision is given in decimal places.
    return market(market_id, currency_code(base_id), currency_code(quote_id), base_id, quote_id, active, taker,
                  maker, step(amount_decimals), step(price_decimals), {"min": amount_min, "max": amount_max},
                  {"min": None, "max": None}, {"min": cost_min, "max": cost_max}, info)


def positive_number(text):
    # Poloniex's maximums: 0 is no maximum.
    return float(text) if text is not None and Decimal(text) > 0 else None


def bitstamp_markets(texts, job):
    return loaded([spot_market(entry["market_symbol"], entry["base_currency"], entry["counter_currency"],
                               entry["trading"] == "Enabled", 0.004, 0.003, entry["base_decimals"],
                               entry["counter_decimals"], optional_number(entry.get("minimum_order_amount")),
                               optional_number(entry.get("minimum_order_value")), entry,
                               optional_number(entry.get("maximum_order_amount")),
                               optional_number(entry.get("maximum_order_value")))
                   for entry in json.loads(texts[-1])])  # the markets, after the currencies


def bitstamp_tickers(texts, job, markets):
    # Tickers name their market 'BTC/USD', its id is 'btcusd'.
    symbols = {item["id"]: symbol for symbol, item in markets.items()}
    tickers = {}
    with localcontext(EXACT):
        for raw in json.loads(texts[0]):
            symbol = symbols.get(raw["pair"].replace("/", "").lower(), raw["pair"])
            timestamp = int(float(raw["timestamp"]) * 1000)
            last, opening = Decimal(raw["last"]), Decimal(raw["open_24"])
            tickers[symbol] = {
                "symbol": symbol, "timestamp": timestamp, "datetime": iso8601(timestamp), "high": float(raw["high"]),
                "low": float(raw["low"]), "bid": float(raw["bid"]), "bidVolume": None, "ask": float(raw["ask"]),
                "askVolume": None, "vwap": float(raw["vwap"]), "open": float(opening), "close": float(last),
                "last": float(last), "previousClose": None, "change": float(last - opening),
                "percentage": float(raw["percent_change_24"]), "average": float(((last + opening) / 2).quantize(ATTO)),
                "baseVolume": float(raw["volume"]), "quoteVolume": float(Decimal(raw["volume"]) * Decimal(raw["vwap"])),
                "info": raw}
    return tickers


def poloniex_markets(texts, job):
    markets = []
    for entry in json.loads(texts[-1]):  # the markets, after the currencies
        limits = entry.get("symbolTradeLimit", {})
        markets.append(spot_market(entry["symbol"], entry["baseCurrencyName"], entry["quoteCurrencyName"],
                                   entry["state"] == "NORMAL", 0.002, 0.002, limits.get("quantityScale"),
                                   limits.get("priceScale"), optional_number(limits.get("minQuantity")),
                                   optional_number(limits.get("minAmount")), entry,
                                   positive_number(limits.get("maxQuantity")), positive_number(limits.get("maxAmount"))))
    return loaded(markets)


def poloniex_tickers(texts, job, markets):
    symbols = {item["id"]: symbol for symbol, item in markets.items()}
    tickers = {}
    with localcontext(EXACT):
        for raw in json.loads(texts[0]):
            symbol = symbols.get(raw["symbol"], raw["symbol"])
            last, opening = Decimal(raw["close"]), Decimal(raw["open"])
            base_volume, quote_volume = Decimal(raw["quantity"]), Decimal(raw["amount"])
            tickers[symbol] = {
                "symbol": symbol, "timestamp": raw["ts"], "datetime": iso8601(raw["ts"]), "high": float(raw["high"]),
                "low": float(raw["low"]), "bid": float(raw["bid"]), "bidVolume": float(raw["bidQuantity"]),
                "ask": float(raw["ask"]), "askVolume": float(raw["askQuantity"]),
                "vwap": float((quote_volume / base_volume).quantize(ATTO)) if base_volume else None,
                "open": float(opening), "close": float(last), "last": float(last), "previousClose": None,
                "change": float(last - opening),
                "percentage": float(Decimal(raw["dailyChange"]) * 100),  # a ratio: 0.0137 is 1.37 %
                "average": float(((last + opening) / 2).quantize(ATTO)), "baseVolume": float(base_volume),
                "quoteVolume": float(quote_volume), "info": raw}
    return tickers
