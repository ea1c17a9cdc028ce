# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OverrideEraseParameter`` (sent in requests)."""

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
class OverrideEraseParameter(Model):
    """Parameters that override the smart erase template settings for a task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "erase_type": "EraseType",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "UpdateSmartEraseSubtitleConfig",
        "UpdateSmartEraseWatermarkConfig",
        "UpdateSmartErasePrivacyConfig",
        "int",
    )

    erase_type: str | None = None
    """Type of erasure to perform.

    Known values (:class:`tencent_mps.enums.OverrideEraseParameterEraseType`); others may appear:
    ``subtitle``: Remove subtitles
    ``watermark``: Remove watermarks
    ``privacy``: Privacy protection

    Wire name: ``EraseType``.
    """

    erase_subtitle_config: models.UpdateSmartEraseSubtitleConfig | None = None
    """Subtitle erasure settings; required when EraseType is subtitle.

    Wire name: ``EraseSubtitleConfig``.
    """

    erase_watermark_config: models.UpdateSmartEraseWatermarkConfig | None = None
    """Watermark erasure settings; required when EraseType is watermark.

    Wire name: ``EraseWatermarkConfig``.
    """

    erase_privacy_config: models.UpdateSmartErasePrivacyConfig | None = None
    """Privacy protection settings; required when EraseType is privacy.

    Wire name: ``ErasePrivacyConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template used after erasing subtitles.

    Wire name: ``SubtitleEmbedId``.
    """


_KNOWN = frozenset(OverrideEraseParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> OverrideEraseParameter:
    """Decode one ``OverrideEraseParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OverrideEraseParameter)
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
            v = _S["UpdateSmartEraseSubtitleConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EraseSubtitleConfig") from None
    o.erase_subtitle_config = v
    v = get("EraseWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["UpdateSmartEraseWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EraseWatermarkConfig") from None
    o.erase_watermark_config = v
    v = get("ErasePrivacyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["UpdateSmartErasePrivacyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ErasePrivacyConfig") from None
    o.erase_privacy_config = v
    v = get("SubtitleEmbedId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleEmbedId", "an integer", v)
    o.subtitle_embed_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(OverrideEraseParameter, _structure)
