"""A module imported on first use: what a generated client holds its operation table in."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name``, imported when one of its attributes is first read.

    A generated client names its operation records as ``_ops.DESCRIBE_TASK_DETAIL``; with the
    table behind this, importing the client (to decode a body with ``parse_response``, say)
    does not build a record per action. Every read goes to the module itself, so a record
    replaced on the module is seen at once.
    """

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
