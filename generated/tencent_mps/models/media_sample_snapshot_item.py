# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaSampleSnapshotItem``."""

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
class MediaSampleSnapshotItem(Model):
    """Screenshots produced by sampling a video at regular intervals with one screenshot template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "sample_type": "SampleType",
        "interval": "Interval",
        "storage": "Storage",
        "image_path_set": "ImagePathSet",
        "water_mark_definition": "WaterMarkDefinition",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "int",
        "TaskOutputStorage",
        "[str",
        "[int",
    )

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


_KNOWN = frozenset(MediaSampleSnapshotItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaSampleSnapshotItem:
    """Decode one ``MediaSampleSnapshotItem`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("ImagePathSet", v)
    o.image_path_set = v
    v = get("WaterMarkDefinition")
    if v is not None:
        n += 1
        v = _d.int_list("WaterMarkDefinition", v)
    o.water_mark_definition = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaSampleSnapshotItem, _structure)
