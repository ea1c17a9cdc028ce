# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveActivityResItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveActivityResItem(Model):
    """Output of a single activity in a live stream orchestration workflow."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "live_record_task": "LiveRecordTask",
        "live_quality_control_task": "LiveQualityControlTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "LiveScheduleLiveRecordTaskResult",
        "ScheduleQualityControlTaskResult",
    )

    live_record_task: models.LiveScheduleLiveRecordTaskResult | None = None
    """Output of a live stream recording task. May be null.

    Wire name: ``LiveRecordTask``.
    """

    live_quality_control_task: models.ScheduleQualityControlTaskResult | None = None
    """Output of a media quality control task run on the live stream. May be null.

    Wire name: ``LiveQualityControlTask``.
    """


_KNOWN = frozenset(LiveActivityResItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveActivityResItem:
    """Decode one ``LiveActivityResItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveActivityResItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("LiveRecordTask")
    if v is not None:
        n += 1
        try:
            v = _S["LiveScheduleLiveRecordTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveRecordTask") from None
    o.live_record_task = v
    v = get("LiveQualityControlTask")
    if v is not None:
        n += 1
        try:
            v = _S["ScheduleQualityControlTaskResult"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveQualityControlTask") from None
    o.live_quality_control_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveActivityResItem, _structure)
