# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RuleConditionItem`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RuleConditionItem(Model):
    """A single key/value condition used by a quality inspection or orchestration rule."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "key": "Key",
        "value": "Value",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    key: str | None = None
    """Key of the inspection item the condition checks, for example Resolution-1.

    Wire name: ``Key``.
    """

    value: str | None = None
    """Value the condition compares against, for example 720.

    Wire name: ``Value``.
    """


_KNOWN = frozenset(RuleConditionItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RuleConditionItem:
    """Decode one ``RuleConditionItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RuleConditionItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Key")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Key", "a string", v)
    o.key = v
    v = get("Value")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Value", "a string", v)
    o.value = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RuleConditionItem, _structure)
