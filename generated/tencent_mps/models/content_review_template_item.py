# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ContentReviewTemplateItem``."""

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
class ContentReviewTemplateItem(Model):
    """Details of a content moderation template, as returned by DescribeContentReviewTemplates."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "porn_configure": "PornConfigure",
        "terrorism_configure": "TerrorismConfigure",
        "political_configure": "PoliticalConfigure",
        "prohibited_configure": "ProhibitedConfigure",
        "user_define_configure": "UserDefineConfigure",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "PornConfigureInfo",
        "TerrorismConfigureInfo",
        "PoliticalConfigureInfo",
        "ProhibitedConfigureInfo",
        "UserDefineConfigureInfo",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the content moderation template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the content moderation template, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the content moderation template, up to 256 characters.

    Wire name: ``Comment``.
    """

    porn_configure: models.PornConfigureInfo | None = None
    """Settings for detecting pornographic content. May be null if unavailable.

    Wire name: ``PornConfigure``.
    """

    terrorism_configure: models.TerrorismConfigureInfo | None = None
    """Settings for detecting terrorism-related sensitive content. May be null if unavailable.

    Wire name: ``TerrorismConfigure``.
    """

    political_configure: models.PoliticalConfigureInfo | None = None
    """Settings for detecting politically sensitive content. May be null if unavailable.

    Wire name: ``PoliticalConfigure``.
    """

    prohibited_configure: models.ProhibitedConfigureInfo | None = None
    """Settings for detecting prohibited content such as abuse and drug-related illegal
    content. May be null if unavailable.

    Wire name: ``ProhibitedConfigure``.
    """

    user_define_configure: models.UserDefineConfigureInfo | None = None
    """Settings of user-defined moderation rules. May be null if unavailable.

    Wire name: ``UserDefineConfigure``.
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


_KNOWN = frozenset(ContentReviewTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ContentReviewTemplateItem:
    """Decode one ``ContentReviewTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ContentReviewTemplateItem)
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
    v = get("PornConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["PornConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("PornConfigure") from None
    o.porn_configure = v
    v = get("TerrorismConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TerrorismConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TerrorismConfigure") from None
    o.terrorism_configure = v
    v = get("PoliticalConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["PoliticalConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("PoliticalConfigure") from None
    o.political_configure = v
    v = get("ProhibitedConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["ProhibitedConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ProhibitedConfigure") from None
    o.prohibited_configure = v
    v = get("UserDefineConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("UserDefineConfigure") from None
    o.user_define_configure = v
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


bind(ContentReviewTemplateItem, _structure)
