# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveActivityResult``."""

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
class LiveActivityResult(Model):
    """Output of a single activity (atomic task) within a live stream orchestration task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "activity_type": "ActivityType",
        "live_activity_res_item": "LiveActivityResItem",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "LiveActivityResItem",
    )

    activity_type: str | None = None
    """Type of the atomic task.

    Known values (:class:`tencent_mps.enums.LiveActivityResultActivityType`); others may appear:
    ``LiveRecord``: live stream recording
    ``AiQualityControl``: media quality inspection

    Wire name: ``ActivityType``.
    """

    live_activity_res_item: models.LiveActivityResItem | None = None
    """Output of the atomic task. May be null if unavailable.

    Wire name: ``LiveActivityResItem``.
    """


_KNOWN = frozenset(LiveActivityResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveActivityResult:
    """Decode one ``LiveActivityResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveActivityResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ActivityType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ActivityType", "a string", v)
    o.activity_type = v
    v = get("LiveActivityResItem")
    if v is not None:
        n += 1
        try:
            v = _S["LiveActivityResItem"](v)
        except DecodeError as e:
            raise e.with_prefix("LiveActivityResItem") from None
    o.live_activity_res_item = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveActivityResult, _structure)
