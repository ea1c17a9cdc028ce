# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpecificationDataItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpecificationDataItem:
    """Usage statistics of tasks of one specification, such as a codec and resolution tier.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "specification": "Specification",
        "data": "Data",
    }
    """Attribute name -> wire name, for every field."""

    specification: str | None = None
    """Task specification, for example Delogo.desubtitle.FHD.

    Wire name: ``Specification``.
    """

    data: list[models.TaskStatDataItem] | None = None
    """Statistics for this specification over time.

    Wire name: ``Data``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpecificationDataItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Specification",
        "Data",
    }
)


def _structure(data: Any) -> SpecificationDataItem:
    """Decode one ``SpecificationDataItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Data", "an array", v)
        if v:
            f = _S["TaskStatDataItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Data", v, f) from None
        else:
            v = []
    o.data = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SpecificationDataItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.specification
    if v is not None:
        d["Specification"] = v
    v = o.data
    if v is not None:
        d["Data"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
