"""Secrets never reach logs, repr() or exception texts; the DEBUG line per attempt."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

from tencent_mps_core import log as log_module
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import SDKError

from .conftest import EXAMPLE_REQUEST_ID, SECRET_KEY, TOKEN, MpsClient
from .server import ScriptedServer, api_error, delay, reset, respond


def _signatures(server: ScriptedServer) -> list[str]:
    return [r.headers["authorization"].rpartition("Signature=")[2] for r in server.requests]


def _assert_clean(text: str, server: ScriptedServer) -> None:
    assert SECRET_KEY not in text
    assert TOKEN not in text
    assert "Authorization" not in text and "TC3-HMAC-SHA256" not in text
    for sig in _signatures(server):
        assert sig not in text


def test_nothing_secret_in_logs_repr_or_exceptions(
    client: MpsClient, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included
    texts: list[str] = []
    server.add(api_error("RequestLimitExceeded"))  # a retry, then success
    client.describe()
    scenarios = [
        [api_error("AuthFailure.SignatureFailure")],
        [respond(b"no", status=400, content_type="text/plain")],
        [respond(b"<not json>")],
        [reset(), reset(), reset()],
        [delay(5.0, respond(b"")), delay(5.0, respond(b"")), delay(5.0, respond(b""))],
    ]
    quick = client.with_options(read_timeout=0.2)
    for steps in scenarios:
        server.add(*steps)
        with pytest.raises(SDKError) as info:
            quick.describe()
        exc: BaseException | None = info.value
        while exc is not None:  # the whole chain
            texts += [str(exc), repr(exc)]
            exc = exc.__cause__ or exc.__context__
    texts += [repr(client), str(client), repr(client.credentials), str(client.credentials)]
    texts += [repr(client.describe_raw())]
    texts.append(caplog.text)
    assert server.count > 10
    for text in texts:
        _assert_clean(text, server)


def test_http_error_preview_redacts_an_echoed_secret(
    client: MpsClient, server: ScriptedServer
) -> None:
    from tencent_mps_core.http_error import HTTPError

    server.add(
        respond(
            f"bad token {TOKEN} / key {SECRET_KEY}".encode(), status=400, content_type="text/plain"
        )
    )
    with pytest.raises(HTTPError) as info:
        client.describe()
    assert info.value.body_preview == "bad token *** / key ***"
    _assert_clean(str(info.value), server)


def test_one_debug_line_per_attempt(
    client: MpsClient, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tencent_mps")
    server.add(api_error("InternalError"))
    client.describe()
    lines = [r for r in caplog.records if r.name == "tencent_mps"]
    assert len(lines) == 2
    assert all(r.levelno == logging.DEBUG for r in lines)
    first, second = (r.getMessage() for r in lines)
    assert re.fullmatch(
        r"DescribeTaskDetail attempt 1/3: HTTP 200, error InternalError in \d+\.\d ms, "
        r"request id rid-1; retrying in \d+\.\d{3} s",
        first,
    ), first
    assert re.fullmatch(
        rf"DescribeTaskDetail attempt 2/3: HTTP 200 in \d+\.\d ms, request id {EXAMPLE_REQUEST_ID}",
        second,
    ), second


def test_no_warnings_by_default(
    client: MpsClient, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tencent_mps")
    server.reset_state(default=api_error("ServiceUnavailable"))
    with pytest.raises(SDKError):
        client.describe()
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.fixture()
def fresh_log_setup(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    logger = logging.getLogger("tencent_mps")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setattr(log_module, "_configured", False)
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_tencent_mps_log_env_attaches_a_stderr_handler(
    monkeypatch: pytest.MonkeyPatch,
    fresh_log_setup: logging.Logger,
    server: ScriptedServer,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TENCENT_MPS_LOG", "debug")
    c = MpsClient(
        credentials=Credentials("AKIDlog000001234", SECRET_KEY, TOKEN), endpoint=server.url
    )
    new = [h for h in fresh_log_setup.handlers if isinstance(h, logging.StreamHandler)]
    assert len(new) == 1
    assert fresh_log_setup.level == logging.DEBUG
    MpsClient(credentials=c.credentials, endpoint=server.url)  # idempotent
    assert len([h for h in fresh_log_setup.handlers if isinstance(h, logging.StreamHandler)]) == 1
    c.describe()
    err = capfd.readouterr().err
    assert "DescribeTaskDetail attempt 1/3: HTTP 200" in err
    _assert_clean(err, server)


def test_unknown_log_level_is_ignored(
    monkeypatch: pytest.MonkeyPatch, fresh_log_setup: logging.Logger
) -> None:
    before = list(fresh_log_setup.handlers)
    monkeypatch.setenv("TENCENT_MPS_LOG", "verbose")
    MpsClient(credentials=Credentials("AKIDlog000001234", "k"))
    assert fresh_log_setup.handlers == before


def _echo_headers(steps_body: str) -> object:
    """A gateway step that echoes the request's headers into the body it answers."""
    import json as _json

    def step(h: object) -> None:
        headers = dict(h.headers.items())  # type: ignore[attr-defined]
        if steps_body == "not-json":
            body = ("<html>" + _json.dumps(headers)).encode()
        elif steps_body == "wrong-kind":
            inner = {"TaskType": headers, "Status": 3, "RequestId": "r"}
            body = _json.dumps({"Response": inner}).encode()
        else:
            inner = {"Error": {"Code": "InvalidParameter", "Message": _json.dumps(headers)}}
            body = _json.dumps({"Response": inner}).encode()
        respond(body)(h)  # type: ignore[arg-type]

    return step


@pytest.mark.parametrize("shape", ["not-json", "wrong-kind", "api-error"])
def test_an_echoing_gateway_leaves_no_secret_in_what_errors_keep(
    server: ScriptedServer, creds: Credentials, shape: str
) -> None:
    """Not only str(): the error's value, message, args, and anything chained to it."""
    import pickle

    from tencent_mps import Client

    client = Client(credentials=creds, endpoint=server.url, max_attempts=1)
    server.add(_echo_headers(shape))  # type: ignore[arg-type]
    with pytest.raises(SDKError) as info:
        client.describe_task_detail("t-1")
    exc: BaseException | None = info.value
    kept: list[str] = []
    while exc is not None:
        kept += [str(exc), repr(exc), repr(vars(exc)), repr(exc.args)]
        kept.append(repr(pickle.dumps(exc, protocol=5)) if shape != "api-error" else "")
        exc = exc.__cause__ or exc.__context__
    assert server.count == 1
    signatures = _signatures(server)
    for text in kept:
        assert SECRET_KEY not in text and TOKEN not in text
        assert not any(sig in text for sig in signatures)
