# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SnapshotByTimeOffsetTaskInput`` (sent in requests)."""

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
class SnapshotByTimeOffsetTaskInput(Model):
    """Input parameters of a task that captures screenshots at specified time points of a video."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "ext_time_offset_set": "ExtTimeOffsetSet",
        "time_offset_set": "TimeOffsetSet",
        "watermark_set": "WatermarkSet",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "object_number_format": "ObjectNumberFormat",
        "ext_info": "ExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "[str",
        "[float",
        "[WatermarkInput",
        "TaskOutputStorage",
        "str",
        "NumberFormat",
        "str",
    )

    definition: int | None = None
    """ID of the time-point screenshot template.

    Required in requests.

    Wire name: ``Definition``.
    """

    ext_time_offset_set: list[str] | None = None
    """List of capture points; a value ending in s is a time in seconds (e.g. 3.5s) and a value
    ending in % is a percentage of the video duration (e.g. 10%).

    Wire name: ``ExtTimeOffsetSet``.
    """

    time_offset_set: list[float] | None = None
    """List of capture points in seconds. No longer recommended; use ExtTimeOffsetSet instead.

    Unit: s.

    Wire name: ``TimeOffsetSet``.
    """

    watermark_set: list[models.WatermarkInput] | None = None
    """List of image or text watermarks to apply to the screenshots, up to 10.

    Wire name: ``WatermarkSet``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the screenshots; inherits the parent-level OutputStorage when not
    set. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the screenshot images, relative or absolute, ending with .{format} and
    optionally using filename variables. Defaults to
    {inputName}_snapshotByTimeOffset_{definition}_{number}.{format}.

    Wire name: ``OutputObjectPath``.
    """

    object_number_format: models.NumberFormat | None = None
    """Rules for generating the {number} variable in screenshot output paths. May be null.

    Wire name: ``ObjectNumberFormat``.
    """

    ext_info: str | None = None
    """Extension parameters as a JSON string.

    Wire name: ``ExtInfo``.
    """


_KNOWN = frozenset(SnapshotByTimeOffsetTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SnapshotByTimeOffsetTaskInput:
    """Decode one ``SnapshotByTimeOffsetTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SnapshotByTimeOffsetTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("ExtTimeOffsetSet")
    if v is not None:
        n += 1
        v = _d.str_list("ExtTimeOffsetSet", v)
    o.ext_time_offset_set = v
    v = get("TimeOffsetSet")
    if v is not None:
        n += 1
        v = _d.float_list("TimeOffsetSet", v)
    o.time_offset_set = v
    v = get("WatermarkSet")
    if v is not None:
        n += 1
        v = _d.objects("WatermarkSet", v, _S["WatermarkInput"])
    o.watermark_set = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    v = get("ObjectNumberFormat")
    if v is not None:
        n += 1
        try:
            v = _S["NumberFormat"](v)
        except DecodeError as e:
            raise e.with_prefix("ObjectNumberFormat") from None
    o.object_number_format = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SnapshotByTimeOffsetTaskInput, _structure)
