# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/__init__.py.jinja2 (make generate); do not edit.
"""A typed, schema-first SDK for Golden Job Service, API version 2020-01-01.

Everything is imported on first use, so ``import tencent_mps`` is nearly free::

    from tencent_mps import Client
    task = Client().describe_task_detail(task_id="...")

    from tencent_mps import parse_response       # decode a body you already have
    task = parse_response(body)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
    import cattrs

    from tencent_mps_core.credentials import Credentials as Credentials
    from tencent_mps_core.raw import RawResponse as RawResponse
    from tencent_mps_core.retry import RetryPolicy as RetryPolicy

    from . import enums as enums
    from . import errors as errors
    from . import models as models
    from . import operations as operations
    from .async_client import AsyncClient as AsyncClient
    from .client import Client as Client
    from .errors import APIError as APIError
    from .errors import DecodeError as DecodeError
    from .errors import SDKError as SDKError
    from .errors import ValidationError as ValidationError
    from .operations import parse_create_job_response as parse_create_job_response
    from .operations import parse_describe_job_response as parse_describe_job_response
    from .operations import parse_list_jobs_response as parse_list_jobs_response
    from .operations import parse_ping_response as parse_ping_response
    from .operations import parse_response as parse_response

    converter: cattrs.Converter
    """A cattrs Converter that structures and unstructures every model."""

#: Public name -> (module, attribute) it is loaded from on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "APIError": (".errors", "APIError"),
    "AsyncClient": (".async_client", "AsyncClient"),
    "Client": (".client", "Client"),
    "Credentials": ("tencent_mps_core.credentials", "Credentials"),
    "DecodeError": (".errors", "DecodeError"),
    "RawResponse": ("tencent_mps_core.raw", "RawResponse"),
    "RetryPolicy": ("tencent_mps_core.retry", "RetryPolicy"),
    "SDKError": (".errors", "SDKError"),
    "ValidationError": (".errors", "ValidationError"),
    "converter": ("tencent_mps_core.converter", "converter"),
    "enums": (".enums", None),
    "errors": (".errors", None),
    "models": (".models", None),
    "operations": (".operations", None),
    "parse_create_job_response": (".operations", "parse_create_job_response"),
    "parse_describe_job_response": (".operations", "parse_describe_job_response"),
    "parse_list_jobs_response": (".operations", "parse_list_jobs_response"),
    "parse_ping_response": (".operations", "parse_ping_response"),
    "parse_response": ("._service", "parse_response"),  # decodes without the operation records
}

__all__ = [
    "APIError",
    "AsyncClient",
    "Client",
    "Credentials",
    "DecodeError",
    "RawResponse",
    "RetryPolicy",
    "SDKError",
    "ValidationError",
    "__version__",
    "converter",
    "enums",
    "errors",
    "models",
    "operations",
    "parse_create_job_response",
    "parse_describe_job_response",
    "parse_list_jobs_response",
    "parse_ping_response",
    "parse_response",
]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(target[0], __name__)
    value = module if target[1] is None else getattr(module, target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
