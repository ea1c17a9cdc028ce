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
    "FailedOperationBucketNotifyAlreadyExistError",
    "FailedOperationCosStatusInavlidError",
    "FailedOperationCreateAIGCTaskFailedError",
    "FailedOperationGenerateResourceError",
    "FailedOperationGetSourceNotifyError",
    "FailedOperationInvalidMpsUserError",
    "FailedOperationInvalidUserError",
    "FailedOperationNetWorkError",
    "FailedOperationQueryAIGCTaskFailedError",
    "FailedOperationSetSourceNotifyError",
    "FailedOperationTaskNotFoundError",
    "FailedOperationUserArrearsError",
    "InternalError",
    "InternalErrorAccessDBError",
    "InternalErrorGenDefinitionError",
    "InternalErrorGetSSAIChannelsFailedError",
    "InternalErrorGetSSAIUsagePartialFailedError",
    "InternalErrorRecognitionError",
    "InternalErrorUploadWatermarkError",
    "InvalidActionError",
    "InvalidParameterError",
    "InvalidParameterAlreadyAssociatedInputError",
    "InvalidParameterAppIdError",
    "InvalidParameterAuthInfoError",
    "InvalidParameterCacheInfoError",
    "InvalidParameterEndTimeError",
    "InvalidParameterExceededQuantityLimitError",
    "InvalidParameterIdError",
    "InvalidParameterInputError",
    "InvalidParameterInputInfoError",
    "InvalidParameterInputOutputIdError",
    "InvalidParameterInvalidParameterChannelIdError",
    "InvalidParameterInvalidUrlError",
    "InvalidParameterMaxBandwidthError",
    "InvalidParameterModelNotSupportedError",
    "InvalidParameterNameError",
    "InvalidParameterNoInputSpecifiedError",
    "InvalidParameterNotFoundError",
    "InvalidParameterOutputError",
    "InvalidParameterOutputGroupsError",
    "InvalidParameterOutputIdError",
    "InvalidParameterPageNumError",
    "InvalidParameterPageSizeError",
    "InvalidParameterPeriodError",
    "InvalidParameterPipelineError",
    "InvalidParameterPointsError",
    "InvalidParameterProtocolError",
    "InvalidParameterSSAIInfoError",
    "InvalidParameterSortTypeError",
    "InvalidParameterStartTimeError",
    "InvalidParameterStateError",
    "InvalidParameterTypeError",
    "InvalidParameterUrlError",
    "InvalidParameter_ValueError",
    "InvalidParameterViolationContentError",
    "InvalidParameterWhitelistError",
    "InvalidParameterValueError",
    "InvalidParameterValueAsrHotWordsConfigureError",
    "InvalidParameterValueAsrHotWordsLibraryIdError",
    "InvalidParameterValueAsrHotWordsSwitchError",
    "InvalidParameterValueAudioBitrateError",
    "InvalidParameterValueAudioChannelError",
    "InvalidParameterValueAudioCodecError",
    "InvalidParameterValueAudioDataError",
    "InvalidParameterValueAudioDataTooLongError",
    "InvalidParameterValueAudioFormatError",
    "InvalidParameterValueAudioSampleRateError",
    "InvalidParameterValueAutoAreasError",
    "InvalidParameterValueBitrateError",
    "InvalidParameterValueBlockConfidenceError",
    "InvalidParameterValueClassifcationConfigureError",
    "InvalidParameterValueCodecError",
    "InvalidParameterValueColumnCountError",
    "InvalidParameterValueCommentError",
    "InvalidParameterValueContainerError",
    "InvalidParameterValueContainerTypeError",
    "InvalidParameterValueCoordinateOriginError",
    "InvalidParameterValueCoverConfigureError",
    "InvalidParameterValueCustomAreasError",
    "InvalidParameterValueDefaultLibraryLabelSetError",
    "InvalidParameterValueDefinitionError",
    "InvalidParameterValueDefinitionsError",
    "InvalidParameterValueDeleteDefaultTemplateError",
    "InvalidParameterValueDestinationLanguageError",
    "InvalidParameterValueDisableHigherVideoBitrateError",
    "InvalidParameterValueDisableHigherVideoResolutionError",
    "InvalidParameterValueDuplicatedTextContentError",
    "InvalidParameterValueDurationTooLongError",
    "InvalidParameterValueEmptyDetectItemError",
    "InvalidParameterValueErasePrivacyConfigError",
    "InvalidParameterValueEraseSubtitleConfigError",
    "InvalidParameterValueEraseTypeError",
    "InvalidParameterValueEraseWatermarkConfigError",
    "InvalidParameterValueFaceDuplicateError",
    "InvalidParameterValueFaceLibraryError",
    "InvalidParameterValueFaceScoreError",
    "InvalidParameterValueFillTypeError",
    "InvalidParameterValueFormatError",
    "InvalidParameterValueFormatWebpLackWidthAndHeightError",
    "InvalidParameterValueFormatWebpWidthAndHeightBothZeroError",
    "InvalidParameterValueFpsError",
    "InvalidParameterValueFrameTagConfigureError",
    "InvalidParameterValueFunctionArgError",
    "InvalidParameterValueFunctionNameError",
    "InvalidParameterValueGopError",
    "InvalidParameterValueHeightError",
    "InvalidParameterValueHotWordsNotExistError",
    "InvalidParameterValueHotwordsFormatError",
    "InvalidParameterValueImageContentError",
    "InvalidParameterValueImageTemplateError",
    "InvalidParameterValueInputInfoError",
    "InvalidParameterValueInvalidContentError",
    "InvalidParameterValueInvalidOperationTypeError",
    "InvalidParameterValueLabelSetError",
    "InvalidParameterValueLimitError",
    "InvalidParameterValueModifyDefaultTemplateError",
    "InvalidParameterValueNameError",
    "InvalidParameterValueNotProcessingTaskError",
    "InvalidParameterValueObjectLibraryError",
    "InvalidParameterValueOcrSwitchError",
    "InvalidParameterValuePicFormatError",
    "InvalidParameterValuePrivacyModelError",
    "InvalidParameterValuePrivacyTargetsError",
    "InvalidParameterValueProjectLimitExceededError",
    "InvalidParameterValueProjectNameDuplicateError",
    "InvalidParameterValueProjectNotFoundError",
    "InvalidParameterValueQualityError",
    "InvalidParameterValueRemoveAudioError",
    "InvalidParameterValueRemoveVideoError",
    "InvalidParameterValueRepeatTypeError",
    "InvalidParameterValueResolutionError",
    "InvalidParameterValueResolutionAdaptiveError",
    "InvalidParameterValueReviewConfidenceError",
    "InvalidParameterValueRowCountError",
    "InvalidParameterValueSampleIntervalError",
    "InvalidParameterValueSampleRateError",
    "InvalidParameterValueSampleTypeError",
    "InvalidParameterValueServiceError",
    "InvalidParameterValueSessionContextTooLongError",
    "InvalidParameterValueSessionIdError",
    "InvalidParameterValueSessionIdTooLongError",
    "InvalidParameterValueSoundSystemError",
    "InvalidParameterValueSourceLanguageError",
    "InvalidParameterValueSourceTextError",
    "InvalidParameterValueSrcFileError",
    "InvalidParameterValueSubtitleEmbedIdError",
    "InvalidParameterValueSubtitleEraseMethodError",
    "InvalidParameterValueSubtitleFormatError",
    "InvalidParameterValueSubtitleLangError",
    "InvalidParameterValueSubtitleModelError",
    "InvalidParameterValueSubtitleTypeError",
    "InvalidParameterValueSvgTemplateError",
    "InvalidParameterValueSvgTemplateHeightError",
    "InvalidParameterValueSvgTemplateWidthError",
    "InvalidParameterValueSwitchError",
    "InvalidParameterValueTEHDTypeError",
    "InvalidParameterValueTagConfigureError",
    "InvalidParameterValueTaskIdError",
    "InvalidParameterValueTextAlphaError",
    "InvalidParameterValueTextContentError",
    "InvalidParameterValueTextTemplateError",
    "InvalidParameterValueTransDstLangError",
    "InvalidParameterValueTransSwitchError",
    "InvalidParameterValueTranslateDstLanguageError",
    "InvalidParameterValueTranslateSwitchError",
    "InvalidParameterValueTypeError",
    "InvalidParameterValueUnknownCategoryError",
    "InvalidParameterValueUseOriginalPosError",
    "InvalidParameterValueUseOriginalSizeError",
    "InvalidParameterValueUserDefineLibraryLabelSetError",
    "InvalidParameterValueUserUnRegisterError",
    "InvalidParameterValueVideoBitrateError",
    "InvalidParameterValueVideoCodecError",
    "InvalidParameterValueVideoSrcLanguageError",
    "InvalidParameterValueWatermarkEraseMethodError",
    "InvalidParameterValueWatermarkModelError",
    "InvalidParameterValueWidthError",
    "InvalidParameterValueXPosError",
    "InvalidParameterValueYPosError",
    "InvalidRequestError",
    "IpInBlacklistError",
    "IpNotInWhitelistError",
    "LimitExceededError",
    "LimitExceededCreateTaskError",
    "LimitExceededTooMuchHotWordsError",
    "LimitExceededTooMuchLargeHotWordsError",
    "LimitExceededTooMuchTemplateError",
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
    "ResourceNotFoundCosBucketNameInvalidError",
    "ResourceNotFoundCosBucketNotExistError",
    "ResourceNotFoundDownloadError",
    "ResourceNotFoundPersonError",
    "ResourceNotFoundTaskNotFoundError",
    "ResourceNotFoundTemplateNotExistError",
    "ResourceNotFoundUserUnregisterError",
    "ResourceNotFoundWordError",
    "ResourceUnavailableError",
    "ResponseSizeLimitExceededError",
    "ServiceUnavailableError",
    "UnauthorizedOperationError",
    "UnknownParameterError",
    "UnsupportedOperationError",
    "UnsupportedOperationTextTooLongError",
    "UnsupportedProtocolError",
    "UnsupportedRegionError",
]


class ActionOfflineError(APIError):
    """``ActionOffline``: This API action is no longer offered."""

    default_code = "ActionOffline"
    retryable = False


class AuthFailureError(APIError):
    """``AuthFailure``: The request failed CAM signature or permission checks."""

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


class FailedOperationBucketNotifyAlreadyExistError(FailedOperationError):
    """``FailedOperation.BucketNotifyAlreadyExist``: The COS bucket already has an event notification configured."""

    default_code = "FailedOperation.BucketNotifyAlreadyExist"
    retryable = False


class FailedOperationCosStatusInavlidError(FailedOperationError):
    """``FailedOperation.CosStatusInavlid``: The COS service for this account has been suspended."""

    default_code = "FailedOperation.CosStatusInavlid"
    retryable = False


class FailedOperationCreateAIGCTaskFailedError(FailedOperationError):
    """``FailedOperation.CreateAIGCTaskFailed``: The AI-generated content task could not be created."""

    default_code = "FailedOperation.CreateAIGCTaskFailed"
    retryable = False


class FailedOperationGenerateResourceError(FailedOperationError):
    """``FailedOperation.GenerateResource``: The service could not create the required resource."""

    default_code = "FailedOperation.GenerateResource"
    retryable = False


class FailedOperationGetSourceNotifyError(FailedOperationError):
    """``FailedOperation.GetSourceNotify``: The notification settings of the source could not be read."""

    default_code = "FailedOperation.GetSourceNotify"
    retryable = False


class FailedOperationInvalidMpsUserError(FailedOperationError):
    """``FailedOperation.InvalidMpsUser``: The account has not activated Media Processing Service."""

    default_code = "FailedOperation.InvalidMpsUser"
    retryable = False


class FailedOperationInvalidUserError(FailedOperationError):
    """``FailedOperation.InvalidUser``: The account is not a valid user of the service."""

    default_code = "FailedOperation.InvalidUser"
    retryable = False


class FailedOperationNetWorkError(FailedOperationError):
    """``FailedOperation.NetWorkError``: A network error stopped the operation."""

    default_code = "FailedOperation.NetWorkError"
    retryable = False


class FailedOperationQueryAIGCTaskFailedError(FailedOperationError):
    """``FailedOperation.QueryAIGCTaskFailed``: An error occurred while looking up the AI-generated content task."""

    default_code = "FailedOperation.QueryAIGCTaskFailed"
    retryable = False


class FailedOperationSetSourceNotifyError(FailedOperationError):
    """``FailedOperation.SetSourceNotify``: The notification settings of the source could not be saved."""

    default_code = "FailedOperation.SetSourceNotify"
    retryable = False


class FailedOperationTaskNotFoundError(FailedOperationError):
    """``FailedOperation.TaskNotFound``: The task being queried does not exist."""

    default_code = "FailedOperation.TaskNotFound"
    retryable = False


class FailedOperationUserArrearsError(FailedOperationError):
    """``FailedOperation.UserArrears``: The account's services have been suspended, for example for an overdue balance."""

    default_code = "FailedOperation.UserArrears"
    retryable = False


class InternalError(APIError):
    """``InternalError``: The service hit an internal fault; the call may be retried."""

    default_code = "InternalError"
    retryable = True


class InternalErrorAccessDBError(InternalError):
    """``InternalError.AccessDBError``: The service could not read or write its data store."""

    default_code = "InternalError.AccessDBError"
    retryable = True


class InternalErrorGenDefinitionError(InternalError):
    """``InternalError.GenDefinition``: The service could not generate an ID for the new template."""

    default_code = "InternalError.GenDefinition"
    retryable = True


class InternalErrorGetSSAIChannelsFailedError(InternalError):
    """``InternalError.GetSSAIChannelsFailed``: The server-side ad insertion channels could not be retrieved."""

    default_code = "InternalError.GetSSAIChannelsFailed"
    retryable = True


class InternalErrorGetSSAIUsagePartialFailedError(InternalError):
    """``InternalError.GetSSAIUsagePartialFailed``: Only part of the server-side ad insertion usage data could be retrieved."""

    default_code = "InternalError.GetSSAIUsagePartialFailed"
    retryable = True


class InternalErrorRecognitionError(InternalError):
    """``InternalError.RecognitionError``: Content recognition failed inside the service."""

    default_code = "InternalError.RecognitionError"
    retryable = True


class InternalErrorUploadWatermarkError(InternalError):
    """``InternalError.UploadWatermarkError``: The watermark image could not be uploaded."""

    default_code = "InternalError.UploadWatermarkError"
    retryable = True


class InvalidActionError(APIError):
    """``InvalidAction``: The service knows no action of this name."""

    default_code = "InvalidAction"
    retryable = False


class InvalidParameterError(APIError):
    """``InvalidParameter``: A parameter has the wrong format or type."""

    default_code = "InvalidParameter"
    retryable = False


class InvalidParameterAlreadyAssociatedInputError(InvalidParameterError):
    """``InvalidParameter.AlreadyAssociatedInput``: The input is already associated with another resource."""

    default_code = "InvalidParameter.AlreadyAssociatedInput"
    retryable = False


class InvalidParameterAppIdError(InvalidParameterError):
    """``InvalidParameter.AppId``: The AppId is missing or not valid."""

    default_code = "InvalidParameter.AppId"
    retryable = False


class InvalidParameterAuthInfoError(InvalidParameterError):
    """``InvalidParameter.AuthInfo``: The authentication settings are not valid."""

    default_code = "InvalidParameter.AuthInfo"
    retryable = False


class InvalidParameterCacheInfoError(InvalidParameterError):
    """``InvalidParameter.CacheInfo``: The cache settings are not valid."""

    default_code = "InvalidParameter.CacheInfo"
    retryable = False


class InvalidParameterEndTimeError(InvalidParameterError):
    """``InvalidParameter.EndTime``: The end time is missing or not valid."""

    default_code = "InvalidParameter.EndTime"
    retryable = False


class InvalidParameterExceededQuantityLimitError(InvalidParameterError):
    """``InvalidParameter.ExceededQuantityLimit``: The request names more items than the allowed maximum."""

    default_code = "InvalidParameter.ExceededQuantityLimit"
    retryable = False


class InvalidParameterIdError(InvalidParameterError):
    """``InvalidParameter.Id``: The resource ID is missing or not valid."""

    default_code = "InvalidParameter.Id"
    retryable = False


class InvalidParameterInputError(InvalidParameterError):
    """``InvalidParameter.Input``: The input settings are not valid."""

    default_code = "InvalidParameter.Input"
    retryable = False


class InvalidParameterInputInfoError(InvalidParameterError):
    """``InvalidParameter.InputInfo``: The media input information is not valid."""

    default_code = "InvalidParameter.InputInfo"
    retryable = False


class InvalidParameterInputOutputIdError(InvalidParameterError):
    """``InvalidParameter.InputOutputId``: The input or output ID is not valid."""

    default_code = "InvalidParameter.InputOutputId"
    retryable = False


class InvalidParameterInvalidParameterChannelIdError(InvalidParameterError):
    """``InvalidParameter.InvalidParameterChannelId``: The channel ID is not valid."""

    default_code = "InvalidParameter.InvalidParameterChannelId"
    retryable = False


class InvalidParameterInvalidUrlError(InvalidParameterError):
    """``InvalidParameter.InvalidUrl``: A URL in the request is not valid."""

    default_code = "InvalidParameter.InvalidUrl"
    retryable = False


class InvalidParameterMaxBandwidthError(InvalidParameterError):
    """``InvalidParameter.MaxBandwidth``: The maximum bandwidth value is not valid."""

    default_code = "InvalidParameter.MaxBandwidth"
    retryable = False


class InvalidParameterModelNotSupportedError(InvalidParameterError):
    """``InvalidParameter.ModelNotSupported``: The requested model is not supported."""

    default_code = "InvalidParameter.ModelNotSupported"
    retryable = False


class InvalidParameterNameError(InvalidParameterError):
    """``InvalidParameter.Name``: The name is missing or not valid."""

    default_code = "InvalidParameter.Name"
    retryable = False


class InvalidParameterNoInputSpecifiedError(InvalidParameterError):
    """``InvalidParameter.NoInputSpecified``: The request does not say which type of input to use."""

    default_code = "InvalidParameter.NoInputSpecified"
    retryable = False


class InvalidParameterNotFoundError(InvalidParameterError):
    """``InvalidParameter.NotFound``: A resource named in the parameters could not be found."""

    default_code = "InvalidParameter.NotFound"
    retryable = False


class InvalidParameterOutputError(InvalidParameterError):
    """``InvalidParameter.Output``: The output settings are not valid."""

    default_code = "InvalidParameter.Output"
    retryable = False


class InvalidParameterOutputGroupsError(InvalidParameterError):
    """``InvalidParameter.OutputGroups``: The output group settings are not valid."""

    default_code = "InvalidParameter.OutputGroups"
    retryable = False


class InvalidParameterOutputIdError(InvalidParameterError):
    """``InvalidParameter.OutputId``: The output ID is not valid."""

    default_code = "InvalidParameter.OutputId"
    retryable = False


class InvalidParameterPageNumError(InvalidParameterError):
    """``InvalidParameter.PageNum``: The page number is not valid."""

    default_code = "InvalidParameter.PageNum"
    retryable = False


class InvalidParameterPageSizeError(InvalidParameterError):
    """``InvalidParameter.PageSize``: The page size is not valid."""

    default_code = "InvalidParameter.PageSize"
    retryable = False


class InvalidParameterPeriodError(InvalidParameterError):
    """``InvalidParameter.Period``: The time period is not valid."""

    default_code = "InvalidParameter.Period"
    retryable = False


class InvalidParameterPipelineError(InvalidParameterError):
    """``InvalidParameter.Pipeline``: The pipeline setting is not valid."""

    default_code = "InvalidParameter.Pipeline"
    retryable = False


class InvalidParameterPointsError(InvalidParameterError):
    """``InvalidParameter.Points``: The points setting is not valid."""

    default_code = "InvalidParameter.Points"
    retryable = False


class InvalidParameterProtocolError(InvalidParameterError):
    """``InvalidParameter.Protocol``: The protocol is not valid or not supported."""

    default_code = "InvalidParameter.Protocol"
    retryable = False


class InvalidParameterSSAIInfoError(InvalidParameterError):
    """``InvalidParameter.SSAIInfo``: The server-side ad insertion settings are not valid."""

    default_code = "InvalidParameter.SSAIInfo"
    retryable = False


class InvalidParameterSortTypeError(InvalidParameterError):
    """``InvalidParameter.SortType``: The sort order is not valid."""

    default_code = "InvalidParameter.SortType"
    retryable = False


class InvalidParameterStartTimeError(InvalidParameterError):
    """``InvalidParameter.StartTime``: The start time is missing or not valid."""

    default_code = "InvalidParameter.StartTime"
    retryable = False


class InvalidParameterStateError(InvalidParameterError):
    """``InvalidParameter.State``: The state value is not valid."""

    default_code = "InvalidParameter.State"
    retryable = False


class InvalidParameterTypeError(InvalidParameterError):
    """``InvalidParameter.Type``: The type value is not valid."""

    default_code = "InvalidParameter.Type"
    retryable = False


class InvalidParameterUrlError(InvalidParameterError):
    """``InvalidParameter.Url``: The URL is missing or not valid."""

    default_code = "InvalidParameter.Url"
    retryable = False


class InvalidParameter_ValueError(InvalidParameterError):
    """``InvalidParameter.Value``: The content could not be parsed as JSON or lacks a required field such as Uin, SubAccountUin or Message."""

    default_code = "InvalidParameter.Value"
    retryable = False


class InvalidParameterViolationContentError(InvalidParameterError):
    """``InvalidParameter.ViolationContent``: The input was blocked by content moderation."""

    default_code = "InvalidParameter.ViolationContent"
    retryable = False


class InvalidParameterWhitelistError(InvalidParameterError):
    """``InvalidParameter.Whitelist``: The allowlist setting is not valid."""

    default_code = "InvalidParameter.Whitelist"
    retryable = False


class InvalidParameterValueError(APIError):
    """``InvalidParameterValue``: A parameter value is not acceptable, for example a malformed task ID."""

    default_code = "InvalidParameterValue"
    retryable = False


class InvalidParameterValueAsrHotWordsConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsConfigure``: The speech recognition hotword library settings are not valid."""

    default_code = "InvalidParameterValue.AsrHotWordsConfigure"
    retryable = False


class InvalidParameterValueAsrHotWordsLibraryIdError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsLibraryId``: The speech recognition hotword library ID is not valid."""

    default_code = "InvalidParameterValue.AsrHotWordsLibraryId"
    retryable = False


class InvalidParameterValueAsrHotWordsSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsSwitch``: The on/off value for the speech recognition hotword library is not valid."""

    default_code = "InvalidParameterValue.AsrHotWordsSwitch"
    retryable = False


class InvalidParameterValueAudioBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioBitrate``: The audio stream bitrate is not valid."""

    default_code = "InvalidParameterValue.AudioBitrate"
    retryable = False


class InvalidParameterValueAudioChannelError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioChannel``: The AudioChannel value is not valid."""

    default_code = "InvalidParameterValue.AudioChannel"
    retryable = False


class InvalidParameterValueAudioCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioCodec``: The audio codec is not valid or not supported."""

    default_code = "InvalidParameterValue.AudioCodec"
    retryable = False


class InvalidParameterValueAudioDataError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioData``: The audio data is not valid."""

    default_code = "InvalidParameterValue.AudioData"
    retryable = False


class InvalidParameterValueAudioDataTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioDataTooLong``: The audio data is longer than allowed."""

    default_code = "InvalidParameterValue.AudioDataTooLong"
    retryable = False


class InvalidParameterValueAudioFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioFormat``: The audio data is in a format that is not supported."""

    default_code = "InvalidParameterValue.AudioFormat"
    retryable = False


class InvalidParameterValueAudioSampleRateError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioSampleRate``: The audio stream sample rate is not valid."""

    default_code = "InvalidParameterValue.AudioSampleRate"
    retryable = False


class InvalidParameterValueAutoAreasError(InvalidParameterValueError):
    """``InvalidParameterValue.AutoAreas``: The automatic areas of the erasure template are not valid."""

    default_code = "InvalidParameterValue.AutoAreas"
    retryable = False


class InvalidParameterValueBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.Bitrate``: The audio or video bitrate is not valid."""

    default_code = "InvalidParameterValue.Bitrate"
    retryable = False


class InvalidParameterValueBlockConfidenceError(InvalidParameterValueError):
    """``InvalidParameterValue.BlockConfidence``: The BlockConfidence value is not valid."""

    default_code = "InvalidParameterValue.BlockConfidence"
    retryable = False


class InvalidParameterValueClassifcationConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.ClassifcationConfigure``: The settings for intelligent classification are not valid."""

    default_code = "InvalidParameterValue.ClassifcationConfigure"
    retryable = False


class InvalidParameterValueCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.Codec``: The audio or video codec is not valid."""

    default_code = "InvalidParameterValue.Codec"
    retryable = False


class InvalidParameterValueColumnCountError(InvalidParameterValueError):
    """``InvalidParameterValue.ColumnCount``: The ColumnCount value is not valid."""

    default_code = "InvalidParameterValue.ColumnCount"
    retryable = False


class InvalidParameterValueCommentError(InvalidParameterValueError):
    """``InvalidParameterValue.Comment``: The template description is not valid."""

    default_code = "InvalidParameterValue.Comment"
    retryable = False


class InvalidParameterValueContainerError(InvalidParameterValueError):
    """``InvalidParameterValue.Container``: The container format is not valid."""

    default_code = "InvalidParameterValue.Container"
    retryable = False


class InvalidParameterValueContainerTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.ContainerType``: The ContainerType value is not valid."""

    default_code = "InvalidParameterValue.ContainerType"
    retryable = False


class InvalidParameterValueCoordinateOriginError(InvalidParameterValueError):
    """``InvalidParameterValue.CoordinateOrigin``: The CoordinateOrigin value is not valid."""

    default_code = "InvalidParameterValue.CoordinateOrigin"
    retryable = False


class InvalidParameterValueCoverConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.CoverConfigure``: The settings for intelligent cover generation are not valid."""

    default_code = "InvalidParameterValue.CoverConfigure"
    retryable = False


class InvalidParameterValueCustomAreasError(InvalidParameterValueError):
    """``InvalidParameterValue.CustomAreas``: The custom areas of the erasure template are not valid."""

    default_code = "InvalidParameterValue.CustomAreas"
    retryable = False


class InvalidParameterValueDefaultLibraryLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.DefaultLibraryLabelSet``: The label filter for the default face library is not valid."""

    default_code = "InvalidParameterValue.DefaultLibraryLabelSet"
    retryable = False


class InvalidParameterValueDefinitionError(InvalidParameterValueError):
    """``InvalidParameterValue.Definition``: The Definition (template ID) is not valid."""

    default_code = "InvalidParameterValue.Definition"
    retryable = False


class InvalidParameterValueDefinitionsError(InvalidParameterValueError):
    """``InvalidParameterValue.Definitions``: One or more of the Definitions (template IDs) are not valid."""

    default_code = "InvalidParameterValue.Definitions"
    retryable = False


class InvalidParameterValueDeleteDefaultTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.DeleteDefaultTemplate``: Preset templates cannot be deleted."""

    default_code = "InvalidParameterValue.DeleteDefaultTemplate"
    retryable = False


class InvalidParameterValueDestinationLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.DestinationLanguage``: The DestinationLanguage value is not valid."""

    default_code = "InvalidParameterValue.DestinationLanguage"
    retryable = False


class InvalidParameterValueDisableHigherVideoBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.DisableHigherVideoBitrate``: The switch that stops upscaling of the video bitrate has an invalid value."""

    default_code = "InvalidParameterValue.DisableHigherVideoBitrate"
    retryable = False


class InvalidParameterValueDisableHigherVideoResolutionError(InvalidParameterValueError):
    """``InvalidParameterValue.DisableHigherVideoResolution``: The switch that stops upscaling of the video resolution has an invalid value."""

    default_code = "InvalidParameterValue.DisableHigherVideoResolution"
    retryable = False


class InvalidParameterValueDuplicatedTextContentError(InvalidParameterValueError):
    """``InvalidParameterValue.DuplicatedTextContent``: The watermark text duplicates an existing one."""

    default_code = "InvalidParameterValue.DuplicatedTextContent"
    retryable = False


class InvalidParameterValueDurationTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.DurationTooLong``: The Duration value is larger than allowed."""

    default_code = "InvalidParameterValue.DurationTooLong"
    retryable = False


class InvalidParameterValueEmptyDetectItemError(InvalidParameterValueError):
    """``InvalidParameterValue.EmptyDetectItem``: The template does not enable any detection item."""

    default_code = "InvalidParameterValue.EmptyDetectItem"
    retryable = False


class InvalidParameterValueErasePrivacyConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.ErasePrivacyConfig``: The privacy protection settings of the erasure template are not valid."""

    default_code = "InvalidParameterValue.ErasePrivacyConfig"
    retryable = False


class InvalidParameterValueEraseSubtitleConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseSubtitleConfig``: The subtitle removal settings of the erasure template are not valid."""

    default_code = "InvalidParameterValue.EraseSubtitleConfig"
    retryable = False


class InvalidParameterValueEraseTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseType``: The erasure type of the erasure template is not valid."""

    default_code = "InvalidParameterValue.EraseType"
    retryable = False


class InvalidParameterValueEraseWatermarkConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseWatermarkConfig``: The watermark removal settings of the erasure template are not valid."""

    default_code = "InvalidParameterValue.EraseWatermarkConfig"
    retryable = False


class InvalidParameterValueFaceDuplicateError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceDuplicate``: The face has already been added."""

    default_code = "InvalidParameterValue.FaceDuplicate"
    retryable = False


class InvalidParameterValueFaceLibraryError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceLibrary``: The face library setting is not valid."""

    default_code = "InvalidParameterValue.FaceLibrary"
    retryable = False


class InvalidParameterValueFaceScoreError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceScore``: The face score threshold is not valid."""

    default_code = "InvalidParameterValue.FaceScore"
    retryable = False


class InvalidParameterValueFillTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.FillType``: The fill type is not valid."""

    default_code = "InvalidParameterValue.FillType"
    retryable = False


class InvalidParameterValueFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.Format``: The Format value is not valid."""

    default_code = "InvalidParameterValue.Format"
    retryable = False


class InvalidParameterValueFormatWebpLackWidthAndHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.FormatWebpLackWidthAndHeight``: With the webp format, Width and Height must not both be left empty."""

    default_code = "InvalidParameterValue.FormatWebpLackWidthAndHeight"
    retryable = False


class InvalidParameterValueFormatWebpWidthAndHeightBothZeroError(InvalidParameterValueError):
    """``InvalidParameterValue.FormatWebpWidthAndHeightBothZero``: With the webp format, Width and Height must not both be 0."""

    default_code = "InvalidParameterValue.FormatWebpWidthAndHeightBothZero"
    retryable = False


class InvalidParameterValueFpsError(InvalidParameterValueError):
    """``InvalidParameterValue.Fps``: The video frame rate is not valid."""

    default_code = "InvalidParameterValue.Fps"
    retryable = False


class InvalidParameterValueFrameTagConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.FrameTagConfigure``: The settings for intelligent frame-by-frame tagging are not valid."""

    default_code = "InvalidParameterValue.FrameTagConfigure"
    retryable = False


class InvalidParameterValueFunctionArgError(InvalidParameterValueError):
    """``InvalidParameterValue.FunctionArg``: The FunctionArg value is not valid."""

    default_code = "InvalidParameterValue.FunctionArg"
    retryable = False


class InvalidParameterValueFunctionNameError(InvalidParameterValueError):
    """``InvalidParameterValue.FunctionName``: The FunctionName value is not valid."""

    default_code = "InvalidParameterValue.FunctionName"
    retryable = False


class InvalidParameterValueGopError(InvalidParameterValueError):
    """``InvalidParameterValue.Gop``: The GOP length is not valid."""

    default_code = "InvalidParameterValue.Gop"
    retryable = False


class InvalidParameterValueHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.Height``: The height is not valid."""

    default_code = "InvalidParameterValue.Height"
    retryable = False


class InvalidParameterValueHotWordsNotExistError(InvalidParameterValueError):
    """``InvalidParameterValue.HotWordsNotExist``: The hotword library does not exist."""

    default_code = "InvalidParameterValue.HotWordsNotExist"
    retryable = False


class InvalidParameterValueHotwordsFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.HotwordsFormatError``: The hotword library is not in the required format; see the hotword configuration guide."""

    default_code = "InvalidParameterValue.HotwordsFormatError"
    retryable = False


class InvalidParameterValueImageContentError(InvalidParameterValueError):
    """``InvalidParameterValue.ImageContent``: The ImageContent value is not valid."""

    default_code = "InvalidParameterValue.ImageContent"
    retryable = False


class InvalidParameterValueImageTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.ImageTemplate``: The image watermark template settings are not valid."""

    default_code = "InvalidParameterValue.ImageTemplate"
    retryable = False


class InvalidParameterValueInputInfoError(InvalidParameterValueError):
    """``InvalidParameterValue.InputInfo``: The input information is not valid."""

    default_code = "InvalidParameterValue.InputInfo"
    retryable = False


class InvalidParameterValueInvalidContentError(InvalidParameterValueError):
    """``InvalidParameterValue.InvalidContent``: The notification Content to be parsed is not valid."""

    default_code = "InvalidParameterValue.InvalidContent"
    retryable = False


class InvalidParameterValueInvalidOperationTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.InvalidOperationType``: The operation type is not valid."""

    default_code = "InvalidParameterValue.InvalidOperationType"
    retryable = False


class InvalidParameterValueLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.LabelSet``: The LabelSet value is not valid."""

    default_code = "InvalidParameterValue.LabelSet"
    retryable = False


class InvalidParameterValueLimitError(InvalidParameterValueError):
    """``InvalidParameterValue.Limit``: The Limit value is not valid."""

    default_code = "InvalidParameterValue.Limit"
    retryable = False


class InvalidParameterValueModifyDefaultTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.ModifyDefaultTemplate``: Preset templates cannot be modified."""

    default_code = "InvalidParameterValue.ModifyDefaultTemplate"
    retryable = False


class InvalidParameterValueNameError(InvalidParameterValueError):
    """``InvalidParameterValue.Name``: The Name is longer than allowed."""

    default_code = "InvalidParameterValue.Name"
    retryable = False


class InvalidParameterValueNotProcessingTaskError(InvalidParameterValueError):
    """``InvalidParameterValue.NotProcessingTask``: The action applies only to tasks that are still processing."""

    default_code = "InvalidParameterValue.NotProcessingTask"
    retryable = False


class InvalidParameterValueObjectLibraryError(InvalidParameterValueError):
    """``InvalidParameterValue.ObjectLibrary``: The object library setting is not valid."""

    default_code = "InvalidParameterValue.ObjectLibrary"
    retryable = False


class InvalidParameterValueOcrSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.OcrSwitch``: The OcrSwitch value is not valid."""

    default_code = "InvalidParameterValue.OcrSwitch"
    retryable = False


class InvalidParameterValuePicFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.PicFormatError``: The face image is in a format that is not supported."""

    default_code = "InvalidParameterValue.PicFormatError"
    retryable = False


class InvalidParameterValuePrivacyModelError(InvalidParameterValueError):
    """``InvalidParameterValue.PrivacyModel``: The privacy protection model of the erasure template is not valid."""

    default_code = "InvalidParameterValue.PrivacyModel"
    retryable = False


class InvalidParameterValuePrivacyTargetsError(InvalidParameterValueError):
    """``InvalidParameterValue.PrivacyTargets``: The privacy protection targets of the erasure template are not valid."""

    default_code = "InvalidParameterValue.PrivacyTargets"
    retryable = False


class InvalidParameterValueProjectLimitExceededError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectLimitExceeded``: The number of drama series projects has reached its limit."""

    default_code = "InvalidParameterValue.ProjectLimitExceeded"
    retryable = False


class InvalidParameterValueProjectNameDuplicateError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectNameDuplicate``: A drama series project with this name already exists."""

    default_code = "InvalidParameterValue.ProjectNameDuplicate"
    retryable = False


class InvalidParameterValueProjectNotFoundError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectNotFound``: The drama series project does not exist."""

    default_code = "InvalidParameterValue.ProjectNotFound"
    retryable = False


class InvalidParameterValueQualityError(InvalidParameterValueError):
    """``InvalidParameterValue.Quality``: The Quality value is not valid."""

    default_code = "InvalidParameterValue.Quality"
    retryable = False


class InvalidParameterValueRemoveAudioError(InvalidParameterValueError):
    """``InvalidParameterValue.RemoveAudio``: The RemoveAudio value is not valid."""

    default_code = "InvalidParameterValue.RemoveAudio"
    retryable = False


class InvalidParameterValueRemoveVideoError(InvalidParameterValueError):
    """``InvalidParameterValue.RemoveVideo``: The RemoveVideo value is not valid."""

    default_code = "InvalidParameterValue.RemoveVideo"
    retryable = False


class InvalidParameterValueRepeatTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.RepeatType``: The RepeatType value is not valid."""

    default_code = "InvalidParameterValue.RepeatType"
    retryable = False


class InvalidParameterValueResolutionError(InvalidParameterValueError):
    """``InvalidParameterValue.Resolution``: The resolution is not valid."""

    default_code = "InvalidParameterValue.Resolution"
    retryable = False


class InvalidParameterValueResolutionAdaptiveError(InvalidParameterValueError):
    """``InvalidParameterValue.ResolutionAdaptive``: The ResolutionAdaptive value is not valid."""

    default_code = "InvalidParameterValue.ResolutionAdaptive"
    retryable = False


class InvalidParameterValueReviewConfidenceError(InvalidParameterValueError):
    """``InvalidParameterValue.ReviewConfidence``: The ReviewConfidence value is not valid."""

    default_code = "InvalidParameterValue.ReviewConfidence"
    retryable = False


class InvalidParameterValueRowCountError(InvalidParameterValueError):
    """``InvalidParameterValue.RowCount``: The RowCount value is not valid."""

    default_code = "InvalidParameterValue.RowCount"
    retryable = False


class InvalidParameterValueSampleIntervalError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleInterval``: The SampleInterval value is not valid."""

    default_code = "InvalidParameterValue.SampleInterval"
    retryable = False


class InvalidParameterValueSampleRateError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleRate``: The audio sample rate is not valid."""

    default_code = "InvalidParameterValue.SampleRate"
    retryable = False


class InvalidParameterValueSampleTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleType``: The SampleType value is not valid."""

    default_code = "InvalidParameterValue.SampleType"
    retryable = False


class InvalidParameterValueServiceError(InvalidParameterValueError):
    """``InvalidParameterValue.Service``: The Service value is not valid."""

    default_code = "InvalidParameterValue.Service"
    retryable = False


class InvalidParameterValueSessionContextTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionContextTooLong``: The SessionContext is longer than allowed."""

    default_code = "InvalidParameterValue.SessionContextTooLong"
    retryable = False


class InvalidParameterValueSessionIdError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionId``: A request with the same SessionId was already received, so this one was dropped as a duplicate."""

    default_code = "InvalidParameterValue.SessionId"
    retryable = False


class InvalidParameterValueSessionIdTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionIdTooLong``: The SessionId is longer than allowed."""

    default_code = "InvalidParameterValue.SessionIdTooLong"
    retryable = False


class InvalidParameterValueSoundSystemError(InvalidParameterValueError):
    """``InvalidParameterValue.SoundSystem``: The audio channel layout is not valid."""

    default_code = "InvalidParameterValue.SoundSystem"
    retryable = False


class InvalidParameterValueSourceLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.SourceLanguage``: The SourceLanguage value is not valid."""

    default_code = "InvalidParameterValue.SourceLanguage"
    retryable = False


class InvalidParameterValueSourceTextError(InvalidParameterValueError):
    """``InvalidParameterValue.SourceText``: The SourceText value is not valid."""

    default_code = "InvalidParameterValue.SourceText"
    retryable = False


class InvalidParameterValueSrcFileError(InvalidParameterValueError):
    """``InvalidParameterValue.SrcFile``: The source file is not valid."""

    default_code = "InvalidParameterValue.SrcFile"
    retryable = False


class InvalidParameterValueSubtitleEmbedIdError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleEmbedId``: The ID of the subtitle to burn in is not valid."""

    default_code = "InvalidParameterValue.SubtitleEmbedId"
    retryable = False


class InvalidParameterValueSubtitleEraseMethodError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleEraseMethod``: The subtitle removal method of the erasure template is not valid."""

    default_code = "InvalidParameterValue.SubtitleEraseMethod"
    retryable = False


class InvalidParameterValueSubtitleFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleFormat``: The SubtitleFormat value is not valid."""

    default_code = "InvalidParameterValue.SubtitleFormat"
    retryable = False


class InvalidParameterValueSubtitleLangError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleLang``: The subtitle language of the erasure template is not valid."""

    default_code = "InvalidParameterValue.SubtitleLang"
    retryable = False


class InvalidParameterValueSubtitleModelError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleModel``: The subtitle removal model of the erasure template is not valid."""

    default_code = "InvalidParameterValue.SubtitleModel"
    retryable = False


class InvalidParameterValueSubtitleTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleType``: The subtitle language type is not valid."""

    default_code = "InvalidParameterValue.SubtitleType"
    retryable = False


class InvalidParameterValueSvgTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplate``: The SVG watermark content is empty."""

    default_code = "InvalidParameterValue.SvgTemplate"
    retryable = False


class InvalidParameterValueSvgTemplateHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplateHeight``: The SVG watermark height is not valid."""

    default_code = "InvalidParameterValue.SvgTemplateHeight"
    retryable = False


class InvalidParameterValueSvgTemplateWidthError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplateWidth``: The SVG watermark width is not valid."""

    default_code = "InvalidParameterValue.SvgTemplateWidth"
    retryable = False


class InvalidParameterValueSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.Switch``: The Switch value is not valid."""

    default_code = "InvalidParameterValue.Switch"
    retryable = False


class InvalidParameterValueTEHDTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.TEHDType``: The Top Speed Codec (TEHD) type is not valid."""

    default_code = "InvalidParameterValue.TEHDType"
    retryable = False


class InvalidParameterValueTagConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.TagConfigure``: The settings for intelligent tagging are not valid."""

    default_code = "InvalidParameterValue.TagConfigure"
    retryable = False


class InvalidParameterValueTaskIdError(InvalidParameterValueError):
    """``InvalidParameterValue.TaskId``: No task with this ID exists."""

    default_code = "InvalidParameterValue.TaskId"
    retryable = False


class InvalidParameterValueTextAlphaError(InvalidParameterValueError):
    """``InvalidParameterValue.TextAlpha``: The text opacity is not valid."""

    default_code = "InvalidParameterValue.TextAlpha"
    retryable = False


class InvalidParameterValueTextContentError(InvalidParameterValueError):
    """``InvalidParameterValue.TextContent``: The TextContent value is not valid."""

    default_code = "InvalidParameterValue.TextContent"
    retryable = False


class InvalidParameterValueTextTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.TextTemplate``: The text watermark template settings are not valid."""

    default_code = "InvalidParameterValue.TextTemplate"
    retryable = False


class InvalidParameterValueTransDstLangError(InvalidParameterValueError):
    """``InvalidParameterValue.TransDstLang``: The translation target language of the erasure template's subtitle removal is not valid."""

    default_code = "InvalidParameterValue.TransDstLang"
    retryable = False


class InvalidParameterValueTransSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.TransSwitch``: The TransSwitch value is not valid."""

    default_code = "InvalidParameterValue.TransSwitch"
    retryable = False


class InvalidParameterValueTranslateDstLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.TranslateDstLanguage``: The translation target language is not valid."""

    default_code = "InvalidParameterValue.TranslateDstLanguage"
    retryable = False


class InvalidParameterValueTranslateSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.TranslateSwitch``: The on/off value for translation is not valid."""

    default_code = "InvalidParameterValue.TranslateSwitch"
    retryable = False


class InvalidParameterValueTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.Type``: The Type value is not valid."""

    default_code = "InvalidParameterValue.Type"
    retryable = False


class InvalidParameterValueUnknownCategoryError(InvalidParameterValueError):
    """``InvalidParameterValue.UnknownCategory``: The detection category is not recognized."""

    default_code = "InvalidParameterValue.UnknownCategory"
    retryable = False


class InvalidParameterValueUseOriginalPosError(InvalidParameterValueError):
    """``InvalidParameterValue.UseOriginalPos``: The UseOriginalPos value is not valid."""

    default_code = "InvalidParameterValue.UseOriginalPos"
    retryable = False


class InvalidParameterValueUseOriginalSizeError(InvalidParameterValueError):
    """``InvalidParameterValue.UseOriginalSize``: The UseOriginalSize value is not valid."""

    default_code = "InvalidParameterValue.UseOriginalSize"
    retryable = False


class InvalidParameterValueUserDefineLibraryLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.UserDefineLibraryLabelSet``: The label filter for the custom face library is not valid."""

    default_code = "InvalidParameterValue.UserDefineLibraryLabelSet"
    retryable = False


class InvalidParameterValueUserUnRegisterError(InvalidParameterValueError):
    """``InvalidParameterValue.UserUnRegister``: The account has not signed up for Media Processing Service."""

    default_code = "InvalidParameterValue.UserUnRegister"
    retryable = False


class InvalidParameterValueVideoBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoBitrate``: The video stream bitrate is not valid."""

    default_code = "InvalidParameterValue.VideoBitrate"
    retryable = False


class InvalidParameterValueVideoCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoCodec``: The video codec is not valid or not supported."""

    default_code = "InvalidParameterValue.VideoCodec"
    retryable = False


class InvalidParameterValueVideoSrcLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoSrcLanguage``: The source language of the video is not valid."""

    default_code = "InvalidParameterValue.VideoSrcLanguage"
    retryable = False


class InvalidParameterValueWatermarkEraseMethodError(InvalidParameterValueError):
    """``InvalidParameterValue.WatermarkEraseMethod``: The watermark removal method of the erasure template is not valid."""

    default_code = "InvalidParameterValue.WatermarkEraseMethod"
    retryable = False


class InvalidParameterValueWatermarkModelError(InvalidParameterValueError):
    """``InvalidParameterValue.WatermarkModel``: The watermark removal model of the erasure template is not valid."""

    default_code = "InvalidParameterValue.WatermarkModel"
    retryable = False


class InvalidParameterValueWidthError(InvalidParameterValueError):
    """``InvalidParameterValue.Width``: The width is not valid."""

    default_code = "InvalidParameterValue.Width"
    retryable = False


class InvalidParameterValueXPosError(InvalidParameterValueError):
    """``InvalidParameterValue.XPos``: The horizontal watermark offset is not valid; give it in % or px."""

    default_code = "InvalidParameterValue.XPos"
    retryable = False


class InvalidParameterValueYPosError(InvalidParameterValueError):
    """``InvalidParameterValue.YPos``: The vertical watermark offset is not valid; give it in % or px."""

    default_code = "InvalidParameterValue.YPos"
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


class LimitExceededCreateTaskError(LimitExceededError):
    """``LimitExceeded.CreateTask``: No task can be created because the number of running tasks is at its limit."""

    default_code = "LimitExceeded.CreateTask"
    retryable = False


class LimitExceededTooMuchHotWordsError(LimitExceededError):
    """``LimitExceeded.TooMuchHotWords``: The number of hotword libraries has reached the default limit."""

    default_code = "LimitExceeded.TooMuchHotWords"
    retryable = False


class LimitExceededTooMuchLargeHotWordsError(LimitExceededError):
    """``LimitExceeded.TooMuchLargeHotWords``: The number of large hotword libraries has reached its limit."""

    default_code = "LimitExceeded.TooMuchLargeHotWords"
    retryable = False


class LimitExceededTooMuchTemplateError(LimitExceededError):
    """``LimitExceeded.TooMuchTemplate``: The number of templates has reached its limit."""

    default_code = "LimitExceeded.TooMuchTemplate"
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
    throttling = True


class RequestLimitExceededGlobalRegionUinLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.GlobalRegionUinLimitExceeded``: The account's request rate across all regions is over its limit."""

    default_code = "RequestLimitExceeded.GlobalRegionUinLimitExceeded"
    retryable = True
    throttling = True


class RequestLimitExceededIPLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.IPLimitExceeded``: The request rate from this IP address is over its limit."""

    default_code = "RequestLimitExceeded.IPLimitExceeded"
    retryable = True
    throttling = True


class RequestLimitExceededUinLimitExceededError(RequestLimitExceededError):
    """``RequestLimitExceeded.UinLimitExceeded``: The account's request rate is over its limit."""

    default_code = "RequestLimitExceeded.UinLimitExceeded"
    retryable = True
    throttling = True


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


class ResourceNotFoundCosBucketNameInvalidError(ResourceNotFoundError):
    """``ResourceNotFound.CosBucketNameInvalid``: The COS bucket name is not valid."""

    default_code = "ResourceNotFound.CosBucketNameInvalid"
    retryable = False


class ResourceNotFoundCosBucketNotExistError(ResourceNotFoundError):
    """``ResourceNotFound.CosBucketNotExist``: The COS bucket does not exist."""

    default_code = "ResourceNotFound.CosBucketNotExist"
    retryable = False


class ResourceNotFoundDownloadError(ResourceNotFoundError):
    """``ResourceNotFound.DownloadError``: The source file could not be downloaded."""

    default_code = "ResourceNotFound.DownloadError"
    retryable = False


class ResourceNotFoundPersonError(ResourceNotFoundError):
    """``ResourceNotFound.Person``: The person does not exist."""

    default_code = "ResourceNotFound.Person"
    retryable = False


class ResourceNotFoundTaskNotFoundError(ResourceNotFoundError):
    """``ResourceNotFound.TaskNotFound``: The task does not exist."""

    default_code = "ResourceNotFound.TaskNotFound"
    retryable = False


class ResourceNotFoundTemplateNotExistError(ResourceNotFoundError):
    """``ResourceNotFound.TemplateNotExist``: The template does not exist."""

    default_code = "ResourceNotFound.TemplateNotExist"
    retryable = False


class ResourceNotFoundUserUnregisterError(ResourceNotFoundError):
    """``ResourceNotFound.UserUnregister``: The account has not signed up for the service."""

    default_code = "ResourceNotFound.UserUnregister"
    retryable = False


class ResourceNotFoundWordError(ResourceNotFoundError):
    """``ResourceNotFound.Word``: The keyword does not exist."""

    default_code = "ResourceNotFound.Word"
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


class UnsupportedOperationTextTooLongError(UnsupportedOperationError):
    """``UnsupportedOperation.TextTooLong``: The text in a single request is longer than allowed."""

    default_code = "UnsupportedOperation.TextTooLong"
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
    "FailedOperation.BucketNotifyAlreadyExist": FailedOperationBucketNotifyAlreadyExistError,
    "FailedOperation.CosStatusInavlid": FailedOperationCosStatusInavlidError,
    "FailedOperation.CreateAIGCTaskFailed": FailedOperationCreateAIGCTaskFailedError,
    "FailedOperation.GenerateResource": FailedOperationGenerateResourceError,
    "FailedOperation.GetSourceNotify": FailedOperationGetSourceNotifyError,
    "FailedOperation.InvalidMpsUser": FailedOperationInvalidMpsUserError,
    "FailedOperation.InvalidUser": FailedOperationInvalidUserError,
    "FailedOperation.NetWorkError": FailedOperationNetWorkError,
    "FailedOperation.QueryAIGCTaskFailed": FailedOperationQueryAIGCTaskFailedError,
    "FailedOperation.SetSourceNotify": FailedOperationSetSourceNotifyError,
    "FailedOperation.TaskNotFound": FailedOperationTaskNotFoundError,
    "FailedOperation.UserArrears": FailedOperationUserArrearsError,
    "InternalError": InternalError,
    "InternalError.AccessDBError": InternalErrorAccessDBError,
    "InternalError.GenDefinition": InternalErrorGenDefinitionError,
    "InternalError.GetSSAIChannelsFailed": InternalErrorGetSSAIChannelsFailedError,
    "InternalError.GetSSAIUsagePartialFailed": InternalErrorGetSSAIUsagePartialFailedError,
    "InternalError.RecognitionError": InternalErrorRecognitionError,
    "InternalError.UploadWatermarkError": InternalErrorUploadWatermarkError,
    "InvalidAction": InvalidActionError,
    "InvalidParameter": InvalidParameterError,
    "InvalidParameter.AlreadyAssociatedInput": InvalidParameterAlreadyAssociatedInputError,
    "InvalidParameter.AppId": InvalidParameterAppIdError,
    "InvalidParameter.AuthInfo": InvalidParameterAuthInfoError,
    "InvalidParameter.CacheInfo": InvalidParameterCacheInfoError,
    "InvalidParameter.EndTime": InvalidParameterEndTimeError,
    "InvalidParameter.ExceededQuantityLimit": InvalidParameterExceededQuantityLimitError,
    "InvalidParameter.Id": InvalidParameterIdError,
    "InvalidParameter.Input": InvalidParameterInputError,
    "InvalidParameter.InputInfo": InvalidParameterInputInfoError,
    "InvalidParameter.InputOutputId": InvalidParameterInputOutputIdError,
    "InvalidParameter.InvalidParameterChannelId": InvalidParameterInvalidParameterChannelIdError,
    "InvalidParameter.InvalidUrl": InvalidParameterInvalidUrlError,
    "InvalidParameter.MaxBandwidth": InvalidParameterMaxBandwidthError,
    "InvalidParameter.ModelNotSupported": InvalidParameterModelNotSupportedError,
    "InvalidParameter.Name": InvalidParameterNameError,
    "InvalidParameter.NoInputSpecified": InvalidParameterNoInputSpecifiedError,
    "InvalidParameter.NotFound": InvalidParameterNotFoundError,
    "InvalidParameter.Output": InvalidParameterOutputError,
    "InvalidParameter.OutputGroups": InvalidParameterOutputGroupsError,
    "InvalidParameter.OutputId": InvalidParameterOutputIdError,
    "InvalidParameter.PageNum": InvalidParameterPageNumError,
    "InvalidParameter.PageSize": InvalidParameterPageSizeError,
    "InvalidParameter.Period": InvalidParameterPeriodError,
    "InvalidParameter.Pipeline": InvalidParameterPipelineError,
    "InvalidParameter.Points": InvalidParameterPointsError,
    "InvalidParameter.Protocol": InvalidParameterProtocolError,
    "InvalidParameter.SSAIInfo": InvalidParameterSSAIInfoError,
    "InvalidParameter.SortType": InvalidParameterSortTypeError,
    "InvalidParameter.StartTime": InvalidParameterStartTimeError,
    "InvalidParameter.State": InvalidParameterStateError,
    "InvalidParameter.Type": InvalidParameterTypeError,
    "InvalidParameter.Url": InvalidParameterUrlError,
    "InvalidParameter.Value": InvalidParameter_ValueError,
    "InvalidParameter.ViolationContent": InvalidParameterViolationContentError,
    "InvalidParameter.Whitelist": InvalidParameterWhitelistError,
    "InvalidParameterValue": InvalidParameterValueError,
    "InvalidParameterValue.AsrHotWordsConfigure": InvalidParameterValueAsrHotWordsConfigureError,
    "InvalidParameterValue.AsrHotWordsLibraryId": InvalidParameterValueAsrHotWordsLibraryIdError,
    "InvalidParameterValue.AsrHotWordsSwitch": InvalidParameterValueAsrHotWordsSwitchError,
    "InvalidParameterValue.AudioBitrate": InvalidParameterValueAudioBitrateError,
    "InvalidParameterValue.AudioChannel": InvalidParameterValueAudioChannelError,
    "InvalidParameterValue.AudioCodec": InvalidParameterValueAudioCodecError,
    "InvalidParameterValue.AudioData": InvalidParameterValueAudioDataError,
    "InvalidParameterValue.AudioDataTooLong": InvalidParameterValueAudioDataTooLongError,
    "InvalidParameterValue.AudioFormat": InvalidParameterValueAudioFormatError,
    "InvalidParameterValue.AudioSampleRate": InvalidParameterValueAudioSampleRateError,
    "InvalidParameterValue.AutoAreas": InvalidParameterValueAutoAreasError,
    "InvalidParameterValue.Bitrate": InvalidParameterValueBitrateError,
    "InvalidParameterValue.BlockConfidence": InvalidParameterValueBlockConfidenceError,
    "InvalidParameterValue.ClassifcationConfigure": InvalidParameterValueClassifcationConfigureError,
    "InvalidParameterValue.Codec": InvalidParameterValueCodecError,
    "InvalidParameterValue.ColumnCount": InvalidParameterValueColumnCountError,
    "InvalidParameterValue.Comment": InvalidParameterValueCommentError,
    "InvalidParameterValue.Container": InvalidParameterValueContainerError,
    "InvalidParameterValue.ContainerType": InvalidParameterValueContainerTypeError,
    "InvalidParameterValue.CoordinateOrigin": InvalidParameterValueCoordinateOriginError,
    "InvalidParameterValue.CoverConfigure": InvalidParameterValueCoverConfigureError,
    "InvalidParameterValue.CustomAreas": InvalidParameterValueCustomAreasError,
    "InvalidParameterValue.DefaultLibraryLabelSet": InvalidParameterValueDefaultLibraryLabelSetError,
    "InvalidParameterValue.Definition": InvalidParameterValueDefinitionError,
    "InvalidParameterValue.Definitions": InvalidParameterValueDefinitionsError,
    "InvalidParameterValue.DeleteDefaultTemplate": InvalidParameterValueDeleteDefaultTemplateError,
    "InvalidParameterValue.DestinationLanguage": InvalidParameterValueDestinationLanguageError,
    "InvalidParameterValue.DisableHigherVideoBitrate": InvalidParameterValueDisableHigherVideoBitrateError,
    "InvalidParameterValue.DisableHigherVideoResolution": InvalidParameterValueDisableHigherVideoResolutionError,
    "InvalidParameterValue.DuplicatedTextContent": InvalidParameterValueDuplicatedTextContentError,
    "InvalidParameterValue.DurationTooLong": InvalidParameterValueDurationTooLongError,
    "InvalidParameterValue.EmptyDetectItem": InvalidParameterValueEmptyDetectItemError,
    "InvalidParameterValue.ErasePrivacyConfig": InvalidParameterValueErasePrivacyConfigError,
    "InvalidParameterValue.EraseSubtitleConfig": InvalidParameterValueEraseSubtitleConfigError,
    "InvalidParameterValue.EraseType": InvalidParameterValueEraseTypeError,
    "InvalidParameterValue.EraseWatermarkConfig": InvalidParameterValueEraseWatermarkConfigError,
    "InvalidParameterValue.FaceDuplicate": InvalidParameterValueFaceDuplicateError,
    "InvalidParameterValue.FaceLibrary": InvalidParameterValueFaceLibraryError,
    "InvalidParameterValue.FaceScore": InvalidParameterValueFaceScoreError,
    "InvalidParameterValue.FillType": InvalidParameterValueFillTypeError,
    "InvalidParameterValue.Format": InvalidParameterValueFormatError,
    "InvalidParameterValue.FormatWebpLackWidthAndHeight": InvalidParameterValueFormatWebpLackWidthAndHeightError,
    "InvalidParameterValue.FormatWebpWidthAndHeightBothZero": InvalidParameterValueFormatWebpWidthAndHeightBothZeroError,
    "InvalidParameterValue.Fps": InvalidParameterValueFpsError,
    "InvalidParameterValue.FrameTagConfigure": InvalidParameterValueFrameTagConfigureError,
    "InvalidParameterValue.FunctionArg": InvalidParameterValueFunctionArgError,
    "InvalidParameterValue.FunctionName": InvalidParameterValueFunctionNameError,
    "InvalidParameterValue.Gop": InvalidParameterValueGopError,
    "InvalidParameterValue.Height": InvalidParameterValueHeightError,
    "InvalidParameterValue.HotWordsNotExist": InvalidParameterValueHotWordsNotExistError,
    "InvalidParameterValue.HotwordsFormatError": InvalidParameterValueHotwordsFormatError,
    "InvalidParameterValue.ImageContent": InvalidParameterValueImageContentError,
    "InvalidParameterValue.ImageTemplate": InvalidParameterValueImageTemplateError,
    "InvalidParameterValue.InputInfo": InvalidParameterValueInputInfoError,
    "InvalidParameterValue.InvalidContent": InvalidParameterValueInvalidContentError,
    "InvalidParameterValue.InvalidOperationType": InvalidParameterValueInvalidOperationTypeError,
    "InvalidParameterValue.LabelSet": InvalidParameterValueLabelSetError,
    "InvalidParameterValue.Limit": InvalidParameterValueLimitError,
    "InvalidParameterValue.ModifyDefaultTemplate": InvalidParameterValueModifyDefaultTemplateError,
    "InvalidParameterValue.Name": InvalidParameterValueNameError,
    "InvalidParameterValue.NotProcessingTask": InvalidParameterValueNotProcessingTaskError,
    "InvalidParameterValue.ObjectLibrary": InvalidParameterValueObjectLibraryError,
    "InvalidParameterValue.OcrSwitch": InvalidParameterValueOcrSwitchError,
    "InvalidParameterValue.PicFormatError": InvalidParameterValuePicFormatError,
    "InvalidParameterValue.PrivacyModel": InvalidParameterValuePrivacyModelError,
    "InvalidParameterValue.PrivacyTargets": InvalidParameterValuePrivacyTargetsError,
    "InvalidParameterValue.ProjectLimitExceeded": InvalidParameterValueProjectLimitExceededError,
    "InvalidParameterValue.ProjectNameDuplicate": InvalidParameterValueProjectNameDuplicateError,
    "InvalidParameterValue.ProjectNotFound": InvalidParameterValueProjectNotFoundError,
    "InvalidParameterValue.Quality": InvalidParameterValueQualityError,
    "InvalidParameterValue.RemoveAudio": InvalidParameterValueRemoveAudioError,
    "InvalidParameterValue.RemoveVideo": InvalidParameterValueRemoveVideoError,
    "InvalidParameterValue.RepeatType": InvalidParameterValueRepeatTypeError,
    "InvalidParameterValue.Resolution": InvalidParameterValueResolutionError,
    "InvalidParameterValue.ResolutionAdaptive": InvalidParameterValueResolutionAdaptiveError,
    "InvalidParameterValue.ReviewConfidence": InvalidParameterValueReviewConfidenceError,
    "InvalidParameterValue.RowCount": InvalidParameterValueRowCountError,
    "InvalidParameterValue.SampleInterval": InvalidParameterValueSampleIntervalError,
    "InvalidParameterValue.SampleRate": InvalidParameterValueSampleRateError,
    "InvalidParameterValue.SampleType": InvalidParameterValueSampleTypeError,
    "InvalidParameterValue.Service": InvalidParameterValueServiceError,
    "InvalidParameterValue.SessionContextTooLong": InvalidParameterValueSessionContextTooLongError,
    "InvalidParameterValue.SessionId": InvalidParameterValueSessionIdError,
    "InvalidParameterValue.SessionIdTooLong": InvalidParameterValueSessionIdTooLongError,
    "InvalidParameterValue.SoundSystem": InvalidParameterValueSoundSystemError,
    "InvalidParameterValue.SourceLanguage": InvalidParameterValueSourceLanguageError,
    "InvalidParameterValue.SourceText": InvalidParameterValueSourceTextError,
    "InvalidParameterValue.SrcFile": InvalidParameterValueSrcFileError,
    "InvalidParameterValue.SubtitleEmbedId": InvalidParameterValueSubtitleEmbedIdError,
    "InvalidParameterValue.SubtitleEraseMethod": InvalidParameterValueSubtitleEraseMethodError,
    "InvalidParameterValue.SubtitleFormat": InvalidParameterValueSubtitleFormatError,
    "InvalidParameterValue.SubtitleLang": InvalidParameterValueSubtitleLangError,
    "InvalidParameterValue.SubtitleModel": InvalidParameterValueSubtitleModelError,
    "InvalidParameterValue.SubtitleType": InvalidParameterValueSubtitleTypeError,
    "InvalidParameterValue.SvgTemplate": InvalidParameterValueSvgTemplateError,
    "InvalidParameterValue.SvgTemplateHeight": InvalidParameterValueSvgTemplateHeightError,
    "InvalidParameterValue.SvgTemplateWidth": InvalidParameterValueSvgTemplateWidthError,
    "InvalidParameterValue.Switch": InvalidParameterValueSwitchError,
    "InvalidParameterValue.TEHDType": InvalidParameterValueTEHDTypeError,
    "InvalidParameterValue.TagConfigure": InvalidParameterValueTagConfigureError,
    "InvalidParameterValue.TaskId": InvalidParameterValueTaskIdError,
    "InvalidParameterValue.TextAlpha": InvalidParameterValueTextAlphaError,
    "InvalidParameterValue.TextContent": InvalidParameterValueTextContentError,
    "InvalidParameterValue.TextTemplate": InvalidParameterValueTextTemplateError,
    "InvalidParameterValue.TransDstLang": InvalidParameterValueTransDstLangError,
    "InvalidParameterValue.TransSwitch": InvalidParameterValueTransSwitchError,
    "InvalidParameterValue.TranslateDstLanguage": InvalidParameterValueTranslateDstLanguageError,
    "InvalidParameterValue.TranslateSwitch": InvalidParameterValueTranslateSwitchError,
    "InvalidParameterValue.Type": InvalidParameterValueTypeError,
    "InvalidParameterValue.UnknownCategory": InvalidParameterValueUnknownCategoryError,
    "InvalidParameterValue.UseOriginalPos": InvalidParameterValueUseOriginalPosError,
    "InvalidParameterValue.UseOriginalSize": InvalidParameterValueUseOriginalSizeError,
    "InvalidParameterValue.UserDefineLibraryLabelSet": InvalidParameterValueUserDefineLibraryLabelSetError,
    "InvalidParameterValue.UserUnRegister": InvalidParameterValueUserUnRegisterError,
    "InvalidParameterValue.VideoBitrate": InvalidParameterValueVideoBitrateError,
    "InvalidParameterValue.VideoCodec": InvalidParameterValueVideoCodecError,
    "InvalidParameterValue.VideoSrcLanguage": InvalidParameterValueVideoSrcLanguageError,
    "InvalidParameterValue.WatermarkEraseMethod": InvalidParameterValueWatermarkEraseMethodError,
    "InvalidParameterValue.WatermarkModel": InvalidParameterValueWatermarkModelError,
    "InvalidParameterValue.Width": InvalidParameterValueWidthError,
    "InvalidParameterValue.XPos": InvalidParameterValueXPosError,
    "InvalidParameterValue.YPos": InvalidParameterValueYPosError,
    "InvalidRequest": InvalidRequestError,
    "IpInBlacklist": IpInBlacklistError,
    "IpNotInWhitelist": IpNotInWhitelistError,
    "LimitExceeded": LimitExceededError,
    "LimitExceeded.CreateTask": LimitExceededCreateTaskError,
    "LimitExceeded.TooMuchHotWords": LimitExceededTooMuchHotWordsError,
    "LimitExceeded.TooMuchLargeHotWords": LimitExceededTooMuchLargeHotWordsError,
    "LimitExceeded.TooMuchTemplate": LimitExceededTooMuchTemplateError,
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
    "ResourceNotFound.CosBucketNameInvalid": ResourceNotFoundCosBucketNameInvalidError,
    "ResourceNotFound.CosBucketNotExist": ResourceNotFoundCosBucketNotExistError,
    "ResourceNotFound.DownloadError": ResourceNotFoundDownloadError,
    "ResourceNotFound.Person": ResourceNotFoundPersonError,
    "ResourceNotFound.TaskNotFound": ResourceNotFoundTaskNotFoundError,
    "ResourceNotFound.TemplateNotExist": ResourceNotFoundTemplateNotExistError,
    "ResourceNotFound.UserUnregister": ResourceNotFoundUserUnregisterError,
    "ResourceNotFound.Word": ResourceNotFoundWordError,
    "ResourceUnavailable": ResourceUnavailableError,
    "ResponseSizeLimitExceeded": ResponseSizeLimitExceededError,
    "ServiceUnavailable": ServiceUnavailableError,
    "UnauthorizedOperation": UnauthorizedOperationError,
    "UnknownParameter": UnknownParameterError,
    "UnsupportedOperation": UnsupportedOperationError,
    "UnsupportedOperation.TextTooLong": UnsupportedOperationTextTooLongError,
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
