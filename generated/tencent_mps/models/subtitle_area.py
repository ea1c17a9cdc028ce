# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleArea``."""

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
class SubtitleArea(Model):
    """One detected burned-in subtitle region, with its coordinates and a confidence score."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "area": "Area",
        "confidence": "Confidence",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "EraseArea",
        "float",
    )

    area: models.EraseArea | None = None
    """Coordinates of the detected subtitle region.

    Wire name: ``Area``.
    """

    confidence: float | None = None
    """Confidence of the detected region, in the range [0, 100].

    Wire name: ``Confidence``.
    """


_KNOWN = frozenset(SubtitleArea.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleArea:
    """Decode one ``SubtitleArea`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleArea)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Area")
    if v is not None:
        n += 1
        try:
            v = _S["EraseArea"](v)
        except DecodeError as e:
            raise e.with_prefix("Area") from None
    o.area = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleArea, _structure)
