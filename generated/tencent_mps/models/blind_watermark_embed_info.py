# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkEmbedInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BlindWatermarkEmbedInfo(Model):
    """Content to embed as a blind watermark."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "embed_text": "EmbedText",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    embed_text: str | None = None
    """Watermark text as URL-safe Base64. After decoding, data shorter than 12 bytes is padded
    with 0x00 to 12 bytes and longer data is truncated to 12 bytes. May be null if
    unavailable.

    Wire name: ``EmbedText``.
    """


_KNOWN = frozenset(BlindWatermarkEmbedInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BlindWatermarkEmbedInfo:
    """Decode one ``BlindWatermarkEmbedInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BlindWatermarkEmbedInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("EmbedText")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EmbedText", "a string", v)
    o.embed_text = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BlindWatermarkEmbedInfo, _structure)
