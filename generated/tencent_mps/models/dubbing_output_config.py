# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingOutputConfig`` (sent in requests)."""

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
class DubbingOutputConfig(Model):
    """Output settings of an AI dubbing task, choosing which results are produced (dubbed video,
    subtitle files, dubbed audio) and how subtitles are burned in.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_mode": "OutputMode",
        "output_final_video": "OutputFinalVideo",
        "output_subtitle": "OutputSubtitle",
        "output_dst_audio": "OutputDstAudio",
        "embed_subtitle_config": "EmbedSubtitleConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "DubbingEmbedSubtitleConfig",
    )

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


_KNOWN = frozenset(DubbingOutputConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DubbingOutputConfig:
    """Decode one ``DubbingOutputConfig`` wire object: the straight-line decoder of this model."""
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


bind(DubbingOutputConfig, _structure)
