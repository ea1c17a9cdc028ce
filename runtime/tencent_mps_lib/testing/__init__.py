"""Test support: a local MPS emulator that any client, the official SDK's included, can call.

    from tencent_mps_lib.testing import Emulator

    with Emulator() as emu:
        emu.endpoint                      # "http://127.0.0.1:PORT"
        Emulator.DEFAULT_CREDENTIALS      # the key pair it accepts by default

pytest users get the ``mps_emulator`` fixture from ``tencent_mps_lib.testing.pytest_plugin``.
"""

from __future__ import annotations

from ._auth import KeyPair, KeyPairLike
from ._calls import Call
from ._faults import FAULT_KINDS, FaultKind
from .emulator import EXAMPLE_CREDENTIALS, Emulator

__all__ = [
    "EXAMPLE_CREDENTIALS",
    "FAULT_KINDS",
    "Call",
    "Emulator",
    "FaultKind",
    "KeyPair",
    "KeyPairLike",
]
