"""The attempts of one call, free of I/O: the retry loop that both clients drive.

:func:`attempts` is a generator (see :mod:`.sansio`). It yields what it needs done, as
``(step, argument)``:

- ``SLOT, seconds``: wait for the client-side rate limiter's slot;
- ``CREDENTIALS, None``: the credentials to sign the attempt with (sent back in);
- ``SEND, Request``: send one attempt; the transport's :class:`~.transport.Reply` is sent back
  in, or the transport's exception thrown in;
- ``BACKOFF, seconds``: sleep before the next attempt (the retry policy's sleep).

It returns the call's :class:`~.raw.RawResponse`, or raises its typed error. The synchronous
client performs these steps with blocking calls, the asynchronous one awaits them: signing,
pacing, the retry decision, idempotency and the deadline are decided here, once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, NamedTuple

from . import exchange
from .exceptions import APIError, SDKError, TransportError
from .log import debug_enabled
from .raw import RawResponse
from .rawcapture import record

if TYPE_CHECKING:
    from .client_common import ClientCommon
    from .operation import Operation
    from .ratelimit import RateLimiter
    from .transport import Endpoint

__all__ = ["BACKOFF", "CREDENTIALS", "SEND", "SLOT", "Request", "Step", "attempts"]

#: What a step asks of its driver (see the module docstring).
SLOT, CREDENTIALS, SEND, BACKOFF = range(4)


class Request(NamedTuple):
    """One attempt to send: the transport's arguments."""

    endpoint: Endpoint
    body: bytes
    headers: dict[str, str]
    connect_timeout: float
    read_timeout: float
    deadline: float | None


Step = tuple[int, Any]


def attempts(
    client: ClientCommon,
    op: Operation,
    request: Any,
    timeout: float | None,
    limiter: RateLimiter,
    network_errors: Callable[[], tuple[type[BaseException], ...]],
) -> Generator[Step, Any, RawResponse[Any]]:
    """Call ``op`` with ``request``: the steps of every attempt, the result at the end.

    ``network_errors()`` names what the driver's transport raises for a failed attempt (it is
    evaluated only when an attempt failed).
    """
    config = client._config
    service = client.service
    body = exchange.encode_body(op, request)
    budget = exchange.Budget.start(timeout if timeout is not None else config.timeout)
    endpoint = config.endpoint
    rate = config.rate_for(op.action, op.rate_limit)
    attempt = 0
    while True:
        attempt += 1
        wait = limiter.reserve(op.action, rate)
        if wait > 0:
            left = budget.remaining()
            if left is not None and wait >= left:
                yield SLOT, max(left, 0.0)
                raise exchange.slot_timeout(op, wait)
            yield SLOT, wait
        creds = yield CREDENTIALS, None
        headers = exchange.sign(service, config, creds, op, body, int(client._clock()))
        t0 = time.perf_counter()
        connect_timeout, read_timeout = budget.timeouts(config)
        delay: float | None = None
        try:
            reply = yield (
                SEND,
                Request(endpoint, body, headers, connect_timeout, read_timeout, budget.deadline),
            )
            parsed, request_id = exchange.interpret(
                service, config, op, reply, attempt, exchange.secrets_of(creds, headers)
            )
        except network_errors() as exc:
            delay = exchange.retry_delay(config, op, exc, attempt, t0, budget)
            if delay is None:
                raise exchange.transport_error(op, endpoint, exc, attempt, budget) from exc
        except SDKError as exc:
            done = exchange.applied(op, exc, attempt, budget)
            if done is not None:
                record(done)
                return done
            if isinstance(exc, APIError) and exc.throttling:
                limiter.throttled(op.action)
            if isinstance(exc, (TransportError, APIError)):
                delay = exchange.retry_delay(config, op, exc, attempt, t0, budget)
            if delay is None:
                raise
        if delay is not None:  # outside the handler: the failure is not chained to what follows
            yield BACKOFF, delay
            continue
        if debug_enabled():
            exchange.log_attempt(op, config, attempt, t0, f"HTTP {reply.status}", request_id)
        raw = RawResponse(
            parsed=parsed,
            http_status=reply.status,
            headers=reply.headers,
            body=reply.body,
            attempts=attempt,
            elapsed=budget.elapsed(),
            request_id=request_id,
        )
        record(raw)
        return raw
