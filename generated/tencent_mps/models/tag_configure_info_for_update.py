# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TagConfigureInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TagConfigureInfoForUpdate(Model):
    """Changes to the intelligent tagging settings when modifying an analysis template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    switch: str | None = None
    """New on/off state of the intelligent tagging task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable intelligent tagging
    ``OFF``: disable intelligent tagging

    Wire name: ``Switch``.
    """


_KNOWN = frozenset(TagConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TagConfigureInfoForUpdate:
    """Decode one ``TagConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TagConfigureInfoForUpdate)
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


bind(TagConfigureInfoForUpdate, _structure)
