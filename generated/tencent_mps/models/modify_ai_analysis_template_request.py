# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAIAnalysisTemplateRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyAIAnalysisTemplateRequest:
    """Request of ModifyAIAnalysisTemplate: the template to change and the settings to update.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "classification_configure": "ClassificationConfigure",
        "tag_configure": "TagConfigure",
        "cover_configure": "CoverConfigure",
        "frame_tag_configure": "FrameTagConfigure",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """Unique ID of the content analysis template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """New template description, up to 256 characters.

    Wire name: ``Comment``.
    """

    classification_configure: models.ClassificationConfigureInfoForUpdate | None = None
    """New settings of the intelligent classification task.

    Wire name: ``ClassificationConfigure``.
    """

    tag_configure: models.TagConfigureInfoForUpdate | None = None
    """New settings of the intelligent tagging task.

    Wire name: ``TagConfigure``.
    """

    cover_configure: models.CoverConfigureInfoForUpdate | None = None
    """New settings of the intelligent cover task.

    Wire name: ``CoverConfigure``.
    """

    frame_tag_configure: models.FrameTagConfigureInfoForUpdate | None = None
    """New settings of the frame-by-frame tagging task.

    Wire name: ``FrameTagConfigure``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyAIAnalysisTemplateRequest:
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
    }
)


def _structure(data: Any) -> ModifyAIAnalysisTemplateRequest:
    """Decode one ``ModifyAIAnalysisTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyAIAnalysisTemplateRequest)
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
            v = _S["ClassificationConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("ClassificationConfigure") from None
    o.classification_configure = v
    v = get("TagConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TagConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("TagConfigure") from None
    o.tag_configure = v
    v = get("CoverConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["CoverConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("CoverConfigure") from None
    o.cover_configure = v
    v = get("FrameTagConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["FrameTagConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("FrameTagConfigure") from None
    o.frame_tag_configure = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyAIAnalysisTemplateRequest) -> dict[str, Any]:
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyAIAnalysisTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyAIAnalysisTemplateRequest:
        o = _e.as_model(o, ModifyAIAnalysisTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.classification_configure
    if v is not None:
        try:
            d["ClassificationConfigure"] = _R["ClassificationConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("ClassificationConfigure") from None
    v = o.tag_configure
    if v is not None:
        try:
            d["TagConfigure"] = _R["TagConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("TagConfigure") from None
    v = o.cover_configure
    if v is not None:
        try:
            d["CoverConfigure"] = _R["CoverConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("CoverConfigure") from None
    v = o.frame_tag_configure
    if v is not None:
        try:
            d["FrameTagConfigure"] = _R["FrameTagConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("FrameTagConfigure") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
