# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeCanvas`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeCanvas(Model):
    """Canvas of a video composition task: background color and output frame size."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "color": "Color",
        "width": "Width",
        "height": "Height",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
    )

    color: str | None = None
    """Background color as #RRGGBB, for example #F0F0F0. Defaults to #000000 (black).

    Wire name: ``Color``.
    """

    width: int | None = None
    """Canvas width, which is the output video width, in pixels, range 0-3840. Defaults to 0,
    meaning the width of the first video.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Canvas height, which is the output video height, in pixels, range 0-3840. Defaults to 0,
    meaning the height of the first video.

    Unit: px.

    Wire name: ``Height``.
    """


_KNOWN = frozenset(ComposeCanvas.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeCanvas:
    """Decode one ``ComposeCanvas`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeCanvas)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Color")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Color", "a string", v)
    o.color = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeCanvas, _structure)
