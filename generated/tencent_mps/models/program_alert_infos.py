# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProgramAlertInfos``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProgramAlertInfos(Model):
    """Detail of one alert raised for a linear assembly program in a channel."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "int",
        "str",
        "str",
        "int",
    )

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


_KNOWN = frozenset(ProgramAlertInfos.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProgramAlertInfos:
    """Decode one ``ProgramAlertInfos`` wire object: the straight-line decoder of this model."""
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


bind(ProgramAlertInfos, _structure)
