# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EraseArea`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EraseArea(Model):
    """A rectangular area of the picture, given by its top-left and bottom-right corners in
    percentage or pixel units, used for erasing or region selection.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "left_top_x": "LeftTopX",
        "left_top_y": "LeftTopY",
        "right_bottom_x": "RightBottomX",
        "right_bottom_y": "RightBottomY",
        "unit": "Unit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float!",
        "float!",
        "float!",
        "float!",
        "int!",
    )

    left_top_x: float | None = None
    """X coordinate of the top-left corner. With percentage units, 0.05 means 5% of the frame
    width from the left edge.

    Required in requests.

    Wire name: ``LeftTopX``.
    """

    left_top_y: float | None = None
    """Y coordinate of the top-left corner. With percentage units, 0.1 means 10% of the frame
    height from the top edge.

    Required in requests.

    Wire name: ``LeftTopY``.
    """

    right_bottom_x: float | None = None
    """X coordinate of the bottom-right corner. With percentage units, 0.75 means 75% of the
    frame width from the left edge.

    Required in requests.

    Wire name: ``RightBottomX``.
    """

    right_bottom_y: float | None = None
    """Y coordinate of the bottom-right corner. With percentage units, 0.9 means 90% of the
    frame height from the top edge.

    Required in requests.

    Wire name: ``RightBottomY``.
    """

    unit: int | None = None
    """Unit of the coordinates.

    Known values; others may appear:
    ``1``: Percentage (fraction of the frame size)
    ``2``: Pixels

    Required in requests.

    Wire name: ``Unit``.
    """


_KNOWN = frozenset(EraseArea.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EraseArea:
    """Decode one ``EraseArea`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EraseArea)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("LeftTopX")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("LeftTopX", v)
    o.left_top_x = v
    v = get("LeftTopY")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("LeftTopY", v)
    o.left_top_y = v
    v = get("RightBottomX")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("RightBottomX", v)
    o.right_bottom_x = v
    v = get("RightBottomY")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("RightBottomY", v)
    o.right_bottom_y = v
    v = get("Unit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Unit", "an integer", v)
    o.unit = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EraseArea, _structure)
