"""What the HTTP side and the service exchange: a :class:`Request` as received and the
:class:`Reply` to write back (the inner ``Response`` object of the HTTP 200 envelope).

The service that turns one into the other is ``testing._service``; this module knows no action.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._schema import operation

__all__ = ["ACTION", "VERSION", "Reply", "Request", "error_reply", "task_id_hint"]

#: The action the emulator was first built for (DescribeTaskDetail) and its API version.
ACTION = "DescribeTaskDetail"
VERSION = operation(ACTION).version  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class Request:
    """One request as received; ``headers`` has lower-case names."""

    method: str
    headers: Mapping[str, str]
    body: bytes
    #: The request target as sent (path and query): signed as the canonical URI and query.
    target: str = "/"


@dataclass(frozen=True, slots=True)
class Reply:
    """The inner ``Response`` object to send, and the outcome to record ("ok" or the code)."""

    response: dict[str, Any]
    outcome: str


def error_reply(code: str, message: str) -> Reply:
    return Reply({"Error": {"Code": code, "Message": message}, "RequestId": new_request_id()}, code)


def new_request_id() -> str:
    return str(uuid.uuid4())


def task_id_hint(body: bytes) -> str | None:
    """The TaskId a body asks for, if it parses (used to match faults and record calls)."""
    try:
        params = json.loads(body)
    except (ValueError, RecursionError):
        return None
    task_id = params.get("TaskId") if isinstance(params, dict) else None
    return task_id if isinstance(task_id, str) else None
