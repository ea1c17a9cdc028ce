"""ProcessMedia on the emulator: checks, results that mirror the request, progress, sessions."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from tencent_mps.models import DescribeTaskDetailResponse, ProcessMediaRequest
from tencent_mps.testing import Emulator, EmulatorError

from .helpers import FakeClock, RawReply, assert_no_unknown_fields, call, call_action

Factory = Callable[..., Emulator]
START = 1_700_000_000.0
COS_INPUT = {
    "Type": "COS",
    "CosInputInfo": {
        "Bucket": "media-1250000000",
        "Region": "ap-guangzhou",
        "Object": "/movie/201907/WildAnimal.mov",
    },
}
OUT = {"Type": "COS", "CosOutputStorage": {"Bucket": "out-1250000000", "Region": "ap-shanghai"}}
OTHER = {"Type": "COS", "CosOutputStorage": {"Bucket": "other-1250000000", "Region": "ap-beijing"}}
EVERY_MEDIA_KIND = {
    "TranscodeTaskSet": [
        {"Definition": 100010},
        {
            "Definition": 100020,
            "OutputStorage": OTHER,
            "OutputObjectPath": "hd/{inputName}_{definition}.{format}",
            "RawParameter": {"Container": "hls"},
        },
    ],
    "AnimatedGraphicTaskSet": [{"Definition": 20000, "StartTimeOffset": 1.5, "EndTimeOffset": 4}],
    "SnapshotByTimeOffsetTaskSet": [{"Definition": 10, "ExtTimeOffsetSet": ["1s", "3.5s", "50%"]}],
    "SampleSnapshotTaskSet": [{"Definition": 10}],
    "ImageSpriteTaskSet": [{"Definition": 10}],
    "AdaptiveDynamicStreamingTaskSet": [{"Definition": 10}],
}
AI_KINDS = {
    "AiContentReviewTask": {"Definition": 10},
    "AiAnalysisTask": {"Definition": 20},
    "AiRecognitionTask": {"Definition": 30},
    "AiQualityControlTask": {"Definition": 40},
    "SmartSubtitlesTask": {"Definition": 50},
    "SmartEraseTask": {"Definition": 60},
    "AIDubbingTask": {"Definition": 70},
}


def request(**extra: Any) -> dict[str, Any]:
    return {
        "InputInfo": copy.deepcopy(COS_INPUT),
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
        **extra,
    }


class Timed:
    """An emulator on a fake clock, and signed calls at that clock's time."""

    def __init__(self, factory: Factory, **kwargs: Any) -> None:
        self.clock = FakeClock(START)
        kwargs.setdefault("task_duration", 10.0)
        self.emu = factory(clock=self.clock, **kwargs)

    def call(self, action: str, params: Any) -> RawReply:
        return call_action(self.emu, action, params, timestamp=int(self.clock()))

    def submit(self, params: dict[str, Any]) -> str:
        reply = self.call("ProcessMedia", params)
        assert reply.error_code is None, reply.response
        task_id = reply.response["TaskId"]
        assert isinstance(task_id, str)
        return task_id

    def detail(self, task_id: str) -> dict[str, Any]:
        reply = call(self.emu, task_id, timestamp=int(self.clock()))
        assert reply.error_code is None, reply.response
        return reply.response


@pytest.fixture
def timed(emulator_factory: Factory) -> Timed:
    return Timed(emulator_factory)


@pytest.fixture
def validator(schema: dict[str, Any]) -> Callable[[str, Any], None]:
    """Check a document against one type of the project's JSON Schema."""

    def check(type_name: str, document: Any) -> None:
        jsonschema.Draft202012Validator(
            {"$ref": f"#/$defs/{type_name}", "$defs": schema["$defs"]}
        ).validate(document)

    return check


def decode(response: dict[str, Any]) -> DescribeTaskDetailResponse:
    model = DescribeTaskDetailResponse.from_dict(response)
    assert_no_unknown_fields(model)
    return model


def test_answers_a_task_id_and_serves_the_task(timed: Timed) -> None:
    reply = timed.call("ProcessMedia", request())
    assert set(reply.response) == {"TaskId", "RequestId"}
    task_id = reply.response["TaskId"]
    assert "-WorkflowTask-" in task_id
    detail = timed.detail(task_id)
    assert detail["TaskType"] == "WorkflowTask"
    assert detail["WorkflowTask"]["TaskId"] == task_id
    assert detail["WorkflowTask"]["InputInfo"] == COS_INPUT
    assert task_id in timed.emu.task_ids


def test_results_mirror_every_media_kind(
    timed: Timed, validator: Callable[[str, Any], None]
) -> None:
    task_id = timed.submit(
        request(OutputStorage=OUT, OutputDir="/out/", MediaProcessTask=EVERY_MEDIA_KIND)
    )
    timed.clock.advance(10)
    detail = timed.detail(task_id)
    validator("DescribeTaskDetailResponse", detail)
    results = decode(detail).workflow_task.media_process_result_set  # type: ignore[union-attr]
    assert results is not None
    assert [r.type for r in results] == [
        "Transcode",
        "Transcode",
        "AnimatedGraphics",
        "SnapshotByTimeOffset",
        "SampleSnapshot",
        "ImageSprites",
        "AdaptiveDynamicStreaming",
    ]
    first, second = results[0].transcode_task, results[1].transcode_task
    assert first is not None and second is not None
    assert first.status == "SUCCESS" and first.progress == 100 and first.err_code == 0
    assert first.input.definition == 100010  # type: ignore[union-attr]
    assert first.output.path == "/out/WildAnimal_transcode_100010.mp4"  # type: ignore[union-attr]
    assert first.output.output_storage.to_dict() == OUT  # type: ignore[union-attr]
    assert first.output.definition == 100010  # type: ignore[union-attr]
    # its own storage and path template, with the container it asked for
    assert second.output.path == "/out/hd/WildAnimal_100020.m3u8"  # type: ignore[union-attr]
    assert second.output.output_storage.to_dict() == OTHER  # type: ignore[union-attr]
    animated = results[2].animated_graphic_task
    assert animated is not None and animated.output is not None
    assert animated.output.path == "/out/WildAnimal_animatedGraphic_20000.gif"
    assert (animated.output.start_time_offset, animated.output.end_time_offset) == (1.5, 4)
    snapshots = results[3].snapshot_by_time_offset_task
    assert snapshots is not None and snapshots.output is not None
    pictures = snapshots.output.pic_info_set or []
    assert [p.path for p in pictures] == [
        f"/out/WildAnimal_snapshotByTimeOffset_10_{n}.jpg" for n in range(3)
    ]
    assert [p.time_offset for p in pictures][:2] == [1.0, 3.5]
    samples = results[4].sample_snapshot_task
    assert samples is not None and samples.output is not None
    assert samples.output.image_path_set and samples.output.storage.to_dict() == OUT  # type: ignore[union-attr]
    sprites = results[5].image_sprite_task
    assert sprites is not None and sprites.output is not None
    assert sprites.output.web_vtt_path == "/out/WildAnimal_imageSprite_10.vtt"
    assert sprites.output.image_path_set == ["/out/WildAnimal_imageSprite_10_0.jpg"]
    adaptive = results[6].adaptive_dynamic_streaming_task
    assert adaptive is not None and adaptive.output is not None
    assert adaptive.output.path == "/out/WildAnimal_adaptiveDynamicStreaming_10.m3u8"
    # the SDK's flat view sees every output file
    outputs = [str(f) for files in decode(detail).output_files().values() for f in files]
    assert "cos://out-1250000000/out/WildAnimal_transcode_100010.mp4" in outputs


def test_outputs_default_to_the_input_bucket_and_directory(timed: Timed) -> None:
    task_id = timed.submit(request())
    timed.clock.advance(10)
    transcode = timed.detail(task_id)["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]
    assert transcode["Output"]["Path"] == "/movie/201907/WildAnimal_transcode_100010.mp4"
    assert transcode["Output"]["OutputStorage"] == {
        "Type": "COS",
        "CosOutputStorage": {"Bucket": "media-1250000000", "Region": "ap-guangzhou"},
    }


def test_ai_kinds_finish_with_minimal_results(
    timed: Timed, validator: Callable[[str, Any], None]
) -> None:
    task_id = timed.submit(request(MediaProcessTask=None, OutputStorage=OUT, **AI_KINDS))
    timed.clock.advance(5)
    running = timed.detail(task_id)
    validator("DescribeTaskDetailResponse", running)
    decode(running)
    timed.clock.advance(5)
    detail = timed.detail(task_id)
    validator("DescribeTaskDetailResponse", detail)
    workflow = decode(detail).workflow_task
    assert workflow is not None
    review = workflow.ai_content_review_result_set or []
    assert review[0].porn_task.status == "SUCCESS"  # type: ignore[union-attr]
    analysis = workflow.ai_analysis_result_set or []
    assert analysis[0].classification_task.input.definition == 20  # type: ignore[union-attr]
    recognition = workflow.ai_recognition_result_set or []
    assert recognition[0].asr_full_text_task.output.subtitle_path  # type: ignore[union-attr]
    assert workflow.ai_quality_control_task_result.status == "SUCCESS"  # type: ignore[union-attr]
    subtitles = workflow.smart_subtitles_task_result or []
    assert subtitles[0].asr_full_text_task.output.subtitle_path.endswith(".vtt")  # type: ignore[union-attr]
    assert workflow.smart_erase_task_result.output.path  # type: ignore[union-attr]
    assert workflow.ai_dubbing_task_result.output.video_path  # type: ignore[union-attr]
    assert all(s.status == "SUCCESS" for s in decode(detail).subtasks())


def test_progress_over_task_duration(timed: Timed, validator: Callable[[str, Any], None]) -> None:
    task_id = timed.submit(
        request(MediaProcessTask={"TranscodeTaskSet": [{"Definition": 10}, {"Definition": 20}]})
    )
    seen: list[tuple[str, list[int], list[str]]] = []
    for _ in range(12):
        detail = timed.detail(task_id)
        validator("DescribeTaskDetailResponse", detail)
        decode(detail)
        tasks = [r["TranscodeTask"] for r in detail["WorkflowTask"]["MediaProcessResultSet"]]
        seen.append(
            (detail["Status"], [t["Progress"] for t in tasks], [t["Status"] for t in tasks])
        )
        timed.clock.advance(1)
    statuses = [s[0] for s in seen]
    assert statuses == ["WAITING"] + ["PROCESSING"] * 9 + ["FINISH"] * 2
    first = [s[1][0] for s in seen]
    assert first == sorted(first) and first[0] == 0 and first[-1] == 100
    assert 0 < first[3] < 100
    # the first subtask ends halfway through processing, the second at the end
    assert seen[6][2] == ["SUCCESS", "PROCESSING"]
    assert seen[10][2] == ["SUCCESS", "SUCCESS"]
    detail = timed.detail(task_id)
    assert (detail["CreateTime"], detail["BeginProcessTime"], detail["FinishTime"]) == (
        "2023-11-14T22:13:20Z",
        "2023-11-14T22:13:21Z",
        "2023-11-14T22:13:30Z",
    )
    assert detail["WorkflowTask"]["Status"] == "FINISH"


def test_polls_do_not_move_a_task(timed: Timed) -> None:
    task_id = timed.submit(request())
    assert {timed.detail(task_id)["Status"] for _ in range(5)} == {"WAITING"}


def _seconds(text: str) -> int:
    from tencent_mps_lib.testing.behaviour._timefmt import parse_iso

    moment = parse_iso(text)
    assert moment is not None
    return int(moment - START)


def _run(emulator_factory: Factory, seed: int) -> tuple[list[str], list[int]]:
    """TaskIds and durations (whole seconds) of six tasks drawn with ``seed``."""
    clock = FakeClock(START)
    emu = emulator_factory(clock=clock, task_duration=(1, 20), seed=seed)
    ids = [emu.process_media(request()) for _ in range(6)]
    clock.advance(30)
    durations = []
    for task_id in ids:
        detail = call(emu, task_id, timestamp=int(clock())).response
        assert detail["Status"] == "FINISH"
        durations.append(_seconds(detail["FinishTime"]) - _seconds(detail["CreateTime"]))
    return ids, durations


def test_durations_drawn_between_bounds_are_reproducible(emulator_factory: Factory) -> None:
    ids_a, durations_a = _run(emulator_factory, 7)
    ids_b, durations_b = _run(emulator_factory, 7)
    ids_c, durations_c = _run(emulator_factory, 8)
    assert all(1 <= d <= 20 for d in durations_a)
    assert len(set(durations_a)) > 1  # drawn, not fixed
    assert (ids_a, durations_a) == (ids_b, durations_b)  # same seed, same tasks
    assert ids_c != ids_a and durations_c != durations_a


@pytest.mark.parametrize("bad", [-1, (5, 1), (1,), "10", (0, float("inf")), float("nan"), True])
def test_bad_task_durations(bad: Any) -> None:
    with pytest.raises(ValueError):
        Emulator(task_duration=bad)


def test_session_id_deduplication(timed: Timed) -> None:
    first = timed.submit(request(SessionId="job-42"))
    again = timed.call("ProcessMedia", request(SessionId="job-42"))
    assert again.error_code == "InvalidParameterValue.SessionId"
    assert first in again.response["Error"]["Message"]
    assert timed.emu.task_count == 2  # the example and the first task
    timed.submit(request(SessionId="job-43"))  # another session is fine
    timed.submit(request(SessionId=""))  # an empty one never deduplicates
    timed.submit(request(SessionId=""))
    timed.clock.advance(3 * 24 * 3600 - 1)
    assert timed.call("ProcessMedia", request(SessionId="job-42")).error_code == (
        "InvalidParameterValue.SessionId"
    )
    timed.clock.advance(2)  # three days after the first task was created
    timed.submit(request(SessionId="job-42"))


def test_a_refused_request_does_not_take_its_session(timed: Timed) -> None:
    refused = timed.call("ProcessMedia", request(SessionId="job-1", OutputDir="no-slashes"))
    assert refused.error_code == "InvalidParameterValue"
    timed.submit(request(SessionId="job-1"))


def test_session_and_notification_settings_are_echoed(timed: Timed) -> None:
    config = {
        "NotifyType": "URL",
        "NotifyUrl": "http://127.0.0.1:9/never",
        "NotifyMode": "Change",
        "NotifyKey": "secret-notify-key",
    }
    task_id = timed.submit(
        request(
            SessionId="s-1",
            SessionContext="ctx",
            TasksPriority=-3,
            TaskNotifyConfig=config,
            InputInfo={
                "Type": "AWS-S3",
                "S3InputInfo": {
                    "S3Bucket": "bucket",
                    "S3Region": "us-east-1",
                    "S3Object": "/v/clip.mp4",
                    "S3SecretId": "AKIDs3",
                    "S3SecretKey": "s3-secret",
                },
            },
        )
    )
    detail = timed.detail(task_id)
    assert (detail["SessionId"], detail["SessionContext"], detail["TasksPriority"]) == (
        "s-1",
        "ctx",
        -3,
    )
    assert detail["TaskNotifyConfig"] == {k: v for k, v in config.items() if k != "NotifyKey"}
    text = repr(detail)
    assert "secret-notify-key" not in text and "s3-secret" not in text and "AKIDs3" not in text
    timed.clock.advance(10)
    transcode = timed.detail(task_id)["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]
    assert transcode["Output"]["OutputStorage"] == {
        "Type": "AWS-S3",
        "S3OutputStorage": {"S3Bucket": "bucket", "S3Region": "us-east-1"},
    }
    assert transcode["Output"]["Path"] == "/v/clip_transcode_100010.mp4"


@pytest.mark.parametrize(
    ("changes", "code", "names"),
    [
        ({"InputInfo": {"Type": "FTP"}}, "InvalidParameterValue.InputInfo", "InputInfo.Type"),
        ({"InputInfo": {"Type": "URL"}}, "MissingParameter", "InputInfo.UrlInputInfo"),
        (
            {"InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "ftp://x/y.mp4"}}},
            "InvalidParameterValue.InputInfo",
            "InputInfo.UrlInputInfo.Url",
        ),
        (
            {"InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://x/y.mp4"}}},
            "MissingParameter",
            "OutputStorage",
        ),
        ({"OutputStorage": {"Type": "COS"}}, "MissingParameter", "OutputStorage.CosOutputStorage"),
        ({"OutputStorage": {"Type": "Disk"}}, "InvalidParameterValue", "OutputStorage.Type"),
        ({"OutputDir": "out/"}, "InvalidParameterValue", "OutputDir"),
        ({"OutputDir": "/out"}, "InvalidParameterValue", "OutputDir"),
        ({"TasksPriority": 11}, "InvalidParameterValue", "TasksPriority"),
        ({"TasksPriority": -11}, "InvalidParameterValue", "TasksPriority"),
        ({"SessionId": "x" * 51}, "InvalidParameterValue.SessionIdTooLong", "SessionId"),
        (
            {"SessionContext": "x" * 1001},
            "InvalidParameterValue.SessionContextTooLong",
            "SessionContext",
        ),
        ({"TaskType": "Later"}, "InvalidParameterValue", "TaskType"),
        (
            {"TaskNotifyConfig": {"NotifyType": "URL"}},
            "InvalidParameterValue",
            "TaskNotifyConfig.NotifyUrl",
        ),
        (
            {"TaskNotifyConfig": {"NotifyType": "URL", "NotifyUrl": "not a url"}},
            "InvalidParameterValue",
            "TaskNotifyConfig.NotifyUrl",
        ),
        (
            {"TaskNotifyConfig": {"NotifyType": "Pigeon"}},
            "InvalidParameterValue",
            "TaskNotifyConfig.NotifyType",
        ),
        (
            {
                "TaskNotifyConfig": {
                    "NotifyType": "URL",
                    "NotifyUrl": "http://h/",
                    "NotifyMode": "All",
                }
            },
            "InvalidParameterValue",
            "TaskNotifyConfig.NotifyMode",
        ),
        ({"MediaProcessTask": {}}, "InvalidParameterValue", "names no task"),
        (
            {"MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 0}]}},
            "InvalidParameterValue.Definition",
            "MediaProcessTask.TranscodeTaskSet[0].Definition",
        ),
        (
            {
                "MediaProcessTask": {
                    "AnimatedGraphicTaskSet": [
                        {"Definition": 1, "StartTimeOffset": 5, "EndTimeOffset": 2}
                    ]
                }
            },
            "InvalidParameterValue",
            "AnimatedGraphicTaskSet[0].EndTimeOffset",
        ),
    ],
)
def test_service_checks(timed: Timed, changes: dict[str, Any], code: str, names: str) -> None:
    reply = timed.call("ProcessMedia", {**request(), **changes})
    assert reply.error_code == code, reply.response
    assert names in reply.response["Error"]["Message"]
    assert timed.emu.task_count == 1  # only the example


def test_a_schedule_alone_is_a_schedule_task(timed: Timed) -> None:
    """ProcessMedia with a ScheduleId runs that schedule: a ScheduleTask with its activities;
    a schedule that does not exist is refused."""
    refused = timed.call("ProcessMedia", request(MediaProcessTask=None, ScheduleId=1234))
    assert refused.error_code == "ResourceNotFound", refused.response
    activities = [{"ActivityType": "input"}, {"ActivityType": "output"}]
    trigger = {
        "Type": "CosFileUpload",
        "CosFileUploadTrigger": {"Bucket": "b-125", "Region": "ap-guangzhou"},
    }
    made = timed.call(
        "CreateSchedule", {"ScheduleName": "s", "Trigger": trigger, "Activities": activities}
    )
    schedule_id = made.response["ScheduleId"]
    task_id = timed.submit(request(MediaProcessTask=None, ScheduleId=schedule_id))
    assert "-ScheduleTask-" in task_id
    timed.clock.advance(10)
    detail = timed.detail(task_id)
    assert (detail["TaskType"], detail["Status"]) == ("ScheduleTask", "FINISH")
    task = detail["ScheduleTask"]
    assert [a["ActivityType"] for a in task["ActivityResultSet"]] == ["input", "output"]
    assert (
        task["InputInfo"]["CosInputInfo"]["Object"]
        == request()["InputInfo"]["CosInputInfo"]["Object"]
    )


def test_in_process_submission_checks_as_a_call_does(emulator_factory: Factory) -> None:
    emu = emulator_factory()
    model = ProcessMediaRequest.from_dict(request())
    task_id = emu.process_media(model, task_id="1250000000-WorkflowTask-mine")
    assert task_id == "1250000000-WorkflowTask-mine"
    with pytest.raises(EmulatorError) as info:
        emu.process_media(request(MediaProcessTask={"TranscodeTaskSet": [{}]}))
    assert info.value.code == "MissingParameter"
    assert "MediaProcessTask.TranscodeTaskSet[0].Definition" in info.value.message


@pytest.mark.mps_emulator(task_duration=0, seed=1)
def test_the_fixture_takes_task_duration_and_seed(mps_emulator: Emulator) -> None:
    task_id = call_action(mps_emulator, "ProcessMedia", request()).response["TaskId"]
    assert call(mps_emulator, task_id).response["Status"] == "FINISH"
    with Emulator(task_duration=0, seed=1) as other:
        again = call_action(other, "ProcessMedia", request()).response["TaskId"]
    assert again == task_id  # the seed makes TaskIds reproducible too
