"""Writing what the service sent to a terminal without letting it take control of the terminal.

Strings in answers come from the network. Printed raw, an ESC sequence could clear the screen or
move the cursor, a CR or LF could start a line that looks like one of ours (``error: ...``), and
bidirectional or invisible format characters could make text read differently than it is. So:

- :func:`escape_text` writes every such character as a visible escape (``\\x1b``, ``\\u202e``);
  lone surrogates too, so the text always encodes;
- :func:`json_text` keeps JSON valid: unsafe characters inside strings become ``\\uXXXX``
  escapes, which mean the same character to any JSON reader; NaN and Infinity are refused;
- :func:`table` pads cells by their width on screen (East Asian wide characters take two
  columns), after escaping them.
"""

from __future__ import annotations

import contextlib
import json
import os
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

#: Unicode categories never written raw: controls, format characters (bidi, zero-width, ...),
#: surrogates, line and paragraph separators, unassigned code points.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Cn"})


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_text(text: str) -> str:
    """``text`` with every character unsafe for a terminal written as a visible escape."""
    if text.isprintable():  # the common case: nothing to do (isprintable is False for "\n" too)
        return text
    return "".join(_escape_char(c) if _unsafe(c) else c for c in text)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # as a UTF-16 surrogate pair, the only way JSON can escape it
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_text(value: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """``value`` as JSON that is safe to print: compact on one line, or indented.

    Raises ValueError for NaN or an infinity (JSON has no such numbers). Outside strings, JSON
    text holds only ASCII punctuation, digits, letters and (indented) spaces and newlines, and
    ``json.dumps`` escapes every C0 control inside strings, so any raw unsafe character left
    is inside a string, where a ``\\uXXXX`` escape stands for the same character.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(
        value, indent=indent, separators=separators, ensure_ascii=ascii_only, allow_nan=False
    )
    if text.isprintable():
        return text
    return "".join(_json_escape(c) if c != "\n" and _unsafe(c) else c for c in text)


def wants_ascii(stream: TextIO) -> bool:
    """Whether ``stream`` cannot take any Unicode text (its encoding is not UTF-8)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding not in ("utf8", "utf8sig")


def tolerant(stream: TextIO) -> None:
    """Make ``stream`` write what its encoding lacks as backslash escapes instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    with contextlib.suppress(ValueError, OSError, TypeError):  # closed, or cannot change
        reconfigure(errors="backslashreplace")


def is_live(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal that can redraw a line in place."""
    try:
        tty = stream.isatty()
    except (ValueError, OSError, AttributeError):
        return False
    return tty and os.environ.get("TERM") != "dumb"


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide characters two, combining marks none)."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Write ``rows`` as left-aligned columns two spaces apart (cells are escaped here)."""
    if not rows:
        return
    safe = [[escape_text(cell) for cell in row] for row in rows]
    columns = max(len(row) for row in safe)
    widths = [
        max((width(row[i]) for row in safe if i < len(row)), default=0) for i in range(columns)
    ]
    for row in safe:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")
