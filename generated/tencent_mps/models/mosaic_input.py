# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MosaicInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MosaicInput:
    """A mosaic (blur box) to apply to a region of the video for a given time range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "coordinate_origin": "CoordinateOrigin",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "width": "Width",
        "height": "Height",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    """Attribute name -> wire name, for every field."""

    coordinate_origin: str | None = None
    """Origin of the coordinate system. Only TopLeft is currently supported, meaning the
    video's top-left corner, with the mosaic anchored at its own top-left corner. Default:
    TopLeft.

    Known values (:class:`tencent_mps.enums.MosaicInputCoordinateOrigin`); others may appear:
    ``TopLeft``: Top-left corner of the video

    Wire name: ``CoordinateOrigin``.
    """

    x_pos: str | None = None
    """Horizontal distance from the coordinate origin to the mosaic origin, as a percentage of
    video width (e.g. 10%) or in pixels (e.g. 100px). Default: 0px.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical distance from the coordinate origin to the mosaic origin, as a percentage of
    video height (e.g. 10%) or in pixels (e.g. 100px). Default: 0px.

    Wire name: ``YPos``.
    """

    width: str | None = None
    """Width of the mosaic, as a percentage of video width (e.g. 10%) or in pixels (e.g.
    100px). Default: 10%.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Height of the mosaic, as a percentage of video height (e.g. 10%) or in pixels (e.g.
    100px). Default: 10%.

    Wire name: ``Height``.
    """

    start_time_offset: float | None = None
    """When the mosaic starts to appear, in seconds. 0 or unset means from the start; n > 0
    means from second n; -n means n seconds before the end.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """When the mosaic disappears, in seconds. 0 or unset means it lasts until the end; n > 0
    means it disappears at second n; -n means n seconds before the end.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MosaicInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "CoordinateOrigin",
        "XPos",
        "YPos",
        "Width",
        "Height",
        "StartTimeOffset",
        "EndTimeOffset",
    }
)


def _structure(data: Any) -> MosaicInput:
    """Decode one ``MosaicInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MosaicInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("CoordinateOrigin")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CoordinateOrigin", "a string", v)
    o.coordinate_origin = v
    v = get("XPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("XPos", "a string", v)
    o.x_pos = v
    v = get("YPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("YPos", "a string", v)
    o.y_pos = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Width", "a string", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Height", "a string", v)
    o.height = v
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


def _unstructure(o: MosaicInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.coordinate_origin
    if v is not None:
        d["CoordinateOrigin"] = v
    v = o.x_pos
    if v is not None:
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        d["YPos"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
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


def _request(o: Any) -> dict[str, Any]:
    """Check a ``MosaicInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not MosaicInput:
        o = _e.as_model(o, MosaicInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.coordinate_origin
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CoordinateOrigin", v)
        d["CoordinateOrigin"] = v
    v = o.x_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("XPos", v)
        d["XPos"] = v
    v = o.y_pos
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("YPos", v)
        d["YPos"] = v
    v = o.width
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Height", v)
        d["Height"] = v
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = _e.number("StartTimeOffset", v)
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = _e.number("EndTimeOffset", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
