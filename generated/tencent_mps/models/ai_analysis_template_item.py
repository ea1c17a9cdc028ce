# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIAnalysisTemplateItem``: the model and its codecs."""

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
class AIAnalysisTemplateItem:
    """Details of a content analysis template, as returned by DescribeAIAnalysisTemplates.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

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
    """Attribute name -> wire name, for every field."""

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

    create_time: str | None = None
    """When the template was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIAnalysisTemplateItem:
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
        "ClassificationConfigure",
        "TagConfigure",
        "CoverConfigure",
        "FrameTagConfigure",
        "CreateTime",
        "UpdateTime",
        "Type",
    }
)


def _structure(data: Any) -> AIAnalysisTemplateItem:
    """Decode one ``AIAnalysisTemplateItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
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


def _unstructure(o: AIAnalysisTemplateItem) -> dict[str, Any]:
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
    v = o.classification_configure
    if v is not None:
        d["ClassificationConfigure"] = _d.wire(v)
    v = o.tag_configure
    if v is not None:
        d["TagConfigure"] = _d.wire(v)
    v = o.cover_configure
    if v is not None:
        d["CoverConfigure"] = _d.wire(v)
    v = o.frame_tag_configure
    if v is not None:
        d["FrameTagConfigure"] = _d.wire(v)
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
