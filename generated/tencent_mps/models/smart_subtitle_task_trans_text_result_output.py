# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskTransTextResultOutput``."""

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
class SmartSubtitleTaskTransTextResultOutput(Model):
    """Output of the translation step of a smart subtitle task, including translated segments and
    subtitle files.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "subtitle_path": "SubtitlePath",
        "output_storage": "OutputStorage",
        "path": "Path",
        "subtitle_results": "SubtitleResults",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[SmartSubtitleTaskTransTextSegmentItem",
        "str",
        "TaskOutputStorage",
        "str",
        "[SubtitleTransResultItem",
    )

    segment_set: list[models.SmartSubtitleTaskTransTextSegmentItem] | None = None
    """List of translated segments. May be null.

    Wire name: ``SegmentSet``.
    """

    subtitle_path: str | None = None
    """URL of the subtitle file.

    Wire name: ``SubtitlePath``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the smart subtitle results.

    Wire name: ``OutputStorage``.
    """

    path: str | None = None
    """Path of the subtitle file.

    Wire name: ``Path``.
    """

    subtitle_results: list[models.SubtitleTransResultItem] | None = None
    """Translation results, returned when translating into multiple languages.

    Wire name: ``SubtitleResults``.
    """


_KNOWN = frozenset(SmartSubtitleTaskTransTextResultOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTaskTransTextResultOutput:
    """Decode one ``SmartSubtitleTaskTransTextResultOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskTransTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["SmartSubtitleTaskTransTextSegmentItem"])
    o.segment_set = v
    v = get("SubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitlePath", "a string", v)
    o.subtitle_path = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("SubtitleResults")
    if v is not None:
        n += 1
        v = _d.objects("SubtitleResults", v, _S["SubtitleTransResultItem"])
    o.subtitle_results = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitleTaskTransTextResultOutput, _structure)
