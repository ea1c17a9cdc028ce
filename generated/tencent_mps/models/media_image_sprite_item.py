# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaImageSpriteItem``."""

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
class MediaImageSpriteItem(Model):
    """Describes one image sprite output produced by a sprite-generation task: the sprite sheets,
    thumbnail dimensions and the WebVTT index used for seek previews.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "height": "Height",
        "width": "Width",
        "total_count": "TotalCount",
        "image_path_set": "ImagePathSet",
        "web_vtt_path": "WebVttPath",
        "storage": "Storage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
        "[str",
        "str",
        "TaskOutputStorage",
    )

    definition: int | None = None
    """ID of the image sprite template (specification) that was used.

    Wire name: ``Definition``.
    """

    height: int | None = None
    """Height of each thumbnail inside the sprite sheet.

    Unit: px.

    Wire name: ``Height``.
    """

    width: int | None = None
    """Width of each thumbnail inside the sprite sheet.

    Unit: px.

    Wire name: ``Width``.
    """

    total_count: int | None = None
    """Number of thumbnails contained in each large sprite sheet image.

    Wire name: ``TotalCount``.
    """

    image_path_set: list[str] | None = None
    """Paths of all generated sprite sheet images.

    Wire name: ``ImagePathSet``.
    """

    web_vtt_path: str | None = None
    """Path of the WebVTT file that maps each thumbnail to its time point and its coordinates
    within the sprite sheet; players typically use it for scrub previews.

    Wire name: ``WebVttPath``.
    """

    storage: models.TaskOutputStorage | None = None
    """Storage location where the sprite files were written.

    Wire name: ``Storage``.
    """


_KNOWN = frozenset(MediaImageSpriteItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaImageSpriteItem:
    """Decode one ``MediaImageSpriteItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaImageSpriteItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("TotalCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TotalCount", "an integer", v)
    o.total_count = v
    v = get("ImagePathSet")
    if v is not None:
        n += 1
        v = _d.str_list("ImagePathSet", v)
    o.image_path_set = v
    v = get("WebVttPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WebVttPath", "a string", v)
    o.web_vtt_path = v
    v = get("Storage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("Storage") from None
    o.storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaImageSpriteItem, _structure)
