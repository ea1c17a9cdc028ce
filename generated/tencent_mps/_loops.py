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
from tencent_mps_core.watch import WatchSpec

DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK: Final = Waiter(
    name="wait_for_task",
    interval=5.0,
    timeout=600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "FINISH", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_TASK_DETAIL_WATCH_TASKS: Final = WatchSpec(
    name="watch_tasks",
    interval=5.0,
    timeout=3600.0,
    items="task_set",
    item_id="task_id",
    item_created="create_time",
    done_status="FINISH",
    other_statuses=("WAITING", "PROCESSING"),
    visible_days=7.0,
)

DESCRIBE_TASKS_PAGES: Final = Pagination(
    style="scroll-token",
    items="task_set",
    request_token="scroll_token",
    response_token="scroll_token",
    limit="limit",
    total="total_count",
    max_page_size=100,
)
