"""``tencent-mps demo`` (``make demo``): the whole job in about ten seconds, no account needed.

On the local emulator: start a notification receiver (the SDK's ``wsgi_app`` under the standard
library's wsgiref, in a thread), run the real command line in a child process,
``tencent-mps process-media ... --notify-url <receiver> --wait``, which submits a transcode,
follows its progress and prints its outputs, then print the notification the receiver got and
verified, and list the finished tasks with ``tencent-mps describe-tasks``.

With credentials (environment, profile file, ...) and a task ID, it follows that task on the
real service instead: ``tencent-mps describe-task-detail TASK_ID --wait``.
"""

from __future__ import annotations

import os
import queue
import secrets
import shlex
import socketserver
import subprocess
import sys
import threading
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from ._codes import EXIT_OK, EXIT_SUBTASKS_FAILED, EXIT_TIMEOUT

if TYPE_CHECKING:
    from tencent_mps_lib.notifications import Event

#: Seconds to wait for the notification once the task has finished (deliveries are retried).
NOTIFICATION_WAIT: Final = 20.0
#: The environment variable the child reads the notify key from.
NOTIFY_KEY_ENV: Final = "TENCENT_MPS_NOTIFY_KEY"


def run_demo(task_id: str | None, *, task_duration: float) -> int:
    if task_id:
        if _have_credentials():
            return _run(
                ["tencent-mps", "describe-task-detail", task_id, "--wait"], dict(os.environ)
            )
        _say(
            "No credentials found (TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY, "
            "~/.tencentcloud/credentials, ...): showing the local emulator instead.\n"
        )
    return _emulator_demo(task_duration)


def _say(text: str) -> None:
    print(text, flush=True)


def _have_credentials() -> bool:
    from tencent_mps_core.credentials import resolve_credentials
    from tencent_mps_core.exceptions import CredentialsError

    try:
        resolve_credentials()
    except CredentialsError:
        return False
    return True


def _run(command: list[str], env: dict[str, str]) -> int:
    """Show ``command``, then run it as a child process sharing our stdout and stderr."""
    _say(f"$ {shlex.join(command)}\n")
    child = [sys.executable, "-m", "tencent_mps", *command[1:]]
    code = subprocess.run(child, env=env, check=False).returncode
    print(flush=True)
    return code


class _QuietServer(WSGIServer):
    """wsgiref's server without the host name lookup (``getfqdn`` may wait on DNS)."""

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])
        self.setup_environ()


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # no access log in the middle of the demo's output


class Receiver:
    """A notification receiver on a free loopback port: verified events go to :attr:`events`."""

    def __init__(self, notify_key: str) -> None:
        from tencent_mps_lib.notifications import wsgi_app

        self.events: queue.Queue[Event] = queue.Queue()
        self._server = _QuietServer(("127.0.0.1", 0), _QuietHandler)
        self._server.set_app(wsgi_app(self.events.put, notify_key=notify_key))
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="tencent-mps-demo-receiver",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/mps-events"

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def _emulator_demo(task_duration: float) -> int:
    from tencent_mps_lib.testing import Emulator

    notify_key = secrets.token_hex(16)
    with Emulator(task_duration=task_duration) as emu, Receiver(notify_key) as receiver:
        creds = Emulator.DEFAULT_CREDENTIALS
        env = {
            **os.environ,
            "TENCENTCLOUD_SECRET_ID": creds.secret_id,
            "TENCENTCLOUD_SECRET_KEY": creds.secret_key,
            "TENCENTCLOUD_REGION": "ap-guangzhou",
            NOTIFY_KEY_ENV: notify_key,
        }
        for name in ("TENCENTCLOUD_TOKEN", "TENCENTCLOUD_PROFILE"):
            env.pop(name, None)
        _say(
            f"Local MPS emulator on {emu.endpoint} (example credentials in the environment); "
            f"notification receiver on {receiver.url} ({NOTIFY_KEY_ENV} holds its key).\n"
            "1. Submit a transcode with a URL notification, follow it, print its outputs:"
        )
        code = _run(
            [
                "tencent-mps",
                "process-media",
                "--input-url",
                "https://media.example.com/demo/big-buck-bunny.mp4",
                "--output-cos",
                "demo-1250000000:ap-guangzhou",
                "--output-dir",
                "/demo/output/",
                "--transcode",
                "100010",
                "--transcode",
                "100020",
                "--notify-url",
                receiver.url,
                "--wait",
                "--interval",
                "1",
                "--endpoint",
                emu.endpoint,
                "--output",
                "table",
            ],
            env,
        )
        if code not in (EXIT_OK, EXIT_SUBTASKS_FAILED):
            return code
        _say("2. The notification MPS pushed when the task finished:")
        try:
            event = receiver.events.get(timeout=NOTIFICATION_WAIT)
        except queue.Empty:
            _say(f"no notification arrived within {NOTIFICATION_WAIT:g} s")
            return EXIT_TIMEOUT
        _show_event(event)
        _say("3. List the finished tasks:")
        listed = _run(
            [
                "tencent-mps",
                "describe-tasks",
                "--status",
                "FINISH",
                "--limit",
                "5",
                "--endpoint",
                emu.endpoint,
                "--output",
                "table",
            ],
            env,
        )
        return code if listed == EXIT_OK else listed


def _show_event(event: Event) -> None:
    from tencent_mps_lib.notifications import event_kind, event_task, event_task_id

    from ._terminal import table

    task = event_task(event)
    expires = (
        datetime.fromtimestamp(event.timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if isinstance(event.timestamp, int)
        else "-"
    )
    table(
        [
            ["  EventType", event_kind(event) or "-"],
            ["  TaskId", event_task_id(event) or "-"],
            ["  Status", str(getattr(task, "status", None) or "-")],
            ["  Signature", "verified: Sign = MD5(Timestamp + NotifyKey)"],
            ["  Expires", f"{expires} (Timestamp; refused after it)"],
        ],
        sys.stdout,
    )
    _say("")
