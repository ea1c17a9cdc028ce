# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingEmbedSubtitleConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingEmbedSubtitleConfig(Model):
    """Settings for burning subtitles into the video produced by an AI dubbing task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_embed_id": "SubtitleEmbedId",
        "use_original_pos": "UseOriginalPos",
        "use_original_size": "UseOriginalSize",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
    )

    subtitle_embed_id: int | None = None
    """ID of the subtitle to burn into the output video.

    Wire name: ``SubtitleEmbedId``.
    """

    use_original_pos: int | None = None
    """Whether the burned-in subtitles keep the position of the original subtitles; 1 (the
    default) keeps it.

    Wire name: ``UseOriginalPos``.
    """

    use_original_size: int | None = None
    """Whether the burned-in subtitles keep the font size of the original subtitles; 1 (the
    default) keeps it.

    Wire name: ``UseOriginalSize``.
    """


_KNOWN = frozenset(DubbingEmbedSubtitleConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DubbingEmbedSubtitleConfig:
    """Decode one ``DubbingEmbedSubtitleConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingEmbedSubtitleConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleEmbedId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleEmbedId", "an integer", v)
    o.subtitle_embed_id = v
    v = get("UseOriginalPos")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UseOriginalPos", "an integer", v)
    o.use_original_pos = v
    v = get("UseOriginalSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UseOriginalSize", "an integer", v)
    o.use_original_size = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DubbingEmbedSubtitleConfig, _structure)
