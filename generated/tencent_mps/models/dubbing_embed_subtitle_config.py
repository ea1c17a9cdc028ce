# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingEmbedSubtitleConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingEmbedSubtitleConfig:
    """Settings for burning subtitles into the video produced by an AI dubbing task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_embed_id": "SubtitleEmbedId",
        "use_original_pos": "UseOriginalPos",
        "use_original_size": "UseOriginalSize",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DubbingEmbedSubtitleConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleEmbedId",
        "UseOriginalPos",
        "UseOriginalSize",
    }
)


def _structure(data: Any) -> DubbingEmbedSubtitleConfig:
    """Decode one ``DubbingEmbedSubtitleConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: DubbingEmbedSubtitleConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_embed_id
    if v is not None:
        d["SubtitleEmbedId"] = v
    v = o.use_original_pos
    if v is not None:
        d["UseOriginalPos"] = v
    v = o.use_original_size
    if v is not None:
        d["UseOriginalSize"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DubbingEmbedSubtitleConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DubbingEmbedSubtitleConfig:
        o = _e.as_model(o, DubbingEmbedSubtitleConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_embed_id
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleEmbedId", v)
        d["SubtitleEmbedId"] = v
    v = o.use_original_pos
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("UseOriginalPos", v)
        d["UseOriginalPos"] = v
    v = o.use_original_size
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("UseOriginalSize", v)
        d["UseOriginalSize"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
