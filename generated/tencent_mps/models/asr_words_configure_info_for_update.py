# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrWordsConfigureInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrWordsConfigureInfoForUpdate(Model):
    """Changes to the speech keyword recognition settings when modifying a recognition template;
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
    """New on/off state of the speech keyword recognition task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable speech keyword recognition
    ``OFF``: disable speech keyword recognition

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """New keyword filter labels; all results are returned when empty. At most 10 labels, each
    at most 16 characters.

    Wire name: ``LabelSet``.
    """


_KNOWN = frozenset(AsrWordsConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrWordsConfigureInfoForUpdate:
    """Decode one ``AsrWordsConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrWordsConfigureInfoForUpdate)
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


bind(AsrWordsConfigureInfoForUpdate, _structure)
