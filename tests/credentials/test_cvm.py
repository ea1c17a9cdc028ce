"""CVMRoleCredentials against the fake metadata service (and a few hand-made bad answers)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tencent_mps.credentials import CredentialsRefreshError, CVMRoleCredentials
from tencent_mps.errors import CredentialsError
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_ROLE_NAME,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    FakeCloud,
)
from tencent_mps_lib.testing.cloud._cloud_server import DROP, Reply, Request

from .conftest import FakeClock, closed_port

Serve = Callable[[Callable[[Request], Reply]], str]
ROLE_PATH = "/latest/meta-data/cam/security-credentials/"


def test_discovers_the_role_and_fetches_its_credentials(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)
    before = (provider.role_name, provider.expires_at)
    assert before == (None, None)
    creds = provider.get_credentials()
    assert creds == EXAMPLE_TEMPORARY_CREDENTIALS[0]
    assert creds.token
    assert provider.role_name == EXAMPLE_ROLE_NAME
    assert provider.expires_at is not None
    paths = [call.path for call in mps_cloud.metadata.calls]
    assert paths == [ROLE_PATH, ROLE_PATH + EXAMPLE_ROLE_NAME]
    assert provider.get_credentials() is creds  # cached: no new request
    assert mps_cloud.metadata.credential_calls == 1


def test_a_given_role_is_not_looked_up(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials(EXAMPLE_ROLE_NAME, mps_cloud.metadata_endpoint)
    provider.get_credentials()
    assert [call.path for call in mps_cloud.metadata.calls] == [ROLE_PATH + EXAMPLE_ROLE_NAME]


def test_expiry_comes_from_expired_time(clock: FakeClock) -> None:
    with FakeCloud(lifetime=900, clock=clock) as cloud:
        provider = CVMRoleCredentials(endpoint=cloud.metadata_endpoint, clock=clock)
        provider.get_credentials()
        assert provider.expires_at == int(clock.now + 900)


@pytest.mark.mps_cloud(role_name=None)
def test_no_role_attached(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert "no CAM role is attached" in str(info.value)
    assert info.value.http_status == 404


def test_an_unknown_role_is_a_clear_error(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials("other-role", mps_cloud.metadata_endpoint)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert "'other-role' is not attached" in str(info.value)


def test_a_discovered_role_that_disappears_is_looked_up_again(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)
    provider.get_credentials()
    mps_cloud.metadata.role_name = "replacement-role"
    with pytest.raises(CredentialsRefreshError):
        provider.refresh()
    assert provider.role_name is None
    assert provider.refresh() == EXAMPLE_TEMPORARY_CREDENTIALS[1]
    assert provider.role_name == "replacement-role"


@pytest.mark.parametrize(
    ("fail", "fragment"),
    [
        ({"code": "InternalError"}, "Code InternalError instead of Success"),
        ({"status": 500}, "HTTP 500"),
        ({"drop": True}, "did not answer"),
    ],
)
def test_service_failures_become_credentials_errors(
    mps_cloud: FakeCloud, fail: dict[str, object], fragment: str
) -> None:
    mps_cloud.metadata.fail(**fail)  # type: ignore[arg-type]
    provider = CVMRoleCredentials(EXAMPLE_ROLE_NAME, mps_cloud.metadata_endpoint)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    text = str(info.value)
    assert fragment in text
    assert "CVM instance role 'mps-test-role'" in text
    assert provider.get_credentials() == EXAMPLE_TEMPORARY_CREDENTIALS[0]  # failed once only


def test_unreachable_metadata_service() -> None:
    provider = CVMRoleCredentials(endpoint=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert "connection refused" in str(info.value)


def _answer(body: bytes, status: int = 200) -> Callable[[Request], Reply]:
    def app(request: Request) -> Reply:
        return Reply(status, body)

    return app


GOOD = {
    "TmpSecretId": "AKIDtmp0000000000001",
    "TmpSecretKey": "tmp-secret-key-value",
    "Token": "tmp-token-value",
    "ExpiredTime": 4102444800,
    "Code": "Success",
}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"not json", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({**GOOD, "TmpSecretKey": None}).encode(), "TmpSecretKey is missing"),
        (json.dumps({**GOOD, "Token": 5}).encode(), "Token is not a non-empty string"),
        (json.dumps({**GOOD, "ExpiredTime": "soon"}).encode(), "ExpiredTime is not a UNIX"),
        (json.dumps({**GOOD, "ExpiredTime": None}).encode(), "ExpiredTime is missing"),
        (json.dumps({**GOOD, "ExpiredTime": 1000}).encode(), "expired"),
        (json.dumps({**GOOD, "Token": "bad token\r\n"}).encode(), "X-TC-Token"),
        (b"x" * (64 * 1024 + 1), "larger than 64 KiB"),
    ],
)
def test_malformed_answers_are_explained_without_their_values(
    serve: Serve, body: bytes, fragment: str
) -> None:
    endpoint = serve(_answer(body))
    provider = CVMRoleCredentials("role", endpoint)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    text = str(info.value)
    assert fragment in text
    assert "tmp-secret-key-value" not in text and "tmp-token-value" not in text


def test_expired_time_as_a_string_of_digits_is_accepted(serve: Serve) -> None:
    endpoint = serve(_answer(json.dumps({**GOOD, "ExpiredTime": "4102444800"}).encode()))
    provider = CVMRoleCredentials("role", endpoint)
    assert provider.get_credentials().secret_id == GOOD["TmpSecretId"]
    assert provider.expires_at == 4102444800


def test_a_closed_connection_is_a_clear_error(serve: Serve) -> None:
    endpoint = serve(lambda request: DROP)
    with pytest.raises(CredentialsRefreshError) as info:
        CVMRoleCredentials("role", endpoint).get_credentials()
    assert "did not answer" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"role_name": ""}, "role_name"),
        ({"role_name": "a/b"}, "'/'"),
        ({"role_name": "x\n"}, "role_name"),
        ({"endpoint": "metadata.tencentyun.com"}, "metadata endpoint"),
        ({"endpoint": "ftp://metadata"}, "metadata endpoint"),
        ({"connect_timeout": 0}, "connect_timeout"),
        ({"read_timeout": float("nan")}, "read_timeout"),
        ({"refresh_margin": -1}, "refresh_margin"),
        ({"refresh_margin": 10, "expiry_margin": 20}, "expiry_margin"),
    ],
)
def test_bad_arguments_are_credentials_errors(kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(CredentialsError) as info:
        CVMRoleCredentials(**kwargs)  # type: ignore[arg-type]
    assert fragment in str(info.value)
