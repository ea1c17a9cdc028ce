# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/__init__.py.jinja2 (make generate); do not edit.
"""Typed models of every request and response type of the covered actions: one attrs class each.

Each class lives in a module of its own and is built on first access (``tencent_mps.models.WorkflowTask``
imports ``tencent_mps.models.workflow_task``), so importing this package costs almost nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._registry import MODULES

if TYPE_CHECKING:
    from .create_job_request import CreateJobRequest
    from .create_job_response import CreateJobResponse
    from .describe_job_request import DescribeJobRequest
    from .describe_job_response import DescribeJobResponse
    from .job_detail import JobDetail
    from .job_input import JobInput
    from .list_jobs_request import ListJobsRequest
    from .list_jobs_response import ListJobsResponse
    from .output_spec import OutputSpec
    from .ping_request import PingRequest
    from .ping_response import PingResponse
    from .source_info import SourceInfo
    from .step import Step

__all__ = [
    "CreateJobRequest",
    "CreateJobResponse",
    "DescribeJobRequest",
    "DescribeJobResponse",
    "JobDetail",
    "JobInput",
    "ListJobsRequest",
    "ListJobsResponse",
    "OutputSpec",
    "PingRequest",
    "PingResponse",
    "SourceInfo",
    "Step",
]


def __getattr__(name: str) -> Any:
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
