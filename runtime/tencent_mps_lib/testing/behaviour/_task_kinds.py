"""Task kinds: one generic engine runs the ``x-tc-emulation.tasks`` table of schema/.

Each kind (image, batch, EditMedia, AIGC video/image/audio, text to speech, 3D, ...) names the
actions that start it, its four states in its describe actions' words (waiting, running, done,
failed), and the answer of each describe action as a template: strings starting with ``$`` are
filled in from the task (``$id``, ``$status``, ``$result``, ``$progress``, ``$created``,
``$begun``, ``$finished``, ``$updated``, ``$failed``, ``$errcode``, ``$errtext``, ``$message``,
``$activity-results`` (a schedule task's activities run: :mod:`._activities`),
``$output``, ``$request.<path>``); an object with ``"$if": "done"`` appears only once the task
has succeeded; an empty value is left out. A view with ``list`` is a paged listing of the kind's
tasks (as DescribeTasks pages, with ``ScrollToken``).

A task waits, runs, then ends over the emulator's ``task_duration``, computed from the clock
when asked (no thread or timer per task). ``fail_next`` makes the next task of an action or kind
fail; ManageTask ``Abort`` ends a waiting task. Kinds with ``notify`` send the ``event``
template to a URL ``TaskNotifyConfig``, signed as ProcessMedia's events are; before it, while
the task runs, each ``progress-events`` template whose ``when`` field the request has. Each kind keeps at
most ``MAX_TASKS`` tasks, forgetting the oldest.
"""

from __future__ import annotations

import collections
import threading
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final

from tencent_mps.examples import EXAMPLES

from .._errors import EmulatorError, invalid_value
from .._schema import fit, shape, value_at
from ._failures import Failures
from ._listing import describe_tasks
from ._notify import Delivery, signed_body
from ._process_media import Durations, SessionRegistry, notify_target
from ._tasks import TaskStore
from ._timefmt import iso_time
from ._workflow import WAIT_SHARE, NotifyTarget

__all__ = ["FAIL_CODE", "MAX_TASKS", "TASK_ACTIONS", "KindTask", "TaskKinds", "load_kinds"]

#: Tasks kept per kind; the oldest is forgotten beyond this.
MAX_TASKS: Final = 100_000
#: ErrCode of a task made to fail by ``fail_next`` unless told otherwise.
FAIL_CODE: Final = 70000
_DROP: Final = object()
#: DescribeTasks' words for a task's state.
_LISTED: Final = {
    "waiting": "WAITING",
    "running": "PROCESSING",
    "done": "FINISH",
    "failed": "FINISH",
}


def load_kinds() -> dict[str, dict[str, Any]]:
    try:
        from tencent_mps import _emulation
    except ImportError:  # pragma: no cover - a package generated without the table
        return {}
    return _emulation.TASKS


class KindTask:
    """One task of a declared kind; what it shows is computed from the clock."""

    __slots__ = (
        "_fail",
        "begin",
        "created",
        "finish",
        "kind",
        "notify",
        "progress",
        "request",
        "spec",
        "task_id",
    )

    def __init__(
        self,
        task_id: str,
        *,
        kind: str,
        spec: Mapping[str, Any],
        request: dict[str, Any],
        created: float,
        duration: float,
        fail: tuple[int, str] | None,
        notify: NotifyTarget | None,
    ) -> None:
        self.task_id = task_id
        self.kind = kind
        self.spec = spec
        self.request = request
        self.created = created
        self.begin = created + duration * WAIT_SHARE
        self.finish = created + duration
        self._fail = fail
        self.notify = notify
        #: Emulator-clock time -> the event template due then, for ``progress-events``.
        self.progress: dict[float, Any] = {}

    @property
    def task_type(self) -> str:
        return self.kind

    def state(self, now: float) -> str:
        if now >= self.finish:
            return "failed" if self._fail is not None else "done"
        return "running" if now >= self.begin else "waiting"

    def abort(self, now: float) -> bool:
        """End a waiting task as failed; False when it has started."""
        if self.state(now) != "waiting":
            return False
        self._fail = (FAIL_CODE, "The task was aborted (ManageTask).")
        self.begin = self.finish = now
        return True

    def value(self, expression: str, now: float) -> Any:
        """The value of one ``$`` expression at ``now`` (None: left out)."""
        state = self.state(now)
        name, _, rest = expression[1:].partition(".")
        if name == "request":
            return value_at(self.request, rest) if rest else self.request
        if name == "id":
            return self.task_id
        if name in ("status", "result"):
            words = self.spec.get("results" if name == "result" else "states") or {}
            return words.get(state, self.spec["states"][state])
        if name == "progress":
            if state == "running":
                return int(100 * (now - self.begin) / max(self.finish - self.begin, 1e-9))
            return 100 if state == "done" else 0
        if name == "created":
            return iso_time(self.created)
        if name == "begun":
            return iso_time(self.begin) if state != "waiting" else None
        if name == "finished":
            return iso_time(self.finish) if state in ("done", "failed") else None
        if name == "updated":
            return iso_time(min(now, self.finish))
        if name == "failed":
            return state == "failed"
        failure = self._fail if state == "failed" else None
        if name == "errcode":
            return failure[0] if failure else 0
        if name == "errtext":
            return str(failure[0]) if failure else ""
        if name == "message":
            return failure[1] if failure else ""
        if name == "output":
            return self._output() if state == "done" else None
        if name == "activity-results":  # named hook: a schedule's activities, run
            from ._activities import activity_results

            return activity_results(
                self.task_id,
                self.request,
                created=self.created,
                duration=self.finish - self.created,
                fail=self._fail,
                now=now,
            )
        raise ValueError(f"unknown task expression {expression!r}")  # the table is checked

    def _output(self) -> str | None:
        given = (
            value_at(self.request, self.spec["output-from"]) if "output-from" in self.spec else None
        )
        if isinstance(given, str) and given:
            return given
        template = self.spec.get("output")
        return template.replace("{id}", self.task_id) if template else None

    def fill(self, template: Any, now: float) -> Any:
        """``template`` with its expressions filled in (``_DROP`` for a left-out object)."""
        if isinstance(template, str):
            return self.value(template, now) if template.startswith("$") else template
        if isinstance(template, dict):
            condition = template.get("$if")
            if condition is not None and self.state(now) != condition:
                return _DROP
            if "$value" in template:
                return self.fill(template["$value"], now)
            out = {}
            for key, inner in template.items():
                if key.startswith("$"):
                    continue
                value = self.fill(inner, now)
                if value is not None and value is not _DROP:
                    out[key] = value
            return out
        if isinstance(template, list):
            items = [self.fill(inner, now) for inner in template]
            return [item for item in items if item is not None and item is not _DROP]
        return template

    def view(self, action: str, now: float) -> dict[str, Any]:
        filled = self.fill(self.spec["describe"][action]["answer"], now)
        return filled if isinstance(filled, dict) else {}

    # -- the Task protocol of the task store (DescribeTaskDetail, DescribeTasks) --------------

    def describe(self, now: float) -> dict[str, Any]:
        action = next(iter(self.spec["describe"]))
        return self.view(action, now)

    def status(self, now: float) -> str:
        return _LISTED[self.state(now)]

    def has_failed(self, now: float) -> bool:
        return self.state(now) == "failed"

    def summary(self, now: float) -> dict[str, Any]:
        for view in self.spec["describe"].values():
            if "list" in view:
                filled = self.fill(view["answer"], now)
                return filled if isinstance(filled, dict) else {}
        info: dict[str, Any] = {
            "TaskId": self.task_id,
            "TaskType": self.kind,
            "CreateTime": iso_time(self.created),
        }
        for key, expression in (("BeginProcessTime", "$begun"), ("FinishTime", "$finished")):
            value = self.value(expression, now)
            if value is not None:
                info[key] = value
        info["SubTaskTypes"] = []
        return info


class TaskKinds:
    """The declared task kinds: their stores, the actions that create and read them."""

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        durations: Durations,
        tasks: TaskStore,
        schedule: Callable[[str, list[float]], None],
        failures: Failures | None = None,
        table: Mapping[str, Mapping[str, Any]] | None = None,
        sessions: SessionRegistry | None = None,
    ) -> None:
        self._clock = clock
        #: SessionIds of recent tasks, shared with ProcessMedia's: any creating request with a
        #: top-level SessionId claims it for 3 days, as ProcessMedia's does.
        self._sessions = SessionRegistry() if sessions is None else sessions
        self._durations = durations
        self._failures = Failures() if failures is None else failures
        self._schedule = schedule
        self._lock = threading.Lock()
        self._kinds = dict(load_kinds() if table is None else table)
        self._stores = {
            kind: tasks if spec.get("store") == "tasks" else TaskStore()
            for kind, spec in self._kinds.items()
        }
        self._order: dict[str, collections.deque[str]] = {
            k: collections.deque() for k in self._kinds
        }
        self._all: dict[str, KindTask] = {}
        #: family -> tasks whose kind "creates" a resource of it once done, oldest first.
        self._pending: dict[str, collections.deque[str]] = {
            spec["creates"]["family"]: collections.deque()
            for spec in self._kinds.values()
            if "creates" in spec
        }
        self._creators = {
            a: k for k, spec in self._kinds.items() if "when" not in spec for a in spec["create"]
        }
        #: action -> (request path, kind): the action makes that kind when the path is given.
        self._conditional: dict[str, list[tuple[str, str]]] = {}
        for kind, spec in self._kinds.items():
            if "when" in spec:
                for action in spec["create"]:
                    self._conditional.setdefault(action, []).append((spec["when"], kind))
        self._readers: dict[str, list[str]] = {}
        for kind, spec in self._kinds.items():
            for action in spec["describe"]:
                self._readers.setdefault(action, []).append(kind)
        self._examples: dict[tuple[str, str], dict[str, Any]] = {}
        for action in self._readers:
            asked = (EXAMPLES.get(f"{action}Request") or [{}])[0].get("TaskId")
            answered = EXAMPLES.get(f"{action}Response")
            if isinstance(asked, str) and answered:
                self._examples[(action, asked)] = dict(answered[0])

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._kinds)

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(self._creators) + tuple(self._readers)

    def handles(self, action: str) -> bool:
        return action in self._creators or action in self._readers

    def kind_of(self, action: str) -> str | None:
        return self._creators.get(action)

    def kind_for(self, action: str, params: Mapping[str, Any]) -> str | None:
        """The kind ``action`` makes for this request when a kind's ``when`` says so."""
        for path, kind in self._conditional.get(action, ()):
            if value_at(params, path) is not None:
                return kind
        return None

    def get(self, task_id: str) -> KindTask | None:
        with self._lock:
            return self._all.get(task_id)

    def __len__(self) -> int:
        with self._lock:
            return len(self._all)

    def creates_tasks(self, target: str) -> bool:
        """Whether ``target`` is a declared task kind or an action creating one."""
        return target in self._kinds or target in self._creators or target in self._conditional

    def answer(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        kind = self._creators.get(action)
        if kind is not None:
            return {"TaskId": self.create(action, params)}
        return self._describe(action, params)

    def create(self, action: str, params: Mapping[str, Any], *, kind: str | None = None) -> str:
        """A new task of the kind ``action`` makes (or of ``kind``: a trigger names no action)."""
        kind = kind or self.kind_for(action, params) or self._creators[action]
        spec = self._kinds[kind]
        task_id = f"{spec.get('id-prefix', kind + '-')}{uuid.uuid4().hex}"
        session_id = params.get("SessionId")
        if isinstance(session_id, str) and session_id:
            held = self._sessions.claim(session_id, task_id, self._clock())
            if held is not None:
                raise EmulatorError(
                    "InvalidParameterValue.SessionId",
                    f"The SessionId was used by task `{held}` within the last 3 days.",
                )
        config = value_at(params, spec["notify"]) if "notify" in spec else None
        target = notify_target({"TaskNotifyConfig": config}) if config else None
        failure = self._failures.take_task(action, kind)
        task = KindTask(
            task_id,
            kind=kind,
            spec=spec,
            request=dict(params),
            created=self._clock(),
            duration=self._durations.draw(),
            fail=failure,
            notify=target,
        )
        store = self._stores[kind]
        with self._lock:
            self._all[task_id] = task
            order = self._order[kind]
            order.append(task_id)
            while len(order) > MAX_TASKS:
                old = order.popleft()
                self._all.pop(old, None)
                store.remove(old)
        store.put(task)
        if "creates" in spec:
            with self._lock:
                pending = self._pending[spec["creates"]["family"]]
                pending.append(task_id)
                while len(pending) > MAX_TASKS:
                    pending.popleft()
        if target is not None and "event" in spec:
            times = [task.finish] if target.mode != "Change" else [task.begin, task.finish]
            events = [
                e["event"]
                for e in spec.get("progress-events", ())
                if value_at(params, e["when"]) is not None
            ]
            if events and failure is None and task.finish > task.begin:
                step = (task.finish - task.begin) / (len(events) + 1)
                task.progress = {task.begin + step * (i + 1): e for i, e in enumerate(events)}
                times[-1:-1] = list(task.progress)
            self._schedule(task_id, times)
        return task_id

    def settle(self, family: str) -> list[dict[str, Any]]:
        """The resources of ``family`` that tasks which have succeeded since the last call add
        (their kind's ``creates``); tasks that failed are forgotten, running ones kept."""
        pending = self._pending.get(family)
        if not pending:
            return []
        now = self._clock()
        made: list[dict[str, Any]] = []
        with self._lock:
            waiting: collections.deque[str] = collections.deque()
            while pending:
                task = self._all.get(pending.popleft())
                if task is None:
                    continue  # evicted
                state = task.state(now)
                if state == "done":
                    filled = task.fill(task.spec["creates"]["fields"], now)
                    if isinstance(filled, dict):
                        made.append(filled)
                elif state != "failed":
                    waiting.append(task.task_id)
            pending.extend(waiting)
        return made

    def _describe(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        now = self._clock()
        for kind in self._readers[action]:
            view = self._kinds[kind]["describe"][action]
            if "list" in view:
                page = describe_tasks(self._stores[kind], params, now)
                page[view["list"]] = page.pop("TaskSet")
                return page
        task_id = params.get("TaskId")
        if not isinstance(task_id, str) or not task_id:
            raise invalid_value("TaskId", "must not be empty")
        task = self.get(task_id)
        if task is not None and action in task.spec["describe"]:
            return task.view(action, now)
        example = self._examples.get((action, task_id))
        if example is not None:
            example.pop("RequestId", None)
            return dict(example)
        raise EmulatorError("ResourceNotFound", f"The task `{task_id}` does not exist.")

    def abort(self, task_id: str) -> None:
        """ManageTask Abort: end a waiting task."""
        task = self.get(task_id)
        if task is None:
            raise EmulatorError("ResourceNotFound", f"The task `{task_id}` does not exist.")
        if not task.abort(self._clock()):
            raise EmulatorError(
                "FailedOperation", f"The task `{task_id}` has started; only waiting tasks abort."
            )

    def delivery(self, task_id: str, due: float) -> Delivery | None:
        """The signed event of a task due at ``due`` (None: nothing to send)."""
        task = self.get(task_id)
        if task is None or task.notify is None or "event" not in task.spec:
            return None
        event = task.fill(task.progress.get(due, task.spec["event"]), due)
        if not isinstance(event, dict):
            return None
        kind = task.spec.get("event-type", "ParseNotificationResponse")
        body: dict[str, Any] = shape(kind, fit(kind, event))
        body.pop("RequestId", None)
        return Delivery(
            url=task.notify.url,
            event_type=str(body.get("EventType") or body.get("NotificationType") or task.kind),
            task_id=task_id,
            task_status=str(task.value("$status", due)),
            body=signed_body(body, now=self._clock(), key=task.notify.key),
        )


#: Every action that creates or reads a task of a declared kind.
TASK_ACTIONS: tuple[str, ...] = tuple(
    dict.fromkeys(
        action
        for spec in load_kinds().values()
        for action in [*spec["create"], *spec["describe"]]
        if action != "DescribeTaskDetail"
    )
)
