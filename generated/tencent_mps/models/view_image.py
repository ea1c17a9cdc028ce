# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ViewImage``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ViewImage:
    """One view in the MultiViewImages list of a multi-view image-to-3D task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "view_type": "ViewType",
        "view_image_url": "ViewImageUrl",
    }
    """Attribute name -> wire name, for every field."""

    view_type: str | None = None
    """Viewing angle of the image, such as front (required), back, left or right_front. The
    list needs at least 2 entries, must include front, may not repeat a view type, and each
    entry needs a ViewImageUrl. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ViewImageViewType`); others may appear:
    ``front``: front view (required)
    ``back``: back view
    ``left``: left view
    ``right``: right view
    ``top``: top view
    ``bottom``: bottom view
    ``left_front``: front-left at 45°
    ``right_front``: front-right at 45°

    Required in requests.

    Wire name: ``ViewType``.
    """

    view_image_url: str | None = None
    """HTTP or HTTPS URL of the image. May be null if unavailable.

    Required in requests.

    Wire name: ``ViewImageUrl``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ViewImage:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ViewType",
        "ViewImageUrl",
    }
)


def _structure(data: Any) -> ViewImage:
    """Decode one ``ViewImage`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ViewImage)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ViewType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ViewType", "a string", v)
    o.view_type = v
    v = get("ViewImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ViewImageUrl", "a string", v)
    o.view_image_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ViewImage) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.view_type
    if v is not None:
        d["ViewType"] = v
    v = o.view_image_url
    if v is not None:
        d["ViewImageUrl"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ViewImage`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ViewImage:
        o = _e.as_model(o, ViewImage)
    d: dict[str, Any] = {}
    v: Any
    v = o.view_type
    if v is None:
        raise _e.missing("ViewType", "a string")
    if type(v) is not str:
        v = _e.as_str("ViewType", v)
    d["ViewType"] = v
    v = o.view_image_url
    if v is None:
        raise _e.missing("ViewImageUrl", "a string")
    if type(v) is not str:
        v = _e.as_str("ViewImageUrl", v)
    d["ViewImageUrl"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
