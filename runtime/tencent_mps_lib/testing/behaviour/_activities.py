"""The activity results of a ScheduleTask: each activity's ``ActivityPara`` run as ProcessMedia runs
the same subtask (a named hook of the task-kind engine: the ``$activity-results`` expression).

The schedule's activities are spread over the task's running time as ProcessMedia's subtasks
are; each result carries its status, progress, times, its request item as ``Input`` and, once
it has succeeded, the outputs ProcessMedia would write for it (transcodes, snapshots, sprites,
adaptive streams, smart erase, dubbing, quality control). Activities without parameters (input,
output, rules) get an entry with their type only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Final

from .._schema import shape
from ._outputs import OUTPUT_BUILDERS
from ._workflow import _AI_BUILDERS, WorkflowTask, place_of

__all__ = ["activity_results"]

#: ``ActivityPara`` field -> (ProcessMedia subtask: media result field or AI request field,
#: ``ActivityResItem`` field).
PARA_FIELDS: Final[Mapping[str, tuple[str, str]]] = {
    "TranscodeTask": ("TranscodeTask", "TranscodeTask"),
    "AnimatedGraphicTask": ("AnimatedGraphicTask", "AnimatedGraphicTask"),
    "SnapshotByTimeOffsetTask": ("SnapshotByTimeOffsetTask", "SnapshotByTimeOffsetTask"),
    "SampleSnapshotTask": ("SampleSnapshotTask", "SampleSnapshotTask"),
    "ImageSpriteTask": ("ImageSpriteTask", "ImageSpriteTask"),
    "AdaptiveDynamicStreamingTask": (
        "AdaptiveDynamicStreamingTask",
        "AdaptiveDynamicStreamingTask",
    ),
    "AiContentReviewTask": ("AiContentReviewTask", "ReviewTask"),
    "AiAnalysisTask": ("AiAnalysisTask", "AnalysisTask"),
    "AiRecognitionTask": ("AiRecognitionTask", "RecognitionTask"),
    "QualityControlTask": ("AiQualityControlTask", "QualityControlTask"),
    "ExecRulesTask": ("", "ExecRuleTask"),
    "SmartSubtitlesTask": ("SmartSubtitlesTask", "SmartSubtitlesTask"),
    "SmartEraseTask": ("SmartEraseTask", "SmartEraseTask"),
    "AIDubbingTask": ("AIDubbingTask", "AIDubbingTask"),
}


def _para_of(activity: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    para = activity.get("ActivityPara")
    if not isinstance(para, Mapping):
        return None
    for field in PARA_FIELDS:
        item = para.get(field)
        if isinstance(item, Mapping):
            return field, item
    return None


def _output_of(built: Any) -> Any:
    """The ``Output`` of what a ProcessMedia AI builder made: a result, or a list of entries
    each holding one (``{"Type": ..., "PornTask": result}``)."""
    if isinstance(built, list):
        built = built[0] if built else None
    if isinstance(built, dict) and "Output" not in built:
        built = next((v for v in built.values() if isinstance(v, dict) and "Output" in v), None)
    return built.get("Output") if isinstance(built, dict) else None


def activity_results(
    task_id: str,
    request: Mapping[str, Any],
    *,
    created: float,
    duration: float,
    fail: tuple[int, str] | None,
    now: float,
) -> list[dict[str, Any]]:
    """``ActivityResultSet`` at ``now`` of a schedule task started with ``request`` (its
    activities, input and output settings taken from the schedule)."""
    activities = [a for a in request.get("Activities") or () if isinstance(a, Mapping)]
    runs = [_para_of(a) for a in activities]
    timing = WorkflowTask(
        task_id, request={}, created=created, duration=duration, notify=None, fail=fail
    )
    ends = iter(timing._done_times(sum(1 for r in runs if r is not None)))
    place = place_of(request)
    results: list[dict[str, Any]] = []
    for activity, run in zip(activities, runs, strict=True):
        entry: dict[str, Any] = {"ActivityType": activity.get("ActivityType")}
        if run is not None:
            field, item = run
            subtask, result_field = PARA_FIELDS[field]
            state = timing._state(now, next(ends))
            result: dict[str, Any] = {**state, "Input": dict(item), "Output": None}
            if state["Status"] == "SUCCESS":
                if subtask in OUTPUT_BUILDERS:
                    result["Output"] = OUTPUT_BUILDERS[subtask](item, place)
                elif subtask in _AI_BUILDERS:
                    scratch: dict[str, Any] = defaultdict(list)
                    _AI_BUILDERS[subtask](scratch, item, place, state)
                    result["Output"] = _output_of(next(iter(scratch.values()), None))
            entry["ActivityResItem"] = {result_field: result}
        results.append(shape("ActivityResult", entry))
    return results
