# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleTagOperation`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleTagOperation(Model):
    """An operation on the tags of a sample: add, delete or reset."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "tags": "Tags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str!",
    )

    type: str | None = None
    """Operation to perform on the tags: add, delete or reset.

    Required in requests.

    Wire name: ``Type``.
    """

    tags: list[str] | None = None
    """Tags to operate on; each tag is at most 128 characters.

    Required in requests.

    Wire name: ``Tags``.
    """


_KNOWN = frozenset(AiSampleTagOperation.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSampleTagOperation:
    """Decode one ``AiSampleTagOperation`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSampleTagOperation)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Tags")
    if v is not None:
        n += 1
        v = _d.str_list("Tags", v)
    o.tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiSampleTagOperation, _structure)
