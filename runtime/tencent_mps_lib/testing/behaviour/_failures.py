"""Failures a test asks for with ``Emulator.fail_next``: the next tasks of a kind, or the next
tasks an action creates, end failed; the next calls of any other action answer an error.

One registry for the whole emulator, shared by the task kinds of the schema (``_task_kinds``),
ProcessMedia and the workflow tasks (``_process_media``) and every other action (``_actions``).
"""

from __future__ import annotations

import collections
import threading

from .._errors import EmulatorError

__all__ = ["Failures"]


class Failures:
    """Pending failures by target (an action or a task kind), each used up once, in order."""

    def __init__(self) -> None:
        self._tasks: dict[str, collections.deque[tuple[int, str]]] = {}
        self._calls: dict[str, collections.deque[tuple[str, str]]] = {}
        self._lock = threading.Lock()

    def add_task(self, target: str, *, times: int, code: int, message: str) -> None:
        """The next ``times`` tasks of kind ``target``, or created by action ``target``, end
        failed with ErrCode ``code`` and ``message``."""
        with self._lock:
            self._tasks.setdefault(target, collections.deque()).extend([(code, message)] * times)

    def add_call(self, action: str, *, times: int, code: str, message: str) -> None:
        """The next ``times`` calls of ``action`` answer the error ``code``."""
        with self._lock:
            self._calls.setdefault(action, collections.deque()).extend([(code, message)] * times)

    def take_task(self, *targets: str) -> tuple[int, str] | None:
        """The failure for a new task created by the first target (an action), else by the
        next ones (its kind); None when no failure is pending for any of them."""
        with self._lock:
            for target in targets:
                queue = self._tasks.get(target)
                if queue:
                    return queue.popleft()
        return None

    def raise_for(self, action: str) -> None:
        """Answer the error pending for a call of ``action``, if there is one."""
        with self._lock:
            queue = self._calls.get(action)
            if not queue:
                return
            code, message = queue.popleft()
        raise EmulatorError(code, message)

    def clear(self) -> None:
        with self._lock:
            self._tasks.clear()
            self._calls.clear()
