# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaSnapshotByTimeOffsetItem``."""

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
class MediaSnapshotByTimeOffsetItem(Model):
    """Screenshots captured at specified time points for one screenshot template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "pic_info_set": "PicInfoSet",
        "storage": "Storage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "[MediaSnapshotByTimePicInfoItem",
        "TaskOutputStorage",
    )

    definition: int | None = None
    """ID of the time-point screenshot template used.

    Wire name: ``Definition``.
    """

    pic_info_set: list[models.MediaSnapshotByTimePicInfoItem] | None = None
    """Screenshots produced with this template; each element describes one image.

    Wire name: ``PicInfoSet``.
    """

    storage: models.TaskOutputStorage | None = None
    """Storage location of the screenshot files.

    Wire name: ``Storage``.
    """


_KNOWN = frozenset(MediaSnapshotByTimeOffsetItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaSnapshotByTimeOffsetItem:
    """Decode one ``MediaSnapshotByTimeOffsetItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaSnapshotByTimeOffsetItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("PicInfoSet")
    if v is not None:
        n += 1
        v = _d.objects("PicInfoSet", v, _S["MediaSnapshotByTimePicInfoItem"])
    o.pic_info_set = v
    v = get("Storage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("Storage") from None
    o.storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaSnapshotByTimeOffsetItem, _structure)
