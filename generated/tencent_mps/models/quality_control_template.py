# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlTemplate(Model):
    """Details of a media quality control template, including its check items and spot-check
    strategy.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "[QualityControlItemConfig",
        "datetime",
        "datetime",
        "QualityControlStrategy",
    )

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

    create_time: datetime | None = None
    """Creation time of the template, in ISO date format. May be null if unavailable.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Last modification time of the template, in ISO date format. May be null if unavailable.

    Wire name: ``UpdateTime``.
    """

    strategy: models.QualityControlStrategy | None = None
    """Spot-check strategy used by the template.

    Wire name: ``Strategy``.
    """


_KNOWN = frozenset(QualityControlTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlTemplate:
    """Decode one ``QualityControlTemplate`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("QualityControlItemSet", v, _S["QualityControlItemConfig"])
    o.quality_control_item_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
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


bind(QualityControlTemplate, _structure)
