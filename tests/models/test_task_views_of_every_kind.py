"""The task view (subtasks, failures, outputs, progress) on the other task kinds: image tasks,
AIGC tasks (their result URLs), batch tasks, and EditMedia tasks inside DescribeTaskDetail."""

from __future__ import annotations

from tencent_mps import models
from tencent_mps_core.resultview import TaskView

COS = {"Type": "COS", "CosOutputStorage": {"Bucket": "out-125", "Region": "ap-guangzhou"}}


def test_the_task_kinds_have_the_view() -> None:
    for name in (
        "DescribeTaskDetailResponse",
        "DescribeImageTaskDetailResponse",
        "DescribeBatchTaskDetailResponse",
        "DescribeAigcVideoTaskResponse",
        "DescribeAigcImageTaskResponse",
        "DescribeAigcAudioTaskResponse",
    ):
        assert issubclass(getattr(models, name), TaskView), name


def test_image_task_outputs_failures_and_progress() -> None:
    task = models.DescribeImageTaskDetailResponse.from_dict(
        {
            "TaskType": "WorkflowTask",
            "Status": "PROCESSING",
            "ImageProcessTaskResultSet": [
                {
                    "Status": "SUCCESS",
                    "ErrMsg": "",
                    "Output": {
                        "Path": "/out/a.jpg",
                        "OutputStorage": COS,
                        "SignedUrl": "https://x",
                    },
                    "Progress": 100,
                },
                {"Status": "FAIL", "ErrMsg": "InvalidParameterValue.FaceNotFound", "Progress": 0},
                {"Status": "PROCESSING", "ErrMsg": "", "Progress": 40},
            ],
        }
    )
    subtasks = task.subtasks()
    assert [s.name for s in subtasks] == [f"image_process_task_result_set[{i}]" for i in range(3)]
    assert [str(f) for f in task.output_files()["image_process_task_result_set[0]"]] == [
        "cos://out-125/out/a.jpg"
    ]
    (failed,) = task.failed_subtasks()
    assert failed.err_code_ext == "InvalidParameterValue.FaceNotFound"
    assert task.overall_progress() == (100 + 100 + 40) // 3


def test_aigc_video_task_gives_its_result_urls() -> None:
    task = models.DescribeAigcVideoTaskResponse.from_dict(
        {"Status": "DONE", "Message": "ok", "VideoUrls": ["https://cdn/a.mp4", "https://cdn/b.mp4"]}
    )
    assert task.overall_progress() == 100
    assert task.failed_subtasks() == []
    assert [str(f) for f in task.output_files()["task"]] == [
        "https://cdn/a.mp4",
        "https://cdn/b.mp4",
    ]


def test_aigc_audio_task_failure_is_a_failed_subtask() -> None:
    task = models.DescribeAigcAudioTaskResponse.from_dict(
        {"Status": "FAIL", "Message": "Invalid model name for music", "AudioInfos": []}
    )
    (failed,) = task.failed_subtasks()
    assert failed.name == "task" and failed.message == "Invalid model name for music"
    assert task.output_files() == {}


def test_aigc_audio_task_outputs_come_from_its_infos() -> None:
    task = models.DescribeAigcAudioTaskResponse.from_dict(
        {"Status": "DONE", "AudioInfos": [{"Url": "https://cdn/song.mp3", "Duration": 30}]}
    )
    assert [str(f) for f in task.output_files()["task"]] == ["https://cdn/song.mp3"]


def test_edit_media_task_output_in_describe_task_detail() -> None:
    task = models.DescribeTaskDetailResponse.from_dict(
        {
            "TaskType": "EditMediaTask",
            "Status": "FINISH",
            "EditMediaTask": {
                "TaskId": "t-1",
                "Status": "FINISH",
                "ErrCode": 0,
                "Message": "",
                "Output": {"OutputStorage": COS, "Path": "/edit/out.mp4"},
            },
        }
    )
    assert [str(f) for f in task.output_files()["edit_media_task"]] == [
        "cos://out-125/edit/out.mp4"
    ]


def test_live_stream_task_error_is_a_failure() -> None:
    task = models.DescribeTaskDetailResponse.from_dict(
        {
            "TaskType": "LiveProcessTask",
            "Status": "FINISH",
            "LiveStreamProcessTask": {
                "TaskId": "t-2",
                "Status": "FINISH",
                "ErrCode": 30010,
                "Message": "stream pull failed",
                "Url": "rtmp://live/stream",
            },
        }
    )
    (failed,) = task.failed_subtasks()
    assert failed.name == "live_stream_process_task" and failed.err_code == 30010
    assert task.output_files() == {}
