# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcImageExtraParam`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcImageExtraParam(Model):
    """Extra settings for AIGC image generation: aspect ratio, resolution, watermark and output
    format.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "aspect_ratio": "AspectRatio",
        "resolution": "Resolution",
        "logo_add": "LogoAdd",
        "output_format": "OutputFormat",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
    )

    aspect_ratio: str | None = None
    """Aspect ratio of the generated image, such as 16:9. Kling 2.1, 3.0, 3.0-Omni and O1
    support 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3 and 21:9; Vidu q2 supports the same set; for
    MJ v7 the ratio is given in the prompt.

    Wire name: ``AspectRatio``.
    """

    resolution: str | None = None
    """Output resolution of the image: 720P, 1080P, 2K or 4K on models that support it; the
    wand-vega-image model supports 1K, 2K and 4K.

    Wire name: ``Resolution``.
    """

    logo_add: int | None = None
    """Whether to add a logo watermark: 1 adds it, 0 does not. Range [0, 1], default 0.

    Wire name: ``LogoAdd``.
    """

    output_format: str | None = None
    """File format of the generated image: jpeg or png.

    Known values (:class:`tencent_mps.enums.AigcImageExtraParamOutputFormat`); others may appear:
    ``jpeg``: jpeg image
    ``png``: png image

    Wire name: ``OutputFormat``.
    """


_KNOWN = frozenset(AigcImageExtraParam.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcImageExtraParam:
    """Decode one ``AigcImageExtraParam`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcImageExtraParam)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("LogoAdd")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LogoAdd", "an integer", v)
    o.logo_add = v
    v = get("OutputFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputFormat", "a string", v)
    o.output_format = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcImageExtraParam, _structure)
