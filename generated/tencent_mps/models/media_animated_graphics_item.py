# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAnimatedGraphicsItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAnimatedGraphicsItem:
    """Information about one generated animated image file, such as its location, format,
    dimensions and time range in the source video.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaAnimatedGraphicsItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Storage",
        "Path",
        "Definition",
        "Container",
        "Height",
        "Width",
        "Bitrate",
        "Size",
        "Md5",
        "StartTimeOffset",
        "EndTimeOffset",
    }
)


def _structure(data: Any) -> MediaAnimatedGraphicsItem:
    """Decode one ``MediaAnimatedGraphicsItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: MediaAnimatedGraphicsItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.storage
    if v is not None:
        d["Storage"] = _d.wire(v)
    v = o.path
    if v is not None:
        d["Path"] = v
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.container
    if v is not None:
        d["Container"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    v = o.size
    if v is not None:
        d["Size"] = v
    v = o.md5
    if v is not None:
        d["Md5"] = v
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
