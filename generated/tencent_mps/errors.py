# generated from schema/describe-task-detail.openapi.json by codegen (make generate); do not edit.
"""Errors raised by tencent_mps.

The base classes are hand-written (``tencent_mps._runtime.exceptions``); one subclass per error code
listed in ``schema/describe-task-detail.openapi.json`` (``x-tc-error-codes``) is generated below. A sub-code's class
derives from its parent code's class, so ``except RequestLimitExceededError`` also catches
``RequestLimitExceeded.UinLimitExceeded``.
"""

from __future__ import annotations

from tencent_mps._runtime.exceptions import (
    APIError,
    ConfigurationError,
    CredentialsError,
    DecodeError,
    SDKError,
    TransportError,
    WaitTimeoutError,
)
from tencent_mps._runtime.http_error import HTTPError

__all__ = [
    "APIError",
    "ConfigurationError",
    "CredentialsError",
    "DecodeError",
    "HTTPError",
    "SDKError",
    "TransportError",
    "WaitTimeoutError",
    "ERROR_CLASSES",
    "error_class_for",
    "ActionOfflineError",
    "AuthFailureError",
    "AuthFailureInvalidAuthorizationError",
    "AuthFailureInvalidSecretIdError",
    "AuthFailureMFAFailureError",
    "AuthFailureSecretIdNotFoundError",
    "AuthFailureSignatureExpireError",
    "AuthFailureSignatureFailureError",
    "AuthFailureTokenFailureError",
    "AuthFailureUnauthorizedOperationError",
    "DryRunOperationError",
    "FailedOperationError",
    "FailedOperationInvalidMpsUserError",
    "InternalErrorError",
    "InvalidActionError",
    "InvalidParameterError",
    "InvalidParameterValueError",
    "InvalidRequestError",
    "IpInBlacklistError",
    "IpNotInWhitelistError",
    "LimitExceededError",
    "MissingParameterError",
    "NoSuchProductError",
    "NoSuchVersionError",
    "RequestLimitExceededError",
    "RequestLimitExceededGlobalRegionUinLimitExceededError",
    "RequestLimitExceededIPLimitExceededError",
    "RequestLimitExceededUinLimitExceededError",
    "RequestSizeLimitExceededError",
    "ResourceInUseError",
    "ResourceInsufficientError",
    "ResourceNotFoundError",
    "ResourceUnavailableError",
    "ResponseSizeLimitExceededError",
    "ServiceUnavailableError",
    "UnauthorizedOperationError",
    "UnknownParameterError",
    "UnsupportedOperationError",
    "UnsupportedProtocolError",
    "UnsupportedRegionError",
]


class ActionOfflineError(APIError):
    """``ActionOffline``: This API action is no longer offered."""

    default_code = "ActionOffline"
    retryable = False


class AuthFailureError(APIError):
    """``AuthFailure``: Any AuthFailure.* error."""

    default_code = "AuthFailure"
    retryable = False


class AuthFailureInvalidAuthorizationError(AuthFailureError):
    """``AuthFailure.InvalidAuthorization``: The Authorization header could not be parsed."""

    default_code = "AuthFailure.InvalidAuthorization"
    retryable = False


class AuthFailureInvalidSecretIdError(AuthFailureError):
    """``AuthFailure.InvalidSecretId``: The SecretId has the wrong format for an API key."""

    default_code = "AuthFailure.InvalidSecretId"
    retryable = False


class AuthFailureMFAFailureError(AuthFailureError):
    """``AuthFailure.MFAFailure``: The multi-factor authentication check did not pass."""

    default_code = "AuthFailure.MFAFailure"
    retryable = False


class AuthFailureSecretIdNotFoundError(AuthFailureError):
    """``AuthFailure.SecretIdNotFound``: No enabled API key has this SecretId."""

    default_code = "AuthFailure.SecretIdNotFound"
    retryable = False


class AuthFailureSignatureExpireError(AuthFailureError):
    """``AuthFailure.SignatureExpire``: The request timestamp differs from the server clock by more than five minutes."""

    default_code = "AuthFailure.SignatureExpire"
    retryable = False


class AuthFailureSignatureFailureError(AuthFailureError):
    """``AuthFailure.SignatureFailure``: The request signature does not verify; check the secret key and the signing steps."""

    default_code = "AuthFailure.SignatureFailure"
    retryable = False


class AuthFailureTokenFailureError(AuthFailureError):
    """``AuthFailure.TokenFailure``: The session token of the temporary credentials is wrong or has expired."""

    default_code = "AuthFailure.TokenFailure"
    retryable = False


class AuthFailureUnauthorizedOperationError(AuthFailureError):
    """``AuthFailure.UnauthorizedOperation``: CAM policies do not allow this caller to use the action."""

    default_code = "AuthFailure.UnauthorizedOperation"
    retryable = False


class DryRunOperationError(APIError):
    """``DryRunOperation``: A dry run that would otherwise have succeeded."""

    default_code = "DryRunOperation"
    retryable = False


class FailedOperationError(APIError):
    """``FailedOperation``: The service could not carry out the operation."""

    default_code = "FailedOperation"
    retryable = False


class FailedOperationInvalidMpsUserError(FailedOperationError):
    """``FailedOperation.InvalidMpsUser``: The account has not activated Media Processing Service."""

    default_code = "FailedOperation.InvalidMpsUser"
    retryable = False


class InternalErrorError(APIError):
    """``InternalError``: The service hit an internal fault; the call may be retried."""

    default_code = "InternalError"
    retryable = True


class InvalidActionError(APIError):
    """``InvalidAction``: The service knows no action of this name."""

    default_code = "InvalidAction"
    retryable = False


class InvalidParameterError(APIError):
    """``InvalidParameter``: A parameter has the wrong format or type."""

    default_code = "InvalidParameter"
    retryable = False


class InvalidParameterValueError(APIError):
    """``InvalidParameterValue``: A parameter value is not acceptable, for example a malformed task ID."""

    default_code = "InvalidParameterValue"
    retryable = False


class InvalidRequestError(APIError):
    """``InvalidRequest``: The multipart request body is not well formed."""

    default_code = "InvalidRequest"
    retryable = False


class IpInBlacklistError(APIError):
    """``IpInBlacklist``: The caller's IP address is on the blocklist."""

    default_code = "IpInBlacklist"
    retryable = False


class IpNotInWhitelistError(APIError):
    """``IpNotInWhitelist``: The caller's IP address is not on the allowlist."""

    default_code = "IpNotInWhitelist"
    retryable = False


class LimitExceededError(APIError):
    """``LimitExceeded``: A quota has been used up."""

    default_code = "LimitExceeded"
    retryable = False


class MissingParameterError(APIError):
    """``MissingParameter``: A required parameter was not sent."""

    default_code = "MissingParameter"
    retryable = False


class NoSuchProductError(APIError):
    """``NoSuchProduct``: The product named in the request does not exist."""

    default_code = "NoSuchProduct"
    retryable = False


class NoSuchVersionError(APIError):
    """``NoSuchVersion``: The API version named in the request does not exist."""

    default_code = "NoSuchVersion"
    retryable = False


class RequestLimitExceededError(APIError):
    """``RequestLimitExceeded``: The caller sent too many requests; slow down and retry."""

    default_code = "RequestLimitExceeded"
    retryable = True


class RequestLimitExceededGlobalRegionUinLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.GlobalRegionUinLimitExceeded``: The account's request rate across all regions is over its limit."""

    default_code = "RequestLimitExceeded.GlobalRegionUinLimitExceeded"
    retryable = True


class RequestLimitExceededIPLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.IPLimitExceeded``: The request rate from this IP address is over its limit."""

    default_code = "RequestLimitExceeded.IPLimitExceeded"
    retryable = True


class RequestLimitExceededUinLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.UinLimitExceeded``: The account's request rate is over its limit."""

    default_code = "RequestLimitExceeded.UinLimitExceeded"
    retryable = True


class RequestSizeLimitExceededError(APIError):
    """``RequestSizeLimitExceeded``: The request body is larger than allowed."""

    default_code = "RequestSizeLimitExceeded"
    retryable = False


class ResourceInUseError(APIError):
    """``ResourceInUse``: The resource is busy."""

    default_code = "ResourceInUse"
    retryable = False


class ResourceInsufficientError(APIError):
    """``ResourceInsufficient``: The service does not have enough resources for the request."""

    default_code = "ResourceInsufficient"
    retryable = False


class ResourceNotFoundError(APIError):
    """``ResourceNotFound``: No task with this ID exists (tasks are kept for seven days)."""

    default_code = "ResourceNotFound"
    retryable = False


class ResourceUnavailableError(APIError):
    """``ResourceUnavailable``: The resource cannot be used right now."""

    default_code = "ResourceUnavailable"
    retryable = True


class ResponseSizeLimitExceededError(APIError):
    """``ResponseSizeLimitExceeded``: The answer would exceed the maximum response size."""

    default_code = "ResponseSizeLimitExceeded"
    retryable = False


class ServiceUnavailableError(APIError):
    """``ServiceUnavailable``: The service is briefly unavailable; the call may be retried."""

    default_code = "ServiceUnavailable"
    retryable = True


class UnauthorizedOperationError(APIError):
    """``UnauthorizedOperation``: The caller is not allowed to perform this operation."""

    default_code = "UnauthorizedOperation"
    retryable = False


class UnknownParameterError(APIError):
    """``UnknownParameter``: The request contains a parameter the action does not define."""

    default_code = "UnknownParameter"
    retryable = False


class UnsupportedOperationError(APIError):
    """``UnsupportedOperation``: The operation is not supported."""

    default_code = "UnsupportedOperation"
    retryable = False


class UnsupportedProtocolError(APIError):
    """``UnsupportedProtocol``: The request used a protocol or HTTP method the endpoint does not accept."""

    default_code = "UnsupportedProtocol"
    retryable = False


class UnsupportedRegionError(APIError):
    """``UnsupportedRegion``: The action is not available in the requested region."""

    default_code = "UnsupportedRegion"
    retryable = False


#: Every documented code and its exception class.
ERROR_CLASSES: dict[str, type[APIError]] = {
    "ActionOffline": ActionOfflineError,
    "AuthFailure": AuthFailureError,
    "AuthFailure.InvalidAuthorization": AuthFailureInvalidAuthorizationError,
    "AuthFailure.InvalidSecretId": AuthFailureInvalidSecretIdError,
    "AuthFailure.MFAFailure": AuthFailureMFAFailureError,
    "AuthFailure.SecretIdNotFound": AuthFailureSecretIdNotFoundError,
    "AuthFailure.SignatureExpire": AuthFailureSignatureExpireError,
    "AuthFailure.SignatureFailure": AuthFailureSignatureFailureError,
    "AuthFailure.TokenFailure": AuthFailureTokenFailureError,
    "AuthFailure.UnauthorizedOperation": AuthFailureUnauthorizedOperationError,
    "DryRunOperation": DryRunOperationError,
    "FailedOperation": FailedOperationError,
    "FailedOperation.InvalidMpsUser": FailedOperationInvalidMpsUserError,
    "InternalError": InternalErrorError,
    "InvalidAction": InvalidActionError,
    "InvalidParameter": InvalidParameterError,
    "InvalidParameterValue": InvalidParameterValueError,
    "InvalidRequest": InvalidRequestError,
    "IpInBlacklist": IpInBlacklistError,
    "IpNotInWhitelist": IpNotInWhitelistError,
    "LimitExceeded": LimitExceededError,
    "MissingParameter": MissingParameterError,
    "NoSuchProduct": NoSuchProductError,
    "NoSuchVersion": NoSuchVersionError,
    "RequestLimitExceeded": RequestLimitExceededError,
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded": RequestLimitExceededGlobalRegionUinLimitExceededError,
    "RequestLimitExceeded.IPLimitExceeded": RequestLimitExceededIPLimitExceededError,
    "RequestLimitExceeded.UinLimitExceeded": RequestLimitExceededUinLimitExceededError,
    "RequestSizeLimitExceeded": RequestSizeLimitExceededError,
    "ResourceInUse": ResourceInUseError,
    "ResourceInsufficient": ResourceInsufficientError,
    "ResourceNotFound": ResourceNotFoundError,
    "ResourceUnavailable": ResourceUnavailableError,
    "ResponseSizeLimitExceeded": ResponseSizeLimitExceededError,
    "ServiceUnavailable": ServiceUnavailableError,
    "UnauthorizedOperation": UnauthorizedOperationError,
    "UnknownParameter": UnknownParameterError,
    "UnsupportedOperation": UnsupportedOperationError,
    "UnsupportedProtocol": UnsupportedProtocolError,
    "UnsupportedRegion": UnsupportedRegionError,
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
