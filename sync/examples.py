"""Examples taken from upstream: a field's ``example`` and the documented calls of an action.

Upstream examples are text. A field's example is converted to the field's kind; a documented
call's request (a GET query or a POST with a JSON body) and response (``{"Response": ...}``)
are parsed. An example that does not convert, or that holds Chinese or other non-English text,
is dropped.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

from .kinds import Kind
from .text import is_english

# Upstream writes these when a field has no example.
_NO_EXAMPLE = frozenset({"", "\u65e0", "NULL", "null", "None"})  # "\u65e0": "none"
_INTEGER = re.compile(r"[+-]?\d+")
# Parameters every API 3.0 call carries; a documented GET query lists them with the action's own.
_COMMON_PARAMETERS = frozenset(
    {"Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "Token"}
)


class _NoFit(Exception):
    """A value does not fit the kind it should have."""


def _scalar(kind: str, value: Any) -> Any:
    """``value`` (from JSON, or text from a query) as a value of a scalar ``kind``."""
    if kind == "string":
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return json.dumps(value)
        raise _NoFit
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise _NoFit
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value)
        raise _NoFit
    if kind == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                raise _NoFit from None
            if math.isfinite(number):
                return number
        raise _NoFit
    raise _NoFit


FieldsOf = Callable[[str], Mapping[str, Kind]]


def fit(value: Any, kind: Kind, fields_of: FieldsOf) -> Any:
    """``value`` converted to ``kind`` where the conversion is exact (``"5"`` to 5 for an
    integer); object fields are converted by the kinds ``fields_of`` gives, unknown ones kept.
    Raises ValueError when a value does not fit."""
    try:
        return _fit(value, kind, fields_of)
    except _NoFit:
        raise ValueError("the value does not fit its kind") from None


def _fit(value: Any, kind: Kind, fields_of: FieldsOf) -> Any:
    if value is None:
        return None
    if kind.array:
        if not isinstance(value, list):
            raise _NoFit
        return [_fit(v, kind.item(), fields_of) for v in value]
    if kind.ref is not None:
        if not isinstance(value, dict):
            raise _NoFit
        fields = fields_of(kind.ref)
        return {k: (_fit(v, fields[k], fields_of) if k in fields else v) for k, v in value.items()}
    return _scalar(kind.scalar_kind, value)


def field_example(raw: str | None, kind: Kind, fields_of: FieldsOf) -> list[Any]:
    """A field's ``examples`` from its upstream ``example`` text: one value, or none."""
    if raw is None or raw.strip() in _NO_EXAMPLE or not is_english(raw):
        return []
    value: Any = raw
    if kind.array or kind.ref is not None:
        try:
            value = json.loads(raw)
        except ValueError:
            return []
    try:
        return [_fit(value, kind, fields_of)]
    except _NoFit:
        return []


def _unflatten(params: Mapping[str, str]) -> dict[str, Any]:
    """``{"A.0.B": "x"}`` (the API 3.0 query form) as ``{"A": [{"B": "x"}]}``."""
    root: dict[str, Any] = {}
    for key, value in params.items():
        parts = key.split(".")
        node: Any = root
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            index: str | int = int(part) if part.isdigit() else part
            if following is None:
                child: Any = value
            else:
                child = [] if following.isdigit() else {}
            if isinstance(node, list):
                assert isinstance(index, int)
                while len(node) <= index:
                    node.append(None)
                if node[index] is None:
                    node[index] = child
                node = node[index]
            else:
                node = node.setdefault(str(index), child)
    return root


def parse_request(text: str) -> dict[str, Any] | None:
    """The parameters of a documented request: the JSON body of a POST, or a GET's query."""
    text = text.strip()
    if text.startswith("POST") or "\n\n" in text:
        body = text.partition("\n\n")[2].strip()
        if not body:
            return {}
        try:
            value = json.loads(body)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None
    query = text.partition("?")[2]
    params: dict[str, str] = {}
    for part in re.split(r"[&\n]", query):
        part = part.strip()
        if not part or part.startswith("<") or "=" not in part:
            continue  # a placeholder for the common parameters
        key, _, value = part.partition("=")
        params[key.strip()] = unquote(value.strip())
    return _unflatten(params)


def request_example(text: str, fields: Mapping[str, Kind], fields_of: FieldsOf) -> Any | None:
    """A documented request as an example of ``<Action>Request``, or None when it is unusable."""
    params = parse_request(text)
    if params is None:
        return None
    params = {k: v for k, v in params.items() if k in fields or k not in _COMMON_PARAMETERS}
    try:
        value = {
            k: (_fit(v, fields[k], fields_of) if k in fields else v) for k, v in params.items()
        }
    except _NoFit:
        return None
    if not is_english(json.dumps(value, ensure_ascii=False)):
        return None
    return value


def response_example(text: str) -> Any | None:
    """The object inside ``"Response"`` of a documented response, or None when it is unusable."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("Response"), dict):
        return None
    response = value["Response"]
    if not is_english(json.dumps(response, ensure_ascii=False)):
        return None
    return response
