# generated from schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""``EraseArea``: the model and its converter hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tencent_mps._runtime import decoding as _d

if TYPE_CHECKING:
    pass

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EraseArea:
    """A rectangular area of the picture, given by its top-left and bottom-right corners in
    percentage or pixel units, used for erasing or region selection.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    left_top_x: float | None = None
    """X coordinate of the top-left corner. With percentage units, 0.05 means 5% of the frame
    width from the left edge.

    Wire name: ``LeftTopX``.
    """

    left_top_y: float | None = None
    """Y coordinate of the top-left corner. With percentage units, 0.1 means 10% of the frame
    height from the top edge.

    Wire name: ``LeftTopY``.
    """

    right_bottom_x: float | None = None
    """X coordinate of the bottom-right corner. With percentage units, 0.75 means 75% of the
    frame width from the left edge.

    Wire name: ``RightBottomX``.
    """

    right_bottom_y: float | None = None
    """Y coordinate of the bottom-right corner. With percentage units, 0.9 means 90% of the
    frame height from the top edge.

    Wire name: ``RightBottomY``.
    """

    unit: int | None = None
    """Unit of the coordinates.

    Known values; others may appear:
    ``1``: Percentage (fraction of the frame size)
    ``2``: Pixels

    Wire name: ``Unit``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EraseArea:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN = frozenset(
    {
        "LeftTopX",
        "LeftTopY",
        "RightBottomX",
        "RightBottomY",
        "Unit",
    }
)


def _structure(data: Any) -> EraseArea:
    """Decode one ``EraseArea`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EraseArea)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("LeftTopX")
    if v is not None:
        n += 1
        if type(v) is not float:
            if type(v) is not int:
                raise _d.wrong_type("LeftTopX", "a number", v)
            v = float(v)
    o.left_top_x = v
    v = get("LeftTopY")
    if v is not None:
        n += 1
        if type(v) is not float:
            if type(v) is not int:
                raise _d.wrong_type("LeftTopY", "a number", v)
            v = float(v)
    o.left_top_y = v
    v = get("RightBottomX")
    if v is not None:
        n += 1
        if type(v) is not float:
            if type(v) is not int:
                raise _d.wrong_type("RightBottomX", "a number", v)
            v = float(v)
    o.right_bottom_x = v
    v = get("RightBottomY")
    if v is not None:
        n += 1
        if type(v) is not float:
            if type(v) is not int:
                raise _d.wrong_type("RightBottomY", "a number", v)
            v = float(v)
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


def _unstructure(o: EraseArea) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.left_top_x
    if v is not None:
        d["LeftTopX"] = v
    v = o.left_top_y
    if v is not None:
        d["LeftTopY"] = v
    v = o.right_bottom_x
    if v is not None:
        d["RightBottomX"] = v
    v = o.right_bottom_y
    if v is not None:
        d["RightBottomY"] = v
    v = o.unit
    if v is not None:
        d["Unit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
