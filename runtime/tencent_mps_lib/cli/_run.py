"""Running one command: parse, dispatch, and turn every way it can end into an exit code.

- SDK errors become one ``error:`` line (and hints) and their exit code (:mod:`._errors`);
- Ctrl-C prints ``interrupted`` and exits 130, without a traceback;
- a closed output (``| head``) ends the command quietly with exit 0: the reader took what it
  wanted;
- as a program, a :class:`HardStop` ends a command that overruns its ``--timeout`` by more than
  :data:`GRACE` seconds (the calls are bounded by the time left already: this is a last resort
  against anything that would block regardless, e.g. a credential refresh).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import Final, TextIO

from tencent_mps_core.exceptions import SDKError

from ._codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_TIMEOUT
from ._common import CommandTimeout, command_timeout, debug_logging
from ._errors import report
from ._parser import build_parser
from ._terminal import tolerant

#: Seconds a command may overrun its --timeout before the hard stop ends the process.
GRACE: Final = 5.0


class HardStop:
    """Ends the process with exit 4 if it is still running ``seconds`` from now."""

    def __init__(
        self,
        seconds: float,
        err: TextIO,
        *,
        limit: float,
        exit: Callable[[int], object] = os._exit,
    ) -> None:
        self._err = err
        self._limit = limit
        self._exit = exit
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def start(self) -> HardStop:
        self._timer.start()
        return self

    def cancel(self) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            self._err.write(
                f"\nerror: the command did not end within --timeout ({self._limit:g} s) and "
                f"{GRACE:g} s more; stopped\n"
            )
            self._err.flush()
        self._exit(EXIT_TIMEOUT)


def run(
    argv: list[str],
    *,
    as_program: bool,
    parse: Callable[[list[str]], argparse.Namespace] | None = None,
) -> int:
    """Run a command; ``parse`` turns ``argv`` into its arguments (default: the hand-written
    commands' parser; a generic command passes its own)."""
    out, err, stdin = sys.stdout, sys.stderr, sys.stdin
    tolerant(out)
    tolerant(err)
    args = (parse or _parse)(argv)
    limit = command_timeout(args)
    guard = HardStop(limit + GRACE, err, limit=limit).start() if as_program and limit else None
    try:
        try:
            with debug_logging(bool(getattr(args, "debug", False)), err):
                return _dispatch(args, out, err, stdin)
        except (SDKError, CommandTimeout) as exc:
            return report(exc, err)
    except KeyboardInterrupt:
        with contextlib.suppress(OSError, ValueError):
            err.write("interrupted\n")
            err.flush()
        if as_program:  # a call in flight in another thread must not delay the exit
            with contextlib.suppress(OSError, ValueError):
                out.flush()
            os._exit(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence(out, err)
        return EXIT_OK
    finally:
        if guard is not None:
            guard.cancel()


def _parse(argv: list[str]) -> argparse.Namespace:
    listing = not argv or argv[0] in ("-h", "--help")  # the families only when they show
    return build_parser(families=listing).parse_args(argv)


def _dispatch(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    if getattr(args, "spec", None) is not None:  # tencent-mps <action>
        from ._generic import execute

        return execute(args, out, err, stdin)
    command = args.command
    if command == "describe-task-detail":
        from ._describe import describe

        return describe(args, out, err)
    if command == "process-media":
        from ._process_media import process_media

        return process_media(args, out, err, getattr(stdin, "buffer", None))
    if command == "describe-tasks":
        from ._describe_tasks import describe_tasks

        return describe_tasks(args, out, err)
    if command == "watch":
        from ._watch import watch

        return watch(args, out, err, stdin)
    if command == "demo":
        from ._demo import run_demo

        return run_demo(args.task_id, task_duration=args.task_duration)
    raise AssertionError(f"unknown command {command!r}")  # argparse only lets known ones in


def _silence(*streams: TextIO) -> None:
    """After the reader went away: point the process's own stdout/stderr at /dev/null, so that
    the interpreter's last flush at exit finds nobody to complain to."""
    for stream in streams:
        if stream is not sys.stdout and stream is not sys.stderr:
            continue
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
