# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateOutputRTMPSettings`` (sent in requests)."""

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
class CreateOutputRTMPSettings(Model):
    """RTMP settings of a flow output being created: push destinations and chunk size."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "destinations": "Destinations",
        "chunk_size": "ChunkSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[CreateOutputRtmpSettingsDestinations!",
        "int",
    )

    destinations: list[models.CreateOutputRtmpSettingsDestinations] | None = None
    """Destination addresses to push to, one or two.

    Required in requests.

    Wire name: ``Destinations``.
    """

    chunk_size: int | None = None
    """RTMP chunk size, in the range [4096, 40960].

    Wire name: ``ChunkSize``.
    """


_KNOWN = frozenset(CreateOutputRTMPSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateOutputRTMPSettings:
    """Decode one ``CreateOutputRTMPSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateOutputRTMPSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Destinations")
    if v is not None:
        n += 1
        v = _d.objects("Destinations", v, _S["CreateOutputRtmpSettingsDestinations"])
    o.destinations = v
    v = get("ChunkSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ChunkSize", "an integer", v)
    o.chunk_size = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateOutputRTMPSettings, _structure)
