# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExecRuleTaskData``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ExecRuleTaskData(Model):
    """Output of a workflow rule-evaluation step."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "rear_drive_index": "RearDriveIndex",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[int",)

    rear_drive_index: list[int] | None = None
    """Indexes of the downstream nodes to run as a result of the quality control condition
    evaluation.

    Wire name: ``RearDriveIndex``.
    """


_KNOWN = frozenset(ExecRuleTaskData.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExecRuleTaskData:
    """Decode one ``ExecRuleTaskData`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExecRuleTaskData)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("RearDriveIndex")
    if v is not None:
        n += 1
        v = _d.int_list("RearDriveIndex", v)
    o.rear_drive_index = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExecRuleTaskData, _structure)
