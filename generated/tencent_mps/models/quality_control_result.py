# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QualityControlResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QualityControlResult(Model):
    """One category of issue found by a media quality inspection task, together with the detailed
    findings for it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "quality_control_items": "QualityControlItems",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[QualityControlItem",
    )

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


_KNOWN = frozenset(QualityControlResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QualityControlResult:
    """Decode one ``QualityControlResult`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("QualityControlItems", v, _S["QualityControlItem"])
    o.quality_control_items = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(QualityControlResult, _structure)
