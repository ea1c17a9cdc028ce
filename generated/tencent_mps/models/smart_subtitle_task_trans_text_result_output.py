# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskTransTextResultOutput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SmartSubtitleTaskTransTextResultOutput:
    """Output of the translation step of a smart subtitle task, including translated segments and
    subtitle files.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "segment_set": "SegmentSet",
        "subtitle_path": "SubtitlePath",
        "output_storage": "OutputStorage",
        "path": "Path",
        "subtitle_results": "SubtitleResults",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartSubtitleTaskTransTextResultOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SegmentSet",
        "SubtitlePath",
        "OutputStorage",
        "Path",
        "SubtitleResults",
    }
)


def _structure(data: Any) -> SmartSubtitleTaskTransTextResultOutput:
    """Decode one ``SmartSubtitleTaskTransTextResultOutput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskTransTextResultOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SegmentSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("SegmentSet", "an array", v)
        if v:
            f = _S["SmartSubtitleTaskTransTextSegmentItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SegmentSet", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("SubtitleResults", "an array", v)
        if v:
            f = _S["SubtitleTransResultItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SubtitleResults", v, f) from None
        else:
            v = []
    o.subtitle_results = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SmartSubtitleTaskTransTextResultOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.segment_set
    if v is not None:
        d["SegmentSet"] = [_d.wire(x) for x in v]
    v = o.subtitle_path
    if v is not None:
        d["SubtitlePath"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.path
    if v is not None:
        d["Path"] = v
    v = o.subtitle_results
    if v is not None:
        d["SubtitleResults"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
