"""Faults that users inject into the emulator to test how their code copes."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal, cast, get_args

FaultKind = Literal["delay", "http_error", "reset", "malformed", "throttle", "internal_error"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class Fault:
    """One injected fault and how many more matching calls it applies to (None: no end)."""

    kind: FaultKind
    remaining: int | None
    task_id: str | None = None
    delay: float | None = None
    status: int | None = None

    def matches(self, task_id: str | None) -> bool:
        return self.task_id is None or self.task_id == task_id


def make_fault(
    kind: str,
    *,
    times: int | None,
    task_id: str | None,
    delay: float | None,
    status: int | None,
) -> Fault:
    """Check the arguments of ``Emulator.inject`` and build the fault."""
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
    if times is not None and (type(times) is not int or times < 1):
        raise ValueError(f"times must be a positive integer or None, got {times!r}")
    if delay is not None and not delay >= 0:
        raise ValueError(f"delay must be a non-negative number of seconds, got {delay!r}")
    if kind == "delay" and delay is None:
        raise ValueError("the 'delay' fault needs delay=<seconds>")
    if status is not None and kind != "http_error":
        raise ValueError("status= applies only to the 'http_error' fault")
    if kind == "http_error":
        status = 503 if status is None else status
        if type(status) is not int or not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), got {status!r}")
    if task_id is not None and (type(task_id) is not str or not task_id):
        raise ValueError(f"task_id must be a non-empty string, got {task_id!r}")
    return Fault(cast(FaultKind, kind), times, task_id, delay, status)


class FaultQueue:
    """Injected faults in injection order; each call takes the first one that matches it."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(f.kind, f.remaining, f.task_id, f.delay, f.status) for f in self._faults]

    def take(self, task_id: str | None) -> Fault | None:
        """Use up one application of the first fault matching a call for ``task_id``."""
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.matches(task_id):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining == 0:
                            del self._faults[i]
                    return fault
        return None
