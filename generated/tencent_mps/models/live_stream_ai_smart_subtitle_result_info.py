# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiSmartSubtitleResultInfo``."""

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
class LiveStreamAiSmartSubtitleResultInfo(Model):
    """Results of a live smart subtitle task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "smart_subtitle_result": "SmartSubtitleResult",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[LiveSmartSubtitleResult",)

    smart_subtitle_result: list[models.LiveSmartSubtitleResult] | None = None
    """Recognized and translated subtitle fragments produced by the task.

    Wire name: ``SmartSubtitleResult``.
    """


_KNOWN = frozenset(LiveStreamAiSmartSubtitleResultInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiSmartSubtitleResultInfo:
    """Decode one ``LiveStreamAiSmartSubtitleResultInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiSmartSubtitleResultInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SmartSubtitleResult")
    if v is not None:
        n += 1
        v = _d.objects("SmartSubtitleResult", v, _S["LiveSmartSubtitleResult"])
    o.smart_subtitle_result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiSmartSubtitleResultInfo, _structure)
