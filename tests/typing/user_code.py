# A user's script, type-checked by tests/test_typing.py: the two calls marked "wrong" must be reported.
import exchangekit
from exchangekit.async_support import kraken as async_kraken

exchange = exchangekit.kraken({"apiKey": "k", "secret": "s"})
ticker = exchange.fetch_ticker("BTC/USD")
last: float = ticker["last"]
book = exchange.fetch_order_book("BTC/USD", 5)
order = exchange.create_order("BTC/USD", "limit", "buy", 0.1, 20000)
exchange.fetch_ticker(42)  # wrong: a symbol is a string


async def main() -> None:
    client = async_kraken()
    markets = await client.load_markets()
    await client.fetch_trades("BTC/USD", limit="10")  # wrong: limit is an int
