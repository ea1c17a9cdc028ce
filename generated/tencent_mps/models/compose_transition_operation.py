# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeTransitionOperation``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeTransitionOperation:
    """A single transition effect, for image or audio, used by a transition element.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeTransitionOperation:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
    }
)


def _structure(data: Any) -> ComposeTransitionOperation:
    """Decode one ``ComposeTransitionOperation`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeTransitionOperation) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeTransitionOperation`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeTransitionOperation:
        o = _e.as_model(o, ComposeTransitionOperation)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
