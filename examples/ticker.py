"""Loads an exchange's markets, then prints a ticker and the top of the order book.

    python examples/ticker.py [exchange] [symbol]          (default: kraken BTC/USD)

Public data only: no API key is needed. EXCHANGEKIT_API_URL, when set, replaces the exchange's API base URL
(the test suite points it at a local server).
"""

import os
import sys

import exchangekit


def main() -> None:
    exchange_id = sys.argv[1] if len(sys.argv) > 1 else "kraken"
    symbol = sys.argv[2] if len(sys.argv) > 2 else "BTC/USD"
    config = {"urls": {"api": os.environ["EXCHANGEKIT_API_URL"]}} if os.environ.get("EXCHANGEKIT_API_URL") else {}
    exchange = getattr(exchangekit, exchange_id)(config)
    text = exchange.number_to_string
    exchange.load_markets()
    print(f"{exchange.name}: {len(exchange.symbols)} markets")
    ticker = exchange.fetch_ticker(symbol)
    print(f"{symbol} last {text(ticker['last'])} bid {text(ticker['bid'])} ask {text(ticker['ask'])}")
    book = exchange.fetch_order_book(symbol, 5)
    for price, amount in reversed(book["asks"][:5]):
        print(f"  ask {text(price)} x {text(amount)}")
    for price, amount in book["bids"][:5]:
        print(f"  bid {text(price)} x {text(amount)}")


if __name__ == "__main__":
    main()
