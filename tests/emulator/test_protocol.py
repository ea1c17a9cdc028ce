"""Raw requests, signed with the project's own signer: protocol, auth and parameter checks."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable

import pytest

from tencent_mps.testing import Emulator
from tencent_mps_core import signing
from tencent_mps_core.credentials import Credentials

from .helpers import FakeClock, body_for, call, host_of, send, signed_headers

Factory = Callable[..., Emulator]
EXAMPLE_ID = Emulator.EXAMPLE_TASK_ID


def test_success_envelope_and_headers(mps_emulator: Emulator) -> None:
    reply = call(mps_emulator)
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"  # exactly: the official SDK needs it
    assert reply.response["WorkflowTask"]["TaskId"] == EXAMPLE_ID
    assert "Error" not in reply.response


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"[1, 2]", "InvalidParameter"),
        (b"{not json", "InvalidParameter"),
        (b'{"TaskId": 42}', "InvalidParameter"),
        (b"{}", "MissingParameter"),
        (b"", "MissingParameter"),
        (b'{"TaskId": ""}', "InvalidParameterValue"),
        (b'{"TaskId": "x", "Limit": 10}', "UnknownParameter"),
    ],
)
def test_bad_parameters(mps_emulator: Emulator, body: bytes, code: str) -> None:
    reply = send(mps_emulator, body, signed_headers(mps_emulator, body))
    assert reply.status == 200
    assert reply.error_code == code
    assert reply.response["RequestId"]


def test_wrong_version_and_action(mps_emulator: Emulator) -> None:
    assert call(mps_emulator, version="2017-03-12").error_code == "NoSuchVersion"
    assert call(mps_emulator, action="DescribeNoSuchThing").error_code == "InvalidAction"
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    del headers["X-TC-Action"]
    assert send(mps_emulator, body, headers).error_code == "MissingParameter"


def test_get_is_an_unsupported_protocol(mps_emulator: Emulator) -> None:
    reply = send(mps_emulator, b"", {"Host": host_of(mps_emulator)}, method="GET")
    assert (reply.status, reply.error_code) == (200, "UnsupportedProtocol")


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        "Basic dXNlcjpwYXNz",
        "TC3-HMAC-SHA256 Credential=AKID/2020-01-01/mps, SignedHeaders=content-type;host, Signature=ab",
        "TC3-HMAC-SHA256 Credential=AKID/2020-01-01/mps/tc3_request, Signature=ab",
        "TC3-HMAC-SHA256 Credential=AKID/2020-01-01/mps/tc3_request, SignedHeaders=content-type;host, Signature=\u00e9",
    ],
)
def test_unparseable_authorization(mps_emulator: Emulator, authorization: str) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    headers["Authorization"] = authorization
    if not authorization:
        del headers["Authorization"]
    assert send(mps_emulator, body, headers).error_code == "AuthFailure.InvalidAuthorization"


def test_tampered_body_fails_the_signature(mps_emulator: Emulator) -> None:
    headers = signed_headers(mps_emulator, body_for(EXAMPLE_ID))
    reply = send(mps_emulator, body_for("1250000000-WorkflowTask-other"), headers)
    assert reply.error_code == "AuthFailure.SignatureFailure"


def test_wrong_service_in_scope_fails(mps_emulator: Emulator) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    headers["Authorization"] = headers["Authorization"].replace("/mps/", "/cvm/")
    assert send(mps_emulator, body, headers).error_code == "AuthFailure.SignatureFailure"


def test_timestamp_window_is_300_seconds(emulator_factory: Factory) -> None:
    clock = FakeClock(1_700_000_000.0)
    emu = emulator_factory(clock=clock)
    assert call(emu, timestamp=1_700_000_000 - 300).error_code is None
    assert call(emu, timestamp=1_700_000_000 + 300).error_code is None
    assert call(emu, timestamp=1_700_000_000 - 301).error_code == "AuthFailure.SignatureExpire"
    assert call(emu, timestamp=1_700_000_000 + 301).error_code == "AuthFailure.SignatureExpire"
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(emu, body, timestamp=1_700_000_000)
    headers["X-TC-Timestamp"] = "soon"
    assert send(emu, body, headers).error_code == "InvalidParameter"


def test_several_key_pairs_are_accepted(emulator_factory: Factory) -> None:
    emu = emulator_factory(
        credentials=[Credentials("AKIDfirst", "key-one"), Credentials("AKIDsecond", "key-two")]
    )
    assert call(emu, secret_id="AKIDfirst", secret_key="key-one").error_code is None
    assert call(emu, secret_id="AKIDsecond", secret_key="key-two").error_code is None
    assert call(emu, secret_id="AKIDsecond", secret_key="key-one").error_code == (
        "AuthFailure.SignatureFailure"
    )
    default = Emulator.DEFAULT_CREDENTIALS
    assert call(emu, secret_id=default.secret_id).error_code == "AuthFailure.SecretIdNotFound"


def test_verification_can_be_turned_off(emulator_factory: Factory) -> None:
    emu = emulator_factory(verify_signatures=False)
    reply = send(
        emu,
        body_for(EXAMPLE_ID),
        {"X-TC-Action": "DescribeTaskDetail", "X-TC-Version": "2019-06-12"},
    )
    assert reply.response["Status"] == "FINISH"


def test_more_signed_headers_than_content_type_and_host(mps_emulator: Emulator) -> None:
    """A client may sign extra headers (values lower-cased, as the TC3 spec says)."""
    creds = Emulator.DEFAULT_CREDENTIALS
    body = body_for(EXAMPLE_ID)
    ts = int(time.time())
    host = host_of(mps_emulator)
    canonical = (
        "POST\n/\n\n"
        f"content-type:application/json\nhost:{host}\nx-tc-action:describetaskdetail\n\n"
        f"content-type;host;x-tc-action\n{hashlib.sha256(body).hexdigest()}"
    )
    sig = signing.signature(
        creds.secret_key, ts, "mps", signing.string_to_sign(canonical, ts, "mps")
    )
    headers = signed_headers(mps_emulator, body, timestamp=ts)
    headers["Authorization"] = (
        f"TC3-HMAC-SHA256 Credential={creds.secret_id}/{signing.utc_date(ts)}/mps/tc3_request, "
        f"SignedHeaders=content-type;host;x-tc-action, Signature={sig}"
    )
    assert send(mps_emulator, body, headers).error_code is None
    headers["X-TC-Action"] = "describeTaskDetail"  # signed value still matches, action does not
    assert send(mps_emulator, body, headers).error_code == "InvalidAction"


def test_unsigned_payload_option(mps_emulator: Emulator) -> None:
    creds = Emulator.DEFAULT_CREDENTIALS
    body = body_for(EXAMPLE_ID)
    ts = int(time.time())
    parts = signing.sign(
        secret_id=creds.secret_id,
        secret_key=creds.secret_key,
        host=host_of(mps_emulator),
        body=b"UNSIGNED-PAYLOAD",
        timestamp=ts,
        service="mps",
    )
    headers = signed_headers(mps_emulator, body, timestamp=ts)
    headers["Authorization"] = parts.authorization
    headers["X-TC-Content-SHA256"] = "UNSIGNED-PAYLOAD"
    assert send(mps_emulator, body, headers).error_code is None


def test_chunked_body(mps_emulator: Emulator) -> None:
    import http.client

    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    conn = http.client.HTTPConnection("127.0.0.1", mps_emulator.port, timeout=10)
    try:
        conn.request(
            "POST", "/", body=iter([body[:5], body[5:]]), headers=headers, encode_chunked=True
        )
        document = json.loads(conn.getresponse().read())
    finally:
        conn.close()
    assert document["Response"]["WorkflowTask"]["TaskId"] == EXAMPLE_ID


def test_keep_alive_connection_serves_several_calls(mps_emulator: Emulator) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", mps_emulator.port, timeout=10)
    try:
        for _ in range(3):
            body = body_for(EXAMPLE_ID)
            conn.request("POST", "/", body=body, headers=signed_headers(mps_emulator, body))
            assert json.loads(conn.getresponse().read())["Response"]["Status"] == "FINISH"
    finally:
        conn.close()
    assert mps_emulator.call_count == 3


def test_calls_record_requests_without_secrets(emulator_factory: Factory) -> None:
    emu = emulator_factory(credentials=Credentials("AKIDtok", "key", "session-token"))
    call(emu, secret_id="AKIDtok", secret_key="key", token="session-token")
    call(emu, "missing-task", secret_id="AKIDtok", secret_key="key", token="session-token")
    first, second = emu.calls
    assert (first.outcome, second.outcome) == ("ok", "ResourceNotFound")
    assert second.task_id == "missing-task"
    assert first.headers["X-TC-Region"] == "ap-guangzhou"
    for recorded in (first, second):
        assert "Authorization" not in recorded.headers
        assert "X-TC-Token" not in recorded.headers
        assert "session-token" not in repr(recorded)
    emu.clear_calls()
    assert emu.call_count == 0


def _raw_exchange(emu: Emulator, request: bytes) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("length", [b"-5", b"5_0", b"lots"])
def test_bad_content_length_is_a_400(mps_emulator: Emulator, length: bytes) -> None:
    answer = _raw_exchange(
        mps_emulator, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\n"
    )
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert [c.outcome for c in mps_emulator.calls] == ["bad_request"]


def test_oversized_body_is_refused_unread(mps_emulator: Emulator) -> None:
    answer = _raw_exchange(
        mps_emulator,
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 20000000\r\n\r\n{",
    )
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert json.loads(body)["Response"]["Error"]["Code"] == "RequestSizeLimitExceeded"


@pytest.mark.parametrize("path", ["/x/../y?z=1", "/?z=1", "/x", "//"])
def test_the_signature_covers_the_path_and_the_query(mps_emulator: Emulator, path: str) -> None:
    """A signature over "/" (canonical URI "/", empty query) is refused for any other target."""
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    assert send(mps_emulator, body, headers, path=path).error_code == "AuthFailure.SignatureFailure"
    assert send(mps_emulator, body, headers).error_code is None


@pytest.mark.parametrize("pad", ["0", "00", "0000000000"])
def test_a_zero_padded_timestamp_is_refused(mps_emulator: Emulator, pad: str) -> None:
    body = body_for(EXAMPLE_ID)
    headers = signed_headers(mps_emulator, body)
    headers["X-TC-Timestamp"] = pad + headers["X-TC-Timestamp"]
    assert send(mps_emulator, body, headers).error_code == "InvalidParameter"
