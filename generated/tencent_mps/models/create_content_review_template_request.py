# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateContentReviewTemplateRequest`` (sent in requests)."""

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
class CreateContentReviewTemplateRequest(Model):
    """Request of CreateContentReviewTemplate: name, comment and the moderation checks of the new
    template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "comment": "Comment",
        "porn_configure": "PornConfigure",
        "terrorism_configure": "TerrorismConfigure",
        "political_configure": "PoliticalConfigure",
        "prohibited_configure": "ProhibitedConfigure",
        "user_define_configure": "UserDefineConfigure",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "PornConfigureInfo",
        "TerrorismConfigureInfo",
        "PoliticalConfigureInfo",
        "ProhibitedConfigureInfo",
        "UserDefineConfigureInfo",
    )

    name: str | None = None
    """Name of the new content moderation template, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the new content moderation template, up to 256 characters.

    Wire name: ``Comment``.
    """

    porn_configure: models.PornConfigureInfo | None = None
    """Settings of the pornography detection task.

    Wire name: ``PornConfigure``.
    """

    terrorism_configure: models.TerrorismConfigureInfo | None = None
    """Settings of the violence and terrorism detection task.

    Wire name: ``TerrorismConfigure``.
    """

    political_configure: models.PoliticalConfigureInfo | None = None
    """Settings of the politically sensitive content detection task.

    Wire name: ``PoliticalConfigure``.
    """

    prohibited_configure: models.ProhibitedConfigureInfo | None = None
    """Settings for detecting prohibited content such as abuse and drug-related illegal
    content. Not supported yet.

    Wire name: ``ProhibitedConfigure``.
    """

    user_define_configure: models.UserDefineConfigureInfo | None = None
    """Settings of user-defined moderation rules.

    Wire name: ``UserDefineConfigure``.
    """


_KNOWN = frozenset(CreateContentReviewTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateContentReviewTemplateRequest:
    """Decode one ``CreateContentReviewTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateContentReviewTemplateRequest)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateContentReviewTemplateRequest, _structure)
