# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OverrideEraseParameter``: the model and its codecs."""

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
class OverrideEraseParameter:
    """Parameters that override the smart erase template settings for a task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "erase_type": "EraseType",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OverrideEraseParameter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EraseType",
        "EraseSubtitleConfig",
        "EraseWatermarkConfig",
        "ErasePrivacyConfig",
        "SubtitleEmbedId",
    }
)


def _structure(data: Any) -> OverrideEraseParameter:
    """Decode one ``OverrideEraseParameter`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: OverrideEraseParameter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.erase_type
    if v is not None:
        d["EraseType"] = v
    v = o.erase_subtitle_config
    if v is not None:
        d["EraseSubtitleConfig"] = _d.wire(v)
    v = o.erase_watermark_config
    if v is not None:
        d["EraseWatermarkConfig"] = _d.wire(v)
    v = o.erase_privacy_config
    if v is not None:
        d["ErasePrivacyConfig"] = _d.wire(v)
    v = o.subtitle_embed_id
    if v is not None:
        d["SubtitleEmbedId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``OverrideEraseParameter`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not OverrideEraseParameter:
        o = _e.as_model(o, OverrideEraseParameter)
    d: dict[str, Any] = {}
    v: Any
    v = o.erase_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EraseType", v)
        d["EraseType"] = v
    v = o.erase_subtitle_config
    if v is not None:
        try:
            d["EraseSubtitleConfig"] = _R["UpdateSmartEraseSubtitleConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EraseSubtitleConfig") from None
    v = o.erase_watermark_config
    if v is not None:
        try:
            d["EraseWatermarkConfig"] = _R["UpdateSmartEraseWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EraseWatermarkConfig") from None
    v = o.erase_privacy_config
    if v is not None:
        try:
            d["ErasePrivacyConfig"] = _R["UpdateSmartErasePrivacyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ErasePrivacyConfig") from None
    v = o.subtitle_embed_id
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleEmbedId", v)
        d["SubtitleEmbedId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
