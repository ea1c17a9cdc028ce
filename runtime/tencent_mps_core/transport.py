"""Endpoint validation and the HTTP transport: urllib3 pool managers shared by a client.

- ``https://host[:port]`` is accepted; ``http://`` only for loopback hosts (``localhost``,
  ``127.0.0.0/8``, ``::1``) unless the caller opts in with ``allow_http=True``.
- TLS verification is always on (:mod:`.tls`): the system's CA store, or the client's
  ``ca_bundle``; there is no switch to turn it off.
- Proxies (:mod:`.proxy`): the client's ``proxy`` option, else the usual environment variables
  (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``; ``NO_PROXY`` honoured). Without the option,
  loopback endpoints always go direct: a proxy cannot reach this machine's loopback.
- urllib3's own retries and redirects are off: the client retries by itself, and a redirect
  would mean re-sending a signed request somewhere else.
- Deadlines (:mod:`.deadlines`): ``connect_timeout`` bounds connecting, ``read_timeout`` the
  whole answer of an attempt (not each socket read), the call's deadline everything.
- Bodies are read incrementally and never decoded by urllib3. A body over ``max_body_size``
  (checked against Content-Length first, then while reading) is refused without reading the
  rest, and its connection is closed. A ``Content-Encoding`` other than ``identity`` is refused:
  requests say ``Accept-Encoding: identity``, so a compressed answer comes from a misbehaving
  (or hostile) peer, and inflating it would defeat the size cap.
- Keep-alive connections are pooled and shared by every thread using the client.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .deadlines import AttemptGuard, DeadlineExceeded
from .exceptions import ClientClosedError, ConfigurationError, SDKError
from .proxy import Proxy, parse_proxy
from .tls import context_for, default_ssl_context

if TYPE_CHECKING:  # urllib3 and urllib.* are imported when the first client is made
    import urllib3

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_SETTINGS",
    "POOL_MAXSIZE",
    "BodyReader",
    "BodyTooLarge",
    "Endpoint",
    "RefusedEncoding",
    "Reply",
    "Transport",
    "TransportSettings",
    "default_ssl_context",
    "environment_proxies",
    "environment_proxy",
    "is_loopback_host",
    "network_errors",
    "parse_endpoint",
]

#: Connections kept alive per host; more concurrent callers still work (extra connections are
#: opened and closed on demand).
POOL_MAXSIZE = 32
#: The default ``max_body_size``: 32 MiB. MPS answers are a few kB, a few MB for the largest
#: task details and AI results, and the API refuses requests over 10 MB: the cap leaves room to
#: spare while bounding what a broken or hostile peer can make the client hold (the body, then
#: the parsed JSON and the models built from it, several times its size).
DEFAULT_MAX_BODY_SIZE = 32 * 1024 * 1024
_DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A validated endpoint: ``url`` is ``scheme://netloc/``; ``netloc`` is the Host header."""

    scheme: str
    host: str
    port: int
    netloc: str
    url: str
    loopback: bool


def is_loopback_host(host: str) -> bool:
    """``localhost``, ``127.0.0.0/8`` or ``::1``."""
    if host.rstrip(".") == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_endpoint(endpoint: str, *, allow_http: bool = False) -> Endpoint:
    """Validate an endpoint URL, raising ConfigurationError with a hint when it is unusable."""
    from urllib.parse import urlsplit

    if type(endpoint) is not str or not endpoint.strip():
        raise ConfigurationError(f"endpoint must be a non-empty URL string, got {endpoint!r}")
    text = endpoint.strip()
    if "://" not in text:
        raise ConfigurationError(
            f"endpoint must be a URL with a scheme, like 'https://{text}', got {endpoint!r}"
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ConfigurationError(f"endpoint {endpoint!r} is not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ConfigurationError(
            f"endpoint scheme must be https (or http for a local emulator), got {parts.scheme!r}"
        )
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("endpoint must not contain user information (user:password@)")
    host = (parts.hostname or "").lower()
    if not host:
        raise ConfigurationError(f"endpoint {endpoint!r} has no host")
    if any(c.isspace() for c in host) or not host.isascii():
        raise ConfigurationError(
            f"endpoint host {host!r} must be ASCII without spaces (use the IDNA form)"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(
            f"endpoint must be scheme://host[:port] without a path, query or fragment, got {endpoint!r}"
        )
    if port == 0:
        raise ConfigurationError(f"endpoint port must be 1-65535, got {endpoint!r}")
    loopback = is_loopback_host(host)
    if scheme == "http" and not loopback and not allow_http:
        raise ConfigurationError(
            f"plain http:// is only allowed for loopback hosts (a local emulator), got {host!r}; "
            "use https://, or pass allow_http=True if you really mean it"
        )
    default_port = _DEFAULT_PORTS[scheme]
    effective_port = default_port if port is None else port
    bracketed = f"[{host}]" if ":" in host else host
    netloc = bracketed if effective_port == default_port else f"{bracketed}:{effective_port}"
    return Endpoint(scheme, host, effective_port, netloc, f"{scheme}://{netloc}/", loopback)


@dataclass(frozen=True, slots=True)
class Reply:
    """One HTTP answer, fully read."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True, slots=True)
class TransportSettings:
    """How a client reaches its endpoint and what answers it accepts (see the module docstring).

    ``proxy``: None for the environment's proxies, :data:`~.proxy.DIRECT` for none, or a proxy.
    ``ca_bundle``: None for the system's CA store, or the absolute path of a PEM file.
    ``max_body_size``: the largest response body accepted, in bytes.
    """

    proxy: Proxy | None = None
    ca_bundle: str | None = None
    max_body_size: int = DEFAULT_MAX_BODY_SIZE

    def describe(self) -> str:
        """``", proxy='http://***@host:3128', ca_bundle='/ca.pem'"``: the settings that differ
        from the defaults, for a client's repr (proxy credentials masked)."""
        parts = []
        if self.proxy is not None:
            parts.append(f"proxy={self.proxy.display!r}")
        if self.ca_bundle is not None:
            parts.append(f"ca_bundle={self.ca_bundle!r}")
        if self.max_body_size != DEFAULT_MAX_BODY_SIZE:
            parts.append(f"max_body_size={self.max_body_size}")
        return "".join(f", {part}" for part in parts)


DEFAULT_SETTINGS = TransportSettings()


class BodyTooLarge(Exception):
    """A response body over ``max_body_size`` (``size`` is None when it was not announced)."""

    def __init__(self, size: int | None, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(size, limit)


class RefusedEncoding(Exception):
    """A response body in a content encoding that was not asked for (only identity is)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        super().__init__(encoding)


def network_errors() -> tuple[type[BaseException], ...]:
    """What the synchronous transport raises for a failed attempt: network failures (urllib3's
    exceptions, OSErrors, the deadline errors) and refused answers (too large, compressed).
    urllib3 is imported lazily."""
    from http.client import HTTPException

    from urllib3.exceptions import HTTPError as Urllib3Error

    return (Urllib3Error, OSError, HTTPException, BodyTooLarge, RefusedEncoding)


def check_content_encoding(value: str | None) -> None:
    """Raise RefusedEncoding unless ``Content-Encoding`` is absent, empty or ``identity``."""
    if not value:
        return
    for token in value.split(","):
        token = token.strip().lower()
        if token and token != "identity":
            raise RefusedEncoding(token[:40])


class BodyReader:
    """An answer's framing and body checks, free of I/O: both transports feed it what they read.

    Made from the answer's ``Content-Encoding`` and announced length (RefusedEncoding, or
    BodyTooLarge before anything is read); :meth:`feed` takes each chunk (BodyTooLarge as soon
    as the total passes ``limit``), :meth:`body` joins them.
    """

    __slots__ = ("chunks", "limit", "size")

    def __init__(self, limit: int, encoding: str | None, announced: int | None) -> None:
        check_content_encoding(encoding)
        if announced is not None and announced > limit:
            raise BodyTooLarge(announced, limit)
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []

    def wanted(self, chunk: int) -> int:
        """Bytes worth asking for next, at most ``chunk``: one past the limit is enough."""
        return min(chunk, self.limit - self.size + 1)

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise BodyTooLarge(None, self.limit)
        self.chunks.append(chunk)

    def body(self) -> bytes:
        chunks = self.chunks
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def environment_proxies() -> dict[str, str]:
    """The proxies the environment names (``HTTPS_PROXY``, ...), by lower-case scheme."""
    import urllib.request

    return {k.lower(): v for k, v in urllib.request.getproxies().items() if v}


def environment_proxy(endpoint: Endpoint, proxies: dict[str, str]) -> str | None:
    """The proxy URL of ``proxies`` (:func:`environment_proxies`) that ``endpoint`` goes
    through, as written there; None for direct: loopback, none named, or ``NO_PROXY``."""
    if endpoint.loopback:
        return None
    proxy = proxies.get(endpoint.scheme) or proxies.get("all")
    if not proxy:
        return None
    import urllib.request

    bypass = urllib.request.proxy_bypass
    if bypass(endpoint.netloc) or bypass(endpoint.host):
        return None
    return proxy


class Transport:
    """urllib3 pool managers (one per route: proxy and trust store), safe to share by threads.

    ``send`` raises urllib3's exceptions as they come (no urllib3 retries), the deadline errors
    of :mod:`.deadlines`, :class:`BodyTooLarge` and :class:`RefusedEncoding`; the caller decides
    what is worth another attempt. After ``close()`` every ``send`` raises ClientClosedError.
    """

    def __init__(self) -> None:
        import urllib3

        from . import guarded

        self._urllib3 = urllib3
        self._guarded = guarded
        # Read from the environment when a non-loopback endpoint is first used: urllib.request
        # is slow to import, and the local emulator never goes through a proxy.
        self._proxies: dict[str, str] | None = None
        self._no_retries = urllib3.Retry(total=False, redirect=False)
        # (scheme, proxy, ca_bundle) -> manager; created on first use under the lock.
        self._managers: dict[tuple[str, Proxy | None, str | None], urllib3.PoolManager] = {}
        # (scheme, netloc, proxy setting, ca_bundle) -> the manager of that route.
        self._routes: dict[tuple[str, str, Proxy | None, str | None], urllib3.PoolManager] = {}
        # Same key -> connection pool of a direct route: skips the manager's URL parsing and
        # pool-key work on every call (a measurable share of a call's CPU).
        self._direct: dict[
            tuple[str, str, Proxy | None, str | None], urllib3.HTTPConnectionPool
        ] = {}
        self._timeouts: dict[tuple[float, float], urllib3.Timeout] = {}
        self._lock = threading.Lock()
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def check_open(self) -> None:
        """Raise ClientClosedError once ``close()`` was called."""
        if self._closed:
            raise ClientClosedError(
                "the client is closed (close() was called on it, or on a client sharing its "
                "connection pool through with_options); create a new client"
            )

    # -- routes --------------------------------------------------------------------------------

    def proxy_for(self, endpoint: Endpoint, proxy: Proxy | None = None) -> str | None:
        """The proxy URL (credentials masked) an endpoint goes through, or None for direct.

        ``proxy`` is the client's setting (None: the environment decides).
        """
        chosen = self._proxy_of(endpoint, proxy)
        return None if chosen is None else chosen.display

    def _proxy_of(self, endpoint: Endpoint, setting: Proxy | None) -> Proxy | None:
        if setting is not None:
            return None if setting.direct else setting
        if endpoint.loopback:
            return None
        if self._proxies is None:
            self._proxies = environment_proxies()
        proxy = environment_proxy(endpoint, self._proxies)
        if proxy is None:
            return None
        chosen = parse_proxy(proxy, source="the proxy URL from the environment")
        return None if chosen.direct else chosen

    def _manager(self, endpoint: Endpoint, settings: TransportSettings) -> urllib3.PoolManager:
        route = (endpoint.scheme, endpoint.netloc, settings.proxy, settings.ca_bundle)
        manager = self._routes.get(route)
        if manager is not None:
            return manager
        with self._lock:
            self.check_open()
            proxy = self._proxy_of(endpoint, settings.proxy)
            key = (endpoint.scheme, proxy, settings.ca_bundle)
            manager = self._managers.get(key)
            if manager is None:
                manager = self._new_manager(endpoint.scheme, proxy, settings.ca_bundle)
                self._managers[key] = manager
            self._routes[route] = manager
            return manager

    def _new_manager(
        self, scheme: str, proxy: Proxy | None, ca_bundle: str | None
    ) -> urllib3.PoolManager:
        kw: dict[str, Any] = {
            "num_pools": 8,
            "maxsize": POOL_MAXSIZE,
            "block": False,
            "retries": self._no_retries,
        }
        if scheme == "https":
            kw["ssl_context"] = self._guarded.guard_handshakes(context_for(ca_bundle))
            kw["cert_reqs"] = "CERT_REQUIRED"
        manager: urllib3.PoolManager
        if proxy is None:
            manager = self._urllib3.PoolManager(**kw)
        else:
            manager = self._proxy_manager(proxy, ca_bundle, kw)
        manager.pool_classes_by_scheme = dict(self._guarded.POOL_CLASSES)
        return manager

    def _proxy_manager(
        self, proxy: Proxy, ca_bundle: str | None, kw: dict[str, Any]
    ) -> urllib3.ProxyManager:
        auth = proxy.basic_auth
        headers = None if auth is None else self._urllib3.make_headers(proxy_basic_auth=auth)
        if proxy.url.startswith("https://"):
            kw["proxy_ssl_context"] = self._guarded.guard_handshakes(context_for(ca_bundle))
        try:
            return self._urllib3.ProxyManager(proxy.url, proxy_headers=headers, **kw)
        except ValueError as exc:  # includes urllib3's LocationValueError / ProxySchemeUnknown
            raise ConfigurationError(
                f"the proxy {proxy.display} is not usable ({type(exc).__name__})"
            ) from None

    def _direct_pool(
        self, endpoint: Endpoint, settings: TransportSettings
    ) -> urllib3.HTTPConnectionPool | None:
        """The endpoint's own connection pool when it is reached without a proxy."""
        route = (endpoint.scheme, endpoint.netloc, settings.proxy, settings.ca_bundle)
        pool = self._direct.get(route)
        if pool is not None:
            return pool
        manager = self._manager(endpoint, settings)
        if isinstance(manager, self._urllib3.ProxyManager):
            return None
        with self._lock:
            self.check_open()
            pool = self._direct.get(route)
            if pool is None:
                pool = manager.connection_from_host(endpoint.host, endpoint.port, endpoint.scheme)
                self._direct[route] = pool
            return pool

    def _timeout(self, connect: float, read: float) -> urllib3.Timeout:
        timeout = self._timeouts.get((connect, read))
        if timeout is None:
            if len(self._timeouts) > 256:  # cut-down timeouts near deadlines are all different
                self._timeouts.clear()
            timeout = self._timeouts.setdefault(
                (connect, read), self._urllib3.Timeout(connect=connect, read=read)
            )
        return timeout

    # -- one attempt ---------------------------------------------------------------------------

    def send(
        self,
        endpoint: Endpoint,
        body: bytes,
        headers: dict[str, str],
        *,
        connect_timeout: float,
        read_timeout: float,
        deadline: float | None = None,
        settings: TransportSettings = DEFAULT_SETTINGS,
    ) -> Reply:
        """POST ``body`` to the endpoint's root and read the whole answer.

        ``connect_timeout`` bounds connecting (TCP, proxy tunnel, TLS handshake);
        ``read_timeout`` bounds the whole answer, from sending the request to its last byte;
        ``deadline`` (on the :func:`time.monotonic` clock) bounds everything.
        """
        self.check_open()
        options: dict[str, Any] = {
            "body": body,
            "headers": headers,
            "timeout": self._timeout(connect_timeout, read_timeout),
            "retries": self._no_retries,
            "redirect": False,
            "preload_content": False,
            "decode_content": False,
        }
        guard = AttemptGuard(
            connect_timeout=connect_timeout, read_timeout=read_timeout, deadline=deadline
        )
        response = None
        with guard:
            try:
                pool = self._direct_pool(endpoint, settings)
                if pool is not None:
                    response = pool.urlopen("POST", "/", assert_same_host=False, **options)
                else:
                    response = self._manager(endpoint, settings).urlopen(
                        "POST", endpoint.url, **options
                    )
                reply = _receive(response, guard, settings.max_body_size)
                response = None
                return reply
            except (DeadlineExceeded, BodyTooLarge, RefusedEncoding, SDKError):
                raise
            except Exception as exc:
                if self._closed:  # closed by another thread while this attempt was starting
                    raise ClientClosedError("the client was closed during the call") from exc
                if _is_socket_timeout(exc):
                    guard.explain(exc)  # the phase's time ran out during one read
                    raise
                if guard.fired:  # the watchdog shut the socket: what broke is a side effect
                    raise guard.error() from exc
                raise
            finally:
                if response is not None:  # not read to the end: the connection cannot be reused
                    response.close()
                    response.release_conn()

    def close(self) -> None:
        """Close every pooled connection; from now on ``send`` raises ClientClosedError.

        Calls in flight finish; their connections are closed instead of going back to a pool.
        """
        with self._lock:
            self._closed = True
            managers = list(self._managers.values())
            self._direct.clear()  # their connections belong to the managers, cleared below
            self._routes.clear()
            self._managers.clear()
        for manager in managers:
            manager.clear()


def _is_socket_timeout(exc: BaseException) -> bool:
    from urllib3 import exceptions as u3

    if isinstance(exc, u3.NewConnectionError):  # a subclass of ConnectTimeoutError
        return False
    return isinstance(exc, (u3.ConnectTimeoutError, u3.ReadTimeoutError, TimeoutError))


#: Bytes asked of the socket per read; one read returns what has arrived, up to this.
_READ_CHUNK = 256 * 1024


def _receive(response: urllib3.BaseHTTPResponse, guard: AttemptGuard, limit: int) -> Reply:
    """Check the answer's framing, then read its body within the guard's time and ``limit``."""
    received = response.headers  # HTTPHeaderDict: item access joins repeated headers
    reader = BodyReader(limit, received.get("Content-Encoding"), response.length_remaining)
    while True:
        # None once the body is complete and the pool has the connection back.
        conn: Any = response.connection
        if conn is not None:
            guard.check()
            sock = conn.sock
            if sock is not None:
                sock.settimeout(max(guard.remaining(), 0.001))
        chunk = response.read1(reader.wanted(_READ_CHUNK), decode_content=False)
        if not chunk:
            break
        reader.feed(chunk)
    if guard.fired:  # the watchdog cut the answer short: what was read may look complete
        raise guard.error()
    return Reply(response.status, {k: received[k] for k in received}, reader.body())
