# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaUsageItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaUsageItem(Model):
    """Usage figures of an AIGC processing job, counting input images and input, output and total
    seconds.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_image_count": "InputImageCount",
        "input_seconds": "InputSeconds",
        "output_seconds": "OutputSeconds",
        "total_seconds": "TotalSeconds",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
    )

    input_image_count: int | None = None
    """Number of input images.

    Wire name: ``InputImageCount``.
    """

    input_seconds: int | None = None
    """Duration of the input media that was counted.

    Unit: s.

    Wire name: ``InputSeconds``.
    """

    output_seconds: int | None = None
    """Duration of the generated output that was counted.

    Unit: s.

    Wire name: ``OutputSeconds``.
    """

    total_seconds: int | None = None
    """Total duration counted for usage.

    Unit: s.

    Wire name: ``TotalSeconds``.
    """


_KNOWN = frozenset(MediaUsageItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaUsageItem:
    """Decode one ``MediaUsageItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaUsageItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputImageCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InputImageCount", "an integer", v)
    o.input_image_count = v
    v = get("InputSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InputSeconds", "an integer", v)
    o.input_seconds = v
    v = get("OutputSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutputSeconds", "an integer", v)
    o.output_seconds = v
    v = get("TotalSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TotalSeconds", "an integer", v)
    o.total_seconds = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaUsageItem, _structure)
