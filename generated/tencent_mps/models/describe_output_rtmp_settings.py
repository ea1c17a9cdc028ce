# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutputRTMPSettings``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeOutputRTMPSettings(Model):
    """RTMP push settings of an existing output: destinations, chunk size and idle timeout."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "idle_timeout": "IdleTimeout",
        "chunk_size": "ChunkSize",
        "destinations": "Destinations",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "[RTMPAddressDestination",
    )

    idle_timeout: int | None = None
    """Idle timeout of the RTMP output. May be null if unavailable.

    Wire name: ``IdleTimeout``.
    """

    chunk_size: int | None = None
    """RTMP chunk size. May be null if unavailable.

    Wire name: ``ChunkSize``.
    """

    destinations: list[models.RTMPAddressDestination] | None = None
    """RTMP destinations the output pushes to. May be null if unavailable.

    Wire name: ``Destinations``.
    """


_KNOWN = frozenset(DescribeOutputRTMPSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeOutputRTMPSettings:
    """Decode one ``DescribeOutputRTMPSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutputRTMPSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("IdleTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("IdleTimeout", "an integer", v)
    o.idle_timeout = v
    v = get("ChunkSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ChunkSize", "an integer", v)
    o.chunk_size = v
    v = get("Destinations")
    if v is not None:
        n += 1
        v = _d.objects("Destinations", v, _S["RTMPAddressDestination"])
    o.destinations = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeOutputRTMPSettings, _structure)
