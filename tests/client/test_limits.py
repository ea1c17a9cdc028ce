"""Limits on what the client accepts, and settings it refuses: the body cap, content encodings,
option types, and a closed client."""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Any

import pytest

from tencent_mps_core.config import ClientOptions
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import (
    ClientClosedError,
    ConfigurationError,
    CredentialsError,
    ResponseTooLargeError,
    SDKError,
    TransportError,
)
from tencent_mps_core.retry import RetryPolicy
from tencent_mps_core.transport import DEFAULT_MAX_BODY_SIZE

from .conftest import EXAMPLE_BODY, MpsClient, SleepRecorder
from .server import ScriptedServer, chunked, raw, respond

CREDS = Credentials("AKIDlimits0001111", "limits-key")


def _small_envelope(size: int) -> bytes:
    """A valid envelope of exactly ``size`` bytes (padding in an unknown field)."""
    head, tail = b'{"Response": {"RequestId": "r", "Pad": "', b'"}}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


# -- the body cap ------------------------------------------------------------------------------


def test_default_cap_is_documented_and_exposed() -> None:
    c = MpsClient(credentials=CREDS)
    assert c._config.max_body_size == DEFAULT_MAX_BODY_SIZE == 32 * 1024 * 1024


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_a_body_of_exactly_the_cap_is_accepted(
    client: MpsClient, server: ScriptedServer, framing: str
) -> None:
    body = _small_envelope(4096)
    server.add(
        respond(body) if framing == "content-length" else chunked([body[:1000], body[1000:]])
    )
    capped = client.with_options(max_body_size=4096)
    assert capped.describe_raw().body == body


def test_an_announced_body_over_the_cap_is_refused_before_reading(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    # 200 MB announced, a few bytes sent: the client must not wait for (or read) the rest
    server.add(raw(b"HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n{}"))
    with pytest.raises(ResponseTooLargeError) as info:
        client.describe()
    error = info.value
    assert isinstance(error, TransportError)
    assert (error.size, error.limit) == (209715200, DEFAULT_MAX_BODY_SIZE)
    assert "max_body_size" in str(error)
    assert error.attempts == 1 and sleeps.calls == []  # not retried: it would be the same again


def test_a_chunked_body_over_the_cap_is_refused_while_reading(
    client: MpsClient, server: ScriptedServer
) -> None:
    piece = b" " * 65536
    server.add(chunked([piece] * 64))  # 4 MiB sent, cap 1 MiB
    with pytest.raises(ResponseTooLargeError) as info:
        client.with_options(max_body_size=1024 * 1024).describe()
    assert info.value.size is None
    assert info.value.limit == 1024 * 1024


def test_a_huge_chunked_body_is_cut_at_the_default_cap(
    client: MpsClient, server: ScriptedServer
) -> None:
    piece = b" " * (1024 * 1024)
    server.add(chunked(piece for _ in range(200)))  # 200 MiB offered
    with pytest.raises(ResponseTooLargeError):
        client.describe()


def test_the_connection_of_a_refused_body_is_not_reused(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(respond(_small_envelope(8192)))
    capped = client.with_options(max_body_size=1000)
    with pytest.raises(ResponseTooLargeError):
        capped.describe()
    assert client.describe()["RequestId"]  # same pool, but a new connection
    first, second = server.requests
    assert first.client_port != second.client_port


def test_an_error_answer_over_the_cap_is_refused_too(
    client: MpsClient, server: ScriptedServer
) -> None:
    server.add(respond(b"x" * 5000, status=502, content_type="text/html"))
    with pytest.raises(ResponseTooLargeError):
        client.with_options(max_body_size=4096, max_attempts=1).describe()


def test_a_bogus_content_length_falls_back_to_counting(
    client: MpsClient, server: ScriptedServer
) -> None:
    digits = "9" * 5000  # beyond int() limits: not a usable length, the body is counted instead
    server.add(
        raw(
            f"HTTP/1.1 200 OK\r\nContent-Length: {digits}\r\n\r\n".encode() + b"y" * 6000,
            then_close=True,
        )
    )
    with pytest.raises(ResponseTooLargeError):
        client.with_options(max_body_size=4096, max_attempts=1).describe()


# -- content encodings -------------------------------------------------------------------------


def test_a_gzip_bomb_is_refused_without_inflating(
    client: MpsClient, server: ScriptedServer, sleeps: SleepRecorder
) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)  # 64 MiB in ~64 kB
    server.add(respond(bomb, headers=[("Content-Encoding", "gzip")]))
    with pytest.raises(TransportError) as info:
        client.describe()
    assert "Content-Encoding 'gzip'" in str(info.value)
    assert not isinstance(info.value, ResponseTooLargeError)
    assert info.value.attempts == 1 and sleeps.calls == []


@pytest.mark.parametrize(
    "encoding", ["gzip", "deflate", "br", "zstd", "identity, gzip", "x-custom"]
)
def test_any_encoding_but_identity_is_refused(
    client: MpsClient, server: ScriptedServer, encoding: str
) -> None:
    body = gzip.compress(EXAMPLE_BODY) if "gzip" in encoding else EXAMPLE_BODY
    server.add(respond(body, headers=[("Content-Encoding", encoding)]))
    with pytest.raises(TransportError) as info:
        client.describe()
    assert "Content-Encoding" in str(info.value)


@pytest.mark.parametrize("encoding", ["identity", "IDENTITY", " identity ", ""])
def test_identity_is_accepted(client: MpsClient, server: ScriptedServer, encoding: str) -> None:
    server.add(respond(EXAMPLE_BODY, headers=[("Content-Encoding", encoding)]))
    assert client.describe()["RequestId"]


def test_requests_ask_for_identity(client: MpsClient, server: ScriptedServer) -> None:
    client.describe()
    assert server.requests[0].headers["accept-encoding"] == "identity"


# -- option types --------------------------------------------------------------------------------

#: Wrong values for every option (a wrong type, or a value out of range).
WRONG: dict[str, list[Any]] = {
    "region": [5, b"ap-guangzhou", ["ap-guangzhou"], ""],
    "endpoint": [5, b"https://x", ["https://x"], ""],
    "connect_timeout": ["5", None, True, -1, 0, float("nan"), float("inf"), [1]],
    "read_timeout": ["5", None, True, -1.5, float("inf"), {}],
    "timeout": ["5", True, 0, -3, float("nan"), [3]],
    "max_attempts": [2.5, "3", True, 0, -1, 101, None],
    "retry_policy": ["fast", 3, {}, RetryPolicy],
    "profile": [5, b"default", ["default"]],
    "language": [5, "fr-FR", b"zh-CN", ["zh-CN"]],
    "allow_http": ["yes", 1, None, 0],
    "rate_limits": [5, "x", [("DescribeTaskDetail", 1)], {"DescribeTaskDetail": "fast"}, {5: 1.0}],
    "rate_limit_share": ["half", True, 0, -1, float("nan"), [1]],
    "max_body_size": [-1, 0, 1.5, "1024", True, None, float("inf"), [1024]],
    "proxy": [5, b"http://proxy:3128", True, ["http://proxy:3128"], "ftp://proxy:21", "http://"],
    "ca_bundle": [5, True, b"/etc/ssl/cert.pem", ["ca.pem"], "", "/nonexistent/ca.pem"],
}


def test_every_option_is_covered() -> None:
    assert set(WRONG) | {"credentials"} == set(ClientOptions.__annotations__)


@pytest.mark.parametrize(
    ("name", "value"), [(name, value) for name, values in WRONG.items() for value in values]
)
def test_wrong_option_values_raise_configuration_error(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        MpsClient(credentials=CREDS, **{name: value})
    assert name in str(info.value)
    base = MpsClient(credentials=CREDS)
    with pytest.raises(ConfigurationError) as info:
        base.with_options(**{name: value})
    assert name in str(info.value)


@pytest.mark.parametrize("value", [5, "AKID:key", ("AKID", "key"), object()])
def test_wrong_credentials_raise_a_typed_error(value: Any) -> None:
    with pytest.raises(SDKError) as info:
        MpsClient(credentials=value)
    assert isinstance(info.value, (ConfigurationError, CredentialsError))


def test_retry_policy_callables_are_checked() -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(sleep=5)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        RetryPolicy(random="0.5")  # type: ignore[arg-type]


def test_new_options_are_kept_by_with_options(tmp_path: Path, self_signed: Path) -> None:
    c = MpsClient(
        credentials=CREDS, max_body_size=1234, proxy="http://u:pw@proxy.example:3128",
        ca_bundle=self_signed,
    )  # fmt: skip
    d = c.with_options(read_timeout=7.0)
    assert d._config.max_body_size == 1234
    assert d._config.ca_bundle == os.path.abspath(self_signed)
    assert d._config.transport.proxy == c._config.transport.proxy
    assert d._config.transport == c._config.transport
    e = d.with_options(max_body_size=99, proxy="", ca_bundle=None)
    assert e._config.max_body_size == 99
    assert e._config.ca_bundle is None
    assert e._config.transport.proxy is not None and e._config.transport.proxy.direct


# -- a closed client ---------------------------------------------------------------------------


def test_a_closed_client_raises_instead_of_reopening(
    client: MpsClient, server: ScriptedServer
) -> None:
    client.describe()
    was_closed = client.closed
    client.close()
    assert (was_closed, client.closed) == (False, True)
    with pytest.raises(ClientClosedError) as info:
        client.describe()
    assert isinstance(info.value, ConfigurationError)
    assert "closed" in str(info.value)
    assert server.count == 1  # nothing was sent
    client.close()  # closing twice is harmless


def test_closing_one_client_closes_every_client_sharing_its_pool(
    client: MpsClient, server: ScriptedServer
) -> None:
    sibling = client.with_options(read_timeout=9.0)
    derived_later = sibling.with_options(max_attempts=1)
    sibling.close()
    for c in (client, sibling, derived_later):
        assert c.closed
        with pytest.raises(ClientClosedError):
            c.describe()
    with pytest.raises(ClientClosedError):
        client.with_options(language="en-US").describe()
    assert server.count == 0


def test_leaving_a_with_block_closes_the_client(server: ScriptedServer) -> None:
    with MpsClient(credentials=CREDS, endpoint=server.url) as c:
        c.describe()
    with pytest.raises(ClientClosedError):
        c.describe()


def test_an_independent_client_is_not_closed_by_another(server: ScriptedServer) -> None:
    a = MpsClient(credentials=CREDS, endpoint=server.url)
    b = MpsClient(credentials=CREDS, endpoint=server.url)
    a.close()
    assert b.describe()["RequestId"]
    b.close()


@pytest.fixture()
def self_signed(tmp_path: Path) -> Path:
    from .test_network_options import make_certificate

    cert, _key = make_certificate(tmp_path)
    return cert
