"""Constructor validation, with_options, the connection pool and the client's lifecycle."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tencent_mps_core.client_base import BaseClient
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import ConfigurationError
from tencent_mps_core.retry import RetryPolicy

from .conftest import MpsClient, SleepRecorder
from .server import ScriptedServer, api_error

CREDS = Credentials("AKIDopts00001111", "opts-key")


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"connect_timeout": 0}, "connect_timeout"),
        ({"connect_timeout": -1.0}, "connect_timeout"),
        ({"read_timeout": float("inf")}, "read_timeout"),
        ({"read_timeout": float("nan")}, "read_timeout"),
        ({"read_timeout": "5"}, "read_timeout"),
        ({"read_timeout": True}, "read_timeout"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"max_attempts": 2.5}, "max_attempts"),
        ({"max_attempts": 1000}, "max_attempts"),
        ({"region": ""}, "region"),
        ({"region": "ap guangzhou"}, "region"),
        ({"region": "ap-guangzhou\r\nX: y"}, "region"),
        ({"language": "fr-FR"}, "language"),
        ({"allow_http": "yes"}, "allow_http"),
        ({"endpoint": "mps.tencentcloudapi.com"}, "endpoint"),
    ],
)
def test_constructor_validates_arguments(kwargs: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        MpsClient(credentials=CREDS, **kwargs)
    assert fragment in str(info.value)


def test_region_from_environment_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_REGION", "bad region")
    with pytest.raises(ConfigurationError) as info:
        MpsClient(credentials=CREDS)
    assert "TENCENTCLOUD_REGION" in str(info.value)


def test_defaults_and_properties() -> None:
    c = MpsClient(credentials=CREDS)
    assert (c.connect_timeout, c.read_timeout, c.max_attempts) == (5.0, 60.0, 3)
    assert c.region is None and c.language is None
    assert c.retry_policy == RetryPolicy()
    assert c.credentials is CREDS


def test_subclass_must_define_service() -> None:
    class Incomplete(BaseClient):
        pass

    with pytest.raises(TypeError):
        Incomplete(credentials=CREDS)


def test_with_options_changes_only_what_is_given_and_shares_the_pool(
    client: MpsClient, server: ScriptedServer
) -> None:
    other = client.with_options(read_timeout=9.5, max_attempts=5, language="zh-CN")
    assert type(other) is MpsClient
    assert (other.read_timeout, other.max_attempts, other.language) == (9.5, 5, "zh-CN")
    assert other.retry_policy.sleep is client.retry_policy.sleep  # back-off settings kept
    assert (client.read_timeout, client.max_attempts, client.language) == (2.0, 3, None)
    assert other.credentials is client.credentials and other.region == client.region
    assert other.endpoint == client.endpoint
    assert other._shared is client._shared
    client.describe()
    other.describe()
    ports = {r.client_port for r in server.requests}
    assert len(ports) == 1  # same pooled keep-alive connection


def test_with_options_validates(client: MpsClient) -> None:
    with pytest.raises(ConfigurationError):
        client.with_options(connect_timeout=-1)
    with pytest.raises(ConfigurationError):
        client.with_options(endpoint="http://example.com")
    with pytest.raises(ConfigurationError):
        client.with_options(retry_policy="fast")  # type: ignore[arg-type]
    with pytest.raises(TypeError) as info:
        client.with_options(bogus=3)  # type: ignore[call-arg]
    assert "bogus" in str(info.value)
    assert isinstance(info.value, ConfigurationError)


def test_with_options_credentials_and_region(client: MpsClient, server: ScriptedServer) -> None:
    other = client.with_options(
        credentials=Credentials("AKIDother0000zzzz", "k2"), region="ap-seoul"
    )
    other.describe()
    h = server.requests[-1].headers
    assert "Credential=AKIDother0000zzzz/" in h["authorization"]
    assert h["x-tc-region"] == "ap-seoul"


def test_with_options_is_thread_safe(client: MpsClient, server: ScriptedServer) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            derived = client.with_options(read_timeout=1.0 + n)
            derived.describe(f"task-{n}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert errors == []
    assert sorted(r.body for r in server.requests) == sorted(
        f'{{"TaskId": "task-{n}"}}'.encode() for n in range(8)
    )


def test_keep_alive_reuses_one_connection(client: MpsClient, server: ScriptedServer) -> None:
    for _ in range(5):
        client.describe()
    assert server.count == 5
    assert len({r.client_port for r in server.requests}) == 1


def test_close_and_context_manager(server: ScriptedServer) -> None:
    from tencent_mps_core.exceptions import ClientClosedError

    with MpsClient(credentials=CREDS, endpoint=server.url) as c:
        derived = c.with_options(read_timeout=3)
        c.describe()
    assert c.closed and derived.closed
    with pytest.raises(ClientClosedError):
        c.describe()  # a closed client says so instead of silently reconnecting
    with pytest.raises(ClientClosedError):
        derived.describe()  # it shared the pool that was closed
    assert server.count == 1
    c.close()  # closing twice is harmless


def test_retry_policy_validation() -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(base=-1)
    with pytest.raises(ConfigurationError):
        RetryPolicy(cap=float("inf"))
    with pytest.raises(ConfigurationError):
        RetryPolicy(max_attempts=0)


def test_sleep_is_shared_with_waiters(client: MpsClient, sleeps: SleepRecorder) -> None:
    assert client._sleep is sleeps


def test_max_attempts_override_keeps_injected_sleep(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    server.reset_state(default=api_error("InternalError"))
    with pytest.raises(Exception):  # noqa: B017 - the class is asserted in test_retries
        client.with_options(max_attempts=4).describe()
    assert server.count == 4
    assert len(sleeps.calls) == 3


def test_with_options_region_alone_keeps_explicit_credentials(
    monkeypatch: pytest.MonkeyPatch, client: MpsClient, server: ScriptedServer
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv000000000dddd")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    other = client.with_options(region="ap-seoul")
    assert other.credentials is client.credentials
    assert other.region == "ap-seoul"
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-mumbai")
    assert client.with_options(region=None).region == "ap-mumbai"
    assert client.with_options(credentials=None).credentials.secret_id == "AKIDenv000000000dddd"
