# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpecificationDataItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpecificationDataItem(Model):
    """Usage statistics of tasks of one specification, such as a codec and resolution tier."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "specification": "Specification",
        "data": "Data",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[TaskStatDataItem",
    )

    specification: str | None = None
    """Task specification, for example Delogo.desubtitle.FHD.

    Wire name: ``Specification``.
    """

    data: list[models.TaskStatDataItem] | None = None
    """Statistics for this specification over time.

    Wire name: ``Data``.
    """


_KNOWN = frozenset(SpecificationDataItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SpecificationDataItem:
    """Decode one ``SpecificationDataItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SpecificationDataItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Specification")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Specification", "a string", v)
    o.specification = v
    v = get("Data")
    if v is not None:
        n += 1
        v = _d.objects("Data", v, _S["TaskStatDataItem"])
    o.data = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SpecificationDataItem, _structure)
