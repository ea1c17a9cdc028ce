# generated from runtime/_runtime/envelope.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/envelope.py.
"""The Tencent Cloud API 3.0 envelope: ``{"Response": {...}}`` for success and failure alike."""

from __future__ import annotations

import json
from typing import Any

from .decoding import kind_of
from .exceptions import APIError, DecodeError


def load_json(body: bytes | bytearray | memoryview | str) -> Any:
    """Parse a JSON document; any failure (bad UTF-8, bad JSON) becomes a DecodeError."""
    try:
        return json.loads(body if isinstance(body, (str, bytes, bytearray)) else bytes(body))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise DecodeError(f"body is not valid JSON ({exc})", "", _preview(body)) from exc
    except RecursionError as exc:
        raise DecodeError("body is nested too deeply to decode", "") from exc


def _preview(body: bytes | bytearray | memoryview | str) -> str:
    text = body if isinstance(body, str) else bytes(body[:200]).decode("utf-8", "replace")
    return text[:200]


def unwrap(document: Any, *, http_status: int | None = None) -> dict[str, Any]:
    """Return the object inside ``"Response"``; raise the typed APIError for an error envelope.

    A document that is not an envelope at all raises DecodeError naming what was found.
    """
    if type(document) is not dict:
        raise DecodeError(f"expected a JSON object, got {kind_of(document)}", "", document)
    inner = document.get("Response")
    if inner is None:
        raise DecodeError('expected the {"Response": ...} envelope, found no "Response" key', "")
    if type(inner) is not dict:
        raise DecodeError(f"expected an object, got {kind_of(inner)}", "Response", inner)
    error = inner.get("Error")
    if error is not None:
        raise api_error_from(error, inner.get("RequestId"), http_status)
    return inner


def api_error_from(error: Any, request_id: Any, http_status: int | None) -> APIError:
    """Build the most specific APIError subclass for an ``Error`` object."""
    from tencent_mps.errors import error_class_for  # generated; imported only when an error arrives

    if type(error) is not dict:
        raise DecodeError(f"expected an object, got {kind_of(error)}", "Response.Error", error)
    code = error.get("Code")
    message = error.get("Message")
    if type(code) is not str or not code:
        raise DecodeError("expected a non-empty string", "Response.Error.Code", code)
    if message is not None and type(message) is not str:
        raise DecodeError(
            f"expected a string, got {kind_of(message)}", "Response.Error.Message", message
        )
    rid = request_id if type(request_id) is str else None
    return error_class_for(code)(code, message or "", request_id=rid, http_status=http_status)
