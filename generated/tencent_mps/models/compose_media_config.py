# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeMediaConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeMediaConfig(Model):
    """Full description of a video composition: target output, canvas, global styles and tracks of
    elements.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "target_info": "TargetInfo",
        "canvas": "Canvas",
        "styles": "Styles",
        "tracks": "Tracks",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "ComposeTargetInfo",
        "ComposeCanvas",
        "[ComposeStyles",
        "[ComposeMediaTrack",
    )

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


_KNOWN = frozenset(ComposeMediaConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeMediaConfig:
    """Decode one ``ComposeMediaConfig`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Styles", v, _S["ComposeStyles"])
    o.styles = v
    v = get("Tracks")
    if v is not None:
        n += 1
        v = _d.objects("Tracks", v, _S["ComposeMediaTrack"])
    o.tracks = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeMediaConfig, _structure)
