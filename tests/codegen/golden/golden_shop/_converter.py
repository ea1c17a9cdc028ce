# generated from schema/ by codegen/templates/tencent_mps/_converter.py.jinja2 (make generate); do not edit.
"""The package's shared cattrs Converter (``tencent_mps.converter``), built on first access."""

from __future__ import annotations

from tencent_mps_core.converter import make_converter

converter = make_converter()
