# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EditMediaFileInfo`` (sent in requests)."""

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
class EditMediaFileInfo(Model):
    """One input video of a video editing task, with optional clipping range and an ID for
    composition.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "id": "Id",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "float",
        "float",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Location information of the input video.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    start_time_offset: float | None = None
    """Start offset of the clip within the video, in seconds; applies to clipping tasks.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End offset of the clip within the video, in seconds; applies to clipping tasks.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    id: str | None = None
    """Source material ID referenced by media elements on composition tracks; required for
    composition tasks. Letters, digits, hyphens and underscores only, up to 32 characters.
    May be null if unavailable.

    Wire name: ``Id``.
    """


_KNOWN = frozenset(EditMediaFileInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EditMediaFileInfo:
    """Decode one ``EditMediaFileInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EditMediaFileInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EditMediaFileInfo, _structure)
