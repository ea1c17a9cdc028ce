# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PlaybackInfo``."""

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
class PlaybackInfo(Model):
    """Playback settings of a linear assembly program as returned by queries: start mode, timing
    and clip range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
        "transition_type": "TransitionType",
        "start_time": "StartTime",
        "relative_position": "RelativePosition",
        "relative_program_id": "RelativeProgramId",
        "clip_range_conf": "ClipRangeConf",
        "relative_program_name": "RelativeProgramName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "int",
        "str",
        "str",
        "ClipRangeInfo",
        "str",
    )

    duration: int | None = None
    """Duration of the program in milliseconds; effective for live sources.

    Unit: ms.

    Wire name: ``Duration``.
    """

    transition_type: str | None = None
    """How the program starts: live supports only Absolute, VOD also supports Relative.

    Wire name: ``TransitionType``.
    """

    start_time: int | None = None
    """Unix timestamp at which the program starts; used when TransitionType is Absolute.

    Wire name: ``StartTime``.
    """

    relative_position: str | None = None
    """Placement relative to the reference program: After or Before.

    Wire name: ``RelativePosition``.
    """

    relative_program_id: str | None = None
    """ID of the reference program used for relative placement.

    Wire name: ``RelativeProgramId``.
    """

    clip_range_conf: models.ClipRangeInfo | None = None
    """Clip range settings of the program.

    Wire name: ``ClipRangeConf``.
    """

    relative_program_name: str | None = None
    """Name of the reference program used for relative placement.

    Wire name: ``RelativeProgramName``.
    """


_KNOWN = frozenset(PlaybackInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> PlaybackInfo:
    """Decode one ``PlaybackInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(PlaybackInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("TransitionType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TransitionType", "a string", v)
    o.transition_type = v
    v = get("StartTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("StartTime", "an integer", v)
    o.start_time = v
    v = get("RelativePosition")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RelativePosition", "a string", v)
    o.relative_position = v
    v = get("RelativeProgramId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RelativeProgramId", "a string", v)
    o.relative_program_id = v
    v = get("ClipRangeConf")
    if v is not None:
        n += 1
        try:
            v = _S["ClipRangeInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ClipRangeConf") from None
    o.clip_range_conf = v
    v = get("RelativeProgramName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RelativeProgramName", "a string", v)
    o.relative_program_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(PlaybackInfo, _structure)
