# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PlaybackInfoReq``: the model and its codecs."""

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
class PlaybackInfoReq:
    """Playback settings of a linear assembly program as supplied in requests: start mode, timing
    and clip range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transition_type": "TransitionType",
        "start_time": "StartTime",
        "duration": "Duration",
        "relative_position": "RelativePosition",
        "relative_program_id": "RelativeProgramId",
        "clip_range_conf": "ClipRangeConf",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlaybackInfoReq:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TransitionType",
        "StartTime",
        "Duration",
        "RelativePosition",
        "RelativeProgramId",
        "ClipRangeConf",
    }
)


def _structure(data: Any) -> PlaybackInfoReq:
    """Decode one ``PlaybackInfoReq`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: PlaybackInfoReq) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.transition_type
    if v is not None:
        d["TransitionType"] = v
    v = o.start_time
    if v is not None:
        d["StartTime"] = v
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.relative_position
    if v is not None:
        d["RelativePosition"] = v
    v = o.relative_program_id
    if v is not None:
        d["RelativeProgramId"] = v
    v = o.clip_range_conf
    if v is not None:
        d["ClipRangeConf"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``PlaybackInfoReq`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not PlaybackInfoReq:
        o = _e.as_model(o, PlaybackInfoReq)
    d: dict[str, Any] = {}
    v: Any
    v = o.transition_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TransitionType", v)
        d["TransitionType"] = v
    v = o.start_time
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("StartTime", v)
        d["StartTime"] = v
    v = o.duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Duration", v)
        d["Duration"] = v
    v = o.relative_position
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("RelativePosition", v)
        d["RelativePosition"] = v
    v = o.relative_program_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("RelativeProgramId", v)
        d["RelativeProgramId"] = v
    v = o.clip_range_conf
    if v is not None:
        try:
            d["ClipRangeConf"] = _R["ClipRangeInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("ClipRangeConf") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
