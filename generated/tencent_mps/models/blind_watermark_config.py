# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BlindWatermarkConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BlindWatermarkConfig:
    """Blind watermark operations on an image: embed, extract or remove.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "add_blind_watermark": "AddBlindWatermark",
        "extract_blind_watermark": "ExtractBlindWatermark",
        "remove_blind_watermark": "RemoveBlindWatermark",
    }
    """Attribute name -> wire name, for every field."""

    add_blind_watermark: models.AddBlindWatermarkConfig | None = None
    """Settings for embedding a blind watermark. May be null if unavailable.

    Wire name: ``AddBlindWatermark``.
    """

    extract_blind_watermark: models.ExtractBlindWatermarkConfig | None = None
    """Settings for extracting a blind watermark. May be null if unavailable.

    Wire name: ``ExtractBlindWatermark``.
    """

    remove_blind_watermark: models.RemoveBlindWatermarkConfig | None = None
    """Settings for removing a blind watermark. May be null if unavailable.

    Wire name: ``RemoveBlindWatermark``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlindWatermarkConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AddBlindWatermark",
        "ExtractBlindWatermark",
        "RemoveBlindWatermark",
    }
)


def _structure(data: Any) -> BlindWatermarkConfig:
    """Decode one ``BlindWatermarkConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BlindWatermarkConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AddBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["AddBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("AddBlindWatermark") from None
    o.add_blind_watermark = v
    v = get("ExtractBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermark") from None
    o.extract_blind_watermark = v
    v = get("RemoveBlindWatermark")
    if v is not None:
        n += 1
        try:
            v = _S["RemoveBlindWatermarkConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("RemoveBlindWatermark") from None
    o.remove_blind_watermark = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: BlindWatermarkConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.add_blind_watermark
    if v is not None:
        d["AddBlindWatermark"] = _d.wire(v)
    v = o.extract_blind_watermark
    if v is not None:
        d["ExtractBlindWatermark"] = _d.wire(v)
    v = o.remove_blind_watermark
    if v is not None:
        d["RemoveBlindWatermark"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``BlindWatermarkConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not BlindWatermarkConfig:
        o = _e.as_model(o, BlindWatermarkConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.add_blind_watermark
    if v is not None:
        try:
            d["AddBlindWatermark"] = _R["AddBlindWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("AddBlindWatermark") from None
    v = o.extract_blind_watermark
    if v is not None:
        try:
            d["ExtractBlindWatermark"] = _R["ExtractBlindWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ExtractBlindWatermark") from None
    v = o.remove_blind_watermark
    if v is not None:
        try:
            d["RemoveBlindWatermark"] = _R["RemoveBlindWatermarkConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("RemoveBlindWatermark") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
