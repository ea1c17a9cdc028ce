# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcImageExtraParam``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcImageExtraParam:
    """Extra settings for AIGC image generation: aspect ratio, resolution, watermark and output
    format.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "aspect_ratio": "AspectRatio",
        "resolution": "Resolution",
        "logo_add": "LogoAdd",
        "output_format": "OutputFormat",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AigcImageExtraParam:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AspectRatio",
        "Resolution",
        "LogoAdd",
        "OutputFormat",
    }
)


def _structure(data: Any) -> AigcImageExtraParam:
    """Decode one ``AigcImageExtraParam`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AigcImageExtraParam) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.aspect_ratio
    if v is not None:
        d["AspectRatio"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.logo_add
    if v is not None:
        d["LogoAdd"] = v
    v = o.output_format
    if v is not None:
        d["OutputFormat"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AigcImageExtraParam`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AigcImageExtraParam:
        o = _e.as_model(o, AigcImageExtraParam)
    d: dict[str, Any] = {}
    v: Any
    v = o.aspect_ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AspectRatio", v)
        d["AspectRatio"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    v = o.logo_add
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("LogoAdd", v)
        d["LogoAdd"] = v
    v = o.output_format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputFormat", v)
        d["OutputFormat"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
