# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamRecordResultInfo``."""

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
class LiveStreamRecordResultInfo(Model):
    """Result of live stream recording: whether it has ended and the recorded files."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "record_over": "RecordOver",
        "file_results": "FileResults",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "[LiveRecordFile",
    )

    record_over: int | None = None
    """Whether recording has ended: 0 returns a single file result, 1 returns all recorded
    files. May be null if unavailable.

    Known values; others may appear:
    ``0``: recording still in progress, result holds a single file
    ``1``: recording finished, result holds all recorded files

    Wire name: ``RecordOver``.
    """

    file_results: list[models.LiveRecordFile] | None = None
    """Recorded files. May be null if unavailable.

    Wire name: ``FileResults``.
    """


_KNOWN = frozenset(LiveStreamRecordResultInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamRecordResultInfo:
    """Decode one ``LiveStreamRecordResultInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamRecordResultInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("RecordOver")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("RecordOver", "an integer", v)
    o.record_over = v
    v = get("FileResults")
    if v is not None:
        n += 1
        v = _d.objects("FileResults", v, _S["LiveRecordFile"])
    o.file_results = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamRecordResultInfo, _structure)
