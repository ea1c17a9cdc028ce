# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExtractBlindWatermarkTaskConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ExtractBlindWatermarkTaskConfig(Model):
    """Configuration for a digital watermark extraction task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_duration": "SegmentDuration",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int!",)

    segment_duration: int | None = None
    """Segment length used to slice the input video, in milliseconds; only applies to the
    blind-abseq watermark type. Defaults to 5 seconds (5000 ms) if not set. May be null if
    unavailable.

    Unit: ms.

    Required in requests.

    Wire name: ``SegmentDuration``.
    """


_KNOWN = frozenset(ExtractBlindWatermarkTaskConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExtractBlindWatermarkTaskConfig:
    """Decode one ``ExtractBlindWatermarkTaskConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExtractBlindWatermarkTaskConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SegmentDuration", "an integer", v)
    o.segment_duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExtractBlindWatermarkTaskConfig, _structure)
