# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WatermarkInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WatermarkInput:
    """A watermark to apply during processing, given either by template ID or by custom parameters,
    with optional text or SVG content and display time range.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "text_content": "TextContent",
        "svg_content": "SvgContent",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WatermarkInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "RawParameter",
        "TextContent",
        "SvgContent",
        "StartTimeOffset",
        "EndTimeOffset",
    }
)


def _structure(data: Any) -> WatermarkInput:
    """Decode one ``WatermarkInput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: WatermarkInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        d["RawParameter"] = _d.wire(v)
    v = o.text_content
    if v is not None:
        d["TextContent"] = v
    v = o.svg_content
    if v is not None:
        d["SvgContent"] = v
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = v
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``WatermarkInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not WatermarkInput:
        o = _e.as_model(o, WatermarkInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        try:
            d["RawParameter"] = _R["RawWatermarkParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("RawParameter") from None
    v = o.text_content
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TextContent", v)
        d["TextContent"] = v
    v = o.svg_content
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SvgContent", v)
        d["SvgContent"] = v
    v = o.start_time_offset
    if v is not None:
        d["StartTimeOffset"] = _e.number("StartTimeOffset", v)
    v = o.end_time_offset
    if v is not None:
        d["EndTimeOffset"] = _e.number("EndTimeOffset", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
