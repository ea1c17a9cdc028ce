# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyQualityControlTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyQualityControlTemplateRequest(Model):
    """Request of ModifyQualityControlTemplate: the media quality control template to change and
    its new settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "quality_control_item_set": "QualityControlItemSet",
        "record_format": "RecordFormat",
        "strategy": "Strategy",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "[QualityControlItemConfig",
        "str",
        "QualityControlStrategy",
    )

    definition: int | None = None
    """Unique ID of the quality control template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Template name, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, up to 256 characters.

    Wire name: ``Comment``.
    """

    quality_control_item_set: list[models.QualityControlItemConfig] | None = None
    """Quality control items to check and their settings.

    Wire name: ``QualityControlItemSet``.
    """

    record_format: str | None = None
    """Format of recorded files; PNG is the only option.

    Known values (:class:`tencent_mps.enums.CreateQualityControlTemplateRequestRecordFormat`); others may appear:
    ``PNG``: png images

    Wire name: ``RecordFormat``.
    """

    strategy: models.QualityControlStrategy | None = None
    """Spot-check strategy of the quality control.

    Wire name: ``Strategy``.
    """


_KNOWN = frozenset(ModifyQualityControlTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyQualityControlTemplateRequest:
    """Decode one ``ModifyQualityControlTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyQualityControlTemplateRequest)
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
    v = get("QualityControlItemSet")
    if v is not None:
        n += 1
        v = _d.objects("QualityControlItemSet", v, _S["QualityControlItemConfig"])
    o.quality_control_item_set = v
    v = get("RecordFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RecordFormat", "a string", v)
    o.record_format = v
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


bind(ModifyQualityControlTemplateRequest, _structure)
