# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PatternConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class PatternConfig:
    """Settings for pattern (print) extraction: alpha thresholds and edge handling.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "transparency_threshold": "TransparencyThreshold",
        "opaque_threshold": "OpaqueThreshold",
        "edge_sampling_step": "EdgeSamplingStep",
        "edge_expansion_step": "EdgeExpansionStep",
        "edge_blending_intensity": "EdgeBlendingIntensity",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PatternConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TransparencyThreshold",
        "OpaqueThreshold",
        "EdgeSamplingStep",
        "EdgeExpansionStep",
        "EdgeBlendingIntensity",
    }
)


def _structure(data: Any) -> PatternConfig:
    """Decode one ``PatternConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: PatternConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.transparency_threshold
    if v is not None:
        d["TransparencyThreshold"] = v
    v = o.opaque_threshold
    if v is not None:
        d["OpaqueThreshold"] = v
    v = o.edge_sampling_step
    if v is not None:
        d["EdgeSamplingStep"] = v
    v = o.edge_expansion_step
    if v is not None:
        d["EdgeExpansionStep"] = v
    v = o.edge_blending_intensity
    if v is not None:
        d["EdgeBlendingIntensity"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``PatternConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not PatternConfig:
        o = _e.as_model(o, PatternConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.transparency_threshold
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("TransparencyThreshold", v)
        d["TransparencyThreshold"] = v
    v = o.opaque_threshold
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("OpaqueThreshold", v)
        d["OpaqueThreshold"] = v
    v = o.edge_sampling_step
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("EdgeSamplingStep", v)
        d["EdgeSamplingStep"] = v
    v = o.edge_expansion_step
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("EdgeExpansionStep", v)
        d["EdgeExpansionStep"] = v
    v = o.edge_blending_intensity
    if v is not None:
        d["EdgeBlendingIntensity"] = _e.number("EdgeBlendingIntensity", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
