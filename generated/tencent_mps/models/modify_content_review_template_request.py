# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyContentReviewTemplateRequest``: the model and its codecs."""

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
class ModifyContentReviewTemplateRequest:
    """Request of ModifyContentReviewTemplate: the moderation template to change and the checks to
    update.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyContentReviewTemplateRequest:
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
        "PornConfigure",
        "TerrorismConfigure",
        "PoliticalConfigure",
        "ProhibitedConfigure",
        "UserDefineConfigure",
    }
)


def _structure(data: Any) -> ModifyContentReviewTemplateRequest:
    """Decode one ``ModifyContentReviewTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifyContentReviewTemplateRequest) -> dict[str, Any]:
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
    v = o.porn_configure
    if v is not None:
        d["PornConfigure"] = _d.wire(v)
    v = o.terrorism_configure
    if v is not None:
        d["TerrorismConfigure"] = _d.wire(v)
    v = o.political_configure
    if v is not None:
        d["PoliticalConfigure"] = _d.wire(v)
    v = o.prohibited_configure
    if v is not None:
        d["ProhibitedConfigure"] = _d.wire(v)
    v = o.user_define_configure
    if v is not None:
        d["UserDefineConfigure"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyContentReviewTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyContentReviewTemplateRequest:
        o = _e.as_model(o, ModifyContentReviewTemplateRequest)
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
    v = o.porn_configure
    if v is not None:
        try:
            d["PornConfigure"] = _R["PornConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("PornConfigure") from None
    v = o.terrorism_configure
    if v is not None:
        try:
            d["TerrorismConfigure"] = _R["TerrorismConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("TerrorismConfigure") from None
    v = o.political_configure
    if v is not None:
        try:
            d["PoliticalConfigure"] = _R["PoliticalConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("PoliticalConfigure") from None
    v = o.prohibited_configure
    if v is not None:
        try:
            d["ProhibitedConfigure"] = _R["ProhibitedConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("ProhibitedConfigure") from None
    v = o.user_define_configure
    if v is not None:
        try:
            d["UserDefineConfigure"] = _R["UserDefineConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("UserDefineConfigure") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
