# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeInputRTMPSettings``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeInputRTMPSettings(Model):
    """RTMP push settings of an existing input: the app name and stream key to push to."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "app_name": "AppName",
        "stream_key": "StreamKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    app_name: str | None = None
    """Push path (app name) of the RTMP input. May be null if unavailable.

    Wire name: ``AppName``.
    """

    stream_key: str | None = None
    """Stream key for pushing to the input; the push address is built as
    rtmp://Ip:1935/AppName/StreamKey.

    Wire name: ``StreamKey``.
    """


_KNOWN = frozenset(DescribeInputRTMPSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeInputRTMPSettings:
    """Decode one ``DescribeInputRTMPSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeInputRTMPSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AppName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AppName", "a string", v)
    o.app_name = v
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


bind(DescribeInputRTMPSettings, _structure)
