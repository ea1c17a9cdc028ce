"""What a generated client tells the core about its service: name, version, endpoint, errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .exceptions import APIError

if TYPE_CHECKING:
    from .operation import Operation


@dataclass(frozen=True, slots=True)
class ServiceModel:
    """One Tencent Cloud API 3.0 service, as the generated package describes it.

    ``name`` is the service name used in the TC3 credential scope (``mps``); ``error_class_for``
    maps an error code to the most specific exception class the package generated for it;
    ``operation_for`` finds the operation record of an action by name (None if unknown), for
    ``invoke``.
    """

    name: str
    api_version: str
    endpoint: str
    user_agent: str
    error_class_for: Callable[[str], type[APIError]]
    max_clock_skew: int = 300
    operation_for: Callable[[str], Operation | None] | None = None
