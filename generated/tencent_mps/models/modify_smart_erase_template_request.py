# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifySmartEraseTemplateRequest`` (sent in requests)."""

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
class ModifySmartEraseTemplateRequest(Model):
    """Request of ModifySmartEraseTemplate: the template ID, erase type and the erase settings to
    change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "erase_type": "EraseType",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "str",
        "SmartEraseSubtitleConfig",
        "SmartEraseWatermarkConfig",
        "SmartErasePrivacyConfig",
    )

    definition: int | None = None
    """Unique ID of the smart erase template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """

    erase_type: str | None = None
    """What the template erases: subtitles, watermarks or private content.

    Known values (:class:`tencent_mps.enums.OverrideEraseParameterEraseType`); others may appear:
    ``subtitle``: remove subtitles
    ``watermark``: remove watermarks
    ``privacy``: privacy protection

    Wire name: ``EraseType``.
    """

    erase_subtitle_config: models.SmartEraseSubtitleConfig | None = None
    """Subtitle erasing settings; applies when EraseType is subtitle, or when EraseType is
    omitted and the template's existing type is subtitle.

    Wire name: ``EraseSubtitleConfig``.
    """

    erase_watermark_config: models.SmartEraseWatermarkConfig | None = None
    """Watermark erasing settings; applies when EraseType is watermark, or when EraseType is
    omitted and the template's existing type is watermark.

    Wire name: ``EraseWatermarkConfig``.
    """

    erase_privacy_config: models.SmartErasePrivacyConfig | None = None
    """Privacy protection settings; applies when EraseType is privacy, or when EraseType is
    omitted and the template's existing type is privacy.

    Wire name: ``ErasePrivacyConfig``.
    """


_KNOWN = frozenset(ModifySmartEraseTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifySmartEraseTemplateRequest:
    """Decode one ``ModifySmartEraseTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifySmartEraseTemplateRequest)
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
    v = get("EraseType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseType", "a string", v)
    o.erase_type = v
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


bind(ModifySmartEraseTemplateRequest, _structure)
