"""Every action is checked as the service checks it; other actions answer examples or handlers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tencent_mps.examples import EXAMPLES
from tencent_mps.models._registry import REQUEST, STRUCTURE
from tencent_mps.operations import OPERATIONS
from tencent_mps.testing import Emulator, EmulatorError
from tencent_mps_core.operation import Operation

from .helpers import FakeClock, call, call_action

Factory = Callable[..., Emulator]

COS_INPUT = {
    "Type": "COS",
    "CosInputInfo": {"Bucket": "media-1250000000", "Region": "ap-guangzhou", "Object": "/in/a.mp4"},
}


def _media(**extra: Any) -> dict[str, Any]:
    return {
        "InputInfo": COS_INPUT,
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
        **extra,
    }


@pytest.mark.parametrize(
    ("action", "params", "code", "path"),
    [
        ("ProcessMedia", {"MediaProcessTask": {}}, "MissingParameter", "`InputInfo`"),
        (
            "ProcessMedia",
            _media(InputInfo={"CosInputInfo": {}}),
            "MissingParameter",
            "`InputInfo.Type`",
        ),
        (
            "ProcessMedia",
            _media(InputInfo={"Type": "COS", "CosInputInfo": {"Bucket": "b", "Region": "r"}}),
            "MissingParameter",
            "`InputInfo.CosInputInfo.Object`",
        ),
        (
            "ProcessMedia",
            _media(
                MediaProcessTask={"TranscodeTaskSet": [{"Definition": 10}, {"WatermarkSet": []}]}
            ),
            "MissingParameter",
            "`MediaProcessTask.TranscodeTaskSet[1].Definition`",
        ),
        (
            "ProcessMedia",
            _media(MediaProcessTask={"TranscodeTaskSet": [{"Definition": "10"}]}),
            "InvalidParameter",
            "`MediaProcessTask.TranscodeTaskSet[0].Definition`",
        ),
        (
            "ProcessMedia",
            _media(MediaProcessTask={"AnimatedGraphicTaskSet": [{"Definition": 20000}]}),
            "MissingParameter",
            "`MediaProcessTask.AnimatedGraphicTaskSet[0].StartTimeOffset`",
        ),
        (
            "ProcessMedia",
            _media(TaskNotifyConfig={"NotifyType": "URL", "NotifyUrl": 42}),
            "InvalidParameter",
            "`TaskNotifyConfig.NotifyUrl`",
        ),
        ("ProcessMedia", _media(TasksPriority=True), "InvalidParameter", "`TasksPriority`"),
        ("ProcessMedia", _media(Bogus=1), "UnknownParameter", "`Bogus`"),
        ("DescribeTasks", {"Limit": 10}, "MissingParameter", "`Status`"),
        ("DescribeTasks", {"Status": "FINISH", "Limit": "10"}, "InvalidParameter", "`Limit`"),
        (
            "DescribeTasks",
            {"Status": "FINISH", "SubTaskHasFailed": 1},
            "InvalidParameter",
            "`SubTaskHasFailed`",
        ),
        ("DescribeTasks", {"Status": "FINISH", "Offset": 0}, "UnknownParameter", "`Offset`"),
        ("ParseNotification", {}, "MissingParameter", "`Content`"),
        ("ParseNotification", {"Content": ["x"]}, "InvalidParameter", "`Content`"),
        ("DescribeTaskDetail", {"TaskId": None}, "MissingParameter", "`TaskId`"),
    ],
)
def test_checks_at_any_depth_name_the_wire_path(
    mps_emulator: Emulator, action: str, params: dict[str, Any], code: str, path: str
) -> None:
    before = mps_emulator.task_count
    reply = call_action(mps_emulator, action, params)
    assert reply.error_code == code, reply.response
    assert path in reply.response["Error"]["Message"]
    assert reply.response["RequestId"]
    assert mps_emulator.task_count == before  # nothing was created


@pytest.mark.parametrize(
    "body",
    [b"[]", b"{nope", b'{"Status": NaN}', b'"FINISH"', b'{"Status": "\\ud800"}', b"\xff\xfe"],
)
def test_a_body_that_is_not_a_json_object(mps_emulator: Emulator, body: bytes) -> None:
    assert call_action(mps_emulator, "DescribeTasks", body).error_code == "InvalidParameter"


def test_null_list_items_are_skipped_as_the_decoder_does(mps_emulator: Emulator) -> None:
    params = _media(MediaProcessTask={"TranscodeTaskSet": [None, {"Definition": 10}, {}]})
    reply = call_action(mps_emulator, "ProcessMedia", params)
    assert reply.error_code == "MissingParameter"
    assert "`MediaProcessTask.TranscodeTaskSet[1].Definition`" in reply.response["Error"]["Message"]


def test_each_action_checks_its_own_version(mps_emulator: Emulator) -> None:
    for action in ("ProcessMedia", "DescribeTasks", "ParseNotification"):
        reply = call_action(mps_emulator, action, {}, version="2018-01-01")
        assert reply.error_code == "NoSuchVersion"
    assert call_action(mps_emulator, "NoSuchAction", {}).error_code == "InvalidAction"


# -- actions without emulated behaviour ------------------------------------------------------


def _extra_operation(action: str, response_type: str, *, rate_limit: float = 20.0) -> Operation:
    return Operation(
        action=action,
        version="2019-06-12",
        request_type="DescribeTasksRequest",
        response_type=response_type,
        idempotent=True,
        rate_limit=rate_limit,
        error_codes=(),
        encoders=REQUEST,
        decoders=STRUCTURE,
    )


@pytest.fixture
def extra_actions(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Two more actions in the schema's table, as ``make sync`` would add them."""
    monkeypatch.setitem(
        OPERATIONS, "ListThings", _extra_operation("ListThings", "DescribeTasksResponse")
    )
    monkeypatch.setitem(
        OPERATIONS, "TouchThing", _extra_operation("TouchThing", "WorkflowTask", rate_limit=2.0)
    )
    yield


@pytest.mark.usefixtures("extra_actions")
def test_other_actions_answer_their_documented_example(mps_emulator: Emulator) -> None:
    reply = call_action(mps_emulator, "ListThings", {"Status": "FINISH"})
    documented = dict(EXAMPLES["DescribeTasksResponse"][0])
    assert reply.response["TaskSet"] == documented["TaskSet"]
    assert reply.response["RequestId"] != documented["RequestId"]
    # ... after the same checks as any action
    assert call_action(mps_emulator, "ListThings", {}).error_code == "MissingParameter"
    # without an example, an empty success
    empty = call_action(mps_emulator, "TouchThing", {"Status": "FINISH"}).response
    assert set(empty) == {"RequestId"}


@pytest.mark.usefixtures("extra_actions")
def test_on_registers_a_handler(mps_emulator: Emulator) -> None:
    seen: list[dict[str, Any]] = []

    def list_things(params: dict[str, Any]) -> dict[str, Any]:
        seen.append(params)
        if params.get("Limit") == 1:
            raise EmulatorError("ResourceNotFound.Thing", "No thing here.")
        return {"TotalCount": 3, "TaskSet": [], "ScrollToken": ""}

    mps_emulator.on("ListThings", list_things)
    reply = call_action(mps_emulator, "ListThings", {"Status": "FINISH", "Limit": 5})
    assert reply.response["TotalCount"] == 3 and reply.response["RequestId"]
    assert seen == [{"Status": "FINISH", "Limit": 5}]
    failed = call_action(mps_emulator, "ListThings", {"Status": "FINISH", "Limit": 1})
    assert failed.error_code == "ResourceNotFound.Thing"
    assert failed.response["Error"]["Message"] == "No thing here."
    assert call_action(mps_emulator, "ListThings", {"Limit": 1}).error_code == "MissingParameter"
    assert len(seen) == 2  # the handler only sees checked requests
    mps_emulator.on("ListThings", None)
    assert (
        call_action(mps_emulator, "ListThings", {"Status": "FINISH"}).response["TotalCount"] == 12
    )


def test_on_can_replace_an_emulated_action(mps_emulator: Emulator) -> None:
    mps_emulator.on(
        "ProcessMedia",
        lambda params: (_ for _ in ()).throw(
            EmulatorError("LimitExceeded.CreateTask", "Too many tasks.")
        ),
    )
    reply = call_action(mps_emulator, "ProcessMedia", _media())
    assert reply.error_code == "LimitExceeded.CreateTask"


@pytest.mark.parametrize(
    "handler_result",
    [
        lambda params: ["not", "an", "object"],
        lambda params: {"TaskId": 42},  # the response model says TaskId is a string
        lambda params: {"TaskId": object()},
        lambda params: {"TaskId": "\ud800"},
        lambda params: {"TaskId": "t", "Extra": float("nan")},
        lambda params: 1 / 0,
    ],
)
def test_a_broken_handler_answers_internal_error(
    mps_emulator: Emulator, handler_result: Callable[[dict[str, Any]], Any]
) -> None:
    mps_emulator.on("ProcessMedia", handler_result)
    reply = call_action(mps_emulator, "ProcessMedia", _media())
    assert reply.error_code == "InternalError"
    assert "ProcessMedia" in reply.response["Error"]["Message"]
    assert call(mps_emulator).error_code is None  # the emulator keeps serving


def test_on_refuses_unknown_actions_and_non_callables(mps_emulator: Emulator) -> None:
    with pytest.raises(ValueError, match="NoSuchAction"):
        mps_emulator.on("NoSuchAction", lambda params: {})
    with pytest.raises(TypeError):
        mps_emulator.on("ProcessMedia", "not callable")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        EmulatorError("", "no code")


# -- quotas ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("extra_actions")
def test_each_action_has_its_documented_quota(emulator_factory: Factory) -> None:
    clock = FakeClock()  # frozen: every call falls in the same second
    emu = emulator_factory(clock=clock)
    stamp = int(clock())
    codes = [
        call_action(emu, "TouchThing", {"Status": "FINISH"}, timestamp=stamp).error_code
        for _ in range(3)
    ]
    assert codes == [None, None, "RequestLimitExceeded"]  # its documented 2 per second
    # another action's window is its own: DescribeTaskDetail's documented quota is 100
    assert OPERATIONS["DescribeTaskDetail"].rate_limit == 100
    details = [call(emu, timestamp=stamp).error_code for _ in range(101)]
    assert details[:100] == [None] * 100 and details[100] == "RequestLimitExceeded"
    clock.advance(1.0)
    assert call_action(emu, "TouchThing", {"Status": "FINISH"}, timestamp=stamp).error_code is None


@pytest.mark.usefixtures("extra_actions")
def test_an_integer_rate_limit_applies_to_every_action(emulator_factory: Factory) -> None:
    clock = FakeClock()
    emu = emulator_factory(clock=clock, rate_limit=1)
    stamp = int(clock())
    assert call(emu, timestamp=stamp).error_code is None
    assert call(emu, timestamp=stamp).error_code == "RequestLimitExceeded"
    params = {"Status": "FINISH"}
    assert call_action(emu, "DescribeTasks", params, timestamp=stamp).error_code is None
    assert call_action(emu, "DescribeTasks", params, timestamp=stamp).error_code == (
        "RequestLimitExceeded"
    )


@pytest.mark.usefixtures("extra_actions")
def test_no_rate_limit(emulator_factory: Factory) -> None:
    clock = FakeClock()
    emu = emulator_factory(clock=clock, rate_limit=None)
    stamp = int(clock())
    codes = {
        call_action(emu, "TouchThing", {"Status": "FINISH"}, timestamp=stamp).error_code
        for _ in range(5)
    }
    assert codes == {None}


@pytest.mark.parametrize("bad", [0, -1, 1.5, "fast", True])
def test_bad_rate_limits(bad: Any) -> None:
    with pytest.raises(ValueError):
        Emulator(rate_limit=bad)
