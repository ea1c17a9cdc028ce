"""ProcessMedia: the service's checks on a request, SessionId de-duplication, task creation.

The generic checks (kinds, required fields, unknown parameters) come first, in ``_validate``;
these are the ones that need the action's meaning:

- ``InputInfo.Type`` must be a documented input type, and the object it names
  (``CosInputInfo``, ``UrlInputInfo``, ...) must be there (``InvalidParameterValue.InputInfo``,
  ``MissingParameter``); a URL must be http(s);
- ``OutputStorage`` is required for a URL input, and its ``Type`` and storage object are checked
  the same way; ``OutputDir`` must start and end with ``/``;
- ``TasksPriority`` is from -10 to 10; ``SessionId`` at most 50 characters
  (``InvalidParameterValue.SessionIdTooLong``), ``SessionContext`` at most 1000
  (``InvalidParameterValue.SessionContextTooLong``); ``TaskType`` Online or Offline;
- ``TaskNotifyConfig``: a documented ``NotifyType`` and ``NotifyMode``; type URL needs an http(s)
  ``NotifyUrl``;
- at least one task (a media processing item, an AI kind, ``ScheduleId`` or ``Activities``);
  a ``Definition`` is a positive integer (``InvalidParameterValue.Definition``); an animated
  graphic ends after it starts;
- a non-empty ``SessionId`` already used by a task created in the last 3 days (emulator clock) is
  refused with ``InvalidParameterValue.SessionId``, whose message names the existing task.
"""

from __future__ import annotations

import collections
import math
import random
import threading
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final

from tencent_mps.enums import (
    MediaInputInfoType,
    ProcessMediaRequestTaskType,
    TaskNotifyConfigNotifyMode,
    TaskNotifyConfigNotifyType,
    TaskOutputStorageType,
)

from .._errors import EmulatorError, invalid_value, missing
from ._failures import Failures
from ._kinds import AI_KINDS, MEDIA_KINDS
from ._workflow import INPUT_FIELDS, NotifyTarget, WorkflowTask

__all__ = ["Durations", "MediaService", "SessionRegistry", "TaskDuration", "check_request"]

#: A SessionId blocks another request with the same one for this long (3 days).
SESSION_TTL: Final = 3 * 24 * 3600.0
MAX_SESSION_ID: Final = 50
MAX_SESSION_CONTEXT: Final = 1000
#: App ID part of the TaskIds the emulator makes.
APP_ID: Final = "1250000000"

TaskDuration = float | tuple[float, float]

_OUTPUT_FIELDS: Final[Mapping[str, tuple[str, tuple[str, ...]]]] = {
    "COS": ("CosOutputStorage", ("Bucket", "Region")),
    "AWS-S3": ("S3OutputStorage", ("S3Bucket", "S3Region")),
    "VOD": ("VODOutputStorage", ()),
}


def _values(enum: Any) -> frozenset[str]:
    return frozenset(member.value for member in enum)


def _http_url(text: object) -> bool:
    if not isinstance(text, str) or not text:
        return False
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and port != 0


# -- request checks -------------------------------------------------------------------------------


def _check_input(info: Mapping[str, Any]) -> None:
    kind = info.get("Type")
    if kind not in _values(MediaInputInfoType):
        raise invalid_value(
            "InputInfo.Type",
            f"expected one of {', '.join(sorted(_values(MediaInputInfoType)))}",
            "InvalidParameterValue.InputInfo",
        )
    field = INPUT_FIELDS[kind]
    detail = info.get(field)
    if not isinstance(detail, Mapping):
        raise missing(f"InputInfo.{field}")
    if kind == "URL" and not _http_url(detail.get("Url")):
        raise invalid_value(
            "InputInfo.UrlInputInfo.Url",
            "expected an http or https URL",
            "InvalidParameterValue.InputInfo",
        )
    if kind == "COS":
        for key in ("Bucket", "Region", "Object"):
            if not detail.get(key):
                raise invalid_value(
                    f"InputInfo.CosInputInfo.{key}",
                    "must not be empty",
                    "InvalidParameterValue.InputInfo",
                )


def _check_storage(storage: Mapping[str, Any], path: str) -> None:
    kind = storage.get("Type")
    if kind not in _values(TaskOutputStorageType):
        raise invalid_value(
            f"{path}.Type", f"expected one of {', '.join(sorted(_values(TaskOutputStorageType)))}"
        )
    field, keys = _OUTPUT_FIELDS.get(kind, ("", ()))
    if not field:
        return
    detail = storage.get(field)
    if not isinstance(detail, Mapping):
        raise missing(f"{path}.{field}")
    for key in keys:
        if not detail.get(key):
            raise missing(f"{path}.{field}.{key}")


def _check_notify(config: Mapping[str, Any]) -> None:
    kind = config.get("NotifyType")
    if kind is not None and kind != "" and kind not in _values(TaskNotifyConfigNotifyType):
        raise invalid_value(
            "TaskNotifyConfig.NotifyType",
            f"expected one of {', '.join(sorted(_values(TaskNotifyConfigNotifyType)))}",
        )
    mode = config.get("NotifyMode")
    if mode is not None and mode != "" and mode not in _values(TaskNotifyConfigNotifyMode):
        raise invalid_value(
            "TaskNotifyConfig.NotifyMode",
            f"expected one of {', '.join(sorted(_values(TaskNotifyConfigNotifyMode)))}",
        )
    if kind == "URL" and not _http_url(config.get("NotifyUrl")):
        raise invalid_value(
            "TaskNotifyConfig.NotifyUrl", "a URL notification needs an http or https NotifyUrl"
        )


def _check_items(request: Mapping[str, Any]) -> int:
    """Check every requested subtask; return how many there are."""
    count = 0
    media = request.get("MediaProcessTask") or {}
    for set_field in MEDIA_KINDS:
        for i, item in enumerate(media.get(set_field) or []):
            if not isinstance(item, Mapping):
                continue
            count += 1
            where = f"MediaProcessTask.{set_field}[{i}]"
            _check_definition(item, where)
            start, end = item.get("StartTimeOffset"), item.get("EndTimeOffset")
            if set_field.startswith("AnimatedGraphic") and not (
                isinstance(start, (int, float))
                and isinstance(end, (int, float))
                and 0 <= start < end
            ):
                raise invalid_value(
                    f"{where}.EndTimeOffset", "must be after StartTimeOffset, which is not negative"
                )
            storage = item.get("OutputStorage")
            if isinstance(storage, Mapping):
                _check_storage(storage, f"{where}.OutputStorage")
    for request_field in AI_KINDS:
        item = request.get(request_field)
        if isinstance(item, Mapping):
            count += 1
            _check_definition(item, request_field)
            storage = item.get("OutputStorage")
            if isinstance(storage, Mapping):
                _check_storage(storage, f"{request_field}.OutputStorage")
    return count


def _check_definition(item: Mapping[str, Any], where: str) -> None:
    definition = item.get("Definition")
    if definition is not None and (type(definition) is not int or definition < 1):
        raise invalid_value(
            f"{where}.Definition",
            "must be a positive template ID",
            "InvalidParameterValue.Definition",
        )


def check_request(request: Mapping[str, Any]) -> None:
    """The ProcessMedia checks beyond kinds and required fields; raises EmulatorError."""
    info = request.get("InputInfo") or {}
    _check_input(info)
    storage = request.get("OutputStorage")
    if isinstance(storage, Mapping):
        _check_storage(storage, "OutputStorage")
    elif info.get("Type") == "URL":
        raise missing("OutputStorage")
    directory = request.get("OutputDir")
    if directory is not None and not (directory.startswith("/") and directory.endswith("/")):
        raise invalid_value("OutputDir", "must start and end with /")
    priority = request.get("TasksPriority")
    if priority is not None and not -10 <= priority <= 10:
        raise invalid_value("TasksPriority", "must be from -10 to 10")
    session_id = request.get("SessionId")
    if session_id is not None and len(session_id) > MAX_SESSION_ID:
        raise invalid_value(
            "SessionId",
            f"longer than {MAX_SESSION_ID} characters",
            "InvalidParameterValue.SessionIdTooLong",
        )
    context = request.get("SessionContext")
    if context is not None and len(context) > MAX_SESSION_CONTEXT:
        raise invalid_value(
            "SessionContext",
            f"longer than {MAX_SESSION_CONTEXT} characters",
            "InvalidParameterValue.SessionContextTooLong",
        )
    task_type = request.get("TaskType")
    if task_type is not None and task_type not in _values(ProcessMediaRequestTaskType):
        raise invalid_value("TaskType", "expected Online or Offline")
    skip = request.get("SkipMateData")
    if skip is not None and skip not in (0, 1):
        raise invalid_value("SkipMateData", "expected 0 or 1")
    config = request.get("TaskNotifyConfig")
    if isinstance(config, Mapping):
        _check_notify(config)
    count = _check_items(request)
    if not count and request.get("ScheduleId") is None and not request.get("Activities"):
        raise EmulatorError(
            "InvalidParameterValue",
            "The request names no task: give MediaProcessTask items, an AI task, ScheduleId "
            "or Activities.",
        )


def notify_target(request: Mapping[str, Any]) -> NotifyTarget | None:
    config = request.get("TaskNotifyConfig")
    if not isinstance(config, Mapping) or config.get("NotifyType") != "URL":
        return None
    return NotifyTarget(
        url=str(config["NotifyUrl"]),
        key=str(config.get("NotifyKey") or ""),
        mode=str(config.get("NotifyMode") or "Finish"),
    )


# -- durations, sessions, ids ----------------------------------------------------------------------


def check_duration(value: object) -> tuple[float, float]:
    """``task_duration`` as (low, high) bounds; ValueError when it is not a valid setting."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low = high = float(value)
    elif (
        isinstance(value, (tuple, list))
        and len(value) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    ):
        low, high = float(value[0]), float(value[1])
    else:
        raise ValueError(
            f"task_duration must be seconds or a (min, max) pair of seconds, got {value!r}"
        )
    if not (math.isfinite(low) and math.isfinite(high) and 0 <= low <= high):
        raise ValueError(f"task_duration needs finite bounds with 0 <= min <= max, got {value!r}")
    return low, high


class Durations:
    """Task durations: fixed, or drawn uniformly between two bounds (reproducible with a seed)."""

    def __init__(self, task_duration: TaskDuration, seed: int | None) -> None:
        self.low, self.high = check_duration(task_duration)
        self._random = random.Random(seed)
        self._ids = random.Random(f"{seed}/task-ids") if seed is not None else None
        self._lock = threading.Lock()

    def draw(self) -> float:
        if self.low == self.high:
            return self.low
        with self._lock:
            return self._random.uniform(self.low, self.high)

    def task_id(self) -> str:
        """A new WorkflowTask ID (reproducible with a seed)."""
        if self._ids is None:
            suffix = uuid.uuid4().hex
        else:
            with self._lock:
                suffix = f"{self._ids.getrandbits(128):032x}"
        return f"{APP_ID}-WorkflowTask-{suffix}"


class SessionRegistry:
    """SessionIds of recent tasks, forgotten ``SESSION_TTL`` seconds after their task's creation."""

    def __init__(self) -> None:
        self._tasks: dict[str, tuple[float, str]] = {}
        self._expiry: collections.deque[tuple[float, str]] = collections.deque()
        self._lock = threading.Lock()

    def claim(self, session_id: str, task_id: str, now: float) -> str | None:
        """Record the session for a new task; the TaskId holding it already, if any."""
        with self._lock:
            while self._expiry and self._expiry[0][0] <= now - SESSION_TTL:
                created, old = self._expiry.popleft()
                if self._tasks.get(old, (None,))[0] == created:
                    del self._tasks[old]
            held = self._tasks.get(session_id)
            if held is not None and held[0] > now - SESSION_TTL:
                return held[1]
            self._tasks[session_id] = (now, task_id)
            self._expiry.append((now, session_id))
            return None


class MediaService:
    """Creates ProcessMedia tasks: checks, session, duration, store, notification schedule."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        durations: Durations,
        put: Callable[[WorkflowTask], None],
        schedule: Callable[[str, list[float]], None],
        references: Callable[[Mapping[str, Any]], None] = lambda request: None,
        failures: Failures | None = None,
    ) -> None:
        self._clock = clock
        self._failures = Failures() if failures is None else failures
        self._references = references
        self.durations = durations
        self._put = put
        self._schedule = schedule
        self.sessions = SessionRegistry()

    def check(self, request: Mapping[str, Any]) -> None:
        """ProcessMedia's own checks and its references (templates, schedule) for a request."""
        check_request(request)
        self._references(request)

    def submit(
        self, request: Mapping[str, Any], *, task_id: str | None = None, action: str = ""
    ) -> str:
        """Check a (kind-checked) request and create its task; returns the TaskId. ``action``
        names what creates it (``ProcessMedia``; empty for a workflow trigger): a failure
        asked for that action, or for the WorkflowTask kind, makes the task end failed."""
        self.check(request)
        now = self._clock()
        new_id = task_id or self.durations.task_id()
        session_id = request.get("SessionId") or ""
        if session_id:
            held = self.sessions.claim(session_id, new_id, now)
            if held is not None:
                raise EmulatorError(
                    "InvalidParameterValue.SessionId",
                    f"The SessionId was used by task `{held}` within the last 3 days.",
                )
        target = notify_target(request)
        task = WorkflowTask(
            new_id,
            request=request,
            created=now,
            duration=self.durations.draw(),
            notify=target,
            fail=self._failures.take_task(*filter(None, (action, WorkflowTask.task_type))),
        )
        self._put(task)
        if target is not None:
            times = [task.finish] if target.mode != "Change" else task.change_times()
            self._schedule(new_id, times)
        return new_id
