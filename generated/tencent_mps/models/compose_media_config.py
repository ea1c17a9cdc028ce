# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeMediaConfig``: the model and its codecs."""

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
class ComposeMediaConfig:
    """Full description of a video composition: target output, canvas, global styles and tracks of
    elements.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "target_info": "TargetInfo",
        "canvas": "Canvas",
        "styles": "Styles",
        "tracks": "Tracks",
    }
    """Attribute name -> wire name, for every field."""

    target_info: models.ComposeTargetInfo | None = None
    """Settings of the output video.

    Wire name: ``TargetInfo``.
    """

    canvas: models.ComposeCanvas | None = None
    """Canvas of the output video.

    Wire name: ``Canvas``.
    """

    styles: list[models.ComposeStyles] | None = None
    """Global styles, such as subtitle styles, that elements in Tracks refer to.

    Wire name: ``Styles``.
    """

    tracks: list[models.ComposeMediaTrack] | None = None
    """Tracks of the composition (video, audio, image, text elements). The track timeline is
    the output timeline; at the same time point, visual elements stack with earlier tracks
    on top and audio is mixed. Elements on one track (other than subtitles) must not overlap
    in time.

    Wire name: ``Tracks``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeMediaConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TargetInfo",
        "Canvas",
        "Styles",
        "Tracks",
    }
)


def _structure(data: Any) -> ComposeMediaConfig:
    """Decode one ``ComposeMediaConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeMediaConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TargetInfo")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTargetInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TargetInfo") from None
    o.target_info = v
    v = get("Canvas")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeCanvas"](v)
        except DecodeError as e:
            raise e.with_prefix("Canvas") from None
    o.canvas = v
    v = get("Styles")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Styles", "an array", v)
        if v:
            f = _S["ComposeStyles"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Styles", v, f) from None
        else:
            v = []
    o.styles = v
    v = get("Tracks")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Tracks", "an array", v)
        if v:
            f = _S["ComposeMediaTrack"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Tracks", v, f) from None
        else:
            v = []
    o.tracks = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeMediaConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.target_info
    if v is not None:
        d["TargetInfo"] = _d.wire(v)
    v = o.canvas
    if v is not None:
        d["Canvas"] = _d.wire(v)
    v = o.styles
    if v is not None:
        d["Styles"] = [_d.wire(x) for x in v]
    v = o.tracks
    if v is not None:
        d["Tracks"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeMediaConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeMediaConfig:
        o = _e.as_model(o, ComposeMediaConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.target_info
    if v is not None:
        try:
            d["TargetInfo"] = _R["ComposeTargetInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TargetInfo") from None
    v = o.canvas
    if v is not None:
        try:
            d["Canvas"] = _R["ComposeCanvas"](v)
        except ValidationError as e:
            raise e.with_prefix("Canvas") from None
    v = o.styles
    if v is not None:
        d["Styles"] = _e.models("Styles", v, _R["ComposeStyles"])
    v = o.tracks
    if v is not None:
        d["Tracks"] = _e.models("Tracks", v, _R["ComposeMediaTrack"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
