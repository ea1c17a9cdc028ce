# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAnimatedGraphicsTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateAnimatedGraphicsTemplateRequest(Model):
    """Request of CreateAnimatedGraphicsTemplate: frame rate, size, format and quality of the new
    template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "fps": "Fps",
        "width": "Width",
        "height": "Height",
        "resolution_adaptive": "ResolutionAdaptive",
        "format": "Format",
        "quality": "Quality",
        "name": "Name",
        "comment": "Comment",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "int",
        "int",
        "str",
        "str",
        "float",
        "str",
        "str",
    )

    fps: int | None = None
    """Frame rate in Hz, in the range [1, 30].

    Unit: Hz.

    Required in requests.

    Wire name: ``Fps``.
    """

    width: int | None = None
    """Maximum width (or long side) in px: 0 or [128, 4096]. If both Width and Height are 0 the
    source resolution is kept; if only one is 0 it is scaled proportionally. Defaults to 0.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum height (or short side) in px: 0 or [128, 4096]. If both Width and Height are 0
    the source resolution is kept; if only one is 0 it is scaled proportionally. Defaults to
    0.

    Unit: px.

    Wire name: ``Height``.
    """

    resolution_adaptive: str | None = None
    """Whether Width and Height mean the long and short sides. Defaults to open.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: enabled: Width is the long side and Height the short side
    ``close``: disabled: Width is the width and Height the height

    Wire name: ``ResolutionAdaptive``.
    """

    format: str | None = None
    """Animated image format. Defaults to gif.

    Known values (:class:`tencent_mps.enums.CreateAnimatedGraphicsTemplateRequestFormat`); others may appear:
    ``gif``: GIF animation
    ``webp``: animated WebP

    Wire name: ``Format``.
    """

    quality: float | None = None
    """Image quality in the range [1, 100]. Defaults to 75.

    Wire name: ``Quality``.
    """

    name: str | None = None
    """Template name, at most 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """


_KNOWN = frozenset(CreateAnimatedGraphicsTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAnimatedGraphicsTemplateRequest:
    """Decode one ``CreateAnimatedGraphicsTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAnimatedGraphicsTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("ResolutionAdaptive")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResolutionAdaptive", "a string", v)
    o.resolution_adaptive = v
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("Quality")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Quality", v)
    o.quality = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateAnimatedGraphicsTemplateRequest, _structure)
