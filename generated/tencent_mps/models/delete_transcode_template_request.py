# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteTranscodeTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteTranscodeTemplateRequest(Model):
    """Request of DeleteTranscodeTemplate: the Definition of the custom template to remove."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int!",)

    definition: int | None = None
    """Unique ID of the transcoding template to delete.

    Required in requests.

    Wire name: ``Definition``.
    """


_KNOWN = frozenset(DeleteTranscodeTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DeleteTranscodeTemplateRequest:
    """Decode one ``DeleteTranscodeTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteTranscodeTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DeleteTranscodeTemplateRequest, _structure)
