"""The asyncio twins of the exchange classes: the same API, with coroutines for network methods."""
