# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateInputRTSPPullSettings`` (sent in requests)."""

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
class CreateInputRTSPPullSettings(Model):
    """Settings of an input that pulls an RTSP stream from an origin server."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_addresses": "SourceAddresses",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[RTSPPullSourceAddress!",)

    source_addresses: list[models.RTSPPullSourceAddress] | None = None
    """Origin server address of the RTSP stream; exactly one must be given.

    Required in requests.

    Wire name: ``SourceAddresses``.
    """


_KNOWN = frozenset(CreateInputRTSPPullSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateInputRTSPPullSettings:
    """Decode one ``CreateInputRTSPPullSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateInputRTSPPullSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceAddresses")
    if v is not None:
        n += 1
        v = _d.objects("SourceAddresses", v, _S["RTSPPullSourceAddress"])
    o.source_addresses = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateInputRTSPPullSettings, _structure)
