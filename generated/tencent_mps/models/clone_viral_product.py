# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralProduct`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralProduct(Model):
    """The product featured in a cloned viral video: images, name and description."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "images": "Images",
        "name": "Name",
        "description": "Description",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[str!",
        "str",
        "str",
    )

    images: list[str] | None = None
    """URLs of the product images.

    Required in requests.

    Wire name: ``Images``.
    """

    name: str | None = None
    """Product name, used when generating the video.

    Wire name: ``Name``.
    """

    description: str | None = None
    """Free-text description of the product.

    Wire name: ``Description``.
    """


_KNOWN = frozenset(CloneViralProduct.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralProduct:
    """Decode one ``CloneViralProduct`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralProduct)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Images")
    if v is not None:
        n += 1
        v = _d.str_list("Images", v)
    o.images = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CloneViralProduct, _structure)
