"""``client.with_raw_response``: any method's result together with its final HTTP exchange.

One mechanism for every method, instead of a ``_raw`` twin per method::

    raw = client.with_raw_response(client.describe_task_detail)("t-1")   # typed: RawResponse[...]
    raw = client.with_raw_response.describe_task_detail("t-1")            # the same, by name
    raw.http_status, raw.headers, raw.request_id, raw.attempts, raw.parsed

While the wrapped method runs, the client's calls record their raw responses in a context
variable (so threads and asyncio tasks do not see each other's); the wrapper returns the
method's result with the details of the last call it made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

from .exceptions import SDKError
from .raw import RawResponse

P = ParamSpec("P")
R = TypeVar("R")

_CAPTURE: ContextVar[list[RawResponse[Any]] | None] = ContextVar("tencent_mps_raw", default=None)


def record(raw: RawResponse[Any]) -> None:
    """Called by the client for each successful call: kept when a wrapper is listening."""
    slot = _CAPTURE.get()
    if slot is not None:
        slot.append(raw)


def _combine(parsed: Any, slot: list[RawResponse[Any]], name: str) -> RawResponse[Any]:
    if not slot:
        raise SDKError(f"{name} made no API call, so it has no raw response")
    return dataclasses.replace(slot[-1], parsed=parsed)


class _Wrapper:
    """What both kinds share: the client, and methods wrapped by name."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    def __call__(self, method: Any) -> Any:
        raise NotImplementedError

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return self(getattr(self._client, name))


class RawResponses(_Wrapper):
    """``client.with_raw_response`` of a synchronous client."""

    __slots__ = ()

    def __call__(self, method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
        def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
            slot: list[RawResponse[Any]] = []
            token = _CAPTURE.set(slot)
            try:
                parsed = method(*args, **kwargs)
            finally:
                _CAPTURE.reset(token)
            return _combine(parsed, slot, getattr(method, "__name__", "the method"))

        return call


class AsyncRawResponses(_Wrapper):
    """``client.with_raw_response`` of an asynchronous client: the wrapped coroutine function."""

    __slots__ = ()

    def __call__(self, method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
        async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
            slot: list[RawResponse[Any]] = []
            token = _CAPTURE.set(slot)
            try:
                parsed = await method(*args, **kwargs)
            finally:
                _CAPTURE.reset(token)
            return _combine(parsed, slot, getattr(method, "__name__", "the method"))

        return call
