# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ViewImage`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ViewImage(Model):
    """One view in the MultiViewImages list of a multi-view image-to-3D task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "view_type": "ViewType",
        "view_image_url": "ViewImageUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

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


_KNOWN = frozenset(ViewImage.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ViewImage:
    """Decode one ``ViewImage`` wire object: the straight-line decoder of this model."""
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


bind(ViewImage, _structure)
