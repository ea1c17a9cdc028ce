"""The two drivers of a sans-IO core (tencent_mps_core.sansio): results go back in, exceptions
are thrown in for the core to handle, and what the core returns or raises is the driver's."""

from __future__ import annotations

import asyncio
from collections.abc import Generator
from typing import Any

import pytest

from tencent_mps_core.sansio import adrive, drive


def core(log: list[Any]) -> Generator[str, Any, str]:
    """Asks for "a", then "b" until "b" stops failing (at most 3 tries), then "boom"."""
    log.append(("got", (yield "a")))
    for attempt in range(3):
        try:
            log.append(("got", (yield "b")))
            break
        except ValueError as exc:
            log.append(("caught", str(exc), attempt))
    else:
        raise RuntimeError("b kept failing")
    try:
        yield "boom"
    except KeyError:
        return "handled"
    return "not reached"


def _perform(failures: dict[str, int]) -> Any:
    def perform(step: str) -> Any:
        if step == "boom":
            raise KeyError(step)
        if failures.get(step, 0) > 0:
            failures[step] -= 1
            raise ValueError(f"{step} failed")
        return step.upper()

    return perform


def _run_both(failures: dict[str, int]) -> list[tuple[Any, list[Any]]]:
    out = []
    for driver in ("sync", "async"):
        log: list[Any] = []
        perform = _perform(dict(failures))
        try:
            if driver == "sync":
                result: Any = drive(core(log), perform)
            else:

                async def aperform(step: str, perform: Any = perform) -> Any:
                    return perform(step)

                result = asyncio.run(adrive(core(log), aperform))
        except Exception as exc:
            result = (type(exc).__name__, str(exc))
        out.append((result, log))
    return out


@pytest.mark.parametrize("failures", [{}, {"b": 1}, {"b": 2}, {"b": 3}])
def test_both_drivers_run_a_core_alike(failures: dict[str, int]) -> None:
    sync, both = _run_both(failures)
    assert sync == both
    result, log = sync
    assert log[0] == ("got", "A")
    if failures.get("b", 0) >= 3:
        assert result == ("RuntimeError", "b kept failing")
    else:
        assert result == "handled"  # the step's KeyError went to the core, which returned
        assert log[-1] == ("got", "B")
        assert [e for e in log if e[0] == "caught"] == [
            ("caught", "b failed", i) for i in range(failures.get("b", 0))
        ]


def test_an_exception_the_core_does_not_handle_reaches_the_caller_unchanged() -> None:
    def bare() -> Generator[str, Any, None]:
        yield "x"

    error = ValueError("from the step")

    def perform(step: str) -> Any:
        raise error

    with pytest.raises(ValueError) as info:
        drive(bare(), perform)
    assert info.value is error

    async def aperform(step: str) -> Any:
        raise error

    with pytest.raises(ValueError) as ainfo:
        asyncio.run(adrive(bare(), aperform))
    assert ainfo.value is error


def test_base_exceptions_are_not_thrown_into_the_core() -> None:
    """KeyboardInterrupt and cancellation go straight to the caller: a core's handlers for
    failed steps never see them."""
    seen: list[BaseException] = []

    def catching() -> Generator[str, Any, None]:
        try:
            yield "x"
        except BaseException as exc:  # would swallow it if it were thrown in
            seen.append(exc)

    def interrupt(step: str) -> Any:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        drive(catching(), interrupt)

    async def cancelled(step: str) -> Any:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(adrive(catching(), cancelled))
    assert all(isinstance(e, GeneratorExit) for e in seen)  # only closed, when collected
