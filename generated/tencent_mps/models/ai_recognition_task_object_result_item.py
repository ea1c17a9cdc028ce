# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskObjectResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskObjectResultItem(Model):
    """An object detected by object recognition, with the segments where it appears."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "segment_set": "SegmentSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[AiRecognitionTaskObjectSeqmentItem",
    )

    name: str | None = None
    """Name of the recognized object.

    Wire name: ``Name``.
    """

    segment_set: list[models.AiRecognitionTaskObjectSeqmentItem] | None = None
    """Segments in which the object appears.

    Wire name: ``SegmentSet``.
    """


_KNOWN = frozenset(AiRecognitionTaskObjectResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskObjectResultItem:
    """Decode one ``AiRecognitionTaskObjectResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskObjectResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskObjectSeqmentItem"])
    o.segment_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskObjectResultItem, _structure)
