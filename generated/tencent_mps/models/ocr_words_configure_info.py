# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OcrWordsConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class OcrWordsConfigureInfo(Model):
    """Settings of the OCR keyword recognition task in a recognition template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "label_set": "LabelSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
    )

    switch: str | None = None
    """Turns the OCR keyword recognition task on or off.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable OCR keyword recognition
    ``OFF``: disable OCR keyword recognition

    Required in requests.

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """Labels used to filter the returned keywords; all results are returned when empty. At
    most 10 labels, each at most 16 characters.

    Wire name: ``LabelSet``.
    """


_KNOWN = frozenset(OcrWordsConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> OcrWordsConfigureInfo:
    """Decode one ``OcrWordsConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OcrWordsConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("LabelSet")
    if v is not None:
        n += 1
        v = _d.str_list("LabelSet", v)
    o.label_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(OcrWordsConfigureInfo, _structure)
