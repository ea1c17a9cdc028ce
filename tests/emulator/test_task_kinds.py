"""Every task kind of schema/ (x-tc-emulation.tasks) followed to its end, with the official SDK."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tencent_mps import Client
from tencent_mps._emulation import TASKS
from tencent_mps.errors import WaiterFailureError
from tencent_mps.examples import EXAMPLES
from tencent_mps.testing import Emulator

from .conftest import official_client
from .helpers import FakeClock, minimal_request
from .receiver import Receiver, running_receiver
from .test_families import SCHEDULE, WORKFLOW, sdk, sdk_error

Factory = Callable[..., Emulator]

COS_IN = {
    "Type": "COS",
    "CosInputInfo": {"Bucket": "in-125", "Region": "ap-guangzhou", "Object": "/a.jpg"},
}
OUT = WORKFLOW["OutputStorage"]

#: One valid request per task-creating action, and what its describe action reads back.
CASES: dict[str, tuple[dict[str, Any], str]] = {
    "ProcessImage": (
        {"InputInfo": COS_IN, "OutputStorage": OUT, "Definition": 20001},
        "DescribeImageTaskDetail",
    ),
    "BatchProcessMedia": ({"InputInfo": [COS_IN], "OutputStorage": OUT}, "DescribeBatchTaskDetail"),
    "EditMedia": (
        {"FileInfos": [{"InputInfo": COS_IN}], "OutputStorage": OUT, "OutputObjectPath": "/e.mp4"},
        "DescribeTaskDetail",
    ),
    "CreateAigcVideoTask": ({"ModelName": "Hunyuan", "Prompt": "a cat"}, "DescribeAigcVideoTask"),
    "CreateAigcImageTask": ({"ModelName": "Hunyuan", "Prompt": "a cat"}, "DescribeAigcImageTask"),
    "CreateAigcAudioTask": ({"ModelName": "m", "Prompt": "rain"}, "DescribeAigcAudioTask"),
    "TextToSpeechAsync": ({"Text": "hello", "VoiceId": "v1"}, "DescribeTextToSpeechAsyncTask"),
    "SubmitHunyuan3DTask": ({"Prompt": "a chair"}, "QueryHunyuan3DTask"),
}

#: (status field, waiting, running, done) as each describe action words them.
STATES = {
    "DescribeImageTaskDetail": ("Status", "WAITING", "PROCESSING", "FINISH"),
    "DescribeBatchTaskDetail": ("Status", "WAITING", "PROCESSING", "FINISH"),
    "DescribeTaskDetail": ("Status", "WAITING", "PROCESSING", "FINISH"),
    "DescribeAigcVideoTask": ("Status", "WAIT", "RUN", "DONE"),
    "DescribeAigcImageTask": ("Status", "WAIT", "RUN", "DONE"),
    "DescribeAigcAudioTask": ("Status", "WAIT", "RUN", "DONE"),
    "DescribeTextToSpeechAsyncTask": ("Status", "processing", "processing", "success"),
    "QueryHunyuan3DTask": ("Status", "WAIT", "RUN", "DONE"),
}


@pytest.fixture
def timed(emulator_factory: Factory) -> tuple[Emulator, FakeClock, Any]:
    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=10, rate_limit=None)
    return emu, clock, official_client(emu)


@pytest.mark.parametrize("action", sorted(CASES))
def test_each_kind_runs_to_its_end(timed: tuple[Emulator, FakeClock, Any], action: str) -> None:
    _, clock, client = timed
    request, describe = CASES[action]
    task_id = sdk(client, action, request)["TaskId"]
    field, waiting, running, done = STATES[describe]

    def read() -> dict[str, Any]:
        return sdk(client, describe, {"TaskId": task_id})

    assert read()[field] == waiting
    clock.advance(5)
    assert read()[field] == running
    clock.advance(6)
    final = read()
    assert final[field] == done
    text = json.dumps(final)
    if describe == "DescribeAigcVideoTask":
        assert final["VideoUrls"] == [f"https://aigc.emulator.invalid/{task_id}.mp4"]
    if describe == "DescribeImageTaskDetail":
        (result,) = final["ImageProcessTaskResultSet"]
        assert (result["Status"], result["Progress"]) == ("SUCCESS", 100)
        assert (
            final["Definition"] == 20001
            and final["InputInfo"]["CosInputInfo"]["Object"] == "/a.jpg"
        )
    if describe == "DescribeTaskDetail":
        assert final["TaskType"] == "EditMediaTask"
        assert final["EditMediaTask"]["Output"]["Path"] == "/e.mp4"
        given = final["EditMediaTask"]["Input"]["FileInfoSet"][0]["InputInfo"]
        assert given["CosInputInfo"]["Object"] == "/a.jpg"
    if describe == "QueryHunyuan3DTask":
        assert final["Progress"] == 100 and final["ResultFile3Ds"][0]["Url"].endswith(".glb")
    assert task_id in text or describe.startswith(("DescribeAigc", "DescribeTextToSpeech"))


def test_progress_rises_while_running(timed: tuple[Emulator, FakeClock, Any]) -> None:
    _, clock, client = timed
    task_id = sdk(client, "SubmitHunyuan3DTask", {"Prompt": "p"})["TaskId"]
    seen = []
    for _ in range(4):
        clock.advance(2.5)
        seen.append(sdk(client, "QueryHunyuan3DTask", {"TaskId": task_id})["Progress"])
    assert seen == sorted(seen) and 0 < seen[0] < seen[-1] == 100


def test_fail_next_makes_a_task_fail(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, clock, client = timed
    emu.fail_next("AigcVideoTask", message="no GPU today")
    failed = sdk(client, "CreateAigcVideoTask", {"ModelName": "Hunyuan", "Prompt": "x"})["TaskId"]
    fine = sdk(client, "CreateAigcVideoTask", {"ModelName": "Hunyuan", "Prompt": "x"})["TaskId"]
    clock.advance(11)
    bad = sdk(client, "DescribeAigcVideoTask", {"TaskId": failed})
    assert (bad["Status"], bad["Message"]) == ("FAIL", "no GPU today")
    assert not bad.get("VideoUrls")
    assert sdk(client, "DescribeAigcVideoTask", {"TaskId": fine})["Status"] == "DONE"
    emu.fail_next("ProcessImage", code=30010)
    image = sdk(client, "ProcessImage", CASES["ProcessImage"][0])["TaskId"]
    clock.advance(11)
    detail = sdk(client, "DescribeImageTaskDetail", {"TaskId": image})
    assert detail["ErrCode"] == 30010 and detail["ImageProcessTaskResultSet"][0]["Status"] == "FAIL"
    with pytest.raises(ValueError, match="task kind"):
        emu.fail_next("NoSuchKind")


def test_image_tasks_are_listed_and_paged(timed: tuple[Emulator, FakeClock, Any]) -> None:
    _, clock, client = timed
    ids = []
    for _ in range(3):
        ids.append(sdk(client, "ProcessImage", CASES["ProcessImage"][0])["TaskId"])
        clock.advance(0.4)
    waiting = sdk(client, "DescribeImageTasks", {"Status": "WAITING"})
    # each waits 1 s of its 10: at +1.2 s the first has begun
    assert [t["TaskId"] for t in waiting["TaskSet"]] == [ids[2], ids[1]]
    clock.advance(20)
    page = sdk(client, "DescribeImageTasks", {"Status": "FINISH", "Limit": 2})
    assert page["TotalCount"] == 3 and [t["TaskId"] for t in page["TaskSet"]] == ids[::-1][:2]
    assert {t["Status"] for t in page["TaskSet"]} == {"FINISH"}
    rest = sdk(
        client,
        "DescribeImageTasks",
        {"Status": "FINISH", "Limit": 2, "ScrollToken": page["ScrollToken"]},
    )
    assert [t["TaskId"] for t in rest["TaskSet"]] == [ids[0]] and rest["ScrollToken"] == ""


def test_manage_task_aborts_a_waiting_task(timed: tuple[Emulator, FakeClock, Any]) -> None:
    _, clock, client = timed
    task_id = sdk(client, "EditMedia", CASES["EditMedia"][0])["TaskId"]
    sdk(client, "ManageTask", {"OperationType": "Abort", "TaskId": task_id})
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})
    assert detail["Status"] == "FINISH" and detail["EditMediaTask"]["ErrCode"] != 0
    assert "aborted" in detail["EditMediaTask"]["Message"]
    running = sdk(client, "EditMedia", CASES["EditMedia"][0])["TaskId"]
    clock.advance(5)
    err = sdk_error(client, "ManageTask", {"OperationType": "Abort", "TaskId": running})
    assert err.get_code() == "FailedOperation"
    err = sdk_error(client, "ManageTask", {"OperationType": "Abort", "TaskId": "nope"})
    assert err.get_code() == "ResourceNotFound"


def test_unknown_task_id_is_not_found(timed: tuple[Emulator, FakeClock, Any]) -> None:
    _, _, client = timed
    err = sdk_error(client, "DescribeAigcImageTask", {"TaskId": "aigc-image-unknown"})
    assert err.get_code() == "ResourceNotFound"


def test_upload_starts_a_workflow_task(timed: tuple[Emulator, FakeClock, Any]) -> None:
    emu, clock, client = timed
    workflow_id = sdk(client, "CreateWorkflow", WORKFLOW)["WorkflowId"]
    assert emu.upload("in-125", "ap-guangzhou", "/up/movie.mp4") == []  # still Disabled
    sdk(client, "EnableWorkflow", {"WorkflowId": workflow_id})
    assert emu.upload("in-125", "ap-guangzhou", "/elsewhere/movie.mp4") == []
    assert emu.upload("other-125", "ap-guangzhou", "/up/movie.mp4") == []
    (task_id,) = emu.upload("in-125", "ap-guangzhou", "/up/movie.mp4")
    clock.advance(11)
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})
    assert detail["TaskType"] == "WorkflowTask" and detail["Status"] == "FINISH"
    task = detail["WorkflowTask"]
    assert task["InputInfo"]["CosInputInfo"]["Object"] == "/up/movie.mp4"
    assert task["MediaProcessResultSet"][0]["TranscodeTask"]["Input"]["Definition"] == 100010


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as found:
        yield found


def test_edit_media_task_sends_a_signed_notification(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    from tencent_mps.notifications import parse_notification

    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url, "NotifyKey": "k-1"}
    request = {**CASES["EditMedia"][0], "TaskNotifyConfig": notify, "SessionContext": "ctx"}
    task_id = sdk(client, "EditMedia", request)["TaskId"]
    clock.advance(3)
    (record,) = emu.wait_for_notifications(1)
    assert (record.event_type, record.task_id) == ("EditMediaTask", task_id)
    (body,) = receiver.bodies
    event = parse_notification(body, notify_key="k-1", now=clock())
    assert event.event_type == "EditMediaTask"
    assert event.edit_media_task_event is not None
    assert event.edit_media_task_event.task_id == task_id
    assert event.edit_media_task_event.output is not None
    assert event.edit_media_task_event.output.path == "/e.mp4"
    assert event.session_context == "ctx"


def test_live_stream_task_sends_its_ai_results_then_end_of_stream(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    from tencent_mps.notifications import parse_notification

    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url, "NotifyKey": "k-2"}
    request = {
        "Url": "rtmp://live.example/app/stream",
        "TaskNotifyConfig": notify,
        "AiContentReviewTask": {"Definition": 10},
        "SessionContext": "live-ctx",
    }
    task_id = sdk(client, "ProcessLiveStream", request)["TaskId"]
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})
    assert (detail["TaskType"], detail["Status"]) == ("LiveStreamProcessTask", "WAITING")
    assert detail["LiveStreamProcessTask"]["Url"] == "rtmp://live.example/app/stream"
    listed = sdk(client, "DescribeTasks", {"Status": "WAITING"})["TaskSet"]
    assert task_id in {t["TaskId"] for t in listed}
    clock.advance(3)
    records = emu.wait_for_notifications(2)
    assert [(r.event_type, r.task_id) for r in records] == [
        ("AiReviewResult", task_id),
        ("ProcessEof", task_id),
    ]
    review_body, body = receiver.bodies
    review = parse_notification(review_body, notify_key="k-2", now=clock())
    assert getattr(review, "notification_type", None) == "AiReviewResult"
    assert getattr(review, "task_id", None) == task_id
    assert getattr(review, "ai_review_result_info", None) is not None
    assert getattr(review, "process_eof_info", None) is None
    assert review.session_context == "live-ctx"
    with pytest.raises(Exception, match=r"(?i)sign"):
        parse_notification(review_body, notify_key="wrong", now=clock())
    event = parse_notification(body, notify_key="k-2", now=clock())
    assert getattr(event, "notification_type", None) == "ProcessEof"
    assert getattr(event, "task_id", None) == task_id
    assert event.session_context == "live-ctx"
    # the emulator's own ParseLiveStreamProcessNotification decodes it the same way
    parsed = sdk(client, "ParseLiveStreamProcessNotification", {"Content": body.decode()})
    assert (parsed["NotificationType"], parsed["TaskId"]) == ("ProcessEof", task_id)
    assert parsed["ProcessEofInfo"]["ErrCode"] == 0
    assert sdk_error(
        client, "ParseLiveStreamProcessNotification", {"Content": "{}"}
    ).get_code() == ("InvalidParameterValue")


def test_a_failed_live_stream_reports_its_error_at_the_end(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    emu.fail_next("ProcessLiveStream", code=30011, message="stream pull failed")
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url}
    # a failed stream sends no AI result, only its ProcessEof with the error
    request = {
        "Url": "rtmp://x/y",
        "TaskNotifyConfig": notify,
        "AiContentReviewTask": {"Definition": 10},
    }
    task_id = sdk(client, "ProcessLiveStream", request)["TaskId"]
    clock.advance(3)
    emu.wait_for_notifications(1)
    (body,) = receiver.bodies
    event = json.loads(body)
    assert event["TaskId"] == task_id
    assert event["ProcessEofInfo"] == {"ErrCode": 30011, "Message": "stream pull failed"}
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})["LiveStreamProcessTask"]
    assert (detail["ErrCode"], detail["Message"]) == (30011, "stream pull failed")


def test_a_batch_task_sends_its_event(emulator_factory: Factory, receiver: Receiver) -> None:
    from tencent_mps.notifications import parse_notification

    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url, "NotifyKey": "k-3"}
    request = {**CASES["BatchProcessMedia"][0], "TaskNotifyConfig": notify, "SessionContext": "b"}
    task_id = sdk(client, "BatchProcessMedia", request)["TaskId"]
    clock.advance(3)
    (record,) = emu.wait_for_notifications(1)
    assert (record.event_type, record.task_id) == ("BatchTask", task_id)
    (body,) = receiver.bodies
    event = parse_notification(body, notify_key="k-3", now=clock())
    assert getattr(event, "event_type", None) == "BatchTask"
    batch = getattr(event, "batch_task_event", None)
    assert batch is not None and batch.input_infos is not None
    assert batch.input_infos[0].cos_input_info is not None
    assert batch.input_infos[0].cos_input_info.object == "/a.jpg"
    assert event.session_context == "b"


def test_an_enabled_schedule_triggered_by_an_upload_sends_its_event(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    from tencent_mps.notifications import parse_notification

    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url, "NotifyKey": "k-4"}
    schedule_id = sdk(client, "CreateSchedule", {**SCHEDULE, "TaskNotifyConfig": notify})[
        "ScheduleId"
    ]
    assert emu.upload("in-125", "ap-guangzhou", "/up/a.mp4") == []  # still Disabled
    sdk(client, "EnableSchedule", {"ScheduleId": schedule_id})
    (task_id,) = emu.upload("in-125", "ap-guangzhou", "/up/a.mp4")
    assert "-ScheduleTask-" in task_id
    clock.advance(3)
    (record,) = emu.wait_for_notifications(1)
    assert (record.event_type, record.task_id) == ("ScheduleTask", task_id)
    (body,) = receiver.bodies
    event = parse_notification(body, notify_key="k-4", now=clock())
    schedule = getattr(event, "schedule_task_event", None)
    assert schedule is not None and schedule.task_id == task_id
    assert schedule.status == "FINISH"
    assert schedule.input_info is not None and schedule.input_info.cos_input_info is not None
    assert schedule.input_info.cos_input_info.object == "/up/a.mp4"
    assert [a.activity_type for a in schedule.activity_result_set or []] == ["input", "output"]
    detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})
    assert detail["TaskType"] == "ScheduleTask" and detail["ScheduleTask"]["TaskId"] == task_id


@pytest.mark.parametrize(
    ("action", "request_", "where"),
    [
        (
            "ProcessLiveStream",
            {
                "Url": "rtmp://x/y",
                "TaskNotifyConfig": {"NotifyType": "URL", "NotifyUrl": "http://127.0.0.1:9/"},
                "AiRecognitionTask": {"Definition": 1000999},
            },
            "AiRecognitionTask.Definition",
        ),
        ("ProcessImage", {**CASES["ProcessImage"][0], "Definition": 1000999}, "Definition"),
        (
            "BatchProcessMedia",
            {**CASES["BatchProcessMedia"][0], "SmartSubtitlesTask": {"Definition": 1000999}},
            "SmartSubtitlesTask.Definition",
        ),
    ],
)
def test_task_creators_refuse_templates_that_do_not_exist(
    timed: tuple[Emulator, FakeClock, Any], action: str, request_: dict[str, Any], where: str
) -> None:
    _, _, client = timed
    err = sdk_error(client, action, request_)
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert f"`{where}`" in err.get_message()
    assert sdk(client, action, _with(request_, where, 10))["TaskId"]  # a preset id is fine


def _with(request: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(request))
    *parents, last = path.split(".")
    inner = changed
    for part in parents:
        inner = inner[part]
    inner[last] = value
    return changed


def test_the_task_table_names_what_the_schema_has() -> None:
    from tencent_mps.operations import OPERATIONS
    from tencent_mps_lib.testing._schema import wire_fields

    for kind, spec in TASKS.items():
        for action in spec["create"]:
            assert "TaskId" in wire_fields(OPERATIONS[action].response_type), (kind, action)
        for action, view in spec["describe"].items():
            fields = wire_fields(OPERATIONS[action].response_type)
            top = [view["list"]] if "list" in view else [k for k in view["answer"] if k[0] != "$"]
            assert set(top) <= fields, (kind, action, set(top) - fields)


def _waiters() -> dict[str, tuple[str, str, str]]:
    """Describe action -> (our client's waiter method, the status path, its success value)."""
    with SCHEMA.open(encoding="utf-8") as handle:
        paths = json.load(handle)["paths"]
    found: dict[str, tuple[str, str, str]] = {}
    for key, item in paths.items():
        for op in item.values():
            for name, waiter in (op.get("x-tc-waiters") or {}).items():
                success = next(a for a in waiter["acceptors"] if a["state"] == "success")
                found[key.split("=", 1)[1]] = (name, success["path"], success["expected"])
    return found


SCHEMA = Path(__file__).parents[2] / "schema" / "mps.openapi.json"
WAITERS = _waiters()
#: Every (kind, create action) the emulator declares: each is one test below.
SUBMISSIONS = sorted((kind, action) for kind, spec in TASKS.items() for action in spec["create"])


#: What a kind's "when" field needs: a resource to name (a ScheduleId names a schedule).
CONDITIONS: dict[str, Callable[[Any], Any]] = {
    "ScheduleId": lambda client: sdk(client, "CreateSchedule", SCHEDULE)["ScheduleId"],
}


def _submission(client: Any, kind: str, action: str) -> dict[str, Any]:
    """The request that makes ``action`` start a task of ``kind``."""
    request = _request(action)
    when = TASKS[kind].get("when")
    if when is not None:
        request = {**request, when: CONDITIONS[when](client)}
    return request


def _request(action: str) -> dict[str, Any]:
    """The action's documented example request, else the one written above, else none."""
    examples = EXAMPLES.get(f"{action}Request")
    if examples:
        return examples[0]
    return CASES[action][0] if action in CASES else minimal_request(action)


def _waited_describe(kind: str) -> str:
    (describe,) = [str(name) for name in TASKS[kind]["describe"] if name in WAITERS]
    return describe


@pytest.mark.parametrize(("kind", "action"), SUBMISSIONS)
def test_every_kind_is_followed_to_its_end_by_its_waiter(
    timed: tuple[Emulator, FakeClock, Any], kind: str, action: str
) -> None:
    """The documented example request of each create action, then our client's waiter for the
    kind's describe action (the clock moves on at each poll), then the outputs read back."""
    emu, clock, official = timed
    spec = TASKS[kind]
    request = _submission(official, kind, action)
    task_id = sdk(official, action, request)["TaskId"]
    assert task_id.startswith(spec["id-prefix"])
    describe = _waited_describe(kind)
    method, status_path, done = WAITERS[describe]
    assert done == spec["states"]["done"]
    seen: list[str] = []

    def moved_on(progress: Any) -> None:
        seen.append(_wire_status(progress, status_path))
        clock.advance(3)

    with Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint) as client:
        final = getattr(client, method)(task_id, interval=0.001, timeout=30, on_progress=moved_on)
    assert _wire_status(final, status_path) == done
    # it was seen waiting first, and running before it ended (where the kind words them apart)
    assert seen[0] == spec["states"]["waiting"]
    assert spec["states"]["running"] in seen
    answer = sdk(official, describe, {"TaskId": task_id})
    text = json.dumps(answer)
    template = spec.get("output")
    if template is not None and "$output" in json.dumps(spec["describe"][describe]):
        given: Any = request
        for part in spec.get("output-from", "").split("."):
            given = given.get(part) if isinstance(given, dict) and part else None
        expected = given if isinstance(given, str) and given else template.replace("{id}", task_id)
        assert json.dumps(expected) in text
    # a kind without outputs still names its task, or mirrors the request; a kind whose
    # describe answer has no field for either (an evaluation task in DescribeTaskDetail) says
    # its own TaskType
    answered = spec["describe"][describe]["answer"]
    mirrored = task_id in text or any(
        json.dumps(value) in text for value in request.values() if isinstance(value, str)
    )
    if not mirrored:
        assert "$id" not in json.dumps(answered)
        assert answer["TaskType"] == answered["TaskType"]
    assert emu.task_kinds and kind in emu.task_kinds


def _wire_status(response: Any, path: str) -> str:
    value = response
    for part in path.split("."):
        value = getattr(value, _snake(part))
    return str(value.value if hasattr(value, "value") else value)


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


@pytest.mark.parametrize("kind", sorted(TASKS))
def test_every_kind_can_be_made_to_fail(timed: tuple[Emulator, FakeClock, Any], kind: str) -> None:
    """fail_next(kind): the waiter sees the failure state (or, where the describe action ends
    failed tasks as FINISH too, the answer carries the error); the next task is fine again."""
    emu, clock, official = timed
    spec = TASKS[kind]
    action = spec["create"][0]
    emu.fail_next(kind, message="made to fail")
    failed = sdk(official, action, _submission(official, kind, action))["TaskId"]
    fine = sdk(official, action, _submission(official, kind, action))["TaskId"]
    describe = _waited_describe(kind)
    method, status_path, _ = WAITERS[describe]
    with Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint) as client:
        wait = getattr(client, method)

        def follow(task_id: str) -> Any:
            return wait(task_id, interval=0.001, timeout=30, on_progress=lambda _: clock.advance(3))

        if spec["states"]["failed"] != spec["states"]["done"]:
            with pytest.raises(WaiterFailureError):
                follow(failed)
        else:
            follow(failed)
        answer = sdk(official, describe, {"TaskId": failed})
        assert _status(answer, status_path) == spec["states"]["failed"]
        described = json.dumps(spec["describe"][describe])
        if "$message" in described:
            assert "made to fail" in json.dumps(answer)
        final = follow(fine)
    assert _wire_status(final, status_path) == spec["states"]["done"]
    assert "made to fail" not in json.dumps(sdk(official, describe, {"TaskId": fine}))


def _status(answer: dict[str, Any], path: str) -> Any:
    value: Any = answer
    for part in path.split("."):
        value = value[part]
    return value


def _live_stream_events(
    emulator_factory: Factory, receiver: Receiver, tasks: list[str], count: int
) -> tuple[str, list[Any], list[Any]]:
    """Run a ProcessLiveStream task asking for the AI ``tasks`` to its end: its TaskId, the
    ``count`` notification records the emulator sent and the events as the SDK parses them."""
    from tencent_mps.notifications import parse_notification

    clock = FakeClock()
    emu = emulator_factory(clock=clock, task_duration=2)
    client = official_client(emu)
    notify = {"NotifyType": "URL", "NotifyUrl": receiver.url, "NotifyKey": "k-live"}
    request = {"Url": "rtmp://live.example/app/all", "TaskNotifyConfig": notify}
    task_id = sdk(
        client, "ProcessLiveStream", {**request, **{t: {"Definition": 10} for t in tasks}}
    )["TaskId"]
    clock.advance(3)
    records = emu.wait_for_notifications(count)
    events = [parse_notification(b, notify_key="k-live", now=clock()) for b in receiver.bodies]
    return task_id, records, events


def test_live_stream_sends_one_ai_event_per_ai_task_in_declared_order(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    asked = ["AiQualityControlTask", "AiRecognitionTask", "AiAnalysisTask", "SmartSubtitlesTask"]
    task_id, records, events = _live_stream_events(emulator_factory, receiver, asked, 5)
    assert [r.event_type for r in records] == [
        "AiRecognitionResult",
        "AiAnalysisResult",
        "AiQualityControlResult",
        "AiSmartSubtitleResult",
        "ProcessEof",
    ]
    assert {getattr(e, "task_id", None) for e in events} == {task_id}
    assert getattr(events[0], "ai_recognition_result_info", None) is not None
    assert getattr(events[1], "ai_analysis_result_info", None) is not None
    assert getattr(events[2], "ai_quality_control_result_info", None) is not None
    assert getattr(events[3], "ai_smart_subtitle_result_info", None) is not None
    assert getattr(events[4], "process_eof_info", None) is not None


def test_a_designed_voice_is_listed_once_its_task_succeeds(
    timed: tuple[Emulator, FakeClock, Any],
) -> None:
    emu, clock, client = timed
    profile = {"Name": "narrator", "Gender": "female", "Languages": ["en"]}
    design = {"Prompt": "a calm, low voice", "VoiceProfile": profile, "Text": "hello"}
    task_id = sdk(client, "DesignVoiceAsync", design)["TaskId"]
    emu.fail_next("DesignVoiceAsync")
    failed_id = sdk(client, "DesignVoiceAsync", {**design, "VoiceProfile": {"Name": "lost"}})[
        "TaskId"
    ]

    def voices() -> dict[str, dict[str, Any]]:
        listed = sdk(client, "DescribeVoices", {"VoiceType": "all"})["Voices"]
        return {v["VoiceId"]: v for v in listed}

    assert voices() == {}  # still running
    clock.advance(11)
    voice_id = sdk(client, "DescribeDesignTask", {"TaskId": task_id})["VoiceId"]
    assert sdk(client, "DescribeDesignTask", {"TaskId": failed_id})["Status"] == "fail"
    listed = voices()
    assert list(listed) == [voice_id]
    voice = listed[voice_id]
    assert (voice["Name"], voice["Description"], voice["Category"]) == (
        "narrator",
        "a calm, low voice",
        "design",
    )
    assert voice["Languages"] == ["en"] and voice["AudioUrl"].endswith(f"{task_id}.mp3")
    sdk(client, "UpdateVoice", {"VoiceId": voice_id, "VoiceFields": {"Name": "renamed"}})
    assert voices()[voice_id]["Name"] == "renamed"
    sdk(client, "DeleteVoice", {"VoiceId": voice_id})
    assert voices() == {}  # deleted, and not added again


def test_a_schedule_task_reports_each_activity_as_processmedia_would(
    timed: tuple[Emulator, FakeClock, Any],
) -> None:
    _, clock, client = timed
    activities = [
        {"ActivityType": "input", "ReardriveIndex": [1, 2]},
        {
            "ActivityType": "action-trans",
            "PredriveIndex": [0],
            "ReardriveIndex": [3],
            "ActivityPara": {"TranscodeTask": {"Definition": 100010}},
        },
        {
            "ActivityType": "action-snapshot",
            "PredriveIndex": [0],
            "ReardriveIndex": [3],
            "ActivityPara": {
                "SnapshotByTimeOffsetTask": {"Definition": 10, "ExtTimeOffsetSet": ["1s"]}
            },
        },
        {"ActivityType": "output", "PredriveIndex": [1, 2]},
    ]
    schedule = {**SCHEDULE, "Activities": activities, "OutputStorage": OUT, "OutputDir": "/out/"}
    schedule_id = sdk(client, "CreateSchedule", schedule)["ScheduleId"]
    params = {"InputInfo": COS_IN, "ScheduleId": schedule_id}
    task_id = sdk(client, "ProcessMedia", params)["TaskId"]

    def results() -> list[dict[str, Any]]:
        detail = sdk(client, "DescribeTaskDetail", {"TaskId": task_id})
        found: list[dict[str, Any]] = detail["ScheduleTask"]["ActivityResultSet"]
        return found

    waiting = results()
    assert [r["ActivityType"] for r in waiting] == [a["ActivityType"] for a in activities]
    assert waiting[0].get("ActivityResItem") is None and waiting[3].get("ActivityResItem") is None
    transcode = waiting[1]["ActivityResItem"]["TranscodeTask"]
    assert (transcode["Status"], transcode["Progress"]) == ("PROCESSING", 0)
    assert transcode["Input"]["Definition"] == 100010 and transcode["Output"] is None
    clock.advance(6)  # past the first activity's end (begin + half the running time)
    middle = results()
    assert middle[1]["ActivityResItem"]["TranscodeTask"]["Status"] == "SUCCESS"
    assert middle[2]["ActivityResItem"]["SnapshotByTimeOffsetTask"]["Status"] == "PROCESSING"
    clock.advance(5)
    done = results()
    output = done[1]["ActivityResItem"]["TranscodeTask"]["Output"]
    assert output["Path"].startswith("/out/") and output["Definition"] == 100010
    assert (
        output["OutputStorage"]["CosOutputStorage"]["Bucket"] == OUT["CosOutputStorage"]["Bucket"]
    )
    snapshots = done[2]["ActivityResItem"]["SnapshotByTimeOffsetTask"]
    assert snapshots["Status"] == "SUCCESS" and snapshots["Output"]["PicInfoSet"]


def test_live_stream_ai_result_events_carry_typed_results(
    emulator_factory: Factory, receiver: Receiver
) -> None:
    asked = [
        "AiContentReviewTask",
        "AiRecognitionTask",
        "AiAnalysisTask",
        "AiQualityControlTask",
        "SmartSubtitlesTask",
    ]
    _, _, parsed = _live_stream_events(emulator_factory, receiver, asked, 6)
    events = {e.notification_type: e for e in parsed}
    review = events["AiReviewResult"].ai_review_result_info.result_set[0]
    assert review.type == "ImagePorn" and review.image_porn_result_set[0].suggestion == "pass"
    recognition = events["AiRecognitionResult"].ai_recognition_result_info.result_set[0]
    assert recognition.type == "AsrFullTextRecognition"
    assert recognition.asr_full_text_recognition_result_set[0].text
    analysis = events["AiAnalysisResult"].ai_analysis_result_info.result_set[0]
    assert analysis.type == "SegmentRecognition" and analysis.segment_result_set[0].title
    quality = events["AiQualityControlResult"].ai_quality_control_result_info
    assert quality.quality_control_result_set[0].quality_control_items[0].confidence == 10
    subtitle = events["AiSmartSubtitleResult"].ai_smart_subtitle_result_info
    assert subtitle.smart_subtitle_result[0].text == "emulated subtitle"
    assert "ProcessEof" in events
