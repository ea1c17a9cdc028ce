"""DescribeTasks: the listing's parameters, its page token, and the answer.

As the service does: ``Status`` (WAITING, PROCESSING or FINISH) is required; ``StartTime`` and
``EndTime`` (ISO 8601) bound the creation time, both inclusive; only tasks created in the last
7 days (168 hours) of the emulator clock are listed; ``Limit`` is 10 by default and at most 100
(``InvalidParameterValue.Limit`` otherwise); ``SubTaskHasFailed`` keeps finished tasks with (true)
or without (false) a failed subtask. Tasks come newest first. ``TotalCount`` counts every task
matching the filters; ``ScrollToken`` is an opaque position after the page's last task, "" on
the last page. Tasks created after a listing started do not shift its later pages.
"""

from __future__ import annotations

import base64
import binascii
import math
import struct
from collections.abc import Mapping
from typing import Any, Final

from tencent_mps.enums import TaskStatus

from .._errors import EmulatorError, invalid_value
from ._tasks import Key, TaskQuery, TaskStore
from ._timefmt import parse_iso

__all__ = ["describe_tasks"]

DEFAULT_LIMIT: Final = 10
MAX_LIMIT: Final = 100
#: DescribeTasks sees tasks created this long ago at most (7 days).
WINDOW_SECONDS: Final = 168 * 3600.0
_TOKEN: Final = struct.Struct(">dQ")


def encode_token(key: Key) -> str:
    return base64.urlsafe_b64encode(_TOKEN.pack(*key)).decode("ascii").rstrip("=")


def decode_token(token: str) -> Key:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        created, number = _TOKEN.unpack(raw)
    except (binascii.Error, struct.error, ValueError):
        raise invalid_value("ScrollToken", "not a token this service returned") from None
    if not math.isfinite(created):
        raise invalid_value("ScrollToken", "not a token this service returned")
    return float(created), int(number)


def _time(params: Mapping[str, Any], name: str) -> float | None:
    text = params.get(name)
    if text is None or text == "":
        return None
    moment = parse_iso(text)
    if moment is None:
        raise EmulatorError(
            f"InvalidParameter.{name}",
            f"The parameter `{name}` must be an ISO 8601 date-time, such as 2021-02-03T04:05:06Z.",
        )
    return moment


def query_of(params: Mapping[str, Any], now: float) -> TaskQuery:
    """The store query a (kind-checked) DescribeTasks request asks for."""
    status = params.get("Status")  # required by DescribeTasks; optional in other listings
    statuses = sorted(member.value for member in TaskStatus)
    if status is not None and status not in statuses:
        raise invalid_value("Status", f"expected one of {', '.join(statuses)}")
    limit = params.get("Limit")
    if limit is None:
        limit = DEFAULT_LIMIT
    elif not 1 <= limit <= MAX_LIMIT:
        raise invalid_value(
            "Limit", f"must be from 1 to {MAX_LIMIT}", "InvalidParameterValue.Limit"
        )
    start = _time(params, "StartTime")
    end = _time(params, "EndTime")
    if start is not None and end is not None and start > end:
        raise invalid_value("EndTime", "must not be before StartTime")
    earliest = now - WINDOW_SECONDS
    if start is not None:
        earliest = max(earliest, start)
    token = params.get("ScrollToken") or ""
    return TaskQuery(
        status=status,
        failed=params.get("SubTaskHasFailed"),
        earliest=earliest,
        latest=math.inf if end is None else end,
        limit=limit,
        after=decode_token(token) if token else None,
    )


def describe_tasks(store: TaskStore, params: Mapping[str, Any], now: float) -> dict[str, Any]:
    """The inner ``Response`` of DescribeTasks (no RequestId)."""
    page = store.page(query_of(params, now), now)
    return {
        "TaskSet": page.items,
        "ScrollToken": encode_token(page.next_key) if page.next_key is not None else "",
        "TotalCount": page.total,
    }
