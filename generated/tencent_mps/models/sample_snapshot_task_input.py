# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SampleSnapshotTaskInput``: the model and its codecs."""

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
class SampleSnapshotTaskInput:
    """Input parameters of a task that captures screenshots at regular sampling intervals of a
    video.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "watermark_set": "WatermarkSet",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "object_number_format": "ObjectNumberFormat",
        "ext_info": "ExtInfo",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """ID of the sampled screenshot template.

    Required in requests.

    Wire name: ``Definition``.
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
    {inputName}_sampleSnapshot_{definition}_{number}.{format}.

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SampleSnapshotTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "WatermarkSet",
        "OutputStorage",
        "OutputObjectPath",
        "ObjectNumberFormat",
        "ExtInfo",
    }
)


def _structure(data: Any) -> SampleSnapshotTaskInput:
    """Decode one ``SampleSnapshotTaskInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SampleSnapshotTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("WatermarkSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("WatermarkSet", "an array", v)
        if v:
            f = _S["WatermarkInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("WatermarkSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: SampleSnapshotTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = [_d.wire(x) for x in v]
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    v = o.object_number_format
    if v is not None:
        d["ObjectNumberFormat"] = _d.wire(v)
    v = o.ext_info
    if v is not None:
        d["ExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SampleSnapshotTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SampleSnapshotTaskInput:
        o = _e.as_model(o, SampleSnapshotTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.watermark_set
    if v is not None:
        d["WatermarkSet"] = _e.models("WatermarkSet", v, _R["WatermarkInput"])
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_object_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputObjectPath", v)
        d["OutputObjectPath"] = v
    v = o.object_number_format
    if v is not None:
        try:
            d["ObjectNumberFormat"] = _R["NumberFormat"](v)
        except ValidationError as e:
            raise e.with_prefix("ObjectNumberFormat") from None
    v = o.ext_info
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtInfo", v)
        d["ExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
