"""Client settings: what the constructor accepts, checked once, kept as one immutable record."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict

from .credentials import CredentialsProvider, resolve_credentials
from .exceptions import ConfigurationError
from .proxy import Proxy, parse_proxy
from .retry import RetryPolicy
from .tls import check_ca_bundle
from .transport import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_SETTINGS,
    Endpoint,
    TransportSettings,
    parse_endpoint,
)

#: Languages the API accepts in ``X-TC-Language``.
LANGUAGES = frozenset({"zh-CN", "en-US"})
_REGION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of a client's constructor, which ``with_options`` also accepts."""

    credentials: CredentialsProvider | None
    region: str | None
    endpoint: str | None
    connect_timeout: float
    read_timeout: float
    timeout: float | None
    max_attempts: int
    retry_policy: RetryPolicy | None
    profile: str | None
    language: str | None
    allow_http: bool
    rate_limits: Mapping[str, float | None] | None
    rate_limit_share: float | None
    #: Largest response body accepted, in bytes (default 32 MiB); a larger one raises
    #: ResponseTooLargeError without being read.
    max_body_size: int
    #: None (default): the environment's proxies; "": no proxy; else ``http(s)://[user:pw@]host:port``
    #: used for every request of the client (see :mod:`.proxy`).
    proxy: str | None
    #: A PEM file of CA certificates trusted instead of the system store (see :mod:`.tls`).
    ca_bundle: str | os.PathLike[str] | None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Every setting of a client, validated."""

    credentials: CredentialsProvider
    credentials_source: str
    region: str | None
    endpoint: Endpoint
    connect_timeout: float
    read_timeout: float
    timeout: float | None
    retry: RetryPolicy
    profile: str | None
    language: str | None
    allow_http: bool
    rate_limits: Mapping[str, float | None]
    rate_limit_share: float | None
    #: Proxy, trust store and body cap, as the transport takes them.
    transport: TransportSettings = DEFAULT_SETTINGS

    @property
    def max_body_size(self) -> int:
        """The largest response body accepted, in bytes."""
        return self.transport.max_body_size

    @property
    def proxy(self) -> str | None:
        """The ``proxy`` option, checked: None (the environment's proxies), "" (no proxy), or
        the proxy URL, credentials included (secret: never show it; ``transport.proxy`` is the
        parsed form, with a masked repr)."""
        proxy = self.transport.proxy
        return None if proxy is None else proxy.url_with_credentials

    @property
    def ca_bundle(self) -> str | None:
        """The PEM file of trusted CA certificates (absolute path), or None: the system store."""
        return self.transport.ca_bundle

    def rate_for(self, action: str, documented: float | None) -> float | None:
        """Requests per second this client allows itself for ``action`` (None: no limit).

        An action without a documented quota gets ``math.inf``: no limit until the service
        answers that it throttles, then the limiter's back-off from its default quota.
        """
        if action in self.rate_limits:
            return self.rate_limits[action]
        if self.rate_limit_share is None:
            return None
        if documented is None:
            return math.inf
        return documented * self.rate_limit_share


def check_rate_limits(
    limits: object, share: object
) -> tuple[dict[str, float | None], float | None]:
    """``rate_limits``: action -> requests per second (> 0) or None; ``rate_limit_share``: a
    fraction of the documented limits (> 0), or None to turn the client-side limiter off."""
    if share is not None and (
        type(share) not in (int, float) or not (0 < share < math.inf)  # type: ignore[operator]
    ):
        raise ConfigurationError(
            f"rate_limit_share must be a number > 0 (a share of the documented limits) or None, "
            f"got {share!r}"
        )
    checked: dict[str, float | None] = {}
    if limits is not None:
        if not isinstance(limits, Mapping):
            raise ConfigurationError(
                f"rate_limits must map action names to requests per second, got {limits!r}"
            )
        for action, rate in limits.items():
            if type(action) is not str or not action:
                raise ConfigurationError(f"rate_limits keys must be action names, got {action!r}")
            if rate is not None and (type(rate) not in (int, float) or not (0 < rate <= math.inf)):
                raise ConfigurationError(
                    f"rate_limits[{action!r}] must be requests per second > 0 or None, got {rate!r}"
                )
            checked[action] = None if rate is None else float(rate)
    return checked, None if share is None else float(share)  # type: ignore[arg-type]


def check_timeout(name: str, value: object, *, optional: bool = False) -> float | None:
    """A finite number of seconds > 0 (or None when ``optional``)."""
    if value is None and optional:
        return None
    if type(value) not in (int, float) or not (0 < value < math.inf):  # type: ignore[operator]
        raise ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return float(value)  # type: ignore[arg-type]


def check_region(region: object, source: str = "") -> str | None:
    if region is None:
        return None
    if type(region) is not str or not _REGION_RE.fullmatch(region):
        raise ConfigurationError(
            f"region{source} must look like 'ap-guangzhou' (letters, digits, '-', '.', '_'), "
            f"got {region!r}"
        )
    return region


def check_language(language: object) -> str | None:
    if language is None or (type(language) is str and language in LANGUAGES):
        return language
    raise ConfigurationError(
        f"language must be one of {sorted(LANGUAGES)} or None, got {language!r}"
    )


def check_max_body_size(value: object) -> int:
    """A whole number of bytes >= 1."""
    if type(value) is not int or value < 1:
        raise ConfigurationError(
            f"max_body_size must be a whole number of bytes >= 1, got {value!r}"
        )
    return value


def check_proxy(value: object) -> Proxy | None:
    """None (the environment decides), "" (no proxy) or a proxy URL; see :mod:`.proxy`."""
    return None if value is None else parse_proxy(value)


def _check_optional_str(name: str, value: object) -> None:
    if value is not None and type(value) is not str:
        raise ConfigurationError(f"{name} must be a string or None, got {type(value).__name__}")


def configure(default_endpoint: str, options: ClientOptions) -> ClientConfig:
    """Validate the constructor's keyword arguments and resolve credentials and region."""
    allow_http = options.get("allow_http", False)
    if type(allow_http) is not bool:
        raise ConfigurationError(f"allow_http must be True or False, got {allow_http!r}")
    for name in ("endpoint", "region", "profile", "language"):
        _check_optional_str(name, options.get(name))
    policy = options.get("retry_policy")
    if policy is not None and not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {policy!r}")
    if "max_attempts" in options:
        base = policy or RetryPolicy()
        policy = base.with_attempts(options["max_attempts"])
    endpoint = parse_endpoint(
        default_endpoint if options.get("endpoint") is None else str(options.get("endpoint")),
        allow_http=allow_http,
    )
    connect_timeout = check_timeout("connect_timeout", options.get("connect_timeout", 5.0))
    read_timeout = check_timeout("read_timeout", options.get("read_timeout", 60.0))
    timeout = check_timeout("timeout", options.get("timeout"), optional=True)
    language = check_language(options.get("language"))
    rate_limits, rate_limit_share = check_rate_limits(
        options.get("rate_limits"), options.get("rate_limit_share", 1.0)
    )
    transport = TransportSettings(
        proxy=check_proxy(options.get("proxy")),
        ca_bundle=check_ca_bundle(options.get("ca_bundle")),
        max_body_size=check_max_body_size(options.get("max_body_size", DEFAULT_MAX_BODY_SIZE)),
    )
    region = check_region(options.get("region"))
    profile = options.get("profile")
    resolved = resolve_credentials(options.get("credentials"), region=region, profile=profile)
    source = "" if resolved.region == region else " (from TENCENTCLOUD_REGION or the profile)"
    assert connect_timeout is not None and read_timeout is not None
    return ClientConfig(
        credentials=resolved.credentials,
        credentials_source=resolved.source,
        region=check_region(resolved.region, source),
        endpoint=endpoint,
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        timeout=timeout,
        retry=policy or RetryPolicy(),
        profile=profile,
        language=language,
        allow_http=allow_http,
        rate_limits=rate_limits,
        rate_limit_share=rate_limit_share,
        transport=transport,
    )
