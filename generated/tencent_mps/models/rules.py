# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Rules`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Rules(Model):
    """A conditional rule in an orchestration flow: a set of conditions joined by a logical
    operator and the nodes to run when the rule matches.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "conditions": "Conditions",
        "linker": "Linker",
        "rear_drive_indexs": "RearDriveIndexs",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[RuleConditionItem",
        "str",
        "[int",
    )

    id: str | None = None
    """ID of the condition rule. May be null.

    Wire name: ``Id``.
    """

    conditions: list[models.RuleConditionItem] | None = None
    """List of conditions to evaluate. May be null.

    Wire name: ``Conditions``.
    """

    linker: str | None = None
    """Logical operator joining the conditions.

    Known values (:class:`tencent_mps.enums.RulesLinker`); others may appear:
    ``&&``: Logical AND
    ``||``: Logical OR

    Wire name: ``Linker``.
    """

    rear_drive_indexs: list[int] | None = None
    """Indexes of the nodes to execute when the conditions are met. May be null.

    Wire name: ``RearDriveIndexs``.
    """


_KNOWN = frozenset(Rules.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> Rules:
    """Decode one ``Rules`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Rules)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Conditions")
    if v is not None:
        n += 1
        v = _d.objects("Conditions", v, _S["RuleConditionItem"])
    o.conditions = v
    v = get("Linker")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Linker", "a string", v)
    o.linker = v
    v = get("RearDriveIndexs")
    if v is not None:
        n += 1
        v = _d.int_list("RearDriveIndexs", v)
    o.rear_drive_indexs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(Rules, _structure)
