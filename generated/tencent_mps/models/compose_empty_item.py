# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeEmptyItem`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeEmptyItem(Model):
    """Blank element that fills time on a composition track without showing or playing anything."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    duration: str | None = None
    """Duration of the blank element as a string ending in s for seconds, for example 3.5s.

    Required in requests.

    Wire name: ``Duration``.
    """


_KNOWN = frozenset(ComposeEmptyItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeEmptyItem:
    """Decode one ``ComposeEmptyItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeEmptyItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Duration", "a string", v)
    o.duration = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeEmptyItem, _structure)
