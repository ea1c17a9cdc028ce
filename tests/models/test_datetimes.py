"""Date-time fields: aware datetimes in models, ISO 8601 text on the wire (tencent_mps_core.times)."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tencent_mps import Client
from tencent_mps.models import DescribeTaskDetailResponse, DescribeTasksRequest, TaskSimpleInfo
from tencent_mps.testing import Emulator
from tencent_mps_core import times
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .strategies import TIMES
from .wire import strip_nulls

EIGHT = timezone(timedelta(hours=8))


def task(**fields: Any) -> dict[str, Any]:
    return {"TaskId": "t-1", "TaskType": "WorkflowTask", **fields}


# --- responses -------------------------------------------------------------------------------


def test_z_decodes_to_utc_and_writes_back_the_same_text() -> None:
    info = TaskSimpleInfo.from_dict(task(CreateTime="2019-07-16T06:21:27Z"))
    assert info.create_time == datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)
    assert info.create_time is not None and info.create_time.tzinfo is UTC
    assert info.to_dict()["CreateTime"] == "2019-07-16T06:21:27Z"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-07-16T14:21:27+08:00", datetime(2019, 7, 16, 14, 21, 27, tzinfo=EIGHT)),
        ("2019-07-16T14:21:27+0800", datetime(2019, 7, 16, 14, 21, 27, tzinfo=EIGHT)),
        ("2019-07-16T14:21:27+08", datetime(2019, 7, 16, 14, 21, 27, tzinfo=EIGHT)),
        ("2019-07-16T06:21:27.5Z", datetime(2019, 7, 16, 6, 21, 27, 500000, tzinfo=UTC)),
        ("2019-07-16T06:21:27,25Z", datetime(2019, 7, 16, 6, 21, 27, 250000, tzinfo=UTC)),
        ("2019-07-16T06:21:27.123456789Z", datetime(2019, 7, 16, 6, 21, 27, 123456, tzinfo=UTC)),
        ("2019-07-16T06:21:27.000Z", datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)),
        ("2019-07-16T01:21:27-05:00", datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)),
        ("2019-07-16T06:21:27+00:00", datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)),
        ("2019-07-16T06:21:27-23:59", datetime(2019, 7, 17, 6, 20, 27, tzinfo=UTC)),
    ],
)
def test_offsets_and_fractions_keep_their_offset_and_their_text(
    text: str, expected: datetime
) -> None:
    info = TaskSimpleInfo.from_dict(task(FinishTime=text))
    value = info.finish_time
    assert isinstance(value, datetime) and value == expected
    assert value.utcoffset() == datetime.fromisoformat(text).utcoffset()  # the given offset
    assert info.to_dict()["FinishTime"] == text  # the text as received, not a rewrite


@pytest.mark.parametrize("empty", ["", "0000-00-00T00:00:00Z"])
def test_the_service_empty_values_decode_as_none(empty: str) -> None:
    info = TaskSimpleInfo.from_dict(task(CreateTime=empty))
    assert info.create_time is None
    assert "CreateTime" not in info.to_dict()
    assert info.unknown_fields is None


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "2019-07-16",  # a date only
        "2019-07-16T06:21:27",  # no zone: which instant is unknown
        "2019-07-16 06:21:27Z",  # a space for the T
        "2019-07-16T06:21Z",  # no seconds
        "20190716T062127Z",  # the basic format
        "2019-07-16T062127.5Z",  # basic time, of the canonical length
        "2016-12-31T23:59:60Z",  # a leap second: datetime cannot hold it
        "2019-02-29T00:00:00Z",
        "2019-13-01T00:00:00Z",
        "2019-07-32T00:00:00Z",
        "2019-07-16T24:00:00Z",
        "0000-01-01T00:00:00Z",  # year 0
        "10000-01-01T00:00:00Z",  # a five-digit year
        "99999999999-01-01T00:00:00Z",
        "+2019-07-16T06:21:27Z",
        "2019-07-16T06:21:27+24:00",  # an offset of a whole day
        "2019-07-16T06:21:27+08:60",
        "2019-07-16T06:21:27+8:00",
        "2019-07-16T06:21:27+08:00:00",  # offset seconds
        "2019-07-16T06:21:27.Z",
        "2019-07-16T06:21:27.1234567890Z",  # ten digits of fraction
        "2019-07-16T06:21:27z",
        " 2019-07-16T06:21:27Z",
        "2019-07-16T06:21:27Z\t",
        "2019-07-16T06:21:\u0662\u0667Z",  # non-ASCII digits
        "0000-00-00T00:00:00+08:00",
        "2019-07-16T06:21:27Z" * 1000,
        "\x00",
    ],
)
def test_anything_else_is_a_decode_error_with_the_wire_path(text: str) -> None:
    body = {"TaskSet": [task(), task(CreateTime=text)], "TotalCount": 2, "RequestId": "r"}
    from tencent_mps.models import DescribeTasksResponse

    with pytest.raises(DecodeError) as err:
        DescribeTasksResponse.from_dict(body)
    assert err.value.path == "TaskSet[1].CreateTime"
    assert "ISO 8601" in err.value.reason
    assert len(str(err.value)) < 300  # a huge value is not copied into the message


@pytest.mark.parametrize("value", [0, 1563258087, 1.5, True, [], {}, ["2019-07-16T06:21:27Z"]])
def test_a_value_that_is_not_text_is_a_decode_error(value: Any) -> None:
    with pytest.raises(DecodeError) as err:
        TaskSimpleInfo.from_dict(task(CreateTime=value))
    assert err.value.path == "CreateTime"


def test_nested_time_errors_name_the_whole_path(example_response: dict[str, Any]) -> None:
    body = copy.deepcopy(example_response)
    body["WorkflowTask"]["AiDubbingTaskResult"] = {"BeginProcessTime": "x"}
    with pytest.raises(DecodeError) as err:
        DescribeTaskDetailResponse.from_dict(body)
    assert err.value.path == "WorkflowTask.AiDubbingTaskResult.BeginProcessTime"


@given(TIMES)
def test_every_accepted_text_round_trips(text: str) -> None:
    info = TaskSimpleInfo.from_dict(task(CreateTime=text))
    assert isinstance(info.create_time, datetime) and info.create_time.utcoffset() is not None
    assert info.to_dict()["CreateTime"] == text
    assert TaskSimpleInfo.from_dict(info.to_dict()) == info


@given(st.text(max_size=30))
def test_any_text_decodes_to_an_aware_time_none_or_a_decode_error(text: str) -> None:
    try:
        info = TaskSimpleInfo.from_dict(task(CreateTime=text))
    except DecodeError as exc:
        assert exc.path == "CreateTime"
        return
    value = info.create_time
    assert value is None or (value.utcoffset() is not None and info.to_dict()["CreateTime"] == text)


def test_the_example_round_trips_exactly(example_response: dict[str, Any]) -> None:
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.to_dict() == strip_nulls(example_response)  # to_dict leaves nulls out
    assert r.create_time == datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)
    transcode = r.subtasks()[0]
    assert transcode.kind == "Transcode"
    assert r.finish_time is not None and r.begin_process_time is not None
    assert r.finish_time - r.begin_process_time == timedelta(seconds=18)


def test_decoded_times_behave_as_datetimes() -> None:
    info = TaskSimpleInfo.from_dict(task(CreateTime="2019-07-16T14:21:27+08:00"))
    value = info.create_time
    assert value is not None
    assert value == datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)
    assert hash(value) == hash(datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC))
    assert repr(value).startswith("datetime.datetime(2019, 7, 16, 14, 21, 27")
    later = value + timedelta(hours=1)
    assert type(later) is datetime or times.to_text(later) == "2019-07-16T07:21:27Z"
    assert times.to_text(later) == "2019-07-16T07:21:27Z"  # computed values keep no text
    assert pickle.loads(pickle.dumps(value)) == value
    assert times.to_text(copy.copy(value)) in ("2019-07-16T14:21:27+08:00", "2019-07-16T06:21:27Z")


def test_to_dict_of_values_set_by_hand() -> None:
    info = TaskSimpleInfo(task_id="t", create_time=datetime(2020, 1, 2, 11, 4, 5, tzinfo=EIGHT))
    assert info.to_dict()["CreateTime"] == "2020-01-02T03:04:05Z"
    near_the_end = datetime(9999, 12, 31, 23, 0, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert TaskSimpleInfo(create_time=near_the_end).to_dict()["CreateTime"] == (
        "9999-12-31T23:00:00-05:00"  # UTC would be year 10000: its own offset instead
    )


# --- requests --------------------------------------------------------------------------------


def encode(**fields: Any) -> dict[str, Any]:
    from tencent_mps.models._registry import REQUEST

    return REQUEST["DescribeTasksRequest"](DescribeTasksRequest(status="FINISH", **fields))


def test_an_aware_datetime_is_sent_as_utc_text_with_z() -> None:
    sent = encode(
        start_time=datetime(2019, 7, 16, 14, 21, 27, tzinfo=EIGHT),
        end_time=datetime(2019, 7, 16, 6, 21, 27, 250000, tzinfo=UTC),
    )
    assert sent["StartTime"] == "2019-07-16T06:21:27Z"
    assert sent["EndTime"] == "2019-07-16T06:21:27.25Z"


@pytest.mark.parametrize("text", ["2019-07-16T06:21:27Z", "2019-07-16T14:21:27+08:00", ""])
def test_text_is_checked_and_sent_as_given(text: str) -> None:
    assert encode(start_time=text)["StartTime"] == text


@pytest.mark.parametrize("text", ["yesterday", "2019-07-16T06:21:27", "2016-12-31T23:59:60Z"])
def test_bad_text_is_refused_before_sending(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        encode(start_time=text)
    assert err.value.path == "StartTime" and "ISO 8601" in err.value.reason


def test_a_naive_datetime_is_refused_with_how_to_make_it_aware() -> None:
    with pytest.raises(ValidationError) as err:
        encode(end_time=datetime(2019, 7, 16, 6, 21, 27))
    assert err.value.path == "EndTime"
    assert "naive" in err.value.reason and "tzinfo=timezone.utc" in err.value.reason
    assert "astimezone()" in err.value.reason


@pytest.mark.parametrize("value", [1563258087, 1.5, True, b"2019-07-16T06:21:27Z", [], {}])
def test_other_values_are_refused(value: Any) -> None:
    with pytest.raises(ValidationError) as err:
        encode(start_time=value)
    assert err.value.path == "StartTime"


def test_a_time_outside_utc_years_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        encode(start_time=datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))))
    assert err.value.path == "StartTime"


def test_a_request_decoded_from_its_wire_dict_sends_the_same_text() -> None:
    wire = {"Status": "FINISH", "StartTime": "2019-07-16T14:21:27+08:00"}
    request = DescribeTasksRequest.from_dict(wire)
    assert request.start_time == datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)
    from tencent_mps.models._registry import REQUEST

    assert REQUEST["DescribeTasksRequest"](request) == wire


@pytest.fixture()
def emu() -> Iterator[Emulator]:
    with Emulator(task_duration=(0.2, 0.5), seed=5) as e:
        yield e


def test_a_naive_datetime_sends_nothing(emu: Emulator) -> None:
    client = Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint)
    emu.clear_calls()
    with pytest.raises(ValidationError) as err:
        client.describe_tasks("FINISH", start_time=datetime(2019, 7, 16, 6, 21, 27))
    assert err.value.path == "StartTime"
    assert emu.calls == []


def test_the_emulator_lists_by_aware_datetimes_and_answers_with_them(emu: Emulator) -> None:
    client = Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint)
    before = datetime.now(UTC) - timedelta(seconds=5)
    emu.add_task(
        {"TaskType": "WorkflowTask", "Status": "FINISH", "WorkflowTask": {"Status": "FINISH"}},
        task_id="t-dt",
    )
    listed = client.describe_tasks(
        "FINISH", start_time=before, end_time=before + timedelta(hours=1)
    )
    ids = [t.task_id for t in listed.task_set or []]
    assert "t-dt" in ids
    for item in listed.task_set or []:
        assert item.create_time is None or item.create_time.tzinfo is UTC
    assert client.describe_tasks("FINISH", start_time=before + timedelta(hours=1)).task_set in (
        None,
        [],
    )
    detail = client.describe_task_detail("t-dt")
    assert detail.create_time is None or detail.create_time >= before
