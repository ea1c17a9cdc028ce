# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoDBEntryTaskResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VideoDBEntryTaskResult(Model):
    """Result of a video library ingestion task: the ID of the ingested video."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_id": "VideoId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    video_id: str | None = None
    """ID of the video added to the library. May be null if unavailable.

    Wire name: ``VideoId``.
    """


_KNOWN = frozenset(VideoDBEntryTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoDBEntryTaskResult:
    """Decode one ``VideoDBEntryTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoDBEntryTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoId", "a string", v)
    o.video_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VideoDBEntryTaskResult, _structure)
