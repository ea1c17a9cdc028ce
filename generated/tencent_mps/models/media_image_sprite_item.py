# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaImageSpriteItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaImageSpriteItem:
    """Describes one image sprite output produced by a sprite-generation task: the sprite sheets,
    thumbnail dimensions and the WebVTT index used for seek previews.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaImageSpriteItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Height",
        "Width",
        "TotalCount",
        "ImagePathSet",
        "WebVttPath",
        "Storage",
    }
)


def _structure(data: Any) -> MediaImageSpriteItem:
    """Decode one ``MediaImageSpriteItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("ImagePathSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ImagePathSet", v, "a string", _d.is_str)
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


def _unstructure(o: MediaImageSpriteItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.total_count
    if v is not None:
        d["TotalCount"] = v
    v = o.image_path_set
    if v is not None:
        d["ImagePathSet"] = list(v)
    v = o.web_vtt_path
    if v is not None:
        d["WebVttPath"] = v
    v = o.storage
    if v is not None:
        d["Storage"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
