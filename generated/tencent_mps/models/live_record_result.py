# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveRecordResult``."""

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
class LiveRecordResult(Model):
    """Result of a live stream recording task, listing the recorded files and where they are
    stored.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_storage": "OutputStorage",
        "file_list": "FileList",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "TaskOutputStorage",
        "[LiveRecordFile",
    )

    output_storage: models.TaskOutputStorage | None = None
    """Storage where the recorded files are saved. May be null.

    Wire name: ``OutputStorage``.
    """

    file_list: list[models.LiveRecordFile] | None = None
    """Recorded files. May be null.

    Wire name: ``FileList``.
    """


_KNOWN = frozenset(LiveRecordResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveRecordResult:
    """Decode one ``LiveRecordResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveRecordResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("FileList")
    if v is not None:
        n += 1
        v = _d.objects("FileList", v, _S["LiveRecordFile"])
    o.file_list = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveRecordResult, _structure)
