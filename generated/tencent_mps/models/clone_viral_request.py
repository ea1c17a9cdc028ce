# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralRequest`` (sent in requests)."""

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
class CloneViralRequest(Model):
    """Request of CloneViral: the reference viral video, the product and the generation settings."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_url": "VideoUrl",
        "product": "Product",
        "aigc_param": "AIGCParam",
        "content_param": "ContentParam",
        "persona": "Persona",
        "output": "Output",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "CloneViralProduct",
        "CloneViralAIGC",
        "CloneViralContent",
        "CloneViralPersona",
        "CloneViralOutputOption",
    )

    video_url: str | None = None
    """URL of the viral reference video to clone.

    Required in requests.

    Wire name: ``VideoUrl``.
    """

    product: models.CloneViralProduct | None = None
    """Product information; required in every mode except depth extraction.

    Wire name: ``Product``.
    """

    aigc_param: models.CloneViralAIGC | None = None
    """Settings for AIGC video generation.

    Wire name: ``AIGCParam``.
    """

    content_param: models.CloneViralContent | None = None
    """Content and style settings.

    Wire name: ``ContentParam``.
    """

    persona: models.CloneViralPersona | None = None
    """Appearance of the model shown in the video.

    Wire name: ``Persona``.
    """

    output: models.CloneViralOutputOption | None = None
    """Where and how the result is delivered.

    Wire name: ``Output``.
    """


_KNOWN = frozenset(CloneViralRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralRequest:
    """Decode one ``CloneViralRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoUrl", "a string", v)
    o.video_url = v
    v = get("Product")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralProduct"](v)
        except DecodeError as e:
            raise e.with_prefix("Product") from None
    o.product = v
    v = get("AIGCParam")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralAIGC"](v)
        except DecodeError as e:
            raise e.with_prefix("AIGCParam") from None
    o.aigc_param = v
    v = get("ContentParam")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralContent"](v)
        except DecodeError as e:
            raise e.with_prefix("ContentParam") from None
    o.content_param = v
    v = get("Persona")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralPersona"](v)
        except DecodeError as e:
            raise e.with_prefix("Persona") from None
    o.persona = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralOutputOption"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CloneViralRequest, _structure)
