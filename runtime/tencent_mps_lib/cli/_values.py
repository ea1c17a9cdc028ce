"""Flag values of the generic commands: kind checks, JSON text and ``@file.json``, secrets kept off
the command line, and the ``--skeleton`` of a request.

Every problem is a :class:`~._request.RequestProblem` whose message names the flag and the wire
path (``--definitions (Definitions[1]): expected an integer, got 'x'``); nothing has been sent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, BinaryIO, Final

from ._catalog import FieldSpec, model_fields
from ._request import MAX_REQUEST_BYTES, RequestProblem, parse_json
from ._terminal import escape_text

_INTEGER = re.compile(r"[+-]?[0-9]+")
_TRUE: Final = ("true", "yes", "on", "1")
_FALSE: Final = ("false", "no", "off", "0")
#: Nested levels a skeleton is drawn to (recursive models stop earlier, at their first repeat).
SKELETON_DEPTH: Final = 12
#: What a skeleton shows for a time field: the form the service uses (UTC, ISO 8601 with Z).
SKELETON_TIME: Final = "2026-01-01T00:00:00Z"
_KIND_WORDS: Final = {
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "str": "a string",
    "datetime": "an ISO 8601 time",
    "object": "a JSON object",
    "list": "a JSON list",
}


def _shown(text: str) -> str:
    return repr(escape_text(text if len(text) <= 60 else text[:57] + "..."))


def scalar(kind: str | None, text: str, where: str) -> Any:
    """``text`` as a value of ``kind``; ``where`` names the flag and wire path in a problem."""
    if kind == "int":
        stripped = text.strip()
        if stripped.isascii() and _INTEGER.fullmatch(stripped):
            return int(stripped)
    elif kind == "float":
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if math.isfinite(number):
            return int(number) if text.strip().lstrip("+-").isdigit() else number
    elif kind == "bool":
        lowered = text.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    elif kind in ("str", "datetime"):  # a time is sent as written; the request check refuses
        return text  # text that is no ISO 8601 time
    elif kind in (None, "any"):
        try:
            return parse_json(text, where)
        except RequestProblem:
            return text
    else:  # an object or a list where a scalar was expected: JSON text
        return load_json(text, where, None)[0]
    raise RequestProblem(f"{where}: expected {_KIND_WORDS[kind]}, got {_shown(text)}")


def load_json(text: str, where: str, stdin: BinaryIO | None) -> tuple[Any, bool]:
    """JSON text, or ``@FILE`` (``@-``: standard input); the value and whether it was inline."""
    if not text.startswith("@"):
        return parse_json(text, where), True
    path = text[1:]
    if not path:
        raise RequestProblem(f"{where}: '@' must be followed by a file name (@request.json)")
    if path == "-":
        if stdin is None:
            raise RequestProblem(f"{where}: @-: there is no standard input")
        raw = stdin.read(MAX_REQUEST_BYTES + 1)
        shown = "standard input"
    else:
        try:
            with open(path, "rb") as f:
                raw = f.read(MAX_REQUEST_BYTES + 1)
        except OSError as exc:
            raise RequestProblem(
                f"{where}: cannot read {escape_text(path)}: {exc.strerror or exc}"
            ) from None
        shown = escape_text(path)
    if len(raw) > MAX_REQUEST_BYTES:
        raise RequestProblem(f"{where}: {shown} is larger than {MAX_REQUEST_BYTES} bytes")
    return parse_json(raw, f"{where}: {shown}"), False


def field_value(
    f: FieldSpec, given: str | Sequence[str], stdin: BinaryIO | None, secrets: Sequence[str]
) -> Any:
    """The wire value of field ``f`` from its flag's text (a list of texts for a list field);
    ``secrets`` are the action's secret wire paths, refused inline."""
    where = f"{f.flag} ({f.wire})"
    if f.kind == "list":
        texts = [given] if isinstance(given, str) else list(given)
        if len(texts) == 1 and texts[0].lstrip()[:1] in ("[", "@"):
            value, inline = load_json(texts[0].strip(), where, stdin)
            if not isinstance(value, list):
                raise RequestProblem(f"{where}: expected a JSON list, got {_json_kind(value)}")
            if inline:
                check_inline_secrets(f.wire, value, secrets)
            return value
        items = []
        for i, text in enumerate(texts):
            item_where = f"{f.flag} ({f.wire}[{i}])"
            if f.item_kind == "object":
                item, inline = load_json(text, item_where, stdin)
                if not isinstance(item, dict):
                    raise RequestProblem(
                        f"{item_where}: expected a JSON object, got {_json_kind(item)}"
                    )
                if inline:
                    check_inline_secrets(f.wire, [item], secrets)
            else:
                item = scalar(f.item_kind, text, item_where)
            items.append(item)
        return items
    text = given if isinstance(given, str) else given[-1]
    if f.kind == "object":
        value, inline = load_json(text, where, stdin)
        if not isinstance(value, dict):
            raise RequestProblem(f"{where}: expected a JSON object, got {_json_kind(value)}")
        if inline:
            check_inline_secrets(f.wire, value, secrets)
        return value
    return scalar(f.kind, text, where)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a number"


def check_inline_secrets(top: str, value: Any, secrets: Sequence[str]) -> None:
    """Refuse a secret (``InputInfo.S3InputInfo.S3SecretKey``) given inline on the command line:
    the process list and the shell history would show it. A file (``@FILE``) is fine."""
    prefix = top + "."
    for path in secrets:
        if not path.startswith(prefix):
            continue
        found = _find(value, path[len(prefix) :].split("."))
        if found:
            raise RequestProblem(
                f"{path} is a secret and is not taken on the command line (the process list "
                f"and the shell history would show it): put {top} in a file and give "
                f"--{_flag_word(top)} @FILE.json, or the whole request with --request FILE"
            )


def _flag_word(wire: str) -> str:
    from ._catalog import kebab

    return kebab(wire)


def _find(value: Any, parts: list[str]) -> str | None:
    """The wire path (with list indexes) of a non-empty value at ``parts`` under ``value``."""
    if not parts:
        return "" if value not in (None, "") else None
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = _find(item, parts)
            if found is not None:
                return f"[{i}]{found}"
        return None
    if isinstance(value, dict) and parts[0] in value:
        found = _find(value[parts[0]], parts[1:])
        if found is not None:
            return f".{parts[0]}{found}"
    return None


# -- the skeleton ----------------------------------------------------------------------------


def skeleton(fields: Sequence[FieldSpec]) -> dict[str, Any]:
    """A wire-format request with every field, each value of its kind: ``""``, ``0``, ``0.0``,
    ``false``, a nested object, a list of one item. Recursive models stop at their first repeat."""
    return _skeleton(fields, (), 0)


def _skeleton(fields: Sequence[FieldSpec], seen: tuple[str, ...], depth: int) -> dict[str, Any]:
    return {f.wire: _placeholder(f.kind, f.item_kind, f.model, seen, depth) for f in fields}


def _placeholder(
    kind: str | None, item_kind: str | None, model: str | None, seen: tuple[str, ...], depth: int
) -> Any:
    if kind == "str":
        return ""
    if kind == "int":
        return 0
    if kind == "float":
        return 0.0
    if kind == "bool":
        return False
    if kind == "datetime":
        return SKELETON_TIME
    if kind == "object":
        if model is None or model in seen or depth >= SKELETON_DEPTH:
            return {}
        return _skeleton(model_fields(model), (*seen, model), depth + 1)
    if kind == "list":
        if item_kind == "object" and (model is None or model in seen or depth >= SKELETON_DEPTH):
            return []
        return [_placeholder(item_kind, None, model, seen, depth)]
    return None
