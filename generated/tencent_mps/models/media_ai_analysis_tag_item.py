# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisTagItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisTagItem:
    """One tag assigned to the whole media by intelligent tagging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "tag": "Tag",
        "confidence": "Confidence",
        "special_info": "SpecialInfo",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaAiAnalysisTagItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Tag",
        "Confidence",
        "SpecialInfo",
    }
)


def _structure(data: Any) -> MediaAiAnalysisTagItem:
    """Decode one ``MediaAiAnalysisTagItem`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: MediaAiAnalysisTagItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.tag
    if v is not None:
        d["Tag"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.special_info
    if v is not None:
        d["SpecialInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
