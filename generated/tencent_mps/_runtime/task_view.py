# generated from runtime/_runtime/task_view.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/task_view.py.
"""Reading helpers mixed into ``DescribeTaskDetailResponse`` (``customBasePath`` in schema/).

The mixin is imported with the response model, so it stays light: the walking logic and its
types (:mod:`.subtasks`) load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .subtasks import OutputFile, Subtask


class TaskView:
    """Mixin for ``DescribeTaskDetailResponse``: a flat, read-only view of the task's subtasks."""

    __slots__ = ()

    def subtasks(self) -> list[Subtask]:
        """Every subtask of the task (transcodes, snapshots, AI analysis, ...), in response order."""
        from .subtasks import collect

        return collect(self)

    def overall_progress(self) -> int:
        """Progress of the whole task, 0-100: 100 when finished, else the mean of the subtasks'."""
        if getattr(self, "status", None) == "FINISH":
            return 100
        subtasks = self.subtasks()
        if not subtasks:
            return 0
        return sum(s.percent for s in subtasks) // len(subtasks)

    def failed_subtasks(self) -> list[Subtask]:
        """The subtasks that failed, with their error code, extended code and message."""
        return [s for s in self.subtasks() if s.failed]

    def output_files(self) -> dict[str, list[OutputFile]]:
        """Output files per subtask name (subtasks that wrote nothing are left out)."""
        return {s.name: list(s.outputs) for s in self.subtasks() if s.outputs}
