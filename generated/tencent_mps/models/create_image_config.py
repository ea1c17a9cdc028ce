# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateImageConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateImageConfig:
    """Settings of an image generation task: model, prompt, resolution and aspect ratio.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "resolution": "Resolution",
        "aspect_ratio": "AspectRatio",
        "additional_parameters": "AdditionalParameters",
    }
    """Attribute name -> wire name, for every field."""

    model: str | None = None
    """Image generation model.

    Known values (:class:`tencent_mps.enums.CreateImageConfigModel`); others may appear:
    ``scene-image-lite``: scene image generation, lite model

    Required in requests.

    Wire name: ``Model``.
    """

    prompt: str | None = None
    """Prompt describing the image to generate.

    Required in requests.

    Wire name: ``Prompt``.
    """

    resolution: str | None = None
    """Resolution of the output image. Defaults to 1K.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigResolution`); others may appear:
    ``1K``: 1K output
    ``2K``: 2K output
    ``4K``: 4K output

    Wire name: ``Resolution``.
    """

    aspect_ratio: str | None = None
    """Aspect ratio (width:height) of the output image. Defaults to 1:1.

    Known values (:class:`tencent_mps.enums.CreateImageConfigAspectRatio`); others may appear:
    ``1:1``: square
    ``2:3``: portrait 2:3
    ``3:2``: landscape 3:2
    ``3:4``: portrait 3:4
    ``4:3``: landscape 4:3
    ``4:5``: portrait 4:5
    ``5:4``: landscape 5:4
    ``9:16``: portrait 9:16
    ``16:9``: landscape 16:9

    Wire name: ``AspectRatio``.
    """

    additional_parameters: str | None = None
    """Additional model parameters as a JSON string, for example topP.

    Wire name: ``AdditionalParameters``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateImageConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Model",
        "Prompt",
        "Resolution",
        "AspectRatio",
        "AdditionalParameters",
    }
)


def _structure(data: Any) -> CreateImageConfig:
    """Decode one ``CreateImageConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateImageConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
    v = get("AdditionalParameters")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdditionalParameters", "a string", v)
    o.additional_parameters = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateImageConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is not None:
        d["Model"] = v
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.aspect_ratio
    if v is not None:
        d["AspectRatio"] = v
    v = o.additional_parameters
    if v is not None:
        d["AdditionalParameters"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateImageConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateImageConfig:
        o = _e.as_model(o, CreateImageConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is None:
        raise _e.missing("Model", "a string")
    if type(v) is not str:
        v = _e.as_str("Model", v)
    d["Model"] = v
    v = o.prompt
    if v is None:
        raise _e.missing("Prompt", "a string")
    if type(v) is not str:
        v = _e.as_str("Prompt", v)
    d["Prompt"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    v = o.aspect_ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AspectRatio", v)
        d["AspectRatio"] = v
    v = o.additional_parameters
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdditionalParameters", v)
        d["AdditionalParameters"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
