"""The emulator's tasks: fixed responses, and tasks that progress per poll or over time."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ._example import task_id_of
from ._progress import Timeline, build_stage

__all__ = ["ProgressingTask", "StaticTask", "Task", "TaskStore", "task_id_of", "to_wire"]


class Task(Protocol):
    """Something the emulator can describe; each served poll calls ``describe`` once."""

    def describe(self, now: float) -> dict[str, Any]: ...


def to_wire(response: object) -> dict[str, Any]:
    """A private, JSON-clean copy of a response given as a wire dict or a model (``to_dict()``).

    Accepts the inner ``Response`` object or the whole ``{"Response": {...}}`` envelope.
    """
    to_dict = getattr(response, "to_dict", None)
    data = to_dict() if callable(to_dict) else response
    if not isinstance(data, Mapping):
        raise TypeError(
            "a task must be a wire dict (the inner Response object) or a model with to_dict(), "
            f"got {type(response).__name__}"
        )
    if set(data) == {"Response"} and isinstance(data["Response"], Mapping):
        data = data["Response"]
    try:
        copied = json.loads(json.dumps(data))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"the task response is not JSON-serialisable: {exc}") from exc
    if not isinstance(copied, dict):  # pragma: no cover - a Mapping always dumps to an object
        raise TypeError("the task response must be a JSON object")
    return copied


class StaticTask:
    """A task that always answers the same response."""

    def __init__(self, response: dict[str, Any]) -> None:
        self._response = response

    def describe(self, now: float) -> dict[str, Any]:
        return copy.deepcopy(self._response)


class ProgressingTask:
    """A workflow task moving WAITING -> PROCESSING (rising Progress) -> FINISH.

    It advances one stage every ``polls_per_step`` polls, or every ``seconds_per_step`` seconds
    of the emulator's clock when that is given.
    """

    def __init__(
        self,
        task_id: str,
        *,
        kinds: Sequence[str],
        failed: frozenset[int],
        steps: int,
        polls_per_step: int,
        seconds_per_step: float | None,
        final: dict[str, Any] | None,
        created: float,
        example: Mapping[str, Any],
    ) -> None:
        self.task_id = task_id
        self._kinds = tuple(kinds)
        self._failed = failed
        self._polls_per_step = polls_per_step
        self._seconds_per_step = seconds_per_step
        self._final = final
        self._example = example
        self._timeline = Timeline(steps, created)
        self._polls = 0
        self._lock = threading.Lock()

    def _stage(self, now: float) -> int:
        line = self._timeline
        if self._seconds_per_step is not None:
            stage = min(int((now - line.created) // self._seconds_per_step), line.last)
            stage = max(stage, 0)
            for s in range(1, stage + 1):
                line.started.setdefault(s, line.created + s * self._seconds_per_step)
            return stage
        stage = min(self._polls // self._polls_per_step, line.last)
        line.started.setdefault(stage, now)
        return stage

    def describe(self, now: float) -> dict[str, Any]:
        with self._lock:
            stage = self._stage(now)
            self._polls += 1
            if stage >= self._timeline.last and self._final is not None:
                return copy.deepcopy(self._final)
            return build_stage(
                task_id=self.task_id,
                kinds=self._kinds,
                failed=self._failed,
                stage=stage,
                timeline=self._timeline,
                example=self._example,
            )


class TaskStore:
    """Tasks by TaskId, safe to use from the server's threads."""

    def __init__(self) -> None:
        self._tasks: dict[str, Task] = {}
        self._lock = threading.Lock()

    def put(self, task_id: str, task: Task) -> None:
        with self._lock:
            self._tasks[task_id] = task

    def get(self, task_id: str) -> Task | None:
        with self._lock:
            return self._tasks.get(task_id)

    def remove(self, task_id: str) -> bool:
        with self._lock:
            return self._tasks.pop(task_id, None) is not None

    def ids(self) -> list[str]:
        with self._lock:
            return list(self._tasks)

    def describe(self, task_id: str, clock: Callable[[], float]) -> dict[str, Any] | None:
        task = self.get(task_id)
        return None if task is None else task.describe(clock())
