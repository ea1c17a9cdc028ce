# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisTagItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisTagItem(Model):
    """One tag assigned to the whole media by intelligent tagging."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tag": "Tag",
        "confidence": "Confidence",
        "special_info": "SpecialInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "str",
    )

    tag: str | None = None
    """Tag name.

    Wire name: ``Tag``.
    """

    confidence: float | None = None
    """Confidence of the tag, from 0 to 100.

    Wire name: ``Confidence``.
    """

    special_info: str | None = None
    """Additional output whose content depends on the tag type.

    Wire name: ``SpecialInfo``.
    """


_KNOWN = frozenset(MediaAiAnalysisTagItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisTagItem:
    """Decode one ``MediaAiAnalysisTagItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisTagItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Tag")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Tag", "a string", v)
    o.tag = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("SpecialInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpecialInfo", "a string", v)
    o.special_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAiAnalysisTagItem, _structure)
