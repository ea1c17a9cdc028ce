"""The idempotency decided for each action, and what the client does with it on the wire."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from sync import policy
from tencent_mps import Client
from tencent_mps.errors import ResourceNotFoundError, TransportError
from tencent_mps.operations import OPERATIONS
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.retry import RetryPolicy

from .conftest import SleepRecorder
from .server import ScriptedServer, api_error, envelope, reset, respond
from .test_oracle_examples import REFUSED
from .test_oracle_examples import _request as documented_request

OK = respond(envelope({"RequestId": "rid-ok", "Definition": 20001}))


@pytest.fixture()
def mps(server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder) -> Iterator[Client]:
    with Client(
        credentials=creds,
        endpoint=server.url,
        retry_policy=RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps),
    ) as client:
        yield client


def test_every_operation_follows_the_documented_rule() -> None:
    for action, op in OPERATIONS.items():
        assert op.idempotent == policy.idempotent(action), action
        assert bool(op.applied_codes) == action.startswith("Delete"), action


NOT_IDEMPOTENT = sorted(a for a, op in OPERATIONS.items() if not op.idempotent and a not in REFUSED)


@pytest.mark.parametrize("action", NOT_IDEMPOTENT)
def test_a_creating_action_is_not_resent_after_an_ambiguous_failure(
    mps: Client, server: ScriptedServer, action: str
) -> None:
    params, _ = documented_request(action)  # its first upstream example: a valid request
    server.add(reset(), OK)
    with pytest.raises(TransportError):
        mps.invoke(action, params)
    assert server.count == 1


def test_a_template_creation_is_sent_once(mps: Client, server: ScriptedServer) -> None:
    server.add(reset(), OK)
    with pytest.raises(TransportError):
        mps.invoke("CreateTranscodeTemplate", {"Container": "mp4"})
    assert server.count == 1


def test_a_modification_is_resent(mps: Client, server: ScriptedServer) -> None:
    server.add(reset(), OK)
    mps.invoke("ModifyTranscodeTemplate", {"Definition": 20001, "Name": "n"})
    assert server.count == 2
    assert [json.loads(r.body) for r in server.requests] == [{"Definition": 20001, "Name": "n"}] * 2


def test_a_resent_delete_that_finds_nothing_had_succeeded(
    mps: Client, server: ScriptedServer
) -> None:
    server.add(reset(), api_error("ResourceNotFound.TemplateNotExist"))
    answer = mps.delete_transcode_template(20001)
    assert answer.request_id == "rid-1"
    assert server.count == 2


def test_a_delete_of_a_missing_template_still_fails(mps: Client, server: ScriptedServer) -> None:
    server.add(api_error("ResourceNotFound.TemplateNotExist"))
    with pytest.raises(ResourceNotFoundError):
        mps.delete_transcode_template(20001)
