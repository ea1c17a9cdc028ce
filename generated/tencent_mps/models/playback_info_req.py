# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PlaybackInfoReq`` (sent in requests)."""

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
class PlaybackInfoReq(Model):
    """Playback settings of a linear assembly program as supplied in requests: start mode, timing
    and clip range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transition_type": "TransitionType",
        "start_time": "StartTime",
        "duration": "Duration",
        "relative_position": "RelativePosition",
        "relative_program_id": "RelativeProgramId",
        "clip_range_conf": "ClipRangeConf",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "str",
        "str",
        "ClipRangeInfo",
    )

    transition_type: str | None = None
    """How the program starts. Live supports only Absolute; VOD in a Linear channel supports
    Absolute and Relative, VOD in a Loop channel supports only Relative.

    Known values (:class:`tencent_mps.enums.PlaybackInfoReqTransitionType`); others may appear:
    ``Absolute``: start at a fixed time given by StartTime
    ``Relative``: start before or after a reference program

    Wire name: ``TransitionType``.
    """

    start_time: int | None = None
    """Unix timestamp at which the program starts when TransitionType is Absolute; at most 90
    days (7776000 seconds) after the current time.

    Wire name: ``StartTime``.
    """

    duration: int | None = None
    """Duration of the program in milliseconds, effective for live sources; range
    600000-86400000, default 600000.

    Unit: ms.

    Wire name: ``Duration``.
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


_KNOWN = frozenset(PlaybackInfoReq.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> PlaybackInfoReq:
    """Decode one ``PlaybackInfoReq`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(PlaybackInfoReq)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(PlaybackInfoReq, _structure)
