# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SyncDubbingOutputOption`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SyncDubbingOutputOption(Model):
    """Output settings for synthesized audio: returned inline as Base64 or as a URL."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    type: str | None = None
    """How the synthesized audio is returned.

    Known values (:class:`tencent_mps.enums.SyncDubbingOutputOptionType`); others may appear:
    ``data``: base64-encoded audio
    ``url``: audio url valid for 24 hours

    Wire name: ``Type``.
    """


_KNOWN = frozenset(SyncDubbingOutputOption.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SyncDubbingOutputOption:
    """Decode one ``SyncDubbingOutputOption`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SyncDubbingOutputOption)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SyncDubbingOutputOption, _structure)
