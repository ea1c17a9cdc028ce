"""Endpoint validation and the HTTP transport: one urllib3 pool manager per client.

- ``https://host[:port]`` is accepted; ``http://`` only for loopback hosts (``localhost``,
  ``127.0.0.0/8``, ``::1``) unless the caller opts in with ``allow_http=True``.
- TLS verification is always on, against the system's default CA store
  (``ssl.create_default_context()``); there is no switch to turn it off.
- Proxies come from the usual environment variables (``HTTPS_PROXY``, ``HTTP_PROXY``,
  ``ALL_PROXY``; ``NO_PROXY`` honoured) via ``urllib.request.getproxies`` / ``proxy_bypass``.
  Loopback endpoints always go direct: a proxy cannot reach this machine's loopback.
- urllib3's own retries and redirects are off: the client retries by itself, and a redirect
  would mean re-sending a signed request somewhere else.
- Keep-alive connections are pooled and shared by every thread using the client.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from .exceptions import ConfigurationError

if TYPE_CHECKING:  # urllib3, ssl and urllib.* are imported when the first client is made
    import ssl

    import urllib3

#: Connections kept alive per host; more concurrent callers still work (extra connections are
#: opened and closed on demand).
POOL_MAXSIZE = 32
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


@cache
def default_ssl_context() -> ssl.SSLContext:
    """The process-wide TLS context: system CA store, certificate and host name checks on.

    Built once (loading the CA store is the slow part) and shared: SSLContext is thread-safe.
    """
    import ssl

    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class Transport:
    """urllib3 pool managers (direct, and one per proxy in use), safe to share by threads.

    ``send`` raises urllib3's exceptions as they come (no urllib3 retries); the caller decides
    what is worth another attempt.
    """

    def __init__(self) -> None:
        import urllib3

        self._urllib3 = urllib3
        # Read from the environment when a non-loopback endpoint is first used: urllib.request
        # is slow to import, and the local emulator never goes through a proxy.
        self._proxies: dict[str, str] | None = None
        self._no_retries = urllib3.Retry(total=False, redirect=False)
        # (scheme, proxy URL or "") -> manager; created on first use under the lock.
        self._managers: dict[tuple[str, str], urllib3.PoolManager] = {}
        self._routes: dict[tuple[str, str], urllib3.PoolManager] = {}
        # (scheme, netloc) -> connection pool of a direct route: skips the manager's URL parsing
        # and pool-key work on every call (a measurable share of a call's CPU).
        self._direct: dict[tuple[str, str], urllib3.HTTPConnectionPool] = {}
        self._timeouts: dict[tuple[float, float], urllib3.Timeout] = {}
        self._lock = threading.Lock()

    def proxy_for(self, endpoint: Endpoint) -> str | None:
        """The proxy URL an endpoint goes through, or None for a direct connection."""
        if endpoint.loopback:
            return None
        import urllib.request

        if self._proxies is None:
            self._proxies = {k.lower(): v for k, v in urllib.request.getproxies().items() if v}
        proxy = self._proxies.get(endpoint.scheme) or self._proxies.get("all")
        if not proxy:
            return None
        bypass = urllib.request.proxy_bypass
        if bypass(endpoint.netloc) or bypass(endpoint.host):
            return None
        return proxy

    def _manager(self, endpoint: Endpoint) -> urllib3.PoolManager:
        route = (endpoint.scheme, endpoint.netloc)
        manager = self._routes.get(route)
        if manager is not None:
            return manager
        with self._lock:
            proxy = self.proxy_for(endpoint) or ""
            key = (endpoint.scheme, proxy)
            manager = self._managers.get(key)
            if manager is None:
                manager = self._new_manager(endpoint.scheme, proxy)
                self._managers[key] = manager
            self._routes[route] = manager
            return manager

    def _new_manager(self, scheme: str, proxy: str) -> urllib3.PoolManager:
        kw: dict[str, Any] = {
            "num_pools": 8,
            "maxsize": POOL_MAXSIZE,
            "block": False,
            "retries": self._no_retries,
        }
        if scheme == "https":
            kw["ssl_context"] = default_ssl_context()
            kw["cert_reqs"] = "CERT_REQUIRED"
        if not proxy:
            return self._urllib3.PoolManager(**kw)
        return self._proxy_manager(proxy, kw)

    def _proxy_manager(self, proxy: str, kw: dict[str, Any]) -> urllib3.ProxyManager:
        from urllib.parse import unquote, urlsplit

        if "://" not in proxy:
            proxy = "http://" + proxy
        try:
            parts = urlsplit(proxy)
            port = parts.port
        except ValueError:
            raise ConfigurationError("the proxy URL from the environment is not valid") from None
        headers = None
        if parts.username is not None:
            userinfo = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            headers = self._urllib3.make_headers(proxy_basic_auth=userinfo)
            host = parts.hostname or ""
            hostport = f"[{host}]" if ":" in host else host
            if port is not None:
                hostport += f":{port}"
            proxy = f"{parts.scheme}://{hostport}"  # credentials travel in proxy_headers only
        if parts.scheme == "https":
            kw["proxy_ssl_context"] = default_ssl_context()
        try:
            return self._urllib3.ProxyManager(proxy, proxy_headers=headers, **kw)
        except ValueError as exc:  # includes urllib3's LocationValueError / ProxySchemeUnknown
            raise ConfigurationError(
                f"the proxy URL from the environment is not usable ({type(exc).__name__})"
            ) from None

    def _direct_pool(self, endpoint: Endpoint) -> urllib3.HTTPConnectionPool | None:
        """The endpoint's own connection pool when it is reached without a proxy."""
        route = (endpoint.scheme, endpoint.netloc)
        pool = self._direct.get(route)
        if pool is not None:
            return pool
        manager = self._manager(endpoint)
        if isinstance(manager, self._urllib3.ProxyManager):
            return None
        with self._lock:
            pool = self._direct.get(route)
            if pool is None:
                pool = manager.connection_from_host(endpoint.host, endpoint.port, endpoint.scheme)
                self._direct[route] = pool
            return pool

    def _timeout(self, connect: float, read: float) -> urllib3.Timeout:
        timeout = self._timeouts.get((connect, read))
        if timeout is None:
            timeout = self._timeouts.setdefault(
                (connect, read), self._urllib3.Timeout(connect=connect, read=read)
            )
        return timeout

    def send(
        self,
        endpoint: Endpoint,
        body: bytes,
        headers: dict[str, str],
        *,
        connect_timeout: float,
        read_timeout: float,
    ) -> Reply:
        """POST ``body`` to the endpoint's root and read the whole answer."""
        options: dict[str, Any] = {
            "body": body,
            "headers": headers,
            "timeout": self._timeout(connect_timeout, read_timeout),
            "retries": self._no_retries,
            "redirect": False,
            "preload_content": True,
        }
        pool = self._direct_pool(endpoint)
        if pool is not None:
            response = pool.urlopen("POST", "/", assert_same_host=False, **options)
        else:
            response = self._manager(endpoint).urlopen("POST", endpoint.url, **options)
        received = response.headers  # HTTPHeaderDict: item access joins repeated headers
        return Reply(response.status, {k: received[k] for k in received}, response.data)

    def close(self) -> None:
        """Close idle pooled connections. The transport stays usable (it reconnects on demand)."""
        with self._lock:
            managers = list(self._managers.values())
            self._direct.clear()  # their connections belong to the managers, cleared below
        for manager in managers:
            manager.clear()
