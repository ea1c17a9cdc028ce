# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RecipeItem`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RecipeItem(Model):
    """One kind of sub-image in an AI poster image set, with how many to generate."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "theme": "Theme",
        "num": "Num",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
    )

    theme: str | None = None
    """Kind of sub-image to generate.

    Known values (:class:`tencent_mps.enums.RecipeItemTheme`); others may appear:
    ``hero``: main product image
    ``detail``: product detail image
    ``selling``: key selling point image
    ``atmosphere``: scene atmosphere image
    ``angles``: multi-angle image
    ``scene``: usage scenario image

    Wire name: ``Theme``.
    """

    num: int | None = None
    """Number of sub-images of this kind, in the range [1, 4]; the total across all kinds must
    be between 4 and 12.

    Wire name: ``Num``.
    """


_KNOWN = frozenset(RecipeItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RecipeItem:
    """Decode one ``RecipeItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RecipeItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Theme")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Theme", "a string", v)
    o.theme = v
    v = get("Num")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Num", "an integer", v)
    o.num = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RecipeItem, _structure)
