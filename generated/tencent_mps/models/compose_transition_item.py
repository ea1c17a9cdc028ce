# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTransitionItem`` (sent in requests)."""

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
class ComposeTransitionItem(Model):
    """Transition element placed between two adjacent elements of a composition track."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
        "transitions": "Transitions",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[ComposeTransitionOperation",
    )

    duration: str | None = None
    """Transition length in whole seconds ending in s (fractions are rounded down); defaults to
    1s. It must sit between two non-Empty elements and be shorter than both; the second
    element's start is moved back by this duration.

    Wire name: ``Duration``.
    """

    transitions: list[models.ComposeTransitionOperation] | None = None
    """Transition effects to apply, at most one image and one audio transition. Defaults to a
    fade in/out.

    Wire name: ``Transitions``.
    """


_KNOWN = frozenset(ComposeTransitionItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeTransitionItem:
    """Decode one ``ComposeTransitionItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeTransitionItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Duration", "a string", v)
    o.duration = v
    v = get("Transitions")
    if v is not None:
        n += 1
        v = _d.objects("Transitions", v, _S["ComposeTransitionOperation"])
    o.transitions = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeTransitionItem, _structure)
