"""Emulator.fail_next for every action: ProcessMedia and workflow tasks, task kinds, any call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tencent_mps.testing import Emulator

from .conftest import official_client
from .helpers import FakeClock
from .test_families import WORKFLOW, sdk, sdk_error

Factory = Callable[..., Emulator]

MEDIA = {
    "InputInfo": {
        "Type": "COS",
        "CosInputInfo": {"Bucket": "in-125", "Region": "ap-guangzhou", "Object": "/a.mp4"},
    },
    "OutputStorage": WORKFLOW["OutputStorage"],
    "OutputDir": "/out/",
    "MediaProcessTask": {
        "TranscodeTaskSet": [{"Definition": 100010}],
        "SnapshotByTimeOffsetTaskSet": [{"Definition": 10}],
    },
    "AiContentReviewTask": {"Definition": 10},
}


@pytest.fixture
def timed(emulator_factory: Factory) -> tuple[Emulator, FakeClock, Any]:
    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=10, rate_limit=None)
    return emu, clock, official_client(emu)


def test_process_media_task_made_to_fail(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, clock, client = timed
    emu.fail_next("ProcessMedia", code=70000, message="source unreadable")
    failed = sdk(client, "ProcessMedia", MEDIA)["TaskId"]  # the call itself succeeds
    fine = sdk(client, "ProcessMedia", MEDIA)["TaskId"]
    clock.advance(5)
    running = sdk(client, "DescribeTaskDetail", {"TaskId": failed})
    assert running["Status"] == "PROCESSING" and running["WorkflowTask"]["ErrCode"] == 0
    clock.advance(6)
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": failed})
    task = detail["WorkflowTask"]
    assert detail["Status"] == "FINISH"
    assert (task["ErrCode"], task["Message"]) == (70000, "source unreadable")
    for entry in task["MediaProcessResultSet"]:
        result = next(v for k, v in entry.items() if k != "Type" and v)
        assert (result["Status"], result["ErrCode"]) == ("FAIL", 70000)
        assert result["Output"] is None
    (review,) = task["AiContentReviewResultSet"]
    assert next(v for k, v in review.items() if k != "Type" and v)["Status"] == "FAIL"
    good = sdk(client, "DescribeTaskDetail", {"TaskId": fine})["WorkflowTask"]
    assert good["ErrCode"] == 0
    assert good["MediaProcessResultSet"][0]["TranscodeTask"]["Status"] == "SUCCESS"


def test_failed_tasks_are_listed_as_finished(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, clock, client = timed
    emu.fail_next("WorkflowTask", times=2)
    ids = [sdk(client, "ProcessMedia", MEDIA)["TaskId"] for _ in range(3)]
    clock.advance(11)
    listed = sdk(client, "DescribeTasks", {"Status": "FINISH"})["TaskSet"]
    assert {t["TaskId"] for t in listed} >= set(ids)
    codes = [
        sdk(client, "DescribeTaskDetail", {"TaskId": i})["WorkflowTask"]["ErrCode"] for i in ids
    ]
    assert all(codes[:2]) and codes[2] == 0


def test_workflow_task_started_by_a_trigger_made_to_fail(
    timed: tuple[Emulator, FakeClock, Any],
) -> None:
    emu, clock, client = timed
    workflow_id = sdk(client, "CreateWorkflow", WORKFLOW)["WorkflowId"]
    sdk(client, "EnableWorkflow", {"WorkflowId": workflow_id})
    emu.fail_next("ProcessMedia")  # names the action: a trigger's task is not one of its
    (untouched,) = emu.upload("in-125", "ap-guangzhou", "/up/a.mp4")
    emu.fail_next("WorkflowTask", message="trigger failed")
    (failed,) = emu.upload("in-125", "ap-guangzhou", "/up/b.mp4")
    clock.advance(11)
    assert sdk(client, "DescribeTaskDetail", {"TaskId": untouched})["WorkflowTask"]["ErrCode"] == 0
    task = sdk(client, "DescribeTaskDetail", {"TaskId": failed})["WorkflowTask"]
    assert task["Message"] == "trigger failed"
    # the ProcessMedia failure is still pending, for the next ProcessMedia call
    by_call = sdk(client, "ProcessMedia", MEDIA)["TaskId"]
    clock.advance(11)
    assert sdk(client, "DescribeTaskDetail", {"TaskId": by_call})["WorkflowTask"]["ErrCode"] != 0


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("CreateTranscodeTemplate", {"Container": "mp4"}),
        ("DescribeTranscodeTemplates", {}),
        ("DescribeMediaMetaData", {"InputInfo": MEDIA["InputInfo"]}),
        ("DescribeTaskDetail", {"TaskId": Emulator.EXAMPLE_TASK_ID}),
    ],
)
def test_any_other_action_answers_the_asked_error(
    timed: tuple[Emulator, FakeClock, Any], action: str, params: dict[str, Any]
) -> None:
    emu, _, client = timed
    emu.fail_next(action, times=2, code="ResourceUnavailable", message="try later")
    for _ in range(2):
        error = sdk_error(client, action, params)
        assert (error.code, error.message) == ("ResourceUnavailable", "try later")
    assert sdk(client, action, params)  # then it answers again
    emu.fail_next(action)
    assert sdk_error(client, action, params).code == "FailedOperation"


def test_request_checks_come_before_an_asked_error(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, _, client = timed
    emu.fail_next("CreateTranscodeTemplate")
    assert sdk_error(client, "CreateTranscodeTemplate", {}).code == "MissingParameter"
    assert sdk_error(client, "CreateTranscodeTemplate", {"Container": "mp4"}).code == (
        "FailedOperation"
    )


def test_fail_next_refuses_what_it_cannot_do(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, _, _ = timed
    with pytest.raises(ValueError, match="neither an action"):
        emu.fail_next("NoSuchThing")
    with pytest.raises(ValueError, match="integer ErrCode"):
        emu.fail_next("ProcessMedia", code="FailedOperation")
    with pytest.raises(ValueError, match="error code string"):
        emu.fail_next("CreateTranscodeTemplate", code=10)
    with pytest.raises(ValueError, match="positive integer"):
        emu.fail_next("ProcessMedia", times=0)
