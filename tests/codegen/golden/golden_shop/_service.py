# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_service.py.jinja2 (make generate); do not edit.
"""What the core needs to know about the service: name, version, endpoint, error classes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from tencent_mps_core.exceptions import APIError
from tencent_mps_core.service import ServiceModel

if TYPE_CHECKING:
    from tencent_mps_core.operation import Operation

#: The SDK's version (from pyproject.toml).
VERSION: Final = "0.2.0"


def _error_class_for(code: str) -> type[APIError]:
    from .errors import error_class_for  # 200 classes: imported when the first error arrives

    return error_class_for(code)


def _operation_for(action: str) -> Operation | None:
    from .operations import OPERATIONS

    return OPERATIONS.get(action)


SERVICE: Final = ServiceModel(
    name="shop",
    api_version="2020-01-01",
    endpoint="https://shop.example.com",
    user_agent=f"tencent-mps-python/{VERSION}",
    error_class_for=_error_class_for,
    max_clock_skew=300,
    operation_for=_operation_for,
)

#: Action name -> the model its answer decodes into: all ``parse_response`` needs, so that
#: decoding a body does not build the operation records of :mod:`.operations`.
RESPONSE_TYPES: Final[dict[str, str]] = {
    "CreateJob": "CreateJobResponse",
    "DescribeJob": "DescribeJobResponse",
    "ListJobs": "ListJobsResponse",
    "Ping": "PingResponse",
}


def parse_response(
    body: bytes | bytearray | str | Mapping[str, Any], action: str = "DescribeJob"
) -> Any:
    """Decode a whole response body of ``action`` (default ``DescribeJob``) into its typed response.

    Raises :class:`tencent_mps.errors.ConfigurationError` for an action this package does not
    know, the API error of an error envelope, and :class:`tencent_mps.errors.DecodeError` for
    a body that is not the expected shape. (``tencent_mps.parse_response``; typed by
    :func:`tencent_mps.operations.parse_response`, which calls this.)
    """
    response_type = RESPONSE_TYPES.get(action) if isinstance(action, str) else None
    if response_type is None:
        from tencent_mps_core.exceptions import ConfigurationError

        raise ConfigurationError(f"parse_response: no action named {action!r} in this package")
    from tencent_mps_core.operation import parse_body

    from .models._registry import STRUCTURE

    return parse_body(body, STRUCTURE, response_type, SERVICE)
