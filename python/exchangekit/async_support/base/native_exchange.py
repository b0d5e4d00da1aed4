"""The asyncio native layer: the synchronous one with sleep, fetch and close as coroutines, HTTP through one
aiohttp session per exchange instance (close it with `await exchange.close()`)."""

from __future__ import annotations

import asyncio
import random
import re
from typing import Any

from exchangekit.async_support.base.stream_client import StreamClient
from exchangekit.base import js
from exchangekit.base.errors import ExchangeError, ExchangeNotAvailable, NetworkError, RequestTimeout
from exchangekit.base.native_exchange import (
    ERROR_CLASSES, NATIVE_LAYERS, NOT_HTTP_HEADERS, STREAM_ORIGIN, at_origin, check_stream_keys, read_response_headers,
    redact_error, url_origins,
)
from exchangekit.base.native_exchange import NativeExchange as SyncNativeExchange


# aiohttp (and its yarl), imported by the first construction rather than with the package.
aiohttp: Any = None
yarl: Any = None
response_head: Any = None  # exchangekit.async_support.base.response_head, which imports aiohttp


class NativeExchange(SyncNativeExchange):
    def __init__(self, config: dict | None = None) -> None:
        global aiohttp, yarl, response_head  # noqa: PLW0603
        if aiohttp is None:
            import aiohttp as aiohttp_module  # noqa: PLC0415
            import yarl as yarl_module  # noqa: PLC0415

            from exchangekit.async_support.base import response_head as response_head_module  # noqa: PLC0415

            aiohttp = aiohttp_module
            yarl = yarl_module
            response_head = response_head_module
        super().__init__(config)
        # Where streams may connect: the origins of urls['ws'] as constructed, out of the code's reach.
        urls = self.urls if isinstance(self.urls, dict) else {}
        self.__stream_origins = url_origins(urls.get("ws"), STREAM_ORIGIN)
        self.__stream_clients: dict[str, StreamClient] = {}  # url -> its one connection

    async def sleep(self, milliseconds) -> None:
        await asyncio.sleep(self.sleep_seconds(milliseconds))

    async def fetch(self, url, method="GET", headers=None, body=None):
        method = "GET" if method is None else method  # (undefined is the default, passed or not, as in Node)
        self.check_signing_keys()
        self.check_url(method, url)
        request_headers = self.request_headers(method, url, headers, body)
        self.log_request(method, url, request_headers, body)
        if self.session is None:
            # Bodies are decompressed by decode_body, within maxDecompressedSize; heads are read as Node reads them, and
            # requests sent once (response_head.session); no cookie is kept (as by Node and PHP: see deadline.session).
            self.session = response_head.session(auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar())
        try:
            # The URL goes out as it was built (and signed): yarl would decode %2F, %3A, %40, %27, ... and quote
            # again what it finds, where Node and PHP send it as it is.
            # No Content-Type of aiohttp's own (text/plain) for a body whose type the code did not set.
            async with self.session.request(method, yarl.URL(url, encoded=True), headers=request_headers, data=body,
                                            proxy=response_head.proxy_of(self.proxy), skip_auto_headers=("Content-Type",),
                                            allow_redirects=False,
                                            timeout=aiohttp.ClientTimeout(total=self.timeout / 1000)) as response:
                # (aiohttp's content_length is int () of the value, which raises past 4,300 digits: leading zeros)
                self.check_response_size(response_head.declared_length(response.headers.get("Content-Length")), method,
                                         url)
                raw = bytearray()
                async for chunk in response.content.iter_any():
                    raw += chunk
                    self.check_response_size(len(raw), method, url)
        except asyncio.TimeoutError:
            raise self.http_error(RequestTimeout, method, url,
                                  f"timed out after {js.to_str(self.timeout)} ms") from None
        except aiohttp.ClientConnectorError as error:
            if response_head.never_connected(error):
                raise self.http_error(ExchangeNotAvailable, method, url,
                                      f"could not connect: {response_head.described(error, self.proxy)}") from None
            raise self.http_error(NetworkError, method, url,
                                  f"failed: {response_head.described(error, self.proxy)}") from None
        except aiohttp.ClientError as error:
            refusal = response_head.tunnel_refusal(error)
            if refusal is not None:
                raise self.http_error(ExchangeNotAvailable, method, url, refusal) from None
            if response_head.malformed_head(error):  # (a head Node's parser refuses)
                raise self.http_error(NetworkError, method, url, NOT_HTTP_HEADERS) from None
            framing = response_head.misframed(error)  # (or a framing not every runtime reads)
            raise self.http_error(NetworkError, method, url,
                                  f"failed: {framing or response_head.described(error, self.proxy)}") from None
        except UnicodeError as error:  # (the idna codec's, of a host aiohttp's resolver cannot encode: round 48)
            raise self.http_error(NetworkError, method, url,
                                  f"failed: {response_head.described(error, self.proxy)}") from None
        # The raw bytes of each header, one character a byte as in every runtime (aiohttp decodes them as UTF-8)
        received = read_response_headers([(name.decode("latin-1"), value.decode("latin-1"))
                                          for name, value in response.raw_headers], response.reason or "")
        if received is None:
            raise self.http_error(NetworkError, method, url, NOT_HTTP_HEADERS)
        text = self.decode_body(method, url, self.safe_string(self.header_values(received), "content-encoding"),
                                bytes(raw))
        response_headers = received
        self.log_response(method, url, response.status, response_headers, text)
        # the reason phrase, one character a byte too (aiohttp decodes it as UTF-8, its bytes beyond kept as surrogates)
        reason = (response.reason or "").encode("utf-8", "surrogateescape").decode("latin-1")
        try:
            return self.handle_rest_response(response.status, reason, url, method, response_headers, text,
                                             request_headers, body)
        except Exception as error:  # noqa: BLE001 (redacted, then raised as it was)
            redact_error(self, error)
            raise

    # --- streaming: the socket (stream_client.py); the message handling is the exchange's ------------------

    async def watch(self, url, message_hash, subscribe_hash=None, message=None):
        """The next update of message_hash on the connection to url, after sending message once per
        subscribe_hash (and again after every reconnect)."""
        check_stream_keys(url, message_hash, subscribe_hash)
        client = self.stream_client(url)
        update = client.next(message_hash)  # waiting before subscribing: the answer may be immediate
        try:
            await client.subscribe(subscribe_hash, message)
        except BaseException:
            update.cancel()
            raise
        return await update

    async def subscribe(self, url, subscribe_hash, message) -> None:
        """Sends message once per subscribe_hash (and again after every reconnect), without waiting for an update."""
        check_stream_keys(url, subscribe_hash)
        await self.stream_client(url).subscribe(subscribe_hash, message)

    def resolve_update(self, url, value, message_hash) -> None:
        check_stream_keys(url, message_hash)
        client = self.__stream_clients.get(url)
        if client is not None:
            client.deliver(message_hash, {"value": value})

    def check_streaming(self) -> None:
        """Nothing here: asyncio streams (see js/base/NativeExchange.js)."""

    def is_watched(self, url, message_hash) -> bool:
        """Whether a caller has watched message_hash on the connection to url (see js/base/NativeExchange.js)."""
        check_stream_keys(url, message_hash)
        client = self.__stream_clients.get(url)
        return client is not None and message_hash in client.channels

    def reject_update(self, url, message_hash, error_class, message) -> None:
        """error_class is a unified error class, as for throw_error; message_hash None: every channel of url."""
        # The message is the exchange's (often the frame, which may echo a login): redacted as throw_error's are.
        check_stream_keys(url, message_hash)
        message = self.redact_secrets(js.to_str(message))
        error = error_class(message) if error_class in ERROR_CLASSES else ExchangeError(message)
        client = self.__stream_clients.get(url)
        if client is None:
            return
        if message_hash is None:
            client.deliver_all({"error": error})
        else:
            client.deliver(message_hash, {"error": error})

    async def send_frame(self, url, message) -> None:
        check_stream_keys(url)
        await self.stream_client(url).send(message)

    async def unwatch(self, url, subscribe_hash, message=None) -> None:
        """No longer re-sent after a reconnect; message (the unsubscribe request) is sent when given."""
        check_stream_keys(url, subscribe_hash)
        client = self.__stream_clients.get(url)
        if client is None:
            return
        client.forget(subscribe_hash)
        if message is not None:
            await client.send(message)

    def stream_client(self, url) -> StreamClient:
        client = self.__stream_clients.get(url)
        if client is None:
            if not re.match(r"wss?://", url, re.IGNORECASE) or not at_origin(url, self.__stream_origins):
                raise self.http_error(ExchangeError, "WebSocket", url, "is not at an origin of urls['ws'] ("
                                      f"{', '.join(self.__stream_origins)}): to use another, pass urls in the "
                                      "constructor's config")
            client = StreamClient(self, url, self.streaming, aiohttp, response_head)
            self.__stream_clients[url] = client
        return client

    def forget_stream_client(self, url, client) -> None:
        if self.__stream_clients.get(url) is client:
            del self.__stream_clients[url]

    def stream_backlog(self) -> int:
        """Updates and frames waiting, over every connection: what a slow reader holds in memory."""
        return sum(client.queued_updates() for client in self.__stream_clients.values())

    def stream_random(self) -> float:
        """The jitter of the reconnection backoff (tests replace it)."""
        return random.random()

    async def close(self) -> None:
        clients = list(self.__stream_clients.values())
        self.__stream_clients.clear()
        for client in clients:
            await client.close()
        if self.session is not None:
            await self.session.close()
            self.session = None


NATIVE_LAYERS.append(NativeExchange)  # (see portable_describe)
