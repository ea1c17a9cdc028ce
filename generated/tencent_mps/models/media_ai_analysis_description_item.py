# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaAiAnalysisDescriptionItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaAiAnalysisDescriptionItem:
    """An AI-generated description (summary) of the media, with title, keywords, paragraphs and
    related output files.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaAiAnalysisDescriptionItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Description",
        "Confidence",
        "Title",
        "Keywords",
        "Paragraphs",
        "MindMapUrl",
        "MindMapPath",
        "SubtitlePath",
        "OutputStorage",
    }
)


def _structure(data: Any) -> MediaAiAnalysisDescriptionItem:
    """Decode one ``MediaAiAnalysisDescriptionItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Keywords", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Keywords", v, "a string", _d.is_str)
    o.keywords = v
    v = get("Paragraphs")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Paragraphs", "an array", v)
        if v:
            f = _S["AiParagraphInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Paragraphs", v, f) from None
        else:
            v = []
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


def _unstructure(o: MediaAiAnalysisDescriptionItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.confidence
    if v is not None:
        d["Confidence"] = v
    v = o.title
    if v is not None:
        d["Title"] = v
    v = o.keywords
    if v is not None:
        d["Keywords"] = list(v)
    v = o.paragraphs
    if v is not None:
        d["Paragraphs"] = [_d.wire(x) for x in v]
    v = o.mind_map_url
    if v is not None:
        d["MindMapUrl"] = v
    v = o.mind_map_path
    if v is not None:
        d["MindMapPath"] = v
    v = o.subtitle_path
    if v is not None:
        d["SubtitlePath"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
