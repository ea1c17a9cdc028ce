# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutputRTMPPullServerUrl``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeOutputRTMPPullServerUrl(Model):
    """One RTMP pull address offered by an output, split into tcUrl and stream key."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tc_url": "TcUrl",
        "stream_key": "StreamKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    tc_url: str | None = None
    """tcUrl of the RTMP pull address, for example rtmp://1.1.1.1:1/live.

    Wire name: ``TcUrl``.
    """

    stream_key: str | None = None
    """Stream key of the RTMP pull address.

    Wire name: ``StreamKey``.
    """


_KNOWN = frozenset(DescribeOutputRTMPPullServerUrl.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeOutputRTMPPullServerUrl:
    """Decode one ``DescribeOutputRTMPPullServerUrl`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutputRTMPPullServerUrl)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TcUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TcUrl", "a string", v)
    o.tc_url = v
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


bind(DescribeOutputRTMPPullServerUrl, _structure)
