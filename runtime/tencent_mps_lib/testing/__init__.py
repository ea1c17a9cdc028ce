"""Test support: a local MPS emulator that any client, the official SDK's included, can call.

    from tencent_mps.testing import Emulator

    with Emulator(task_duration=(1, 20), seed=7) as emu:
        emu.endpoint                      # "http://127.0.0.1:PORT"
        Emulator.DEFAULT_CREDENTIALS      # the key pair it accepts by default
        emu.on("CreateWorkflow", lambda params: {"WorkflowId": 1})
        emu.wait_for_notifications(1)     # notifications POSTed to a task's NotifyUrl

It answers every action of the schema; ProcessMedia, DescribeTaskDetail, DescribeTasks and
ParseNotification behave as the service does (see :class:`Emulator`). pytest users get the
``mps_emulator`` fixture from ``tencent_mps.testing.pytest_plugin``. :class:`FakeCloud` serves a
fake instance metadata service and STS for testing credential providers.
"""

from __future__ import annotations

from ._errors import EmulatorError
from .behaviour._actions import ActionHandler
from .behaviour._notify import NotificationRecord
from .behaviour._process_media import TaskDuration
from .checks._auth import KeyPair, KeyPairLike
from .checks._ratelimit import DOCUMENTED, RateLimit
from .cloud._cloud import (
    EXAMPLE_LONG_TERM_CREDENTIALS,
    EXAMPLE_PROVIDER_ID,
    EXAMPLE_ROLE_ARN,
    EXAMPLE_ROLE_NAME,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    EXAMPLE_WEB_IDENTITY_TOKEN,
    CloudCall,
    FakeCloud,
    FakeMetadataService,
    FakeSTS,
)
from .emulator import DEFAULT_TASK_DURATION, EXAMPLE_CREDENTIALS, Emulator
from .server._calls import Call
from .server._faults import FAULT_KINDS, FaultKind

__all__ = [
    "DEFAULT_TASK_DURATION",
    "DOCUMENTED",
    "EXAMPLE_CREDENTIALS",
    "EXAMPLE_LONG_TERM_CREDENTIALS",
    "EXAMPLE_PROVIDER_ID",
    "EXAMPLE_ROLE_ARN",
    "EXAMPLE_ROLE_NAME",
    "EXAMPLE_TEMPORARY_CREDENTIALS",
    "EXAMPLE_WEB_IDENTITY_TOKEN",
    "FAULT_KINDS",
    "ActionHandler",
    "Call",
    "CloudCall",
    "Emulator",
    "EmulatorError",
    "FakeCloud",
    "FakeMetadataService",
    "FakeSTS",
    "FaultKind",
    "KeyPair",
    "KeyPairLike",
    "NotificationRecord",
    "RateLimit",
    "TaskDuration",
]
