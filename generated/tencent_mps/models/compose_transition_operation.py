# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTransitionOperation`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeTransitionOperation(Model):
    """A single transition effect, for image or audio, used by a transition element."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str!",)

    type: str | None = None
    """Transition effect: image transitions (such as ImageFadeInFadeOut, Cube or WipeLeft)
    apply between two video clips, and AudioFadeInFadeOut applies between two audio clips.

    Known values (:class:`tencent_mps.enums.ComposeTransitionOperationType`); others may appear:
    ``ImageFadeInFadeOut``: image fade in and out
    ``BowTieHorizontal``: horizontal bow tie
    ``BowTieVertical``: vertical bow tie
    ``ButterflyWaveScrawler``: shaking
    ``Cannabisleaf``: maple leaf
    ``Circle``: arc shrink and expand
    ``CircleCrop``: closing ring
    ``Circleopen``: closing ellipse
    ``Crosswarp``: horizontal warp
    ``Cube``: cube
    ``DoomScreenTransition``: curtain
    ``Doorway``: doorway
    ``Dreamy``: wave
    ``DreamyZoom``: horizontal gather
    ``FilmBurn``: burning clouds
    ``GlitchMemories``: glitch jitter
    ``Heart``: heart shape
    ``InvertedPageCurl``: page turn
    ``Luma``: erosion
    ``Mosaic``: nine-grid
    ``Pinwheel``: pinwheel
    ``PolarFunction``: ellipse spread
    ``PolkaDotsCurtain``: arc spread
    ``Radial``: radar sweep
    ``RotateScaleFade``: vertical shrink and expand
    ``Squeeze``: vertical gather
    ``Swap``: zoom switch
    ``Swirl``: spiral
    ``UndulatingBurnOutSwirl``: spreading water flow
    ``Windowblinds``: window blinds
    ``WipeDown``: wipe downward
    ``WipeLeft``: wipe to the left
    ``WipeRight``: wipe to the right
    ``WipeUp``: wipe upward
    ``ZoomInCircles``: water ripples
    ``AudioFadeInFadeOut``: audio fade in and out

    Required in requests.

    Wire name: ``Type``.
    """


_KNOWN = frozenset(ComposeTransitionOperation.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeTransitionOperation:
    """Decode one ``ComposeTransitionOperation`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeTransitionOperation)
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


bind(ComposeTransitionOperation, _structure)
