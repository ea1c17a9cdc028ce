# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyLiveRecordTemplateRequest`` (sent in requests)."""

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
class ModifyLiveRecordTemplateRequest(Model):
    """Request of ModifyLiveRecordTemplate: the Definition of the template and the settings to
    change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "hls_configure": "HLSConfigure",
        "mp4_configure": "MP4Configure",
        "name": "Name",
        "comment": "Comment",
        "record_type": "RecordType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "HLSConfigureInfo",
        "MP4ConfigureInfo",
        "str",
        "str",
        "str",
    )

    definition: int | None = None
    """Unique ID of the recording template to modify.

    Required in requests.

    Wire name: ``Definition``.
    """

    hls_configure: models.HLSConfigureInfo | None = None
    """HLS recording settings; exactly one of HLSConfigure and MP4Configure must be given.

    Wire name: ``HLSConfigure``.
    """

    mp4_configure: models.MP4ConfigureInfo | None = None
    """MP4 recording settings; exactly one of MP4Configure and HLSConfigure must be given.

    Wire name: ``MP4Configure``.
    """

    name: str | None = None
    """New name of the recording template, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """New description of the template, up to 256 characters.

    Wire name: ``Comment``.
    """

    record_type: str | None = None
    """What to record: video (audio and video), audio (audio only) or auto (detect
    automatically).

    Wire name: ``RecordType``.
    """


_KNOWN = frozenset(ModifyLiveRecordTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyLiveRecordTemplateRequest:
    """Decode one ``ModifyLiveRecordTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyLiveRecordTemplateRequest)
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


bind(ModifyLiveRecordTemplateRequest, _structure)
