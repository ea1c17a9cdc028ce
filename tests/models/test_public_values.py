"""What users pass in and read back: enums where strings go, wire dicts where models go, and
type hints that resolve at run time."""

from __future__ import annotations

import enum
import json
import subprocess
import sys
import typing

import pytest

from tencent_mps import models
from tencent_mps.enums import TaskStatus
from tencent_mps.errors import ValidationError
from tencent_mps.operations import OPERATIONS


def _encode(action: str, request: object) -> dict[str, typing.Any]:
    return OPERATIONS[action].encode(request)  # type: ignore[no-any-return]


class Colour(str, enum.Enum):  # noqa: UP042 - str() of a str-based Enum is "Colour.RED"
    RED = "FINISH"


class Size(enum.IntEnum):
    BIG = 50


def test_str_and_int_subclasses_are_sent_as_their_values() -> None:
    body = _encode("DescribeTasks", models.DescribeTasksRequest(status=TaskStatus.FINISH))
    assert body["Status"] == "FINISH" and type(body["Status"]) is str
    body = _encode("DescribeTasks", models.DescribeTasksRequest(status=Colour.RED, limit=Size.BIG))
    assert json.dumps(body) == '{"Status": "FINISH", "Limit": 50}'
    assert type(body["Limit"]) is int


def test_subclasses_in_lists_and_nested_models_are_sent_as_values() -> None:
    task = models.ProcessMediaRequest(
        input_info=models.MediaInputInfo(type=Colour.RED, cos_input_info=None),
        tasks_priority=Size.BIG,
    )
    body = _encode("ProcessMedia", task)
    assert body["InputInfo"]["Type"] == "FINISH" and type(body["InputInfo"]["Type"]) is str
    assert body["TasksPriority"] == 50 and type(body["TasksPriority"]) is int


def test_bool_is_still_refused_where_an_integer_goes() -> None:
    with pytest.raises(ValidationError) as err:
        _encode("DescribeTasks", models.DescribeTasksRequest(status="FINISH", limit=True))
    assert err.value.path == "Limit"


COS = {"Bucket": "b", "Region": "ap-guangzhou", "Object": "/in.mp4"}


def test_to_dict_accepts_the_wire_dicts_requests_accept() -> None:
    info = models.MediaInputInfo(type="COS", cos_input_info=dict(COS))  # type: ignore[arg-type]
    assert info.to_dict() == {"Type": "COS", "CosInputInfo": COS}
    req = models.ProcessMediaRequest(input_info=info)
    assert _encode("ProcessMedia", req)["InputInfo"]["CosInputInfo"] == COS
    assert req.to_dict()["InputInfo"] == {"Type": "COS", "CosInputInfo": COS}
    assert req.to_dict()["InputInfo"]["CosInputInfo"] is not info.cos_input_info  # a copy
    task = models.WorkflowTask(media_process_result_set=[{"Type": "Transcode"}])  # type: ignore[list-item]
    assert task.to_dict() == {"MediaProcessResultSet": [{"Type": "Transcode"}]}


def test_to_dict_refuses_a_value_that_is_neither_model_nor_dict() -> None:
    info = models.MediaInputInfo(type="COS", cos_input_info=42)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        info.to_dict()


@pytest.mark.parametrize(
    "name", ["WorkflowTask", "DescribeTaskDetailResponse", "ProcessMediaRequest", "MediaInputInfo"]
)
def test_type_hints_resolve_at_run_time(name: str) -> None:
    cls = getattr(models, name)
    hints = typing.get_type_hints(cls)
    assert set(cls.WIRE_NAMES) <= set(hints)
    for attr in cls.WIRE_NAMES:
        assert hints[attr] is not None


def test_every_model_resolves_its_hints() -> None:
    from tencent_mps.models._registry import MODULES

    for name in MODULES:
        hints = typing.get_type_hints(getattr(models, name))
        assert "unknown_fields" in hints


def test_resolving_hints_does_not_load_models_up_front() -> None:
    code = (
        "import sys, typing; from tencent_mps import models; "
        "before = {m for m in sys.modules if m.startswith('tencent_mps.models.')}; "
        "hints = typing.get_type_hints(models.MediaInputInfo); "
        "after = {m for m in sys.modules if m.startswith('tencent_mps.models.')}; "
        "print(hints['cos_input_info'], len(after - before))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    text, loaded = out.stdout.split()[:-1], int(out.stdout.split()[-1])
    assert "CosInputInfo" in " ".join(text)
    assert loaded <= 6  # the class, the types it names, nothing else


def test_parse_response_takes_the_action_by_name() -> None:
    import tencent_mps
    from tencent_mps.errors import ConfigurationError

    body = b'{"Response": {"Definition": 30001, "RequestId": "r"}}'
    parsed = tencent_mps.parse_response(body, "CreateTranscodeTemplate")
    assert isinstance(parsed, models.CreateTranscodeTemplateResponse)
    assert parsed.definition == 30001
    default = tencent_mps.parse_response(b'{"Response": {"TaskType": "WorkflowTask"}}')
    assert isinstance(default, models.DescribeTaskDetailResponse)
    with pytest.raises(ConfigurationError, match="NoSuchAction"):
        tencent_mps.parse_response(body, "NoSuchAction")


def test_parser_names_do_not_stutter() -> None:
    from tencent_mps import operations

    assert hasattr(operations, "parse_notification_response")
    assert not hasattr(operations, "parse_parse_notification_response")
    assert hasattr(operations, "parse_describe_task_detail_response")


def test_docstrings_keep_a_sentence_with_an_abbreviation_whole() -> None:
    from codegen.render import first_sentence

    assert first_sentence("Region, e.g. sh or bj. Then more.") == "Region, e.g. sh or bj."
    assert first_sentence("Codes, i.e. strings. More.") == "Codes, i.e. strings."
