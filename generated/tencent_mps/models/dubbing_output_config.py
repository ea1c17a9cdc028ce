# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingOutputConfig``: the model and its codecs."""

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
class DubbingOutputConfig:
    """Output settings of an AI dubbing task, choosing which results are produced (dubbed video,
    subtitle files, dubbed audio) and how subtitles are burned in.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_mode": "OutputMode",
        "output_final_video": "OutputFinalVideo",
        "output_subtitle": "OutputSubtitle",
        "output_dst_audio": "OutputDstAudio",
        "embed_subtitle_config": "EmbedSubtitleConfig",
    }
    """Attribute name -> wire name, for every field."""

    output_mode: str | None = None
    """Which results the dubbing task produces; defaults to FinalVideoOnly. When external
    subtitles are used, no translated audio or subtitles are returned.

    Known values (:class:`tencent_mps.enums.DubbingOutputConfigOutputMode`); others may appear:
    ``FinalVideoOnly``: only the final dubbed video (default)
    ``AudioAndSubtitle``: translated audio and translated subtitles
    ``Custom``: custom selection via the output switches

    Wire name: ``OutputMode``.
    """

    output_final_video: str | None = None
    """Whether to output the final dubbed video. Defaults to ON; only applies when OutputMode
    is Custom.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: output the final video (default)
    ``OFF``: do not output the final video

    Wire name: ``OutputFinalVideo``.
    """

    output_subtitle: str | None = None
    """Whether to output subtitle files holding both the original speech subtitles and the
    target language subtitles. Defaults to OFF.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: output subtitle files
    ``OFF``: no subtitle files (default)

    Wire name: ``OutputSubtitle``.
    """

    output_dst_audio: str | None = None
    """Whether to output the dubbed audio in the target language. Defaults to OFF; only applies
    when OutputMode is Custom.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: output the dubbed audio
    ``OFF``: no dubbed audio (default)

    Wire name: ``OutputDstAudio``.
    """

    embed_subtitle_config: models.DubbingEmbedSubtitleConfig | None = None
    """Settings for burning subtitles into the dubbed video.

    Wire name: ``EmbedSubtitleConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DubbingOutputConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "OutputMode",
        "OutputFinalVideo",
        "OutputSubtitle",
        "OutputDstAudio",
        "EmbedSubtitleConfig",
    }
)


def _structure(data: Any) -> DubbingOutputConfig:
    """Decode one ``DubbingOutputConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingOutputConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OutputMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputMode", "a string", v)
    o.output_mode = v
    v = get("OutputFinalVideo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputFinalVideo", "a string", v)
    o.output_final_video = v
    v = get("OutputSubtitle")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputSubtitle", "a string", v)
    o.output_subtitle = v
    v = get("OutputDstAudio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDstAudio", "a string", v)
    o.output_dst_audio = v
    v = get("EmbedSubtitleConfig")
    if v is not None:
        n += 1
        try:
            v = _S["DubbingEmbedSubtitleConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("EmbedSubtitleConfig") from None
    o.embed_subtitle_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DubbingOutputConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.output_mode
    if v is not None:
        d["OutputMode"] = v
    v = o.output_final_video
    if v is not None:
        d["OutputFinalVideo"] = v
    v = o.output_subtitle
    if v is not None:
        d["OutputSubtitle"] = v
    v = o.output_dst_audio
    if v is not None:
        d["OutputDstAudio"] = v
    v = o.embed_subtitle_config
    if v is not None:
        d["EmbedSubtitleConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DubbingOutputConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DubbingOutputConfig:
        o = _e.as_model(o, DubbingOutputConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.output_mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputMode", v)
        d["OutputMode"] = v
    v = o.output_final_video
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputFinalVideo", v)
        d["OutputFinalVideo"] = v
    v = o.output_subtitle
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputSubtitle", v)
        d["OutputSubtitle"] = v
    v = o.output_dst_audio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputDstAudio", v)
        d["OutputDstAudio"] = v
    v = o.embed_subtitle_config
    if v is not None:
        try:
            d["EmbedSubtitleConfig"] = _R["DubbingEmbedSubtitleConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("EmbedSubtitleConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
