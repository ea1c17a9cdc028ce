"""The ``tencent-mps`` command line.

Commands (``tencent-mps COMMAND --help`` for each):

- ``describe-task-detail TASK_ID [--wait]``: a task's status and results;
- ``process-media (--request FILE | --input-url URL | --input-cos B:R:/KEY ...) [--wait]``:
  start a task;
- ``describe-tasks --status S [--all]``: list recent tasks;
- ``watch TASK_ID... [--from-file F]``: follow many tasks, one JSON line per finished task;
- ``listen --port N``: receive event notifications; ``emulator``: the local emulator;
  ``demo``: the whole job on the emulator;
- one command per action (``create-transcode-template``, or ``CreateTranscodeTemplate``), its
  parser built from the action's generated record (:mod:`._generic`): a flag per top-level
  field, ``--request``, ``--skeleton``, ``--query``, ``--all``, ``--wait``;
- ``completion bash|zsh``: the shell completion script (:mod:`._complete`).

Every command that calls the API takes ``--region``, ``--profile``, ``--endpoint``,
``--allow-http``, ``--proxy``, ``--ca-bundle``, ``--timeout``, ``--read-timeout``,
``--max-attempts`` and ``--debug``. ``--timeout`` bounds the whole command (see
:mod:`._common`); ``--interval`` needs ``--wait``.

Output: results on stdout (a table on a terminal, wire JSON otherwise or with ``--output json``),
progress and errors on stderr. Text from the service is escaped before it reaches a terminal,
and JSON output stays valid JSON (see :mod:`._terminal`). When the reader of the output goes
away (``| head``) the command stops quietly with exit code 0; Ctrl-C stops it with 130.

Exit codes (also in ``tencent-mps --help``):

====  =================================================================
0     success (with ``--wait``/``watch``: finished, no subtask failed)
1     the service answered with an API error (code, message, request id)
2     usage error (bad arguments, or an invalid request: nothing was sent)
3     the task (``watch``: some task) finished, but one or more subtasks failed
4     ``--timeout`` ran out before the task (``watch``: every task) finished
5     the service could not be reached, or its answer could not be read
6     configuration error: credentials, endpoint, region, proxy, CA bundle, port in use
130   interrupted (Ctrl-C)
====  =================================================================
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._catalog import HAND_WRITTEN, SHARED
from ._codes import (
    EXIT_API_ERROR,
    EXIT_CONFIG,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SUBTASKS_FAILED,
    EXIT_TIMEOUT,
    EXIT_TRANSPORT,
    EXIT_USAGE,
)

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_CONFIG",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_SUBTASKS_FAILED",
    "EXIT_TIMEOUT",
    "EXIT_TRANSPORT",
    "EXIT_USAGE",
    "main",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tencent-mps`` with ``argv`` (default: the process's arguments); the exit code.

    Called without ``argv`` (as the ``tencent-mps`` program), it also guards the process: a
    command with a ``--timeout`` is stopped if it overruns it by more than a few seconds, and
    Ctrl-C ends it at once even if a call is still in flight in another thread.
    """
    as_program = argv is None
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["emulator"]:  # its own parser takes every option that follows
        from tencent_mps_lib.testing.serve import serve

        return serve(args_list[1:], prog="tencent-mps emulator")
    if args_list[:1] == ["listen"]:  # its own parser too (tencent_mps_lib/cli/_listen.py)
        from ._listen import listen

        return listen(args_list[1:])
    if args_list[:1] in (["completion"], ["__complete"]):
        from ._complete import completion

        return completion(args_list)
    from ._run import run

    first = args_list[0] if args_list else ""
    action = None
    if first in SHARED:
        from ._routing import generic_flags_in

        if generic_flags_in(first, args_list[1:]):
            action = SHARED[first]
    elif first and first not in HAND_WRITTEN and not first.startswith("-"):
        from ._catalog import resolve

        action = resolve(first)
        if action is None:
            from ._catalog import unknown_command

            return unknown_command(first, sys.stderr)
    if action is not None:  # one command per action, its parser built from its record
        from ._generic import parse

        chosen = action
        return run(
            args_list,
            as_program=as_program,
            parse=lambda argv: parse(argv[0], chosen, argv[1:]),
        )
    return run(args_list, as_program=as_program)
