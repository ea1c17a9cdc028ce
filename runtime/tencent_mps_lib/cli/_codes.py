"""Exit codes of the ``tencent-mps`` command line (documented in the package docstring)."""

from __future__ import annotations

from typing import Final

EXIT_OK: Final = 0
EXIT_API_ERROR: Final = 1
EXIT_USAGE: Final = 2
EXIT_SUBTASKS_FAILED: Final = 3
EXIT_TIMEOUT: Final = 4
EXIT_TRANSPORT: Final = 5
EXIT_CONFIG: Final = 6
EXIT_INTERRUPTED: Final = 130

#: The exit-code table shown at the end of ``--help``.
EPILOG: Final = """exit codes:
  0  success (with --wait or watch: finished, no subtask failed); also when the reader of
     the output went away (| head)
  1  API error (the service answered with an error code)
  2  usage error (bad arguments, invalid request: nothing was sent)
  3  task finished with failed subtasks (watch: at least one task)
  4  --timeout ran out before the task (watch: every task) finished
  5  network failure, or an answer that could not be read
  6  configuration error (credentials, endpoint, region, proxy, CA bundle, port in use)
  130 interrupted (Ctrl-C)
"""
