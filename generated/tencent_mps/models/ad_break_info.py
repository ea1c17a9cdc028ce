# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdBreakInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AdBreakInfo(Model):
    """One ad break placed in a linear assembly program: where it occurs, which ad source fills it
    and the SCTE-35 message that signals it.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "TimeSignalInfo",
        "SpliceInsertInfo",
        "[Metadata",
        "str",
    )

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


_KNOWN = frozenset(AdBreakInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdBreakInfo:
    """Decode one ``AdBreakInfo`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Metadatas", v, _S["Metadata"])
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


bind(AdBreakInfo, _structure)
