"""``Emulator``: a local stand-in for the MPS API, every action of the schema, on a real socket."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, ClassVar, TypeGuard

from tencent_mps_core.credentials import Credentials

from ._errors import EmulatorError
from ._schema import OPERATIONS, operation
from ._service import Service
from .behaviour._actions import ActionHandler, Actions
from .behaviour._example import EXAMPLE_RESPONSE, EXAMPLE_TASK_ID
from .behaviour._failures import Failures
from .behaviour._families import FAMILY_ACTIONS, Families
from .behaviour._notify import Delivery, NotificationRecord, Notifier, signed_body
from .behaviour._process_media import Durations, MediaService, TaskDuration
from .behaviour._progress import SUBTASK_KINDS
from .behaviour._task_kinds import FAIL_CODE, TASK_ACTIONS, TaskKinds
from .behaviour._tasks import ProgressingTask, StaticTask, TaskStore, task_id_of, to_wire
from .behaviour._workflow import WorkflowTask
from .checks._auth import MAX_CLOCK_SKEW, KeyPairLike, key_table
from .checks._ratelimit import DOCUMENTED, ActionLimits, RateLimit
from .checks._validate import check_parameters
from .server._calls import Call, CallLog
from .server._faults import FaultQueue, make_fault
from .server._handler import EmulatorServer
from .server._protocol import ACTION, VERSION

#: The key pair accepted when none is given. It is an example, not a secret: print it freely.
EXAMPLE_CREDENTIALS = Credentials(
    "AKIDEMULATOREXAMPLE00000000000000000", "emulator-example-secret-key-0000"
)
#: Duration of a ProcessMedia task unless ``task_duration`` says otherwise (seconds).
DEFAULT_TASK_DURATION = 5.0


class _EmulatorServer6(EmulatorServer):
    address_family = socket.AF_INET6


class Emulator:
    """A local MPS endpoint speaking the API's wire protocol to any client, the official SDK's too.

    It listens on ``host:port`` (a free loopback port by default) in a background thread,
    verifies TC3-HMAC-SHA256 signatures and timestamps, enforces each action's quota, checks
    every request as the service does, and answers every action of the schema:

    - **ProcessMedia** creates a WorkflowTask whose results mirror the request (one result per
      requested transcode, snapshot, sprite, ... with outputs in the output storage and
      directory; minimal results for AI kinds). It is WAITING, then PROCESSING with rising
      progress, then FINISH over ``task_duration`` seconds of the emulator clock. A SessionId
      used in the last 3 days by any task-creating request (ProcessMedia, a schedule task,
      EditMedia, ProcessLiveStream: whatever request has one) is refused
      (``InvalidParameterValue.SessionId``). With a URL
      ``TaskNotifyConfig`` the emulator POSTs signed event notifications to ``NotifyUrl``
      (see :attr:`notifications`).
    - **DescribeTaskDetail** serves every task: the API doc's example (``EXAMPLE_TASK_ID``)
      unless ``include_example=False``, those of :meth:`add_task`, :meth:`add_progressing_task`
      and ProcessMedia.
    - **DescribeTasks** lists them by status, newest first, paged with ``ScrollToken``.
    - **ParseNotification** decodes a notification's JSON.
    - Any other action answers its documented example response, or an empty success; register
      your own behaviour with :meth:`on`.

    ``credentials`` is one key pair or a sequence of them (anything with ``secret_id`` and
    ``secret_key``, and optionally ``token``); it defaults to :attr:`DEFAULT_CREDENTIALS`.
    ``rate_limit`` is ``"documented"`` (each action's documented quota per second, as
    ``Operation.rate_limit`` says), an integer (that many per second for each action) or None
    (no limit). ``task_duration`` is seconds, or ``(min, max)`` to draw each task's duration at
    random between the bounds, reproducibly with ``seed``. ``clock`` (seconds since the epoch)
    drives the timestamp check, the quota window, task progress, SessionId expiry and the
    notification schedule, so tests can move time by hand. ``notify_timeout`` (seconds per
    attempt), ``notify_attempts`` and ``notify_backoff`` (seconds before the first retry,
    doubling) shape notification delivery, done by ``notify_workers`` threads.

    The emulator keeps no thread or timer per task: a task's state is computed from the clock
    when asked, so it holds tens of thousands of tasks cheaply.
    """

    DEFAULT_CREDENTIALS: ClassVar[Credentials] = EXAMPLE_CREDENTIALS
    EXAMPLE_TASK_ID: ClassVar[str] = EXAMPLE_TASK_ID
    ACTION: ClassVar[str] = ACTION
    VERSION: ClassVar[str] = VERSION
    SUBTASK_KINDS: ClassVar[tuple[str, ...]] = SUBTASK_KINDS
    #: Every action the emulator answers (the schema's).
    ACTIONS: ClassVar[tuple[str, ...]] = tuple(OPERATIONS)
    #: The actions with emulated behaviour; the others answer their documented example.
    EMULATED_ACTIONS: ClassVar[tuple[str, ...]] = tuple(
        dict.fromkeys(
            (
                "DescribeTaskDetail",
                "DescribeTasks",
                "ParseNotification",
                "ParseLiveStreamProcessNotification",
                "ProcessMedia",
                "ManageTask",
                *FAMILY_ACTIONS,
                *TASK_ACTIONS,
            )
        )
    )
    DEFAULT_TASK_DURATION: ClassVar[float] = DEFAULT_TASK_DURATION

    def __init__(
        self,
        *,
        credentials: KeyPairLike | Sequence[KeyPairLike] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: RateLimit = DOCUMENTED,
        clock: Callable[[], float] = time.time,
        verify_signatures: bool = True,
        include_example: bool = True,
        max_clock_skew: float = MAX_CLOCK_SKEW,
        task_duration: TaskDuration = DEFAULT_TASK_DURATION,
        seed: int | None = None,
        notify_timeout: float = 2.0,
        notify_attempts: int = 4,
        notify_backoff: float = 0.2,
        notify_workers: int = 4,
    ) -> None:
        if type(port) is not int or not 0 <= port <= 65535:
            raise ValueError(f"port must be an integer from 0 to 65535, got {port!r}")
        if seed is not None and type(seed) is not int:
            raise ValueError(f"seed must be an integer or None, got {seed!r}")
        if not (isinstance(notify_timeout, (int, float)) and notify_timeout > 0):
            raise ValueError(f"notify_timeout must be positive, got {notify_timeout!r}")
        if type(notify_attempts) is not int or notify_attempts < 1:
            raise ValueError(f"notify_attempts must be a positive integer, got {notify_attempts!r}")
        if not (isinstance(notify_backoff, (int, float)) and notify_backoff >= 0):
            raise ValueError(f"notify_backoff must not be negative, got {notify_backoff!r}")
        if type(notify_workers) is not int or not 1 <= notify_workers <= 64:
            raise ValueError(f"notify_workers must be from 1 to 64, got {notify_workers!r}")
        limits = ActionLimits(rate_limit, clock)
        self._host = host
        self._requested_port = port
        self._clock = clock
        self._tasks = TaskStore()
        self._faults = FaultQueue()
        self._calls = CallLog()
        self._notifier = Notifier(
            clock,
            self._delivery,
            timeout=float(notify_timeout),
            attempts=notify_attempts,
            backoff=float(notify_backoff),
            workers=notify_workers,
        )
        self._families = Families(clock)
        self._failures = Failures()
        self._media = MediaService(
            failures=self._failures,
            clock=clock,
            durations=Durations(task_duration, seed),
            put=self._tasks.put,
            schedule=self._notifier.schedule,
            references=lambda request: self._families.check_references("ProcessMedia", request),
        )
        self._kinds = TaskKinds(
            clock=clock,
            durations=self._media.durations,
            tasks=self._tasks,
            schedule=self._notifier.schedule,
            failures=self._failures,
            sessions=self._media.sessions,
        )
        self._actions = Actions(
            failures=self._failures,
            store=self._tasks,
            clock=clock,
            media=self._media,
            families=self._families,
            kinds=self._kinds,
        )
        self._service = Service(
            keys=key_table(_as_list(credentials)),
            actions=self._actions,
            limits=limits,
            clock=clock,
            verify_signatures=verify_signatures,
            max_clock_skew=max_clock_skew,
        )
        self._server: EmulatorServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        if include_example:
            self.add_task(EXAMPLE_RESPONSE)

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Emulator:
        """Bind and serve in daemon threads; returns self. A stopped emulator may start again."""
        with self._lock:
            if self._server is not None:
                raise RuntimeError("the emulator is already running")
            server_class = _EmulatorServer6 if ":" in self._host else EmulatorServer
            self._stopping = threading.Event()
            server = server_class(
                (self._host, self._requested_port),
                service=self._service,
                faults=self._faults,
                calls=self._calls,
                stopping=self._stopping,
            )
            name = f"tencent-mps-emulator:{server.server_address[1]}"
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=name,
                daemon=True,
            )
            thread.start()
            self._notifier.start(name)
            self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; does nothing if not running.

        Notifications not yet due stay scheduled, and are sent after the next :meth:`start`.
        """
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None:
            return
        self._stopping.set()
        # Shutting the listening socket down wakes the serve loop's select() at once (Linux);
        # elsewhere the loop notices the shutdown request within its poll interval.
        with contextlib.suppress(OSError):
            server.socket.shutdown(socket.SHUT_RDWR)
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._notifier.stop()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        """The port listened on (the one chosen by the system when 0 was asked for)."""
        server = self._server
        if server is None:
            raise RuntimeError("the emulator is not running; call start() or use `with`")
        return int(server.server_address[1])

    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:PORT``: what a client's endpoint setting should be."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    def __repr__(self) -> str:
        where = self.endpoint if self.running else "not running"
        return f"<Emulator {where}, {len(self._tasks)} tasks>"

    # -- actions -------------------------------------------------------------------------------

    def on(self, action: str, handler: ActionHandler | None) -> None:
        """Answer ``action`` with ``handler`` from now on (None: back to the default answer).

        ``handler(params)`` gets the request's parameters (a wire dict, already checked against
        the schema) and returns the inner ``Response`` object as a wire dict (a RequestId is
        added), or raises :class:`EmulatorError` to answer an error envelope with its code and
        message. An answer the action's response model cannot decode, or any other exception,
        becomes an ``InternalError`` answer. Any action of the schema can be given a handler,
        the emulated ones included; a name the schema does not have raises ValueError.
        """
        self._actions.on(action, handler)

    def process_media(self, request: object, *, task_id: str | None = None) -> str:
        """Create a task as a ProcessMedia call would, without HTTP; returns its TaskId.

        ``request`` is the request's wire dict or a ``ProcessMediaRequest`` model. It goes
        through the same checks as a call (raising :class:`EmulatorError` with the code the
        service would answer), but not through signing or the quota: handy to set up many
        tasks quickly.
        """
        op = operation("ProcessMedia")
        assert op is not None
        to_dict = getattr(request, "to_dict", None)
        params = to_dict() if callable(to_dict) else request
        if not isinstance(params, Mapping):
            raise TypeError("request must be a wire dict or a ProcessMediaRequest model")
        params = dict(params)
        check_parameters(op, params)
        return self._media.submit(params, task_id=task_id)

    # -- tasks ---------------------------------------------------------------------------------

    def add_task(self, response: object, *, task_id: str | None = None) -> str:
        """Serve ``response`` for a task; returns its TaskId.

        ``response`` is the inner ``Response`` object as a wire dict (or the whole envelope), or
        a model with ``to_dict()``. The TaskId is read from the task detail the ``TaskType``
        names (``WorkflowTask.TaskId``, ``EditMediaTask.TaskId``, ...) unless ``task_id`` is
        given. A task with the same id is replaced. Each call answers a fresh RequestId.
        DescribeTasks lists it by the response's ``Status`` and ``CreateTime`` (the time it was
        added when the response has none).
        """
        wire = to_wire(response)
        tid = task_id if task_id is not None else task_id_of(wire)
        if not _is_task_id(tid):
            raise ValueError("no TaskId found in the response; pass task_id=")
        self._tasks.put(StaticTask(tid, wire, added=self._clock()))
        return tid

    def add_progressing_task(
        self,
        task_id: str | None = None,
        *,
        subtasks: int | Sequence[str] = 1,
        steps: int = 4,
        polls_per_step: int = 1,
        seconds_per_step: float | None = None,
        fail_subtasks: Iterable[int] = (),
        final: object | None = None,
    ) -> str:
        """Add a workflow task that runs WAITING -> PROCESSING -> FINISH; returns its TaskId.

        ``subtasks`` is a number of Transcode subtasks or a list of subtask kinds (any of
        :attr:`SUBTASK_KINDS`). The task is WAITING, then PROCESSING for ``steps`` stages in
        which Transcode subtasks report a rising ``Progress``, then FINISH. It moves one stage
        per ``polls_per_step`` answered DescribeTaskDetail polls, or, when ``seconds_per_step``
        is given, per that many seconds of the emulator clock since it was added. The subtasks
        whose indexes are in ``fail_subtasks`` end with Status FAIL and a non-zero ErrCode (and
        DescribeTasks counts the task as one whose subtask failed); the others with SUCCESS and
        an output file. ``final`` (a wire dict or model) replaces the generated finished
        response. (ProcessMedia tasks follow ``task_duration`` instead.)
        """
        kinds = ["Transcode"] * subtasks if isinstance(subtasks, int) else list(subtasks)
        if isinstance(subtasks, int) and subtasks < 0:
            raise ValueError("subtasks must not be negative")
        unknown = [k for k in kinds if k not in SUBTASK_KINDS]
        if isinstance(subtasks, str) or unknown:
            raise ValueError(
                f"unknown subtask kind(s) {unknown or subtasks!r}; use {SUBTASK_KINDS}"
            )
        failed = frozenset(fail_subtasks)
        if any(type(i) is not int or not 0 <= i < len(kinds) for i in failed):
            raise ValueError(
                f"fail_subtasks must be indexes below {len(kinds)}, got {sorted(failed)}"
            )
        if type(steps) is not int or steps < 1:
            raise ValueError(f"steps must be a positive integer, got {steps!r}")
        if type(polls_per_step) is not int or polls_per_step < 1:
            raise ValueError(f"polls_per_step must be a positive integer, got {polls_per_step!r}")
        if seconds_per_step is not None and not seconds_per_step > 0:
            raise ValueError(f"seconds_per_step must be positive, got {seconds_per_step!r}")
        final_wire = to_wire(final) if final is not None else None
        tid = task_id
        if tid is None and final_wire is not None:
            tid = task_id_of(final_wire)
        if tid is None:
            tid = f"1250000000-WorkflowTask-{uuid.uuid4().hex}"
        if not _is_task_id(tid):
            raise ValueError(f"task_id must be a non-empty string, got {tid!r}")
        task = ProgressingTask(
            tid,
            kinds=kinds,
            failed=failed,
            steps=steps,
            polls_per_step=polls_per_step,
            seconds_per_step=seconds_per_step,
            final=final_wire,
            created=self._clock(),
            example=EXAMPLE_RESPONSE,
        )
        self._tasks.put(task)
        return tid

    def remove_task(self, task_id: str) -> bool:
        """Forget a task (it answers ResourceNotFound from then on); False if unknown."""
        return self._tasks.remove(task_id)

    @property
    def task_ids(self) -> list[str]:
        return self._tasks.ids()

    @property
    def task_count(self) -> int:
        return len(self._tasks)

    def finish_time(self, task_id: str) -> float | None:
        """When a task made by ProcessMedia finishes, on the emulator clock (None: unknown task,
        or a task that does not finish on its own schedule)."""
        task = self._tasks.get(task_id)
        finish = getattr(task, "finish", None)
        return float(finish) if isinstance(finish, (int, float)) else None

    # -- notifications -------------------------------------------------------------------------

    @property
    def notifications(self) -> list[NotificationRecord]:
        """Notification deliveries that have ended (delivered or given up), oldest first."""
        return self._notifier.records()

    def wait_for_notifications(self, count: int, timeout: float = 10.0) -> list[NotificationRecord]:
        """Wait until ``count`` deliveries have ended; returns all of them (oldest first).

        Raises TimeoutError when fewer have ended after ``timeout`` seconds. Deliveries run
        while the emulator is started; a task's event is due on the emulator clock.
        """
        return self._notifier.wait_for(count, timeout)

    def clear_notifications(self) -> None:
        self._notifier.clear()

    def _delivery(self, task_id: str, due: float) -> Delivery | None:
        if self._kinds.get(task_id) is not None:
            return self._kinds.delivery(task_id, due)
        task = self._tasks.get(task_id)
        if not isinstance(task, WorkflowTask) or task.notify is None:
            return None
        event = task.event(due)
        workflow: Mapping[str, Any] = event.get("WorkflowTaskEvent") or {}
        return Delivery(
            url=task.notify.url,
            event_type=str(event["EventType"]),
            task_id=task_id,
            task_status=str(workflow.get("Status", "")),
            body=signed_body(event, now=self._clock(), key=task.notify.key),
        )

    # -- task kinds, failures and triggers -------------------------------------------------------

    @property
    def task_kinds(self) -> tuple[str, ...]:
        """The kinds of task schema/ declares (``x-tc-emulation.tasks``): ImageTask, ..."""
        return self._kinds.kinds

    def fail_next(
        self,
        action_or_kind: str,
        *,
        times: int = 1,
        code: int | str | None = None,
        message: str | None = None,
    ) -> None:
        """Make the next ``times`` tasks, or calls, fail.

        - A task kind (``"AigcVideoTask"``, ``"WorkflowTask"``, see :attr:`task_kinds`) or an
          action creating tasks (``"ProcessImage"``, ``"ProcessMedia"``): the next tasks end
          failed, with ErrCode ``code`` (an integer, default ``FAIL_CODE``) and ``message``
          where their describe action and notifications show an error. The call itself
          succeeds. ``"WorkflowTask"`` also covers tasks started by :meth:`upload`.
        - Any other action (``"CreateTranscodeTemplate"``): the next calls that pass the
          request checks answer the error ``code`` (a string, default ``FailedOperation``).
        """
        if type(times) is not int or times < 1:
            raise ValueError(f"times must be a positive integer, got {times!r}")
        if self._kinds.creates_tasks(action_or_kind) or action_or_kind in _MEDIA_TASKS:
            if code is not None and type(code) is not int:
                raise ValueError(f"a task's code is an integer ErrCode, got {code!r}")
            self._failures.add_task(
                action_or_kind,
                times=times,
                code=FAIL_CODE if code is None else code,
                message=str(message or "The emulator failed this task, as asked (fail_next)."),
            )
        elif operation(action_or_kind) is not None:
            if code is not None and (type(code) is not str or not code):
                raise ValueError(f"an action's code is an error code string, got {code!r}")
            self._failures.add_call(
                action_or_kind,
                times=times,
                code=code or "FailedOperation",
                message=str(message or "The emulator failed this call, as asked (fail_next)."),
            )
        else:
            raise ValueError(
                f"{action_or_kind!r} is neither an action of the schema nor a task kind "
                f"({', '.join([*self.task_kinds, *_MEDIA_TASKS])})"
            )

    def upload(self, bucket: str, region: str, key: str) -> list[str]:
        """A file lands in COS: start a WorkflowTask for every enabled workflow it triggers, and
        a ScheduleTask for every enabled schedule it triggers.

        A workflow is triggered when its ``Trigger`` is a ``CosFileUpload`` of ``bucket`` and
        ``region`` whose ``Dir`` (if any) holds ``key`` and whose ``Formats`` (if any) name the
        file's extension. Each task is made as a ProcessMedia call with the workflow's settings
        would make it. Returns the new TaskIds (none when no workflow is triggered).
        """
        path = key if key.startswith("/") else f"/{key}"
        started: list[str] = []
        for flow in self._families.resources("Workflow"):
            if flow.get("Status") != "Enabled" or not _triggered(flow, bucket, region, path):
                continue
            request = {k: v for k, v in flow.items() if k in _WORKFLOW_TASK_FIELDS}
            request["InputInfo"] = {
                "Type": "COS",
                "CosInputInfo": {"Bucket": bucket, "Region": region, "Object": path},
            }
            request.setdefault(
                "OutputStorage",
                {
                    "Type": "COS",
                    "CosOutputStorage": {"Bucket": bucket, "Region": region},
                },
            )
            started.append(self._media.submit(request))
        for schedule in self._families.resources("Schedule"):
            if schedule.get("Status") != "Enabled" or not _triggered(
                schedule, bucket, region, path
            ):
                continue
            request = {
                "InputInfo": {
                    "Type": "COS",
                    "CosInputInfo": {"Bucket": bucket, "Region": region, "Object": path},
                },
                "ScheduleId": schedule["ScheduleId"],
                **self._families.scheduled(schedule),
            }
            started.append(self._kinds.create("", request, kind=_SCHEDULE_TASK))
        return started

    # -- faults and calls ----------------------------------------------------------------------

    def inject(
        self,
        fault: str,
        *,
        times: int | None = 1,
        task_id: str | None = None,
        delay: float | None = None,
        status: int | None = None,
    ) -> None:
        """Make the next ``times`` matching calls (None: all of them) misbehave.

        ``fault`` is one of ``"delay"`` (wait ``delay`` seconds, then answer normally),
        ``"http_error"`` (HTTP ``status``, default 503, with an HTML body), ``"reset"`` (close
        the connection with a TCP RST, no answer), ``"malformed"`` (HTTP 200 whose body is not
        JSON), ``"throttle"`` (a RequestLimitExceeded envelope) or ``"internal_error"`` (an
        InternalError envelope). With ``task_id`` only calls for that TaskId match. ``delay``
        may also precede any other fault. Faults apply before any check, in injection order.
        """
        self._faults.add(
            make_fault(fault, times=times, task_id=task_id, delay=delay, status=status)
        )

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def calls(self) -> list[Call]:
        """The requests received so far (a copy), oldest first."""
        return self._calls.snapshot()

    @property
    def call_count(self) -> int:
        return len(self._calls)

    def clear_calls(self) -> None:
        self._calls.clear()


#: The task kind an enabled schedule's trigger starts (see :meth:`Emulator.upload`).
_SCHEDULE_TASK = "ScheduleTask"
#: What fail_next names for ProcessMedia's tasks: the action, and the kind (with triggers).
_MEDIA_TASKS = ("ProcessMedia", "WorkflowTask")


def _as_list(credentials: KeyPairLike | Sequence[KeyPairLike] | None) -> list[KeyPairLike]:
    if credentials is None:
        return [EXAMPLE_CREDENTIALS]
    if isinstance(credentials, KeyPairLike):
        return [credentials]
    if isinstance(credentials, Sequence):
        return list(credentials)
    raise TypeError("credentials must be a key pair or a sequence of key pairs")


#: The fields of a workflow that a task it starts takes as a ProcessMedia request would.
_WORKFLOW_TASK_FIELDS = frozenset(
    {
        "OutputStorage",
        "OutputDir",
        "MediaProcessTask",
        "AiContentReviewTask",
        "AiAnalysisTask",
        "AiRecognitionTask",
        "TaskNotifyConfig",
    }
)


def _triggered(flow: Mapping[str, Any], bucket: str, region: str, path: str) -> bool:
    trigger = flow.get("Trigger") or {}
    cos = trigger.get("CosFileUploadTrigger") or {}
    if trigger.get("Type") != "CosFileUpload" or (cos.get("Bucket"), cos.get("Region")) != (
        bucket,
        region,
    ):
        return False
    folder = cos.get("Dir") or "/"
    formats = [str(f).lower() for f in cos.get("Formats") or []]
    extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return path.startswith(folder) and (not formats or extension in formats)


def _is_task_id(task_id: object) -> TypeGuard[str]:
    return type(task_id) is str and bool(task_id)


__all__ = ["DEFAULT_TASK_DURATION", "EXAMPLE_CREDENTIALS", "Emulator", "EmulatorError"]
