# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiFissionInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiFissionInput(Model):
    """Input of an AI video fission task: reference images and optional product copy."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_urls": "ImageUrls",
        "text": "Text",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[str!",
        "str",
    )

    image_urls: list[str] | None = None
    """URLs of the reference images the fission videos are generated from. Required.

    Required in requests.

    Wire name: ``ImageUrls``.
    """

    text: str | None = None
    """Optional reference copy describing the product, used to guide the generated videos.

    Wire name: ``Text``.
    """


_KNOWN = frozenset(AiFissionInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiFissionInput:
    """Decode one ``AiFissionInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiFissionInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageUrls")
    if v is not None:
        n += 1
        v = _d.str_list("ImageUrls", v)
    o.image_urls = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiFissionInput, _structure)
