"""The reading helpers on DescribeTaskDetailResponse: subtasks, overall progress, failures, outputs."""

from __future__ import annotations

from typing import Any

from tencent_mps.models import DescribeTaskDetailResponse


def _transcode(
    status: str,
    progress: int,
    *,
    err: int = 0,
    ext: str = "",
    message: str = "",
    path: str | None = None,
) -> dict[str, Any]:
    task: dict[str, Any] = {
        "Status": status,
        "Progress": progress,
        "ErrCode": err,
        "ErrCodeExt": ext,
        "Message": message,
    }
    if path:
        task["Output"] = {
            "Path": path,
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "out-1", "Region": "ap-guangzhou"},
            },
        }
    return {"Type": "Transcode", "TranscodeTask": task}


def _response(status: str, *items: dict[str, Any], **workflow: Any) -> DescribeTaskDetailResponse:
    return DescribeTaskDetailResponse.from_dict(
        {
            "TaskType": "WorkflowTask",
            "Status": status,
            "WorkflowTask": {
                "TaskId": "t-1",
                "Status": status,
                "MediaProcessResultSet": list(items),
                **workflow,
            },
        }
    )


def test_example_task_view(example_response: dict[str, Any]) -> None:
    r = DescribeTaskDetailResponse.from_dict(example_response)
    (sub,) = r.subtasks()
    assert (sub.name, sub.kind, sub.status, sub.progress) == (
        "media_process_result_set[0].transcode_task",
        "Transcode",
        "SUCCESS",
        100,
    )
    assert r.overall_progress() == 100
    assert r.failed_subtasks() == []
    (out,) = r.output_files()["media_process_result_set[0].transcode_task"]
    assert (out.storage, out.bucket, out.region) == ("COS", "vodtestgz-235303****", "ap-guangzhou")
    assert (
        str(out)
        == "cos://vodtestgz-235303****/hello/world/what/ever/videoplayback_transcode111_210.m3u8"
    )


def test_progress_is_the_mean_of_the_subtasks() -> None:
    r = _response(
        "PROCESSING",
        _transcode("SUCCESS", 100),
        _transcode("PROCESSING", 40),
        _transcode("WAITING", 0),
    )
    assert [s.percent for s in r.subtasks()] == [100, 40, 0]
    assert r.overall_progress() == 46
    assert _response("WAITING").overall_progress() == 0
    assert _response("FINISH").overall_progress() == 100


def test_failed_subtasks_carry_their_errors() -> None:
    r = _response(
        "FINISH",
        _transcode("SUCCESS", 100, ext="SUCCESS", path="/out/a.mp4"),
        _transcode("FAIL", 100, err=30010, ext="SourceFileError", message="bad source"),
    )
    (failed,) = r.failed_subtasks()
    assert (failed.name, failed.err_code, failed.err_code_ext, failed.message) == (
        "media_process_result_set[1].transcode_task",
        30010,
        "SourceFileError",
        "bad source",
    )
    assert {k: [str(f) for f in v] for k, v in r.output_files().items()} == {
        "media_process_result_set[0].transcode_task": ["cos://out-1/out/a.mp4"]
    }


def test_ai_results_are_subtasks_too() -> None:
    r = _response(
        "PROCESSING",
        AiAnalysisResultSet=[
            {"Type": "Tag", "TagTask": {"Status": "PROCESSING", "ErrCode": 0, "Message": ""}},
            {
                "Type": "Reel",
                "ReelTask": {"Status": "PROCESSING", "ErrCode": 0, "Message": "", "Progress": 30},
            },
        ],
    )
    tag, reel = r.subtasks()
    assert (tag.name, tag.kind, tag.status, tag.percent) == (
        "ai_analysis_result_set[0].tag_task",
        "Tag",
        "PROCESSING",
        0,
    )
    assert (reel.kind, reel.percent) == ("Reel", 30)
    assert r.overall_progress() == 15
