# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralOutputOption`` (sent in requests)."""

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
class CloneViralOutputOption(Model):
    """Output settings of a viral video cloning task: a temporary URL or a COS location."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_info": "CosInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "CloneViralCosInfo",
    )

    type: str | None = None
    """Output type: url (default) or cos.

    Known values (:class:`tencent_mps.enums.CloneViralOutputOptionType`); others may appear:
    ``url``: temporary link valid for 24 hours
    ``cos``: write to a given cos bucket and path

    Wire name: ``Type``.
    """

    cos_info: models.CloneViralCosInfo | None = None
    """Custom COS location, used when Type is cos.

    Wire name: ``CosInfo``.
    """


_KNOWN = frozenset(CloneViralOutputOption.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralOutputOption:
    """Decode one ``CloneViralOutputOption`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralOutputOption)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("CosInfo")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralCosInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInfo") from None
    o.cos_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CloneViralOutputOption, _structure)
