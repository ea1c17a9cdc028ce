"""The fake metadata service and fake STS themselves: controls, call log, and their bounds."""

from __future__ import annotations

import http.client
import json
import socket
from pathlib import Path

import pytest

from tencent_mps.credentials import Credentials, CVMRoleCredentials
from tencent_mps_lib.testing.cloud import _cloud_server
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_TEMPORARY_CREDENTIALS,
    EXAMPLE_WEB_IDENTITY_TOKEN,
    FakeCloud,
    FakeMetadataService,
    FakeSTS,
)

from .conftest import FakeClock

WAIT = 30.0


def host_port(endpoint: str) -> tuple[str, int]:
    host, _, port = endpoint.removeprefix("http://").rpartition(":")
    return host, int(port)


def request(
    endpoint: str,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*host_port(endpoint), timeout=WAIT)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_metadata_paths(mps_cloud: FakeCloud) -> None:
    endpoint = mps_cloud.metadata_endpoint
    assert request(endpoint, "GET", "/latest/meta-data/placement/region") == (200, b"ap-guangzhou")
    assert request(endpoint, "GET", "/latest/meta-data/other")[0] == 404
    assert request(endpoint, "POST", "/latest/meta-data/cam/security-credentials/", b"")[0] == 405
    status, body = request(
        endpoint, "GET", "/latest/meta-data/cam/security-credentials/mps-test-role"
    )
    document = json.loads(body)
    assert status == 200 and document["Code"] == "Success"
    assert document["TmpSecretId"] == EXAMPLE_TEMPORARY_CREDENTIALS[0].secret_id
    assert mps_cloud.metadata.issued == (EXAMPLE_TEMPORARY_CREDENTIALS[0],)


def test_credentials_are_handed_out_in_turn_and_cycle() -> None:
    pool = [Credentials(f"AKIDpool{n:012d}", f"key{n}", f"tok{n}") for n in range(2)]
    with FakeMetadataService(credentials=pool) as fake:
        provider = CVMRoleCredentials(endpoint=fake.endpoint)
        assert [provider.refresh() for _ in range(3)] == [pool[0], pool[1], pool[0]]
        assert fake.credential_calls == 3
        fake.reset_calls()
        assert fake.calls == () and fake.issued == ()


def test_failures_are_counted_and_can_be_cleared(mps_cloud: FakeCloud) -> None:
    fake = mps_cloud.metadata
    fake.fail(times=2)
    provider = CVMRoleCredentials("mps-test-role", fake.endpoint)
    for _ in range(2):
        with pytest.raises(Exception, match="InternalError"):
            provider.refresh()
    provider.refresh()
    fake.fail(status=503, times=None)
    for _ in range(3):
        with pytest.raises(Exception, match="HTTP 503"):
            provider.refresh()
    fake.recover()
    provider.refresh()
    assert [call.error for call in fake.calls] == [
        "InternalError",
        "InternalError",
        None,
        "HTTP 503",
        "HTTP 503",
        "HTTP 503",
        None,
    ]
    assert fake.credential_calls == 7


def test_lifetime_can_change_between_calls(clock: FakeClock) -> None:
    with FakeMetadataService(clock=clock) as fake:
        provider = CVMRoleCredentials(endpoint=fake.endpoint, clock=clock)
        provider.get_credentials()
        assert provider.expires_at == int(clock.now + 7200)
        fake.lifetime = 120
        provider.refresh()
        assert provider.expires_at == int(clock.now + 120)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"code": ""}, "code"),
        ({"status": 42}, "status"),
        ({"times": 0}, "times"),
    ],
)
def test_bad_failure_plans_are_refused(kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        FakeSTS().fail(**kwargs)  # type: ignore[arg-type]


def test_bad_constructor_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="token"):
        FakeSTS(credentials=Credentials("AKIDnotoken00000", "k"))
    with pytest.raises(ValueError, match="lifetime"):
        FakeMetadataService(lifetime=0)
    with pytest.raises(ValueError, match="port"):
        FakeSTS(port=70000)


def test_fake_cloud_helpers(mps_cloud: FakeCloud, tmp_path: Path) -> None:
    assert mps_cloud.credentials == EXAMPLE_TEMPORARY_CREDENTIALS
    env = mps_cloud.tke_environment(tmp_path / "token")
    assert (tmp_path / "token").read_text().strip() == EXAMPLE_WEB_IDENTITY_TOKEN
    assert env["TKE_WEB_IDENTITY_TOKEN_FILE"] == str(tmp_path / "token")
    assert env["TENCENT_MPS_STS_ENDPOINT"] == mps_cloud.sts_endpoint
    assert env["TENCENT_MPS_CVM_METADATA_ENDPOINT"] == mps_cloud.metadata_endpoint
    assert "FakeCloud" in repr(mps_cloud)


def test_a_stopped_fake_has_no_endpoint() -> None:
    fake = FakeSTS()
    with pytest.raises(RuntimeError, match="not running"):
        fake.endpoint  # noqa: B018
    with fake:
        assert fake.running
    assert not fake.running


# -- bounds: the fakes are exposed to whatever connects ------------------------------------------


def test_sts_protocol_errors(mps_cloud: FakeCloud) -> None:
    endpoint = mps_cloud.sts_endpoint
    status, body = request(endpoint, "POST", "/", b"{}", {"Content-Type": "application/json"})
    assert status == 200 and json.loads(body)["Response"]["Error"]["Code"] == "InvalidAction"
    big = b"x" * (_cloud_server.MAX_BODY + 1)
    assert request(endpoint, "POST", "/", big)[0] == 413
    assert mps_cloud.sts.issued == ()


def raw_exchange(endpoint: str, data: bytes) -> bytes:
    with socket.create_connection(host_port(endpoint), timeout=WAIT) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"POST / HTTP/1.1\r\nHost: x\r\n\r\n", b"411"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", b"411"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n", b"413"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", b"501"),
        (b"GET / XTTP/1.1\r\n\r\n", b"400"),
    ],
)
def test_framing_errors_are_answered_and_closed(
    mps_cloud: FakeCloud, data: bytes, status: bytes
) -> None:
    answer = raw_exchange(mps_cloud.sts_endpoint, data)
    assert answer.split(b" ", 2)[1] == status


def test_stalled_connections_do_not_stop_the_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cloud_server, "REQUEST_DEADLINE", 0.5)
    with FakeMetadataService() as fake:
        stalled = []
        try:
            for _ in range(_cloud_server.MAX_WORKERS * 2):
                sock = socket.create_connection(host_port(fake.endpoint), timeout=WAIT)
                sock.sendall(b"GET /latest/meta-data/cam/security-cre")  # and nothing more
                stalled.append(sock)
            provider = CVMRoleCredentials(endpoint=fake.endpoint, read_timeout=WAIT)
            assert provider.get_credentials() == EXAMPLE_TEMPORARY_CREDENTIALS[0]
        finally:
            for sock in stalled:
                sock.close()
