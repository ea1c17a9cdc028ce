"""Output of the generic commands: wire JSON, ``--query`` (JMESPath), and readable tables.

``table`` shows an object as key/value rows (nested objects flattened with dotted keys, lists of
scalars joined) and each list of objects as a table of its own, the main list (the paginated
one) first. Cells are escaped and cut to :data:`CELL_WIDTH` columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Final, TextIO

from ._request import RequestProblem
from ._terminal import json_text, table, wants_ascii

#: Columns of one table cell at most (longer values end with "...").
CELL_WIDTH: Final = 60
#: Columns of a list's table at most (the scalar fields first met in its items).
MAX_COLUMNS: Final = 8
#: Levels of nested objects flattened into dotted keys.
FLATTEN_DEPTH: Final = 3
INSTALL_HINT: Final = "pip install 'tencent-mps[cli]'"


def compile_query(expression: str) -> Callable[[Any], Any]:
    """The ``--query`` expression, compiled (before anything is sent); RequestProblem when it is
    malformed or when jmespath (the ``cli`` extra) is not installed."""
    try:
        import jmespath
        from jmespath.exceptions import JMESPathError
    except ImportError:
        raise RequestProblem(
            f"--query needs the jmespath package, which is not installed: {INSTALL_HINT}"
        ) from None
    try:
        compiled = jmespath.compile(expression)
    except JMESPathError as exc:
        raise RequestProblem(f"--query: not a JMESPath expression: {_one_line(exc)}") from None

    def search(data: Any) -> Any:
        return compiled.search(data)

    return search


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def write_json(data: Any, out: TextIO, *, indent: int | None = 2) -> None:
    out.write(json_text(data, indent=indent, ascii_only=wants_ascii(out)) + "\n")
    out.flush()


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, (int, float)):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 3] + "..."


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _object_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _rows(
    data: dict[str, Any], prefix: str, depth: int, lists: list[tuple[str, Any]], main: str | None
) -> list[list[str]]:
    rows: list[list[str]] = []
    for key, value in data.items():
        name = prefix + key
        if value is None:
            continue
        if isinstance(value, dict) and depth < FLATTEN_DEPTH:
            rows.extend(_rows(value, name + ".", depth + 1, lists, main))
        elif _object_list(value) or (name == main and isinstance(value, list)):
            lists.append((name, value))
        elif isinstance(value, list) and all(_is_scalar(v) for v in value):
            rows.append([name, _cell(", ".join(_cell(v) for v in value)) if value else "-"])
        else:
            rows.append([name, _cell(value)])
    return rows


def list_table(items: Sequence[Any], out: TextIO) -> None:
    """Items as a table: one row each, a column per scalar field (the first MAX_COLUMNS met)."""
    if not items:
        out.write("(none)\n")
        return
    if not all(isinstance(i, dict) for i in items):
        table([[_cell(i)] for i in items], out)
        return
    columns: list[str] = []
    for item in items:
        for key, value in item.items():
            if key not in columns and _is_scalar(value) and len(columns) < MAX_COLUMNS:
                columns.append(key)
    if not columns:  # items of nested objects only
        columns = list(items[0])[:MAX_COLUMNS]
    rows = [[c.upper() if c.isascii() else c for c in columns]]
    rows.extend([_cell(item.get(c)) for c in columns] for item in items)
    table(rows, out)


def render_table(data: Any, out: TextIO, *, main_list: str | None = None) -> None:
    """``data`` (a response's wire dict, or what ``--query`` left of it) for people."""
    if isinstance(data, list):
        list_table(data, out)
        out.flush()
        return
    if not isinstance(data, dict):
        table([[_cell(data)]], out)
        out.flush()
        return
    lists: list[tuple[str, Any]] = []
    request_id = data.get("RequestId")
    rows = _rows({k: v for k, v in data.items() if k != "RequestId"}, "", 0, lists, main_list)
    if request_id is not None:
        rows.append(["RequestId", _cell(request_id)])
    lists.sort(key=lambda pair: pair[0] != main_list)
    listing = main_list is not None and bool(lists) and lists[0][0] == main_list
    if not listing:  # one object: its fields first, then its lists
        table(rows, out)
    for i, (name, items) in enumerate(lists):
        gap = "" if listing and i == 0 else "\n"  # a listing starts with its main list
        out.write(f"{gap}{name} ({len(items)}):\n")
        list_table(items, out)
    if listing:  # a listing: the main list first, the totals and tokens after it
        out.write("\n")
        table(rows, out)
    out.flush()
