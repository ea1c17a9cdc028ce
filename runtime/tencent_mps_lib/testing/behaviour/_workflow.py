"""A task created by ProcessMedia: its timeline, and its DescribeTaskDetail answer at any instant.

Nothing is stored but the (cleaned) request and four numbers: the task is WAITING from its
creation until ``begin``, PROCESSING until ``finish``, then FINISH. Its subtasks all start at
``begin`` and end one after another, the last one at ``finish``; a running subtask reports a
``Progress`` rising with the clock. Responses are built on demand from these, so that a task
costs a few hundred bytes however often it is read.

Media processing subtasks (transcodes, animated graphics, snapshots, sample snapshots, image
sprites, adaptive streaming) end with outputs in the output storage, one result per requested
item; AI kinds end with minimal results of the right types.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from .._schema import fit
from ._kinds import AI_KINDS, MEDIA_KINDS, subtask_label
from ._outputs import METADATA, OUTPUT_BUILDERS, Place, resolve_path
from ._timefmt import iso_time

__all__ = ["NotifyTarget", "Subtask", "WorkflowTask", "subtasks_of"]

#: Share of a task's duration spent WAITING before processing starts.
WAIT_SHARE: Final = 0.1
#: Keys never echoed back in responses or notifications: they are secrets.
SECRET_KEYS: Final = frozenset({"NotifyKey", "S3SecretId", "S3SecretKey"})


@dataclass(frozen=True, slots=True, repr=False)
class NotifyTarget:
    """Where and how to deliver a task's event notifications (``NotifyType`` URL)."""

    url: str
    key: str
    mode: str

    def __repr__(self) -> str:
        return f"NotifyTarget(url={self.url!r}, mode={self.mode!r}, key=<hidden>)"


@dataclass(frozen=True, slots=True)
class Subtask:
    """One requested unit of work: its kind (media ``Type`` value or AI request field), its
    request item, and for media kinds the result field that holds it."""

    kind: str
    item: Mapping[str, Any]
    result_field: str | None


def subtasks_of(request: Mapping[str, Any]) -> list[Subtask]:
    """The subtasks a ProcessMedia request asks for, in the order the service lists them."""
    found: list[Subtask] = []
    media = request.get("MediaProcessTask")
    if isinstance(media, Mapping):
        for set_field, (kind, result_field) in MEDIA_KINDS.items():
            for item in media.get(set_field) or []:
                if isinstance(item, Mapping):
                    found.append(Subtask(kind, item, result_field))
    for request_field in AI_KINDS:
        item = request.get(request_field)
        if isinstance(item, Mapping):
            found.append(Subtask(request_field, item, None))
    return found


class WorkflowTask:
    """A ProcessMedia task; every answer about it is computed from the clock on demand."""

    __slots__ = ("_request", "begin", "created", "fail", "finish", "labels", "notify", "task_id")

    task_type: Final = "WorkflowTask"

    def __init__(
        self,
        task_id: str,
        *,
        request: Mapping[str, Any],
        created: float,
        duration: float,
        notify: NotifyTarget | None,
        fail: tuple[int, str] | None = None,
    ) -> None:
        self.task_id = task_id
        #: (ErrCode, Message) when the task ends failed (``Emulator.fail_next``), else None.
        self.fail = fail
        self.created = created
        self.begin = created + duration * WAIT_SHARE
        self.finish = created + duration
        self.notify = notify
        cleaned = fit("ProcessMediaRequest", request, drop=SECRET_KEYS)
        self._request = json.dumps(cleaned, separators=(",", ":")).encode()
        self.labels = tuple(dict.fromkeys(subtask_label(s.kind) for s in subtasks_of(cleaned)))

    # -- state ---------------------------------------------------------------------------------

    def status(self, now: float) -> str:
        if now >= self.finish:
            return "FINISH"
        return "PROCESSING" if now >= self.begin else "WAITING"

    def has_failed(self, now: float) -> bool:
        return self.fail is not None and now >= self.finish

    def request(self) -> dict[str, Any]:
        """The request as kept (secrets removed, unknown nested fields dropped)."""
        value: dict[str, Any] = json.loads(self._request)
        return value

    def _done_times(self, count: int) -> list[float]:
        """When each of ``count`` subtasks ends: evenly spread, the last one at ``finish``."""
        if count < 1:
            return []
        span = self.finish - self.begin
        return [self.begin + span * (i + 1) / count for i in range(count - 1)] + [self.finish]

    def change_times(self) -> list[float]:
        """When the task or one of its subtasks changes state (NotifyMode ``Change``)."""
        times = [self.begin, *self._done_times(len(subtasks_of(self.request()))), self.finish]
        return sorted(set(times))

    # -- answers -------------------------------------------------------------------------------

    def event(self, at: float) -> dict[str, Any]:
        """The notification of the task's state at ``at``, without Timestamp and Sign."""
        request = self.request()
        return {
            "EventType": self.task_type,
            "WorkflowTaskEvent": fit("WorkflowTask", self.workflow(at, request)),
            "SessionId": request.get("SessionId", ""),
            "SessionContext": request.get("SessionContext", ""),
        }

    def summary(self, now: float) -> dict[str, Any]:
        """The task's ``TaskSimpleInfo`` (what DescribeTasks lists) at ``now``."""
        info: dict[str, Any] = {
            "TaskId": self.task_id,
            "TaskType": self.task_type,
            "CreateTime": iso_time(self.created),
        }
        if now >= self.begin:
            info["BeginProcessTime"] = iso_time(self.begin)
        if now >= self.finish:
            info["FinishTime"] = iso_time(self.finish)
        info["SubTaskTypes"] = list(self.labels)
        return info

    def describe(self, now: float) -> dict[str, Any]:
        """The inner ``Response`` of DescribeTaskDetail at ``now`` (no RequestId)."""
        request = self.request()
        status = self.status(now)
        response: dict[str, Any] = {
            "TaskType": self.task_type,
            "Status": status,
            "CreateTime": iso_time(self.created),
        }
        if now >= self.begin:
            response["BeginProcessTime"] = iso_time(self.begin)
        if now >= self.finish:
            response["FinishTime"] = iso_time(self.finish)
        response["WorkflowTask"] = self.workflow(now, request)
        response.update(
            TaskNotifyConfig=request.get("TaskNotifyConfig"),
            EditMediaTask=None,
            LiveStreamProcessTask=None,
            ScheduleTask=None,
            LiveScheduleTask=None,
            TasksPriority=request.get("TasksPriority", 0),
            SessionId=request.get("SessionId", ""),
            SessionContext=request.get("SessionContext", ""),
            ExtInfo="",
        )
        return fit("DescribeTaskDetailResponse", response)  # type: ignore[no-any-return]

    def workflow(self, now: float, request: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The ``WorkflowTask`` object at ``now``."""
        request = self.request() if request is None else request
        started = now >= self.begin
        subtasks = subtasks_of(request)
        done = self._done_times(len(subtasks))
        place = place_of(request)
        failed = self.fail if now >= self.finish else None
        workflow: dict[str, Any] = {
            "TaskId": self.task_id,
            "Status": "FINISH" if now >= self.finish else "PROCESSING",
            "ErrCode": failed[0] if failed else 0,
            "Message": failed[1] if failed else "",
            "InputInfo": request.get("InputInfo"),
            "MetaData": dict(METADATA) if started else None,
            "MediaProcessResultSet": [],
            "AiAnalysisResultSet": [],
            "AiRecognitionResultSet": [],
            "AiContentReviewResultSet": [],
            "AiQualityControlTaskResult": None,
        }
        for subtask, end in zip(subtasks, done, strict=True):
            state = self._state(now, end)
            if subtask.result_field is not None:
                result = dict(state)
                result["Input"] = dict(subtask.item)
                output = None
                if state["Status"] == "SUCCESS":
                    output = OUTPUT_BUILDERS[subtask.result_field](subtask.item, place)
                result["Output"] = output
                entry: dict[str, Any] = {"Type": subtask.kind}
                entry.update({field: None for _, field in MEDIA_KINDS.values()})
                entry[subtask.result_field] = result
                workflow["MediaProcessResultSet"].append(entry)
            else:
                _AI_BUILDERS[subtask.kind](workflow, subtask.item, place, state)
        return workflow

    def _state(self, now: float, end: float) -> dict[str, Any]:
        """Status, error and progress fields of a subtask ending at ``end``."""
        if now >= end and self.fail is not None:
            code, message = self.fail
            return {
                "Status": "FAIL",
                "ErrCode": code,
                "ErrCodeExt": "FailedOperation",
                "Message": message,
                "Progress": 100,
                "BeginProcessTime": iso_time(self.begin),
                "FinishTime": iso_time(end),
            }
        if now >= end:
            return {
                "Status": "SUCCESS",
                "ErrCode": 0,
                "ErrCodeExt": "SUCCESS",
                "Message": "SUCCESS",
                "Progress": 100,
                "BeginProcessTime": iso_time(self.begin),
                "FinishTime": iso_time(end),
            }
        progress = 0
        if now > self.begin and end > self.begin:
            progress = min(99, int(100 * (now - self.begin) / (end - self.begin)))
        state: dict[str, Any] = {
            "Status": "PROCESSING",
            "ErrCode": 0,
            "ErrCodeExt": "",
            "Message": "",
            "Progress": progress,
        }
        if now >= self.begin:
            state["BeginProcessTime"] = iso_time(self.begin)
        return state


# -- where outputs go -----------------------------------------------------------------------------

#: ``MediaInputInfo.Type`` -> the field holding that kind of input.
INPUT_FIELDS: Final[Mapping[str, str]] = {
    "COS": "CosInputInfo",
    "URL": "UrlInputInfo",
    "AWS-S3": "S3InputInfo",
    "VOD": "VODInputInfo",
}


def _object_of(info: Mapping[str, Any]) -> str:
    kind = info.get("Type")
    detail = info.get(INPUT_FIELDS.get(str(kind), ""))
    if not isinstance(detail, Mapping):
        return ""
    if kind == "URL":
        url = str(detail.get("Url") or "")
        return "/" + url.split("?", 1)[0].split("#", 1)[0].split("://", 1)[-1].partition("/")[2]
    return str(detail.get("S3Object") or detail.get("Object") or detail.get("FileId") or "")


def default_storage(info: Mapping[str, Any]) -> dict[str, Any] | None:
    """The output storage of a task that names none: the input's own bucket, if it has one."""
    kind = info.get("Type")
    detail = info.get(INPUT_FIELDS.get(str(kind), ""))
    if not isinstance(detail, Mapping):
        return None
    if kind == "COS":
        bucket = {"Bucket": detail.get("Bucket"), "Region": detail.get("Region")}
        return {"Type": "COS", "CosOutputStorage": bucket}
    if kind == "AWS-S3":
        bucket = {"S3Bucket": detail.get("S3Bucket"), "S3Region": detail.get("S3Region")}
        return {"Type": "AWS-S3", "S3OutputStorage": bucket}
    if kind == "VOD":
        vod = {k: detail[k] for k in ("Bucket", "Region", "SubAppId") if k in detail}
        return {"Type": "VOD", "VODOutputStorage": vod}
    return None


def place_of(request: Mapping[str, Any]) -> Place:
    """Output storage, directory and input name of a (checked) ProcessMedia request."""
    info = request.get("InputInfo") or {}
    path = _object_of(info)
    name = path.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    directory = request.get("OutputDir") or (path.rsplit("/", 1)[0] + "/" if "/" in path else "/")
    if not directory.startswith("/"):
        directory = "/" + directory
    storage = request.get("OutputStorage") or default_storage(info) or {}
    return Place(storage=storage, directory=directory, input_name=stem or "input")


# -- minimal results of the AI kinds ------------------------------------------------------------

AiBuilder = Callable[[dict[str, Any], Mapping[str, Any], Place, Mapping[str, Any]], None]


def _definition(item: Mapping[str, Any]) -> dict[str, Any]:
    return {"Definition": item.get("Definition", 0)}


def _done(state: Mapping[str, Any]) -> bool:
    return state.get("Status") == "SUCCESS"


def _review(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": _definition(item)}
    result["Output"] = (
        {"Confidence": 0.0, "Suggestion": "pass", "SegmentSet": []} if _done(state) else None
    )
    workflow["AiContentReviewResultSet"].append({"Type": "Porn", "PornTask": result})


def _analysis(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": _definition(item)}
    result["Output"] = {"ClassificationSet": []} if _done(state) else None
    workflow["AiAnalysisResultSet"].append({"Type": "Classification", "ClassificationTask": result})


def _recognition(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": _definition(item)}
    result["Output"] = None
    if _done(state):
        result["Output"] = {
            "SegmentSet": [],
            "SubtitlePath": resolve_path(place, "{inputName}_asrFullText.vtt"),
            "OutputStorage": dict(place.storage),
        }
    workflow["AiRecognitionResultSet"].append(
        {"Type": "AsrFullTextRecognition", "AsrFullTextTask": result}
    )


def _quality(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": dict(item)}
    result["Output"] = None
    if _done(state):
        result["Output"] = {
            "NoAudio": False,
            "NoVideo": False,
            "QualityEvaluationScore": 100,
            "QualityControlResultSet": [],
            "ContainerDiagnoseResultSet": [],
        }
    workflow["AiQualityControlTaskResult"] = result


def _own_storage(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    own = item.get("OutputStorage")
    return dict(own if isinstance(own, Mapping) else place.storage)


def _subtitles(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": dict(item)}
    result["Output"] = None
    if _done(state):
        path = resolve_path(
            place, item.get("OutputObjectPath") or "{inputName}_subtitle.{format}", format="vtt"
        )
        result["Output"] = {
            "SegmentSet": [],
            "Path": path,
            "SubtitlePath": path,
            "OutputStorage": _own_storage(item, place),
        }
    workflow.setdefault("SmartSubtitlesTaskResult", []).append(
        {"Type": "AsrFullTextRecognition", "AsrFullTextTask": result}
    )


def _erase(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": dict(item)}
    result["Output"] = None
    if _done(state):
        path = resolve_path(
            place, item.get("OutputObjectPath") or "{inputName}_erase.{format}", format="mp4"
        )
        result["Output"] = {"Path": path, "OutputStorage": _own_storage(item, place)}
    workflow["SmartEraseTaskResult"] = result


def _dubbing(workflow: dict[str, Any], item: Any, place: Place, state: Any) -> None:
    result = {**state, "Input": dict(item)}
    result["Output"] = None
    if _done(state):
        path = resolve_path(
            place, item.get("OutputObjectPath") or "{inputName}_dubbing.{format}", format="mp4"
        )
        result["Output"] = {"VideoPath": path, "OutputStorage": _own_storage(item, place)}
    workflow["AiDubbingTaskResult"] = result


_AI_BUILDERS: Final[Mapping[str, AiBuilder]] = {
    "AiContentReviewTask": _review,
    "AiAnalysisTask": _analysis,
    "AiRecognitionTask": _recognition,
    "AiQualityControlTask": _quality,
    "SmartSubtitlesTask": _subtitles,
    "SmartEraseTask": _erase,
    "AIDubbingTask": _dubbing,
}
assert set(_AI_BUILDERS) == set(AI_KINDS), "every AI kind needs a builder"
