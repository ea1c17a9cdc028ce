# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateContentReviewTemplateRequest``: the model and its codecs."""

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
class CreateContentReviewTemplateRequest:
    """Request of CreateContentReviewTemplate: name, comment and the moderation checks of the new
    template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateContentReviewTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "Comment",
        "PornConfigure",
        "TerrorismConfigure",
        "PoliticalConfigure",
        "ProhibitedConfigure",
        "UserDefineConfigure",
    }
)


def _structure(data: Any) -> CreateContentReviewTemplateRequest:
    """Decode one ``CreateContentReviewTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateContentReviewTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
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
    """Check a ``CreateContentReviewTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateContentReviewTemplateRequest:
        o = _e.as_model(o, CreateContentReviewTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
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
            d["PornConfigure"] = _R["PornConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("PornConfigure") from None
    v = o.terrorism_configure
    if v is not None:
        try:
            d["TerrorismConfigure"] = _R["TerrorismConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TerrorismConfigure") from None
    v = o.political_configure
    if v is not None:
        try:
            d["PoliticalConfigure"] = _R["PoliticalConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("PoliticalConfigure") from None
    v = o.prohibited_configure
    if v is not None:
        try:
            d["ProhibitedConfigure"] = _R["ProhibitedConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("ProhibitedConfigure") from None
    v = o.user_define_configure
    if v is not None:
        try:
            d["UserDefineConfigure"] = _R["UserDefineConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("UserDefineConfigure") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
