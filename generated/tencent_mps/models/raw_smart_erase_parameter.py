# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawSmartEraseParameter`` (sent in requests)."""

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
class RawSmartEraseParameter(Model):
    """Custom parameters for a smart erase task, specifying what to remove (subtitles, watermarks
    or private content) and how to re-embed subtitles.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "erase_type": "EraseType",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
        "use_original_pos": "UseOriginalPos",
        "use_original_size": "UseOriginalSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "SmartEraseSubtitleConfig",
        "SmartEraseWatermarkConfig",
        "SmartErasePrivacyConfig",
        "int",
        "int",
        "int",
    )

    erase_type: str | None = None
    """Type of erasure to perform.

    Known values (:class:`tencent_mps.enums.OverrideEraseParameterEraseType`); others may appear:
    ``subtitle``: Remove subtitles
    ``watermark``: Remove watermarks
    ``privacy``: Privacy protection

    Required in requests.

    Wire name: ``EraseType``.
    """

    erase_subtitle_config: models.SmartEraseSubtitleConfig | None = None
    """Subtitle erasure settings; required when EraseType is subtitle. May be null.

    Wire name: ``EraseSubtitleConfig``.
    """

    erase_watermark_config: models.SmartEraseWatermarkConfig | None = None
    """Watermark erasure settings; required when EraseType is watermark. May be null.

    Wire name: ``EraseWatermarkConfig``.
    """

    erase_privacy_config: models.SmartErasePrivacyConfig | None = None
    """Privacy protection settings; required when EraseType is privacy. May be null.

    Wire name: ``ErasePrivacyConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template used after erasing subtitles.

    Wire name: ``SubtitleEmbedId``.
    """

    use_original_pos: int | None = None
    """Burn-in setting: when 1 (the default) the new subtitles are burned in at the original
    subtitle position.

    Wire name: ``UseOriginalPos``.
    """

    use_original_size: int | None = None
    """Burn-in setting: when 1 (the default) the new subtitles use the original subtitle font
    size.

    Wire name: ``UseOriginalSize``.
    """


_KNOWN = frozenset(RawSmartEraseParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawSmartEraseParameter:
    """Decode one ``RawSmartEraseParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawSmartEraseParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    v = get("SubtitleEmbedId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleEmbedId", "an integer", v)
    o.subtitle_embed_id = v
    v = get("UseOriginalPos")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UseOriginalPos", "an integer", v)
    o.use_original_pos = v
    v = get("UseOriginalSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UseOriginalSize", "an integer", v)
    o.use_original_size = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RawSmartEraseParameter, _structure)
