# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaSampleSnapshotItem``: the model and its codecs."""

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
class MediaSampleSnapshotItem:
    """Screenshots produced by sampling a video at regular intervals with one screenshot template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "sample_type": "SampleType",
        "interval": "Interval",
        "storage": "Storage",
        "image_path_set": "ImagePathSet",
        "water_mark_definition": "WaterMarkDefinition",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """ID of the sampled screenshot template used.

    Wire name: ``Definition``.
    """

    sample_type: str | None = None
    """How sampling intervals are measured.

    Known values (:class:`tencent_mps.enums.MediaSampleSnapshotItemSampleType`); others may appear:
    ``Percent``: Sample at fixed percentage intervals of the duration
    ``Time``: Sample at fixed time intervals

    Wire name: ``SampleType``.
    """

    interval: int | None = None
    """Sampling interval: a percentage of the duration when SampleType is Percent, or a number
    of seconds when SampleType is Time. The first image is always the first frame of the
    video.

    Wire name: ``Interval``.
    """

    storage: models.TaskOutputStorage | None = None
    """Storage location of the screenshot files.

    Wire name: ``Storage``.
    """

    image_path_set: list[str] | None = None
    """Paths of the generated screenshot images.

    Wire name: ``ImagePathSet``.
    """

    water_mark_definition: list[int] | None = None
    """IDs of the watermark templates applied to the screenshots, if any.

    Wire name: ``WaterMarkDefinition``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaSampleSnapshotItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "SampleType",
        "Interval",
        "Storage",
        "ImagePathSet",
        "WaterMarkDefinition",
    }
)


def _structure(data: Any) -> MediaSampleSnapshotItem:
    """Decode one ``MediaSampleSnapshotItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaSampleSnapshotItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("SampleType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SampleType", "a string", v)
    o.sample_type = v
    v = get("Interval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Interval", "an integer", v)
    o.interval = v
    v = get("Storage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("Storage") from None
    o.storage = v
    v = get("ImagePathSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImagePathSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ImagePathSet", v, "a string", _d.is_str)
    o.image_path_set = v
    v = get("WaterMarkDefinition")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("WaterMarkDefinition", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("WaterMarkDefinition", v, "an integer", _d.is_int)
    o.water_mark_definition = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaSampleSnapshotItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.sample_type
    if v is not None:
        d["SampleType"] = v
    v = o.interval
    if v is not None:
        d["Interval"] = v
    v = o.storage
    if v is not None:
        d["Storage"] = _d.wire(v)
    v = o.image_path_set
    if v is not None:
        d["ImagePathSet"] = list(v)
    v = o.water_mark_definition
    if v is not None:
        d["WaterMarkDefinition"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
