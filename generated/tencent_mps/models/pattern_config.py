# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PatternConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class PatternConfig(Model):
    """Settings for pattern (print) extraction: alpha thresholds and edge handling."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transparency_threshold": "TransparencyThreshold",
        "opaque_threshold": "OpaqueThreshold",
        "edge_sampling_step": "EdgeSamplingStep",
        "edge_expansion_step": "EdgeExpansionStep",
        "edge_blending_intensity": "EdgeBlendingIntensity",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
        "float",
    )

    transparency_threshold: int | None = None
    """Alpha threshold for transparency, in the range [0, 255]. Defaults to 30.

    Wire name: ``TransparencyThreshold``.
    """

    opaque_threshold: int | None = None
    """Alpha threshold for opacity, in the range [0, 255]; must be greater than
    TransparencyThreshold. Defaults to 127.

    Wire name: ``OpaqueThreshold``.
    """

    edge_sampling_step: int | None = None
    """Number of edge sampling steps, in the range [1, 10]. Defaults to 5.

    Wire name: ``EdgeSamplingStep``.
    """

    edge_expansion_step: int | None = None
    """Number of edge expansion steps. Defaults to 5.

    Wire name: ``EdgeExpansionStep``.
    """

    edge_blending_intensity: float | None = None
    """Strength of edge blending, in the range [0, 1.0]. Defaults to 0.5.

    Wire name: ``EdgeBlendingIntensity``.
    """


_KNOWN = frozenset(PatternConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> PatternConfig:
    """Decode one ``PatternConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(PatternConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TransparencyThreshold")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TransparencyThreshold", "an integer", v)
    o.transparency_threshold = v
    v = get("OpaqueThreshold")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OpaqueThreshold", "an integer", v)
    o.opaque_threshold = v
    v = get("EdgeSamplingStep")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EdgeSamplingStep", "an integer", v)
    o.edge_sampling_step = v
    v = get("EdgeExpansionStep")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("EdgeExpansionStep", "an integer", v)
    o.edge_expansion_step = v
    v = get("EdgeBlendingIntensity")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EdgeBlendingIntensity", v)
    o.edge_blending_intensity = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(PatternConfig, _structure)
