# generated from runtime/_runtime/client_base.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/client_base.py.
"""BaseClient: signed, retried calls of Tencent Cloud API 3.0 actions (the generated Client's base).

One call (``_call_raw``):

1. the payload is serialised once, as the official SDK does (``json.dumps``, ASCII-only);
2. each attempt is signed afresh (new ``X-TC-Timestamp``) and POSTed over the shared pool;
3. the body goes through ``envelope.load_json`` and ``envelope.unwrap``: an error envelope
   raises its typed APIError whatever the HTTP status or Content-Type;
4. a non-2xx answer without an error envelope raises HTTPError (a TransportError); a 2xx body
   that is not a valid envelope raises DecodeError; otherwise ``decode(inner)`` is returned.

Retried, with capped exponential back-off and full jitter (see ``retry``): API errors whose
class is ``retryable`` (throttling, InternalError, ServiceUnavailable, ResourceUnavailable),
HTTP 5xx and 429 without an error envelope, and network failures (refused, reset, connect and
read timeouts). There is no sleep after the final attempt. Network failures that outlast the
attempts raise TransportError with the last urllib3 exception chained as ``__cause__``.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, ClassVar, Self, TypedDict, TypeVar, Unpack

from .credentials import Credentials, resolve_credentials
from .envelope import load_json, unwrap
from .exceptions import APIError, ConfigurationError, DecodeError, TransportError
from .headers import build_headers
from .http_error import HTTPError, body_preview
from .log import logger, setup_from_env
from .raw import RawResponse
from .retry import (
    RetryPolicy,
    describe_network_error,
    is_retryable_network_error,
    is_retryable_status,
)
from .transport import Endpoint, Reply, Transport, parse_endpoint

T = TypeVar("T")

#: Languages the API accepts in ``X-TC-Language``.
LANGUAGES = frozenset({"zh-CN", "en-US"})
_REGION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class ClientOptions(TypedDict, total=False):
    """The keyword arguments ``BaseClient.with_options`` accepts (those of the constructor, plus
    ``retry_policy`` for a custom back-off)."""

    credentials: Credentials | None
    region: str | None
    endpoint: str | None
    connect_timeout: float
    read_timeout: float
    max_attempts: int
    profile: str | None
    language: str | None
    allow_http: bool
    retry_policy: RetryPolicy


_OPTION_NAMES = frozenset(ClientOptions.__annotations__)


def _check_timeout(name: str, value: object) -> float:
    if type(value) not in (int, float) or not (0 < value < math.inf):  # type: ignore[operator]
        raise ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return float(value)  # type: ignore[arg-type]


def _check_region(region: object, source: str) -> str | None:
    if region is None:
        return None
    if type(region) is not str or not _REGION_RE.fullmatch(region):
        raise ConfigurationError(
            f"region{source} must look like 'ap-guangzhou' (letters, digits, '-', '.', '_'), "
            f"got {region!r}"
        )
    return region


def _check_language(language: object) -> str | None:
    if language is None or (type(language) is str and language in LANGUAGES):
        return language
    raise ConfigurationError(
        f"language must be one of {sorted(LANGUAGES)} or None, got {language!r}"
    )


class BaseClient:
    """Base of the generated clients: configuration, credentials, pool, signing and retries.

    Thread-safe: one client may be shared by many threads. ``with_options`` derives a client
    with other settings that shares the connection pool; ``close()`` (or leaving a ``with``
    block) closes the pooled connections of the client and of every client derived from it.
    """

    service: ClassVar[str]
    default_endpoint: ClassVar[str]

    _credentials: Credentials
    _region: str | None
    _endpoint: Endpoint
    _connect_timeout: float
    _read_timeout: float
    _retry: RetryPolicy
    _language: str | None
    _allow_http: bool
    _profile: str | None
    _transport: Transport
    #: Source of ``X-TC-Timestamp`` (seconds since the epoch); replaceable in tests.
    _clock: Callable[[], float]

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        region: str | None = None,
        endpoint: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 60.0,
        max_attempts: int = 3,
        profile: str | None = None,
        language: str | None = None,
        allow_http: bool = False,
    ) -> None:
        setup_from_env()
        for attr in ("service", "default_endpoint"):
            if not isinstance(getattr(type(self), attr, None), str):
                raise TypeError(f"{type(self).__name__} must define the class attribute {attr!r}")
        if type(allow_http) is not bool:
            raise ConfigurationError(f"allow_http must be True or False, got {allow_http!r}")
        self._allow_http = allow_http
        self._connect_timeout = _check_timeout("connect_timeout", connect_timeout)
        self._read_timeout = _check_timeout("read_timeout", read_timeout)
        self._retry = RetryPolicy(max_attempts=max_attempts)
        self._language = _check_language(language)
        self._endpoint = parse_endpoint(
            self.default_endpoint if endpoint is None else endpoint, allow_http=allow_http
        )
        self._resolve(credentials, region, profile)
        self._clock = time.time
        self._transport = Transport()

    def _resolve(
        self, credentials: Credentials | None, region: str | None, profile: str | None
    ) -> None:
        _check_region(region, "")
        resolved = resolve_credentials(credentials, region=region, profile=profile)
        self._credentials = resolved.credentials
        source = "" if resolved.region == region else " (from TENCENTCLOUD_REGION or the profile)"
        self._region = _check_region(resolved.region, source)
        self._profile = profile

    # -- configuration -------------------------------------------------------------------------

    def with_options(self, **overrides: Unpack[ClientOptions]) -> Self:
        """A client with some settings changed, sharing this client's connection pool.

        Accepts the constructor's keywords plus ``retry_policy`` (custom back-off, sleep and
        random source; ``max_attempts`` given alongside wins). Credentials are resolved again
        only when ``credentials`` or ``profile`` is given; ``region`` alone keeps them.
        """
        unknown = sorted(set(overrides) - _OPTION_NAMES)
        if unknown:
            raise TypeError(
                f"with_options() got unexpected keyword argument(s): {', '.join(unknown)}"
            )
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        if "allow_http" in overrides:
            allow_http = overrides["allow_http"]
            if type(allow_http) is not bool:
                raise ConfigurationError(f"allow_http must be True or False, got {allow_http!r}")
            clone._allow_http = allow_http
        if "endpoint" in overrides or "allow_http" in overrides:
            endpoint = overrides.get("endpoint", self._endpoint.url)
            clone._endpoint = parse_endpoint(
                self.default_endpoint if endpoint is None else endpoint,
                allow_http=clone._allow_http,
            )
        if "connect_timeout" in overrides:
            clone._connect_timeout = _check_timeout("connect_timeout", overrides["connect_timeout"])
        if "read_timeout" in overrides:
            clone._read_timeout = _check_timeout("read_timeout", overrides["read_timeout"])
        if "retry_policy" in overrides:
            policy = overrides["retry_policy"]
            if not isinstance(policy, RetryPolicy):
                raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {policy!r}")
            clone._retry = policy
        if "max_attempts" in overrides:
            clone._retry = RetryPolicy(
                max_attempts=overrides["max_attempts"],
                base=clone._retry.base,
                cap=clone._retry.cap,
                sleep=clone._retry.sleep,
                random=clone._retry.random,
            )
        if "language" in overrides:
            clone._language = _check_language(overrides["language"])
        if "credentials" in overrides or "profile" in overrides:
            # As the constructor would: None credentials means "run the chain" (with the profile).
            clone._resolve(
                overrides.get("credentials"),
                overrides.get("region", self._region),
                overrides.get("profile", self._profile),
            )
        elif "region" in overrides:
            # Same credentials; region=None falls back to TENCENTCLOUD_REGION, as in __init__.
            clone._resolve(self._credentials, overrides["region"], self._profile)
        return clone

    @property
    def credentials(self) -> Credentials:
        return self._credentials

    @property
    def region(self) -> str | None:
        return self._region

    @property
    def endpoint(self) -> str:
        """The endpoint URL in use (normalised: ``scheme://host[:port]/``)."""
        return self._endpoint.url

    @property
    def connect_timeout(self) -> float:
        return self._connect_timeout

    @property
    def read_timeout(self) -> float:
        return self._read_timeout

    @property
    def max_attempts(self) -> int:
        return self._retry.max_attempts

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def language(self) -> str | None:
        return self._language

    @property
    def _sleep(self) -> Callable[[float], object]:
        """The sleep used between attempts and by waiters (the retry policy's; injectable)."""
        return self._retry.sleep

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(endpoint={self._endpoint.url!r}, region={self._region!r}, "
            f"credentials={self._credentials!r}, connect_timeout={self._connect_timeout}, "
            f"read_timeout={self._read_timeout}, max_attempts={self._retry.max_attempts})"
        )

    # -- lifecycle -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the pooled connections (shared with clients made by ``with_options``).

        The client stays usable: a later call opens new connections.
        """
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- calls ---------------------------------------------------------------------------------

    def _call(
        self,
        action: str,
        version: str,
        payload: dict[str, Any],
        decode: Callable[[dict[str, Any]], T],
    ) -> T:
        """Call ``action`` and return ``decode(Response)``; see ``_call_raw``."""
        return self._call_raw(action, version, payload, decode).parsed

    def _call_raw(
        self,
        action: str,
        version: str,
        payload: dict[str, Any],
        decode: Callable[[dict[str, Any]], T],
    ) -> RawResponse[T]:
        """Call ``action`` with retries; return the decoded result and the final HTTP exchange."""
        body = json.dumps(payload).encode("utf-8")
        max_attempts = self._retry.max_attempts
        endpoint = self._endpoint
        creds = self._credentials
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            headers = build_headers(
                credentials=creds,
                host=endpoint.netloc,
                service=self.service,
                action=action,
                version=version,
                body=body,
                timestamp=int(self._clock()),
                region=self._region,
                language=self._language,
            )
            t0 = time.perf_counter()
            try:
                reply = self._transport.send(
                    endpoint,
                    body,
                    headers,
                    connect_timeout=self._connect_timeout,
                    read_timeout=self._read_timeout,
                )
            except _network_errors() as exc:
                what = describe_network_error(exc)
                retry = attempt < max_attempts and is_retryable_network_error(exc)
                if self._after_failure(action, attempt, t0, what, None, retry):
                    continue
                raise TransportError(
                    f"{action} to {endpoint.netloc} failed: {what} "
                    f"(after {attempt} attempt{'s' if attempt > 1 else ''})",
                    attempts=attempt,
                ) from exc
            try:
                parsed, request_id = self._handle(reply, decode, action, attempt, headers)
            except APIError as exc:
                retry = attempt < max_attempts and exc.retryable
                outcome = f"HTTP {reply.status}, error {exc.code}"
                if self._after_failure(action, attempt, t0, outcome, exc.request_id, retry):
                    continue
                raise
            except HTTPError as exc:
                retry = attempt < max_attempts and is_retryable_status(exc.http_status)
                outcome = f"HTTP {reply.status} without an API envelope"
                if self._after_failure(action, attempt, t0, outcome, None, retry):
                    continue
                raise
            if logger.isEnabledFor(logging.DEBUG):
                self._log(action, attempt, t0, f"HTTP {reply.status}", request_id, "")
            return RawResponse(
                parsed=parsed,
                http_status=reply.status,
                headers=reply.headers,
                body=reply.body,
                attempts=attempt,
                elapsed=time.monotonic() - started,
                request_id=request_id,
            )

    def _handle(
        self,
        reply: Reply,
        decode: Callable[[dict[str, Any]], T],
        action: str,
        attempt: int,
        headers: dict[str, str],
    ) -> tuple[T, str | None]:
        status = reply.status
        ok = 200 <= status < 300
        try:
            inner = unwrap(load_json(reply.body), http_status=status)
        except DecodeError as exc:
            if ok:
                raise
            raise self._http_error(reply, action, attempt, headers) from exc
        if not ok:
            raise self._http_error(reply, action, attempt, headers)
        rid = inner.get("RequestId")
        return decode(inner), rid if type(rid) is str else None

    def _http_error(
        self, reply: Reply, action: str, attempt: int, headers: dict[str, str]
    ) -> HTTPError:
        auth = headers["Authorization"]
        secrets = (
            auth,
            auth.rpartition("Signature=")[2],
            self._credentials.secret_key,
            self._credentials.token or "",
        )
        preview = body_preview(reply.body, redact=secrets)
        from http import HTTPStatus

        try:
            reason = HTTPStatus(reply.status).phrase
        except ValueError:
            reason = ""
        return HTTPError(
            f"{action} to {self._endpoint.netloc}: HTTP {reply.status} {reason}".rstrip()
            + f" without an API error envelope (after {attempt} attempt{'s' if attempt > 1 else ''})"
            + (f": {preview}" if preview else ""),
            http_status=reply.status,
            body_preview=preview,
            attempts=attempt,
        )

    def _after_failure(
        self,
        action: str,
        attempt: int,
        t0: float,
        outcome: str,
        request_id: str | None,
        retry: bool,
    ) -> bool:
        """Log a failed attempt; if ``retry``, sleep the back-off and return True."""
        delay = self._retry.delay(attempt) if retry else 0.0
        if logger.isEnabledFor(logging.DEBUG):
            tail = f"; retrying in {delay:.3f} s" if retry else "; giving up"
            self._log(action, attempt, t0, outcome, request_id, tail)
        if retry:
            self._retry.sleep(delay)
        return retry

    def _log(
        self, action: str, attempt: int, t0: float, outcome: str, request_id: str | None, tail: str
    ) -> None:
        """One DEBUG line per attempt. Never includes headers, keys, tokens or signatures."""
        latency_ms = (time.perf_counter() - t0) * 1000.0
        rid = f", request id {request_id}" if request_id else ""
        logger.debug(
            "%s attempt %d/%d: %s in %.1f ms%s%s",
            action,
            attempt,
            self._retry.max_attempts,
            outcome,
            latency_ms,
            rid,
            tail,
        )


def _network_errors() -> tuple[type[BaseException], ...]:
    """What ``Transport.send`` raises for a network failure (urllib3 is imported lazily)."""
    from http.client import HTTPException

    from urllib3.exceptions import HTTPError as Urllib3Error

    return (Urllib3Error, OSError, HTTPException)
