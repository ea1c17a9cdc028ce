"""DescribeTaskDetail as the service answers it: protocol checks, auth, quota, parameters.

Transport-free: the HTTP handler turns a request into a :class:`Request` and writes the
:class:`Reply` back. Every answer is an HTTP 200 ``{"Response": {...}}`` envelope.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._auth import KeyPair, authenticate
from ._ratelimit import RateLimiter
from ._tasks import TaskStore

ACTION = "DescribeTaskDetail"
VERSION = "2019-06-12"
PARAMETERS = frozenset({"TaskId"})


@dataclass(frozen=True, slots=True)
class Request:
    """One request as received; ``headers`` has lower-case names."""

    method: str
    headers: Mapping[str, str]
    body: bytes


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


class Service:
    """The emulated DescribeTaskDetail endpoint."""

    def __init__(
        self,
        *,
        keys: Mapping[str, KeyPair],
        tasks: TaskStore,
        limiter: RateLimiter,
        clock: Callable[[], float],
        verify_signatures: bool,
        max_clock_skew: float,
    ) -> None:
        self.keys = keys
        self.tasks = tasks
        self.limiter = limiter
        self.clock = clock
        self.verify_signatures = verify_signatures
        self.max_clock_skew = max_clock_skew

    def handle(self, request: Request) -> Reply:
        headers = request.headers
        if request.method != "POST":
            return error_reply(
                "UnsupportedProtocol",
                f"The HTTP method `{request.method}` is not supported; send POST with a JSON body.",
            )
        action = headers.get("x-tc-action")
        if not action:
            return error_reply(
                "MissingParameter", "The request is missing a required parameter `Action`."
            )
        if action != ACTION:
            return error_reply("InvalidAction", f"The requested action `{action}` does not exist.")
        version = headers.get("x-tc-version")
        if not version:
            return error_reply(
                "MissingParameter", "The request is missing a required parameter `Version`."
            )
        if version != VERSION:
            return error_reply(
                "NoSuchVersion",
                f"The requested version `{version}` of service `mps` does not exist.",
            )
        if self.verify_signatures:
            rejection = authenticate(
                headers, request.body, self.keys, self.clock(), self.max_clock_skew
            )
            if rejection is not None:
                return error_reply(rejection.code, rejection.message)
        count = self.limiter.admit()
        if count is not None:
            return error_reply(
                "RequestLimitExceeded",
                f"Your current request times equals to `{count}` in a second, which exceeds the "
                f"frequency limit `{self.limiter.limit}` for a second. "
                "Please reduce the frequency of calls.",
            )
        return self._describe(request.body)

    def _describe(self, body: bytes) -> Reply:
        try:
            params = json.loads(body) if body.strip() else {}
        except (ValueError, RecursionError):
            return error_reply("InvalidParameter", "The request body is not valid JSON.")
        if not isinstance(params, dict):
            return error_reply("InvalidParameter", "The request body must be a JSON object.")
        unknown = sorted(set(params) - PARAMETERS)
        if unknown:
            return error_reply(
                "UnknownParameter", f"The parameter `{unknown[0]}` is not recognized."
            )
        if "TaskId" not in params:
            return error_reply(
                "MissingParameter", "The request is missing a required parameter `TaskId`."
            )
        task_id = params["TaskId"]
        if not isinstance(task_id, str):
            return error_reply("InvalidParameter", "The parameter `TaskId` must be a string.")
        if not task_id:
            return error_reply(
                "InvalidParameterValue", "The value of parameter `TaskId` must not be empty."
            )
        response = self.tasks.describe(task_id, self.clock)
        if response is None:
            return error_reply("ResourceNotFound", f"The task `{task_id}` does not exist.")
        response["RequestId"] = new_request_id()
        error = response.get("Error")
        outcome = error.get("Code", "Error") if isinstance(error, dict) else "ok"
        return Reply(response, str(outcome))
