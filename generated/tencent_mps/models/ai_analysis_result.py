# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisResult``: the model and its codecs."""

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
class AiAnalysisResult:
    """Execution status and result of one content analysis subtask; only the result field matching
    Type is populated.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "classification_task": "ClassificationTask",
        "cover_task": "CoverTask",
        "tag_task": "TagTask",
        "frame_tag_task": "FrameTagTask",
        "highlight_task": "HighlightTask",
        "de_logo_task": "DeLogoTask",
        "segment_task": "SegmentTask",
        "head_tail_task": "HeadTailTask",
        "description_task": "DescriptionTask",
        "horizontal_to_vertical_task": "HorizontalToVerticalTask",
        "dubbing_task": "DubbingTask",
        "video_remake_task": "VideoRemakeTask",
        "video_comprehension_task": "VideoComprehensionTask",
        "cutout_task": "CutoutTask",
        "reel_task": "ReelTask",
        "generic_task": "GenericTask",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Kind of content analysis performed.

    Known values (:class:`tencent_mps.enums.AiAnalysisResultType`); others may appear:
    ``Classification``: smart classification
    ``Cover``: smart cover generation
    ``Tag``: smart tagging
    ``FrameTag``: frame-by-frame tagging
    ``Highlight``: smart highlight reel
    ``DeLogo``: smart erase
    ``Description``: large-model summary
    ``Dubbing``: smart dubbing / translation
    ``VideoRemake``: video deduplication
    ``VideoComprehension``: video (audio) understanding
    ``Cutout``: video matting
    ``Reel``: smart reel creation

    Wire name: ``Type``.
    """

    classification_task: models.AiAnalysisTaskClassificationResult | None = None
    """Result of smart classification; valid when Type is Classification. May be null if
    unavailable.

    Wire name: ``ClassificationTask``.
    """

    cover_task: models.AiAnalysisTaskCoverResult | None = None
    """Result of smart cover generation; valid when Type is Cover. May be null if unavailable.

    Wire name: ``CoverTask``.
    """

    tag_task: models.AiAnalysisTaskTagResult | None = None
    """Result of smart tagging; valid when Type is Tag. May be null if unavailable.

    Wire name: ``TagTask``.
    """

    frame_tag_task: models.AiAnalysisTaskFrameTagResult | None = None
    """Result of frame-by-frame tagging; valid when Type is FrameTag. May be null if
    unavailable.

    Wire name: ``FrameTagTask``.
    """

    highlight_task: models.AiAnalysisTaskHighlightResult | None = None
    """Result of highlight reel generation; valid when Type is Highlight. May be null if
    unavailable.

    Wire name: ``HighlightTask``.
    """

    de_logo_task: models.AiAnalysisTaskDelLogoResult | None = None
    """Result of smart erase; valid when Type is DeLogo. May be null if unavailable.

    Wire name: ``DeLogoTask``.
    """

    segment_task: models.AiAnalysisTaskSegmentResult | None = None
    """Result of video segmentation (splitting); valid when Type is SegmentRecognition. May be
    null if unavailable.

    Wire name: ``SegmentTask``.
    """

    head_tail_task: models.AiAnalysisTaskHeadTailResult | None = None
    """Result of opening and closing credits detection; valid when Type is HeadTailRecognition.
    May be null if unavailable.

    Wire name: ``HeadTailTask``.
    """

    description_task: models.AiAnalysisTaskDescriptionResult | None = None
    """Result of summary generation; valid when Type is Description. May be null if
    unavailable.

    Wire name: ``DescriptionTask``.
    """

    horizontal_to_vertical_task: models.AiAnalysisTaskHorizontalToVerticalResult | None = None
    """Result of landscape-to-portrait conversion; valid when Type is HorizontalToVertical. May
    be null if unavailable.

    Wire name: ``HorizontalToVerticalTask``.
    """

    dubbing_task: models.AiAnalysisTaskDubbingResult | None = None
    """Result of smart dubbing / translation; valid when Type is Dubbing. May be null if
    unavailable.

    Wire name: ``DubbingTask``.
    """

    video_remake_task: models.AiAnalysisTaskVideoRemakeResult | None = None
    """Result of video deduplication; valid when Type is VideoRemake. May be null if
    unavailable.

    Wire name: ``VideoRemakeTask``.
    """

    video_comprehension_task: models.AiAnalysisTaskVideoComprehensionResult | None = None
    """Result of video (audio) understanding; valid when Type is VideoComprehension. May be
    null if unavailable.

    Wire name: ``VideoComprehensionTask``.
    """

    cutout_task: models.AiAnalysisTaskCutoutResult | None = None
    """Result of smart video matting; valid when Type is Cutout. May be null if unavailable.

    Wire name: ``CutoutTask``.
    """

    reel_task: models.AiAnalysisTaskReelResult | None = None
    """Result of AI commentary / smart reel creation; valid when Type is Reel. May be null if
    unavailable.

    Wire name: ``ReelTask``.
    """

    generic_task: models.AiAnalysisTaskGenericResult | None = None
    """Result of a generic content analysis task; valid when Type is Generic. May be null.

    Wire name: ``GenericTask``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiAnalysisResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "ClassificationTask",
        "CoverTask",
        "TagTask",
        "FrameTagTask",
        "HighlightTask",
        "DeLogoTask",
        "SegmentTask",
        "HeadTailTask",
        "DescriptionTask",
        "HorizontalToVerticalTask",
        "DubbingTask",
        "VideoRemakeTask",
        "VideoComprehensionTask",
        "CutoutTask",
        "ReelTask",
        "GenericTask",
    }
)


def _structure(data: Any) -> AiAnalysisResult:
    """Decode one ``AiAnalysisResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("ClassificationTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskClassificationResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ClassificationTask") from None
    o.classification_task = v
    v = get("CoverTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskCoverResult"](v)
        except DecodeError as e:
            raise e.with_prefix("CoverTask") from None
    o.cover_task = v
    v = get("TagTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskTagResult"](v)
        except DecodeError as e:
            raise e.with_prefix("TagTask") from None
    o.tag_task = v
    v = get("FrameTagTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskFrameTagResult"](v)
        except DecodeError as e:
            raise e.with_prefix("FrameTagTask") from None
    o.frame_tag_task = v
    v = get("HighlightTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskHighlightResult"](v)
        except DecodeError as e:
            raise e.with_prefix("HighlightTask") from None
    o.highlight_task = v
    v = get("DeLogoTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskDelLogoResult"](v)
        except DecodeError as e:
            raise e.with_prefix("DeLogoTask") from None
    o.de_logo_task = v
    v = get("SegmentTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskSegmentResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SegmentTask") from None
    o.segment_task = v
    v = get("HeadTailTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskHeadTailResult"](v)
        except DecodeError as e:
            raise e.with_prefix("HeadTailTask") from None
    o.head_tail_task = v
    v = get("DescriptionTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskDescriptionResult"](v)
        except DecodeError as e:
            raise e.with_prefix("DescriptionTask") from None
    o.description_task = v
    v = get("HorizontalToVerticalTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskHorizontalToVerticalResult"](v)
        except DecodeError as e:
            raise e.with_prefix("HorizontalToVerticalTask") from None
    o.horizontal_to_vertical_task = v
    v = get("DubbingTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskDubbingResult"](v)
        except DecodeError as e:
            raise e.with_prefix("DubbingTask") from None
    o.dubbing_task = v
    v = get("VideoRemakeTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskVideoRemakeResult"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoRemakeTask") from None
    o.video_remake_task = v
    v = get("VideoComprehensionTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskVideoComprehensionResult"](v)
        except DecodeError as e:
            raise e.with_prefix("VideoComprehensionTask") from None
    o.video_comprehension_task = v
    v = get("CutoutTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskCutoutResult"](v)
        except DecodeError as e:
            raise e.with_prefix("CutoutTask") from None
    o.cutout_task = v
    v = get("ReelTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskReelResult"](v)
        except DecodeError as e:
            raise e.with_prefix("ReelTask") from None
    o.reel_task = v
    v = get("GenericTask")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskGenericResult"](v)
        except DecodeError as e:
            raise e.with_prefix("GenericTask") from None
    o.generic_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiAnalysisResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.classification_task
    if v is not None:
        d["ClassificationTask"] = _d.wire(v)
    v = o.cover_task
    if v is not None:
        d["CoverTask"] = _d.wire(v)
    v = o.tag_task
    if v is not None:
        d["TagTask"] = _d.wire(v)
    v = o.frame_tag_task
    if v is not None:
        d["FrameTagTask"] = _d.wire(v)
    v = o.highlight_task
    if v is not None:
        d["HighlightTask"] = _d.wire(v)
    v = o.de_logo_task
    if v is not None:
        d["DeLogoTask"] = _d.wire(v)
    v = o.segment_task
    if v is not None:
        d["SegmentTask"] = _d.wire(v)
    v = o.head_tail_task
    if v is not None:
        d["HeadTailTask"] = _d.wire(v)
    v = o.description_task
    if v is not None:
        d["DescriptionTask"] = _d.wire(v)
    v = o.horizontal_to_vertical_task
    if v is not None:
        d["HorizontalToVerticalTask"] = _d.wire(v)
    v = o.dubbing_task
    if v is not None:
        d["DubbingTask"] = _d.wire(v)
    v = o.video_remake_task
    if v is not None:
        d["VideoRemakeTask"] = _d.wire(v)
    v = o.video_comprehension_task
    if v is not None:
        d["VideoComprehensionTask"] = _d.wire(v)
    v = o.cutout_task
    if v is not None:
        d["CutoutTask"] = _d.wire(v)
    v = o.reel_task
    if v is not None:
        d["ReelTask"] = _d.wire(v)
    v = o.generic_task
    if v is not None:
        d["GenericTask"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
