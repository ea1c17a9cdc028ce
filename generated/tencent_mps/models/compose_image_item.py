# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeImageItem`` (sent in requests)."""

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
class ComposeImageItem(Model):
    """Image element placed on a track of a video composition task, with position, size and image
    operations.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_media": "SourceMedia",
        "track_time": "TrackTime",
        "x_pos": "XPos",
        "y_pos": "YPos",
        "width": "Width",
        "height": "Height",
        "image_operations": "ImageOperations",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "ComposeSourceMedia!",
        "ComposeTrackTime",
        "str",
        "str",
        "str",
        "str",
        "[ComposeImageOperation",
    )

    source_media: models.ComposeSourceMedia | None = None
    """Media that supplies the image element.

    Required in requests.

    Wire name: ``SourceMedia``.
    """

    track_time: models.ComposeTrackTime | None = None
    """Timing of the element on the track timeline; when empty, the element directly follows
    the previous one.

    Wire name: ``TrackTime``.
    """

    x_pos: str | None = None
    """Horizontal position of the element's center from the canvas origin, as a percentage of
    canvas width (for example 10%) or in pixels (for example 100px). Defaults to 50%.

    Wire name: ``XPos``.
    """

    y_pos: str | None = None
    """Vertical position of the element's center from the canvas origin, as a percentage of
    canvas height (for example 10%) or in pixels (for example 100px). Defaults to 50%.

    Wire name: ``YPos``.
    """

    width: str | None = None
    """Width of the element, as a percentage of canvas width or in pixels (px). If both Width
    and Height are empty or 0 the source size is used; if only one is set, the other scales
    with the source aspect ratio.

    Wire name: ``Width``.
    """

    height: str | None = None
    """Height of the element, as a percentage of canvas height or in pixels (px). If both Width
    and Height are empty or 0 the source size is used; if only one is set, the other scales
    with the source aspect ratio.

    Wire name: ``Height``.
    """

    image_operations: list[models.ComposeImageOperation] | None = None
    """Operations applied to the image, such as rotation.

    Wire name: ``ImageOperations``.
    """


_KNOWN = frozenset(ComposeImageItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeImageItem:
    """Decode one ``ComposeImageItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeImageItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceMedia")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeSourceMedia"](v)
        except DecodeError as e:
            raise e.with_prefix("SourceMedia") from None
    o.source_media = v
    v = get("TrackTime")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTrackTime"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackTime") from None
    o.track_time = v
    v = get("XPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("XPos", "a string", v)
    o.x_pos = v
    v = get("YPos")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("YPos", "a string", v)
    o.y_pos = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Width", "a string", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Height", "a string", v)
    o.height = v
    v = get("ImageOperations")
    if v is not None:
        n += 1
        v = _d.objects("ImageOperations", v, _S["ComposeImageOperation"])
    o.image_operations = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeImageItem, _structure)
