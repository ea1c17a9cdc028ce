"""The kinds of subtask a workflow task has, and the fields that hold them, request and response.

Media processing kinds are read from the generated package: each ``<Kind>TaskSet`` list of
``MediaProcessTaskInput`` has a ``<Kind>Task`` result field in ``MediaProcessTaskResult``, whose
``Type`` value (``tencent_mps.enums.MediaProcessTaskType``) starts with ``<Kind>``. The AI kinds
and the names DescribeTasks lists in ``SubTaskTypes`` (the activity names of
``tencent_mps.enums.ActivityActivityType``) are tabled here and checked against the schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from tencent_mps.enums import ActivityActivityType, MediaProcessTaskType

from .._schema import model_class, wire_fields

__all__ = [
    "AI_KINDS",
    "MEDIA_KINDS",
    "RESULT_KEYS",
    "subtask_label",
    "subtask_types_of",
]


def _media_kinds() -> dict[str, tuple[str, str]]:
    results = wire_fields("MediaProcessTaskResult")
    values = [member.value for member in MediaProcessTaskType]
    table: dict[str, tuple[str, str]] = {}
    for set_field in model_class("MediaProcessTaskInput").WIRE_NAMES.values():
        result_field = set_field.removesuffix("Set")
        if result_field not in results:
            continue
        stem = result_field.removesuffix("Task")
        matches = sorted((v for v in values if v.startswith(stem)), key=len)
        if matches:
            table[set_field] = (matches[0], result_field)
    return table


#: ``MediaProcessTaskInput`` list field -> (``MediaProcessTaskResult.Type`` value, result field).
MEDIA_KINDS: Final[Mapping[str, tuple[str, str]]] = _media_kinds()
#: ``MediaProcessTaskResult.Type`` value -> the field holding that subtask's result.
RESULT_KEYS: Final[Mapping[str, str]] = {kind: field for kind, field in MEDIA_KINDS.values()}

#: ``ProcessMediaRequest`` field of an AI kind -> the ``WorkflowTask`` field of its results.
AI_KINDS: Final[Mapping[str, str]] = {
    "AiContentReviewTask": "AiContentReviewResultSet",
    "AiAnalysisTask": "AiAnalysisResultSet",
    "AiRecognitionTask": "AiRecognitionResultSet",
    "AiQualityControlTask": "AiQualityControlTaskResult",
    "SmartSubtitlesTask": "SmartSubtitlesTaskResult",
    "SmartEraseTask": "SmartEraseTaskResult",
    "AIDubbingTask": "AiDubbingTaskResult",
}

_A = ActivityActivityType
#: Subtask kind (media ``Type`` value or AI request field) -> its name in ``SubTaskTypes``.
_LABELS: Final[Mapping[str, str]] = {
    "Transcode": _A.ACTION_TRANS,
    "AnimatedGraphics": _A.ACTION_ANIMATED_GRAPHICS,
    "SnapshotByTimeOffset": _A.ACTION_SNAPSHOT_BY_TIME_OFFSET,
    "SampleSnapshot": _A.ACTION_SAMPLESNAPSHOT,
    "ImageSprites": _A.ACTION_IMAGE_SPRITE,
    "AdaptiveDynamicStreaming": _A.ACTION_ADAPTIVE_SUBSTREAM,
    "AiContentReviewTask": _A.ACTION_AI_REVIEW,
    "AiAnalysisTask": _A.ACTION_AI_ANALYSIS,
    "AiRecognitionTask": _A.ACTION_AI_RECOGNITION,
    "AiQualityControlTask": _A.ACTION_AI_QUALITY_CONTROL,
    "SmartSubtitlesTask": _A.ACTION_SMART_SUBTITLES,
    "SmartEraseTask": _A.ACTION_SMART_ERASE,
    "AIDubbingTask": "action-AIDubbing",  # no documented activity name
}


def _check_tables() -> None:
    request = wire_fields("ProcessMediaRequest")
    workflow = wire_fields("WorkflowTask")
    for request_field, workflow_field in AI_KINDS.items():
        if request_field not in request or workflow_field not in workflow:
            raise RuntimeError(f"the schema lost {request_field} -> {workflow_field}")


_check_tables()


def subtask_label(kind: str) -> str:
    """The ``SubTaskTypes`` name of a subtask kind (a media Type value or an AI request field)."""
    return str(_LABELS.get(kind, kind))


def subtask_types_of(response: Mapping[str, Any]) -> list[str]:
    """``SubTaskTypes`` of a task's DescribeTaskDetail response (workflow tasks; else empty)."""
    workflow = response.get("WorkflowTask")
    if not isinstance(workflow, Mapping):
        return []
    labels: list[str] = []
    for entry in workflow.get("MediaProcessResultSet") or []:
        if isinstance(entry, Mapping) and isinstance(entry.get("Type"), str):
            labels.append(subtask_label(entry["Type"]))
    for request_field, workflow_field in AI_KINDS.items():
        if workflow.get(workflow_field):
            labels.append(subtask_label(request_field))
    return list(dict.fromkeys(labels))
