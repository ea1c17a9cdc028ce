# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpliceInsertInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpliceInsertInfo:
    """SCTE-35 splice_insert message parameters used by an ad break.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "event_id": "EventID",
        "avail_num": "AvailNum",
        "avail_expected": "AvailExpected",
        "program_id": "ProgramID",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpliceInsertInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EventID",
        "AvailNum",
        "AvailExpected",
        "ProgramID",
    }
)


def _structure(data: Any) -> SpliceInsertInfo:
    """Decode one ``SpliceInsertInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SpliceInsertInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.event_id
    if v is not None:
        d["EventID"] = v
    v = o.avail_num
    if v is not None:
        d["AvailNum"] = v
    v = o.avail_expected
    if v is not None:
        d["AvailExpected"] = v
    v = o.program_id
    if v is not None:
        d["ProgramID"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SpliceInsertInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SpliceInsertInfo:
        o = _e.as_model(o, SpliceInsertInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.event_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EventID", v)
        d["EventID"] = v
    v = o.avail_num
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AvailNum", v)
        d["AvailNum"] = v
    v = o.avail_expected
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AvailExpected", v)
        d["AvailExpected"] = v
    v = o.program_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ProgramID", v)
        d["ProgramID"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
