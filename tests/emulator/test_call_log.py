"""The emulator's record of calls stays bounded however long it runs."""

from __future__ import annotations

from tencent_mps_lib.testing.server._calls import Call, CallLog


def _call(n: int) -> Call:
    return Call("POST", "DescribeTaskDetail", "2019-06-12", f"t-{n}", {}, "ok")


def test_the_oldest_calls_are_forgotten_beyond_the_limit() -> None:
    log = CallLog(limit=5)
    for n in range(12):
        log.append(_call(n))
    assert len(log) == 12  # every call is counted
    assert [c.task_id for c in log.snapshot()] == [f"t-{n}" for n in range(7, 12)]
    log.clear()
    assert len(log) == 0 and log.snapshot() == []
