"""The raw view of one API call: the decoded result plus what went over the wire."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[T]):
    """A successful call, for debugging: the parsed result and the final HTTP exchange.

    ``attempts`` counts every try (1 when the first one succeeded); ``elapsed`` is the wall time
    of the whole call in seconds, back-off sleeps included; ``request_id`` is the service's
    ``Response.RequestId`` (``None`` if absent). ``headers`` are the response headers of the final
    attempt (repeated headers joined with ``", "``).
    """

    parsed: T
    http_status: int
    headers: dict[str, str]
    body: bytes
    attempts: int
    elapsed: float
    request_id: str | None

    def __repr__(self) -> str:
        return (
            f"RawResponse(http_status={self.http_status}, attempts={self.attempts}, "
            f"elapsed={self.elapsed:.3f}, request_id={self.request_id!r}, "
            f"body=<{len(self.body)} bytes>, parsed={self.parsed!r})"
        )
