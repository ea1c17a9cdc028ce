# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MosaicInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MosaicInput(Model):
    """A mosaic (blur box) to apply to a region of the video for a given time range."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "coordinate_origin": "CoordinateOrigin",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "width": "Width",
        "height": "Height",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "float",
        "float",
    )

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


_KNOWN = frozenset(MosaicInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MosaicInput:
    """Decode one ``MosaicInput`` wire object: the straight-line decoder of this model."""
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


bind(MosaicInput, _structure)
