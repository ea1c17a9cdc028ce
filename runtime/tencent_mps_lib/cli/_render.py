"""How the command line prints results: wire JSON for machines, summary tables for people.

Everything that came from the service goes through :mod:`._terminal` on its way out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from tencent_mps_core.times import to_text

from ._terminal import escape_text, json_text, table, wants_ascii

if TYPE_CHECKING:
    from tencent_mps.models import DescribeTaskDetailResponse, TaskSimpleInfo


def render_json(response: Any, out: TextIO) -> None:
    """The wire JSON of a response model (what the service sent inside ``"Response"``), indented."""
    out.write(json_text(response.to_dict(), indent=2, ascii_only=wants_ascii(out)) + "\n")


def json_line(model: Any, out: TextIO) -> None:
    """The wire JSON of a model on one line, flushed at once (for ``| jq`` and pipe readers)."""
    out.write(json_text(model.to_dict(), ascii_only=wants_ascii(out)) + "\n")
    out.flush()


def render_table(task_id: str, r: DescribeTaskDetailResponse, out: TextIO) -> None:
    """A readable summary of a task: type, status, times, one row per subtask and its outputs."""
    table(
        [
            ["Task", task_id],
            ["Type", r.task_type or "-"],
            ["Status", f"{r.status or '-'} ({r.overall_progress()}%)"],
            ["Created", when(r.create_time)],
            ["Started", when(r.begin_process_time)],
            ["Finished", when(r.finish_time)],
            ["Request ID", r.request_id or "-"],
        ],
        out,
    )
    subtasks = r.subtasks()
    out.write("\n")
    if not subtasks:
        out.write("No subtasks.\n")
        return
    rows = [["SUBTASK", "KIND", "STATUS", "PROGRESS", "OUTPUT"]]
    for s in subtasks:
        outputs = [str(f) for f in s.outputs] or ["-"]
        rows.append([s.name, s.kind or "-", s.status or "-", f"{s.percent}%", outputs[0]])
        rows.extend(["", "", "", "", extra] for extra in outputs[1:])
    table(rows, out)
    failed = [s for s in subtasks if s.failed]
    if failed:
        out.write("\nFailed subtasks:\n")
        for s in failed:
            code = s.err_code_ext or (str(s.err_code) if s.err_code is not None else "-")
            out.write(escape_text(f"  {s.name}: {code}: {s.message or 'no message'}") + "\n")


def when(value: datetime | None) -> str:
    """A time cell: the time as the service wrote it (ISO 8601), or ``-``."""
    return "-" if value is None else str(to_text(value))


TASK_COLUMNS = ["TASK ID", "TYPE", "CREATED", "FINISHED", "SUBTASKS"]


def task_row(task: TaskSimpleInfo) -> list[str]:
    """One row of ``describe-tasks``: id, type, created, finished, subtask types."""
    return [
        task.task_id or "-",
        task.task_type or "-",
        when(task.create_time),
        when(task.finish_time),
        ",".join(task.sub_task_types or []) or "-",
    ]


def render_task_table(tasks: Iterable[TaskSimpleInfo], out: TextIO) -> int:
    """The ``describe-tasks`` table (a header and one row per task); returns the row count."""
    rows = [task_row(t) for t in tasks]
    if rows:
        table([TASK_COLUMNS, *rows], out)
    return len(rows)
