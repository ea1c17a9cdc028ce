"""Fixtures for the emulator tests.

The ``mps_emulator`` fixture comes from the package's pytest plugin. It is re-exported here
rather than named in ``pytest_plugins``: pytest refuses ``pytest_plugins`` in a conftest below
the root one, and an installed package registers the plugin through its ``pytest11`` entry point.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.mps.v20190612 import models, mps_client

from tencent_mps.testing import Emulator
from tencent_mps.testing.pytest_plugin import mps_emulator, pytest_configure

__all__ = ["mps_emulator", "pytest_configure"]

_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback calls must not be sent through a proxy from the environment."""
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_server_left_running() -> Iterator[None]:
    """Every emulator a test starts is stopped by the end of its teardown."""
    yield
    alive = [t.name for t in threading.enumerate() if t.name.startswith("tencent-mps-emulator")]
    assert alive == [], f"emulator threads still running: {alive}"


@pytest.fixture
def emulator_factory() -> Iterator[Callable[..., Emulator]]:
    """Start emulators with chosen options; all of them are stopped after the test."""
    started: list[Emulator] = []

    def make(**kwargs: Any) -> Emulator:
        emu = Emulator(**kwargs).start()
        started.append(emu)
        return emu

    yield make
    for emu in started:
        emu.stop()


def official_client(
    emu: Emulator,
    secret_id: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
) -> Any:
    """The official SDK's MpsClient, over plain HTTP to the emulator."""
    creds = Emulator.DEFAULT_CREDENTIALS
    cred = credential.Credential(
        secret_id or creds.secret_id, secret_key or creds.secret_key, token
    )
    http_profile = HttpProfile(endpoint=f"127.0.0.1:{emu.port}", protocol="http", reqTimeout=10)
    return mps_client.MpsClient(cred, "ap-guangzhou", ClientProfile(httpProfile=http_profile))


def describe_request(task_id: str) -> Any:
    request = models.DescribeTaskDetailRequest()
    request.TaskId = task_id
    return request
