# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIAnalysisTemplateItem``."""

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
class AIAnalysisTemplateItem(Model):
    """Details of a content analysis template, as returned by DescribeAIAnalysisTemplates."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "classification_configure": "ClassificationConfigure",
        "tag_configure": "TagConfigure",
        "cover_configure": "CoverConfigure",
        "frame_tag_configure": "FrameTagConfigure",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "ClassificationConfigureInfo",
        "TagConfigureInfo",
        "CoverConfigureInfo",
        "FrameTagConfigureInfo",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the content analysis template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name given to the content analysis template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the content analysis template.

    Wire name: ``Comment``.
    """

    classification_configure: models.ClassificationConfigureInfo | None = None
    """Settings of the intelligent classification task. May be null if unavailable.

    Wire name: ``ClassificationConfigure``.
    """

    tag_configure: models.TagConfigureInfo | None = None
    """Settings of the intelligent tagging task. May be null if unavailable.

    Wire name: ``TagConfigure``.
    """

    cover_configure: models.CoverConfigureInfo | None = None
    """Settings of the intelligent cover task. May be null if unavailable.

    Wire name: ``CoverConfigure``.
    """

    frame_tag_configure: models.FrameTagConfigureInfo | None = None
    """Settings of the frame-by-frame tagging task. May be null if unavailable.

    Wire name: ``FrameTagConfigure``.
    """

    create_time: datetime | None = None
    """When the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """When the template was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """


_KNOWN = frozenset(AIAnalysisTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AIAnalysisTemplateItem:
    """Decode one ``AIAnalysisTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AIAnalysisTemplateItem)
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
    v = get("ClassificationConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["ClassificationConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ClassificationConfigure") from None
    o.classification_configure = v
    v = get("TagConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TagConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TagConfigure") from None
    o.tag_configure = v
    v = get("CoverConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["CoverConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CoverConfigure") from None
    o.cover_configure = v
    v = get("FrameTagConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["FrameTagConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("FrameTagConfigure") from None
    o.frame_tag_configure = v
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AIAnalysisTemplateItem, _structure)
