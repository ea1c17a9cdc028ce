# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskAsrFullTextResultOutput``."""

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
class SmartSubtitleTaskAsrFullTextResultOutput(Model):
    """Output of the speech recognition step of a smart subtitle task, including recognized
    segments and the resulting subtitle file.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "path": "Path",
        "subtitle_path": "SubtitlePath",
        "subtitle_info": "SubtitleInfo",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[SmartSubtitleTaskAsrFullTextSegmentItem",
        "str",
        "str",
        "SubtitleResult",
        "TaskOutputStorage",
    )

    segment_set: list[models.SmartSubtitleTaskAsrFullTextSegmentItem] | None = None
    """List of recognized speech segments. May be null.

    Wire name: ``SegmentSet``.
    """

    path: str | None = None
    """Path of the subtitle file.

    Wire name: ``Path``.
    """

    subtitle_path: str | None = None
    """URL of the subtitle file.

    Wire name: ``SubtitlePath``.
    """

    subtitle_info: models.SubtitleResult | None = None
    """Information about the recognized subtitle result.

    Wire name: ``SubtitleInfo``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the subtitle file.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(SmartSubtitleTaskAsrFullTextResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTaskAsrFullTextResultOutput:
    """Decode one ``SmartSubtitleTaskAsrFullTextResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskAsrFullTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["SmartSubtitleTaskAsrFullTextSegmentItem"])
    o.segment_set = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("SubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitlePath", "a string", v)
    o.subtitle_path = v
    v = get("SubtitleInfo")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleInfo") from None
    o.subtitle_info = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitleTaskAsrFullTextResultOutput, _structure)
