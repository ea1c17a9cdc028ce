# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/_registry.py.jinja2 (make generate); do not edit.
"""Where each model lives, and its codecs, imported on first use.

Decoders look nested models up in :data:`STRUCTURE`, request encoders in :data:`REQUEST`: plain
dicts (the fastest lookup Python has). Each starts out holding a stand-in per model; the first
call of a stand-in imports the model's module, puts the real function in its place and calls it.
So decoding a payload builds only the classes that the payload contains.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

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

#: Models that are sent in requests (they have a request encoder).
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


def _stand_in(
    table: dict[str, Callable[[Any], Any]], function: str, name: str
) -> Callable[[Any], Any]:
    def load_and_call(data: Any) -> Any:
        module = import_module(f".{MODULES[name]}", __package__)
        real: Callable[[Any], Any] = getattr(module, function)
        table[name] = real
        return real(data)

    return load_and_call


#: Model name -> its decoder (``_structure``); a stand-in until the model is first used.
STRUCTURE: dict[str, Callable[[Any], Any]] = {}
STRUCTURE.update({name: _stand_in(STRUCTURE, "_structure", name) for name in MODULES})

#: Model name -> its checking request encoder (``_request``), for the models in :data:`SENT`.
REQUEST: dict[str, Callable[[Any], dict[str, Any]]] = {}
REQUEST.update({name: _stand_in(REQUEST, "_request", name) for name in sorted(SENT)})
