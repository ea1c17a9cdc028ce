# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateSmartEraseTemplateRequest``: the model and its codecs."""

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
class CreateSmartEraseTemplateRequest:
    """Request of CreateSmartEraseTemplate: the erase type and the matching subtitle, watermark or
    privacy settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "erase_type": "EraseType",
        "comment": "Comment",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
    }
    """Attribute name -> wire name, for every field."""

    name: str | None = None
    """Template name, at most 64 characters.

    Required in requests.

    Wire name: ``Name``.
    """

    erase_type: str | None = None
    """What the template erases.

    Known values (:class:`tencent_mps.enums.OverrideEraseParameterEraseType`); others may appear:
    ``subtitle``: remove subtitles
    ``watermark``: remove watermarks
    ``privacy``: privacy protection

    Required in requests.

    Wire name: ``EraseType``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    erase_subtitle_config: models.SmartEraseSubtitleConfig | None = None
    """Subtitle erasing settings; required and used only when EraseType is subtitle.

    Wire name: ``EraseSubtitleConfig``.
    """

    erase_watermark_config: models.SmartEraseWatermarkConfig | None = None
    """Watermark erasing settings; required and used only when EraseType is watermark.

    Wire name: ``EraseWatermarkConfig``.
    """

    erase_privacy_config: models.SmartErasePrivacyConfig | None = None
    """Privacy protection settings; required and used only when EraseType is privacy.

    Wire name: ``ErasePrivacyConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSmartEraseTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "EraseType",
        "Comment",
        "EraseSubtitleConfig",
        "EraseWatermarkConfig",
        "ErasePrivacyConfig",
    }
)


def _structure(data: Any) -> CreateSmartEraseTemplateRequest:
    """Decode one ``CreateSmartEraseTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateSmartEraseTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("EraseType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseType", "a string", v)
    o.erase_type = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("EraseSubtitleConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseSubtitleConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EraseSubtitleConfig") from None
    o.erase_subtitle_config = v
    v = get("EraseWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SmartEraseWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EraseWatermarkConfig") from None
    o.erase_watermark_config = v
    v = get("ErasePrivacyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SmartErasePrivacyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ErasePrivacyConfig") from None
    o.erase_privacy_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateSmartEraseTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.erase_type
    if v is not None:
        d["EraseType"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.erase_subtitle_config
    if v is not None:
        d["EraseSubtitleConfig"] = _d.wire(v)
    v = o.erase_watermark_config
    if v is not None:
        d["EraseWatermarkConfig"] = _d.wire(v)
    v = o.erase_privacy_config
    if v is not None:
        d["ErasePrivacyConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateSmartEraseTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateSmartEraseTemplateRequest:
        o = _e.as_model(o, CreateSmartEraseTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is None:
        raise _e.missing("Name", "a string")
    if type(v) is not str:
        v = _e.as_str("Name", v)
    d["Name"] = v
    v = o.erase_type
    if v is None:
        raise _e.missing("EraseType", "a string")
    if type(v) is not str:
        v = _e.as_str("EraseType", v)
    d["EraseType"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.erase_subtitle_config
    if v is not None:
        try:
            d["EraseSubtitleConfig"] = _R["SmartEraseSubtitleConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EraseSubtitleConfig") from None
    v = o.erase_watermark_config
    if v is not None:
        try:
            d["EraseWatermarkConfig"] = _R["SmartEraseWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EraseWatermarkConfig") from None
    v = o.erase_privacy_config
    if v is not None:
        try:
            d["ErasePrivacyConfig"] = _R["SmartErasePrivacyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ErasePrivacyConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
