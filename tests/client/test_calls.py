"""One call against the loopback server: success, each error family, odd bodies and statuses."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tencent_mps import errors
from tencent_mps_core.exceptions import APIError, DecodeError, TransportError
from tencent_mps_core.http_error import HTTPError

from .conftest import DESCRIBE, EXAMPLE_BODY, EXAMPLE_REQUEST_ID, EXAMPLE_TASK_ID, TOKEN, MpsClient
from .server import ScriptedServer, api_error, envelope, error_body, respond


def test_success_returns_the_inner_response_and_raw_details(
    client: MpsClient, server: ScriptedServer
) -> None:
    raw = client.describe_raw()
    assert raw.parsed == json.loads(EXAMPLE_BODY)["Response"]
    assert raw.http_status == 200
    assert raw.body == EXAMPLE_BODY
    assert raw.attempts == 1
    assert raw.request_id == EXAMPLE_REQUEST_ID
    assert raw.elapsed >= 0
    assert raw.headers["Content-Type"] == "application/json"
    assert server.count == 1


def test_request_shape(client: MpsClient, server: ScriptedServer) -> None:
    client.describe("t-1")
    (req,) = server.requests
    assert req.path == "/"
    assert json.loads(req.body) == {"TaskId": "t-1"}
    h = req.headers
    assert h["content-type"] == "application/json"
    assert h["host"] == server.host
    assert h["x-tc-action"] == "DescribeTaskDetail"
    assert h["x-tc-version"] == "2019-06-12"
    assert h["x-tc-region"] == "ap-guangzhou"
    assert h["x-tc-token"] == TOKEN
    assert h["user-agent"] == "tencent-mps-tests/0"
    assert "x-tc-language" not in h
    assert h["authorization"].startswith("TC3-HMAC-SHA256 Credential=")
    assert int(h["x-tc-timestamp"]) > 1_600_000_000
    # Host is sent once, exactly as signed.
    assert [k for k, _ in req.raw_headers if k.lower() == "host"] == ["Host"]


def test_optional_headers_are_omitted_or_sent(client: MpsClient, server: ScriptedServer) -> None:
    from tencent_mps_core.credentials import Credentials

    bare = client.with_options(credentials=Credentials("AKIDbare0000", "k"), region=None)
    bare.describe()
    assert bare.region is None
    h = server.requests[-1].headers
    assert "x-tc-region" not in h and "x-tc-token" not in h
    client.with_options(language="en-US").describe()
    assert server.requests[-1].headers["x-tc-language"] == "en-US"


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("AuthFailure.SignatureFailure", errors.AuthFailureSignatureFailureError),
        ("ResourceNotFound", errors.ResourceNotFoundError),
        ("InvalidParameterValue", errors.InvalidParameterValueError),
        ("FailedOperation.InvalidMpsUser", errors.FailedOperationInvalidMpsUserError),
        ("FailedOperation.Whatever", errors.FailedOperationError),
        ("AuthFailure.SomethingNew", errors.AuthFailureError),
        ("TotallyUnknown.Code", APIError),
    ],
)
def test_error_families(
    client: MpsClient, server: ScriptedServer, code: str, cls: type[APIError]
) -> None:
    server.add(respond(error_body(code, "the message", "rid-42")))
    with pytest.raises(APIError) as info:
        client.describe()
    exc = info.value
    assert type(exc) is cls
    assert (exc.code, exc.message, exc.request_id, exc.http_status) == (
        code,
        "the message",
        "rid-42",
        200,
    )
    assert server.count == 1  # not retryable: one attempt only
    assert "rid-42" in str(exc) and code in str(exc)


def test_auth_failure_is_catchable_by_parent(client: MpsClient, server: ScriptedServer) -> None:
    server.add(api_error("AuthFailure.SignatureFailure"))
    with pytest.raises(errors.AuthFailureError):
        client.describe()


@pytest.mark.parametrize(
    "content_type",
    ["application/json; charset=utf-8", "text/plain", "text/html", None],
)
@pytest.mark.parametrize("status", [200, 400, 403, 500])
def test_error_envelope_recognised_whatever_status_and_content_type(
    client: MpsClient, server: ScriptedServer, content_type: str | None, status: int
) -> None:
    server.add(respond(error_body("ResourceNotFound"), status=status, content_type=content_type))
    with pytest.raises(errors.ResourceNotFoundError) as info:
        client.describe()
    assert info.value.http_status == status
    assert server.count == 1


def test_success_envelope_with_charset_content_type(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(respond(EXAMPLE_BODY, content_type="application/json; charset=utf-8"))
    assert client.describe()["WorkflowTask"]["TaskId"] == EXAMPLE_TASK_ID


@pytest.mark.parametrize(
    "body",
    [
        b"<html>oops</html>",
        b"",
        b"\xff\xfe not utf-8",
        b"[1, 2]",
        b'{"NoResponse": {}}',
        b'{"Response": 3}',
    ],
)
def test_2xx_body_that_is_not_an_envelope_raises_decode_error(
    client: MpsClient, server: ScriptedServer, body: bytes
) -> None:
    server.add(respond(body, content_type="text/html"))
    with pytest.raises(DecodeError):
        client.describe()
    assert server.count == 1


def test_malformed_error_object_raises_decode_error(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(respond(envelope({"Error": {"Code": 5}, "RequestId": "r"})))
    with pytest.raises(DecodeError) as info:
        client.describe()
    assert info.value.path == "Response.Error.Code"


def test_decoder_errors_propagate_without_retry(client: MpsClient, server: ScriptedServer) -> None:
    def decode(inner: dict[str, object]) -> object:
        raise DecodeError("expected an integer", "WorkflowTask.ErrCode", "x")

    op = dataclasses.replace(DESCRIBE, decoders={"Response": decode})
    with pytest.raises(DecodeError) as info:
        client._invoke(op, "t")
    assert info.value.path == "WorkflowTask.ErrCode"
    assert server.count == 1


@pytest.mark.parametrize("status", [400, 403, 404, 302])
def test_non_2xx_without_envelope_raises_http_error_at_once(
    client: MpsClient, server: ScriptedServer, status: int
) -> None:
    server.add(respond(b"<h1>Forbidden by gateway</h1>", status=status, content_type="text/html"))
    with pytest.raises(HTTPError) as info:
        client.describe()
    exc = info.value
    assert isinstance(exc, TransportError)
    assert exc.http_status == status
    assert exc.body_preview == "<h1>Forbidden by gateway</h1>"
    assert exc.attempts == 1
    assert str(status) in str(exc)
    assert server.count == 1


def test_non_2xx_with_a_success_envelope_is_an_http_error(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(respond(EXAMPLE_BODY, status=404))
    with pytest.raises(HTTPError) as info:
        client.describe()
    assert info.value.http_status == 404


def test_real_generated_client_decodes_the_example(server: ScriptedServer) -> None:
    from tencent_mps.client import Client
    from tencent_mps_core.credentials import Credentials

    with Client(
        credentials=Credentials("AKIDreal00001111", "key"),
        region="ap-guangzhou",
        endpoint=server.url,
    ) as c:
        task = c.describe_task_detail(task_id=EXAMPLE_TASK_ID)
        raw = c.with_raw_response(c.describe_task_detail)(task_id=EXAMPLE_TASK_ID)
        by_name = c.with_raw_response.describe_task_detail(EXAMPLE_TASK_ID)
        assert by_name.parsed == task and by_name.http_status == 200
    assert task.status == "FINISH"
    assert task.workflow_task is not None
    assert task.workflow_task.task_id == EXAMPLE_TASK_ID
    assert raw.parsed == task
    assert raw.request_id == EXAMPLE_REQUEST_ID
    assert json.loads(server.requests[0].body) == {"TaskId": EXAMPLE_TASK_ID}


def test_http_error_and_credentials_survive_pickling() -> None:
    import pickle

    from tencent_mps_core.credentials import Credentials

    exc = HTTPError("HTTP 502", http_status=502, body_preview="bad gateway", attempts=3)
    back = pickle.loads(pickle.dumps(exc))
    assert (type(back), str(back), back.http_status, back.body_preview, back.attempts) == (
        HTTPError,
        "HTTP 502",
        502,
        "bad gateway",
        3,
    )
    creds = Credentials("AKIDpickle001234", "key", "tok")
    assert pickle.loads(pickle.dumps(creds)) == creds
