"""The record of requests the emulator received, for users' assertions."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

#: Calls kept by :class:`CallLog` (the oldest are forgotten beyond it).
MAX_CALLS = 100_000

#: Headers never recorded: they carry the signature or the session token.
SECRET_HEADERS = frozenset({"authorization", "x-tc-token"})


@dataclass(frozen=True, slots=True)
class Call:
    """One request and what the emulator did with it.

    ``outcome`` is ``"ok"`` for a task served, the error code of an error envelope
    (``"ResourceNotFound"``, ``"AuthFailure.SignatureFailure"``, ...), or the fault that replaced
    the answer (``"http_error"``, ``"reset"``, ``"malformed"``); ``"bad_request"`` is an HTTP 400
    for a body the server could not even read (bad ``Content-Length`` or chunk framing). ``fault`` names the injected
    fault that shaped the answer, if any (a ``"delay"`` fault leaves the outcome as it would be).
    ``headers`` are as received, minus ``Authorization`` and ``X-TC-Token``.
    """

    method: str
    action: str | None
    version: str | None
    task_id: str | None
    headers: dict[str, str] = field(repr=False)
    outcome: str
    fault: str | None = None
    http_status: int | None = None
    request_id: str | None = None


def public_headers(items: list[tuple[str, str]]) -> dict[str, str]:
    return {name: value for name, value in items if name.lower() not in SECRET_HEADERS}


class CallLog:
    """Thread-safe record of the last :data:`MAX_CALLS` :class:`Call` s.

    The record is bounded (an emulator may run for a long time, or be flooded): the oldest calls
    are forgotten beyond the limit; ``len()`` still counts every call since the last ``clear``.
    """

    def __init__(self, limit: int | None = None) -> None:
        self._calls: deque[Call] = deque(maxlen=MAX_CALLS if limit is None else limit)
        self._count = 0
        self._lock = threading.Lock()

    def append(self, call: Call) -> None:
        with self._lock:
            self._calls.append(call)
            self._count += 1

    def snapshot(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def __len__(self) -> int:
        with self._lock:
            return self._count

    def clear(self) -> None:
        with self._lock:
            self._calls.clear()
            self._count = 0
