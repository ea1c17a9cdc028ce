# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OcrFullTextConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class OcrFullTextConfigureInfo(Model):
    """Settings of the full-text OCR (on-screen text) recognition task in a recognition template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    switch: str | None = None
    """Turns the full-text OCR recognition task on or off.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable full-text OCR recognition
    ``OFF``: disable full-text OCR recognition

    Required in requests.

    Wire name: ``Switch``.
    """


_KNOWN = frozenset(OcrFullTextConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> OcrFullTextConfigureInfo:
    """Decode one ``OcrFullTextConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OcrFullTextConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(OcrFullTextConfigureInfo, _structure)
