"""The official SDK's MpsClient, pointed at the emulator, sees the service's answers."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.mps.v20190612 import models

from tencent_mps.testing import Emulator

from .conftest import describe_request, official_client
from .helpers import FakeClock

EXAMPLE_ID = Emulator.EXAMPLE_TASK_ID
Factory = Callable[..., Emulator]


def sdk_error(client: object, task_id: str = EXAMPLE_ID) -> TencentCloudSDKException:
    with pytest.raises(TencentCloudSDKException) as info:
        client.DescribeTaskDetail(describe_request(task_id))  # type: ignore[attr-defined]
    return info.value


def test_gets_the_example_task(mps_emulator: Emulator) -> None:
    resp = official_client(mps_emulator).DescribeTaskDetail(describe_request(EXAMPLE_ID))
    assert resp.TaskType == "WorkflowTask"
    assert resp.Status == "FINISH"
    assert resp.CreateTime == "2019-07-16T06:21:27Z"
    assert resp.WorkflowTask.TaskId == EXAMPLE_ID
    transcode = resp.WorkflowTask.MediaProcessResultSet[0].TranscodeTask
    assert transcode.Status == "SUCCESS"
    assert transcode.Progress == 100
    assert transcode.Output.Path == "/hello/world/what/ever/videoplayback_transcode111_210.m3u8"
    assert resp.WorkflowTask.MetaData.Width == 480
    # each answer carries a fresh RequestId, not the doc's
    assert resp.RequestId and resp.RequestId != "04db7d25-f590-414a-a341-8f1584f15f84"
    (call,) = mps_emulator.calls
    assert (call.action, call.task_id, call.outcome) == ("DescribeTaskDetail", EXAMPLE_ID, "ok")
    assert call.request_id == resp.RequestId


def test_wrong_key_is_a_signature_failure(mps_emulator: Emulator) -> None:
    err = sdk_error(official_client(mps_emulator, secret_key="not-the-key"))
    assert err.get_code() == "AuthFailure.SignatureFailure"
    assert err.get_request_id()


def test_unknown_secret_id(mps_emulator: Emulator) -> None:
    err = sdk_error(official_client(mps_emulator, secret_id="AKIDunknown000000000000000000000000"))
    assert err.get_code() == "AuthFailure.SecretIdNotFound"


def test_expired_timestamp(emulator_factory: Factory) -> None:
    emu = emulator_factory(clock=FakeClock(time.time() + 3600))  # the service's clock runs ahead
    err = sdk_error(official_client(emu))
    assert err.get_code() == "AuthFailure.SignatureExpire"


def test_unknown_task_is_resource_not_found(mps_emulator: Emulator) -> None:
    err = sdk_error(official_client(mps_emulator), "1250000000-WorkflowTask-doesnotexist")
    assert err.get_code() == "ResourceNotFound"
    assert "1250000000-WorkflowTask-doesnotexist" in err.get_message()


def test_action_the_schema_lacks_is_invalid(mps_emulator: Emulator) -> None:
    client = official_client(mps_emulator)
    with pytest.raises(TencentCloudSDKException) as info:
        client.call("DescribeNoSuchThing", {"Status": "FINISH"})
    assert info.value.get_code() == "InvalidAction"


def test_missing_task_id(mps_emulator: Emulator) -> None:
    client = official_client(mps_emulator)
    with pytest.raises(TencentCloudSDKException) as info:
        client.call("DescribeTaskDetail", {})
    assert info.value.get_code() == "MissingParameter"
    assert "TaskId" in info.value.get_message()


def test_rate_limit(emulator_factory: Factory) -> None:
    clock = FakeClock()  # frozen: all five calls fall in the same second
    emu = emulator_factory(rate_limit=3, clock=clock)
    client = official_client(emu)
    codes: list[str] = []
    for _ in range(5):
        try:
            client.DescribeTaskDetail(describe_request(EXAMPLE_ID))
            codes.append("ok")
        except TencentCloudSDKException as exc:
            codes.append(exc.get_code())
    assert codes == ["ok", "ok", "ok", "RequestLimitExceeded", "RequestLimitExceeded"]
    clock.advance(1.0)
    assert client.DescribeTaskDetail(describe_request(EXAMPLE_ID)).Status == "FINISH"


def test_temporary_credentials_need_their_token(emulator_factory: Factory) -> None:
    from tencent_mps_core.credentials import Credentials

    emu = emulator_factory(
        credentials=Credentials("AKIDtemporary0000000000000000000000", "tmp-key", "tok-1")
    )
    ok = official_client(emu, "AKIDtemporary0000000000000000000000", "tmp-key", "tok-1")
    assert ok.DescribeTaskDetail(describe_request(EXAMPLE_ID)).Status == "FINISH"
    wrong = official_client(emu, "AKIDtemporary0000000000000000000000", "tmp-key", "tok-2")
    assert sdk_error(wrong).get_code() == "AuthFailure.TokenFailure"
    assert all(
        "X-TC-Token" not in c.headers and "Authorization" not in c.headers for c in emu.calls
    )


def test_progressing_task_over_polls(mps_emulator: Emulator) -> None:
    task_id = mps_emulator.add_progressing_task(subtasks=2)
    client = official_client(mps_emulator)
    seen: list[tuple[str, str, list[int]]] = []
    for _ in range(7):
        resp = client.DescribeTaskDetail(describe_request(task_id))
        progress = [r.TranscodeTask.Progress for r in resp.WorkflowTask.MediaProcessResultSet]
        seen.append((resp.Status, resp.WorkflowTask.Status, progress))
    assert [s[0] for s in seen] == ["WAITING"] + ["PROCESSING"] * 4 + ["FINISH"] * 2
    assert [s[1] for s in seen] == ["PROCESSING"] * 5 + ["FINISH"] * 2
    assert [s[2][0] for s in seen] == [0, 20, 40, 60, 80, 100, 100]
    final = client.DescribeTaskDetail(describe_request(task_id))
    results = [r.TranscodeTask for r in final.WorkflowTask.MediaProcessResultSet]
    assert [r.Status for r in results] == ["SUCCESS", "SUCCESS"]
    assert [r.ErrCode for r in results] == [0, 0]
    assert results[0].Output.Path != results[1].Output.Path
    assert all(r.Output.Path.endswith(".m3u8") for r in results)
    assert final.BeginProcessTime and final.FinishTime


def test_progressing_task_with_a_failed_subtask(mps_emulator: Emulator) -> None:
    task_id = mps_emulator.add_progressing_task(subtasks=3, fail_subtasks=[1], steps=1)
    client = official_client(mps_emulator)
    statuses = [client.DescribeTaskDetail(describe_request(task_id)).Status for _ in range(2)]
    assert statuses == ["WAITING", "PROCESSING"]
    final = client.DescribeTaskDetail(describe_request(task_id))
    assert final.Status == "FINISH"
    results = [r.TranscodeTask for r in final.WorkflowTask.MediaProcessResultSet]
    assert [r.Status for r in results] == ["SUCCESS", "FAIL", "SUCCESS"]
    failed = results[1]
    assert failed.ErrCode != 0 and failed.ErrCodeExt and failed.Message
    assert failed.Output is None
    assert failed.Progress < 100


def _official_process_media_request(**extra: object) -> models.ProcessMediaRequest:
    request = models.ProcessMediaRequest()
    request.from_json_string(
        json.dumps(
            {
                "InputInfo": {
                    "Type": "COS",
                    "CosInputInfo": {
                        "Bucket": "TopRankVideo-125xxx88",
                        "Region": "ap-chongqing",
                        "Object": "/movie/201907/WildAnimal.mov",
                    },
                },
                "OutputDir": "/out/",
                "MediaProcessTask": {
                    "TranscodeTaskSet": [{"Definition": 30}, {"Definition": 20}],
                    "ImageSpriteTaskSet": [{"Definition": 10}],
                },
                **extra,
            }
        )
    )
    return request


def test_official_process_media_and_describe_tasks(emulator_factory: Factory) -> None:
    clock = FakeClock(time.time())
    emu = emulator_factory(clock=clock, task_duration=8)
    client = official_client(emu)
    created = client.ProcessMedia(_official_process_media_request(SessionId="sdk-1"))
    assert created.TaskId and created.RequestId
    waiting = models.DescribeTasksRequest()
    waiting.Status = "WAITING"
    page = client.DescribeTasks(waiting)
    assert [t.TaskId for t in page.TaskSet] == [created.TaskId]
    assert page.TotalCount == 1 and page.ScrollToken == ""
    assert page.TaskSet[0].SubTaskTypes == ["action-trans", "action-image-sprite"]
    clock.advance(8)
    detail = client.DescribeTaskDetail(describe_request(created.TaskId))
    assert detail.Status == "FINISH" and detail.SessionId == "sdk-1"
    results = detail.WorkflowTask.MediaProcessResultSet
    assert [r.Type for r in results] == ["Transcode", "Transcode", "ImageSprites"]
    assert results[0].TranscodeTask.Output.Path == "/out/WildAnimal_transcode_30.mp4"
    assert results[2].ImageSpriteTask.Output.WebVttPath == "/out/WildAnimal_imageSprite_10.vtt"
    finished = models.DescribeTasksRequest()
    finished.Status = "FINISH"
    finished.Limit = 1
    first = client.DescribeTasks(finished)
    assert [t.TaskId for t in first.TaskSet] == [created.TaskId]
    assert first.TaskSet[0].FinishTime == detail.FinishTime
    with pytest.raises(TencentCloudSDKException) as info:
        client.ProcessMedia(_official_process_media_request(SessionId="sdk-1"))
    assert info.value.get_code() == "InvalidParameterValue.SessionId"


def test_official_describe_tasks_pages(emulator_factory: Factory) -> None:
    clock = FakeClock(time.time())
    emu = emulator_factory(clock=clock, task_duration=1, include_example=False)
    client = official_client(emu)
    ids = [client.ProcessMedia(_official_process_media_request()).TaskId for _ in range(5)]
    clock.advance(2)
    seen: list[str] = []
    token = ""
    while True:
        request = models.DescribeTasksRequest()
        request.Status = "FINISH"
        request.Limit = 2
        if token:
            request.ScrollToken = token
        page = client.DescribeTasks(request)
        assert page.TotalCount == 5
        seen += [t.TaskId for t in page.TaskSet]
        token = page.ScrollToken
        if not token:
            break
    assert sorted(seen) == sorted(ids) and len(seen) == 5
    over = models.DescribeTasksRequest()
    over.Status = "FINISH"
    over.Limit = 101
    with pytest.raises(TencentCloudSDKException) as info:
        client.DescribeTasks(over)
    assert info.value.get_code() == "InvalidParameterValue.Limit"
