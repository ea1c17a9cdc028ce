# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAnimatedGraphicsTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyAnimatedGraphicsTemplateRequest(Model):
    """Request of ModifyAnimatedGraphicsTemplate: the template ID and the animated image settings
    to change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "width": "Width",
        "height": "Height",
        "resolution_adaptive": "ResolutionAdaptive",
        "format": "Format",
        "fps": "Fps",
        "quality": "Quality",
        "comment": "Comment",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "int",
        "int",
        "str",
        "str",
        "int",
        "float",
        "str",
    )

    definition: int | None = None
    """Unique ID of the animated image template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
    """

    width: int | None = None
    """Maximum width (or long side) of the animated image, in px: 0 or [128, 4096]. With both
    Width and Height 0 the source resolution is kept; a single 0 side scales proportionally.
    Defaults to 0.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum height (or short side) of the animated image, in px: 0 or [128, 4096]. With both
    Width and Height 0 the source resolution is kept; a single 0 side scales proportionally.
    Defaults to 0.

    Unit: px.

    Wire name: ``Height``.
    """

    resolution_adaptive: str | None = None
    """Whether Width and Height are read as long and short side (open) or as width and height
    (close). Defaults to open.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: width is the long side, height the short side
    ``close``: width and height are taken literally

    Wire name: ``ResolutionAdaptive``.
    """

    format: str | None = None
    """Format of the animated image: gif or webp.

    Known values (:class:`tencent_mps.enums.CreateAnimatedGraphicsTemplateRequestFormat`); others may appear:
    ``gif``: gif animation
    ``webp``: animated webp

    Wire name: ``Format``.
    """

    fps: int | None = None
    """Frame rate in Hz, in the range [1, 30].

    Unit: Hz.

    Wire name: ``Fps``.
    """

    quality: float | None = None
    """Image quality in the range [1, 100]. Defaults to 75.

    Wire name: ``Quality``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """


_KNOWN = frozenset(ModifyAnimatedGraphicsTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyAnimatedGraphicsTemplateRequest:
    """Decode one ``ModifyAnimatedGraphicsTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyAnimatedGraphicsTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
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
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Quality")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Quality", v)
    o.quality = v
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


bind(ModifyAnimatedGraphicsTemplateRequest, _structure)
