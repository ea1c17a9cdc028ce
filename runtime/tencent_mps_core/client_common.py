"""What the synchronous and the asynchronous clients have in common: settings and their checks.

A client is built from keyword options (:class:`~.config.ClientOptions`), checked once into a
:class:`~.config.ClientConfig`; ``with_options`` builds another client through the constructor
that shares the first one's connections and rate limiter (its "shared" state).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Self, Unpack

from .exceptions import UnknownOptionError
from .service import ServiceModel

if TYPE_CHECKING:  # imported when the first client is built (importing a client stays cheap)
    from .config import ClientConfig, ClientOptions
    from .credentials import Credentials, CredentialsProvider
    from .retry import RetryPolicy


def _option_names() -> frozenset[str]:
    """The constructor's keyword names (the keys of :class:`~.config.ClientOptions`)."""
    from .config import ClientOptions

    return frozenset(ClientOptions.__annotations__)


class ClientCommon:
    """Configuration, ``with_options`` and read-only settings of a client (sync or async)."""

    service: ClassVar[ServiceModel]

    _config: ClientConfig
    _options: ClientOptions
    _shared: Any
    #: Source of ``X-TC-Timestamp`` (seconds since the epoch); replaceable in tests.
    _clock: Callable[[], float]

    def __init__(self, *, _shared: Any = None, **options: Unpack[ClientOptions]) -> None:
        from .config import configure
        from .log import setup_from_env

        setup_from_env()
        if not isinstance(getattr(type(self), "service", None), ServiceModel):
            raise TypeError(f"{type(self).__name__} must define the class attribute 'service'")
        unknown = sorted(set(options) - _option_names())
        if unknown:
            raise UnknownOptionError(
                f"{type(self).__name__}() got unexpected keyword argument(s): {', '.join(unknown)}"
            )
        self._config = configure(self.service.endpoint, options)
        self._options = options
        self._shared = _shared if _shared is not None else self._new_shared()
        self._clock = time.time

    def _new_shared(self) -> Any:
        """The state a new client shares with the clients derived from it (pool, limiter)."""
        raise NotImplementedError

    # -- configuration -------------------------------------------------------------------------

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A client with some settings changed, built through the constructor, sharing this
        client's connection pool.

        Accepts the constructor's keywords. Credentials are resolved again only when
        ``credentials`` or ``profile`` is given; otherwise the clone keeps this client's.
        """
        unknown = sorted(set(overrides) - _option_names())
        if unknown:
            raise UnknownOptionError(
                f"with_options() got unexpected keyword argument(s): {', '.join(unknown)}"
            )
        options: ClientOptions = {**self._options}
        if "credentials" not in overrides and "profile" not in overrides:
            options["credentials"] = self._config.credentials
        if "max_attempts" in overrides or "retry_policy" in overrides:
            options.pop("max_attempts", None)
            options["retry_policy"] = self._config.retry
        options.update(overrides)
        clone = type(self)(_shared=self._shared, **options)
        clone._clock = self._clock
        return clone

    @property
    def credentials(self) -> Credentials:
        """The credentials the next request will be signed with (refreshed when temporary)."""
        return self._config.credentials.get_credentials()

    @property
    def credentials_provider(self) -> CredentialsProvider:
        return self._config.credentials

    @property
    def region(self) -> str | None:
        return self._config.region

    @property
    def endpoint(self) -> str:
        """The endpoint URL in use (normalised: ``scheme://host[:port]/``)."""
        return self._config.endpoint.url

    @property
    def connect_timeout(self) -> float:
        return self._config.connect_timeout

    @property
    def read_timeout(self) -> float:
        return self._config.read_timeout

    @property
    def timeout(self) -> float | None:
        """The bound on a whole call, attempts and back-off included (None: attempts only)."""
        return self._config.timeout

    @property
    def max_attempts(self) -> int:
        return self._config.retry.max_attempts

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._config.retry

    @property
    def language(self) -> str | None:
        return self._config.language

    @property
    def _sleep(self) -> Callable[[float], object]:
        """The sleep used between attempts and by waiters (the retry policy's; injectable)."""
        return self._config.retry.sleep

    def __repr__(self) -> str:
        c = self._config
        return (
            f"{type(self).__name__}(endpoint={c.endpoint.url!r}, region={c.region!r}, "
            f"credentials={c.credentials!r}, connect_timeout={c.connect_timeout}, "
            f"read_timeout={c.read_timeout}, timeout={c.timeout}, "
            f"max_attempts={c.retry.max_attempts}{c.transport.describe()})"
        )
