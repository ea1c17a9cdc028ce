"""How the command line prints a task: wire JSON for machines, a summary table for people."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tencent_mps.models import DescribeTaskDetailResponse


def render_json(response: DescribeTaskDetailResponse, out: TextIO) -> None:
    """The wire JSON of the response (what the service sent inside ``"Response"``)."""
    json.dump(response.to_dict(), out, indent=2, ensure_ascii=False)
    out.write("\n")


def _table(rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n"
        )


def render_table(task_id: str, r: DescribeTaskDetailResponse, out: TextIO) -> None:
    """A readable summary: task type, status, times, one row per subtask."""
    summary = [
        ["Task", task_id],
        ["Type", r.task_type or "-"],
        ["Status", f"{r.status or '-'} ({r.overall_progress()}%)"],
        ["Created", r.create_time or "-"],
        ["Started", r.begin_process_time or "-"],
        ["Finished", r.finish_time or "-"],
        ["Request ID", r.request_id or "-"],
    ]
    _table(summary, out)
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
    _table(rows, out)
    failed = [s for s in subtasks if s.failed]
    if failed:
        out.write("\nFailed subtasks:\n")
        for s in failed:
            code = s.err_code_ext or (str(s.err_code) if s.err_code is not None else "-")
            out.write(f"  {s.name}: {code}: {s.message or 'no message'}\n")
