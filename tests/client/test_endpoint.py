"""Endpoint validation, TLS always on, and proxies from the environment."""

from __future__ import annotations

import base64
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import ConfigurationError, TransportError
from tencent_mps_core.transport import Transport, default_ssl_context, parse_endpoint

from .conftest import EXAMPLE_BODY, MpsClient, SleepRecorder
from .server import ScriptedServer


@pytest.mark.parametrize(
    ("url", "netloc", "normalised"),
    [
        (
            "https://mps.tencentcloudapi.com",
            "mps.tencentcloudapi.com",
            "https://mps.tencentcloudapi.com/",
        ),
        (
            "https://MPS.TencentCloudAPI.com:443/",
            "mps.tencentcloudapi.com",
            "https://mps.tencentcloudapi.com/",
        ),
        (
            "https://mps.ap-guangzhou.tencentcloudapi.com:8443",
            "mps.ap-guangzhou.tencentcloudapi.com:8443",
            "https://mps.ap-guangzhou.tencentcloudapi.com:8443/",
        ),
        (
            "  https://mps.tencentcloudapi.com/  ",
            "mps.tencentcloudapi.com",
            "https://mps.tencentcloudapi.com/",
        ),
        ("http://127.0.0.1:8080", "127.0.0.1:8080", "http://127.0.0.1:8080/"),
        ("http://127.5.6.7", "127.5.6.7", "http://127.5.6.7/"),
        ("http://localhost:80", "localhost", "http://localhost/"),
        ("http://[::1]:9000", "[::1]:9000", "http://[::1]:9000/"),
        ("https://[2001:db8::1]:8443", "[2001:db8::1]:8443", "https://[2001:db8::1]:8443/"),
    ],
)
def test_accepted_endpoints(url: str, netloc: str, normalised: str) -> None:
    ep = parse_endpoint(url)
    assert ep.netloc == netloc
    assert ep.url == normalised


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("mps.tencentcloudapi.com", "with a scheme"),
        ("ftp://mps.tencentcloudapi.com", "scheme must be https"),
        ("http://mps.tencentcloudapi.com", "only allowed for loopback"),
        ("http://10.0.0.1:8080", "only allowed for loopback"),
        ("http://127.0.0.1.example.com", "only allowed for loopback"),
        ("https://", "has no host"),
        ("https://mps.tencentcloudapi.com/v3", "without a path"),
        ("https://mps.tencentcloudapi.com?x=1", "without a path"),
        ("https://mps.tencentcloudapi.com#frag", "without a path"),
        ("https://user:pw@mps.tencentcloudapi.com", "user information"),
        ("https://mps.tencentcloudapi.com:0", "port"),
        ("https://mps.tencentcloudapi.com:99999", "not a valid URL"),
        ("https://mps.tencentcloudapi.com:abc", "not a valid URL"),
        ("https://mps.tencént.com", "ASCII"),
        ("", "non-empty"),
    ],
)
def test_rejected_endpoints(url: str, fragment: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        parse_endpoint(url)
    assert fragment in str(info.value)
    assert "pw" not in str(info.value) or "user information" in str(info.value)


def test_http_opt_in_for_non_loopback() -> None:
    assert (
        parse_endpoint("http://emulator.internal:8080", allow_http=True).netloc
        == "emulator.internal:8080"
    )


@pytest.mark.parametrize("bad", [None, 123, b"https://x"])
def test_endpoint_must_be_a_string(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        parse_endpoint(bad)  # type: ignore[arg-type]


def test_client_default_endpoint_and_validation() -> None:
    creds = Credentials("AKIDabcd1234", "k")
    assert MpsClient(credentials=creds).endpoint == "https://mps.tencentcloudapi.com/"
    with pytest.raises(ConfigurationError):
        MpsClient(credentials=creds, endpoint="http://mps.tencentcloudapi.com")
    assert (
        MpsClient(credentials=creds, endpoint="http://emu:1", allow_http=True).endpoint
        == "http://emu:1/"
    )


def test_tls_context_verifies_certificates() -> None:
    ctx = default_ssl_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname is True
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_https_to_a_plain_http_server_fails_with_tls_error_and_no_retry(
    server: ScriptedServer, sleeps: SleepRecorder, client: MpsClient
) -> None:
    tls = client.with_options(endpoint=f"https://127.0.0.1:{server.port}")
    with pytest.raises(TransportError) as info:
        tls.describe()
    assert "TLS error" in str(info.value)
    assert info.value.attempts == 1
    assert sleeps.calls == []


@pytest.fixture()
def self_signed_server(tmp_path: Path) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate (needs the openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip

    class Ok(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(EXAMPLE_BODY)))
            self.end_headers()
            self.wfile.write(EXAMPLE_BODY)

    httpd = HTTPServer(("127.0.0.1", 0), Ok)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    httpd.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    t.start()
    yield int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()


def test_untrusted_certificate_is_refused(
    self_signed_server: int, client: MpsClient, sleeps: SleepRecorder
) -> None:
    tls = client.with_options(endpoint=f"https://127.0.0.1:{self_signed_server}")
    with pytest.raises(TransportError) as info:
        tls.describe()
    assert "TLS error" in str(info.value)
    assert "CERTIFICATE_VERIFY_FAILED" in repr(info.value.__cause__)
    assert info.value.attempts == 1


def test_proxy_from_environment_is_used(
    monkeypatch: pytest.MonkeyPatch, server: ScriptedServer, client: MpsClient
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://user:p%40ss@{server.host}")
    proxied = MpsClient(
        credentials=client.credentials,
        endpoint="http://mps.example.invalid:8080",
        allow_http=True,
    )
    assert proxied.describe()["RequestId"]
    (req,) = server.requests
    assert req.path == "http://mps.example.invalid:8080/"  # absolute form: sent to a proxy
    assert req.headers["host"] == "mps.example.invalid:8080"
    assert req.headers["proxy-authorization"] == "Basic " + base64.b64encode(b"user:p@ss").decode()
    assert "Credential=" in req.headers["authorization"]


def test_proxy_routing_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "internal.corp,.skip.example")
    t = Transport()
    assert (
        t.proxy_for(parse_endpoint("https://mps.tencentcloudapi.com")) == "http://proxy.corp:3128"
    )
    assert t.proxy_for(parse_endpoint("https://internal.corp")) is None
    assert t.proxy_for(parse_endpoint("https://mps.skip.example:8443")) is None
    assert t.proxy_for(parse_endpoint("http://127.0.0.1:9000")) is None  # loopback: always direct
    assert t.proxy_for(parse_endpoint("http://x.example", allow_http=True)) is None  # no HTTP_PROXY


def test_no_proxy_environment_means_direct() -> None:
    t = Transport()
    assert t.proxy_for(parse_endpoint("https://mps.tencentcloudapi.com")) is None
