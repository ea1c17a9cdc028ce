# generated from schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""The package's shared cattrs Converter (``tencent_mps.converter``), built on first access."""

from __future__ import annotations

from tencent_mps._runtime.converter import make_converter

converter = make_converter()
