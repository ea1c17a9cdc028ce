"""``tencent-mps listen``: receive MPS event notifications and print each verified event.

One compact JSON line per verified event goes to stdout (the event's wire JSON, flushed at once,
so that ``| jq`` or a pipe reader sees it immediately); diagnostics go to stderr. The server is
the standard library's wsgiref server running :func:`wsgi_app`, hardened for a port that hostile
clients can reach: connections are served concurrently by a bounded pool of threads (more wait in
the listen backlog), each connection has an overall deadline, bodies are capped, and everything a
client sent is escaped before it reaches the terminal. So slow clients hold at most their own
thread until their deadline, while valid events go through on the others.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import ipaddress
import json
import logging
import os
import re
import signal
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, TextIO, cast
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from tencent_mps_lib.notifications import (
    DEFAULT_MAX_BODY,
    DEFAULT_TOLERANCE,
    NotificationApp,
    wsgi_app,
)

if TYPE_CHECKING:
    from types import FrameType

    from _typeshed import WriteableBuffer

    from tencent_mps_lib.notifications import Event

__all__ = ["KEY_ENV", "listen"]

#: The environment variable holding the notify key.
KEY_ENV: Final = "TENCENT_MPS_NOTIFY_KEY"
#: Seconds a client may take for its whole request (default of ``--request-timeout``).
DEFAULT_REQUEST_TIMEOUT: Final = 10.0
#: A notify key file larger than this is refused (keys are short).
MAX_KEY_FILE: Final = 4096
#: How often the idle server looks at its stop flag, in seconds.
POLL_INTERVAL: Final = 0.5
#: Connections served at once (one thread each); further ones wait in the listen backlog.
MAX_CONNECTIONS: Final = 32
#: Connections the kernel queues while every thread is busy.
BACKLOG: Final = 256

EXIT_OK: Final = 0
EXIT_USAGE: Final = 2
EXIT_CONFIG: Final = 6
EXIT_INTERRUPTED: Final = 130
EXIT_TERMINATED: Final = 143

# Characters that must not reach a terminal raw: C0 and C1 controls, DEL, lone surrogates,
# invisible format and bidirectional controls, line and paragraph separators.
_UNSAFE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff"
    "\ufff9-\ufffb]"
)


def escape_text(text: str) -> str:
    """``text`` with every character unsafe for a terminal written as a ``\\x``/``\\u`` escape."""
    return _UNSAFE.sub(_text_escape, text)


def _text_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def event_line(event: Event, *, ascii_only: bool = False) -> str:
    """The event's wire JSON on one line, safe for a terminal and still valid JSON.

    Unsafe characters can only occur inside JSON strings, where a ``\\uXXXX`` escape means the
    same character; lone surrogates are escaped too, so the line always encodes.
    """
    text = json.dumps(
        event.to_dict(), ensure_ascii=ascii_only, separators=(",", ":"), allow_nan=False
    )
    return _UNSAFE.sub(_json_escape, text) + "\n"


class _ConfigError(Exception):
    """A configuration problem: one line for the user, exit code 6."""


class _OutputClosed(Exception):
    """stdout was closed by its reader (``| head``): stop quietly."""


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        allow_abbrev=False,  # so that "--key VALUE" can never be taken for --key-file
        description="Receive MPS event notifications (TaskNotifyConfig with NotifyType URL) and "
        "print each verified event as one JSON line on stdout. The notify key comes from "
        f"{KEY_ENV} or --key-file, never from the command line. Serves plain HTTP: keep the "
        "default loopback address, or put a TLS proxy in front.",
    )
    parser.add_argument(
        "--port", type=_port, required=True, metavar="N", help="port to listen on (0: any free)"
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="H",
        help="address to listen on (default %(default)s)",
    )
    parser.add_argument(
        "--key-file",
        metavar="PATH",
        help=f"file holding the notify key (default: the {KEY_ENV} environment variable)",
    )
    parser.add_argument(
        "--max-body",
        type=_positive_int,
        default=DEFAULT_MAX_BODY,
        metavar="BYTES",
        help="largest body accepted (default %(default)s)",
    )
    parser.add_argument(
        "--tolerance",
        type=_seconds(allow_zero=True),
        default=DEFAULT_TOLERANCE,
        metavar="S",
        help="seconds of clock skew allowed past a notification's expiry (default %(default)g)",
    )
    parser.add_argument(
        "--request-timeout",
        type=_seconds(allow_zero=False),
        default=DEFAULT_REQUEST_TIMEOUT,
        metavar="S",
        help="seconds a client may take for a whole request (default %(default)g)",
    )
    for refused in ("--key", "--notify-key"):  # accepted only to refuse them clearly
        parser.add_argument(refused, dest="key_on_command_line", nargs="?", help=argparse.SUPPRESS)
    return parser


def _port(text: str) -> int:
    if not (text.isascii() and text.isdigit() and int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {escape_text(text)!r}")
    return int(text)


def _positive_int(text: str) -> int:
    if not (text.isascii() and text.isdigit() and 0 < int(text) < 2**62):
        raise argparse.ArgumentTypeError(f"not a positive integer: {escape_text(text)!r}")
    return int(text)


def _seconds(*, allow_zero: bool) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {escape_text(text)!r}") from None
        if not (value >= 0 if allow_zero else value > 0) or value == float("inf"):
            raise argparse.ArgumentTypeError(f"out of range: {escape_text(text)!r}")
        return value

    return parse


def notify_key(key_file: str | None, environ: dict[str, str] | os._Environ[str]) -> str:
    """The notify key: from ``key_file`` if given, else from :data:`KEY_ENV`.

    Raises _ConfigError with a message that never holds the key (nor the file's name, in case
    a key was given where a path was expected).
    """
    if key_file is not None:
        try:
            with open(key_file, "rb") as f:
                raw = f.read(MAX_KEY_FILE + 1)
        except OSError as exc:
            raise _ConfigError(f"cannot read the --key-file: {exc.strerror or 'error'}") from None
        if len(raw) > MAX_KEY_FILE:
            raise _ConfigError(f"the --key-file is larger than {MAX_KEY_FILE} bytes")
        try:
            key = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise _ConfigError("the --key-file is not UTF-8 text") from None
        if "\n" in key or "\r" in key:
            raise _ConfigError("the --key-file must hold the key on one line")
        if not key:
            raise _ConfigError("the --key-file is empty")
        return key
    value = environ.get(KEY_ENV)
    if value is None:
        raise _ConfigError(
            f"no notify key: set {KEY_ENV} or pass --key-file PATH "
            "(the key of the task's TaskNotifyConfig)"
        )
    if not value:
        raise _ConfigError(f"{KEY_ENV} is empty")
    return value


class _DeadlineReader(io.RawIOBase):
    """Reads from a socket until a fixed deadline: bounds a request's total time, not one read."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request took too long")
        self._sock.settimeout(remaining)
        return self._sock.recv_into(buffer)


class _Server(WSGIServer):
    """wsgiref's server with a bounded pool of connection threads, a deadline per connection and
    one-line diagnostics. The accept loop waits for a free thread, so at most ``MAX_CONNECTIONS``
    connections are served and the rest wait in the kernel's backlog."""

    request_queue_size = BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        *,
        family: socket.AddressFamily,
        deadline: float,
        say: Callable[[str], None],
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.address_family = family
        self.request_deadline = deadline
        self.say = say
        self.stopping = False
        self._slots = threading.BoundedSemaphore(max_connections)
        self._lock = threading.Lock()
        self._active: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        while not self._slots.acquire(timeout=POLL_INTERVAL):
            if self.stopping:
                self.shutdown_request(request)
                return
        thread = threading.Thread(
            target=self._serve_one, args=(request, client_address), daemon=True
        )
        with self._lock:
            self._active.add(request)
            self._threads.add(thread)
        thread.start()

    def _serve_one(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            with self._lock:
                self._active.discard(request)
                self._threads.discard(threading.current_thread())
            self._slots.release()

    def cut_connections(self) -> None:
        """Stop serving: shut every open connection (do not wait for slow clients' deadlines)."""
        self.stopping = True
        with self._lock:
            active = list(self._active)
        for sock in active:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def join(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the connection threads to end."""
        end = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, end - time.monotonic()))

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host up with getfqdn(), which may wait on DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])
        self.setup_environ()

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        what = "timed out" if isinstance(exc, TimeoutError) else type(exc).__name__
        self.say(f"{_host_of(client_address)} request failed: {what}")


class _RequestHandler(WSGIRequestHandler):
    def setup(self) -> None:
        server = cast(_Server, self.server)
        super().setup()
        self.connection.settimeout(server.request_deadline)  # also bounds writing the answer
        deadline = time.monotonic() + server.request_deadline
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, deadline))

    def get_stderr(self) -> io.StringIO:
        return io.StringIO()  # wsgiref's own tracebacks are dropped; handle_error reports

    def log_message(self, format: str, *args: Any) -> None:
        cast(_Server, self.server).say(f"{_host_of(self.client_address)} {format % args}")


def _host_of(client_address: Any) -> str:
    if isinstance(client_address, tuple) and client_address:
        return str(client_address[0])
    return "?"


class _Run:
    """What the serving loop, the connection threads and the signal handler share."""

    def __init__(self) -> None:
        self.signal: int | None = None
        self.output_closed = False
        self.output_lock = threading.Lock()  # one event line at a time on stdout


class _Diagnostics(logging.Formatter):
    """One escaped line per record, without tracebacks (the terminal is no place for them)."""

    def format(self, record: logging.LogRecord) -> str:
        return escape_text(f"{record.levelname.lower()}: {record.getMessage()}")


class _DropOutputClosed(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, _OutputClosed)


def listen(
    argv: Sequence[str],
    *,
    prog: str = "tencent-mps listen",
    out: TextIO | None = None,
    err: TextIO | None = None,
    environ: dict[str, str] | os._Environ[str] | None = None,
) -> int:
    """Run ``tencent-mps listen``; returns the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    parser = _parser(prog)
    args = parser.parse_args(list(argv))
    if args.key_on_command_line is not None or any(
        a == "--key" or a.startswith(("--key=", "--notify-key")) for a in argv
    ):
        parser.error(
            f"the notify key is not taken on the command line (it would show in the process "
            f"list and the shell history): set {KEY_ENV} or use --key-file PATH"
        )

    def say(text: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            err.write(escape_text(text) + "\n")
            err.flush()

    try:
        key = notify_key(args.key_file, os.environ if environ is None else environ)
    except _ConfigError as exc:
        say(f"error: {exc}")
        return EXIT_CONFIG

    run = _Run()
    app = wsgi_app(
        _printer(out, run), notify_key=key, max_body=args.max_body, tolerance=args.tolerance
    )
    try:
        server = _Server(
            (args.host, args.port),
            family=socket.AF_INET6 if ":" in args.host else socket.AF_INET,
            deadline=args.request_timeout,
            say=say,
        )
    except (OSError, OverflowError, UnicodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        say(f"error: cannot listen on {args.host}:{args.port}: {reason}")
        return EXIT_CONFIG
    with server, _logging_to(say):
        return _serve(server, app, run, args.host, say, out)


def _printer(out: TextIO, run: _Run) -> Callable[[Event], None]:
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    ascii_only = encoding != "utf8"

    def print_event(event: Event) -> None:
        line = event_line(event, ascii_only=ascii_only)
        try:
            with run.output_lock:
                out.write(line)
                out.flush()
        except BrokenPipeError:
            run.output_closed = True
            raise _OutputClosed from None

    return print_event


def _serve(
    server: _Server,
    app: NotificationApp,
    run: _Run,
    host: str,
    say: Callable[[str], None],
    out: TextIO,
) -> int:
    server.set_app(app)
    server.timeout = POLL_INTERVAL

    def on_signal(signum: int, frame: FrameType | None) -> None:
        run.signal = signum
        server.cut_connections()  # do not wait for slow clients' deadlines

    previous: dict[int, Any] = {}
    try:
        # Handlers first: whoever reads the announcement below may signal at once.
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                previous[sig] = signal.signal(sig, on_signal)
        _announce(host, server.server_port, say)
        while run.signal is None and not run.output_closed:
            server.handle_request()
    except KeyboardInterrupt:
        run.signal = signal.SIGINT
    finally:
        server.cut_connections()
        server.join(server.request_deadline)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if run.output_closed:
        _silence(out)
        return EXIT_OK
    if run.signal == signal.SIGTERM:
        return EXIT_TERMINATED
    return EXIT_INTERRUPTED


def _announce(host: str, port: int, say: Callable[[str], None]) -> None:
    shown = f"[{host}]" if ":" in host else host
    say(f"listening for MPS notifications on http://{shown}:{port}/ (Ctrl-C to stop)")
    if not _is_loopback(host):
        say(
            f"warning: {host} may be reachable from the network and this server speaks plain "
            "HTTP; put a TLS proxy in front of it"
        )


@contextlib.contextmanager
def _logging_to(say: Callable[[str], None]) -> Any:
    """Send the receiver's log records (rejections, handler failures) to stderr, one line each."""

    class _Say(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(self.format(record))

    logger = logging.getLogger("tencent_mps.notifications")
    handler = _Say(logging.WARNING)
    handler.setFormatter(_Diagnostics())
    handler.addFilter(_DropOutputClosed())
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _silence(out: TextIO) -> None:
    """After the reader of stdout went away: point it at /dev/null so that exit stays quiet."""
    if out is not sys.stdout:
        return
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
