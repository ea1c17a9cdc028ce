"""``python -m tencent_mps.testing`` (and ``tencent-mps emulator``): run the emulator standalone.

The secret key of ``--secret-id`` comes from ``--secret-key-file PATH``, from the environment
variable ``TENCENT_MPS_EMULATOR_SECRET_KEY``, or (discouraged: ``ps`` shows it to every user of
the machine) from ``--secret-key``. Without ``--secret-id`` the emulator accepts its public
example key pair, which it prints.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import CredentialsError

from .behaviour._process_media import TaskDuration, check_duration
from .checks._ratelimit import DOCUMENTED, RateLimit
from .emulator import DEFAULT_TASK_DURATION, EXAMPLE_CREDENTIALS, Emulator

#: The environment variable holding the secret key of ``--secret-id``.
SECRET_KEY_VARIABLE = "TENCENT_MPS_EMULATOR_SECRET_KEY"
#: Exit status when the emulator cannot start (bad key file, port in use): the CLI's EXIT_CONFIG.
EXIT_CONFIG = 6
#: A secret key file larger than this is not a key file.
_MAX_KEY_FILE = 64 * 1024


def _task_duration(text: str) -> TaskDuration:
    """``S`` or ``MIN:MAX`` seconds."""
    low, sep, high = text.partition(":")
    try:
        value: TaskDuration = (float(low), float(high)) if sep else float(low)
        check_duration(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected seconds or MIN:MAX seconds (0 <= MIN <= MAX), got {text!r}"
        ) from None
    return value


def _rate_limit(text: str) -> RateLimit:
    if text == DOCUMENTED:
        return DOCUMENTED
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a number of requests per second or {DOCUMENTED!r}, got {text!r}"
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return value or None


def build_parser(prog: str = "python -m tencent_mps.testing") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a local MPS emulator (every action of the API) until interrupted "
        "(Ctrl-C).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on (default: a free port)"
    )
    parser.add_argument("--secret-id", help="SecretId to accept (default: the example key pair)")
    parser.add_argument(
        "--secret-key-file",
        metavar="PATH",
        type=Path,
        help=f"file holding the SecretKey of --secret-id (or set {SECRET_KEY_VARIABLE})",
    )
    parser.add_argument(
        "--secret-key",
        help="SecretKey of --secret-id; avoid it: the command line is visible to every user "
        f"(ps), prefer --secret-key-file or {SECRET_KEY_VARIABLE}",
    )
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        default=DOCUMENTED,
        metavar="N",
        help="requests per second and action (default: each action's documented quota; "
        "0: no limit)",
    )
    parser.add_argument(
        "--task-duration",
        type=_task_duration,
        default=DEFAULT_TASK_DURATION,
        metavar="S|MIN:MAX",
        help="seconds a ProcessMedia task takes, or bounds to draw each duration from "
        f"(default: {DEFAULT_TASK_DURATION:g})",
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the drawn durations and task IDs"
    )
    parser.add_argument(
        "--preload",
        type=int,
        default=0,
        metavar="N",
        help="create N transcoding tasks at start (as ProcessMedia would), with --task-duration",
    )
    parser.add_argument(
        "--preload-file",
        type=Path,
        metavar="FILE",
        help="write the preloaded tasks as JSON lines: TaskId and finish time (UNIX seconds)",
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


#: What ``--preload`` submits: one transcode of a URL input into a COS bucket.
PRELOAD_REQUEST: dict[str, object] = {
    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://example.com/input.mp4"}},
    "OutputStorage": {
        "Type": "COS",
        "CosOutputStorage": {"Bucket": "emulator-1250000000", "Region": "ap-guangzhou"},
    },
    "OutputDir": "/preloaded/",
    "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
}


def _write_preloaded(emulator: Emulator, task_ids: list[str], path: Path) -> None:
    """One JSON line per preloaded task: its TaskId and when it finishes (UNIX seconds)."""
    import json

    with path.open("w", encoding="utf-8") as out:
        for task_id in task_ids:
            finish = emulator.finish_time(task_id)
            out.write(json.dumps({"TaskId": task_id, "FinishAt": finish}) + "\n")


class _StartError(Exception):
    """The emulator cannot start as configured (the message says why, without secrets)."""


def _secret_key(args: argparse.Namespace, parser: argparse.ArgumentParser) -> str | None:
    """The SecretKey of ``--secret-id`` from the flag, the file or the environment."""
    from_env = os.environ.get(SECRET_KEY_VARIABLE) or None
    if args.secret_key is not None and args.secret_key_file is not None:
        parser.error("give --secret-key or --secret-key-file, not both")
    if args.secret_id is None:
        if args.secret_key is not None or args.secret_key_file is not None:
            parser.error("--secret-key and --secret-key-file go with --secret-id")
        if from_env is not None:
            parser.error(f"{SECRET_KEY_VARIABLE} is set: give the --secret-id it belongs to")
        return None
    if args.secret_key is not None:
        return str(args.secret_key)
    if args.secret_key_file is not None:
        return _read_key_file(args.secret_key_file)
    if from_env is None:
        parser.error(f"--secret-id needs its key: --secret-key-file PATH or {SECRET_KEY_VARIABLE}")
    return from_env


def _read_key_file(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_KEY_FILE + 1)
    except OSError as exc:
        raise _StartError(f"cannot read the secret key file {path}: {exc.strerror}") from None
    if len(raw) > _MAX_KEY_FILE:
        raise _StartError(f"the secret key file {path} is too large to be a key")
    try:
        key = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise _StartError(f"the secret key file {path} is not UTF-8 text") from None
    if not key or any(c.isspace() for c in key):
        raise _StartError(f"the secret key file {path} must hold the key alone, on one line")
    return key


def serve(argv: list[str] | None = None, *, prog: str = "python -m tencent_mps.testing") -> int:
    """Start the emulator, print how to reach it, and serve until SIGINT/SIGTERM; exit status."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.subtasks < 0:
        parser.error("--subtasks must not be negative")
    if args.preload < 0:
        parser.error("--preload must not be negative")
    if args.preload_file is not None and not args.preload:
        parser.error("--preload-file needs --preload N")
    if args.seconds_per_step is not None and not (
        math.isfinite(args.seconds_per_step) and args.seconds_per_step > 0
    ):
        parser.error("--seconds-per-step must be positive")
    try:
        secret_key = _secret_key(args, parser)
        user_key = secret_key is not None
        credentials = (
            Credentials(args.secret_id, secret_key)
            if secret_key is not None
            else EXAMPLE_CREDENTIALS
        )
        emulator = Emulator(
            credentials=credentials,
            host=args.host,
            port=args.port,
            rate_limit=args.rate_limit,
            task_duration=args.task_duration,
            seed=args.seed,
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
        preloaded = [emulator.process_media(PRELOAD_REQUEST) for _ in range(args.preload)]
        if args.preload_file is not None:
            _write_preloaded(emulator, preloaded, args.preload_file)
        emulator.start()
    except (_StartError, OSError, ValueError, CredentialsError) as exc:
        print(f"error: cannot start the emulator: {exc}", file=sys.stderr)
        return EXIT_CONFIG
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
        if preloaded:
            print(f"  preloaded tasks: {len(preloaded)}", file=out)
        print("Press Ctrl-C to stop.", file=out, flush=True)
        while not done.wait(0.5):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("emulator stopped", flush=True)
    return 0


__all__ = ["SECRET_KEY_VARIABLE", "build_parser", "serve"]
