"""The argument parser of ``tencent-mps``: every command, its flags and their help."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import NoReturn

from ._codes import EPILOG
from ._common import add_api_flags, add_output_flag, positive_seconds
from ._helptext import CREDENTIALS_HELP, paragraphs
from ._terminal import escape_text

STATUSES = ("WAITING", "PROCESSING", "FINISH")


def build_parser(*, families: bool = False) -> argparse.ArgumentParser:
    """The hand-written commands; with ``families``, the help also lists every action's command
    by family (read from the generated table only then)."""
    from tencent_mps import __version__

    epilog = EPILOG
    if families:
        from ._catalog import families_text

        epilog = families_text() + "\n" + EPILOG
    parser = argparse.ArgumentParser(
        prog="tencent-mps",
        description="Tencent Cloud Media Processing Service (MPS) from the command line: the "
        "commands below, one command per action (listed after them), and "
        "'tencent-mps completion bash|zsh' for shell completion.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"tencent-mps {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _describe_task_detail(sub)
    _process_media(sub)
    _describe_tasks(sub)
    _watch(sub)
    sub.add_parser(
        "listen",
        help="receive event notifications, one JSON line per verified event "
        "(tencent-mps listen --help)",
    )
    sub.add_parser("emulator", help="run the local MPS emulator (tencent-mps emulator --help)")
    _demo(sub)
    sub.add_parser(
        "completion",
        help="print the shell completion script (tencent-mps completion bash|zsh; "
        "tencent-mps completion --help says how to install it)",
    )
    return parser


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,
    description: str,
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        name,
        help=help,
        description=paragraphs(description),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.set_defaults(usage=parser)
    return parser


def usage_error(args: argparse.Namespace, message: str) -> NoReturn:
    """Exit 2 with the command's usage line and ``message`` (argparse's own format)."""
    parser: argparse.ArgumentParser = args.usage
    parser.error(message)


def _wait_flags(parser: argparse.ArgumentParser, *, default_timeout: str) -> None:
    parser.add_argument(
        "--wait", action="store_true", help="follow the task until it finishes, showing progress"
    )
    parser.add_argument(
        "--interval",
        type=positive_seconds,
        default=None,
        metavar="S",
        help="seconds between polls, with --wait only (default 5)",
    )
    add_api_flags(
        parser,
        timeout_help="bound on the whole command in seconds: with --wait the time to wait "
        f"(default {default_timeout}), every call getting what is left; without, the call "
        "and its retries (default: --read-timeout per attempt)",
    )


def _describe_task_detail(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    d = _command(
        sub,
        "describe-task-detail",
        help="show a task's status and results",
        description="Show a task's status and results (DescribeTaskDetail). " + CREDENTIALS_HELP,
    )
    d.add_argument("task_id", metavar="TASK_ID", nargs="?", help="the task (or --task-id)")
    d.add_argument(  # DescribeTaskDetail's own field flag, as its generic command has it
        "--task-id", dest="task_id_flag", metavar="ID", help="the task, as a flag"
    )
    add_output_flag(
        d, "table (the default on a terminal) or json: the wire JSON of the response, for jq"
    )
    _wait_flags(d, default_timeout="600")


def _cos_input(text: str) -> tuple[str, str, str]:
    bucket, _, rest = text.partition(":")
    region, _, key = rest.partition(":")
    if not (bucket and region and key.strip("/")):
        raise argparse.ArgumentTypeError(
            f"expected BUCKET:REGION:/path/to/file, got {escape_text(text)!r}"
        )
    return bucket, region, key if key.startswith("/") else "/" + key


def _cos_output(text: str) -> tuple[str, str]:
    bucket, _, region = text.partition(":")
    if not (bucket and region) or ":" in region:
        raise argparse.ArgumentTypeError(f"expected BUCKET:REGION, got {escape_text(text)!r}")
    return bucket, region


def _definition(text: str) -> int:
    if not (text.isascii() and text.isdigit() and 0 < int(text) < 2**31):
        raise argparse.ArgumentTypeError(
            f"expected a transcoding template ID (a positive number), got {escape_text(text)!r}"
        )
    return int(text)


def _process_media(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        sub,
        "process-media",
        help="start a media processing task (ProcessMedia)",
        description="Start a media processing task (ProcessMedia) from a request file, or from "
        "flags for the common case (a transcode of one file). Prints the TaskId, or with --wait "
        "follows the task like describe-task-detail --wait. The request is checked before it "
        "is sent: an invalid one exits 2 and nothing is sent. ProcessMedia is not idempotent: "
        "a failed call is retried only when it surely did not reach the service; set "
        "--session-id to make a repeated submission safe (the service refuses a SessionId "
        "seen in the last 3 days). " + CREDENTIALS_HELP,
    )
    req = p.add_argument_group("the request: a file, or the flags below (not both)")
    req.add_argument(
        "--request",
        metavar="FILE",
        help="the request's wire-format JSON (fields InputInfo, MediaProcessTask, ...; "
        "'-' reads standard input)",
    )
    src = req.add_mutually_exclusive_group()
    src.add_argument("--input-url", metavar="URL", help="the file to process, at a URL")
    src.add_argument(
        "--input-cos",
        type=_cos_input,
        metavar="BUCKET:REGION:/KEY",
        help="the file to process, in COS",
    )
    req.add_argument(
        "--output-cos",
        type=_cos_output,
        metavar="BUCKET:REGION",
        help="COS bucket for the outputs (default: the input's; required with --input-url)",
    )
    req.add_argument(
        "--output-dir",
        metavar="DIR",
        help="directory of the outputs, like /out/ (default: the input's)",
    )
    req.add_argument(
        "--transcode",
        type=_definition,
        action="append",
        metavar="DEFINITION",
        help="transcode with this template ID, e.g. 100030 (repeatable)",
    )
    req.add_argument(
        "--notify-url",
        metavar="URL",
        help="POST the task's event notifications here (see tencent-mps listen); the key that "
        "signs them comes from TENCENT_MPS_NOTIFY_KEY or --notify-key-file",
    )
    req.add_argument(
        "--notify-mode",
        choices=("Finish", "Change"),
        help="notify when the task finishes (Finish, default) or on every change (Change)",
    )
    req.add_argument(
        "--notify-key-file",
        metavar="PATH",
        help="file holding the notify key (never give the key itself on the command line)",
    )
    req.add_argument(
        "--session-id",
        metavar="ID",
        help="de-duplication key: the service refuses a second request with it for 3 days",
    )
    for refused in ("--notify-key", "--key"):  # accepted only to refuse them clearly
        req.add_argument(refused, dest="key_on_command_line", help=argparse.SUPPRESS)
    _generic_fields(p, "ProcessMedia")
    add_output_flag(
        p,
        "without --wait: the TaskId alone (default) or json, the wire JSON of the answer; with "
        "--wait: table (the default on a terminal) or json, the finished task's wire JSON",
    )
    _wait_flags(p, default_timeout="600")


def _generic_fields(parser: argparse.ArgumentParser, action: str) -> None:
    """The action's generic field flags that the command does not have already: they set the
    request's top-level fields, over --request FILE or the flags above."""
    from ._catalog import load_spec
    from ._generic import add_field_flags

    spec = load_spec(action)
    own = frozenset(o for act in parser._actions for o in act.option_strings)
    group = parser.add_argument_group(
        f"request fields ({spec.request}): set over --request FILE or the flags above "
        f"(tencent-mps {action} --skeleton shows the whole request)"
    )
    add_field_flags(group, spec, skip=own)
    parser.set_defaults(spec_fields=spec)


def _true_false(text: str) -> bool:
    from ._request import RequestProblem
    from ._values import scalar

    try:
        return bool(scalar("bool", text, "value"))
    except RequestProblem:
        raise argparse.ArgumentTypeError(
            f"expected true or false, got {escape_text(text)!r}"
        ) from None


def _upper_status(text: str) -> str:
    status = text.upper()
    if status not in STATUSES:
        raise argparse.ArgumentTypeError(
            f"must be one of {', '.join(STATUSES)}, got {escape_text(text)!r}"
        )
    return status


def _limit(text: str) -> int:
    if not (text.isascii() and text.isdigit() and 1 <= int(text) <= 100):
        raise argparse.ArgumentTypeError(f"must be from 1 to 100, got {escape_text(text)!r}")
    return int(text)


def iso_time(text: str) -> str:
    """argparse type: an ISO 8601 date or time (UTC unless it says otherwise), as the API wants
    it: ``YYYY-MM-DDTHH:MM:SSZ``."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 time like 2024-05-01T08:00:00Z, got {escape_text(text)!r}"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _describe_tasks(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    t = _command(
        sub,
        "describe-tasks",
        help="list recent tasks by status (DescribeTasks)",
        description="List the tasks of the last 7 days in one status, newest first "
        "(DescribeTasks): a table on a terminal, one JSON line per task otherwise. One page "
        "unless --all. " + CREDENTIALS_HELP,
    )
    t.add_argument(
        "--status",
        type=_upper_status,
        required=True,
        metavar="|".join(STATUSES),
        help="the status to list",
    )
    t.add_argument("--all", action="store_true", help="every page (follows ScrollToken)")
    t.add_argument(
        "--limit",
        type=_limit,
        metavar="N",
        help="tasks per page, 1-100 (default: the service's, 10)",
    )
    t.add_argument(
        "--start-time", type=iso_time, metavar="T", help="created at or after T (ISO 8601, UTC)"
    )
    t.add_argument("--end-time", type=iso_time, metavar="T", help="created before T (ISO 8601)")
    t.add_argument(
        "--failed",
        dest="sub_task_has_failed",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="only tasks with (--failed) or without (--no-failed) a failed subtask",
    )
    t.add_argument(  # DescribeTasks' own field flag, as its generic command has it
        "--sub-task-has-failed",
        dest="sub_task_has_failed",
        type=_true_false,
        metavar="true|false",
        help="the same as --failed / --no-failed",
    )
    t.add_argument(
        "--scroll-token", metavar="TOKEN", help="continue from this page token (printed as a hint)"
    )
    add_output_flag(
        t,
        "table (the default on a terminal) or json: one line per task, the wire JSON of its "
        "TaskSimpleInfo",
    )
    add_api_flags(
        t,
        timeout_help="bound on the whole command in seconds, every page included "
        "(default: --read-timeout per attempt)",
    )


def _watch(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    w = _command(
        sub,
        "watch",
        help="follow many tasks until each finishes; one JSON line per finished task",
        description="Follow many tasks at once until each has finished, within the account's "
        "rate limit: DescribeTasks sweeps find the finished ones, and DescribeTaskDetail is "
        "called only for those (tasks DescribeTasks cannot see, older than 7 days, are polled "
        "one by one). Prints the wire JSON of each finished task's DescribeTaskDetail answer on "
        "one line as soon as it is seen, and a summary on stderr at the end; on a terminal, a "
        "progress bar. Exit 0: all finished without failed subtasks; 3: some have failed "
        "subtasks; 4: --timeout ran out (the unfinished IDs go to stderr or --unfinished-file). "
        + CREDENTIALS_HELP,
    )
    w.add_argument("task_ids", nargs="*", metavar="TASK_ID", help="tasks to follow")
    w.add_argument(
        "--from-file",
        metavar="FILE",
        help="read task IDs from FILE, one per line ('#' starts a comment; '-': standard input)",
    )
    w.add_argument(
        "--interval",
        type=positive_seconds,
        default=5.0,
        metavar="S",
        help="seconds between sweeps (default 5)",
    )
    w.add_argument(
        "--unfinished-file",
        metavar="FILE",
        help="on timeout, write the unfinished task IDs to FILE (one per line, for --from-file) "
        "instead of stderr",
    )
    add_api_flags(
        w,
        timeout_help="give up after S seconds (default 3600); every call gets what is left",
    )


def _demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo",
        help="the whole job on the local emulator: submit a transcode with a notification, "
        "follow it, print the outputs and the verified notification (with credentials and a "
        "TASK_ID: follow that real task)",
        allow_abbrev=False,
    )
    demo.add_argument(
        "task_id", nargs="?", metavar="TASK_ID", help="a real task to follow (needs credentials)"
    )
    demo.add_argument(
        "--task-duration",
        type=positive_seconds,
        default=6.0,
        metavar="S",
        help="seconds the emulated task takes (default 6)",
    )
