# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralAIGC``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralAIGC:
    """AIGC video generation settings for a viral video cloning task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
        "aspect_ratio": "AspectRatio",
        "resolution": "Resolution",
        "model_tier": "ModelTier",
    }
    """Attribute name -> wire name, for every field."""

    duration: int | None = None
    """Length of the generated video, in the range [4, 15].

    Wire name: ``Duration``.
    """

    aspect_ratio: str | None = None
    """Aspect ratio of the generated video. The flagship tier supports 16:9, 4:3, 1:1, 3:4,
    9:16, 21:9 and adaptive; the standard tier supports 16:9, 1:1 and 9:16.

    Known values (:class:`tencent_mps.enums.CloneViralAIGCAspectRatio`); others may appear:
    ``16:9``: landscape 16:9
    ``4:3``: landscape 4:3
    ``1:1``: square
    ``3:4``: portrait 3:4
    ``9:16``: portrait 9:16
    ``21:9``: ultra-wide 21:9
    ``adaptive``: chosen automatically

    Wire name: ``AspectRatio``.
    """

    resolution: str | None = None
    """Resolution of the generated video: 720p (default), 1080p, 2k or 4k.

    Wire name: ``Resolution``.
    """

    model_tier: str | None = None
    """Generation mode: flagship (default), standard, or depthcrafter for depth extraction.

    Wire name: ``ModelTier``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloneViralAIGC:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Duration",
        "AspectRatio",
        "Resolution",
        "ModelTier",
    }
)


def _structure(data: Any) -> CloneViralAIGC:
    """Decode one ``CloneViralAIGC`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralAIGC)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("ModelTier")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelTier", "a string", v)
    o.model_tier = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CloneViralAIGC) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.aspect_ratio
    if v is not None:
        d["AspectRatio"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.model_tier
    if v is not None:
        d["ModelTier"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CloneViralAIGC`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CloneViralAIGC:
        o = _e.as_model(o, CloneViralAIGC)
    d: dict[str, Any] = {}
    v: Any
    v = o.duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Duration", v)
        d["Duration"] = v
    v = o.aspect_ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AspectRatio", v)
        d["AspectRatio"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    v = o.model_tier
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ModelTier", v)
        d["ModelTier"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
