"""Progress on stderr: a bar redrawn in place on a terminal, plain lines (or nothing) otherwise.

Text from the service (a task's status) is escaped before it is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from ._terminal import escape_text

if TYPE_CHECKING:
    from tencent_mps.models import DescribeTaskDetailResponse

BAR_WIDTH = 30
#: Moves to the start of the line and erases it.
CLEAR_LINE = "\r\x1b[K"


class ProgressReporter:
    """``--wait``: called with each intermediate response of the waiter."""

    def __init__(self, stream: TextIO, *, live: bool, status: str = "") -> None:
        self._stream = stream
        self._live = live
        self._status = status  # wire path of the status, for responses without a task view
        self._last_line = ""
        self._drawn = False

    def update(self, response: DescribeTaskDetailResponse | Any) -> None:
        if not hasattr(response, "overall_progress"):  # a task kind without a task view
            self._update_status(response)
            return
        percent = response.overall_progress()
        status = escape_text(response.status or "?")
        subtasks = response.subtasks()
        done = sum(1 for s in subtasks if s.percent == 100)
        detail = f"{done}/{len(subtasks)} subtasks done" if subtasks else "no subtasks yet"
        if self._live:
            filled = BAR_WIDTH * percent // 100
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self._stream.write(f"\r[{bar}] {percent:3d}%  {status:<10} {detail}\x1b[K")
            self._drawn = True
        else:
            line = f"{status} {percent}% ({detail})"
            if line != self._last_line:  # one line per change, not per poll
                self._stream.write(line + "\n")
                self._last_line = line
        self._stream.flush()

    def _update_status(self, response: Any) -> None:
        value: Any = response.to_dict() if hasattr(response, "to_dict") else {}
        for part in (self._status or "Status").split("."):
            value = value.get(part) if isinstance(value, dict) else None
        status = escape_text(str(value) if value not in (None, "") else "?")
        if self._live:
            self._stream.write(f"\rstatus {status}\x1b[K")
            self._drawn = True
        elif status != self._last_line:
            self._stream.write(f"{status}\n")
            self._last_line = status
        self._stream.flush()

    def close(self) -> None:
        """End the bar's line, so that what follows starts on a line of its own."""
        if self._live and self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False


class WatchProgress:
    """``watch``: one bar for the whole set of tasks: finished (``#``), finished with failed
    subtasks (``!``) and still running (``-``). Only drawn on a terminal."""

    def __init__(self, stream: TextIO, *, total: int, live: bool) -> None:
        self._stream = stream
        self._live = live
        self.total = total
        self.done = 0
        self.failed = 0
        self._drawn = False

    @property
    def running(self) -> int:
        return self.total - self.done

    def finished(self, *, failed: bool) -> None:
        """Count one more finished task."""
        self.done += 1
        if failed:
            self.failed += 1

    def line(self) -> str:
        total = max(self.total, 1)
        bad = BAR_WIDTH * self.failed // total
        good = BAR_WIDTH * self.done // total - bad
        bar = "#" * good + "!" * bad + "-" * (BAR_WIDTH - good - bad)
        return (
            f"[{bar}] {self.done}/{self.total} done, {self.failed} with failed subtasks, "
            f"{self.running} running"
        )

    def draw(self) -> None:
        if not self._live:
            return
        self._stream.write(f"\r{self.line()}\x1b[K")
        self._stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Erase the bar (before other output reaches the same terminal)."""
        if self._live and self._drawn:
            self._stream.write(CLEAR_LINE)
            self._stream.flush()
            self._drawn = False
