"""Request checks every action gets, as the service makes them, from the generated codecs.

The body must be a JSON object whose top-level keys are parameters of the action
(``UnknownParameter``). The action's generated request encoder then checks kinds and required
fields at any depth: a value of the wrong kind is ``InvalidParameter``, an absent (or null)
required one ``MissingParameter``; both messages name the wire path
(``MediaProcessTask.TranscodeTaskSet[0].Definition``). Unknown keys below the top level are
tolerated, as the service ignores them. Last, the fields that ``x-tc-emulation``
``enforced-values`` names (``ENFORCED_VALUES``: type -> wire name -> documented values) must hold
one of their documented values, at any depth: any other is ``InvalidParameterValue`` naming the
wire path (``InputInfo.Type``).
"""

from __future__ import annotations

import json
import re
from typing import Any

from tencent_mps._emulation import ENFORCED_VALUES
from tencent_mps_core.exceptions import ValidationError
from tencent_mps_core.operation import Operation
from tencent_mps_core.times import EXPECTED

from .._errors import EmulatorError, invalid_value, missing
from .._schema import field_model, parameters

__all__ = ["check_parameters", "parse_body"]

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_ABSENT = object()


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_body(body: bytes) -> dict[str, Any]:
    """The request's parameters; an empty body is an empty object."""
    if not body.strip():
        return {}
    try:
        params = json.loads(body, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise EmulatorError("InvalidParameter", "The request body is not valid JSON.") from None
    if not isinstance(params, dict):
        raise EmulatorError("InvalidParameter", "The request body must be a JSON object.")
    if b"\\u" in body:  # only an escape can make a lone surrogate
        try:
            json.dumps(params, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise EmulatorError(
                "InvalidParameter", "The request body holds a string that is not valid Unicode."
            ) from None
    return params


def check_parameters(op: Operation, params: dict[str, Any]) -> None:
    """Raise the service's error for unknown, missing or wrongly typed parameters."""
    known = parameters(op)
    unknown = sorted(key for key in params if key not in known)
    if unknown:
        raise EmulatorError("UnknownParameter", f"The parameter `{unknown[0]}` is not recognized.")
    try:
        op.encode(params)
    except ValidationError as exc:
        path = exc.path or "<request>"
        if _lookup(params, exc.path) is _ABSENT:
            raise missing(path) from None
        if isinstance(_lookup(params, exc.path), str) and EXPECTED in exc.reason:  # a bad time
            name = _SEGMENT.findall(path)[-1][0] or path
            raise EmulatorError(
                f"InvalidParameter.{name}",
                f"The parameter `{path}` must be an ISO 8601 date-time with a zone: {exc.reason}.",
            ) from None
        raise EmulatorError(
            "InvalidParameter",
            f"The parameter `{path}` has a value of the wrong kind: {exc.reason}.",
        ) from None
    except RecursionError:
        raise EmulatorError("InvalidParameter", "The request is nested too deeply.") from None
    _check_values(op.request_type, params, "", op.error_codes)


def _check_values(type_name: str, value: Any, path: str, codes: tuple[str, ...] = ()) -> None:
    """Refuse a value outside its field's documented set where the service enforces the set.

    The code is the action's documented ``InvalidParameterValue.<Field>`` (the field's wire
    name, or the top-level parameter holding it) when ``codes`` has one, else
    ``InvalidParameterValue``. The request already passed the encoder, so kinds are right and
    the depth is bounded.
    """
    if not isinstance(value, dict):
        return
    enforced = ENFORCED_VALUES.get(type_name, {})
    for key, item in value.items():
        if item is None:
            continue
        where = f"{path}.{key}" if path else key
        allowed = enforced.get(key)
        inner = field_model(type_name, key) if allowed is None else None
        items = item if isinstance(item, list) else [item]
        for index, element in enumerate(x for x in items if x is not None):
            at = f"{where}[{index}]" if isinstance(item, list) else where
            if allowed is not None and element not in allowed:
                why = f"{element!r} is not one of {', '.join(allowed)}"
                raise invalid_value(at, why, _code(codes, key, at))
            if inner is not None:
                _check_values(inner, element, at, codes)


def _code(codes: tuple[str, ...], wire: str, path: str) -> str:
    top = _SEGMENT.findall(path)[0][0]
    for name in (wire, top):
        if f"InvalidParameterValue.{name}" in codes:
            return f"InvalidParameterValue.{name}"
    return "InvalidParameterValue"


def _lookup(params: Any, path: str) -> Any:
    """The value at a wire path, or ``_ABSENT`` when it (or a parent) is missing or null."""
    value = params
    for name, index in _SEGMENT.findall(path):
        if name:
            if not isinstance(value, dict) or value.get(name) is None:
                return _ABSENT
            value = value[name]
        else:
            position = int(index)
            if not isinstance(value, list):
                return _ABSENT
            # The decoder skips null list items, so the index counts the non-null ones.
            items = [item for item in value if item is not None]
            if position >= len(items):
                return _ABSENT
            value = items[position]
    return value
