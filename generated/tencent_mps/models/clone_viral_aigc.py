# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralAIGC`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralAIGC(Model):
    """AIGC video generation settings for a viral video cloning task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
        "aspect_ratio": "AspectRatio",
        "resolution": "Resolution",
        "model_tier": "ModelTier",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(CloneViralAIGC.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralAIGC:
    """Decode one ``CloneViralAIGC`` wire object: the straight-line decoder of this model."""
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


bind(CloneViralAIGC, _structure)
