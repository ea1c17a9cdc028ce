# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TEHDConfigForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TEHDConfigForUpdate(Model):
    """Top Speed Codec (TSC) settings used when modifying a transcoding template; unset fields are
    left unchanged.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "max_video_bitrate": "MaxVideoBitrate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
    )

    type: str | None = None
    """Top Speed Codec type; leaving it empty means no change. May be null.

    Known values (:class:`tencent_mps.enums.TEHDConfigType`); others may appear:
    ``TEHD-100``: Top Speed Codec 100, for video
    ``TEHD-200``: Top Speed Codec 200, for audio

    Wire name: ``Type``.
    """

    max_video_bitrate: int | None = None
    """Upper limit of the video bitrate; leaving it empty means no change. May be null.

    Wire name: ``MaxVideoBitrate``.
    """


_KNOWN = frozenset(TEHDConfigForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TEHDConfigForUpdate:
    """Decode one ``TEHDConfigForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TEHDConfigForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("MaxVideoBitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxVideoBitrate", "an integer", v)
    o.max_video_bitrate = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TEHDConfigForUpdate, _structure)
