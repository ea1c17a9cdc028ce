# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoInput`` (sent in requests)."""

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
class DocToVideoInput(Model):
    """Input of an AIGC document-to-video task: documents, prompt, model, format, language and
    narration options.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "file_url": "FileUrl",
        "prompt": "Prompt",
        "model_version": "ModelVersion",
        "model_name": "ModelName",
        "ratio": "Ratio",
        "language": "Language",
        "reference_duration": "ReferenceDuration",
        "enable_tts": "EnableTTS",
        "voice_id": "VoiceId",
        "pptx_fidelity": "PPTXFidelity",
        "mode": "Mode",
        "background": "Background",
        "watermark": "Watermark",
        "enable_caption": "EnableCaption",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[str!",
        "str!",
        "str",
        "str",
        "str",
        "str",
        "int",
        "bool",
        "str",
        "bool",
        "str",
        "DocToVideoBackgroundInfo",
        "DocToVideoWatermarkInfo",
        "bool",
    )

    file_url: list[str] | None = None
    """URLs of the documents to build the video from: pdf, pptx, docx, png or jpg; at most 3
    documents, each up to 10 MB and 100 pages.

    Required in requests.

    Wire name: ``FileUrl``.
    """

    prompt: str | None = None
    """Prompt that guides the video generation, up to 2000 characters.

    Required in requests.

    Wire name: ``Prompt``.
    """

    model_version: str | None = None
    """Model version: 1.0 (default) or 1.0-lite.

    Known values (:class:`tencent_mps.enums.DocToVideoInputModelVersion`); others may appear:
    ``1.0``: model version 1.0 (default)
    ``1.0-lite``: lite variant of version 1.0

    Wire name: ``ModelVersion``.
    """

    model_name: str | None = None
    """Model name; currently only WAND, which is the default.

    Known values (:class:`tencent_mps.enums.DocToVideoInputModelName`); others may appear:
    ``WAND``: wand model (default)

    Wire name: ``ModelName``.
    """

    ratio: str | None = None
    """Aspect ratio of the generated video: 16:9 (default), 9:16 or 1:1.

    Known values (:class:`tencent_mps.enums.DocToVideoInputRatio`); others may appear:
    ``16:9``: landscape 16:9 (default)
    ``9:16``: portrait 9:16
    ``1:1``: square 1:1

    Wire name: ``Ratio``.
    """

    language: str | None = None
    """Language of the generated video, such as zh (default), en or ja.

    Known values (:class:`tencent_mps.enums.DocToVideoInputLanguage`); others may appear:
    ``zh``: chinese (default)
    ``en``: english
    ``ja``: japanese
    ``ko``: korean
    ``ru``: russian
    ``fr``: french
    ``es``: spanish
    ``de``: german

    Wire name: ``Language``.
    """

    reference_duration: int | None = None
    """Approximate video length in seconds, range [15, 1200]; a hint for the model, not an
    exact duration.

    Unit: s.

    Wire name: ``ReferenceDuration``.
    """

    enable_tts: bool | None = None
    """Whether AI voice-over is enabled. Defaults to false.

    Wire name: ``EnableTTS``.
    """

    voice_id: str | None = None
    """Voice ID for the voice-over; used only when AI voice-over is enabled.

    Wire name: ``VoiceId``.
    """

    pptx_fidelity: bool | None = None
    """Whether PPTX fidelity mode is on, reproducing the input PPTX content as closely as
    possible (animations are not reproduced). Requires at least one PPTX document; with
    several, only the first is reproduced. Defaults to false.

    Wire name: ``PPTXFidelity``.
    """

    mode: str | None = None
    """Generation mode: stage (generate after confirming each stage) or auto (end-to-end
    generation).

    Known values (:class:`tencent_mps.enums.DocToVideoInputMode`); others may appear:
    ``stage``: generate stage by stage after confirmation
    ``auto``: generate end to end directly

    Wire name: ``Mode``.
    """

    background: models.DocToVideoBackgroundInfo | None = None
    """Background image for the generated video; takes effect only when PreserveLayout is
    false.

    Wire name: ``Background``.
    """

    watermark: models.DocToVideoWatermarkInfo | None = None
    """Watermark image for the generated video; takes effect only when PreserveLayout is false.

    Wire name: ``Watermark``.
    """

    enable_caption: bool | None = None
    """Whether captions are generated. Defaults to false.

    Wire name: ``EnableCaption``.
    """


_KNOWN = frozenset(DocToVideoInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DocToVideoInput:
    """Decode one ``DocToVideoInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DocToVideoInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FileUrl")
    if v is not None:
        n += 1
        v = _d.str_list("FileUrl", v)
    o.file_url = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("ModelVersion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelVersion", "a string", v)
    o.model_version = v
    v = get("ModelName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelName", "a string", v)
    o.model_name = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ratio", "a string", v)
    o.ratio = v
    v = get("Language")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Language", "a string", v)
    o.language = v
    v = get("ReferenceDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ReferenceDuration", "an integer", v)
    o.reference_duration = v
    v = get("EnableTTS")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnableTTS", "a boolean", v)
    o.enable_tts = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("PPTXFidelity")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("PPTXFidelity", "a boolean", v)
    o.pptx_fidelity = v
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("Background")
    if v is not None:
        n += 1
        try:
            v = _S["DocToVideoBackgroundInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Background") from None
    o.background = v
    v = get("Watermark")
    if v is not None:
        n += 1
        try:
            v = _S["DocToVideoWatermarkInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Watermark") from None
    o.watermark = v
    v = get("EnableCaption")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnableCaption", "a boolean", v)
    o.enable_caption = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DocToVideoInput, _structure)
