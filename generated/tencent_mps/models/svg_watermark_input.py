# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SvgWatermarkInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SvgWatermarkInput(Model):
    """Size settings of an SVG watermark when creating a watermark template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "width": "Width",
        "height": "Height",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    width: str | None = None
    """Watermark width: px is pixels; W%, H%, S% and L% are percentages of the video width,
    height, short side and long side; a bare % means W%. 0px with a non-zero Height scales
    the width proportionally from the SVG, and 0px for both uses the SVG's original size.
    Defaults to 10W%.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Watermark height: px is pixels; W%, H%, S% and L% are percentages of the video width,
    height, short side and long side; a bare % means H%. 0px with a non-zero Width scales
    the height proportionally from the SVG, and 0px for both uses the SVG's original size.
    Defaults to 0px.

    Wire name: ``Height``.
    """


_KNOWN = frozenset(SvgWatermarkInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SvgWatermarkInput:
    """Decode one ``SvgWatermarkInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SvgWatermarkInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SvgWatermarkInput, _structure)
