"""What each action answers once its request has passed the checks.

The actions of the resource families that schema/ declares (``x-tc-emulation``) act on the
emulator's stores through one generic engine (``_families``). DescribeTaskDetail, ProcessMedia,
DescribeTasks and ParseNotification have their own behaviour. Every other action of the schema
answers its documented example response (its first one), or an empty success when it has none.
Requests naming a resource the stores lack (a template of a workflow, ...) are refused first. A
handler registered with :meth:`Actions.on` replaces the answer of any action, emulated ones
included.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.operation import Operation

from .._errors import EmulatorError, invalid_value
from .._schema import example_response, fit, operation, shape
from ..checks._validate import parse_body
from ._failures import Failures
from ._families import Families
from ._listing import describe_tasks
from ._process_media import MediaService
from ._task_kinds import TaskKinds
from ._tasks import TaskStore

__all__ = ["ActionHandler", "Actions"]

logger = logging.getLogger("tencent_mps.testing")

#: A user's behaviour for an action: request parameters (wire dict) -> the inner ``Response``.
ActionHandler = Callable[[dict[str, Any]], Mapping[str, Any]]


class Actions:
    """The answer of each action: a user's handler, the emulated behaviour, or the example."""

    def __init__(
        self,
        *,
        store: TaskStore,
        clock: Callable[[], float],
        media: MediaService,
        families: Families,
        kinds: TaskKinds,
        failures: Failures | None = None,
    ) -> None:
        self._failures = Failures() if failures is None else failures
        self._store = store
        self._families = families
        self._kinds = kinds
        self._clock = clock
        self._media = media
        self._custom: dict[str, ActionHandler] = {}
        self._lock = threading.Lock()
        self._builtin: dict[str, ActionHandler] = {
            "DescribeTaskDetail": self._describe_task_detail,
            "DescribeTasks": self._describe_tasks,
            "ProcessMedia": self._process_media,
            "ParseNotification": self._parse_notification,
            "ParseLiveStreamProcessNotification": self._parse_live_stream_notification,
            "ManageTask": self._manage_task,
        }

    @property
    def emulated(self) -> tuple[str, ...]:
        return tuple(self._builtin) + self._families.actions + self._kinds.actions

    def on(self, action: str, handler: ActionHandler | None) -> None:
        if operation(action) is None:
            raise ValueError(f"the schema has no action {action!r}")
        if handler is not None and not callable(handler):
            raise TypeError("the handler must be callable, or None to remove it")
        with self._lock:
            if handler is None:
                self._custom.pop(action, None)
            else:
                self._custom[action] = handler

    def answer(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        """The inner ``Response`` (no RequestId yet); raises EmulatorError for an error answer."""
        self._failures.raise_for(op.action)
        with self._lock:
            custom = self._custom.get(op.action)
        if custom is not None:
            return _checked(op, _call(op.action, custom, params))
        builtin = self._builtin.get(op.action)
        if builtin is not None:
            return dict(builtin(params))
        self._families.check_references(op.action, params)
        if self._families.handles(op.action):
            family = self._families.family_of(op.action)
            if family is not None:  # resources that tasks added since (designed voices)
                for fields in self._kinds.settle(family):
                    self._families.adopt(family, fields)
            return self._families.answer(op, params)
        if self._kinds.handles(op.action):
            answer: dict[str, Any] = shape(op.response_type, self._kinds.answer(op.action, params))
            return answer
        found = example_response(op)
        if found is None:
            return {}
        found.pop("RequestId", None)
        return found

    # -- the emulated actions --------------------------------------------------------------------

    def _describe_task_detail(self, params: dict[str, Any]) -> dict[str, Any]:
        task_id = params["TaskId"]
        if not task_id:
            raise EmulatorError(
                "InvalidParameterValue", "The value of parameter `TaskId` must not be empty."
            )
        response = self._store.describe(task_id, self._clock)
        if response is None:
            raise EmulatorError("ResourceNotFound", f"The task `{task_id}` does not exist.")
        return response

    def _describe_tasks(self, params: dict[str, Any]) -> dict[str, Any]:
        return describe_tasks(self._store, params, self._clock())

    def _process_media(self, params: dict[str, Any]) -> dict[str, Any]:
        kind = self._kinds.kind_for("ProcessMedia", params)
        if kind is None:
            return {"TaskId": self._media.submit(params, action="ProcessMedia")}
        # A kind the table declares with "when" (a ScheduleId: a ScheduleTask), which runs the
        # schedule's activities: the task keeps them, and the schedule's notification setting.
        self._media.check(params)
        request = {**self._families.scheduled(params), **params}
        return {"TaskId": self._kinds.create("ProcessMedia", request, kind=kind)}

    def _manage_task(self, params: dict[str, Any]) -> dict[str, Any]:
        """ManageTask: ``Abort`` ends a waiting task of a declared kind."""
        if params.get("OperationType") != "Abort":
            raise invalid_value("OperationType", "the only operation is Abort")
        task_id = params.get("TaskId")
        if not isinstance(task_id, str) or not task_id:
            raise invalid_value("TaskId", "must name a task")
        if self._kinds.get(task_id) is None and self._store.get(task_id) is not None:
            raise EmulatorError(
                "FailedOperation",
                f"The emulator cannot abort the task `{task_id}` (only tasks of the kinds "
                "schema/ declares in x-tc-emulation.tasks abort).",
            )
        self._kinds.abort(task_id)
        return {}

    def _parse_live_stream_notification(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._parse_notification(
            params, "ParseLiveStreamProcessNotification", "NotificationType"
        )

    def _parse_notification(
        self,
        params: dict[str, Any],
        action: str = "ParseNotification",
        kind_field: str = "EventType",
    ) -> dict[str, Any]:
        try:
            event = parse_body(params["Content"].encode("utf-8", "surrogatepass"))
        except EmulatorError:
            event = None
        if not isinstance(event, dict) or not isinstance(event.get(kind_field), str):
            raise invalid_value(
                "Content", f"not an event notification (a JSON object with {kind_field})"
            )
        answer: dict[str, Any] = fit(f"{action}Response", event)
        answer.pop("RequestId", None)
        try:
            operation(action).decode(answer)  # type: ignore[union-attr]
        except DecodeError as exc:
            raise invalid_value("Content", f"{exc.path or 'the event'}: {exc.reason}") from None
        return answer


def _call(action: str, handler: ActionHandler, params: dict[str, Any]) -> Any:
    try:
        return handler(json.loads(json.dumps(params)))
    except EmulatorError:
        raise
    except Exception as exc:
        logger.exception("the emulator's handler for %s failed", action)
        raise EmulatorError(
            "InternalError", f"The emulator's handler for {action} raised {type(exc).__name__}."
        ) from None


def _checked(op: Operation, response: Any) -> dict[str, Any]:
    """A handler's answer as a private wire dict, checked against the action's response type."""
    if not isinstance(response, Mapping):
        raise EmulatorError(
            "InternalError",
            f"The emulator's handler for {op.action} returned {type(response).__name__}, "
            "not the inner Response object.",
        )
    try:
        text = json.dumps(dict(response), ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")  # a lone surrogate cannot be sent
        copied: dict[str, Any] = json.loads(text)
        op.decode(copied)
    except (TypeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            detail = f"{exc.path or 'Response'}: {exc.reason}"
        else:
            detail = "something that is not JSON (or not valid Unicode)"
        raise EmulatorError(
            "InternalError", f"The emulator's handler for {op.action} answered {detail}."
        ) from None
    return copied
