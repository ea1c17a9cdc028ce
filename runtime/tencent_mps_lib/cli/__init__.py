"""The ``tencent-mps`` command line.

Exit codes (also in ``tencent-mps --help``):

====  =================================================================
0     success (with ``--wait``: the task finished and no subtask failed)
1     the service answered with an API error (code, message, request id)
2     usage error (bad arguments)
3     the task finished, but one or more subtasks failed
4     ``--wait`` timed out before the task finished
5     the service could not be reached, or its answer could not be read
6     configuration error: no credentials, bad endpoint or region
130   interrupted (Ctrl-C)
====  =================================================================
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CONFIG",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_SUBTASKS_FAILED",
    "EXIT_TIMEOUT",
    "EXIT_TRANSPORT",
    "EXIT_USAGE",
    "main",
]

if TYPE_CHECKING:
    from tencent_mps.client import Client
    from tencent_mps.models import DescribeTaskDetailResponse

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_SUBTASKS_FAILED = 3
EXIT_TIMEOUT = 4
EXIT_TRANSPORT = 5
EXIT_CONFIG = 6
EXIT_INTERRUPTED = 130

EPILOG = """exit codes:
  0  success (with --wait: finished, no failed subtask)   1  API error
  2  usage error                                          3  task finished with failed subtasks
  4  --wait timed out                                     5  network failure or unreadable answer
  6  configuration error (credentials, endpoint, region)  130 interrupted
"""


def _parser() -> argparse.ArgumentParser:
    from tencent_mps import __version__

    parser = argparse.ArgumentParser(
        prog="tencent-mps",
        description="Tencent Cloud Media Processing Service (MPS) from the command line.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tencent-mps {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    d = sub.add_parser(
        "describe-task-detail",
        help="show a task's status and results",
        description="Show a task's status and results (DescribeTaskDetail). Credentials come from "
        "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or ~/.tencentcloud/credentials.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    d.add_argument("task_id", metavar="TASK_ID")
    d.add_argument(
        "--wait", action="store_true", help="poll until the task finishes, showing progress"
    )
    d.add_argument(
        "--interval",
        type=_positive,
        default=5.0,
        metavar="S",
        help="seconds between polls with --wait (default 5)",
    )
    d.add_argument(
        "--timeout",
        type=_positive,
        default=600.0,
        metavar="S",
        help="give up waiting after S seconds (default 600)",
    )
    d.add_argument(
        "--output",
        choices=("table", "json"),
        default=None,
        help="table (default on a terminal) or json: the wire JSON of the response, for jq",
    )
    d.add_argument(
        "--region", help="region, e.g. ap-guangzhou (default: TENCENTCLOUD_REGION or the profile's)"
    )
    d.add_argument(
        "--profile",
        help="profile of ~/.tencentcloud/credentials (default: TENCENTCLOUD_PROFILE or default)",
    )
    d.add_argument("--endpoint", help="endpoint URL (default https://mps.tencentcloudapi.com)")

    sub.add_parser("emulator", help="run the local MPS emulator (tencent-mps emulator --help)")
    sub.add_parser(
        "listen",
        help="receive event notifications, one JSON line per verified event "
        "(tencent-mps listen --help)",
    )

    demo = sub.add_parser(
        "demo",
        help="the whole job: describe-task-detail --wait, against the local emulator unless "
        "credentials and a TASK_ID are given",
    )
    demo.add_argument(
        "task_id", nargs="?", metavar="TASK_ID", help="a real task to follow (needs credentials)"
    )
    demo.add_argument(
        "--seconds-per-step",
        type=_positive,
        default=1.5,
        metavar="S",
        help="pace of the demo task (default 1.5)",
    )
    return parser


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["emulator"]:  # its own parser takes every option that follows
        from tencent_mps_lib.testing.serve import serve

        return serve(argv[1:], prog="tencent-mps emulator")
    if argv[:1] == ["listen"]:  # its own parser too (tencent_mps_lib/cli/_listen.py)
        from ._listen import listen

        return listen(argv[1:])
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            from ._demo import run_demo

            return run_demo(args.task_id, seconds_per_step=args.seconds_per_step)
        return describe(args, sys.stdout, sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def describe(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from tencent_mps.errors import (
        APIError,
        ConfigurationError,
        CredentialsError,
        DecodeError,
        TransportError,
        WaitTimeoutError,
    )

    from ._render import render_json, render_table

    output = args.output or ("table" if out.isatty() else "json")
    try:
        client = _client(args)
        with client:
            if args.wait:
                from ._progress import ProgressReporter

                reporter = ProgressReporter(
                    err, live=err.isatty() and os.environ.get("TERM") != "dumb"
                )
                try:
                    response = client.wait_for_task(
                        args.task_id,
                        interval=args.interval,
                        timeout=args.timeout,
                        on_progress=reporter.update,
                    )
                    reporter.update(response)  # the bar ends on the final state
                finally:
                    reporter.close()
            else:
                response = client.describe_task_detail(task_id=args.task_id)
    except WaitTimeoutError as exc:
        last: DescribeTaskDetailResponse | None = exc.last
        state = (
            f"; last status {last.status} ({last.overall_progress()}%)" if last is not None else ""
        )
        print(
            f"error: timed out after {args.timeout:g} s waiting for {args.task_id}{state}", file=err
        )
        return EXIT_TIMEOUT
    except APIError as exc:
        rid = f" (request id {exc.request_id})" if exc.request_id else ""
        print(f"error: {exc.code}: {exc.message}{rid}", file=err)
        return EXIT_API_ERROR
    except (CredentialsError, ConfigurationError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_CONFIG
    except (TransportError, DecodeError) as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=err)
        return EXIT_TRANSPORT

    if output == "json":
        render_json(response, out)
    else:
        render_table(args.task_id, response, out)
    if response.status == "FINISH" and response.failed_subtasks():
        return EXIT_SUBTASKS_FAILED
    return EXIT_OK


def _client(args: argparse.Namespace) -> Client:
    from tencent_mps.client import Client

    return Client(region=args.region, profile=args.profile, endpoint=args.endpoint)
