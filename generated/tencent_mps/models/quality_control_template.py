# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlTemplate``: the model and its codecs."""

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
class QualityControlTemplate:
    """Details of a media quality control template, including its check items and spot-check
    strategy.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "quality_control_item_set": "QualityControlItemSet",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "strategy": "Strategy",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """Unique ID of the quality control template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the quality control template. May be null if unavailable.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the template. May be null if unavailable.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    quality_control_item_set: list[models.QualityControlItemConfig] | None = None
    """Quality control check items configured in the template. May be null if unavailable.

    Wire name: ``QualityControlItemSet``.
    """

    create_time: str | None = None
    """Creation time of the template, in ISO date format. May be null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Last modification time of the template, in ISO date format. May be null if unavailable.

    Wire name: ``UpdateTime``.
    """

    strategy: models.QualityControlStrategy | None = None
    """Spot-check strategy used by the template.

    Wire name: ``Strategy``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityControlTemplate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Name",
        "Comment",
        "Type",
        "QualityControlItemSet",
        "CreateTime",
        "UpdateTime",
        "Strategy",
    }
)


def _structure(data: Any) -> QualityControlTemplate:
    """Decode one ``QualityControlTemplate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlTemplate)
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
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("QualityControlItemSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("QualityControlItemSet", "an array", v)
        if v:
            f = _S["QualityControlItemConfig"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("QualityControlItemSet", v, f) from None
        else:
            v = []
    o.quality_control_item_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    v = get("Strategy")
    if v is not None:
        n += 1
        try:
            v = _S["QualityControlStrategy"](v)
        except DecodeError as e:
            raise e.with_prefix("Strategy") from None
    o.strategy = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: QualityControlTemplate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.quality_control_item_set
    if v is not None:
        d["QualityControlItemSet"] = [_d.wire(x) for x in v]
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.strategy
    if v is not None:
        d["Strategy"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
