"""``tencent-mps process-media``: start a task, print its TaskId or follow it to the end."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from tencent_mps_core.exceptions import TransportError

from ._codes import EXIT_OK, EXIT_TRANSPORT, EXIT_USAGE
from ._common import CommandTimeout, Deadline, command_timeout, make_client, output_format
from ._errors import report, say
from ._follow import follow
from ._generic import flag_fields
from ._parser import usage_error
from ._render import render_json
from ._request import (
    RequestProblem,
    conflicting_flags,
    read_request_file,
    request_fields,
    request_from_flags,
    unknown_paths,
)
from ._terminal import escape_text, is_live

if TYPE_CHECKING:
    from tencent_mps.models import ProcessMediaRequest

#: Said after a failed ProcessMedia call that may have reached the service.
MAYBE_CREATED = (
    "  the request may have reached the service, so the task may exist: look with "
    "tencent-mps describe-tasks --status WAITING; with --session-id, sending it again is safe"
)


def _surely_not_sent(exc: BaseException) -> bool:
    """Whether the failed call never reached the service (no connection was made)."""
    from tencent_mps_core.retry import not_sent

    cause = exc.__cause__
    if isinstance(cause, TransportError):  # a CommandTimeout wraps the TransportError
        cause = cause.__cause__
    if cause is None:
        return False
    return bool(getattr(cause, "not_sent", False)) or not_sent(cause)


def extra_given(args: argparse.Namespace) -> bool:
    return any(k.startswith("field:") and v is not None for k, v in vars(args).items())


def _overlay(request: ProcessMediaRequest | None, fields: dict[str, Any]) -> ProcessMediaRequest:
    """``request`` with ``fields`` (wire names) set over it, checked like a request file."""
    from tencent_mps.models import ProcessMediaRequest
    from tencent_mps_core.exceptions import DecodeError

    data = request.to_dict() if request is not None else {}
    data.update(fields)
    try:
        merged = ProcessMediaRequest.from_dict(data)
    except DecodeError as exc:
        raise RequestProblem(f"invalid request: {exc} (nothing was sent)") from None
    unknown = list(unknown_paths(merged))
    if unknown:
        raise RequestProblem(
            f"invalid request: {', '.join(unknown)}: not a field of the ProcessMedia request "
            "(nothing was sent)"
        )
    return merged


def process_media(
    args: argparse.Namespace, out: TextIO, err: TextIO, stdin: BinaryIO | None
) -> int:
    if args.key_on_command_line is not None:
        usage_error(
            args,
            "the notify key is not taken on the command line (the process list and the shell "
            "history would show it): set TENCENT_MPS_NOTIFY_KEY or use --notify-key-file PATH",
        )
    if args.interval is not None and not args.wait:
        usage_error(args, "--interval goes with --wait")
    #: fields that flags set over --request FILE, as every action's command does
    over = {"--output-dir": "OutputDir", "--session-id": "SessionId"}
    conflicting = [f for f in conflicting_flags(args) if f not in over]
    if args.request is not None and conflicting:
        usage_error(
            args,
            f"--request FILE holds the whole request: drop {', '.join(conflicting)}",
        )
    deadline = Deadline(command_timeout(args))

    from tencent_mps.operations import PROCESS_MEDIA

    try:
        extra = flag_fields(args.spec_fields, args, stdin)  # the generic field flags
        base: ProcessMediaRequest | None = None
        if args.request is not None:
            base = read_request_file(args.request, stdin)
            for flag, wire in over.items():
                value = getattr(args, flag[2:].replace("-", "_"))
                if value is not None:
                    extra[wire] = value
        elif not extra or [f for f in conflicting_flags(args) if f not in over]:
            base = request_from_flags(args, os.environ)
        # else the field flags alone make the request
        request = _overlay(base, extra) if extra or base is None else base
    except RequestProblem as problem:
        if args.request is None and problem.code == EXIT_USAGE and not extra_given(args):
            usage_error(args, problem.message)  # flags that do not fit together
        say(err, f"error: {problem.message}")
        return problem.code
    PROCESS_MEDIA.encode(request)  # ValidationError (exit 2) before credentials are looked for
    notify = request.task_notify_config
    if args.request is None and notify is not None and notify.notify_key is None:
        say(
            err,
            "warning: no notify key (TENCENT_MPS_NOTIFY_KEY or --notify-key-file): the "
            "notifications cannot be verified",
        )

    fmt = output_format(args, out)
    with make_client(args) as client:
        try:
            with deadline.bounded():
                response = client.process_media(
                    **request_fields(request), timeout=deadline.remaining()
                )
        except (TransportError, CommandTimeout) as exc:
            code = report(exc, err)
            if not _surely_not_sent(exc):
                say(err, MAYBE_CREATED)
            return code
        task_id = response.task_id
        if not task_id:
            say(err, "error: the service answered without a TaskId")
            return EXIT_TRANSPORT
        if not args.wait:
            if args.output == "json":  # the TaskId alone unless asked, even in a pipe
                render_json(response, out)
            else:
                out.write(f"{escape_text(task_id)}\n")
            out.flush()
            return EXIT_OK
        say(err, f"started task {task_id}; following it (Ctrl-C stops following, not the task)")
        return follow(
            client,
            task_id,
            interval=args.interval or 5.0,
            deadline=deadline,
            fmt=fmt,
            out=out,
            err=err,
            live=is_live(err) and not args.debug,
            on_timeout=f"  the task goes on: tencent-mps describe-task-detail {task_id} --wait",
        )
