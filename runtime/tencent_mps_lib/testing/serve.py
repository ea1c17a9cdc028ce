"""``python -m tencent_mps.testing`` (and ``tencent-mps emulator``): run the emulator standalone."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import CredentialsError

from .emulator import EXAMPLE_CREDENTIALS, Emulator


def build_parser(prog: str = "python -m tencent_mps.testing") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a local MPS DescribeTaskDetail emulator until interrupted (Ctrl-C).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on (default: a free port)"
    )
    parser.add_argument("--secret-id", help="SecretId to accept (default: the example key pair)")
    parser.add_argument("--secret-key", help="SecretKey to accept, with --secret-id")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=100,
        help="requests per second (default: %(default)s; 0: none)",
    )
    parser.add_argument(
        "--progressing-task",
        metavar="ID",
        action="append",
        default=[],
        help="add a workflow task with this TaskId that progresses to FINISH (repeatable)",
    )
    parser.add_argument(
        "--subtasks",
        type=int,
        default=2,
        help="Transcode subtasks of a progressing task (default: %(default)s)",
    )
    parser.add_argument(
        "--seconds-per-step",
        type=float,
        default=None,
        help="advance progressing tasks with time (default: one stage per poll)",
    )
    parser.add_argument(
        "--fail-subtask",
        metavar="INDEX",
        type=int,
        action="append",
        default=[],
        help="make this subtask of progressing tasks fail (repeatable)",
    )
    return parser


def serve(argv: list[str] | None = None, *, prog: str = "python -m tencent_mps.testing") -> int:
    """Start the emulator, print how to reach it, and serve until SIGINT/SIGTERM; exit status."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if (args.secret_id is None) != (args.secret_key is None):
        parser.error("--secret-id and --secret-key go together")
    if args.subtasks < 0 or args.rate_limit < 0:
        parser.error("--subtasks and --rate-limit must not be negative")
    user_key = args.secret_id is not None
    try:
        credentials = (
            Credentials(args.secret_id, args.secret_key) if user_key else EXAMPLE_CREDENTIALS
        )
        emulator = Emulator(
            credentials=credentials,
            host=args.host,
            port=args.port,
            rate_limit=args.rate_limit or None,
        )
        progressing = [
            emulator.add_progressing_task(
                task_id,
                subtasks=args.subtasks,
                seconds_per_step=args.seconds_per_step,
                fail_subtasks=args.fail_subtask,
            )
            for task_id in args.progressing_task
        ]
        emulator.start()
    except (OSError, ValueError, CredentialsError) as exc:
        print(f"error: cannot start the emulator: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        out = sys.stdout
        print(f"MPS emulator listening on {emulator.endpoint}", file=out)
        print(f"  SecretId:  {credentials.secret_id}", file=out)
        if not user_key:  # the example key is public; a user's key is never printed
            print(f"  SecretKey: {credentials.secret_key}", file=out)
        print(f"  example task: {Emulator.EXAMPLE_TASK_ID}", file=out)
        for task_id in progressing:
            print(f"  progressing task: {task_id}", file=out)
        print("Press Ctrl-C to stop.", file=out, flush=True)
        while not done.wait(0.5):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("emulator stopped", flush=True)
    return 0


__all__ = ["build_parser", "serve"]
