"""``tencent-mps describe-task-detail``: a task's status and results, once or until it ends."""

from __future__ import annotations

import argparse
from typing import TextIO

from ._common import Deadline, command_timeout, make_client, output_format
from ._follow import follow, show_task
from ._parser import usage_error
from ._terminal import is_live


def describe(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.interval is not None and not args.wait:
        usage_error(args, "--interval goes with --wait")
    if args.task_id is None and args.task_id_flag is None:
        usage_error(args, "the following arguments are required: TASK_ID (or --task-id ID)")
    if args.task_id is not None and args.task_id_flag not in (None, args.task_id):
        usage_error(args, "give the task once: TASK_ID or --task-id ID")
    if args.task_id is None:
        args.task_id = args.task_id_flag
    deadline = Deadline(command_timeout(args))
    fmt = output_format(args, out)
    with make_client(args) as client:
        if args.wait:
            return follow(
                client,
                args.task_id,
                interval=args.interval or 5.0,
                deadline=deadline,
                fmt=fmt,
                out=out,
                err=err,
                live=is_live(err) and not args.debug,
            )
        with deadline.bounded():
            response = client.describe_task_detail(args.task_id, timeout=deadline.remaining())
    return show_task(args.task_id, response, fmt, out)
