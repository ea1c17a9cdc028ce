# generated from schema/mps.schema.json by codegen/templates/tencent_mps/enums.py.jinja2 (make generate); do not edit.
"""Documented values of string fields, as ``StrEnum`` s: one per distinct set of values.

Fields stay typed ``str``: the service may send a value that is not listed here, and it decodes
unchanged. Members compare equal to their strings (``task.status == TaskStatus.FINISH``).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "JobInputKind",
    "JobStatus",
]


class JobInputKind(StrEnum):
    """Values of ``JobInput.Kind``."""

    FAST = "fast"
    """Quick and rough"""
    BEST = "best"
    """Slow and careful"""


class JobStatus(StrEnum):
    """Values of ``JobDetail.Status``, ``ListJobsRequest.Status``, ``Step.Status``."""

    WAITING = "WAITING"
    """Queued"""
    RUNNING = "RUNNING"
    """Being worked on"""
    DONE = "DONE"
    """Finished"""
    FAILED = "FAILED"
    """Gave up"""
