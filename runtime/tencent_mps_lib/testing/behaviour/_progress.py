"""Payloads of a workflow task that moves WAITING -> PROCESSING -> FINISH.

The shapes follow the API doc's example (``WorkflowTask.MediaProcessResultSet`` entries with one
``...Task`` object filled in per subtask ``Type``); the input file, media metadata and output
storage are taken from the example so that every stage is a plausible, schema-valid response.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from ._kinds import RESULT_KEYS
from ._outputs import OUTPUT_BUILDERS, Place
from ._timefmt import iso_time

#: What a failed subtask reports.
FAIL_ERR_CODE = 70000
FAIL_ERR_CODE_EXT = "InternalError"
FAIL_MESSAGE = "Internal error: the subtask failed."

_DEFAULT_STORAGE: dict[str, Any] = {
    "Type": "COS",
    "CosOutputStorage": {"Bucket": "emulator-1250000000", "Region": "ap-guangzhou"},
    "S3OutputStorage": None,
}


class Timeline:
    """Which stage a task is in: 0 = WAITING, 1..steps = PROCESSING, steps + 1 = FINISH."""

    def __init__(self, steps: int, created: float) -> None:
        self.steps = steps
        self.created = created
        self.started: dict[int, float] = {0: created}

    @property
    def last(self) -> int:
        return self.steps + 1

    def progress(self, stage: int) -> int:
        """Percentage that a running subtask shows at ``stage`` (0 while waiting)."""
        return round(100 * min(stage, self.steps) / (self.steps + 1))


def build_stage(
    *,
    task_id: str,
    kinds: Sequence[str],
    failed: frozenset[int],
    stage: int,
    timeline: Timeline,
    example: Mapping[str, Any],
) -> dict[str, Any]:
    """The inner ``Response`` object of the task at ``stage`` (no RequestId)."""
    finished = stage >= timeline.last
    workflow_example: Mapping[str, Any] = example.get("WorkflowTask") or {}
    storage = _storage(example)
    begin = timeline.started.get(1)
    end = timeline.started.get(timeline.last) if finished else None
    response: dict[str, Any] = {
        "TaskType": "WorkflowTask",
        "Status": "FINISH" if finished else ("PROCESSING" if stage >= 1 else "WAITING"),
        "CreateTime": iso_time(timeline.created),
    }
    if begin is not None and stage >= 1:
        response["BeginProcessTime"] = iso_time(begin)
    if end is not None:
        response["FinishTime"] = iso_time(end)
    response["WorkflowTask"] = {
        "TaskId": task_id,
        "Status": "FINISH" if finished else "PROCESSING",
        "ErrCode": 0,
        "Message": "",
        "InputInfo": copy.deepcopy(workflow_example.get("InputInfo")),
        "MetaData": copy.deepcopy(workflow_example.get("MetaData")) if stage >= 1 else None,
        "MediaProcessResultSet": [
            _subtask(kind, i, stage, i in failed, timeline, task_id, storage, example)
            for i, kind in enumerate(kinds)
        ],
        "AiAnalysisResultSet": [],
        "AiRecognitionResultSet": [],
        "AiContentReviewResultSet": [],
        "AiQualityControlTaskResult": None,
    }
    response.update(
        {
            "TaskNotifyConfig": None,
            "EditMediaTask": None,
            "LiveStreamProcessTask": None,
            "ScheduleTask": None,
            "LiveScheduleTask": None,
            "TasksPriority": 0,
            "SessionId": "",
            "SessionContext": "",
            "ExtInfo": "",
        }
    )
    return response


def _storage(example: Mapping[str, Any]) -> dict[str, Any]:
    try:
        found = example["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]["Output"][
            "OutputStorage"
        ]
    except (KeyError, IndexError, TypeError):
        found = None
    return copy.deepcopy(found) if isinstance(found, dict) else copy.deepcopy(_DEFAULT_STORAGE)


def _transcode_example(example: Mapping[str, Any]) -> Mapping[str, Any]:
    try:
        found = example["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]
    except (KeyError, IndexError, TypeError):
        found = None
    return found if isinstance(found, dict) else {}


def _subtask(
    kind: str,
    index: int,
    stage: int,
    fails: bool,
    timeline: Timeline,
    task_id: str,
    storage: dict[str, Any],
    example: Mapping[str, Any],
) -> dict[str, Any]:
    finished = stage >= timeline.last
    base = f"/emulator/{task_id}/{index}"
    entry: dict[str, Any] = {"Type": kind}
    for key in RESULT_KEYS.values():
        entry[key] = None
    result: dict[str, Any] = {
        "Status": "PROCESSING",
        "ErrCode": 0,
        "ErrCodeExt": "",
        "Message": "",
    }
    if finished and fails:
        result.update(
            Status="FAIL", ErrCode=FAIL_ERR_CODE, ErrCodeExt=FAIL_ERR_CODE_EXT, Message=FAIL_MESSAGE
        )
    elif finished:
        result.update(Status="SUCCESS", ErrCodeExt="SUCCESS", Message="SUCCESS")
    output: dict[str, Any] | None = None
    if kind == "Transcode":
        tc = _transcode_example(example)
        result["Progress"] = timeline.progress(stage) if not finished or fails else 100
        result["Input"] = copy.deepcopy(tc.get("Input")) or {"Definition": 210}
        result["Input"]["OutputStorage"] = copy.deepcopy(storage)
        result["Input"]["OutputObjectPath"] = f"{base}/transcode_{{definition}}"
        if "SegmentObjectName" in result["Input"]:
            result["Input"]["SegmentObjectName"] = f"{base}/transcode_{{definition}}_{{number}}"
        if finished and not fails:
            output = copy.deepcopy(tc.get("Output")) or {"Definition": 210}
            output["OutputStorage"] = copy.deepcopy(storage)
            output["Path"] = f"{base}/transcode_{output.get('Definition', 210)}.m3u8"
    else:
        item = dict(_OTHER_KINDS[kind])
        result["Input"] = {
            **item,
            "OutputStorage": copy.deepcopy(storage),
            "OutputObjectPath": f"{base}/{kind.lower()}",
        }
        if stage >= 1 and timeline.started.get(1) is not None:
            result["BeginProcessTime"] = iso_time(timeline.started[1])
        if finished:
            result["FinishTime"] = iso_time(timeline.started[timeline.last])
            if not fails:
                place = Place(storage=storage, directory=f"{base}/", input_name="output")
                output = OUTPUT_BUILDERS[RESULT_KEYS[kind]](item, place)
    result["Output"] = output
    entry[RESULT_KEYS[kind]] = result
    return entry


#: The request item each non-transcode kind of a progressing task stands for.
_OTHER_KINDS: dict[str, dict[str, Any]] = {
    "AnimatedGraphics": {"Definition": 20000, "StartTimeOffset": 0, "EndTimeOffset": 3},
    "SnapshotByTimeOffset": {"Definition": 10, "TimeOffsetSet": [0.0, 10.0]},
    "SampleSnapshot": {"Definition": 10},
    "ImageSprites": {"Definition": 10},
    "AdaptiveDynamicStreaming": {"Definition": 10},
}

#: The subtask kinds (``MediaProcessTaskResult.Type`` values) a progressing task can have.
SUBTASK_KINDS: tuple[str, ...] = tuple(
    k for k in RESULT_KEYS if k == "Transcode" or k in _OTHER_KINDS
)
