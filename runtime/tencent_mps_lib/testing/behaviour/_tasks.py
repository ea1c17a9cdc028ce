"""The emulator's tasks, and the store that finds them by TaskId and lists them by creation time.

Every task answers DescribeTaskDetail (:meth:`Task.describe`) and tells its status, failure and
``TaskSimpleInfo`` at an instant without side effects (for DescribeTasks). The store keeps the
tasks ordered by creation time, so that a listing walks only the time window it asks for, newest
first, and a page token is a position in that order (stable while tasks are added).
"""

from __future__ import annotations

import bisect
import copy
import itertools
import json
import math
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ._example import TASK_FIELDS, task_id_of
from ._kinds import subtask_label, subtask_types_of
from ._progress import Timeline, build_stage
from ._timefmt import iso_time, parse_iso
from ._workflow import WorkflowTask

__all__ = [
    "Page",
    "ProgressingTask",
    "StaticTask",
    "Task",
    "TaskQuery",
    "TaskStore",
    "task_id_of",
    "to_wire",
]

_FAILED = frozenset({"FAIL", "FAILED", "ERROR"})


class Task(Protocol):
    """Something the emulator serves and lists."""

    @property
    def task_id(self) -> str: ...

    @property
    def task_type(self) -> str: ...

    @property
    def created(self) -> float: ...

    def describe(self, now: float) -> dict[str, Any]:
        """The inner DescribeTaskDetail ``Response`` (no RequestId); one served poll."""
        ...

    def status(self, now: float) -> str:
        """WAITING, PROCESSING or FINISH, as the next DescribeTaskDetail would say."""
        ...

    def has_failed(self, now: float) -> bool:
        """Whether a subtask has failed (for DescribeTasks' SubTaskHasFailed)."""
        ...

    def summary(self, now: float) -> dict[str, Any]:
        """The task's ``TaskSimpleInfo``."""
        ...


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
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")  # a lone surrogate could not be sent
        copied = json.loads(text)
    except (TypeError, ValueError, RecursionError) as exc:
        raise TypeError(f"the task response is not JSON-serialisable: {exc}") from None
    if not isinstance(copied, dict):  # pragma: no cover - a Mapping always dumps to an object
        raise TypeError("the task response must be a JSON object")
    return copied


def _has_failure(value: Any) -> bool:
    if isinstance(value, dict):
        if str(value.get("Status", "")).upper() in _FAILED:
            return True
        return any(_has_failure(v) for k, v in value.items() if k != "Status")
    if isinstance(value, list):
        return any(_has_failure(v) for v in value)
    return False


class StaticTask:
    """A task that always answers the same response (``Emulator.add_task``).

    Its creation time is the response's ``CreateTime`` (the time it was added when it has none).
    """

    __slots__ = ("_failed", "_response", "_types", "created", "task_id", "task_type")

    def __init__(self, task_id: str, response: dict[str, Any], *, added: float) -> None:
        self.task_id = task_id
        self._response = response
        self.task_type = str(response.get("TaskType") or "WorkflowTask")
        created = parse_iso(response.get("CreateTime", ""))
        self.created = added if created is None else created
        self._failed = _has_failure(response.get(_task_field(response)))
        self._types = subtask_types_of(response)

    def describe(self, now: float) -> dict[str, Any]:
        return copy.deepcopy(self._response)

    def status(self, now: float) -> str:
        return str(self._response.get("Status") or "FINISH")

    def has_failed(self, now: float) -> bool:
        return self._failed

    def summary(self, now: float) -> dict[str, Any]:
        info: dict[str, Any] = {"TaskId": self.task_id, "TaskType": self.task_type}
        for key in ("CreateTime", "BeginProcessTime", "FinishTime"):
            if isinstance(self._response.get(key), str):
                info[key] = self._response[key]
        info.setdefault("CreateTime", iso_time(self.created))
        info["SubTaskTypes"] = list(self._types)
        return info


def _task_field(response: Mapping[str, Any]) -> str:
    return TASK_FIELDS.get(str(response.get("TaskType") or ""), "WorkflowTask")


class ProgressingTask:
    """A workflow task moving WAITING -> PROCESSING (rising Progress) -> FINISH.

    It advances one stage every ``polls_per_step`` polls, or every ``seconds_per_step`` seconds
    of the emulator's clock when that is given.
    """

    task_type = "WorkflowTask"

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
        self.created = created
        self._kinds = tuple(kinds)
        self._failed = failed
        self._polls_per_step = polls_per_step
        self._seconds_per_step = seconds_per_step
        self._final = final
        self._example = example
        self._timeline = Timeline(steps, created)
        self._polls = 0
        self._lock = threading.Lock()

    def _peek(self, now: float) -> int:
        """The stage the next poll shows, changing nothing."""
        line = self._timeline
        if self._seconds_per_step is not None:
            stage = int((now - line.created) // self._seconds_per_step)
        else:
            stage = self._polls // self._polls_per_step
        return max(0, min(stage, line.last))

    def _stage(self, now: float) -> int:
        stage = self._peek(now)
        line = self._timeline
        if self._seconds_per_step is not None:
            for s in range(1, stage + 1):
                line.started.setdefault(s, line.created + s * self._seconds_per_step)
        else:
            line.started.setdefault(stage, now)
        return stage

    def _started(self, stage: int, now: float) -> float:
        if self._seconds_per_step is not None:
            return self.created + stage * self._seconds_per_step
        return self._timeline.started.get(stage, now)

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

    def status(self, now: float) -> str:
        with self._lock:
            stage = self._peek(now)
        if stage >= self._timeline.last:
            if self._final is not None:
                return str(self._final.get("Status") or "FINISH")
            return "FINISH"
        return "PROCESSING" if stage >= 1 else "WAITING"

    def has_failed(self, now: float) -> bool:
        if self.status(now) != "FINISH":
            return False
        if self._final is not None:
            return _has_failure(self._final.get(_task_field(self._final)))
        return bool(self._failed)

    def summary(self, now: float) -> dict[str, Any]:
        with self._lock:
            stage = self._peek(now)
            begin = self._started(1, now) if stage >= 1 else None
            end = self._started(self._timeline.last, now) if stage >= self._timeline.last else None
        if end is not None and self._final is not None:
            info = StaticTask(self.task_id, self._final, added=self.created).summary(now)
            info["TaskId"] = self.task_id
            return info
        info = {
            "TaskId": self.task_id,
            "TaskType": self.task_type,
            "CreateTime": iso_time(self.created),
        }
        if begin is not None:
            info["BeginProcessTime"] = iso_time(begin)
        if end is not None:
            info["FinishTime"] = iso_time(end)
        info["SubTaskTypes"] = list(dict.fromkeys(subtask_label(k) for k in self._kinds))
        return info


# -- the store -------------------------------------------------------------------------------------

Key = tuple[float, int]


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """A DescribeTasks filter: status, failure, a creation-time window, a page."""

    status: str | None
    failed: bool | None
    earliest: float
    latest: float
    limit: int
    after: Key | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: the summaries, the number of matches, the position to go on from."""

    items: list[dict[str, Any]]
    total: int
    next_key: Key | None


class _TimedIndex:
    """Sorted start and end times of the tasks whose timeline is fixed (ProcessMedia tasks).

    Counting such tasks by status is then two bisections: at ``now``, those with ``finish <= now``
    are FINISH, those with ``begin > now`` WAITING, the others PROCESSING. (They never fail.)
    """

    def __init__(self) -> None:
        self.begins: list[float] = []
        self.finishes: list[float] = []

    def add(self, task: WorkflowTask) -> None:
        bisect.insort(self.begins, task.begin)
        bisect.insort(self.finishes, task.finish)

    def remove(self, task: WorkflowTask) -> None:
        del self.begins[bisect.bisect_left(self.begins, task.begin)]
        del self.finishes[bisect.bisect_left(self.finishes, task.finish)]

    def count(self, status: str | None, failed: bool | None, now: float) -> int:
        if failed:
            return 0
        if status is None:
            return len(self.begins)
        finished = bisect.bisect_right(self.finishes, now)
        started = bisect.bisect_right(self.begins, now)
        if status == "FINISH":
            return finished
        if status == "PROCESSING":
            return started - finished
        if status == "WAITING":
            return len(self.begins) - started
        return 0


class TaskStore:
    """Tasks by TaskId, and ordered by (creation time, insertion number); thread-safe.

    A listing walks the creation-time order newest first from its page position, and stops once
    its page is full. ``TotalCount`` needs every match in the window: when the window holds every
    task (no time bounds, nothing older than the 7 days), the ProcessMedia tasks are counted by
    bisection in :class:`_TimedIndex` and only the others (added, progressing) are looked at.
    """

    def __init__(self) -> None:
        self._tasks: dict[str, Task] = {}
        self._keys: list[Key] = []
        self._order: list[Task] = []
        self._key_of: dict[str, Key] = {}
        self._numbers = itertools.count()
        self._timed = _TimedIndex()
        self._others: dict[str, Task] = {}
        self._lock = threading.Lock()

    def put(self, task: Task) -> None:
        """Add a task, replacing one with the same TaskId."""
        with self._lock:
            self._drop(task.task_id)
            key = (task.created, next(self._numbers))
            if not math.isfinite(task.created):
                key = (0.0, key[1])
            at = bisect.bisect_right(self._keys, key)
            self._keys.insert(at, key)
            self._order.insert(at, task)
            self._tasks[task.task_id] = task
            self._key_of[task.task_id] = key
            if isinstance(task, WorkflowTask):
                self._timed.add(task)
            else:
                self._others[task.task_id] = task

    def _drop(self, task_id: str) -> bool:
        key = self._key_of.pop(task_id, None)
        if key is None:
            return False
        at = bisect.bisect_left(self._keys, key)
        task = self._order[at]
        del self._keys[at]
        del self._order[at]
        del self._tasks[task_id]
        if isinstance(task, WorkflowTask):
            self._timed.remove(task)
        else:
            del self._others[task_id]
        return True

    def get(self, task_id: str) -> Task | None:
        with self._lock:
            return self._tasks.get(task_id)

    def remove(self, task_id: str) -> bool:
        with self._lock:
            return self._drop(task_id)

    def ids(self) -> list[str]:
        with self._lock:
            return list(self._tasks)

    def __len__(self) -> int:
        with self._lock:
            return len(self._tasks)

    def __iter__(self) -> Iterator[Task]:
        with self._lock:
            return iter(list(self._order))

    def describe(self, task_id: str, clock: Callable[[], float]) -> dict[str, Any] | None:
        task = self.get(task_id)
        return None if task is None else task.describe(clock())

    def page(self, query: TaskQuery, now: float) -> Page:
        """Matching tasks, newest first, from just after ``query.after``, and the match count."""
        status, failed, limit = query.status, query.failed, query.limit

        def matches(task: Task) -> bool:
            if status is not None and task.status(now) != status:
                return False
            return failed is None or task.has_failed(now) is failed

        items: list[Task] = []
        item_keys: list[Key] = []
        more = False
        with self._lock:
            keys, order = self._keys, self._order
            low = bisect.bisect_left(keys, (query.earliest, -1))
            high = bisect.bisect_right(keys, (query.latest, math.inf))
            start = high
            if query.after is not None:
                start = min(high, bisect.bisect_left(keys, query.after))
            for at in range(start - 1, low - 1, -1):
                task = order[at]
                if not matches(task):
                    continue
                if len(items) == limit:
                    more = True
                    break
                items.append(task)
                item_keys.append(keys[at])
            if low == 0 and high == len(keys):
                total = self._timed.count(status, failed, now)
                total += sum(1 for task in self._others.values() if matches(task))
            else:
                total = sum(1 for at in range(low, high) if matches(order[at]))
            summaries = [task.summary(now) for task in items]
        return Page(summaries, total, item_keys[-1] if more and item_keys else None)
