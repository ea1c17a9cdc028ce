# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/operations.py.jinja2 (make generate); do not edit.
"""The operations of ``schema/mps.openapi.json`` as data, and a body parser for each.

Every ``Operation`` record says how its action behaves (idempotency, rate limit, error codes)
and where its codecs are; the generated clients hand these records to the hand-written core,
which runs them. Waiters, paginators and watchers are data too, in ``_loops``.

``parse_<response>(body)`` decodes a whole response body of one action; ``parse_response(body,
action)`` decodes the body of any action by name (``DescribeJob`` when none is given,
``x-tc-default-operation`` in schema/).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, overload

from tencent_mps_core.operation import Operation

from ._service import SERVICE
from ._service import parse_response as _parse_response
from .models._registry import REQUEST, STRUCTURE

if TYPE_CHECKING:
    from .models.create_job_response import CreateJobResponse
    from .models.describe_job_response import DescribeJobResponse
    from .models.list_jobs_response import ListJobsResponse
    from .models.ping_response import PingResponse

__all__ = [
    "OPERATIONS",
    "CREATE_JOB",
    "parse_create_job_response",
    "DESCRIBE_JOB",
    "parse_describe_job_response",
    "LIST_JOBS",
    "parse_list_jobs_response",
    "PING",
    "parse_ping_response",
    "parse_response",
]


CREATE_JOB: Final = Operation(
    action="CreateJob",
    version="2020-01-01",
    request_type="CreateJobRequest",
    response_type="CreateJobResponse",
    idempotent=False,
    rate_limit=5.0,
    error_codes=("InvalidParameter.Value", "InvalidParameterValue"),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateJob``: Start a job."""


def parse_create_job_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateJobResponse:
    """Decode a whole ``CreateJob`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_JOB.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_JOB: Final = Operation(
    action="DescribeJob",
    version="2020-01-01",
    request_type="DescribeJobRequest",
    response_type="DescribeJobResponse",
    idempotent=True,
    rate_limit=50.0,
    error_codes=("ResourceNotFound.JobNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeJob``: Get a job."""


def parse_describe_job_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeJobResponse:
    """Decode a whole ``DescribeJob`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_JOB.parse(body, SERVICE)  # type: ignore[no-any-return]


LIST_JOBS: Final = Operation(
    action="ListJobs",
    version="2020-01-01",
    request_type="ListJobsRequest",
    response_type="ListJobsResponse",
    idempotent=True,
    rate_limit=20.0,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ListJobs``: List jobs, a page at a time."""


def parse_list_jobs_response(body: bytes | bytearray | str | Mapping[str, Any]) -> ListJobsResponse:
    """Decode a whole ``ListJobs`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return LIST_JOBS.parse(body, SERVICE)  # type: ignore[no-any-return]


PING: Final = Operation(
    action="Ping",
    version="2020-01-01",
    request_type="PingRequest",
    response_type="PingResponse",
    idempotent=True,
    rate_limit=20.0,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``Ping``: Check that the service answers."""


def parse_ping_response(body: bytes | bytearray | str | Mapping[str, Any]) -> PingResponse:
    """Decode a whole ``Ping`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PING.parse(body, SERVICE)  # type: ignore[no-any-return]


@overload
def parse_response(body: bytes | bytearray | str | Mapping[str, Any]) -> DescribeJobResponse: ...
@overload
def parse_response(body: bytes | bytearray | str | Mapping[str, Any], action: str) -> Any: ...
def parse_response(
    body: bytes | bytearray | str | Mapping[str, Any], action: str = "DescribeJob"
) -> Any:
    """Decode a whole response body of ``action`` (default ``DescribeJob``) into its typed response.

    Raises :class:`tencent_mps.errors.ConfigurationError` for an action this package does not
    know, the API error of an error envelope, and :class:`tencent_mps.errors.DecodeError` for
    a body that is not the expected shape.
    """
    return _parse_response(body, action)


#: Action name -> its operation record.
OPERATIONS: Final[dict[str, Operation]] = {
    "CreateJob": CREATE_JOB,
    "DescribeJob": DESCRIBE_JOB,
    "ListJobs": LIST_JOBS,
    "Ping": PING,
}
