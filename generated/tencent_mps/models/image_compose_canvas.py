# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageComposeCanvas`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageComposeCanvas(Model):
    """Canvas settings for layer composition in image processing: size and background color."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "width": "Width",
        "height": "Height",
        "background": "Background",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "str",
    )

    width: int | None = None
    """Canvas width, in the range [1, 10240]; must be set together with Height.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Canvas height, in the range [1, 10240]; must be set together with Width.

    Wire name: ``Height``.
    """

    background: str | None = None
    """Canvas background color as 8-digit hex #RRGGBBAA including alpha, for example #FFFFFFFF
    for opaque white. Defaults to #00000000 (fully transparent); for formats without alpha
    such as JPEG, transparent areas collapse to this color's RGB, so the default gives black
    and white needs an explicit #FFFFFFFF.

    Wire name: ``Background``.
    """


_KNOWN = frozenset(ImageComposeCanvas.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageComposeCanvas:
    """Decode one ``ImageComposeCanvas`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageComposeCanvas)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("Background")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Background", "a string", v)
    o.background = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageComposeCanvas, _structure)
