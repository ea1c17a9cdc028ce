# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateQualityControlTemplateRequest`` (sent in requests)."""

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
class CreateQualityControlTemplateRequest(Model):
    """Request of CreateQualityControlTemplate: name, check items and sampling strategy of the new
    media quality inspection template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "quality_control_item_set": "QualityControlItemSet",
        "comment": "Comment",
        "record_format": "RecordFormat",
        "strategy": "Strategy",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[QualityControlItemConfig!",
        "str",
        "str",
        "QualityControlStrategy",
    )

    name: str | None = None
    """Name of the quality inspection template, at most 64 characters.

    Required in requests.

    Wire name: ``Name``.
    """

    quality_control_item_set: list[models.QualityControlItemConfig] | None = None
    """Check items and their control parameters.

    Required in requests.

    Wire name: ``QualityControlItemSet``.
    """

    comment: str | None = None
    """Description of the template, at most 256 characters.

    Wire name: ``Comment``.
    """

    record_format: str | None = None
    """Format of recorded evidence files; currently only PNG images.

    Known values (:class:`tencent_mps.enums.CreateQualityControlTemplateRequestRecordFormat`); others may appear:
    ``PNG``: png image

    Wire name: ``RecordFormat``.
    """

    strategy: models.QualityControlStrategy | None = None
    """Sampling strategy of the inspection, for example timed spot checks.

    Wire name: ``Strategy``.
    """


_KNOWN = frozenset(CreateQualityControlTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateQualityControlTemplateRequest:
    """Decode one ``CreateQualityControlTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateQualityControlTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("QualityControlItemSet")
    if v is not None:
        n += 1
        v = _d.objects("QualityControlItemSet", v, _S["QualityControlItemConfig"])
    o.quality_control_item_set = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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


bind(CreateQualityControlTemplateRequest, _structure)
