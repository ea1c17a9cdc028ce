"""The project's own Jinja2 templates (everything datamodel-code-generator does not cover)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).parent / "templates"


def _docstring(text: object) -> str:
    """Make text safe inside a triple-quoted docstring."""
    return str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,
)
_env.filters["pyrepr"] = repr
_env.filters["docstring"] = _docstring


def render(template: str, **context: Any) -> str:
    return _env.get_template(template).render(**context)
