# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkEmbedInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BlindWatermarkEmbedInfo:
    """Content to embed as a blind watermark.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "embed_text": "EmbedText",
    }
    """Attribute name -> wire name, for every field."""

    embed_text: str | None = None
    """Watermark text as URL-safe Base64. After decoding, data shorter than 12 bytes is padded
    with 0x00 to 12 bytes and longer data is truncated to 12 bytes. May be null if
    unavailable.

    Wire name: ``EmbedText``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlindWatermarkEmbedInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "EmbedText",
    }
)


def _structure(data: Any) -> BlindWatermarkEmbedInfo:
    """Decode one ``BlindWatermarkEmbedInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: BlindWatermarkEmbedInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.embed_text
    if v is not None:
        d["EmbedText"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``BlindWatermarkEmbedInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not BlindWatermarkEmbedInfo:
        o = _e.as_model(o, BlindWatermarkEmbedInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.embed_text
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EmbedText", v)
        d["EmbedText"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
