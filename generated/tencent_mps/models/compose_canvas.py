# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeCanvas``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeCanvas:
    """Canvas of a video composition task: background color and output frame size.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "color": "Color",
        "width": "Width",
        "height": "Height",
    }
    """Attribute name -> wire name, for every field."""

    color: str | None = None
    """Background color as #RRGGBB, for example #F0F0F0. Defaults to #000000 (black).

    Wire name: ``Color``.
    """

    width: int | None = None
    """Canvas width, which is the output video width, in pixels, range 0-3840. Defaults to 0,
    meaning the width of the first video.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Canvas height, which is the output video height, in pixels, range 0-3840. Defaults to 0,
    meaning the height of the first video.

    Unit: px.

    Wire name: ``Height``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeCanvas:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Color",
        "Width",
        "Height",
    }
)


def _structure(data: Any) -> ComposeCanvas:
    """Decode one ``ComposeCanvas`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeCanvas)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Color")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Color", "a string", v)
    o.color = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeCanvas) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.color
    if v is not None:
        d["Color"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeCanvas`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeCanvas:
        o = _e.as_model(o, ComposeCanvas)
    d: dict[str, Any] = {}
    v: Any
    v = o.color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Color", v)
        d["Color"] = v
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
