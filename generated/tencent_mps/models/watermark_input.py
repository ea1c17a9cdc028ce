# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WatermarkInput`` (sent in requests)."""

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
class WatermarkInput(Model):
    """A watermark to apply during processing, given either by template ID or by custom parameters,
    with optional text or SVG content and display time range.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "text_content": "TextContent",
        "svg_content": "SvgContent",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "RawWatermarkParameter",
        "str",
        "str",
        "float",
        "float",
    )

    definition: int | None = None
    """ID of the watermark template.

    Required in requests.

    Wire name: ``Definition``.
    """

    raw_parameter: models.RawWatermarkParameter | None = None
    """Custom watermark parameters, effective only when Definition is 0. Intended for highly
    customized cases (prefer Definition); not supported for watermarking snapshots.

    Wire name: ``RawParameter``.
    """

    text_content: str | None = None
    """Text of the watermark, at most 100 characters. Only for text watermarks; not supported
    for snapshots.

    Wire name: ``TextContent``.
    """

    svg_content: str | None = None
    """SVG content of the watermark, at most 2,000,000 characters. Only for SVG watermarks; not
    supported for snapshots.

    Wire name: ``SvgContent``.
    """

    start_time_offset: float | None = None
    """When the watermark starts to appear, in seconds. 0 or unset means from the start; n > 0
    means from second n; -n means n seconds before the end. Video only, not snapshots.

    Unit: s.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """When the watermark disappears, in seconds. 0 or unset means it lasts until the end; n >
    0 means it disappears at second n; -n means n seconds before the end. Video only, not
    snapshots.

    Unit: s.

    Wire name: ``EndTimeOffset``.
    """


_KNOWN = frozenset(WatermarkInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WatermarkInput:
    """Decode one ``WatermarkInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WatermarkInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawWatermarkParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
    v = get("SvgContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SvgContent", "a string", v)
    o.svg_content = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WatermarkInput, _structure)
