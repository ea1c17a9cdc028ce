"""The escape hatch: call any action by name, with wire parameters.

``client.invoke("CreateTranscodeTemplate", {...})`` signs, paces and retries by the action's own
facts when the package knows the action: its request is checked before sending and its answer
decoded into the typed response. An action the package does not know (added upstream after this
release) is sent as given and answered as the decoded ``Response`` dict; not knowing whether it
creates something, the client treats it as not idempotent (never re-sent after a failure the
service may have received) and knows no quota for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .decoding import kind_of
from .exceptions import ValidationError
from .operation import Operation
from .service import ServiceModel

_ACTION = re.compile(r"[A-Z][A-Za-z0-9]{0,127}")
_WIRE = "wire"


def _wire_params(params: Any) -> dict[str, Any]:
    if isinstance(params, Mapping):
        for key in params:
            if not isinstance(key, str):
                raise ValidationError(f"parameter names must be strings, got {kind_of(key)}")
        return dict(params)
    to_dict = getattr(params, "to_dict", None)
    if callable(to_dict):
        wire = to_dict()
        if isinstance(wire, dict):
            return wire
    raise ValidationError(
        f"expected the wire parameters as a dict or a model, got {kind_of(params)}"
    )


def _answer(inner: Any) -> Any:
    return inner


def operation_for(service: ServiceModel, action: object) -> Operation:
    """The action's own operation, or a conservative one for an action the package lacks."""
    if not isinstance(action, str) or not _ACTION.fullmatch(action):
        raise ValidationError(
            f"expected an action name such as 'DescribeTaskDetail', got {action!r}"
        )
    known = service.operation_for(action) if service.operation_for is not None else None
    if known is not None:
        return known
    return Operation(
        action=action,
        version=service.api_version,
        request_type=_WIRE,
        response_type=_WIRE,
        idempotent=False,
        rate_limit=None,
        error_codes=(),
        encoders={_WIRE: _wire_params},
        decoders={_WIRE: _answer},
    )


def request_for(op: Operation, params: Any) -> Any:
    """What ``op.encode`` takes: the params as given (a model or a dict), ``{}`` for None."""
    return {} if params is None else params
