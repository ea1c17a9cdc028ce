"""The MPS endpoint as the service answers it: protocol checks, auth, quota, parameters, action.

Transport-free: the HTTP side (``server/``) turns a request into a :class:`Request` and writes the
:class:`Reply` back. Every answer is an HTTP 200 ``{"Response": {...}}`` envelope. The checks run
in the service's order: method, action (``InvalidAction`` for one the schema does not have),
version (``NoSuchVersion``), signature (``checks/_auth``), the action's quota
(``checks/_ratelimit``), then the parameters (``checks/_validate``) and the action itself
(``behaviour/_actions``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import EmulatorError
from ._schema import operation
from .behaviour._actions import Actions
from .checks._auth import KeyPair, authenticate
from .checks._ratelimit import ActionLimits
from .checks._validate import check_parameters, parse_body
from .server._protocol import Reply, Request, error_reply, new_request_id

__all__ = ["Service"]

logger = logging.getLogger("tencent_mps.testing")


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
