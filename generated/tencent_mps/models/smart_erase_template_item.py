# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseTemplateItem``."""

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
class SmartEraseTemplateItem(Model):
    """Details of a smart erase template for removing subtitles, watermarks or private content."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "erase_type": "EraseType",
        "erase_subtitle_config": "EraseSubtitleConfig",
        "erase_watermark_config": "EraseWatermarkConfig",
        "erase_privacy_config": "ErasePrivacyConfig",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "alias_name": "AliasName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "SmartEraseSubtitleConfig",
        "SmartEraseWatermarkConfig",
        "SmartErasePrivacyConfig",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the smart erase template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the smart erase template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
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
    """Subtitle erasing settings. May be null if unavailable.

    Wire name: ``EraseSubtitleConfig``.
    """

    erase_watermark_config: models.SmartEraseWatermarkConfig | None = None
    """Watermark erasing settings. May be null if unavailable.

    Wire name: ``EraseWatermarkConfig``.
    """

    erase_privacy_config: models.SmartErasePrivacyConfig | None = None
    """Privacy protection settings. May be null if unavailable.

    Wire name: ``ErasePrivacyConfig``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    alias_name: str | None = None
    """Alias of a preset smart erase template, for example PresetTemplate1.

    Wire name: ``AliasName``.
    """


_KNOWN = frozenset(SmartEraseTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartEraseTemplateItem:
    """Decode one ``SmartEraseTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartEraseTemplateItem)
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
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
    v = get("AliasName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AliasName", "a string", v)
    o.alias_name = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartEraseTemplateItem, _structure)
