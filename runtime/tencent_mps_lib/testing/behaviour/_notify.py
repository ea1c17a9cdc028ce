"""Event notifications the emulator POSTs to a task's ``NotifyUrl``, as MPS does.

Two parts, both bounded whatever the number of tasks:

- a scheduler: one thread and one heap of due times on the emulator's clock. A task with a URL
  notification puts its next event on the heap; when the event is due its body is built (the
  task as DescribeTaskDetail shows it at that instant), handed to the delivery queue, and the
  task's following event, if any, takes its place on the heap;
- a fixed pool of delivery threads: each delivery is tried up to ``attempts`` times, with a short
  timeout per attempt and a doubling back-off (in real time: the receiver lives in real time)
  after a non-2xx answer, a refused connection or a timeout. A task's events always go to the
  same thread, so that they arrive in order.

Each finished delivery becomes a :class:`NotificationRecord`. Nothing here runs on the server's
request threads, so a slow receiver never delays an API answer.
"""

from __future__ import annotations

import contextlib
import heapq
import http.client
import itertools
import json
import logging
import queue
import socket
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from tencent_mps_lib.notifications.signature import sign

__all__ = ["Delivery", "NotificationRecord", "Notifier"]

logger = logging.getLogger("tencent_mps.testing")

#: A notification expires this long after it is sent (``Timestamp`` is the expiry time).
EXPIRY_SECONDS: Final = 600
#: Longest pause of the scheduler between two looks at the clock (an injected clock may jump).
_TICK: Final = 0.05
_USER_AGENT: Final = "tencent-mps-emulator"


@dataclass(frozen=True, slots=True)
class NotificationRecord:
    """One delivered (or abandoned) notification.

    ``body`` is exactly what was POSTed (the JSON event, signed); ``attempts`` how many times it
    was sent; ``status`` the HTTP status of the last answer (None when the last attempt got no
    answer: refused, timed out, reset); ``outcomes`` one word per attempt (``"200"``, ``"500"``,
    ``"refused"``, ``"timeout"``, ...); ``delivered`` whether a 2xx answer came. ``task_status``
    is the task's status in the event.
    """

    url: str
    event_type: str
    task_id: str
    task_status: str
    body: bytes = field(repr=False)
    attempts: int
    status: int | None
    delivered: bool
    outcomes: tuple[str, ...] = ()

    @property
    def document(self) -> dict[str, Any]:
        """The body as parsed JSON."""
        value: dict[str, Any] = json.loads(self.body)
        return value


@dataclass(frozen=True, slots=True, repr=False)
class Delivery:
    """A notification ready to send: where, and the signed body."""

    url: str
    event_type: str
    task_id: str
    task_status: str
    body: bytes


#: Builds the delivery of a task's event due at a time; None when there is nothing to send.
BuildDelivery = Callable[[str, float], Delivery | None]


def signed_body(event: dict[str, Any], *, now: float, key: str) -> bytes:
    """The JSON body of an event, with its expiry ``Timestamp`` and ``Sign``."""
    expiry = int(now) + EXPIRY_SECONDS
    document = {**event, "Timestamp": expiry, "Sign": sign(expiry, key)}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Notifier:
    """The scheduler and the delivery pool (see the module docstring)."""

    def __init__(
        self,
        clock: Callable[[], float],
        build: BuildDelivery,
        *,
        timeout: float,
        attempts: int,
        backoff: float,
        workers: int,
    ) -> None:
        self._clock = clock
        self._build = build
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.workers = workers
        self._heap: list[tuple[float, int, str, tuple[float, ...]]] = []
        self._numbers = itertools.count()
        self._wake = threading.Condition()
        self._queues: list[queue.SimpleQueue[Delivery | None]] = [
            queue.SimpleQueue() for _ in range(workers)
        ]
        self._records: list[NotificationRecord] = []
        self._done = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._open: set[http.client.HTTPConnection] = set()
        self._open_lock = threading.Lock()

    # -- scheduling ------------------------------------------------------------------------------

    def schedule(self, task_id: str, times: list[float]) -> None:
        """Send the task's events at these emulator-clock times (in order)."""
        if not times:
            return
        ordered = tuple(sorted(times))
        with self._wake:
            heapq.heappush(self._heap, (ordered[0], next(self._numbers), task_id, ordered[1:]))
            self._wake.notify()

    @property
    def pending(self) -> int:
        """Events scheduled and not yet due."""
        with self._wake:
            return len(self._heap)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self, name: str) -> None:
        self._stopping = threading.Event()
        self._threads = [threading.Thread(target=self._schedule_loop, name=f"{name}-scheduler")]
        self._threads += [
            threading.Thread(target=self._deliver_loop, args=(q,), name=f"{name}-notify-{i}")
            for i, q in enumerate(self._queues)
        ]
        for thread in self._threads:
            thread.daemon = True
            thread.start()

    def stop(self) -> None:
        self._stopping.set()
        with self._wake:
            self._wake.notify_all()
        for waiting in self._queues:
            waiting.put(None)
        with self._open_lock:
            connections = list(self._open)
        for conn in connections:  # cut attempts in flight short
            if conn.sock is not None:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []
        # Deliveries that were queued but not sent stay queued for the next start.
        for waiting in self._queues:
            leftovers: list[Delivery] = []
            while True:
                try:
                    item = waiting.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    leftovers.append(item)
            for item in leftovers:
                waiting.put(item)

    # -- the scheduler thread --------------------------------------------------------------------

    def _schedule_loop(self) -> None:
        stopping = self._stopping
        while not stopping.is_set():
            with self._wake:
                if not self._heap:
                    self._wake.wait(0.5)
                    continue
                due = self._heap[0][0]
                now = self._clock()
                if due > now:
                    self._wake.wait(min(due - now, _TICK))
                    continue
                _, _, task_id, rest = heapq.heappop(self._heap)
                if rest:
                    heapq.heappush(self._heap, (rest[0], next(self._numbers), task_id, rest[1:]))
            try:
                delivery = self._build(task_id, due)
            except Exception:  # a bug must not stop every later notification
                logger.exception("building the notification of task %s failed", task_id)
                continue
            if delivery is not None:
                self._queues[zlib.crc32(task_id.encode()) % len(self._queues)].put(delivery)

    # -- the delivery threads --------------------------------------------------------------------

    def _deliver_loop(self, waiting: queue.SimpleQueue[Delivery | None]) -> None:
        stopping = self._stopping
        while True:
            delivery = waiting.get()
            if delivery is None:
                return
            if stopping.is_set():
                waiting.put(delivery)  # keep it for the next start
                return
            self._deliver(delivery, stopping)

    def _deliver(self, delivery: Delivery, stopping: threading.Event) -> None:
        outcomes: list[str] = []
        status: int | None = None
        delivered = False
        for attempt in range(self.attempts):
            if attempt and stopping.wait(self.backoff * 2 ** (attempt - 1)):
                break
            status, outcome = self._post(delivery)
            outcomes.append(outcome)
            if status is not None and 200 <= status < 300:
                delivered = True
                break
        record = NotificationRecord(
            url=delivery.url,
            event_type=delivery.event_type,
            task_id=delivery.task_id,
            task_status=delivery.task_status,
            body=delivery.body,
            attempts=len(outcomes),
            status=status,
            delivered=delivered,
            outcomes=tuple(outcomes),
        )
        if not delivered:
            logger.debug(
                "notification of %s to %s failed: %s",
                delivery.task_id,
                delivery.url,
                ", ".join(outcomes),
            )
        with self._done:
            self._records.append(record)
            self._done.notify_all()

    def _post(self, delivery: Delivery) -> tuple[int | None, str]:
        """One attempt: (HTTP status or None, a word saying what happened)."""
        parts = urllib.parse.urlsplit(delivery.url)
        connection_class = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        try:
            conn = connection_class(parts.hostname or "", parts.port, timeout=self.timeout)
        except (ValueError, http.client.HTTPException):
            return None, "bad-url"
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        with self._open_lock:
            self._open.add(conn)
        try:
            conn.request(
                "POST",
                path,
                body=delivery.body,
                headers={"Content-Type": "application/json", "User-Agent": _USER_AGENT},
            )
            response = conn.getresponse()
            response.read(1 << 16)
            return response.status, str(response.status)
        except ConnectionRefusedError:
            return None, "refused"
        except TimeoutError:
            return None, "timeout"
        except (OSError, http.client.HTTPException) as exc:
            return None, type(exc).__name__
        finally:
            with self._open_lock:
                self._open.discard(conn)
            conn.close()

    # -- records ---------------------------------------------------------------------------------

    def records(self) -> list[NotificationRecord]:
        with self._done:
            return list(self._records)

    def clear(self) -> None:
        with self._done:
            self._records.clear()

    def wait_for(self, count: int, timeout: float) -> list[NotificationRecord]:
        """Block until ``count`` deliveries have ended (delivered or given up); return them all."""
        deadline = time.monotonic() + timeout
        with self._done:
            while len(self._records) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{len(self._records)} of {count} notifications ended within {timeout} s"
                        + ("" if self._threads else " (the emulator is not running)")
                    )
                self._done.wait(left)
            return list(self._records)
