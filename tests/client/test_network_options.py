"""The ``proxy`` and ``ca_bundle`` options, and TLS failures that say what went wrong."""

from __future__ import annotations

import base64
import http.client
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import ConfigurationError, TransportError
from tencent_mps_core.proxy import DIRECT, parse_proxy
from tencent_mps_core.transport import Transport, parse_endpoint

from .conftest import EXAMPLE_BODY, MpsClient
from .server import ScriptedServer

CREDS = Credentials("AKIDnetopts000111", "netopts-key")


def make_certificate(
    directory: Path, *, name: str = "cert", cn: str = "127.0.0.1", san: str = "IP:127.0.0.1"
) -> tuple[Path, Path]:
    """A self-signed certificate and its key, made with the openssl CLI (skips without it)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not available to make a test certificate")
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", f"/CN={cn}", "-addext", f"subjectAltName={san}",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture()
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path)


@pytest.fixture()
def https_port(certificate: tuple[Path, Path]) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 answering the example body, with the self-signed cert."""
    cert, key = certificate

    class Ok(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(200)
            self.send_header("Content-Length", str(len(EXAMPLE_BODY)))
            self.end_headers()
            self.wfile.write(EXAMPLE_BODY)

        def log_message(self, format: str, *args: object) -> None:
            pass

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


# -- ca_bundle ---------------------------------------------------------------------------------


@pytest.mark.parametrize("as_path", [True, False])
def test_ca_bundle_trusts_a_private_ca(
    https_port: int, certificate: tuple[Path, Path], as_path: bool
) -> None:
    cert = certificate[0]
    client = MpsClient(
        credentials=CREDS,
        endpoint=f"https://127.0.0.1:{https_port}",
        ca_bundle=cert if as_path else str(cert),
    )
    assert client.describe()["RequestId"]
    assert client._config.ca_bundle == str(cert)


def test_without_the_bundle_the_certificate_is_refused_and_the_cause_said(https_port: int) -> None:
    client = MpsClient(credentials=CREDS, endpoint=f"https://127.0.0.1:{https_port}")
    with pytest.raises(TransportError) as info:
        client.describe()
    assert "TLS error: certificate verify failed" in str(info.value)
    assert "self" in str(info.value)  # "self-signed certificate" (wording varies by OpenSSL)
    assert info.value.attempts == 1  # TLS failures are not retried


def test_the_bundle_replaces_the_store_it_does_not_extend_it(
    https_port: int, tmp_path: Path
) -> None:
    other, _ = make_certificate(tmp_path, name="other")
    client = MpsClient(
        credentials=CREDS, endpoint=f"https://127.0.0.1:{https_port}", ca_bundle=other
    )
    with pytest.raises(TransportError) as info:
        client.describe()
    assert "certificate verify failed" in str(info.value)


def test_a_hostname_mismatch_is_named(https_port: int, certificate: tuple[Path, Path]) -> None:
    client = MpsClient(
        credentials=CREDS, endpoint=f"https://localhost:{https_port}", ca_bundle=certificate[0]
    )
    with pytest.raises(TransportError) as info:
        client.describe()
    assert "hostname mismatch" in str(info.value).lower()


def test_tls_to_a_plain_http_server_names_the_wrong_version(
    client: MpsClient, server: ScriptedServer
) -> None:
    tls = client.with_options(endpoint=f"https://127.0.0.1:{server.port}")
    with pytest.raises(TransportError) as info:
        tls.describe()
    assert "TLS error: wrong version number" in str(info.value)


def test_bad_ca_bundles_are_configuration_errors(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    for bad, fragment in [
        (tmp_path / "missing.pem", "cannot be read"),
        (tmp_path, "not a file"),
        (garbage, "no usable PEM certificate"),
        (empty, "ca_bundle"),
    ]:
        with pytest.raises(ConfigurationError) as info:
            MpsClient(credentials=CREDS, ca_bundle=bad)
        assert fragment in str(info.value)
        assert "ca_bundle" in str(info.value)


def test_a_replaced_bundle_file_is_read_again(
    https_port: int, certificate: tuple[Path, Path], tmp_path: Path
) -> None:
    other, _ = make_certificate(tmp_path, name="other")
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(other.read_bytes())
    endpoint = f"https://127.0.0.1:{https_port}"
    with pytest.raises(TransportError):
        MpsClient(credentials=CREDS, endpoint=endpoint, ca_bundle=bundle).describe()
    bundle.write_bytes(certificate[0].read_bytes() + b"\n")  # other size: a new file
    assert MpsClient(credentials=CREDS, endpoint=endpoint, ca_bundle=bundle).describe()


# -- proxy -------------------------------------------------------------------------------------


class _ForwardProxy(ThreadingHTTPServer):
    daemon_threads = True
    seen: list[tuple[str, dict[str, str]]]
    hosts: dict[str, str]


class _ForwardHandler(BaseHTTPRequestHandler):
    """A CONNECT-less forward proxy: absolute-form requests are re-sent to their target (host
    names in ``server.hosts`` are mapped to another address, like a DNS the client lacks)."""

    server: _ForwardProxy
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.seen.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        target = urlsplit(self.path)
        host = self.server.hosts.get(target.hostname or "", target.hostname or "")
        upstream = http.client.HTTPConnection(host, target.port or 80, timeout=10)
        forwarded = {k: v for k, v in self.headers.items() if not k.lower().startswith("proxy-")}
        upstream.request("POST", target.path or "/", body=body, headers=forwarded)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.getheader("Content-Type", "application/json"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def forward_proxy() -> Iterator[_ForwardProxy]:
    proxy = _ForwardProxy(("127.0.0.1", 0), _ForwardHandler)
    proxy.seen = []
    proxy.hosts = {"mps.test.invalid": "127.0.0.1"}
    t = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    t.start()
    yield proxy
    proxy.shutdown()
    proxy.server_close()


def _dead_port() -> int:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


def test_the_proxy_option_routes_calls_and_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: ScriptedServer, forward_proxy: _ForwardProxy
) -> None:
    dead = f"http://127.0.0.1:{_dead_port()}"
    monkeypatch.setenv("HTTP_PROXY", dead)
    monkeypatch.setenv("HTTPS_PROXY", dead)
    proxy_port = forward_proxy.server_address[1]
    client = MpsClient(
        credentials=CREDS,
        endpoint=f"http://mps.test.invalid:{server.port}",
        allow_http=True,
        proxy=f"http://proxyuser:s3cr%40t@127.0.0.1:{proxy_port}",
        max_attempts=1,
    )
    assert client.describe()["RequestId"]
    ((path, headers),) = forward_proxy.seen
    assert path == f"http://mps.test.invalid:{server.port}/"
    assert (
        headers["proxy-authorization"] == "Basic " + base64.b64encode(b"proxyuser:s3cr@t").decode()
    )
    (upstream,) = server.requests
    assert "proxy-authorization" not in upstream.headers
    assert upstream.headers["host"] == f"mps.test.invalid:{server.port}"
    # transports that take a URL get it whole (the async client); shown nowhere
    assert client._config.proxy == f"http://proxyuser:s3cr%40t@127.0.0.1:{proxy_port}"
    text = repr(client) + repr(client._config)
    assert f"http://***@127.0.0.1:{proxy_port}" in text
    assert "s3cr" not in text and "proxyuser" not in text


def test_an_explicit_proxy_also_applies_to_loopback_endpoints(
    server: ScriptedServer, forward_proxy: _ForwardProxy
) -> None:
    client = MpsClient(
        credentials=CREDS,
        endpoint=f"http://127.0.0.1:{server.port}",
        proxy=f"127.0.0.1:{forward_proxy.server_address[1]}",  # bare host:port means http://
    )
    assert client.describe()["RequestId"]
    assert [path for path, _ in forward_proxy.seen] == [f"http://127.0.0.1:{server.port}/"]


def test_clients_with_different_proxies_share_one_pool_but_not_routes(
    server: ScriptedServer, forward_proxy: _ForwardProxy
) -> None:
    direct = MpsClient(credentials=CREDS, endpoint=server.url)
    proxied = direct.with_options(proxy=f"http://127.0.0.1:{forward_proxy.server_address[1]}")
    direct.describe()
    proxied.describe()
    direct.describe()
    assert len(forward_proxy.seen) == 1
    assert server.count == 3
    proxied.close()
    assert direct.closed  # one pool, closed once


def test_an_empty_proxy_means_direct_whatever_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    endpoint = parse_endpoint("https://mps.tencentcloudapi.com")
    t = Transport()
    assert t.proxy_for(endpoint) == "http://proxy.corp:3128"
    assert t.proxy_for(endpoint, DIRECT) is None
    assert t.proxy_for(endpoint, parse_proxy("https://other:8443")) == "https://other:8443"
    client = MpsClient(credentials=CREDS, proxy="")
    assert client._config.transport.proxy == DIRECT


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("socks5://user:hunter2@proxy:1080", "http:// or https://"),
        ("http://user:hunter2@proxy:99999", "not a valid URL"),
        ("http://user:hunter2@proxy:0", "port"),
        ("http://user:hunter2@proxy:3128/path", "without a path"),
        ("http://user:hunter2@:3128", "must name a host"),
        (3128, "must be a proxy URL"),
    ],
)
def test_bad_proxies_are_configuration_errors_without_the_password(
    value: object, fragment: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        MpsClient(credentials=CREDS, proxy=value)  # type: ignore[arg-type]
    assert fragment in str(info.value)
    assert "proxy" in str(info.value)
    assert "hunter2" not in str(info.value)


def test_proxy_urls_are_normalised_and_masked() -> None:
    p = parse_proxy("HTTP://Alice:pw@Proxy.Example")
    assert p.url == "http://proxy.example:80"
    assert (p.username, p.password) == ("Alice", "pw")
    assert repr(p) == "Proxy('http://***@proxy.example:80')"
    assert parse_proxy("https://[::1]:8443").url == "https://[::1]:8443"
    assert parse_proxy("  ").direct
