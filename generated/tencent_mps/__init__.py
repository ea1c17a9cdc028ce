# generated from schema/describe-task-detail.openapi.json and schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""tencent_mps: a typed, schema-first SDK for Tencent Cloud Media Processing Service (MPS).

Everything is imported on first use, so ``import tencent_mps`` is nearly free::

    from tencent_mps import Client
    task = Client().describe_task_detail(task_id="...")

    from tencent_mps import parse_response       # decode a body you already have
    task = parse_response(body)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import cattrs

    from tencent_mps import enums as enums
    from tencent_mps import errors as errors
    from tencent_mps import models as models
    from tencent_mps._runtime.credentials import Credentials as Credentials
    from tencent_mps._runtime.raw import RawResponse as RawResponse
    from tencent_mps._runtime.retry import RetryPolicy as RetryPolicy
    from tencent_mps.client import Client as Client
    from tencent_mps.errors import APIError as APIError
    from tencent_mps.errors import DecodeError as DecodeError
    from tencent_mps.errors import SDKError as SDKError
    from tencent_mps.operations import (
        parse_describe_task_detail_response as parse_describe_task_detail_response,
    )
    from tencent_mps.operations import parse_describe_task_detail_response as parse_response

    converter: cattrs.Converter
    """A cattrs Converter that structures and unstructures every model."""

#: Public name -> (module, attribute) it is loaded from on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "APIError": ("tencent_mps.errors", "APIError"),
    "Client": ("tencent_mps.client", "Client"),
    "Credentials": ("tencent_mps._runtime.credentials", "Credentials"),
    "DecodeError": ("tencent_mps.errors", "DecodeError"),
    "RawResponse": ("tencent_mps._runtime.raw", "RawResponse"),
    "RetryPolicy": ("tencent_mps._runtime.retry", "RetryPolicy"),
    "SDKError": ("tencent_mps.errors", "SDKError"),
    "converter": ("tencent_mps._converter_instance", "converter"),
    "enums": ("tencent_mps.enums", None),
    "errors": ("tencent_mps.errors", None),
    "models": ("tencent_mps.models", None),
    "parse_describe_task_detail_response": (
        "tencent_mps.operations",
        "parse_describe_task_detail_response",
    ),
    "parse_response": ("tencent_mps.operations", "parse_describe_task_detail_response"),
}

__all__ = [
    "APIError",
    "Client",
    "Credentials",
    "DecodeError",
    "RawResponse",
    "RetryPolicy",
    "SDKError",
    "__version__",
    "converter",
    "enums",
    "errors",
    "models",
    "parse_describe_task_detail_response",
    "parse_response",
]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'tencent_mps' has no attribute {name!r}")
    module = import_module(target[0])
    value = module if target[1] is None else getattr(module, target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
