"""What every command that calls the API shares: its flags, the client, the deadline, --debug.

``--timeout S`` bounds the whole command. With ``--wait`` (and in ``watch``) it is the time to
wait, 600 s (watch: 3600 s) unless given; every call made while waiting gets the time that is
left. Without ``--wait`` it bounds the command's calls, retries included; unset, each attempt is
bounded by ``--read-timeout`` and there are at most ``--max-attempts`` of them.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from ._terminal import escape_text

if TYPE_CHECKING:
    from tencent_mps.client import Client

#: Seconds given to a call when the deadline has (nearly) passed: it then fails at once.
_LEAST = 0.001
#: Default --timeout of the commands that wait (--wait) and of watch.
WAIT_TIMEOUT = 600.0
WATCH_TIMEOUT = 3600.0


def command_timeout(args: argparse.Namespace) -> float | None:
    """The seconds the command may take (``--timeout`` or the waiting default), or None."""
    timeout: float | None = getattr(args, "timeout", None)
    if args.command == "watch":
        return timeout or WATCH_TIMEOUT
    if getattr(args, "wait", False):
        return timeout or WAIT_TIMEOUT
    return timeout


def positive_seconds(text: str) -> float:
    """argparse type: a finite number of seconds > 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {escape_text(text)!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be > 0, got {escape_text(text)}")
    return value


def non_empty(text: str) -> str:
    """argparse type: a string that is not empty."""
    if not text:
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def attempts(text: str) -> int:
    """argparse type: a number of attempts, 1 to 100."""
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 100):
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to 100, got {escape_text(text)!r}"
        )
    return int(text)


def add_output_flag(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--output", choices=("table", "json"), default=None, help=help)


def add_api_flags(parser: argparse.ArgumentParser, *, timeout_help: str) -> None:
    """The flags of every command that calls the API."""
    group = parser.add_argument_group("connection and credentials")
    group.add_argument(
        "--region",
        type=non_empty,
        help="region, e.g. ap-guangzhou (default: TENCENTCLOUD_REGION or the profile's)",
    )
    group.add_argument(
        "--profile",
        type=non_empty,
        metavar="NAME",
        help="section of ~/.tencentcloud/credentials to use (default: TENCENTCLOUD_PROFILE, or "
        "the environment's keys, or [default])",
    )
    group.add_argument(
        "--endpoint",
        type=non_empty,
        metavar="URL",
        help="endpoint URL (default https://mps.tencentcloudapi.com)",
    )
    group.add_argument(
        "--allow-http",
        action="store_true",
        help="allow a plain http:// endpoint that is not on this machine (unencrypted!)",
    )
    group.add_argument(
        "--proxy",
        metavar="URL",
        help="HTTP(S) proxy, http://[user:password@]host:port ('' for none; default: the "
        "HTTPS_PROXY/NO_PROXY environment)",
    )
    group.add_argument(
        "--ca-bundle",
        metavar="FILE",
        help="PEM file of CA certificates to trust instead of the system's",
    )
    group.add_argument("--timeout", type=positive_seconds, metavar="S", help=timeout_help)
    group.add_argument(
        "--read-timeout",
        type=positive_seconds,
        metavar="S",
        help="seconds to wait for an answer, per attempt (default 60)",
    )
    group.add_argument(
        "--max-attempts",
        type=attempts,
        metavar="N",
        help="tries per call, the first included (default 3; a call that creates a task is "
        "retried only when it surely did not reach the service)",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        help="log each HTTP attempt to stderr (action, status, latency, request id; no secrets)",
    )


class Deadline:
    """The end of the command's time (``--timeout``), or none."""

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end: float | None = None if seconds is None else clock() + seconds

    def remaining(self) -> float | None:
        """Seconds left (at least a millisecond), or None without a deadline."""
        if self._end is None:
            return None
        return max(self._end - self._clock(), _LEAST)

    def passed(self) -> bool:
        return self._end is not None and self._clock() >= self._end

    @contextlib.contextmanager
    def bounded(self) -> Iterator[None]:
        """Turn a call cut short by this deadline into :class:`CommandTimeout` (exit 4)."""
        from tencent_mps_core.exceptions import TransportError

        try:
            yield
        except TransportError as exc:
            if self.seconds is not None and self.passed():
                raise CommandTimeout(self.seconds, str(exc)) from exc
            raise


class CommandTimeout(Exception):
    """``--timeout`` ran out during a call (exit 4)."""

    def __init__(self, seconds: float, detail: str) -> None:
        self.seconds = seconds
        self.detail = detail
        super().__init__(f"--timeout ran out ({seconds:g} s): {detail}")


def make_client(args: argparse.Namespace, client_class: type[Any] | None = None) -> Client:
    """The client the flags describe (credentials are resolved here); ``client_class`` in place
    of :class:`tencent_mps.client.Client` (the generic commands use a lighter one)."""
    if client_class is None:
        from tencent_mps.client import Client

        client_class = Client
    options: dict[str, Any] = {
        "region": args.region,
        "profile": args.profile,
        "endpoint": args.endpoint,
        "allow_http": args.allow_http,
    }
    for name in ("read_timeout", "max_attempts", "proxy", "ca_bundle"):
        value = getattr(args, name)
        if value is not None:
            options[name] = value
    client: Client = client_class(**options)
    return client


class _DebugFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return escape_text(f"debug: {record.getMessage()}")


@contextlib.contextmanager
def debug_logging(enabled: bool, err: TextIO) -> Iterator[None]:
    """With ``enabled``, DEBUG records of the ``tencent_mps`` logger go to ``err``, a line each."""
    if not enabled:
        yield
        return
    logger = logging.getLogger("tencent_mps")
    handler = logging.StreamHandler(err)
    handler.setFormatter(_DebugFormatter())
    handler.setLevel(logging.DEBUG)
    saved = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved)


def output_format(args: argparse.Namespace, out: TextIO) -> str:
    """``--output``, or table on a terminal and json elsewhere."""
    if args.output:
        return str(args.output)
    try:
        return "table" if out.isatty() else "json"
    except (ValueError, OSError, AttributeError):
        return "json"
