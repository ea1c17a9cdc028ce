# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/_registry.py.jinja2 (make generate); do not edit.
"""Where each model lives, and its codecs, built on first use.

Decoders look nested models up in :data:`STRUCTURE`, request encoders in :data:`REQUEST`: dicts
filled in as models are first met (:mod:`tencent_mps_core.codecs` writes each model's codecs
from its ``WIRE_NAMES`` and ``FIELD_KINDS``). So decoding a payload builds only the classes that
the payload contains.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tencent_mps_core.codecs import codecs

#: Model name -> module name under tencent_mps.models.
MODULES: dict[str, str] = {
    "CreateJobRequest": "create_job_request",
    "CreateJobResponse": "create_job_response",
    "DescribeJobRequest": "describe_job_request",
    "DescribeJobResponse": "describe_job_response",
    "JobDetail": "job_detail",
    "JobInput": "job_input",
    "ListJobsRequest": "list_jobs_request",
    "ListJobsResponse": "list_jobs_response",
    "OutputSpec": "output_spec",
    "PingRequest": "ping_request",
    "PingResponse": "ping_response",
    "SourceInfo": "source_info",
    "Step": "step",
}

#: Models that are sent in requests.
SENT: frozenset[str] = frozenset(
    {
        "CreateJobRequest",
        "DescribeJobRequest",
        "JobInput",
        "ListJobsRequest",
        "OutputSpec",
        "PingRequest",
        "SourceInfo",
    }
)

_CODECS = codecs(__package__, MODULES)

#: Model name -> its decoder (wire dict -> model).
STRUCTURE: dict[str, Callable[[Any], Any]] = _CODECS.structure

#: Model name -> its checking request encoder (model or wire dict -> wire dict).
REQUEST: dict[str, Callable[[Any], dict[str, Any]]] = _CODECS.request
