# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlResult:
    """One category of issue found by a media quality inspection task, together with the detailed
    findings for it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "quality_control_items": "QualityControlItems",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Type of quality issue detected.

    Known values (:class:`tencent_mps.enums.QualityControlResultType`); others may appear:
    ``Jitter``: Jitter
    ``Blur``: Blurriness
    ``LowLighting``: Low lighting
    ``HighLighting``: Overexposure
    ``CrashScreen``: Corrupted picture (screen glitches)
    ``BlackWhiteEdge``: Black or white borders
    ``SolidColorScreen``: Solid color screen
    ``Noise``: Visual noise
    ``Mosaic``: Mosaic
    ``QRCode``: QR code
    ``AppletCode``: Mini program code
    ``BarCode``: Barcode
    ``LowVoice``: Audio too quiet
    ``HighVoice``: Audio clipping (too loud)
    ``NoVoice``: Silence
    ``LowEvaluation``: No-reference video quality score (MOS) below threshold
    ``AudioEvaluation``: No-reference audio quality score (MOS) below threshold
    ``AudioNoise``: Audio noise

    Wire name: ``Type``.
    """

    quality_control_items: list[models.QualityControlItem] | None = None
    """Detailed findings for this issue type.

    Wire name: ``QualityControlItems``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityControlResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "QualityControlItems",
    }
)


def _structure(data: Any) -> QualityControlResult:
    """Decode one ``QualityControlResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QualityControlResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("QualityControlItems")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("QualityControlItems", "an array", v)
        if v:
            f = _S["QualityControlItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("QualityControlItems", v, f) from None
        else:
            v = []
    o.quality_control_items = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: QualityControlResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.quality_control_items
    if v is not None:
        d["QualityControlItems"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
