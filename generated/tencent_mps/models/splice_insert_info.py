# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpliceInsertInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpliceInsertInfo(Model):
    """SCTE-35 splice_insert message parameters used by an ad break."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_id": "EventID",
        "avail_num": "AvailNum",
        "avail_expected": "AvailExpected",
        "program_id": "ProgramID",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
    )

    event_id: str | None = None
    """Splice event ID carried in the splice_insert message.

    Wire name: ``EventID``.
    """

    avail_num: str | None = None
    """Avail number (avail_num) of the splice_insert message.

    Wire name: ``AvailNum``.
    """

    avail_expected: str | None = None
    """Expected number of avails (avails_expected) in the splice_insert message.

    Wire name: ``AvailExpected``.
    """

    program_id: str | None = None
    """Unique program ID (unique_program_id) of the splice_insert message.

    Wire name: ``ProgramID``.
    """


_KNOWN = frozenset(SpliceInsertInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SpliceInsertInfo:
    """Decode one ``SpliceInsertInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SpliceInsertInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EventID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EventID", "a string", v)
    o.event_id = v
    v = get("AvailNum")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AvailNum", "a string", v)
    o.avail_num = v
    v = get("AvailExpected")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AvailExpected", "a string", v)
    o.avail_expected = v
    v = get("ProgramID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramID", "a string", v)
    o.program_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SpliceInsertInfo, _structure)
