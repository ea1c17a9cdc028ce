# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``HeadTailParameter`` (sent in requests)."""

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
class HeadTailParameter(Model):
    """Opening and closing clips (intros and outros) to attach to the processed video."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "head_set": "HeadSet",
        "tail_set": "TailSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[MediaInputInfo",
        "[MediaInputInfo",
    )

    head_set: list[models.MediaInputInfo] | None = None
    """List of opening clips (intros). May be null.

    Wire name: ``HeadSet``.
    """

    tail_set: list[models.MediaInputInfo] | None = None
    """List of closing clips (outros). May be null.

    Wire name: ``TailSet``.
    """


_KNOWN = frozenset(HeadTailParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> HeadTailParameter:
    """Decode one ``HeadTailParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(HeadTailParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HeadSet")
    if v is not None:
        n += 1
        v = _d.objects("HeadSet", v, _S["MediaInputInfo"])
    o.head_set = v
    v = get("TailSet")
    if v is not None:
        n += 1
        v = _d.objects("TailSet", v, _S["MediaInputInfo"])
    o.tail_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(HeadTailParameter, _structure)
