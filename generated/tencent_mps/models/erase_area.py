# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EraseArea``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EraseArea:
    """A rectangular area of the picture, given by its top-left and bottom-right corners in
    percentage or pixel units, used for erasing or region selection.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "left_top_x": "LeftTopX",
        "left_top_y": "LeftTopY",
        "right_bottom_x": "RightBottomX",
        "right_bottom_y": "RightBottomY",
        "unit": "Unit",
    }
    """Attribute name -> wire name, for every field."""

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


_KNOWN: frozenset[str] = frozenset(
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


def _request(o: Any) -> dict[str, Any]:
    """Check a ``EraseArea`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not EraseArea:
        o = _e.as_model(o, EraseArea)
    d: dict[str, Any] = {}
    v: Any
    v = o.left_top_x
    if v is None:
        raise _e.missing("LeftTopX", "a number")
    d["LeftTopX"] = _e.number("LeftTopX", v)
    v = o.left_top_y
    if v is None:
        raise _e.missing("LeftTopY", "a number")
    d["LeftTopY"] = _e.number("LeftTopY", v)
    v = o.right_bottom_x
    if v is None:
        raise _e.missing("RightBottomX", "a number")
    d["RightBottomX"] = _e.number("RightBottomX", v)
    v = o.right_bottom_y
    if v is None:
        raise _e.missing("RightBottomY", "a number")
    d["RightBottomY"] = _e.number("RightBottomY", v)
    v = o.unit
    if v is None:
        raise _e.missing("Unit", "an integer")
    if type(v) is not int:
        v = _e.as_int("Unit", v)
    d["Unit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
