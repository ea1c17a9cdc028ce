# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisResult``."""

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
class AiAnalysisResult(Model):
    """Execution status and result of one content analysis subtask; only the result field matching
    Type is populated.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "AiAnalysisTaskClassificationResult",
        "AiAnalysisTaskCoverResult",
        "AiAnalysisTaskTagResult",
        "AiAnalysisTaskFrameTagResult",
        "AiAnalysisTaskHighlightResult",
        "AiAnalysisTaskDelLogoResult",
        "AiAnalysisTaskSegmentResult",
        "AiAnalysisTaskHeadTailResult",
        "AiAnalysisTaskDescriptionResult",
        "AiAnalysisTaskHorizontalToVerticalResult",
        "AiAnalysisTaskDubbingResult",
        "AiAnalysisTaskVideoRemakeResult",
        "AiAnalysisTaskVideoComprehensionResult",
        "AiAnalysisTaskCutoutResult",
        "AiAnalysisTaskReelResult",
        "AiAnalysisTaskGenericResult",
    )

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


_KNOWN = frozenset(AiAnalysisResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisResult:
    """Decode one ``AiAnalysisResult`` wire object: the straight-line decoder of this model."""
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


bind(AiAnalysisResult, _structure)
