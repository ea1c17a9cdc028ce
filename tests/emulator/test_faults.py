"""Injected faults, observed with raw http.client requests."""

from __future__ import annotations

import socket

import pytest

from tencent_mps.testing import Emulator

from .helpers import call

EXAMPLE_ID = Emulator.EXAMPLE_TASK_ID


def test_http_error(mps_emulator: Emulator) -> None:
    mps_emulator.inject("http_error")
    reply = call(mps_emulator)
    assert reply.status == 503
    assert reply.document is None  # not an envelope, not even JSON
    assert reply.headers["content-type"].startswith("text/html")
    assert call(mps_emulator).status == 200  # times=1: the next call is normal


def test_http_error_with_status(mps_emulator: Emulator) -> None:
    mps_emulator.inject("http_error", status=502, times=2)
    assert [call(mps_emulator).status for _ in range(3)] == [502, 502, 200]


def test_reset(mps_emulator: Emulator) -> None:
    mps_emulator.inject("reset")
    with pytest.raises(ConnectionResetError):  # a TCP RST (RemoteDisconnected is one too)
        call(mps_emulator)
    assert call(mps_emulator).response["Status"] == "FINISH"
    assert [c.outcome for c in mps_emulator.calls] == ["reset", "ok"]


def test_malformed(mps_emulator: Emulator) -> None:
    mps_emulator.inject("malformed")
    reply = call(mps_emulator)
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    assert reply.document is None and reply.body  # the body does not parse


@pytest.mark.parametrize(
    ("fault", "code"), [("throttle", "RequestLimitExceeded"), ("internal_error", "InternalError")]
)
def test_error_envelopes(mps_emulator: Emulator, fault: str, code: str) -> None:
    mps_emulator.inject(fault)
    reply = call(mps_emulator)
    assert (reply.status, reply.error_code) == (200, code)
    assert mps_emulator.calls[0].fault == fault


def test_delay_then_answer(mps_emulator: Emulator) -> None:
    mps_emulator.inject("delay", delay=0.2)
    reply = call(mps_emulator, timeout=10)
    assert reply.response["Status"] == "FINISH"
    assert mps_emulator.calls[0].fault == "delay"
    assert mps_emulator.calls[0].outcome == "ok"


def test_delay_longer_than_the_read_timeout(mps_emulator: Emulator) -> None:
    mps_emulator.inject("delay", delay=30)
    with pytest.raises((TimeoutError, socket.timeout)):
        call(mps_emulator, timeout=0.3)
    # stopping the emulator (fixture teardown) ends the pending delay at once


def test_fault_scoped_to_one_task(mps_emulator: Emulator) -> None:
    other = mps_emulator.add_progressing_task()
    mps_emulator.inject("internal_error", task_id=other, times=None)
    assert call(mps_emulator).error_code is None
    assert call(mps_emulator, other).error_code == "InternalError"
    assert call(mps_emulator, other).error_code == "InternalError"
    assert call(mps_emulator).error_code is None
    mps_emulator.clear_faults()
    assert call(mps_emulator, other).response["Status"] == "WAITING"


def test_faults_apply_in_injection_order(mps_emulator: Emulator) -> None:
    mps_emulator.inject("throttle")
    mps_emulator.inject("http_error", status=500)
    replies = [call(mps_emulator) for _ in range(3)]
    assert [(r.status, r.error_code if r.document else None) for r in replies] == [
        (200, "RequestLimitExceeded"),
        (500, None),
        (200, None),
    ]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fault": "explode"},
        {"fault": "delay"},
        {"fault": "delay", "delay": -1},
        {"fault": "reset", "times": 0},
        {"fault": "reset", "status": 500},
        {"fault": "http_error", "status": 200},
        {"fault": "reset", "task_id": ""},
    ],
)
def test_bad_fault_arguments(mps_emulator: Emulator, kwargs: dict[str, object]) -> None:
    fault = str(kwargs.pop("fault"))
    with pytest.raises(ValueError):
        mps_emulator.inject(fault, **kwargs)  # type: ignore[arg-type]
