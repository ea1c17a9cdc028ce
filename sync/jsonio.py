"""Reading and writing the schema's JSON files the one way they are formatted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def dumps(document: Any) -> str:
    """The text of a schema file: one-space indent, UTF-8 kept as is, a final newline."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def loads(text: str) -> Any:
    return json.loads(text)
