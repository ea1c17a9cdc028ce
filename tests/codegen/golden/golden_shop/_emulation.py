# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_emulation.py.jinja2 (make generate); do not edit.
"""``x-tc-emulation`` of schema/ as data: what the local emulator keeps and how actions change it.

``FAMILIES`` are the resource families (templates, workflows, schedules, ...) with the verb each
action applies to them; ``REFERENCES`` the request fields that must name an existing resource;
``TASKS`` the kinds of asynchronous task and the actions that read them back; ``ENFORCED_VALUES``
the request fields (type -> wire name -> documented values) whose values the service enforces. The emulator's one
generic engine (``tencent_mps_lib.testing``) runs them.
"""

from __future__ import annotations

from typing import Any, Final

FAMILIES: Final[dict[str, dict[str, Any]]] = {}

REFERENCES: Final[list[dict[str, Any]]] = []

TASKS: Final[dict[str, dict[str, Any]]] = {}

ENFORCED_VALUES: Final[dict[str, dict[str, list[str]]]] = {}
