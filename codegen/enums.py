"""String enums from the documented values (``x-known-values``) of the schema's string fields."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

from .spec import Spec


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str
    doc: str


@dataclass(frozen=True)
class EnumSpec:
    name: str
    owner: str
    wire: str
    members: tuple[EnumMember, ...]


def member_name(value: str) -> str:
    """A Python identifier for a wire value: ``WorkflowTask`` -> ``WORKFLOW_TASK``, ``zh-TW`` -> ``ZH_TW``."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", value)
    name = re.sub(r"[^0-9A-Za-z]+", "_", words).strip("_").upper() or "EMPTY"
    if name[0].isdigit() or keyword.iskeyword(name):
        name = "V_" + name
    return name


def collect(s: Spec) -> list[EnumSpec]:
    enums: dict[str, EnumSpec] = {}
    for t in s.types.values():
        for f in t.fields:
            string_valued = f.kind == "str" or (f.kind == "list" and f.item_kind == "str")
            if not f.known_values or not string_valued:
                continue
            name = f.enum_name or f"{t.name}{f.wire}"
            members: list[EnumMember] = []
            seen: set[str] = set()
            for value, meaning in f.known_values.items():
                m = member_name(value)
                while m in seen:
                    m += "_"
                seen.add(m)
                members.append(EnumMember(m, value, meaning[:1].upper() + meaning[1:]))
            if name in enums:
                raise ValueError(f"two enums named {name}")
            enums[name] = EnumSpec(name, t.name, f.wire, tuple(members))
    return [enums[k] for k in sorted(enums)]
