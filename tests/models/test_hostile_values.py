"""Values no decoder should choke on: huge integers, NaN and Infinity, bodies of the wrong type."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tencent_mps import parse_describe_task_detail_response, parse_response
from tencent_mps.errors import DecodeError
from tencent_mps.models import DescribeTaskDetailResponse, MediaMetaData


def test_an_integer_too_large_for_a_number_field_is_a_decode_error_with_its_path() -> None:
    huge = 10**400
    with pytest.raises(DecodeError) as info:
        MediaMetaData.from_dict({"Duration": huge})
    assert info.value.path == "Duration"
    assert "too large" in info.value.reason
    assert "400" not in repr(info.value.value) or "digits" in str(info.value.value)
    body = json.dumps({"Response": {"WorkflowTask": {"MetaData": {"AudioDuration": huge}}}})
    with pytest.raises(DecodeError) as info:
        parse_response(body)
    assert info.value.path == "WorkflowTask.MetaData.AudioDuration"


def test_huge_integers_in_lists_of_numbers_too() -> None:
    from tencent_mps.models import SnapshotByTimeOffsetTaskInput

    decoded = SnapshotByTimeOffsetTaskInput.from_dict({"TimeOffsetSet": [1, 2.5, 3]})
    assert decoded.time_offset_set == [1, 2.5, 3]
    assert decoded.to_dict() == {"TimeOffsetSet": [1, 2.5, 3]}  # integers stay as sent
    assert [type(x) for x in decoded.time_offset_set] == [int, float, int]
    with pytest.raises(DecodeError) as info:
        SnapshotByTimeOffsetTaskInput.from_dict({"TimeOffsetSet": [1.5, 10**400]})
    assert info.value.path == "TimeOffsetSet[1]"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused_as_invalid_json(constant: str) -> None:
    body = '{"Response": {"WorkflowTask": {"MetaData": {"Duration": CONST}}}}'.replace(
        "CONST", constant
    )
    with pytest.raises(DecodeError) as info:
        parse_response(body)
    assert "not allowed" in str(info.value)


def test_integers_beyond_the_interpreter_limit_are_refused_as_invalid_json() -> None:
    body = '{"Response": {"TasksPriority": ' + "9" * 5000 + "}}"
    with pytest.raises(DecodeError):
        parse_response(body)


@pytest.mark.parametrize("body", [None, 42, 3.5, ["Response"], object()])
def test_a_body_of_the_wrong_type_is_a_decode_error_not_a_type_error(body: Any) -> None:
    with pytest.raises(DecodeError):
        parse_response(body)


def test_an_already_parsed_dict_is_accepted(example_envelope: dict[str, Any]) -> None:
    a = parse_response(example_envelope)
    b = parse_describe_task_detail_response(json.dumps(example_envelope))
    assert isinstance(a, DescribeTaskDetailResponse) and a == b
