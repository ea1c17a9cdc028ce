# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateLiveRecordTemplateRequest``: the model and its codecs."""

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
class CreateLiveRecordTemplateRequest:
    """Request of CreateLiveRecordTemplate: the HLS or MP4 settings, name, comment and record type
    of the new template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "hls_configure": "HLSConfigure",
        "mp4_configure": "MP4Configure",
        "name": "Name",
        "comment": "Comment",
        "record_type": "RecordType",
    }
    """Attribute name -> wire name, for every field."""

    hls_configure: models.HLSConfigureInfo | None = None
    """HLS recording settings; exactly one of HLSConfigure and MP4Configure must be given.

    Wire name: ``HLSConfigure``.
    """

    mp4_configure: models.MP4ConfigureInfo | None = None
    """MP4 recording settings; exactly one of MP4Configure and HLSConfigure must be given.

    Wire name: ``MP4Configure``.
    """

    name: str | None = None
    """Name of the recording template, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Description of the template, up to 256 characters.

    Wire name: ``Comment``.
    """

    record_type: str | None = None
    """What to record: video (audio and video), audio (audio only) or auto (detect
    automatically). Defaults to video.

    Wire name: ``RecordType``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateLiveRecordTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "HLSConfigure",
        "MP4Configure",
        "Name",
        "Comment",
        "RecordType",
    }
)


def _structure(data: Any) -> CreateLiveRecordTemplateRequest:
    """Decode one ``CreateLiveRecordTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateLiveRecordTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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


def _unstructure(o: CreateLiveRecordTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.hls_configure
    if v is not None:
        d["HLSConfigure"] = _d.wire(v)
    v = o.mp4_configure
    if v is not None:
        d["MP4Configure"] = _d.wire(v)
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.record_type
    if v is not None:
        d["RecordType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateLiveRecordTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateLiveRecordTemplateRequest:
        o = _e.as_model(o, CreateLiveRecordTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.hls_configure
    if v is not None:
        try:
            d["HLSConfigure"] = _R["HLSConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("HLSConfigure") from None
    v = o.mp4_configure
    if v is not None:
        try:
            d["MP4Configure"] = _R["MP4ConfigureInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("MP4Configure") from None
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
    v = o.record_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("RecordType", v)
        d["RecordType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
