"""``tencent-mps watch``: follow many tasks with ``Client.watch_tasks`` until each finishes.

stdout gets one compact JSON line per finished task (the wire JSON of its DescribeTaskDetail
answer), flushed at once; stderr gets the progress bar (on a terminal) and a summary line at
the end. Exit 0 when every task finished without failed subtasks, 3 when some have failed
subtasks, 4 when ``--timeout`` ran out first (that wins over 3).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from tencent_mps_core.exceptions import SDKError, TransportError, WaitTimeoutError

from ._codes import EXIT_OK, EXIT_SUBTASKS_FAILED, EXIT_TIMEOUT, EXIT_USAGE
from ._common import Deadline, command_timeout, make_client
from ._errors import say
from ._parser import usage_error
from ._progress import WatchProgress
from ._render import json_line
from ._terminal import is_live

if TYPE_CHECKING:
    from collections.abc import Iterable


class _BadIdFile(Exception):
    pass


def read_ids(lines: Iterable[str], where: str) -> list[str]:
    """Task IDs, one per line; blank lines and ``#`` comments are skipped."""
    ids = []
    for number, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if any(c.isspace() for c in text):
            raise _BadIdFile(f"{where}, line {number}: expected one task ID per line")
        ids.append(text)
    return ids


def _ids_from_file(path: str, stdin: TextIO | None) -> list[str]:
    if path == "-":
        if stdin is None:
            raise _BadIdFile("--from-file -: there is no standard input")
        return read_ids(stdin, "standard input")
    try:
        with open(path, encoding="utf-8") as f:
            return read_ids(f, path)
    except OSError as exc:
        raise _BadIdFile(f"--from-file: cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise _BadIdFile(f"--from-file: {path} is not UTF-8 text") from None


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def watch(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    ids = list(args.task_ids)
    if args.from_file is not None:
        try:
            ids += _ids_from_file(args.from_file, stdin)
        except _BadIdFile as exc:
            say(err, f"error: {exc}")
            return EXIT_USAGE
    ids = _unique(ids)
    if not ids:
        usage_error(args, "no task to watch: give TASK_IDs or --from-file FILE")
    deadline = Deadline(command_timeout(args))
    progress = WatchProgress(err, total=len(ids), live=is_live(err) and not args.debug)
    pending: tuple[str, ...] = ()
    timed_out = False
    try:
        with make_client(args) as client:
            remaining = deadline.remaining()
            assert remaining is not None
            watcher = client.watch_tasks(ids, interval=args.interval, timeout=remaining)
            progress.draw()
            try:
                for response in watcher:
                    failed = response.status == "FINISH" and bool(response.failed_subtasks())
                    progress.finished(failed=failed)
                    progress.clear()  # the bar and the lines may share a terminal
                    json_line(response, out)
                    progress.draw()
            except WaitTimeoutError as exc:
                timed_out, pending = True, tuple(exc.pending)
            except TransportError:
                if not deadline.passed():
                    raise
                timed_out, pending = True, tuple(sorted(watcher.pending))
            finally:
                progress.clear()
    except SDKError:
        if progress.done:  # what was printed before the failure, for the record
            say(err, _summary(len(ids), progress, progress.running))
        raise
    say(err, _summary(len(ids), progress, len(pending)))
    if not timed_out:
        return EXIT_SUBTASKS_FAILED if progress.failed else EXIT_OK
    say(err, f"error: timed out after {deadline.seconds:g} s: {len(pending)} unfinished")
    _report_unfinished(pending, args.unfinished_file, err)
    return EXIT_TIMEOUT


def _summary(total: int, progress: WatchProgress, unfinished: int) -> str:
    tasks = "1 task" if total == 1 else f"{total} tasks"
    return (
        f"watch: {tasks}: {progress.done} finished ({progress.failed} with failed subtasks), "
        f"{unfinished} unfinished"
    )


def _report_unfinished(pending: tuple[str, ...], path: str | None, err: TextIO) -> None:
    if path is not None:
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(f"{task_id}\n" for task_id in pending)
        except OSError as exc:
            say(err, f"error: cannot write --unfinished-file {path}: {exc.strerror or exc}")
        else:
            say(err, f"unfinished task IDs written to {path} (watch them again: --from-file)")
            return
    say(err, *(f"unfinished: {task_id}" for task_id in pending))
