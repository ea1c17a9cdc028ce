# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisDescriptionItem``."""

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
class MediaAiAnalysisDescriptionItem(Model):
    """An AI-generated description (summary) of the media, with title, keywords, paragraphs and
    related output files.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "description": "Description",
        "confidence": "Confidence",
        "title": "Title",
        "keywords": "Keywords",
        "paragraphs": "Paragraphs",
        "mind_map_url": "MindMapUrl",
        "mind_map_path": "MindMapPath",
        "subtitle_path": "SubtitlePath",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "str",
        "[str",
        "[AiParagraphInfo",
        "str",
        "str",
        "str",
        "TaskOutputStorage",
    )

    description: str | None = None
    """Generated description text.

    Wire name: ``Description``.
    """

    confidence: float | None = None
    """Confidence of the description, from 0 to 100.

    Wire name: ``Confidence``.
    """

    title: str | None = None
    """Generated title for the description.

    Wire name: ``Title``.
    """

    keywords: list[str] | None = None
    """Keywords extracted for the description.

    Wire name: ``Keywords``.
    """

    paragraphs: list[models.AiParagraphInfo] | None = None
    """Paragraph-level segmentation of the content. May be null.

    Wire name: ``Paragraphs``.
    """

    mind_map_url: str | None = None
    """URL of the mind map image generated for the summary. May be null.

    Wire name: ``MindMapUrl``.
    """

    mind_map_path: str | None = None
    """Storage path of the summary mind map image.

    Wire name: ``MindMapPath``.
    """

    subtitle_path: str | None = None
    """Storage path of the video subtitle file.

    Wire name: ``SubtitlePath``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location where the summary files are saved.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(MediaAiAnalysisDescriptionItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaAiAnalysisDescriptionItem:
    """Decode one ``MediaAiAnalysisDescriptionItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaAiAnalysisDescriptionItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Confidence")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Confidence", v)
    o.confidence = v
    v = get("Title")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Title", "a string", v)
    o.title = v
    v = get("Keywords")
    if v is not None:
        n += 1
        v = _d.str_list("Keywords", v)
    o.keywords = v
    v = get("Paragraphs")
    if v is not None:
        n += 1
        v = _d.objects("Paragraphs", v, _S["AiParagraphInfo"])
    o.paragraphs = v
    v = get("MindMapUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("MindMapUrl", "a string", v)
    o.mind_map_url = v
    v = get("MindMapPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("MindMapPath", "a string", v)
    o.mind_map_path = v
    v = get("SubtitlePath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitlePath", "a string", v)
    o.subtitle_path = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaAiAnalysisDescriptionItem, _structure)
