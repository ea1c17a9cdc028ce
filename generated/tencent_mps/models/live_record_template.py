# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveRecordTemplate``."""

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
class LiveRecordTemplate(Model):
    """Details of a live recording template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "hls_configure": "HLSConfigure",
        "mp4_configure": "MP4Configure",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "record_type": "RecordType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "HLSConfigureInfo",
        "MP4ConfigureInfo",
        "str",
        "str",
        "str",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the recording template.

    Wire name: ``Definition``.
    """

    hls_configure: models.HLSConfigureInfo | None = None
    """HLS recording settings.

    Wire name: ``HLSConfigure``.
    """

    mp4_configure: models.MP4ConfigureInfo | None = None
    """MP4 recording settings.

    Wire name: ``MP4Configure``.
    """

    name: str | None = None
    """Name of the recording template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the recording template.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Template type: Preset or Custom.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    record_type: str | None = None
    """What is recorded: video (audio and video), audio (audio only) or auto (detect
    automatically).

    Wire name: ``RecordType``.
    """


_KNOWN = frozenset(LiveRecordTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveRecordTemplate:
    """Decode one ``LiveRecordTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveRecordTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("HLSConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["HLSConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("HLSConfigure") from None
    o.hls_configure = v
    v = get("MP4Configure")
    if v is not None:
        n += 1
        try:
            v = _S["MP4ConfigureInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("MP4Configure") from None
    o.mp4_configure = v
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
    v = get("RecordType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("RecordType", "a string", v)
    o.record_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveRecordTemplate, _structure)
