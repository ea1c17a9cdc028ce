"""Malformed input raises a typed DecodeError naming the wire path; nulls and unknown fields never do."""

from __future__ import annotations

import json
from typing import Any

import pytest

import tencent_mps
from tencent_mps.errors import (
    APIError,
    DecodeError,
    FailedOperationError,
    FailedOperationInvalidMpsUserError,
    RequestLimitExceededError,
    RequestLimitExceededUinLimitExceededError,
    ResourceNotFoundError,
    SDKError,
)
from tencent_mps.models import DescribeTaskDetailRequest, DescribeTaskDetailResponse, MediaMetaData


@pytest.mark.parametrize(
    ("mutate", "path", "reason"),
    [
        (
            lambda r: r["WorkflowTask"]["MetaData"].__setitem__("Width", "480"),
            "WorkflowTask.MetaData.Width",
            "expected an integer, got a string",
        ),
        (
            lambda r: r["WorkflowTask"]["MetaData"].__setitem__("Width", True),
            "WorkflowTask.MetaData.Width",
            "expected an integer, got a boolean",
        ),
        (
            lambda r: r["WorkflowTask"]["MetaData"].__setitem__("Width", 480.5),
            "WorkflowTask.MetaData.Width",
            "expected an integer, got a number",
        ),
        (
            lambda r: r["WorkflowTask"]["MetaData"].__setitem__("Duration", "long"),
            "WorkflowTask.MetaData.Duration",
            "expected a number, got a string",
        ),
        (lambda r: r.__setitem__("Status", 3), "Status", "expected a string, got an integer"),
        (
            lambda r: r.__setitem__("WorkflowTask", []),
            "WorkflowTask",
            "expected an object, got an array",
        ),
        (
            lambda r: r["WorkflowTask"].__setitem__("MediaProcessResultSet", {}),
            "WorkflowTask.MediaProcessResultSet",
            "expected an array, got an object",
        ),
        (
            lambda r: r["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]["Output"][
                "VideoStreamSet"
            ][0].__setitem__("Fps", "24"),
            "WorkflowTask.MediaProcessResultSet[0].TranscodeTask.Output.VideoStreamSet[0].Fps",
            "expected an integer, got a string",
        ),
        (
            lambda r: r["WorkflowTask"]["MetaData"]["AudioStreamSet"].append("x"),
            "WorkflowTask.MetaData.AudioStreamSet[1]",
            "expected an object, got a string",
        ),
    ],
)
def test_wrong_kinds_name_the_wire_path(
    example_response: dict[str, Any], mutate: Any, path: str, reason: str
) -> None:
    mutate(example_response)
    with pytest.raises(DecodeError) as info:
        DescribeTaskDetailResponse.from_dict(example_response)
    assert info.value.path == path
    assert info.value.reason == reason
    assert str(info.value) == f"{path}: {reason}"
    assert isinstance(info.value, SDKError) and isinstance(info.value, ValueError)


def test_scalar_list_items_are_checked(example_response: dict[str, Any]) -> None:
    item = {"Type": "Transcode", "SampleSnapshotTask": {"Output": {"ImagePathSet": ["a.jpg", 7]}}}
    example_response["WorkflowTask"]["MediaProcessResultSet"].append(item)
    with pytest.raises(DecodeError) as info:
        DescribeTaskDetailResponse.from_dict(example_response)
    assert (
        info.value.path
        == "WorkflowTask.MediaProcessResultSet[1].SampleSnapshotTask.Output.ImagePathSet[1]"
    )


def test_nulls_decode_as_none_everywhere(example_response: dict[str, Any]) -> None:
    example_response["Status"] = None
    example_response["WorkflowTask"]["MetaData"]["Width"] = None
    example_response["WorkflowTask"]["MediaProcessResultSet"] = None
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.status is None and r.workflow_task is not None
    assert r.workflow_task.meta_data is not None and r.workflow_task.meta_data.width is None
    assert r.workflow_task.media_process_result_set is None


def test_null_list_elements_are_dropped(example_response: dict[str, Any]) -> None:
    streams = example_response["WorkflowTask"]["MetaData"]["AudioStreamSet"]
    streams.insert(0, None)
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.workflow_task is not None and r.workflow_task.meta_data is not None
    assert [s.codec for s in r.workflow_task.meta_data.audio_stream_set or []] == ["aac"]


def test_missing_fields_decode_as_none() -> None:
    r = DescribeTaskDetailResponse.from_dict({})
    assert r.status is None and r.workflow_task is None and r.request_id is None
    assert r.to_dict() == {}


def test_unknown_fields_are_kept_and_given_back(example_response: dict[str, Any]) -> None:
    example_response["NewTopLevel"] = {"x": [1, 2]}
    example_response["WorkflowTask"]["MetaData"]["FutureField"] = "hdr10+"
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.unknown_fields == {"NewTopLevel": {"x": [1, 2]}}
    assert r.workflow_task is not None and r.workflow_task.meta_data is not None
    assert r.workflow_task.meta_data.unknown_fields == {"FutureField": "hdr10+"}
    out = r.to_dict()
    assert out["NewTopLevel"] == {"x": [1, 2]}
    assert out["WorkflowTask"]["MetaData"]["FutureField"] == "hdr10+"


def test_non_object_documents() -> None:
    for bad in ([], "x", 3, None):
        with pytest.raises(DecodeError) as info:
            MediaMetaData.from_dict(bad)  # type: ignore[arg-type]
        assert info.value.path == ""


def test_any_mapping_is_accepted() -> None:
    from types import MappingProxyType

    assert MediaMetaData.from_dict(MappingProxyType({"Width": 3})).width == 3


def test_required_request_field_is_checked_when_sending_not_when_decoding() -> None:
    from tencent_mps.errors import ValidationError
    from tencent_mps.operations import DESCRIBE_TASK_DETAIL

    encode = DESCRIBE_TASK_DETAIL.encode
    assert encode(DescribeTaskDetailRequest(task_id="t-1")) == {"TaskId": "t-1"}
    assert encode({"TaskId": "t-2"}) == {"TaskId": "t-2"}  # a wire dict in place of the model
    assert DescribeTaskDetailRequest.from_dict({}).task_id is None  # decoding stays lenient
    with pytest.raises(ValidationError) as info:
        encode(DescribeTaskDetailRequest.from_dict({}))
    assert str(info.value) == "TaskId: required field is missing (expected a string)"
    with pytest.raises(ValidationError) as info:
        encode(DescribeTaskDetailRequest(task_id=5))  # type: ignore[arg-type]
    assert str(info.value) == "TaskId: expected a string, got an integer"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"[]", "expected a JSON object"),
        (b'{"Other": 1}', 'no "Response" key'),
        (b'{"Response": []}', "expected an object, got an array"),
    ],
)
def test_parse_response_rejects_malformed_bodies(body: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        tencent_mps.parse_response(body)
    assert reason in str(info.value)


def test_parse_response_wraps_nested_errors(example_body: bytes) -> None:
    doc = json.loads(example_body)
    doc["Response"]["WorkflowTask"]["ErrCode"] = "0"
    with pytest.raises(DecodeError) as info:
        tencent_mps.parse_response(json.dumps(doc))
    assert info.value.path == "WorkflowTask.ErrCode"


def _error_body(code: str, message: str = "boom", request_id: str = "req-9") -> bytes:
    return json.dumps(
        {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}
    ).encode()


@pytest.mark.parametrize(
    ("code", "cls", "parents"),
    [
        ("ResourceNotFound", ResourceNotFoundError, (APIError,)),
        (
            "FailedOperation.InvalidMpsUser",
            FailedOperationInvalidMpsUserError,
            (FailedOperationError,),
        ),
        (
            "RequestLimitExceeded.UinLimitExceeded",
            RequestLimitExceededUinLimitExceededError,
            (RequestLimitExceededError,),
        ),
        (
            "FailedOperation.SomethingNew",
            FailedOperationError,
            (APIError,),
        ),  # unknown sub-code: nearest parent
        ("TotallyNew.Code", APIError, (SDKError,)),
    ],
)
def test_error_envelopes_raise_typed_errors(
    code: str, cls: type[APIError], parents: tuple[type, ...]
) -> None:
    with pytest.raises(APIError) as info:
        tencent_mps.parse_response(_error_body(code))
    err = info.value
    assert type(err) is cls and all(isinstance(err, p) for p in parents)
    assert (err.code, err.message, err.request_id) == (code, "boom", "req-9")
    assert str(err) == f"{code}: boom (request id req-9)"


def test_malformed_error_envelope() -> None:
    with pytest.raises(DecodeError) as info:
        tencent_mps.parse_response(b'{"Response": {"Error": {"Code": 5}}}')
    assert info.value.path == "Response.Error.Code"
