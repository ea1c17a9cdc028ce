"""pytest plugin: the ``mps_emulator`` fixture (a running :class:`Emulator` per test).

Installed packages register it through the ``pytest11`` entry point; otherwise add
``pytest_plugins = ["tencent_mps.testing.pytest_plugin"]`` to a ``conftest.py``. Options for
one test go in a marker, whose keyword arguments go to :class:`Emulator`:
``@pytest.mark.mps_emulator(rate_limit=None, include_example=False)``,
``@pytest.mark.mps_emulator(task_duration=(1, 20), seed=7)``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .cloud._cloud import FakeCloud
from .emulator import Emulator

__all__ = ["mps_cloud", "mps_emulator", "pytest_configure"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "mps_emulator(**kwargs): keyword arguments for the mps_emulator fixture's Emulator",
    )
    config.addinivalue_line(
        "markers",
        "mps_cloud(**kwargs): keyword arguments for the mps_cloud fixture's FakeCloud",
    )


@pytest.fixture
def mps_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A started MPS emulator on a free loopback port, stopped after the test."""
    marker = request.node.get_closest_marker("mps_emulator")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    with Emulator(**kwargs) as emulator:
        yield emulator


@pytest.fixture
def mps_cloud(request: pytest.FixtureRequest) -> Iterator[FakeCloud]:
    """A started fake metadata service and fake STS (:class:`FakeCloud`), stopped after the test.

    Options go in ``@pytest.mark.mps_cloud(lifetime=60, ...)``. The default chain's cached
    metadata probe is forgotten before and after, so tests do not see each other's answers.
    """
    from tencent_mps_core.credentials import forget_metadata_probe

    marker = request.node.get_closest_marker("mps_cloud")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    forget_metadata_probe()
    try:
        with FakeCloud(**kwargs) as cloud:
            yield cloud
    finally:
        forget_metadata_probe()
