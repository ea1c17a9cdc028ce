"""Tasks the emulator serves: the example, added ones, and progressing ones."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from tencent_mps.models import DescribeTaskDetailResponse
from tencent_mps.testing import Emulator

from .helpers import FakeClock, call

Factory = Callable[..., Emulator]
EXAMPLE_ID = Emulator.EXAMPLE_TASK_ID


@pytest.fixture
def validate(schema: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """Check an inner Response object against the project's JSON Schema."""
    validator = jsonschema.Draft202012Validator(schema)

    def check(document: dict[str, Any]) -> None:
        validator.validate(document)

    return check


def test_example_task_is_the_documented_one(mps_emulator: Emulator) -> None:
    from tencent_mps.examples import EXAMPLES

    documented = dict(EXAMPLES["DescribeTaskDetailResponse"][0])  # from schema/ (make sync)
    assert documented["WorkflowTask"]["TaskId"] == EXAMPLE_ID
    served = call(mps_emulator).response
    served.pop("RequestId")
    documented.pop("RequestId")
    assert served == documented


def test_example_can_be_left_out(emulator_factory: Factory) -> None:
    emu = emulator_factory(include_example=False)
    assert emu.task_ids == []
    assert call(emu).error_code == "ResourceNotFound"


def test_add_task_with_a_wire_dict(
    mps_emulator: Emulator, example_response: dict[str, Any]
) -> None:
    response = copy.deepcopy(example_response)
    response["WorkflowTask"]["TaskId"] = "1250000000-WorkflowTask-added"
    response["Status"] = "PROCESSING"
    task_id = mps_emulator.add_task(response)
    assert task_id == "1250000000-WorkflowTask-added"
    response["Status"] = "changed after adding"  # the emulator keeps its own copy
    served = call(mps_emulator, task_id).response
    assert served["Status"] == "PROCESSING"
    assert served["WorkflowTask"]["TaskId"] == task_id


def test_add_task_with_an_envelope_and_explicit_id(
    mps_emulator: Emulator, example_envelope: dict[str, Any]
) -> None:
    task_id = mps_emulator.add_task(example_envelope, task_id="my-task")
    assert task_id == "my-task"
    assert call(mps_emulator, "my-task").response["TaskType"] == "WorkflowTask"


def test_add_task_with_an_edit_media_task(mps_emulator: Emulator) -> None:
    response = {
        "TaskType": "EditMediaTask",
        "Status": "FINISH",
        "EditMediaTask": {"TaskId": "1250000000-EditMediaTask-abc", "Status": "FINISH"},
    }
    assert mps_emulator.add_task(response) == "1250000000-EditMediaTask-abc"
    assert (
        call(mps_emulator, "1250000000-EditMediaTask-abc").response["TaskType"] == "EditMediaTask"
    )


def test_add_task_with_a_model(mps_emulator: Emulator, example_response: dict[str, Any]) -> None:
    example_response["WorkflowTask"]["TaskId"] = "1250000000-WorkflowTask-model"
    model = DescribeTaskDetailResponse.from_dict(example_response)
    task_id = mps_emulator.add_task(model)
    assert task_id == "1250000000-WorkflowTask-model"
    served = call(mps_emulator, task_id).response
    assert served["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]["Progress"] == 100


def test_add_task_errors(mps_emulator: Emulator) -> None:
    with pytest.raises(ValueError, match="task_id"):
        mps_emulator.add_task({"TaskType": "WorkflowTask", "Status": "FINISH"})
    with pytest.raises(TypeError):
        mps_emulator.add_task(["not", "a", "dict"])
    with pytest.raises(TypeError):
        mps_emulator.add_task({"Status": object()}, task_id="x")


def test_remove_task(mps_emulator: Emulator) -> None:
    assert mps_emulator.remove_task(EXAMPLE_ID)
    assert not mps_emulator.remove_task(EXAMPLE_ID)
    assert call(mps_emulator).error_code == "ResourceNotFound"


def test_progress_over_time(emulator_factory: Factory) -> None:
    clock = FakeClock(1_700_000_000.0)
    emu = emulator_factory(clock=clock)
    task_id = emu.add_progressing_task("1250000000-WorkflowTask-timed", seconds_per_step=10)

    def progress() -> tuple[str, int]:
        # the fake clock also drives the signature's timestamp check
        resp = call(emu, task_id, timestamp=int(clock())).response
        return resp["Status"], resp["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"][
            "Progress"
        ]

    assert progress() == ("WAITING", 0)
    assert progress() == ("WAITING", 0)  # polls alone do not move a timed task
    clock.advance(10)
    assert progress() == ("PROCESSING", 20)
    clock.advance(25)
    assert progress() == ("PROCESSING", 60)
    clock.advance(100)
    resp = call(emu, task_id, timestamp=int(clock())).response
    assert resp["Status"] == "FINISH"
    assert resp["CreateTime"] == "2023-11-14T22:13:20Z"
    assert resp["BeginProcessTime"] == "2023-11-14T22:13:30Z"
    assert resp["FinishTime"] == "2023-11-14T22:14:10Z"


def test_polls_per_step(mps_emulator: Emulator) -> None:
    task_id = mps_emulator.add_progressing_task(polls_per_step=2, steps=1)
    statuses = [call(mps_emulator, task_id).response["Status"] for _ in range(5)]
    assert statuses == ["WAITING", "WAITING", "PROCESSING", "PROCESSING", "FINISH"]


def test_every_stage_of_every_kind_is_schema_valid(
    mps_emulator: Emulator, validate: Callable[[dict[str, Any]], None]
) -> None:
    kinds = list(Emulator.SUBTASK_KINDS)
    task_id = mps_emulator.add_progressing_task(subtasks=kinds, fail_subtasks=[0, 2])
    stages = [call(mps_emulator, task_id).response for _ in range(6)]
    for stage in stages:
        validate(stage)
        DescribeTaskDetailResponse.from_dict(stage)  # the SDK's own models decode it too
    final = stages[-1]["WorkflowTask"]["MediaProcessResultSet"]
    assert [entry["Type"] for entry in final] == kinds
    statuses = [
        entry[key]["Status"]
        for entry in final
        for key in entry
        if key.endswith("Task") and entry[key]
    ]
    assert statuses == ["FAIL", "SUCCESS", "FAIL", "SUCCESS", "SUCCESS", "SUCCESS"]
    sprites = final[4]["ImageSpriteTask"]
    assert sprites["Output"]["WebVttPath"].endswith(".vtt") and sprites["FinishTime"]


def test_final_response_replaces_the_generated_one(
    mps_emulator: Emulator, example_response: dict[str, Any]
) -> None:
    task_id = mps_emulator.add_progressing_task(steps=1, final=example_response)
    assert task_id == EXAMPLE_ID  # taken from the final response
    stages = [call(mps_emulator, task_id).response for _ in range(3)]
    assert [s["Status"] for s in stages] == ["WAITING", "PROCESSING", "FINISH"]
    assert stages[-1]["WorkflowTask"]["MetaData"] == example_response["WorkflowTask"]["MetaData"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"subtasks": ["Transcode", "Bogus"]},
        {"subtasks": "Transcode"},
        {"subtasks": -1},
        {"subtasks": 2, "fail_subtasks": [2]},
        {"steps": 0},
        {"polls_per_step": 0},
        {"seconds_per_step": 0},
        {"task_id": ""},
    ],
)
def test_progressing_task_arguments(mps_emulator: Emulator, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        mps_emulator.add_progressing_task(**kwargs)
