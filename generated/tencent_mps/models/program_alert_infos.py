# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProgramAlertInfos``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProgramAlertInfos:
    """Detail of one alert raised for a linear assembly program in a channel.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "channel_id": "ChannelId",
        "channel_name": "ChannelName",
        "program_id": "ProgramId",
        "program_name": "ProgramName",
        "code": "Code",
        "category": "Category",
        "message": "Message",
        "last_modified_time": "LastModifiedTime",
    }
    """Attribute name -> wire name, for every field."""

    channel_id: str | None = None
    """ID of the channel in which the alert occurred.

    Wire name: ``ChannelId``.
    """

    channel_name: str | None = None
    """Name of the channel in which the alert occurred.

    Wire name: ``ChannelName``.
    """

    program_id: str | None = None
    """ID of the program that raised the alert.

    Wire name: ``ProgramId``.
    """

    program_name: str | None = None
    """Name of the program that raised the alert.

    Wire name: ``ProgramName``.
    """

    code: int | None = None
    """Numeric alert event code, for example 5002.

    Wire name: ``Code``.
    """

    category: str | None = None
    """Alert category, for example Warning.

    Wire name: ``Category``.
    """

    message: str | None = None
    """Alert message text, for example InvalidPara.

    Wire name: ``Message``.
    """

    last_modified_time: int | None = None
    """Time of the latest update, as a Unix timestamp.

    Wire name: ``LastModifiedTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgramAlertInfos:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ChannelId",
        "ChannelName",
        "ProgramId",
        "ProgramName",
        "Code",
        "Category",
        "Message",
        "LastModifiedTime",
    }
)


def _structure(data: Any) -> ProgramAlertInfos:
    """Decode one ``ProgramAlertInfos`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProgramAlertInfos)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ChannelId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelId", "a string", v)
    o.channel_id = v
    v = get("ChannelName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelName", "a string", v)
    o.channel_name = v
    v = get("ProgramId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramId", "a string", v)
    o.program_id = v
    v = get("ProgramName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProgramName", "a string", v)
    o.program_name = v
    v = get("Code")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Code", "an integer", v)
    o.code = v
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("LastModifiedTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LastModifiedTime", "an integer", v)
    o.last_modified_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ProgramAlertInfos) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.channel_id
    if v is not None:
        d["ChannelId"] = v
    v = o.channel_name
    if v is not None:
        d["ChannelName"] = v
    v = o.program_id
    if v is not None:
        d["ProgramId"] = v
    v = o.program_name
    if v is not None:
        d["ProgramName"] = v
    v = o.code
    if v is not None:
        d["Code"] = v
    v = o.category
    if v is not None:
        d["Category"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.last_modified_time
    if v is not None:
        d["LastModifiedTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
