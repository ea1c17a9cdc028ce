"""The project's Jinja2 templates, which mirror the layout of the generated package."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).parent / "templates"
# The end of a sentence: ., ! or ? then a space, except after an abbreviation ("e.g.", "i.e.",
# "etc.", "vs.").
_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<=[.!?])\s")


def docstring(text: object) -> str:
    """Make text safe inside a triple-quoted docstring."""
    safe = str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return safe[:-1] + '\\"' if safe.endswith('"') else safe


def first_sentence(text: object) -> str:
    """The first sentence of a description (for argument lists)."""
    parts = _SENTENCE_END.split(str(text).strip(), maxsplit=1)
    return parts[0] if parts else ""


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,
)
_env.filters["pyrepr"] = repr
_env.filters["docstring"] = docstring
_env.filters["first_sentence"] = first_sentence


def render(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)
