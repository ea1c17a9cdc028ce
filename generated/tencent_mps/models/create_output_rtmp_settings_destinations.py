# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputRtmpSettingsDestinations`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateOutputRtmpSettingsDestinations(Model):
    """An RTMP URL and stream key that an RTMP output pushes to."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
        "stream_key": "StreamKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
    )

    url: str | None = None
    """RTMP URL to push to, in the form rtmp://domain/live.

    Required in requests.

    Wire name: ``Url``.
    """

    stream_key: str | None = None
    """Stream key used for the push, in the form stream?key=value.

    Required in requests.

    Wire name: ``StreamKey``.
    """


_KNOWN = frozenset(CreateOutputRtmpSettingsDestinations.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateOutputRtmpSettingsDestinations:
    """Decode one ``CreateOutputRtmpSettingsDestinations`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputRtmpSettingsDestinations)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("StreamKey")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StreamKey", "a string", v)
    o.stream_key = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateOutputRtmpSettingsDestinations, _structure)
