"""The Exchange base class for asyncio."""

from exchangekit.base.exchange import Exchange as SyncExchange


class Exchange(SyncExchange):
    pass
