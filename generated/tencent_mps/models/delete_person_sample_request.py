# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeletePersonSampleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeletePersonSampleRequest(Model):
    """Request of DeletePersonSample: the ID of the person sample to remove."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "person_id": "PersonId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    person_id: str | None = None
    """ID of the person sample to delete.

    Required in requests.

    Wire name: ``PersonId``.
    """


_KNOWN = frozenset(DeletePersonSampleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeletePersonSampleRequest:
    """Decode one ``DeletePersonSampleRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeletePersonSampleRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("PersonId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PersonId", "a string", v)
    o.person_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeletePersonSampleRequest, _structure)
