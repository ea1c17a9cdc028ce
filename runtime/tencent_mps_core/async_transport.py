"""The asynchronous HTTP transport: one aiohttp session per client (the ``async`` extra).

aiohttp was chosen by measurement: 200 concurrent calls against a local server took about 55 ms
of CPU with aiohttp and about 900 ms with httpx (which the official async SDK uses), on the same
machine in the same run (see bench/). It is imported only when an async client first sends, so
the synchronous package never loads it.

Same rules as the synchronous transport, and the same code where no I/O is involved (the
environment's proxy for an endpoint, the framing and size checks of :class:`~.transport.BodyReader`):
TLS always verified (system store, or the client's CA
bundle), no redirects, no content decoding (``Accept-Encoding: identity``; any other encoding is
refused), the body read against a size cap, proxies from the environment unless the client names
one. aiohttp's exceptions are mapped to :mod:`.neterrors`, so the retry decision is the same as
for the synchronous client.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from .exceptions import ConfigurationError
from .neterrors import ConnectFailed, ConnectionDropped, ConnectTimedOut, ReadTimedOut, TLSFailed
from .tls import context_for_bundle, default_ssl_context
from .transport import (
    BodyReader,
    BodyTooLarge,
    Endpoint,
    RefusedEncoding,
    Reply,
    TransportSettings,
    environment_proxies,
    environment_proxy,
)

if TYPE_CHECKING:
    import aiohttp

#: Connections kept per host (more concurrent callers wait for a free one).
POOL_LIMIT = 100


def _aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise ConfigurationError(
            "the async client needs aiohttp: pip install 'tencent-mps[async]'"
        ) from None
    return aiohttp


class AsyncTransport:
    """An aiohttp session bound to the event loop that first uses it (re-made for another loop).

    ``close()`` is final: a closed transport refuses to send (ClientClosedError), as the
    synchronous one does.
    """

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ssl_bundle: str | None = None
        self._routes: dict[str, str | None] = {}  # endpoint URL -> proxy (environment, once)
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def check_open(self) -> None:
        if self._closed:
            from .exceptions import ClientClosedError

            raise ClientClosedError(
                "this client was closed (close() or the end of an async with block); "
                "make a new client"
            )

    def _proxy_for(self, endpoint: Endpoint, settings: TransportSettings) -> str | None:
        """The client's proxy, else the environment's for this endpoint (looked up once).

        A client's own proxy applies to every endpoint; the environment's never to loopback.
        """
        if settings.proxy is not None:
            return None if settings.proxy.direct else settings.proxy.url_with_credentials
        if endpoint.loopback:
            return None
        if endpoint.url not in self._routes:
            proxy = environment_proxy(endpoint, environment_proxies())
            if proxy and "://" not in proxy:
                proxy = "http://" + proxy
            self._routes[endpoint.url] = proxy or None
        return self._routes[endpoint.url]

    def _session_for_loop(self, settings: TransportSettings) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if (
            session is None
            or session.closed
            or self._loop is not loop
            or self._ssl_bundle != settings.ca_bundle
        ):
            aiohttp = _aiohttp()
            bundle = settings.ca_bundle
            connector = aiohttp.TCPConnector(
                limit=POOL_LIMIT,
                limit_per_host=POOL_LIMIT,
                ssl=context_for_bundle(bundle) if bundle else default_ssl_context(),
                enable_cleanup_closed=False,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                trust_env=False,  # proxies are looked up once per endpoint, not per request
                cookie_jar=aiohttp.DummyCookieJar(),
                skip_auto_headers=("Accept-Encoding", "User-Agent"),
            )
            self._session, self._loop, self._ssl_bundle = session, loop, bundle
        return session

    async def send(
        self,
        endpoint: Endpoint,
        body: bytes,
        headers: dict[str, str],
        *,
        connect_timeout: float,
        read_timeout: float,
        deadline: float | None = None,
        settings: TransportSettings,
    ) -> Reply:
        """POST ``body`` to the endpoint's root and read the whole answer within the timeouts.

        ``deadline`` (on the :func:`time.monotonic` clock), the call's own, bounds the whole
        attempt, as it does for the synchronous transport. Raises BodyTooLarge or
        RefusedEncoding for answers it will not read, and :mod:`.neterrors` exceptions for
        network failures.
        """
        self.check_open()
        aiohttp = _aiohttp()
        session = self._session_for_loop(settings)
        max_body_size = settings.max_body_size
        timeout = aiohttp.ClientTimeout(
            total=connect_timeout + read_timeout, connect=connect_timeout, sock_read=read_timeout
        )
        sent = {**headers, "Accept-Encoding": "identity"}
        proxy = self._proxy_for(endpoint, settings)
        limit = connect_timeout + read_timeout
        if deadline is not None:
            limit = min(limit, max(deadline - time.monotonic(), 0.001))
        try:
            async with asyncio.timeout(limit):
                async with session.post(
                    endpoint.url,
                    data=body,
                    headers=sent,
                    timeout=timeout,
                    allow_redirects=False,
                    proxy=proxy,
                ) as response:
                    reader = BodyReader(
                        max_body_size,
                        response.headers.get("Content-Encoding"),
                        response.content_length,
                    )
                    data = await self._read(response, reader)
                    received = {k: ", ".join(response.headers.getall(k)) for k in response.headers}
                    return Reply(response.status, received, data)
        except (BodyTooLarge, RefusedEncoding):
            raise
        except TimeoutError as exc:
            raise ReadTimedOut("read timed out: no complete answer in time") from exc
        except aiohttp.ClientConnectorCertificateError as exc:
            raise TLSFailed(f"certificate verify failed ({exc.certificate_error})") from exc
        except aiohttp.ClientSSLError as exc:
            raise TLSFailed(str(exc.__class__.__name__)) from exc
        except aiohttp.ConnectionTimeoutError as exc:
            raise ConnectTimedOut() from exc
        except aiohttp.ClientConnectorError as exc:
            refused = isinstance(exc.os_error, ConnectionRefusedError)
            raise ConnectFailed("connection refused" if refused else "could not connect") from exc
        except aiohttp.ServerTimeoutError as exc:
            raise ReadTimedOut() from exc
        except (aiohttp.ClientPayloadError, aiohttp.ServerDisconnectedError) as exc:
            raise ConnectionDropped() from exc
        except (aiohttp.ClientOSError, aiohttp.ClientResponseError) as exc:
            if isinstance(exc, aiohttp.ClientOSError) and isinstance(
                exc.__cause__ or exc, ConnectionRefusedError
            ):
                raise ConnectFailed("connection refused") from exc
            raise ConnectionDropped(type(exc).__name__) from exc

    @staticmethod
    async def _read(response: aiohttp.ClientResponse, reader: BodyReader) -> bytes:
        async for chunk in response.content.iter_chunked(65536):
            try:
                reader.feed(chunk)
            except BodyTooLarge:
                response.close()  # the rest is not read: the connection cannot be reused
                raise
        return reader.body()

    async def close(self) -> None:
        """Close the session's connections; the transport refuses to send from then on."""
        self._closed = True
        session, self._session, self._loop = self._session, None, None
        if session is not None and not session.closed:
            await session.close()
