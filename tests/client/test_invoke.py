"""The escape hatch (``invoke``, ``extra_params``) and how a re-sent request that was already
applied is answered."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tencent_mps import AsyncClient, Client, models
from tencent_mps.errors import ResourceNotFoundError, TransportError, ValidationError
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.ratelimit import UNDOCUMENTED_QUOTA, RateLimiter
from tencent_mps_core.retry import RetryPolicy

from .conftest import DESCRIBE, MpsClient, SleepRecorder
from .server import ScriptedServer, api_error, envelope, reset, respond

OK = envelope({"TaskId": "t-new", "RequestId": "rid-9"})


@pytest.fixture()
def mps(server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder) -> Iterator[Client]:
    with Client(
        credentials=creds,
        region="ap-guangzhou",
        endpoint=server.url,
        retry_policy=RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps),
    ) as client:
        yield client


def test_invoke_a_known_action_checks_and_types(mps: Client, server: ScriptedServer) -> None:
    answer = mps.invoke("DescribeTaskDetail", {"TaskId": "t-1"})
    assert isinstance(answer, models.DescribeTaskDetailResponse)
    assert answer.status == "FINISH"
    request = server.requests[0]
    assert request.headers["x-tc-action"] == "DescribeTaskDetail"
    assert json.loads(request.body) == {"TaskId": "t-1"}
    mps.invoke("DescribeTaskDetail", models.DescribeTaskDetailRequest(task_id="t-2"))
    assert json.loads(server.requests[1].body) == {"TaskId": "t-2"}


def test_invoke_a_known_action_with_a_missing_field_sends_nothing(
    mps: Client, server: ScriptedServer
) -> None:
    with pytest.raises(ValidationError) as err:
        mps.invoke("DescribeTaskDetail", {})
    assert err.value.path == "TaskId"
    with pytest.raises(ValidationError):
        mps.invoke("DescribeTaskDetail", {"TaskId": 5})
    assert server.requests == []


def test_invoke_an_unknown_action_sends_as_given_and_answers_a_dict(
    mps: Client, server: ScriptedServer
) -> None:
    server.add(respond(envelope({"Widget": {"Id": 1}, "RequestId": "rid-2"})))
    answer = mps.invoke("CreateWidgetFromTheFuture", {"Size": 3, "Tags": ["a"]})
    assert answer == {"Widget": {"Id": 1}, "RequestId": "rid-2"}
    request = server.requests[0]
    assert request.headers["x-tc-action"] == "CreateWidgetFromTheFuture"
    assert request.headers["x-tc-version"] == "2019-06-12"
    assert json.loads(request.body) == {"Size": 3, "Tags": ["a"]}


def test_an_unknown_action_is_never_resent_after_an_ambiguous_failure(
    mps: Client, server: ScriptedServer
) -> None:
    server.add(reset(), respond(OK))
    with pytest.raises(TransportError):
        mps.invoke("CreateWidgetFromTheFuture", {})
    assert server.count == 1


def test_invoke_errors_stay_typed(mps: Client, server: ScriptedServer) -> None:
    server.add(api_error("ResourceNotFound.TemplateNotExist"))
    with pytest.raises(ResourceNotFoundError):
        mps.invoke("DescribeWidgetFromTheFuture", {"Id": 1})


@pytest.mark.parametrize("action", ["", "describeTaskDetail", "Bad\r\nX-Evil: 1", 42, None])
def test_invoke_refuses_what_is_not_an_action_name(
    mps: Client, server: ScriptedServer, action: Any
) -> None:
    with pytest.raises(ValidationError):
        mps.invoke(action, {})
    assert server.requests == []


@pytest.mark.parametrize("params", [42, "TaskId=1", {1: "x"}, ["TaskId"]])
def test_invoke_refuses_params_that_are_not_wire_objects(
    mps: Client, server: ScriptedServer, params: Any
) -> None:
    with pytest.raises(ValidationError):
        mps.invoke("DescribeWidgetFromTheFuture", params)
    assert server.requests == []


def test_async_invoke(server: ScriptedServer, creds: Credentials) -> None:
    async def go() -> tuple[Any, Any]:
        async with AsyncClient(credentials=creds, endpoint=server.url) as client:
            known = await client.invoke("DescribeTaskDetail", {"TaskId": "t-1"})
            server.add(respond(envelope({"RequestId": "rid-3"})))
            unknown = await client.invoke("DeleteWidgetFromTheFuture", {"Id": 1})
            return known, unknown

    known, unknown = asyncio.run(go())
    assert isinstance(known, models.DescribeTaskDetailResponse)
    assert unknown == {"RequestId": "rid-3"}


def test_extra_params_are_sent_unchecked_and_declared_fields_win(
    mps: Client, server: ScriptedServer
) -> None:
    mps.describe_task_detail("t-1", extra_params={"NewField": {"Deep": [1, None]}, "TaskId": "x"})
    assert json.loads(server.requests[0].body) == {"TaskId": "t-1", "NewField": {"Deep": [1, None]}}


def test_extra_params_without_a_json_form_are_refused_before_sending(
    mps: Client, server: ScriptedServer
) -> None:
    with pytest.raises(ValidationError, match="JSON"):
        mps.describe_task_detail("t-1", extra_params={"NewField": object()})
    with pytest.raises(ValidationError, match="JSON"):
        mps.describe_task_detail("t-1", extra_params={"NewField": float("nan")})
    assert server.requests == []


# -- a re-sent request the service had already applied ------------------------------------------

DELETE = dataclasses.replace(
    DESCRIBE, action="DeleteWidget", idempotent=True, applied_codes=("ResourceNotFound",)
)


class DeletingClient(MpsClient):
    def delete(self) -> Any:
        return self._invoke(DELETE, "w-1")


@pytest.fixture()
def deleting(
    server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder
) -> Iterator[DeletingClient]:
    with DeletingClient(
        credentials=creds,
        region="ap-guangzhou",
        endpoint=server.url,
        retry_policy=RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps),
    ) as client:
        yield client


def test_a_resent_delete_told_the_resource_is_gone_succeeds(
    deleting: DeletingClient, server: ScriptedServer
) -> None:
    server.add(reset(), api_error("ResourceNotFound.TemplateNotExist"))
    raw = deleting.delete()
    assert raw.attempts == 2 and raw.request_id == "rid-1"
    assert server.count == 2


def test_a_first_attempt_told_the_resource_is_gone_still_fails(
    deleting: DeletingClient, server: ScriptedServer
) -> None:
    server.add(api_error("ResourceNotFound.TemplateNotExist"))
    with pytest.raises(ResourceNotFoundError):
        deleting.delete()


def test_other_errors_of_a_resent_delete_still_fail(
    deleting: DeletingClient, server: ScriptedServer
) -> None:
    server.add(reset(), api_error("InvalidParameter"))
    with pytest.raises(Exception) as err:
        deleting.delete()
    assert getattr(err.value, "code", None) == "InvalidParameter"


# -- actions without a documented quota ---------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_undocumented_quota_is_free_until_throttled_then_paced() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    rate = float("inf")
    assert all(limiter.reserve("CreateX", rate) == 0.0 for _ in range(500))
    limiter.throttled("CreateX")
    waits = [limiter.reserve("CreateX", rate) for _ in range(int(UNDOCUMENTED_QUOTA) + 5)]
    assert max(waits) > 0  # paced from the default quota, at half its rate
    clock.now += 60  # fully recovered: free again
    assert all(limiter.reserve("CreateX", rate) == 0.0 for _ in range(500))


def test_the_client_gives_an_undocumented_quota_no_limit() -> None:
    client = Client(credentials=Credentials("AKIDx", "s"), endpoint="http://127.0.0.1:9")
    assert client._config.rate_for("CreateWidgetFromTheFuture", None) == float("inf")
    assert client._config.rate_for("DescribeTaskDetail", 100.0) == 100.0


# -- with_raw_response ------------------------------------------------------------------------


def test_with_raw_response_gives_the_last_calls_exchange(
    mps: Client, server: ScriptedServer
) -> None:
    raw = mps.with_raw_response(mps.describe_task_detail)("t-1")
    assert isinstance(raw.parsed, models.DescribeTaskDetailResponse)
    assert raw.http_status == 200 and raw.attempts == 1 and b'"Response"' in raw.body
    server.add(reset(), respond(envelope({"RequestId": "rid-7", "TaskType": "WorkflowTask"})))
    retried = mps.with_raw_response.describe_task_detail("t-2")
    assert retried.attempts == 2 and retried.request_id == "rid-7"


def test_with_raw_response_of_a_method_that_makes_no_call_is_an_error(mps: Client) -> None:
    from tencent_mps.errors import SDKError

    with pytest.raises(SDKError, match="no API call"):
        mps.with_raw_response(lambda: 5)()
    with pytest.raises(AttributeError):
        mps.with_raw_response._invoke  # noqa: B018 - private names are not wrapped


def test_async_with_raw_response(server: ScriptedServer, creds: Credentials) -> None:
    async def go() -> Any:
        async with AsyncClient(credentials=creds, endpoint=server.url) as client:
            return await client.with_raw_response(client.describe_task_detail)("t-1")

    raw = asyncio.run(go())
    assert isinstance(raw.parsed, models.DescribeTaskDetailResponse) and raw.http_status == 200
