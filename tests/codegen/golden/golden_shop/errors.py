# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/errors.py.jinja2 (make generate); do not edit.
"""Errors raised by tencent_mps.

The base classes come from the hand-written core (:mod:`tencent_mps_core.exceptions`); one
subclass per error code listed in ``schema/mps.openapi.json`` (``x-tc-error-codes``) is
generated below. A sub-code's class derives from its parent code's class, so
``except RequestLimitExceededError`` also catches ``RequestLimitExceeded.UinLimitExceeded``.
"""

from __future__ import annotations

from tencent_mps_core.credentials import CredentialsRefreshError
from tencent_mps_core.exceptions import (
    APIError,
    ClientClosedError,
    ConfigurationError,
    CredentialsError,
    DecodeError,
    NotificationError,
    NotificationExpiredError,
    NotificationSignatureError,
    ResponseTooLargeError,
    SDKError,
    TransportError,
    UnknownOptionError,
    ValidationError,
    WaiterError,
    WaiterFailureError,
    WaitTimeoutError,
)
from tencent_mps_core.http_error import HTTPError

__all__ = [
    "APIError",
    "ClientClosedError",
    "ConfigurationError",
    "CredentialsError",
    "CredentialsRefreshError",
    "DecodeError",
    "HTTPError",
    "NotificationError",
    "NotificationExpiredError",
    "NotificationSignatureError",
    "ResponseTooLargeError",
    "SDKError",
    "TransportError",
    "UnknownOptionError",
    "ValidationError",
    "WaitTimeoutError",
    "WaiterError",
    "WaiterFailureError",
    "ERROR_CLASSES",
    "error_class_for",
    "InternalError",
    "InvalidParameterError",
    "InvalidParameter_ValueError",
    "InvalidParameterValueError",
    "RequestLimitExceededError",
    "ResourceNotFoundError",
    "ResourceNotFoundJobNotFoundError",
]


class InternalError(APIError):
    """``InternalError``: Something broke inside the service."""

    default_code = "InternalError"
    retryable = True


class InvalidParameterError(APIError):
    """``InvalidParameter``: A parameter is wrong."""

    default_code = "InvalidParameter"
    retryable = False


class InvalidParameter_ValueError(InvalidParameterError):
    """``InvalidParameter.Value``: A parameter has a wrong value (a sub-code)."""

    default_code = "InvalidParameter.Value"
    retryable = False


class InvalidParameterValueError(APIError):
    """``InvalidParameterValue``: A parameter value is wrong (its own code)."""

    default_code = "InvalidParameterValue"
    retryable = False


class RequestLimitExceededError(APIError):
    """``RequestLimitExceeded``: Too many requests."""

    default_code = "RequestLimitExceeded"
    retryable = True
    throttling = True


class ResourceNotFoundError(APIError):
    """``ResourceNotFound``: Any ResourceNotFound.* error."""

    default_code = "ResourceNotFound"
    retryable = False


class ResourceNotFoundJobNotFoundError(ResourceNotFoundError):
    """``ResourceNotFound.JobNotFound``: No such job."""

    default_code = "ResourceNotFound.JobNotFound"
    retryable = False


#: Every documented code and its exception class.
ERROR_CLASSES: dict[str, type[APIError]] = {
    "InternalError": InternalError,
    "InvalidParameter": InvalidParameterError,
    "InvalidParameter.Value": InvalidParameter_ValueError,
    "InvalidParameterValue": InvalidParameterValueError,
    "RequestLimitExceeded": RequestLimitExceededError,
    "ResourceNotFound": ResourceNotFoundError,
    "ResourceNotFound.JobNotFound": ResourceNotFoundJobNotFoundError,
}


def error_class_for(code: str) -> type[APIError]:
    """The class for ``code``: its own, else its nearest documented parent's, else APIError."""
    while True:
        cls = ERROR_CLASSES.get(code)
        if cls is not None:
            return cls
        if "." not in code:
            return APIError
        code = code.rsplit(".", 1)[0]
