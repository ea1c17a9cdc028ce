# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAnimatedGraphicsItem``."""

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
class MediaAnimatedGraphicsItem(Model):
    """Information about one generated animated image file, such as its location, format,
    dimensions and time range in the source video.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "storage": "Storage",
        "path": "Path",
        "definition": "Definition",
        "container": "Container",
        "height": "Height",
        "width": "Width",
        "bitrate": "Bitrate",
        "size": "Size",
        "md5": "Md5",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "TaskOutputStorage",
        "str",
        "int",
        "str",
        "int",
        "int",
        "int",
        "int",
        "str",
        "float",
        "float",
    )

    storage: models.TaskOutputStorage | None = None
    """Storage location of the animated image file.

    Wire name: ``Storage``.
    """

    path: str | None = None
    """Path of the animated image file.

    Wire name: ``Path``.
    """

    definition: int | None = None
    """ID of the animated image template used.

    Wire name: ``Definition``.
    """

    container: str | None = None
    """Animated image format, such as gif.

    Wire name: ``Container``.
    """

    height: int | None = None
    """Height of the animated image, in pixels.

    Unit: px.

    Wire name: ``Height``.
    """

    width: int | None = None
    """Width of the animated image, in pixels.

    Unit: px.

    Wire name: ``Width``.
    """

    bitrate: int | None = None
    """Bitrate of the animated image, in bits per second.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    size: int | None = None
    """Size of the animated image file, in bytes.

    Unit: bytes.

    Wire name: ``Size``.
    """

    md5: str | None = None
    """MD5 checksum of the animated image file.

    Wire name: ``Md5``.
    """

    start_time_offset: float | None = None
    """Start offset of the animated image within the source video, in seconds.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End offset of the animated image within the source video, in seconds.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """


_KNOWN = frozenset(MediaAnimatedGraphicsItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAnimatedGraphicsItem:
    """Decode one ``MediaAnimatedGraphicsItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAnimatedGraphicsItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Storage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("Storage") from None
    o.storage = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("Size")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Size", "an integer", v)
    o.size = v
    v = get("Md5")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Md5", "a string", v)
    o.md5 = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAnimatedGraphicsItem, _structure)
