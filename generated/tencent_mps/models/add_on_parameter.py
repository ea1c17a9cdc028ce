# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnParameter`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AddOnParameter(Model):
    """Additional inputs for image processing: extra images, output settings and extra prompts."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_set": "ImageSet",
        "output_config": "OutputConfig",
        "ext_prompt": "ExtPrompt",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[AddOnImageInput",
        "ImageProcessOutputConfig",
        "[ImageProcessPrompt",
    )

    image_set: list[models.AddOnImageInput] | None = None
    """Extra input images for the processing, such as masks.

    Wire name: ``ImageSet``.
    """

    output_config: models.ImageProcessOutputConfig | None = None
    """Output settings of the processed image.

    Wire name: ``OutputConfig``.
    """

    ext_prompt: list[models.ImageProcessPrompt] | None = None
    """Extra prompts for the processing; only some scenarios support them.

    Wire name: ``ExtPrompt``.
    """


_KNOWN = frozenset(AddOnParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AddOnParameter:
    """Decode one ``AddOnParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddOnParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageSet")
    if v is not None:
        n += 1
        v = _d.objects("ImageSet", v, _S["AddOnImageInput"])
    o.image_set = v
    v = get("OutputConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageProcessOutputConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputConfig") from None
    o.output_config = v
    v = get("ExtPrompt")
    if v is not None:
        n += 1
        v = _d.objects("ExtPrompt", v, _S["ImageProcessPrompt"])
    o.ext_prompt = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AddOnParameter, _structure)
