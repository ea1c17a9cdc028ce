"""Following one task to its end (``--wait``), and printing a task's final state."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from tencent_mps_core.exceptions import WaitTimeoutError

from ._codes import EXIT_OK, EXIT_SUBTASKS_FAILED, EXIT_TIMEOUT
from ._errors import say
from ._progress import ProgressReporter
from ._render import render_json, render_table

if TYPE_CHECKING:
    from tencent_mps.client import Client
    from tencent_mps.models import DescribeTaskDetailResponse

    from ._common import Deadline


def show_task(task_id: str, response: DescribeTaskDetailResponse, fmt: str, out: TextIO) -> int:
    """Print the task as a table or as wire JSON; exit 3 if it finished with failed subtasks."""
    if fmt == "json":
        render_json(response, out)
    else:
        render_table(task_id, response, out)
    out.flush()
    if response.status == "FINISH" and response.failed_subtasks():
        return EXIT_SUBTASKS_FAILED
    return EXIT_OK


def follow(
    client: Client,
    task_id: str,
    *,
    interval: float,
    deadline: Deadline,
    fmt: str,
    out: TextIO,
    err: TextIO,
    live: bool,
    on_timeout: str = "",
) -> int:
    """Poll the task until it finishes, with progress on ``err``; print the final state.

    ``on_timeout`` is a hint added to the timeout message (what to run to keep following).
    """
    reporter = ProgressReporter(err, live=live)
    timeout = deadline.remaining()
    assert timeout is not None  # --wait always has a deadline
    try:
        response = client.wait_for_task(
            task_id, interval=interval, timeout=timeout, on_progress=reporter.update
        )
        reporter.update(response)  # the bar ends on the final state
    except WaitTimeoutError as exc:
        reporter.close()
        last: DescribeTaskDetailResponse | None = exc.last
        state = (
            f"; last status {last.status} ({last.overall_progress()}%)" if last is not None else ""
        )
        lines = [f"error: timed out after {deadline.seconds:g} s waiting for {task_id}{state}"]
        if on_timeout:
            lines.append(on_timeout)
        say(err, *lines)
        return EXIT_TIMEOUT
    finally:
        reporter.close()
    return show_task(task_id, response, fmt, out)
