# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAnimatedGraphicsTemplateRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateAnimatedGraphicsTemplateRequest:
    """Request of CreateAnimatedGraphicsTemplate: frame rate, size, format and quality of the new
    template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAnimatedGraphicsTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Fps",
        "Width",
        "Height",
        "ResolutionAdaptive",
        "Format",
        "Quality",
        "Name",
        "Comment",
    }
)


def _structure(data: Any) -> CreateAnimatedGraphicsTemplateRequest:
    """Decode one ``CreateAnimatedGraphicsTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateAnimatedGraphicsTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.fps
    if v is not None:
        d["Fps"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.resolution_adaptive
    if v is not None:
        d["ResolutionAdaptive"] = v
    v = o.format
    if v is not None:
        d["Format"] = v
    v = o.quality
    if v is not None:
        d["Quality"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAnimatedGraphicsTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAnimatedGraphicsTemplateRequest:
        o = _e.as_model(o, CreateAnimatedGraphicsTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.fps
    if v is None:
        raise _e.missing("Fps", "an integer")
    if type(v) is not int:
        v = _e.as_int("Fps", v)
    d["Fps"] = v
    v = o.width
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Height", v)
        d["Height"] = v
    v = o.resolution_adaptive
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResolutionAdaptive", v)
        d["ResolutionAdaptive"] = v
    v = o.format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Format", v)
        d["Format"] = v
    v = o.quality
    if v is not None:
        d["Quality"] = _e.number("Quality", v)
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
