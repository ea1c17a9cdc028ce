# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingSubtitleConfig``: the model and its codecs."""

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
class DubbingSubtitleConfig:
    """Subtitle settings of an AI dubbing task, covering where the source subtitles come from,
    whether the original subtitles are erased and which screen areas hold them.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_source": "SubtitleSource",
        "asr_assist_ocr": "AsrAssistOcr",
        "erase_original_subtitle": "EraseOriginalSubtitle",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
    }
    """Attribute name -> wire name, for every field."""

    subtitle_source: str | None = None
    """Where the source subtitles come from: text recognized in the picture, recognized speech,
    or external subtitle files.

    Known values (:class:`tencent_mps.enums.DubbingSubtitleConfigSubtitleSource`); others may appear:
    ``OCR``: recognize text shown in the video picture
    ``ASR``: recognize spoken dialogue in the audio
    ``External``: external subtitle files given by source and translated subtitle URLs

    Wire name: ``SubtitleSource``.
    """

    asr_assist_ocr: str | None = None
    """Whether speech recognition is used to improve OCR subtitle extraction. Defaults to OFF;
    may only be ON when SubtitleSource is OCR.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: use speech recognition to assist OCR
    ``OFF``: OCR only (default)

    Wire name: ``AsrAssistOcr``.
    """

    erase_original_subtitle: str | None = None
    """Whether the original subtitles are erased from the video. Defaults to OFF; cannot be ON
    when SubtitleSource is External.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: erase the original subtitles
    ``OFF``: keep the original subtitles (default)

    Wire name: ``EraseOriginalSubtitle``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Screen areas where the subtitles are located.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DubbingSubtitleConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleSource",
        "AsrAssistOcr",
        "EraseOriginalSubtitle",
        "SelectingSubtitleAreasConfig",
    }
)


def _structure(data: Any) -> DubbingSubtitleConfig:
    """Decode one ``DubbingSubtitleConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingSubtitleConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleSource")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleSource", "a string", v)
    o.subtitle_source = v
    v = get("AsrAssistOcr")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AsrAssistOcr", "a string", v)
    o.asr_assist_ocr = v
    v = get("EraseOriginalSubtitle")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EraseOriginalSubtitle", "a string", v)
    o.erase_original_subtitle = v
    v = get("SelectingSubtitleAreasConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SelectingSubtitleAreasConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SelectingSubtitleAreasConfig") from None
    o.selecting_subtitle_areas_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DubbingSubtitleConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_source
    if v is not None:
        d["SubtitleSource"] = v
    v = o.asr_assist_ocr
    if v is not None:
        d["AsrAssistOcr"] = v
    v = o.erase_original_subtitle
    if v is not None:
        d["EraseOriginalSubtitle"] = v
    v = o.selecting_subtitle_areas_config
    if v is not None:
        d["SelectingSubtitleAreasConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DubbingSubtitleConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DubbingSubtitleConfig:
        o = _e.as_model(o, DubbingSubtitleConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_source
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubtitleSource", v)
        d["SubtitleSource"] = v
    v = o.asr_assist_ocr
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AsrAssistOcr", v)
        d["AsrAssistOcr"] = v
    v = o.erase_original_subtitle
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EraseOriginalSubtitle", v)
        d["EraseOriginalSubtitle"] = v
    v = o.selecting_subtitle_areas_config
    if v is not None:
        try:
            d["SelectingSubtitleAreasConfig"] = _R["SelectingSubtitleAreasConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("SelectingSubtitleAreasConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
