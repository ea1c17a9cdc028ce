"""pytest plugin: the ``mps_emulator`` fixture (a running :class:`Emulator` per test).

Installed packages register it through the ``pytest11`` entry point; otherwise add
``pytest_plugins = ["tencent_mps_lib.testing.pytest_plugin"]`` to a ``conftest.py``. Options for
one test go in a marker: ``@pytest.mark.mps_emulator(rate_limit=None, include_example=False)``
passes its keyword arguments to :class:`Emulator`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .emulator import Emulator

__all__ = ["mps_emulator", "pytest_configure"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "mps_emulator(**kwargs): keyword arguments for the mps_emulator fixture's Emulator",
    )


@pytest.fixture
def mps_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A started MPS emulator on a free loopback port, stopped after the test."""
    marker = request.node.get_closest_marker("mps_emulator")
    kwargs = dict(marker.kwargs) if marker is not None else {}
    with Emulator(**kwargs) as emulator:
        yield emulator
