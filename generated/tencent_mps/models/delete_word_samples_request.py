# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteWordSamplesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteWordSamplesRequest(Model):
    """Request of DeleteWordSamples: the keywords whose samples are removed."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keywords": "Keywords",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[str!",)

    keywords: list[str] | None = None
    """Keywords of the samples to delete, at most 100.

    Required in requests.

    Wire name: ``Keywords``.
    """


_KNOWN = frozenset(DeleteWordSamplesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteWordSamplesRequest:
    """Decode one ``DeleteWordSamplesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteWordSamplesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Keywords")
    if v is not None:
        n += 1
        v = _d.str_list("Keywords", v)
    o.keywords = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteWordSamplesRequest, _structure)
