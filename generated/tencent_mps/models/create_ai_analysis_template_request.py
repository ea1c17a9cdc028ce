# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAIAnalysisTemplateRequest`` (sent in requests)."""

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
class CreateAIAnalysisTemplateRequest(Model):
    """Request of CreateAIAnalysisTemplate: name, comment and the analysis tasks to enable in the
    new template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "comment": "Comment",
        "classification_configure": "ClassificationConfigure",
        "tag_configure": "TagConfigure",
        "cover_configure": "CoverConfigure",
        "frame_tag_configure": "FrameTagConfigure",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "ClassificationConfigureInfo",
        "TagConfigureInfo",
        "CoverConfigureInfo",
        "FrameTagConfigureInfo",
    )

    name: str | None = None
    """Name of the new content analysis template, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the new content analysis template, up to 256 characters.

    Wire name: ``Comment``.
    """

    classification_configure: models.ClassificationConfigureInfo | None = None
    """Settings of the intelligent classification task.

    Wire name: ``ClassificationConfigure``.
    """

    tag_configure: models.TagConfigureInfo | None = None
    """Settings of the intelligent tagging task.

    Wire name: ``TagConfigure``.
    """

    cover_configure: models.CoverConfigureInfo | None = None
    """Settings of the intelligent cover task.

    Wire name: ``CoverConfigure``.
    """

    frame_tag_configure: models.FrameTagConfigureInfo | None = None
    """Settings of the frame-by-frame tagging task.

    Wire name: ``FrameTagConfigure``.
    """


_KNOWN = frozenset(CreateAIAnalysisTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAIAnalysisTemplateRequest:
    """Decode one ``CreateAIAnalysisTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAIAnalysisTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateAIAnalysisTemplateRequest, _structure)
