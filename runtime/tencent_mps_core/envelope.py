"""The Tencent Cloud API 3.0 envelope: ``{"Response": {...}}`` for success and failure alike."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .decoding import kind_of
from .exceptions import APIError, DecodeError

ErrorClassFor = Callable[[str], type[APIError]]


def _generic(code: str) -> type[APIError]:
    return APIError


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


_INF = float("inf")


def _finite_float(text: str) -> float:
    """A JSON number with a fraction or exponent; one too large for a float (``1e400``, which
    Python would turn into Infinity) is refused like ``Infinity`` itself."""
    value = float(text)
    if value == _INF or value == -_INF:
        raise ValueError(f"number {text[:24]!r} is too large for a float")
    return value


#: Built once (``json.loads`` with options builds a decoder per call); safe to share by threads.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)

#: The JSON parsers :func:`select_parser` knows: the standard library's, and msgspec's (the
#: ``speedups`` extra).
PARSERS = ("json", "msgspec")
_UNSET: Any = object()
#: msgspec's decoder once :func:`load_json` looked for it (None: not installed, or not wanted).
_fast: Callable[[bytes | bytearray | str], Any] | None = _UNSET
#: Until then, the standard parser reads this many bytes first: importing msgspec (a few ms,
#: about what it saves on that much JSON) is not worth it in a process that makes a call or two.
AUTO_AFTER = 4 * 1024 * 1024
_parsed = 0

_msgspec: list[Callable[[bytes | bytearray | str], Any] | None] = []


def _msgspec_decoder() -> Callable[[bytes | bytearray | str], Any] | None:
    """msgspec's JSON decoder (made once), or None when msgspec is not installed."""
    if not _msgspec:
        try:
            import msgspec.json
        except ImportError:
            _msgspec.append(None)
        else:
            _msgspec.append(msgspec.json.Decoder().decode)
    return _msgspec[0]


def select_parser(name: str | None = None) -> str:
    """Choose the JSON parser of :func:`load_json`; return the one in use.

    None (the default): msgspec when it is installed (``pip install 'tencent-mps[speedups]'``),
    else the standard library's (without a call, :func:`load_json` makes this choice by itself
    once it has parsed ``AUTO_AFTER`` bytes); ``"json"``: the standard library's; ``"msgspec"``: msgspec
    (ConfigurationError when it is not installed). Either way, the same documents are accepted,
    with the same values, and the same are refused, with the same DecodeError.
    """
    global _fast
    if name is None:
        _fast = _msgspec_decoder()
    elif name == "json":
        _fast = None
    elif name == "msgspec":
        decoder = _msgspec_decoder()
        if decoder is None:
            from .exceptions import ConfigurationError

            raise ConfigurationError(
                "msgspec is not installed: pip install 'tencent-mps[speedups]'"
            )
        _fast = decoder
    else:
        from .exceptions import ConfigurationError

        raise ConfigurationError(f"unknown JSON parser {name!r}; expected one of {PARSERS}")
    return "json" if _fast is None else "msgspec"


def typed_path_on() -> bool:
    """Whether msgspec is the parser in use: then responses may take the typed path
    (:mod:`tencent_mps_core.typed_decoding`)."""
    return _fast is not None and _fast is not _UNSET


def load_json(body: bytes | bytearray | memoryview | str) -> Any:
    """Parse a JSON document; any failure (bad UTF-8, bad JSON) becomes a DecodeError.

    ``NaN``, ``Infinity`` and ``-Infinity``, which Python's json module accepts but JSON does not
    have, are refused, and so are numbers too large for a float (``1e400``), which would become
    Infinity. Nesting deeper than the interpreter's recursion limit is refused too. The parser's
    own exception is not chained: it holds the whole document.

    With the ``speedups`` extra (msgspec) installed, msgspec parses first (2 to 3 times as fast;
    from the first call after :func:`select_parser`, else once ``AUTO_AFTER`` bytes were parsed).
    It accepts a subset of what the standard parser does, with the same values (integers of any
    size, floats rounded alike, the same nesting limit); whatever it refuses (bad JSON, but also
    a byte order mark, UTF-16, lone surrogates, integers of thousands of digits) goes to the
    standard parser, which accepts it as before or words the DecodeError as before.
    """
    if isinstance(body, memoryview):
        body = bytes(body)
    elif not isinstance(body, (str, bytes, bytearray)):
        raise DecodeError(f"expected a body as bytes or str, got {type(body).__name__}")
    global _parsed
    fast = _fast
    if fast is _UNSET:
        _parsed += len(body)
        if _parsed > AUTO_AFTER:
            select_parser()
        fast = None
    elif fast is not None:
        try:
            return fast(body)
        except Exception:  # refused: the standard parser accepts it, or says why
            pass
    try:
        if isinstance(body, str):
            if body.startswith("\ufeff"):
                raise ValueError("unexpected byte order mark")
            text = body
        else:  # as json.loads does: UTF-8, -16 or -32, told apart by the first bytes
            text = body.decode(json.detect_encoding(body), "surrogatepass")
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        error = DecodeError(f"body is not valid JSON ({exc.msg}: {where})", "", _preview(body))
    except (UnicodeDecodeError, ValueError) as exc:
        error = DecodeError(f"body is not valid JSON ({exc})", "", _preview(body))
    except RecursionError:
        error = DecodeError("body is nested too deeply to decode", "")
    raise error  # outside the handler: no __context__ holding the parser error and its doc


def _preview(body: bytes | bytearray | str) -> str:
    text = body if isinstance(body, str) else bytes(body[:200]).decode("utf-8", "replace")
    return text[:200]


def unwrap(
    document: Any, *, http_status: int | None = None, error_class_for: ErrorClassFor = _generic
) -> dict[str, Any]:
    """Return the object inside ``"Response"``; raise the typed APIError for an error envelope.

    ``error_class_for`` picks the exception class of an error code (the generated package's
    table). A document that is not an envelope at all raises DecodeError naming what was found.
    """
    if isinstance(document, Mapping) and type(document) is not dict:
        document = dict(document)
    if type(document) is not dict:
        raise DecodeError(f"expected a JSON object, got {kind_of(document)}", "", document)
    inner = document.get("Response")
    if inner is None:
        raise DecodeError('expected the {"Response": ...} envelope, found no "Response" key', "")
    if type(inner) is not dict:
        raise DecodeError(f"expected an object, got {kind_of(inner)}", "Response", inner)
    error = inner.get("Error")
    if error is not None:
        raise api_error_from(error, inner.get("RequestId"), http_status, error_class_for)
    return inner


def api_error_from(
    error: Any, request_id: Any, http_status: int | None, error_class_for: ErrorClassFor = _generic
) -> APIError:
    """Build the most specific APIError subclass for an ``Error`` object."""
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
