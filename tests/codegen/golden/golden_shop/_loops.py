# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_loops.py.jinja2 (make generate); do not edit.
"""Waiters, paginators and watchers of ``schema/mps.openapi.json``, as data.

The generated clients load this module when one of them is first used, and hand the records
to the hand-written core (``tencent_mps_core.waiter``, ``.paginate``, ``.watch``), which runs
them.
"""

from __future__ import annotations

from typing import Final

from tencent_mps_core.paginate import Pagination
from tencent_mps_core.waiter import Acceptor, Waiter

DESCRIBE_JOB_WAIT_FOR_JOB: Final = Waiter(
    name="wait_for_job",
    interval=2.0,
    timeout=60.0,
    acceptors=(
        Acceptor("success", "path", ("job", "status"), "DONE", "Job.Status"),
        Acceptor("failure", "path", ("job", "status"), "FAILED", "Job.Status"),
        Acceptor(
            "failure", "path-any", ("job", "steps", "[]", "status"), "FAILED", "Job.Steps[].Status"
        ),
        Acceptor("retry", "error", (), "ResourceNotFound", ""),
    ),
)

LIST_JOBS_PAGES: Final = Pagination(
    style="offset-limit",
    items="job_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=50,
)
