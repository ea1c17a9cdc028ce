# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateImageConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateImageConfig(Model):
    """Settings of an image generation task: model, prompt, resolution and aspect ratio."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "resolution": "Resolution",
        "aspect_ratio": "AspectRatio",
        "additional_parameters": "AdditionalParameters",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(CreateImageConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateImageConfig:
    """Decode one ``CreateImageConfig`` wire object: the straight-line decoder of this model."""
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


bind(CreateImageConfig, _structure)
