# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyContentReviewTemplateRequest`` (sent in requests)."""

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
class ModifyContentReviewTemplateRequest(Model):
    """Request of ModifyContentReviewTemplate: the moderation template to change and the checks to
    update.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "porn_configure": "PornConfigure",
        "terrorism_configure": "TerrorismConfigure",
        "political_configure": "PoliticalConfigure",
        "prohibited_configure": "ProhibitedConfigure",
        "user_define_configure": "UserDefineConfigure",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "PornConfigureInfoForUpdate",
        "TerrorismConfigureInfoForUpdate",
        "PoliticalConfigureInfoForUpdate",
        "ProhibitedConfigureInfoForUpdate",
        "UserDefineConfigureInfoForUpdate",
    )

    definition: int | None = None
    """Unique ID of the content moderation template to modify. Required.

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

    porn_configure: models.PornConfigureInfoForUpdate | None = None
    """New settings for detecting offensive (pornographic) content.

    Wire name: ``PornConfigure``.
    """

    terrorism_configure: models.TerrorismConfigureInfoForUpdate | None = None
    """New settings for detecting unsafe (violent or terrorism-related) content.

    Wire name: ``TerrorismConfigure``.
    """

    political_configure: models.PoliticalConfigureInfoForUpdate | None = None
    """New settings for detecting inappropriate (sensitive) content.

    Wire name: ``PoliticalConfigure``.
    """

    prohibited_configure: models.ProhibitedConfigureInfoForUpdate | None = None
    """New settings for detecting prohibited content such as abuse and drug-related illegal
    content. Not supported yet.

    Wire name: ``ProhibitedConfigure``.
    """

    user_define_configure: models.UserDefineConfigureInfoForUpdate | None = None
    """New settings of user-defined moderation rules.

    Wire name: ``UserDefineConfigure``.
    """


_KNOWN = frozenset(ModifyContentReviewTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyContentReviewTemplateRequest:
    """Decode one ``ModifyContentReviewTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyContentReviewTemplateRequest)
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
            v = _S["PornConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("PornConfigure") from None
    o.porn_configure = v
    v = get("TerrorismConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TerrorismConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("TerrorismConfigure") from None
    o.terrorism_configure = v
    v = get("PoliticalConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["PoliticalConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("PoliticalConfigure") from None
    o.political_configure = v
    v = get("ProhibitedConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["ProhibitedConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("ProhibitedConfigure") from None
    o.prohibited_configure = v
    v = get("UserDefineConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["UserDefineConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("UserDefineConfigure") from None
    o.user_define_configure = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyContentReviewTemplateRequest, _structure)
