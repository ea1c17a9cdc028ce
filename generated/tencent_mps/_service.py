# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_service.py.jinja2 (make generate); do not edit.
"""What the core needs to know about the service: name, version, endpoint, error classes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

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
    name="mps",
    api_version="2019-06-12",
    endpoint="https://mps.tencentcloudapi.com",
    user_agent=f"tencent-mps-python/{VERSION}",
    error_class_for=_error_class_for,
    max_clock_skew=300,
    operation_for=_operation_for,
)
