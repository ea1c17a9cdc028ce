"""The MPS endpoint as the service answers it: protocol checks, auth, quota, parameters, action.

Transport-free: the HTTP handler turns a request into a :class:`Request` and writes the
:class:`Reply` back. Every answer is an HTTP 200 ``{"Response": {...}}`` envelope. The checks run
in the service's order: method, action (``InvalidAction`` for one the schema does not have),
version (``NoSuchVersion``), signature, the action's quota, then the parameters (``_validate``)
and the action itself (``_actions``).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._actions import Actions
from ._auth import KeyPair, authenticate
from ._errors import EmulatorError
from ._ratelimit import ActionLimits
from ._schema import operation
from ._validate import check_parameters, parse_body

__all__ = ["ACTION", "VERSION", "Reply", "Request", "Service", "error_reply", "task_id_hint"]

logger = logging.getLogger("tencent_mps.testing")

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


class Service:
    """The emulated MPS endpoint: every action of the schema."""

    def __init__(
        self,
        *,
        keys: Mapping[str, KeyPair],
        actions: Actions,
        limits: ActionLimits,
        clock: Callable[[], float],
        verify_signatures: bool,
        max_clock_skew: float,
    ) -> None:
        self.keys = keys
        self.actions = actions
        self.limits = limits
        self.clock = clock
        self.verify_signatures = verify_signatures
        self.max_clock_skew = max_clock_skew

    def handle(self, request: Request) -> Reply:
        try:
            response = self._handle(request)
        except EmulatorError as exc:
            return error_reply(exc.code, exc.message)
        except Exception:  # a bug must answer an error, not kill the connection
            logger.exception("the emulator failed to answer a request")
            return error_reply(
                "InternalError", "An internal error has occurred in the emulator; see its log."
            )
        response["RequestId"] = new_request_id()
        error = response.get("Error")
        outcome = error.get("Code", "Error") if isinstance(error, dict) else "ok"
        return Reply(response, str(outcome))

    def _handle(self, request: Request) -> dict[str, Any]:
        headers = request.headers
        if request.method != "POST":
            raise EmulatorError(
                "UnsupportedProtocol",
                f"The HTTP method `{request.method}` is not supported; send POST with a JSON body.",
            )
        action = headers.get("x-tc-action")
        if not action:
            raise EmulatorError(
                "MissingParameter", "The request is missing a required parameter `Action`."
            )
        op = operation(action)
        if op is None:
            raise EmulatorError("InvalidAction", f"The requested action `{action}` does not exist.")
        version = headers.get("x-tc-version")
        if not version:
            raise EmulatorError(
                "MissingParameter", "The request is missing a required parameter `Version`."
            )
        if version != op.version:
            raise EmulatorError(
                "NoSuchVersion",
                f"The requested version `{version}` of service `mps` does not exist.",
            )
        if self.verify_signatures:
            rejection = authenticate(
                headers,
                request.body,
                self.keys,
                self.clock(),
                self.max_clock_skew,
                target=request.target,
            )
            if rejection is not None:
                raise EmulatorError(rejection.code, rejection.message)
        limiter = self.limits.limiter(action)
        count = limiter.admit()
        if count is not None:
            raise EmulatorError(
                "RequestLimitExceeded",
                f"Your current request times equals to `{count}` in a second, which exceeds the "
                f"frequency limit `{limiter.limit}` for a second. "
                "Please reduce the frequency of calls.",
            )
        params = parse_body(request.body)
        check_parameters(op, params)
        return self.actions.answer(op, params)
