# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeStyles`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeStyles(Model):
    """Global style of a composition task, referenced by track elements through its Id."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "type": "Type",
        "subtitle": "Subtitle",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "ComposeSubtitleStyle",
    )

    id: str | None = None
    """Style ID that track elements use to refer to this style; letters, digits, - and _, up to
    32 characters.

    Required in requests.

    Wire name: ``Id``.
    """

    type: str | None = None
    """Kind of style; currently only Subtitle.

    Known values (:class:`tencent_mps.enums.ComposeStylesType`); others may appear:
    ``Subtitle``: subtitle style

    Required in requests.

    Wire name: ``Type``.
    """

    subtitle: models.ComposeSubtitleStyle | None = None
    """Subtitle style settings; used when Type is Subtitle.

    Wire name: ``Subtitle``.
    """


_KNOWN = frozenset(ComposeStyles.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeStyles:
    """Decode one ``ComposeStyles`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeStyles)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Subtitle")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeSubtitleStyle"](v)
        except DecodeError as e:
            raise e.with_prefix("Subtitle") from None
    o.subtitle = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeStyles, _structure)
