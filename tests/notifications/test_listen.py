"""``tencent-mps listen`` in a subprocess: a real server on a loopback port, real signals."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from .helpers import KEY, TASK_ID, encoded, live_notification, notification, workflow_task

TIMEOUT = 60.0  # guards against a hang; never an assertion about speed
EXIT_CONFIG = 6
EXIT_INTERRUPTED = 130

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


class Lines:
    """Lines of a subprocess stream, read by a thread (so a missing line cannot hang a test)."""

    def __init__(self, stream: IO[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._queue.put(line)
        self._queue.put(None)

    def next(self) -> str | None:
        line = self._queue.get(timeout=TIMEOUT)
        if line is not None:
            self.seen.append(line)
        return line

    def rest(self) -> str:
        """Everything up to the end of the stream (call after the process ended)."""
        while self.next() is not None:
            pass
        return "".join(self.seen)


class Listener:
    def __init__(
        self, *args: str, env: dict[str, str], stdout: int | None = subprocess.PIPE
    ) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tencent_mps", "listen", *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            text=True,
            encoding="utf-8",
        )
        assert self.proc.stderr is not None
        self.err = Lines(self.proc.stderr)
        self.out = Lines(self.proc.stdout) if self.proc.stdout is not None else None
        try:
            first = self.err.next() or ""
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
            assert found, first
        except BaseException:
            self.kill()
            raise
        self.port = int(found.group(1))

    def post(self, body: bytes, path: str = "/") -> int:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            return response.status
        finally:
            conn.close()

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(TIMEOUT)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(TIMEOUT)


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("TENCENT", "HTTP_PROXY"))}
    e["HOME"] = str(tmp_path)
    e["TENCENT_MPS_NOTIFY_KEY"] = KEY
    e["PYTHONIOENCODING"] = "utf-8"
    return e


@pytest.fixture()
def listeners() -> Iterator[list[Listener]]:
    started: list[Listener] = []
    yield started
    for listener in started:
        listener.kill()


def start(listeners: list[Listener], *args: str, env: dict[str, str], **kw: object) -> Listener:
    listener = Listener("--port", "0", *args, env=env, **kw)  # type: ignore[arg-type]
    listeners.append(listener)
    return listener


def test_signed_post_prints_one_json_line(env: dict[str, str], listeners: list[Listener]) -> None:
    listener = start(listeners, env=env)
    assert listener.post(live_notification()) == 200
    assert listener.out is not None
    line = listener.out.next()
    assert line is not None and line.endswith("\n")
    event = json.loads(line)
    assert event["EventType"] == "WorkflowTask"
    assert event["WorkflowTaskEvent"]["TaskId"] == TASK_ID
    assert "\n" not in line[:-1]
    assert listener.stop() == EXIT_INTERRUPTED
    assert listener.out.rest() == line  # nothing else on stdout
    err = listener.err.rest()
    assert "Traceback" not in err and KEY not in err


def test_invalid_notifications_print_nothing(
    env: dict[str, str], listeners: list[Listener]
) -> None:
    listener = start(listeners, env=env)
    assert listener.post(live_notification(key="forged")) == 401
    assert listener.post(encoded(notification(timestamp=1))) == 410
    assert listener.post(b"{not json") == 400
    assert listener.stop() == EXIT_INTERRUPTED
    assert listener.out is not None and listener.out.rest() == ""
    err = listener.err.rest()
    assert "bad signature" in err and "Traceback" not in err and KEY not in err


def test_key_from_a_file(env: dict[str, str], listeners: list[Listener], tmp_path: Path) -> None:
    key_file = tmp_path / "notify.key"
    key_file.write_text("file-key-123\n", encoding="utf-8")
    del env["TENCENT_MPS_NOTIFY_KEY"]
    listener = start(listeners, "--key-file", str(key_file), env=env)
    assert listener.post(live_notification(key=KEY)) == 401
    assert listener.post(live_notification(key="file-key-123")) == 200
    assert listener.out is not None
    line = listener.out.next()
    assert line is not None and json.loads(line)["EventType"] == "WorkflowTask"
    assert listener.stop() == EXIT_INTERRUPTED


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tencent_mps", "listen", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )


def test_missing_key_is_a_configuration_error(env: dict[str, str], tmp_path: Path) -> None:
    del env["TENCENT_MPS_NOTIFY_KEY"]
    done = run(["--port", "0"], env)
    assert done.returncode == EXIT_CONFIG
    assert "TENCENT_MPS_NOTIFY_KEY" in done.stderr and "--key-file" in done.stderr
    assert done.stdout == "" and "Traceback" not in done.stderr
    done = run(["--port", "0", "--key-file", str(tmp_path / "missing")], env)
    assert done.returncode == EXIT_CONFIG
    empty = tmp_path / "empty.key"
    empty.write_text("", encoding="utf-8")
    assert run(["--port", "0", "--key-file", str(empty)], env).returncode == EXIT_CONFIG


def test_key_on_the_command_line_is_refused(env: dict[str, str]) -> None:
    for args in (
        ["--key", "cmdline-secret"],
        ["--key=cmdline-secret"],
        ["--notify-key", "cmdline-secret"],
    ):
        done = run(["--port", "0", *args], env)
        assert done.returncode == 2
        assert "cmdline-secret" not in done.stderr
        assert "TENCENT_MPS_NOTIFY_KEY" in done.stderr


def test_port_in_use_is_a_configuration_error(env: dict[str, str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = run(["--port", str(taken.getsockname()[1])], env)
    assert done.returncode == EXIT_CONFIG
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use" in lines[0]


def test_control_characters_from_clients_are_escaped(
    env: dict[str, str], listeners: list[Listener]
) -> None:
    listener = start(listeners, env=env)
    body = notification(timestamp=int(time.time()) + 600)
    body["SessionContext"] = "a\x1b[2J\u009b\u202e\ud800z"
    raw = json.dumps(body).encode("ascii")
    request = (
        b"POST /\x1b[2Jnotify\x07 HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + str(len(raw)).encode()
        + b"\r\n\r\n"
        + raw
    )
    with socket.create_connection(("127.0.0.1", listener.port), timeout=TIMEOUT) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.split()[1] == b"200"
    assert listener.out is not None
    line = listener.out.next()
    assert line is not None
    assert json.loads(line)["SessionContext"] == "a\x1b[2J\u009b\u202e\ud800z"
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\ud800-\udfff]", line)
    assert listener.stop() == EXIT_INTERRUPTED
    err = listener.err.rest()
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", err)
    assert "\\x1b[2Jnotify\\x07" in err


def test_broken_stdout_pipe_exits_quietly(env: dict[str, str], listeners: list[Listener]) -> None:
    read_end, write_end = os.pipe()
    try:
        listener = start(listeners, env=env, stdout=write_end)
    finally:
        os.close(write_end)
    os.close(read_end)  # the reader goes away, like `| head -1` after its line
    status = listener.post(live_notification())
    assert status == 500  # not delivered: MPS will try again
    assert listener.proc.wait(TIMEOUT) == 0
    err = listener.err.rest()
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_sigterm_stops_it(env: dict[str, str], listeners: list[Listener]) -> None:
    listener = start(listeners, env=env)
    listener.proc.send_signal(signal.SIGTERM)
    assert listener.proc.wait(TIMEOUT) == 128 + signal.SIGTERM
    assert "Traceback" not in listener.err.rest()


def test_a_stalled_client_does_not_hold_the_server(
    env: dict[str, str], listeners: list[Listener]
) -> None:
    listener = start(listeners, "--request-timeout", "1", env=env)
    with socket.create_connection(("127.0.0.1", listener.port), timeout=TIMEOUT) as stalled:
        stalled.sendall(b"POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n{")  # and nothing more
        assert listener.post(live_notification()) == 200  # served once the deadline cut it
        answer = stalled.recv(65536)
        assert answer.split()[1] == b"408"
    assert listener.out is not None
    line = listener.out.next()
    assert line is not None and json.loads(line)["EventType"] == "WorkflowTask"
    assert listener.stop() == EXIT_INTERRUPTED


def _signed_for(task_id: str) -> bytes:
    task = workflow_task()
    task["TaskId"] = task_id
    return encoded(notification(timestamp=int(time.time()) + 600, task=task))


def test_slow_clients_and_a_burst_of_valid_posts(
    env: dict[str, str], listeners: list[Listener]
) -> None:
    """20 clients sending a byte a second hold their own threads only: each of 200 concurrent
    valid posts is answered 200 and printed exactly once (before: one connection at a time with
    a backlog of 5, so the slow clients stalled valid posts and a burst was reset)."""
    listener = start(listeners, "--request-timeout", "30", env=env)
    stop = threading.Event()
    slow: list[socket.socket] = []

    def trickle(sock: socket.socket) -> None:
        head = b"POST / HTTP/1.1\r\nContent-Length: 100000\r\n\r\n"
        for byte in head + b"{" * 100:
            if stop.wait(1.0):
                return
            with contextlib.suppress(OSError):
                sock.sendall(bytes([byte]))

    for _ in range(20):
        sock = socket.create_connection(("127.0.0.1", listener.port), timeout=TIMEOUT)
        slow.append(sock)
        threading.Thread(target=trickle, args=(sock,), daemon=True).start()
    ids = [f"2353030000-WorkflowTask-burst{n:04d}" for n in range(200)]
    statuses: dict[str, int | str] = {}

    def post(task_id: str) -> None:
        try:
            statuses[task_id] = listener.post(_signed_for(task_id))
        except OSError as exc:
            statuses[task_id] = type(exc).__name__

    try:
        posters = [threading.Thread(target=post, args=(i,)) for i in ids]
        for t in posters:
            t.start()
        for t in posters:
            t.join(TIMEOUT)
        assert statuses == dict.fromkeys(ids, 200)
        assert listener.out is not None
        printed = [json.loads(listener.out.next() or "null") for _ in ids]
        assert sorted(e["WorkflowTaskEvent"]["TaskId"] for e in printed) == sorted(ids)
    finally:
        stop.set()
        for sock in slow:
            sock.close()
    assert listener.stop() == EXIT_INTERRUPTED
