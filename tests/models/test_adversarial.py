"""Adversarial bodies within the size cap: many tiny objects, deep nesting, numbers that
overflow. They decode (or are refused) with typed results, and the garbage collector pause
used for large bodies is always undone."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from tencent_mps import parse_describe_task_detail_response
from tencent_mps.errors import DecodeError, error_class_for
from tencent_mps.models import MediaProcessTaskResult
from tencent_mps_core.decoding import GC_PAUSE_THRESHOLD, GCPause, gc_pause
from tencent_mps_core.envelope import load_json
from tencent_mps_core.operation import Operation
from tencent_mps_core.service import ServiceModel

SERVICE = ServiceModel(
    name="mps",
    api_version="2019-06-12",
    endpoint="https://mps.tencentcloudapi.com",
    user_agent="tencent-mps-tests/0",
    error_class_for=error_class_for,
)


def empty_objects(n: int, *, last: str = "{}") -> bytes:
    """A DescribeTaskDetail answer whose MediaProcessResultSet holds ``n`` empty objects."""
    items = ",".join(["{}"] * (n - 1) + [last])
    return (
        '{"Response": {"RequestId": "r", "WorkflowTask": {"TaskId": "t", '
        '"MediaProcessResultSet": [' + items + "]}}}"
    ).encode()


@pytest.fixture(autouse=True)
def collector_enabled() -> Iterator[None]:
    """Every test starts and must end with the collector on and no pause held."""
    was = gc.isenabled()
    gc.enable()
    yield
    assert not gc_pause.active
    assert gc.isenabled()
    if not was:
        gc.disable()


def test_hundreds_of_thousands_of_empty_objects_decode() -> None:
    n = 300_000
    response = parse_describe_task_detail_response(empty_objects(n))
    assert response.request_id == "r"
    assert response.workflow_task is not None
    items = response.workflow_task.media_process_result_set
    assert items is not None and len(items) == n
    assert all(type(item) is MediaProcessTaskResult for item in items[:: n // 100])
    assert items[-1].type is None and items[-1].transcode_task is None


def test_a_bad_item_after_many_good_ones_names_its_index() -> None:
    n = 200_000
    with pytest.raises(DecodeError) as info:
        parse_describe_task_detail_response(empty_objects(n, last='{"Type": 5}'))
    assert info.value.path == f"WorkflowTask.MediaProcessResultSet[{n - 1}].Type"


def _recording_operation(seen: list[bool]) -> Operation:
    def decode(inner: Any) -> Any:
        seen.append(gc.isenabled())
        if inner.get("Fail"):
            raise DecodeError("refused on purpose", "Fail")
        return inner

    return Operation(
        action="DescribeTaskDetail",
        version="2019-06-12",
        request_type="Request",
        response_type="Response",
        idempotent=True,
        rate_limit=100.0,
        error_codes=(),
        encoders={},
        decoders={"Response": decode},
    )


def _body(size: int, *, fail: bool = False) -> bytes:
    head = b'{"Response": {"RequestId": "r", ' + (b'"Fail": 1, ' if fail else b"") + b'"Pad": "'
    return head + b"x" * max(0, size - len(head) - 3) + b'"}}'


def test_large_bodies_are_decoded_with_the_collector_paused_small_ones_not() -> None:
    seen: list[bool] = []
    op = _recording_operation(seen)
    op.parse(_body(GC_PAUSE_THRESHOLD), SERVICE)
    op.parse(_body(1000), SERVICE)
    op.parse(_body(GC_PAUSE_THRESHOLD).decode(), SERVICE)  # str bodies too
    assert seen == [False, True, False]
    assert gc.isenabled()


def test_the_collector_is_restored_when_decoding_fails() -> None:
    seen: list[bool] = []
    op = _recording_operation(seen)
    with pytest.raises(DecodeError):
        op.parse(_body(GC_PAUSE_THRESHOLD, fail=True), SERVICE)
    with pytest.raises(DecodeError):
        op.parse(b"[" * GC_PAUSE_THRESHOLD, SERVICE)  # nested too deeply
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off() -> None:
    gc.disable()
    try:
        parse_describe_task_detail_response(empty_objects(100_000))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_pause_is_reentrant() -> None:
    pause = GCPause()
    with pause:
        assert not gc.isenabled()
        with pause:
            assert not gc.isenabled()
        assert not gc.isenabled() and pause.active
    assert gc.isenabled() and not pause.active


def test_the_pause_is_thread_safe() -> None:
    """Overlapping pauses from many threads: the collector comes back on after the last one."""
    pause = GCPause()
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            start.wait(timeout=30)
            for _ in range(2000):
                with pause:
                    if gc.isenabled():
                        raise AssertionError("collector on inside a pause")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert not pause.active and gc.isenabled()


def test_deep_nesting_is_refused_not_a_crash() -> None:
    for opener in ("[", '{"a":'):
        with pytest.raises(DecodeError) as info:
            load_json(opener * 200_000)
        assert "nested too deeply" in str(info.value)
    body = b'{"Response": {"RequestId": "r", "WorkflowTask": {"Unknown": ' + b"[" * 100_000 + b"]}}"
    with pytest.raises(DecodeError):
        parse_describe_task_detail_response(body)


@pytest.mark.parametrize("number", ["1e400", "-1E+999", "123456789e999"])
def test_numbers_too_large_for_a_float_are_refused_like_infinity(number: str) -> None:
    with pytest.raises(DecodeError) as info:
        load_json('{"Response": {"WorkflowTask": {"MetaData": {"Duration": ' + number + "}}}}")
    assert "too large" in str(info.value)


def test_small_and_ordinary_floats_still_decode() -> None:
    assert load_json(b"[1e308, 1e-400, -0.0, 2.5E+3]") == [1e308, 0.0, -0.0, 2500.0]
