# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdBreakInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AdBreakInfo:
    """One ad break placed in a linear assembly program: where it occurs, which ad source fills it
    and the SCTE-35 message that signals it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_location_id": "SourceLocationId",
        "vod_source_name": "VodSourceName",
        "offset": "Offset",
        "message_type": "MessageType",
        "time_signal_conf": "TimeSignalConf",
        "splice_insert_conf": "SpliceInsertConf",
        "metadatas": "Metadatas",
        "source_location_name": "SourceLocationName",
    }
    """Attribute name -> wire name, for every field."""

    source_location_id: str | None = None
    """ID of the source location that holds the ad content for this break.

    Wire name: ``SourceLocationId``.
    """

    vod_source_name: str | None = None
    """Name of the VOD source, inside the source location, that is played during the break.

    Wire name: ``VodSourceName``.
    """

    offset: int | None = None
    """Position of the ad break within the program, for example 64000; the upstream text gives
    no unit.

    Wire name: ``Offset``.
    """

    message_type: str | None = None
    """SCTE-35 message type that signals the break: SpliceInsert or TimeSignal.

    Wire name: ``MessageType``.
    """

    time_signal_conf: models.TimeSignalInfo | None = None
    """Time signal message settings, used when MessageType is TimeSignal.

    Wire name: ``TimeSignalConf``.
    """

    splice_insert_conf: models.SpliceInsertInfo | None = None
    """Splice insert message settings, used when MessageType is SpliceInsert.

    Wire name: ``SpliceInsertConf``.
    """

    metadatas: list[models.Metadata] | None = None
    """Key-value metadata attached to the ad break.

    Wire name: ``Metadatas``.
    """

    source_location_name: str | None = None
    """Name of the source location that holds the ad content.

    Wire name: ``SourceLocationName``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdBreakInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SourceLocationId",
        "VodSourceName",
        "Offset",
        "MessageType",
        "TimeSignalConf",
        "SpliceInsertConf",
        "Metadatas",
        "SourceLocationName",
    }
)


def _structure(data: Any) -> AdBreakInfo:
    """Decode one ``AdBreakInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdBreakInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceLocationId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationId", "a string", v)
    o.source_location_id = v
    v = get("VodSourceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VodSourceName", "a string", v)
    o.vod_source_name = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("MessageType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("MessageType", "a string", v)
    o.message_type = v
    v = get("TimeSignalConf")
    if v is not None:
        n += 1
        try:
            v = _S["TimeSignalInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TimeSignalConf") from None
    o.time_signal_conf = v
    v = get("SpliceInsertConf")
    if v is not None:
        n += 1
        try:
            v = _S["SpliceInsertInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SpliceInsertConf") from None
    o.splice_insert_conf = v
    v = get("Metadatas")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Metadatas", "an array", v)
        if v:
            f = _S["Metadata"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Metadatas", v, f) from None
        else:
            v = []
    o.metadatas = v
    v = get("SourceLocationName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLocationName", "a string", v)
    o.source_location_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AdBreakInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source_location_id
    if v is not None:
        d["SourceLocationId"] = v
    v = o.vod_source_name
    if v is not None:
        d["VodSourceName"] = v
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.message_type
    if v is not None:
        d["MessageType"] = v
    v = o.time_signal_conf
    if v is not None:
        d["TimeSignalConf"] = _d.wire(v)
    v = o.splice_insert_conf
    if v is not None:
        d["SpliceInsertConf"] = _d.wire(v)
    v = o.metadatas
    if v is not None:
        d["Metadatas"] = [_d.wire(x) for x in v]
    v = o.source_location_name
    if v is not None:
        d["SourceLocationName"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AdBreakInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AdBreakInfo:
        o = _e.as_model(o, AdBreakInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.source_location_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceLocationId", v)
        d["SourceLocationId"] = v
    v = o.vod_source_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VodSourceName", v)
        d["VodSourceName"] = v
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.message_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("MessageType", v)
        d["MessageType"] = v
    v = o.time_signal_conf
    if v is not None:
        try:
            d["TimeSignalConf"] = _R["TimeSignalInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TimeSignalConf") from None
    v = o.splice_insert_conf
    if v is not None:
        try:
            d["SpliceInsertConf"] = _R["SpliceInsertInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("SpliceInsertConf") from None
    v = o.metadatas
    if v is not None:
        d["Metadatas"] = _e.models("Metadatas", v, _R["Metadata"])
    v = o.source_location_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceLocationName", v)
        d["SourceLocationName"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
