"""``Emulator``: a local stand-in for the MPS DescribeTaskDetail endpoint, on a real socket."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from types import TracebackType
from typing import ClassVar, TypeGuard

from tencent_mps_core.credentials import Credentials

from ._auth import MAX_CLOCK_SKEW, KeyPairLike, key_table
from ._calls import Call, CallLog
from ._example import EXAMPLE_RESPONSE, EXAMPLE_TASK_ID
from ._faults import FaultQueue, make_fault
from ._handler import EmulatorServer
from ._progress import SUBTASK_KINDS
from ._protocol import ACTION, VERSION, Service
from ._ratelimit import RateLimiter
from ._tasks import ProgressingTask, StaticTask, TaskStore, task_id_of, to_wire

#: The key pair accepted when none is given. It is an example, not a secret: print it freely.
EXAMPLE_CREDENTIALS = Credentials(
    "AKIDEMULATOREXAMPLE00000000000000000", "emulator-example-secret-key-0000"
)


class _EmulatorServer6(EmulatorServer):
    address_family = socket.AF_INET6


class Emulator:
    """A local MPS endpoint speaking the DescribeTaskDetail wire protocol to any client.

    It listens on ``host:port`` (a free loopback port by default) in a background thread,
    verifies TC3-HMAC-SHA256 signatures and timestamps, enforces the per-second quota, and
    answers from its tasks: the API doc's example task (``EXAMPLE_TASK_ID``) unless
    ``include_example=False``, the ones added with :meth:`add_task`, and progressing ones from
    :meth:`add_progressing_task`. :meth:`inject` makes the next calls fail in chosen ways.

    ``credentials`` is one key pair or a sequence of them (anything with ``secret_id`` and
    ``secret_key``, and optionally ``token``); it defaults to :attr:`DEFAULT_CREDENTIALS`.
    ``clock`` (seconds since the epoch) drives the timestamp check, the quota window and
    time-based task progress, so tests can move time by hand.
    """

    DEFAULT_CREDENTIALS: ClassVar[Credentials] = EXAMPLE_CREDENTIALS
    EXAMPLE_TASK_ID: ClassVar[str] = EXAMPLE_TASK_ID
    ACTION: ClassVar[str] = ACTION
    VERSION: ClassVar[str] = VERSION
    SUBTASK_KINDS: ClassVar[tuple[str, ...]] = SUBTASK_KINDS

    def __init__(
        self,
        *,
        credentials: KeyPairLike | Sequence[KeyPairLike] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: int | None = 100,
        clock: Callable[[], float] = time.time,
        verify_signatures: bool = True,
        include_example: bool = True,
        max_clock_skew: float = MAX_CLOCK_SKEW,
    ) -> None:
        if rate_limit is not None and (type(rate_limit) is not int or rate_limit < 1):
            raise ValueError(f"rate_limit must be a positive integer or None, got {rate_limit!r}")
        if type(port) is not int or not 0 <= port <= 65535:
            raise ValueError(f"port must be an integer from 0 to 65535, got {port!r}")
        self._host = host
        self._requested_port = port
        self._clock = clock
        self._tasks = TaskStore()
        self._faults = FaultQueue()
        self._calls = CallLog()
        self._service = Service(
            keys=key_table(_as_list(credentials)),
            tasks=self._tasks,
            limiter=RateLimiter(rate_limit, clock),
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
        """Bind and serve in a daemon thread; returns self. A stopped emulator may start again."""
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
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.1},
                name=f"tencent-mps-emulator:{server.server_address[1]}",
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; does nothing if not running."""
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
        return f"<Emulator {where}, {len(self._tasks.ids())} tasks>"

    # -- tasks ---------------------------------------------------------------------------------

    def add_task(self, response: object, *, task_id: str | None = None) -> str:
        """Serve ``response`` for a task; returns its TaskId.

        ``response`` is the inner ``Response`` object as a wire dict (or the whole envelope), or
        a model with ``to_dict()``. The TaskId is read from the task detail the ``TaskType``
        names (``WorkflowTask.TaskId``, ``EditMediaTask.TaskId``, ...) unless ``task_id`` is
        given. A task with the same id is replaced. Each call answers a fresh RequestId.
        """
        wire = to_wire(response)
        tid = task_id if task_id is not None else task_id_of(wire)
        if not _is_task_id(tid):
            raise ValueError("no TaskId found in the response; pass task_id=")
        self._tasks.put(tid, StaticTask(wire))
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
        per ``polls_per_step`` answered polls, or, when ``seconds_per_step`` is given, per that
        many seconds of the emulator clock since it was added. The subtasks whose indexes are
        in ``fail_subtasks`` end with Status FAIL and a non-zero ErrCode; the others with
        SUCCESS and an output file. ``final`` (a wire dict or model) replaces the generated
        finished response.
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
        self._tasks.put(tid, task)
        return tid

    def remove_task(self, task_id: str) -> bool:
        """Forget a task (it answers ResourceNotFound from then on); False if unknown."""
        return self._tasks.remove(task_id)

    @property
    def task_ids(self) -> list[str]:
        return self._tasks.ids()

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


def _as_list(credentials: KeyPairLike | Sequence[KeyPairLike] | None) -> list[KeyPairLike]:
    if credentials is None:
        return [EXAMPLE_CREDENTIALS]
    if isinstance(credentials, KeyPairLike):
        return [credentials]
    if isinstance(credentials, Sequence):
        return list(credentials)
    raise TypeError("credentials must be a key pair or a sequence of key pairs")


def _is_task_id(task_id: object) -> TypeGuard[str]:
    return type(task_id) is str and bool(task_id)
