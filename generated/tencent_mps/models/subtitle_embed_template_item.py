# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleEmbedTemplateItem``."""

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
class SubtitleEmbedTemplateItem(Model):
    """Details of a subtitle burn-in template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "delete_tag": "DeleteTag",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "subtitle_embed_config": "SubtitleEmbedConfig",
        "alias_name": "AliasName",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "int",
        "datetime",
        "datetime",
        "SubtitleEmbedConfig",
        "str",
    )

    definition: int | None = None
    """Unique ID of the subtitle burn-in template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the subtitle burn-in template. May be null if unavailable.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template. May be null if unavailable.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    delete_tag: int | None = None
    """Deletion flag: 0 not deleted, 1 deleted.

    Wire name: ``DeleteTag``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    subtitle_embed_config: models.SubtitleEmbedConfig | None = None
    """Subtitle burn-in settings of the template.

    Wire name: ``SubtitleEmbedConfig``.
    """

    alias_name: str | None = None
    """English name of the subtitle burn-in template. May be null if unavailable.

    Wire name: ``AliasName``.
    """


_KNOWN = frozenset(SubtitleEmbedTemplateItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleEmbedTemplateItem:
    """Decode one ``SubtitleEmbedTemplateItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleEmbedTemplateItem)
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
    v = get("DeleteTag")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DeleteTag", "an integer", v)
    o.delete_tag = v
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
    v = get("SubtitleEmbedConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleEmbedConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleEmbedConfig") from None
    o.subtitle_embed_config = v
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


bind(SubtitleEmbedTemplateItem, _structure)
