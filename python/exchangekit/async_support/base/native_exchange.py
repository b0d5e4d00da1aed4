"""The asyncio native layer: the synchronous one with sleep, fetch and close as coroutines, HTTP through one
aiohttp session per exchange instance (close it with `await exchange.close()`)."""

from __future__ import annotations

import asyncio
from typing import Any

from exchangekit.base.errors import ExchangeNotAvailable, NetworkError, RequestTimeout
from exchangekit.base.native_exchange import NativeExchange as SyncNativeExchange


# aiohttp, imported by the first construction rather than with the package.
aiohttp: Any = None


class NativeExchange(SyncNativeExchange):
    def __init__(self, config: dict | None = None) -> None:
        global aiohttp  # noqa: PLW0603
        if aiohttp is None:
            import aiohttp as aiohttp_module  # noqa: PLC0415

            aiohttp = aiohttp_module
        super().__init__(config)

    async def sleep(self, milliseconds) -> None:
        await asyncio.sleep(milliseconds / 1000)

    async def fetch(self, url, method="GET", headers=None, body=None):
        self.check_url(method, url)
        request_headers = self.request_headers(headers)
        self.log_request(method, url, request_headers, body)
        if self.session is None:
            # Bodies are decompressed by decode_body, within maxDecompressedSize.
            self.session = aiohttp.ClientSession(auto_decompress=False)
        try:
            async with self.session.request(method, url, headers=request_headers, data=body, proxy=self.proxy,
                                            allow_redirects=False,
                                            timeout=aiohttp.ClientTimeout(total=self.timeout / 1000)) as response:
                self.check_response_size(response.content_length or 0, method, url)
                raw = bytearray()
                async for chunk in response.content.iter_any():
                    raw += chunk
                    self.check_response_size(len(raw), method, url)
        except asyncio.TimeoutError:
            raise self.http_error(RequestTimeout, method, url, f"timed out after {self.timeout} ms") from None
        except aiohttp.ClientConnectorError as error:
            raise self.http_error(ExchangeNotAvailable, method, url, f"could not connect: {error}") from None
        except aiohttp.ClientError as error:
            raise self.http_error(NetworkError, method, url, f"failed: {error}") from None
        text = self.decode_body(method, url, response.headers.get("Content-Encoding"), bytes(raw))
        response_headers = dict(response.headers)
        self.log_response(method, url, response.status, response_headers, text)
        return self.handle_rest_response(response.status, response.reason or "", url, method, response_headers,
                                         text, request_headers, body)

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
            self.session = None
