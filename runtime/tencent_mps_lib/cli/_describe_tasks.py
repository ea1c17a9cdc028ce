"""``tencent-mps describe-tasks``: the tasks of the last 7 days in one status, newest first.

Pages are fetched here rather than with ``Client.iter_tasks`` so that ``--timeout`` bounds the
whole listing (each page gets the time that is left) and JSON lines go out page by page. The
paging rule is the same: follow ``ScrollToken`` until it is empty or a page is empty, and stop
with an error if the service sends the same token again.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from tencent_mps_core.exceptions import SDKError

from ._codes import EXIT_OK
from ._common import Deadline, command_timeout, make_client, output_format
from ._errors import say
from ._render import json_line, render_task_table

if TYPE_CHECKING:
    from tencent_mps.models import TaskSimpleInfo


def describe_tasks(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    deadline = Deadline(command_timeout(args))
    fmt = output_format(args, out)
    token: str | None = args.scroll_token
    collected: list[TaskSimpleInfo] = []
    listed = 0
    more = False
    with make_client(args) as client, deadline.bounded():
        while True:
            page = client.describe_tasks(
                args.status,
                sub_task_has_failed=args.sub_task_has_failed,
                limit=args.limit,
                scroll_token=token,
                start_time=args.start_time,
                end_time=args.end_time,
                timeout=deadline.remaining(),
            )
            tasks = page.task_set or []
            listed += len(tasks)
            if fmt == "json":
                for task in tasks:
                    json_line(task, out)
            else:
                collected.extend(tasks)
            previous, token = token, page.scroll_token or None
            more = bool(tasks and token)
            if not (args.all and more):
                break
            if token == previous:
                raise SDKError(
                    f"the listing did not advance: the service sent token {token!r} again"
                )
    if fmt == "table":
        if not render_task_table(collected, out):
            out.write(f"No {args.status} tasks.\n")
        out.flush()
    if more:
        say(
            err,
            f"{listed} tasks shown; there are more: add --all, or --scroll-token {token} for "
            "the next page",
        )
    return EXIT_OK
