"""Progress display for ``--wait``: a live bar on a terminal, plain lines otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tencent_mps.models import DescribeTaskDetailResponse

BAR_WIDTH = 30


class ProgressReporter:
    """Called with each intermediate response of the waiter."""

    def __init__(self, stream: TextIO, *, live: bool) -> None:
        self._stream = stream
        self._live = live
        self._last_line = ""
        self._drawn = False

    def update(self, response: DescribeTaskDetailResponse) -> None:
        percent = response.overall_progress()
        status = response.status or "?"
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

    def close(self) -> None:
        if self._live and self._drawn:
            self._stream.write("\n")
            self._stream.flush()
