"""Fixtures for the credentials tests: a clean environment, a hand-moved clock, the fake cloud.

The ``mps_cloud`` fixture comes from the package's pytest plugin (re-exported here, as the
emulator tests do with ``mps_emulator``). No test reaches the real metadata service: the chain's
metadata endpoint points at a closed loopback port unless a test says otherwise.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tencent_mps.testing.pytest_plugin import mps_cloud, pytest_configure
from tencent_mps_core.credentials import forget_metadata_probe
from tencent_mps_lib.testing.cloud._cloud_server import LoopbackServer, Reply, Request

__all__ = ["mps_cloud", "pytest_configure"]

_PREFIXES = ("TENCENTCLOUD_", "TKE_", "TENCENT_MPS_")
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No credentials or proxies from the shell, an empty HOME, and no real metadata service."""
    import os

    for name in list(os.environ):
        if name.startswith(_PREFIXES) or name.upper() in _PROXY_VARS:
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_ENDPOINT", f"http://127.0.0.1:{closed_port()}")
    forget_metadata_probe()
    yield home
    forget_metadata_probe()


class FakeClock:
    """A clock that moves only when told (seconds since the epoch)."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Request], Reply]], str]]:
    """Serve a function of the request on loopback; returns the endpoint."""
    servers: list[LoopbackServer] = []

    def start(app: Callable[[Request], Reply]) -> str:
        server = LoopbackServer(app)
        server.start()
        servers.append(server)
        return server.endpoint

    yield start
    for server in servers:
        server.stop()
