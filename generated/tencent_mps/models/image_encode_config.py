# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageEncodeConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageEncodeConfig(Model):
    """Encoding settings for an output image: format and relative quality."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "format": "Format",
        "quality": "Quality",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
    )

    format: str | None = None
    """Output image format: JPEG, PNG, BMP or WebP; defaults to the format of the source image.
    Animated images are not supported. May be null if unavailable.

    Wire name: ``Format``.
    """

    quality: int | None = None
    """Relative quality of the image, from 1 to 100, measured against the quality of the
    source; defaults to the source quality. May be null if unavailable.

    Wire name: ``Quality``.
    """


_KNOWN = frozenset(ImageEncodeConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageEncodeConfig:
    """Decode one ``ImageEncodeConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageEncodeConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("Quality")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Quality", "an integer", v)
    o.quality = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageEncodeConfig, _structure)
