"""Fixtures for the client tests: a scripted loopback server, a test client, a clean environment."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tencent_mps.errors import error_class_for
from tencent_mps_core.client_base import BaseClient
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.operation import Operation
from tencent_mps_core.raw import RawResponse
from tencent_mps_core.retry import RetryPolicy
from tencent_mps_core.service import ServiceModel

from .server import ScriptedServer, respond

EXAMPLE_FILE = Path(__file__).resolve().parent.parent / "data" / "describe-task-detail-example.json"
EXAMPLE_BODY = EXAMPLE_FILE.read_bytes()
EXAMPLE_TASK_ID = json.loads(EXAMPLE_BODY)["Response"]["WorkflowTask"]["TaskId"]
EXAMPLE_REQUEST_ID = json.loads(EXAMPLE_BODY)["Response"]["RequestId"]

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLEKEY"
TOKEN = "tmpTokenVALUE-4f1c9e77d0c0-EXAMPLE"

_ENV_VARS = (
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_TOKEN",
    "TENCENTCLOUD_REGION",
    "TENCENTCLOUD_PROFILE",
    "TENCENT_MPS_LOG",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


SERVICE = ServiceModel(
    name="mps",
    api_version="2019-06-12",
    endpoint="https://mps.tencentcloudapi.com",
    user_agent="tencent-mps-tests/0",
    error_class_for=error_class_for,
)


def _operation(action: str, *, idempotent: bool) -> Operation:
    """An operation whose request is the TaskId string and whose response stays a dict."""
    return Operation(
        action=action,
        version="2019-06-12",
        request_type="Request",
        response_type="Response",
        idempotent=idempotent,
        rate_limit=100.0,
        error_codes=(),
        encoders={"Request": lambda task_id: {"TaskId": task_id}},
        decoders={"Response": lambda inner: inner},
    )


DESCRIBE = _operation("DescribeTaskDetail", idempotent=True)
#: An action that creates something: never re-sent after an ambiguous failure.
CREATE = _operation("ProcessMedia", idempotent=False)


class MpsClient(BaseClient):
    """A minimal client of the core for the runtime tests (responses stay dicts)."""

    service: ClassVar[ServiceModel] = SERVICE

    def describe(self, task_id: str = EXAMPLE_TASK_ID) -> dict[str, Any]:
        return self.describe_raw(task_id).parsed  # type: ignore[no-any-return]

    def describe_raw(self, task_id: str = EXAMPLE_TASK_ID) -> RawResponse[dict[str, Any]]:
        return self._invoke(DESCRIBE, task_id)

    def create(self, task_id: str = EXAMPLE_TASK_ID) -> dict[str, Any]:
        return self._invoke(CREATE, task_id).parsed  # type: ignore[no-any-return]


class SleepRecorder:
    """An injectable sleep that records the delays instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No credentials, proxies or log switches from the developer's shell; HOME is empty."""
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture()
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(default=respond(EXAMPLE_BODY))
    yield srv
    srv.stop()


@pytest.fixture()
def creds() -> Credentials:
    return Credentials(SECRET_ID, SECRET_KEY, token=TOKEN)


@pytest.fixture()
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture()
def client(
    server: ScriptedServer, creds: Credentials, sleeps: SleepRecorder
) -> Iterator[MpsClient]:
    """A client of the loopback server: 3 attempts, tiny recorded back-off, short timeouts."""
    base = MpsClient(
        credentials=creds,
        region="ap-guangzhou",
        endpoint=server.url,
        connect_timeout=1.0,
        read_timeout=2.0,
    )
    c = base.with_options(
        retry_policy=RetryPolicy(max_attempts=3, base=0.001, cap=0.01, sleep=sleeps)
    )
    yield c
    c.close()
