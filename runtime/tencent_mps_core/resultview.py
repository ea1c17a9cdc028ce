"""Reading helpers for responses that describe one task and its subtasks.

Generated models name this mixin in schema/ (``customBasePath``) together with the fields that
hold the task (``x-tc-task-fields``, rendered as the class's ``TASK_FIELDS``). The conventions it
follows are those of Tencent Cloud's media APIs: a subtask result has a ``Status`` and an
``ErrCode``/``ErrCodeExt``; output files are named by ``Path`` fields next to an ``OutputStorage``.

The mixin is imported with the model, so it stays light: the walking logic and its types
(:mod:`.subtasks`) load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .subtasks import OutputFile, Subtask


class TaskView:
    """Mixin of a task-detail response: a flat, read-only view of the task's subtasks."""

    __slots__ = ()

    def subtasks(self) -> list[Subtask]:
        """Every subtask of the task (transcodes, snapshots, AI analysis, ...), in response order."""
        from .subtasks import collect

        return collect(self)

    def overall_progress(self) -> int:
        """Progress of the whole task, 0-100: 100 when finished, else the mean of the subtasks'."""
        from .subtasks import SUCCEEDED

        if str(getattr(self, "status", None) or "").upper() in SUCCEEDED:
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
