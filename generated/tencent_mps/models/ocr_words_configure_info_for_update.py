# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OcrWordsConfigureInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class OcrWordsConfigureInfoForUpdate(Model):
    """Changes to the OCR keyword recognition settings when modifying a recognition template;
    omitted fields keep their values.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "label_set": "LabelSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
    )

    switch: str | None = None
    """New on/off state of the OCR keyword recognition task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable OCR keyword recognition
    ``OFF``: disable OCR keyword recognition

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """New keyword filter labels; all results are returned when empty. At most 10 labels, each
    at most 16 characters.

    Wire name: ``LabelSet``.
    """


_KNOWN = frozenset(OcrWordsConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> OcrWordsConfigureInfoForUpdate:
    """Decode one ``OcrWordsConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OcrWordsConfigureInfoForUpdate)
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


bind(OcrWordsConfigureInfoForUpdate, _structure)
