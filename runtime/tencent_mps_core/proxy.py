"""Proxy settings: the ``proxy=`` client option and the proxies named by the environment.

- ``proxy=None`` (the default): the environment decides (``HTTPS_PROXY``, ``HTTP_PROXY``,
  ``ALL_PROXY``, with ``NO_PROXY`` honoured); loopback endpoints always go direct.
- ``proxy="http://[user:password@]host:port"`` (or ``https://``; a bare ``host:port`` means
  ``http://``): every request of the client goes through this proxy, whatever the environment
  says and whatever the endpoint (an explicit choice beats the loopback rule and ``NO_PROXY``).
- ``proxy=""``: no proxy at all, the environment is ignored.

User name and password (percent-encoded in the URL) are sent as ``Proxy-Authorization: Basic``
and never shown: ``repr()`` and every message display the URL as ``http://***@host:port``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .exceptions import ConfigurationError

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True, repr=False)
class Proxy:
    """A proxy chosen for a client; ``url`` is ``scheme://host:port`` without credentials.

    :data:`DIRECT` (empty ``url``) stands for "no proxy, whatever the environment says".
    """

    url: str
    username: str | None = field(default=None)
    password: str | None = field(default=None)

    @property
    def direct(self) -> bool:
        return not self.url

    @property
    def display(self) -> str:
        """The URL with any credentials masked (safe to log)."""
        if self.direct:
            return ""
        if self.username is None:
            return self.url
        scheme, _, rest = self.url.partition("://")
        return f"{scheme}://***@{rest}"

    @property
    def basic_auth(self) -> str | None:
        """``user:password`` for a Basic ``Proxy-Authorization`` header, or None."""
        if self.username is None:
            return None
        return f"{self.username}:{self.password or ''}"

    @property
    def url_with_credentials(self) -> str:
        """The URL with its (percent-encoded) credentials, for HTTP libraries that take them
        that way. Secret: never log or show it."""
        if self.username is None:
            return self.url
        from urllib.parse import quote

        scheme, _, rest = self.url.partition("://")
        userinfo = f"{quote(self.username, safe='')}:{quote(self.password or '', safe='')}"
        return f"{scheme}://{userinfo}@{rest}"

    def __repr__(self) -> str:
        return f"Proxy({self.display!r})"

    __str__ = __repr__


#: No proxy at all (the ``proxy=""`` option).
DIRECT = Proxy("")


def parse_proxy(value: object, *, source: str = "proxy") -> Proxy:
    """Check a proxy URL (see the module docstring); ``source`` names it in error messages.

    Messages never repeat the URL, which may hold a password.
    """
    from urllib.parse import unquote, urlsplit

    if type(value) is not str:
        raise ConfigurationError(
            f"{source} must be a proxy URL string, '' (no proxy) or None (from the environment), "
            f"got {type(value).__name__}"
        )
    text = value.strip()
    if not text:
        return DIRECT
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ConfigurationError(f"{source} is not a valid URL (check the host and port)") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ConfigurationError(
            f"{source} must be an http:// or https:// URL, got the scheme {parts.scheme!r}"
        )
    host = (parts.hostname or "").lower()
    if not host or not host.isascii() or any(c.isspace() or c in "/\\@" for c in host):
        raise ConfigurationError(
            f"{source} must name a host (ASCII, IDNA form), like http://proxy:3128"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigurationError(f"{source} must be scheme://host[:port] without a path or query")
    if port == 0:
        raise ConfigurationError(f"{source} port must be 1-65535")
    hostport = f"[{host}]" if ":" in host else host
    url = f"{scheme}://{hostport}:{port if port is not None else _DEFAULT_PORTS[scheme]}"
    if parts.username is None and parts.password is None:
        return Proxy(url)
    return Proxy(url, unquote(parts.username or ""), unquote(parts.password or ""))
