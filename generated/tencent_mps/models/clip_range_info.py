# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ClipRangeInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ClipRangeInfo:
    """Range of a VOD source that is actually played: either the whole asset or a specified time
    range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "offset": "Offset",
        "start_offset": "StartOffset",
        "end_offset": "EndOffset",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Which part of the content is played; applies to VOD sources only. Entire plays the whole
    asset, SpecifyTimeRange plays only the range given by the offsets.

    Wire name: ``Type``.
    """

    offset: int | None = None
    """Offset into the content; used only when Type is SpecifyTimeRange.

    Wire name: ``Offset``.
    """

    start_offset: int | None = None
    """Start offset of the played range; used only when Type is SpecifyTimeRange.

    Wire name: ``StartOffset``.
    """

    end_offset: int | None = None
    """End offset of the played range; used only when Type is SpecifyTimeRange.

    Wire name: ``EndOffset``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClipRangeInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "Offset",
        "StartOffset",
        "EndOffset",
    }
)


def _structure(data: Any) -> ClipRangeInfo:
    """Decode one ``ClipRangeInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ClipRangeInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("StartOffset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartOffset", "an integer", v)
    o.start_offset = v
    v = get("EndOffset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EndOffset", "an integer", v)
    o.end_offset = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ClipRangeInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.start_offset
    if v is not None:
        d["StartOffset"] = v
    v = o.end_offset
    if v is not None:
        d["EndOffset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ClipRangeInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ClipRangeInfo:
        o = _e.as_model(o, ClipRangeInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.start_offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("StartOffset", v)
        d["StartOffset"] = v
    v = o.end_offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("EndOffset", v)
        d["EndOffset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
