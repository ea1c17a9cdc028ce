# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/errors.py.jinja2 (make generate); do not edit.
"""Errors raised by tencent_mps.

The base classes come from the hand-written core (:mod:`tencent_mps_core.exceptions`); one
subclass per error code listed in ``schema/mps.openapi.json`` (``x-tc-error-codes``) is
generated below. A sub-code's class derives from its parent code's class, so
``except RequestLimitExceededError`` also catches ``RequestLimitExceeded.UinLimitExceeded``.
"""

from __future__ import annotations

from tencent_mps_core.exceptions import (
    APIError,
    ConfigurationError,
    CredentialsError,
    DecodeError,
    NotificationError,
    NotificationExpiredError,
    NotificationSignatureError,
    SDKError,
    TransportError,
    ValidationError,
    WaiterError,
    WaiterFailureError,
    WaitTimeoutError,
)
from tencent_mps_core.http_error import HTTPError

__all__ = [
    "APIError",
    "ConfigurationError",
    "CredentialsError",
    "DecodeError",
    "HTTPError",
    "NotificationError",
    "NotificationExpiredError",
    "NotificationSignatureError",
    "SDKError",
    "TransportError",
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
    """``AuthFailure``: Error code AuthFailure: auth failure."""

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
    """``FailedOperation.BucketNotifyAlreadyExist``: Error code FailedOperation.BucketNotifyAlreadyExist: bucket notify already exist."""

    default_code = "FailedOperation.BucketNotifyAlreadyExist"
    retryable = False


class FailedOperationCosStatusInavlidError(FailedOperationError):
    """``FailedOperation.CosStatusInavlid``: Error code FailedOperation.CosStatusInavlid: cos status inavlid."""

    default_code = "FailedOperation.CosStatusInavlid"
    retryable = False


class FailedOperationCreateAIGCTaskFailedError(FailedOperationError):
    """``FailedOperation.CreateAIGCTaskFailed``: Error code FailedOperation.CreateAIGCTaskFailed: create aigc task failed."""

    default_code = "FailedOperation.CreateAIGCTaskFailed"
    retryable = False


class FailedOperationGenerateResourceError(FailedOperationError):
    """``FailedOperation.GenerateResource``: Error code FailedOperation.GenerateResource: generate resource."""

    default_code = "FailedOperation.GenerateResource"
    retryable = False


class FailedOperationGetSourceNotifyError(FailedOperationError):
    """``FailedOperation.GetSourceNotify``: Error code FailedOperation.GetSourceNotify: get source notify."""

    default_code = "FailedOperation.GetSourceNotify"
    retryable = False


class FailedOperationInvalidMpsUserError(FailedOperationError):
    """``FailedOperation.InvalidMpsUser``: The account has not activated Media Processing Service."""

    default_code = "FailedOperation.InvalidMpsUser"
    retryable = False


class FailedOperationInvalidUserError(FailedOperationError):
    """``FailedOperation.InvalidUser``: Error code FailedOperation.InvalidUser: invalid user."""

    default_code = "FailedOperation.InvalidUser"
    retryable = False


class FailedOperationNetWorkError(FailedOperationError):
    """``FailedOperation.NetWorkError``: Error code FailedOperation.NetWorkError: net work error."""

    default_code = "FailedOperation.NetWorkError"
    retryable = False


class FailedOperationQueryAIGCTaskFailedError(FailedOperationError):
    """``FailedOperation.QueryAIGCTaskFailed``: Error code FailedOperation.QueryAIGCTaskFailed: query aigc task failed."""

    default_code = "FailedOperation.QueryAIGCTaskFailed"
    retryable = False


class FailedOperationSetSourceNotifyError(FailedOperationError):
    """``FailedOperation.SetSourceNotify``: Error code FailedOperation.SetSourceNotify: set source notify."""

    default_code = "FailedOperation.SetSourceNotify"
    retryable = False


class FailedOperationTaskNotFoundError(FailedOperationError):
    """``FailedOperation.TaskNotFound``: Error code FailedOperation.TaskNotFound: task not found."""

    default_code = "FailedOperation.TaskNotFound"
    retryable = False


class FailedOperationUserArrearsError(FailedOperationError):
    """``FailedOperation.UserArrears``: Error code FailedOperation.UserArrears: user arrears."""

    default_code = "FailedOperation.UserArrears"
    retryable = False


class InternalError(APIError):
    """``InternalError``: The service hit an internal fault; the call may be retried."""

    default_code = "InternalError"
    retryable = True


class InternalErrorAccessDBError(InternalError):
    """``InternalError.AccessDBError``: Error code InternalError.AccessDBError: access db error."""

    default_code = "InternalError.AccessDBError"
    retryable = True


class InternalErrorGenDefinitionError(InternalError):
    """``InternalError.GenDefinition``: Error code InternalError.GenDefinition: gen definition."""

    default_code = "InternalError.GenDefinition"
    retryable = True


class InternalErrorGetSSAIChannelsFailedError(InternalError):
    """``InternalError.GetSSAIChannelsFailed``: Error code InternalError.GetSSAIChannelsFailed: get ssai channels failed."""

    default_code = "InternalError.GetSSAIChannelsFailed"
    retryable = True


class InternalErrorGetSSAIUsagePartialFailedError(InternalError):
    """``InternalError.GetSSAIUsagePartialFailed``: Error code InternalError.GetSSAIUsagePartialFailed: get ssai usage partial failed."""

    default_code = "InternalError.GetSSAIUsagePartialFailed"
    retryable = True


class InternalErrorRecognitionError(InternalError):
    """``InternalError.RecognitionError``: Error code InternalError.RecognitionError: recognition error."""

    default_code = "InternalError.RecognitionError"
    retryable = True


class InternalErrorUploadWatermarkError(InternalError):
    """``InternalError.UploadWatermarkError``: Error code InternalError.UploadWatermarkError: upload watermark error."""

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
    """``InvalidParameter.AlreadyAssociatedInput``: Error code InvalidParameter.AlreadyAssociatedInput: already associated input."""

    default_code = "InvalidParameter.AlreadyAssociatedInput"
    retryable = False


class InvalidParameterAppIdError(InvalidParameterError):
    """``InvalidParameter.AppId``: Error code InvalidParameter.AppId: app id."""

    default_code = "InvalidParameter.AppId"
    retryable = False


class InvalidParameterAuthInfoError(InvalidParameterError):
    """``InvalidParameter.AuthInfo``: Error code InvalidParameter.AuthInfo: auth info."""

    default_code = "InvalidParameter.AuthInfo"
    retryable = False


class InvalidParameterCacheInfoError(InvalidParameterError):
    """``InvalidParameter.CacheInfo``: Error code InvalidParameter.CacheInfo: cache info."""

    default_code = "InvalidParameter.CacheInfo"
    retryable = False


class InvalidParameterEndTimeError(InvalidParameterError):
    """``InvalidParameter.EndTime``: Error code InvalidParameter.EndTime: end time."""

    default_code = "InvalidParameter.EndTime"
    retryable = False


class InvalidParameterExceededQuantityLimitError(InvalidParameterError):
    """``InvalidParameter.ExceededQuantityLimit``: Error code InvalidParameter.ExceededQuantityLimit: exceeded quantity limit."""

    default_code = "InvalidParameter.ExceededQuantityLimit"
    retryable = False


class InvalidParameterIdError(InvalidParameterError):
    """``InvalidParameter.Id``: Error code InvalidParameter.Id: id."""

    default_code = "InvalidParameter.Id"
    retryable = False


class InvalidParameterInputError(InvalidParameterError):
    """``InvalidParameter.Input``: Error code InvalidParameter.Input: input."""

    default_code = "InvalidParameter.Input"
    retryable = False


class InvalidParameterInputInfoError(InvalidParameterError):
    """``InvalidParameter.InputInfo``: Error code InvalidParameter.InputInfo: input info."""

    default_code = "InvalidParameter.InputInfo"
    retryable = False


class InvalidParameterInputOutputIdError(InvalidParameterError):
    """``InvalidParameter.InputOutputId``: Error code InvalidParameter.InputOutputId: input output id."""

    default_code = "InvalidParameter.InputOutputId"
    retryable = False


class InvalidParameterInvalidParameterChannelIdError(InvalidParameterError):
    """``InvalidParameter.InvalidParameterChannelId``: Error code InvalidParameter.InvalidParameterChannelId: invalid parameter channel id."""

    default_code = "InvalidParameter.InvalidParameterChannelId"
    retryable = False


class InvalidParameterInvalidUrlError(InvalidParameterError):
    """``InvalidParameter.InvalidUrl``: Error code InvalidParameter.InvalidUrl: invalid url."""

    default_code = "InvalidParameter.InvalidUrl"
    retryable = False


class InvalidParameterMaxBandwidthError(InvalidParameterError):
    """``InvalidParameter.MaxBandwidth``: Error code InvalidParameter.MaxBandwidth: max bandwidth."""

    default_code = "InvalidParameter.MaxBandwidth"
    retryable = False


class InvalidParameterModelNotSupportedError(InvalidParameterError):
    """``InvalidParameter.ModelNotSupported``: Error code InvalidParameter.ModelNotSupported: model not supported."""

    default_code = "InvalidParameter.ModelNotSupported"
    retryable = False


class InvalidParameterNameError(InvalidParameterError):
    """``InvalidParameter.Name``: Error code InvalidParameter.Name: name."""

    default_code = "InvalidParameter.Name"
    retryable = False


class InvalidParameterNoInputSpecifiedError(InvalidParameterError):
    """``InvalidParameter.NoInputSpecified``: Error code InvalidParameter.NoInputSpecified: no input specified."""

    default_code = "InvalidParameter.NoInputSpecified"
    retryable = False


class InvalidParameterNotFoundError(InvalidParameterError):
    """``InvalidParameter.NotFound``: Error code InvalidParameter.NotFound: not found."""

    default_code = "InvalidParameter.NotFound"
    retryable = False


class InvalidParameterOutputError(InvalidParameterError):
    """``InvalidParameter.Output``: Error code InvalidParameter.Output: output."""

    default_code = "InvalidParameter.Output"
    retryable = False


class InvalidParameterOutputGroupsError(InvalidParameterError):
    """``InvalidParameter.OutputGroups``: Error code InvalidParameter.OutputGroups: output groups."""

    default_code = "InvalidParameter.OutputGroups"
    retryable = False


class InvalidParameterOutputIdError(InvalidParameterError):
    """``InvalidParameter.OutputId``: Error code InvalidParameter.OutputId: output id."""

    default_code = "InvalidParameter.OutputId"
    retryable = False


class InvalidParameterPageNumError(InvalidParameterError):
    """``InvalidParameter.PageNum``: Error code InvalidParameter.PageNum: page num."""

    default_code = "InvalidParameter.PageNum"
    retryable = False


class InvalidParameterPageSizeError(InvalidParameterError):
    """``InvalidParameter.PageSize``: Error code InvalidParameter.PageSize: page size."""

    default_code = "InvalidParameter.PageSize"
    retryable = False


class InvalidParameterPeriodError(InvalidParameterError):
    """``InvalidParameter.Period``: Error code InvalidParameter.Period: period."""

    default_code = "InvalidParameter.Period"
    retryable = False


class InvalidParameterPipelineError(InvalidParameterError):
    """``InvalidParameter.Pipeline``: Error code InvalidParameter.Pipeline: pipeline."""

    default_code = "InvalidParameter.Pipeline"
    retryable = False


class InvalidParameterPointsError(InvalidParameterError):
    """``InvalidParameter.Points``: Error code InvalidParameter.Points: points."""

    default_code = "InvalidParameter.Points"
    retryable = False


class InvalidParameterProtocolError(InvalidParameterError):
    """``InvalidParameter.Protocol``: Error code InvalidParameter.Protocol: protocol."""

    default_code = "InvalidParameter.Protocol"
    retryable = False


class InvalidParameterSSAIInfoError(InvalidParameterError):
    """``InvalidParameter.SSAIInfo``: Error code InvalidParameter.SSAIInfo: ssai info."""

    default_code = "InvalidParameter.SSAIInfo"
    retryable = False


class InvalidParameterSortTypeError(InvalidParameterError):
    """``InvalidParameter.SortType``: Error code InvalidParameter.SortType: sort type."""

    default_code = "InvalidParameter.SortType"
    retryable = False


class InvalidParameterStartTimeError(InvalidParameterError):
    """``InvalidParameter.StartTime``: Error code InvalidParameter.StartTime: start time."""

    default_code = "InvalidParameter.StartTime"
    retryable = False


class InvalidParameterStateError(InvalidParameterError):
    """``InvalidParameter.State``: Error code InvalidParameter.State: state."""

    default_code = "InvalidParameter.State"
    retryable = False


class InvalidParameterTypeError(InvalidParameterError):
    """``InvalidParameter.Type``: Error code InvalidParameter.Type: type."""

    default_code = "InvalidParameter.Type"
    retryable = False


class InvalidParameterUrlError(InvalidParameterError):
    """``InvalidParameter.Url``: Error code InvalidParameter.Url: url."""

    default_code = "InvalidParameter.Url"
    retryable = False


class InvalidParameter_ValueError(InvalidParameterError):
    """``InvalidParameter.Value``: Error code InvalidParameter.Value: value."""

    default_code = "InvalidParameter.Value"
    retryable = False


class InvalidParameterViolationContentError(InvalidParameterError):
    """``InvalidParameter.ViolationContent``: Error code InvalidParameter.ViolationContent: violation content."""

    default_code = "InvalidParameter.ViolationContent"
    retryable = False


class InvalidParameterWhitelistError(InvalidParameterError):
    """``InvalidParameter.Whitelist``: Error code InvalidParameter.Whitelist: whitelist."""

    default_code = "InvalidParameter.Whitelist"
    retryable = False


class InvalidParameterValueError(APIError):
    """``InvalidParameterValue``: A parameter value is not acceptable, for example a malformed task ID."""

    default_code = "InvalidParameterValue"
    retryable = False


class InvalidParameterValueAsrHotWordsConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsConfigure``: Error code InvalidParameterValue.AsrHotWordsConfigure: asr hot words configure."""

    default_code = "InvalidParameterValue.AsrHotWordsConfigure"
    retryable = False


class InvalidParameterValueAsrHotWordsLibraryIdError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsLibraryId``: Error code InvalidParameterValue.AsrHotWordsLibraryId: asr hot words library id."""

    default_code = "InvalidParameterValue.AsrHotWordsLibraryId"
    retryable = False


class InvalidParameterValueAsrHotWordsSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.AsrHotWordsSwitch``: Error code InvalidParameterValue.AsrHotWordsSwitch: asr hot words switch."""

    default_code = "InvalidParameterValue.AsrHotWordsSwitch"
    retryable = False


class InvalidParameterValueAudioBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioBitrate``: Error code InvalidParameterValue.AudioBitrate: audio bitrate."""

    default_code = "InvalidParameterValue.AudioBitrate"
    retryable = False


class InvalidParameterValueAudioChannelError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioChannel``: Error code InvalidParameterValue.AudioChannel: audio channel."""

    default_code = "InvalidParameterValue.AudioChannel"
    retryable = False


class InvalidParameterValueAudioCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioCodec``: Error code InvalidParameterValue.AudioCodec: audio codec."""

    default_code = "InvalidParameterValue.AudioCodec"
    retryable = False


class InvalidParameterValueAudioDataError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioData``: Error code InvalidParameterValue.AudioData: audio data."""

    default_code = "InvalidParameterValue.AudioData"
    retryable = False


class InvalidParameterValueAudioDataTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioDataTooLong``: Error code InvalidParameterValue.AudioDataTooLong: audio data too long."""

    default_code = "InvalidParameterValue.AudioDataTooLong"
    retryable = False


class InvalidParameterValueAudioFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioFormat``: Error code InvalidParameterValue.AudioFormat: audio format."""

    default_code = "InvalidParameterValue.AudioFormat"
    retryable = False


class InvalidParameterValueAudioSampleRateError(InvalidParameterValueError):
    """``InvalidParameterValue.AudioSampleRate``: Error code InvalidParameterValue.AudioSampleRate: audio sample rate."""

    default_code = "InvalidParameterValue.AudioSampleRate"
    retryable = False


class InvalidParameterValueAutoAreasError(InvalidParameterValueError):
    """``InvalidParameterValue.AutoAreas``: Error code InvalidParameterValue.AutoAreas: auto areas."""

    default_code = "InvalidParameterValue.AutoAreas"
    retryable = False


class InvalidParameterValueBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.Bitrate``: Error code InvalidParameterValue.Bitrate: bitrate."""

    default_code = "InvalidParameterValue.Bitrate"
    retryable = False


class InvalidParameterValueBlockConfidenceError(InvalidParameterValueError):
    """``InvalidParameterValue.BlockConfidence``: Error code InvalidParameterValue.BlockConfidence: block confidence."""

    default_code = "InvalidParameterValue.BlockConfidence"
    retryable = False


class InvalidParameterValueClassifcationConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.ClassifcationConfigure``: Error code InvalidParameterValue.ClassifcationConfigure: classifcation configure."""

    default_code = "InvalidParameterValue.ClassifcationConfigure"
    retryable = False


class InvalidParameterValueCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.Codec``: Error code InvalidParameterValue.Codec: codec."""

    default_code = "InvalidParameterValue.Codec"
    retryable = False


class InvalidParameterValueColumnCountError(InvalidParameterValueError):
    """``InvalidParameterValue.ColumnCount``: Error code InvalidParameterValue.ColumnCount: column count."""

    default_code = "InvalidParameterValue.ColumnCount"
    retryable = False


class InvalidParameterValueCommentError(InvalidParameterValueError):
    """``InvalidParameterValue.Comment``: Error code InvalidParameterValue.Comment: comment."""

    default_code = "InvalidParameterValue.Comment"
    retryable = False


class InvalidParameterValueContainerError(InvalidParameterValueError):
    """``InvalidParameterValue.Container``: Error code InvalidParameterValue.Container: container."""

    default_code = "InvalidParameterValue.Container"
    retryable = False


class InvalidParameterValueContainerTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.ContainerType``: Error code InvalidParameterValue.ContainerType: container type."""

    default_code = "InvalidParameterValue.ContainerType"
    retryable = False


class InvalidParameterValueCoordinateOriginError(InvalidParameterValueError):
    """``InvalidParameterValue.CoordinateOrigin``: Error code InvalidParameterValue.CoordinateOrigin: coordinate origin."""

    default_code = "InvalidParameterValue.CoordinateOrigin"
    retryable = False


class InvalidParameterValueCoverConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.CoverConfigure``: Error code InvalidParameterValue.CoverConfigure: cover configure."""

    default_code = "InvalidParameterValue.CoverConfigure"
    retryable = False


class InvalidParameterValueCustomAreasError(InvalidParameterValueError):
    """``InvalidParameterValue.CustomAreas``: Error code InvalidParameterValue.CustomAreas: custom areas."""

    default_code = "InvalidParameterValue.CustomAreas"
    retryable = False


class InvalidParameterValueDefaultLibraryLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.DefaultLibraryLabelSet``: Error code InvalidParameterValue.DefaultLibraryLabelSet: default library label set."""

    default_code = "InvalidParameterValue.DefaultLibraryLabelSet"
    retryable = False


class InvalidParameterValueDefinitionError(InvalidParameterValueError):
    """``InvalidParameterValue.Definition``: Error code InvalidParameterValue.Definition: definition."""

    default_code = "InvalidParameterValue.Definition"
    retryable = False


class InvalidParameterValueDefinitionsError(InvalidParameterValueError):
    """``InvalidParameterValue.Definitions``: Error code InvalidParameterValue.Definitions: definitions."""

    default_code = "InvalidParameterValue.Definitions"
    retryable = False


class InvalidParameterValueDeleteDefaultTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.DeleteDefaultTemplate``: Error code InvalidParameterValue.DeleteDefaultTemplate: delete default template."""

    default_code = "InvalidParameterValue.DeleteDefaultTemplate"
    retryable = False


class InvalidParameterValueDestinationLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.DestinationLanguage``: Error code InvalidParameterValue.DestinationLanguage: destination language."""

    default_code = "InvalidParameterValue.DestinationLanguage"
    retryable = False


class InvalidParameterValueDisableHigherVideoBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.DisableHigherVideoBitrate``: Error code InvalidParameterValue.DisableHigherVideoBitrate: disable higher video bitrate."""

    default_code = "InvalidParameterValue.DisableHigherVideoBitrate"
    retryable = False


class InvalidParameterValueDisableHigherVideoResolutionError(InvalidParameterValueError):
    """``InvalidParameterValue.DisableHigherVideoResolution``: Error code InvalidParameterValue.DisableHigherVideoResolution: disable higher video resolution."""

    default_code = "InvalidParameterValue.DisableHigherVideoResolution"
    retryable = False


class InvalidParameterValueDuplicatedTextContentError(InvalidParameterValueError):
    """``InvalidParameterValue.DuplicatedTextContent``: Error code InvalidParameterValue.DuplicatedTextContent: duplicated text content."""

    default_code = "InvalidParameterValue.DuplicatedTextContent"
    retryable = False


class InvalidParameterValueDurationTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.DurationTooLong``: Error code InvalidParameterValue.DurationTooLong: duration too long."""

    default_code = "InvalidParameterValue.DurationTooLong"
    retryable = False


class InvalidParameterValueEmptyDetectItemError(InvalidParameterValueError):
    """``InvalidParameterValue.EmptyDetectItem``: Error code InvalidParameterValue.EmptyDetectItem: empty detect item."""

    default_code = "InvalidParameterValue.EmptyDetectItem"
    retryable = False


class InvalidParameterValueErasePrivacyConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.ErasePrivacyConfig``: Error code InvalidParameterValue.ErasePrivacyConfig: erase privacy config."""

    default_code = "InvalidParameterValue.ErasePrivacyConfig"
    retryable = False


class InvalidParameterValueEraseSubtitleConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseSubtitleConfig``: Error code InvalidParameterValue.EraseSubtitleConfig: erase subtitle config."""

    default_code = "InvalidParameterValue.EraseSubtitleConfig"
    retryable = False


class InvalidParameterValueEraseTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseType``: Error code InvalidParameterValue.EraseType: erase type."""

    default_code = "InvalidParameterValue.EraseType"
    retryable = False


class InvalidParameterValueEraseWatermarkConfigError(InvalidParameterValueError):
    """``InvalidParameterValue.EraseWatermarkConfig``: Error code InvalidParameterValue.EraseWatermarkConfig: erase watermark config."""

    default_code = "InvalidParameterValue.EraseWatermarkConfig"
    retryable = False


class InvalidParameterValueFaceDuplicateError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceDuplicate``: Error code InvalidParameterValue.FaceDuplicate: face duplicate."""

    default_code = "InvalidParameterValue.FaceDuplicate"
    retryable = False


class InvalidParameterValueFaceLibraryError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceLibrary``: Error code InvalidParameterValue.FaceLibrary: face library."""

    default_code = "InvalidParameterValue.FaceLibrary"
    retryable = False


class InvalidParameterValueFaceScoreError(InvalidParameterValueError):
    """``InvalidParameterValue.FaceScore``: Error code InvalidParameterValue.FaceScore: face score."""

    default_code = "InvalidParameterValue.FaceScore"
    retryable = False


class InvalidParameterValueFillTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.FillType``: Error code InvalidParameterValue.FillType: fill type."""

    default_code = "InvalidParameterValue.FillType"
    retryable = False


class InvalidParameterValueFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.Format``: Error code InvalidParameterValue.Format: format."""

    default_code = "InvalidParameterValue.Format"
    retryable = False


class InvalidParameterValueFormatWebpLackWidthAndHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.FormatWebpLackWidthAndHeight``: Error code InvalidParameterValue.FormatWebpLackWidthAndHeight: format webp lack width and height."""

    default_code = "InvalidParameterValue.FormatWebpLackWidthAndHeight"
    retryable = False


class InvalidParameterValueFormatWebpWidthAndHeightBothZeroError(InvalidParameterValueError):
    """``InvalidParameterValue.FormatWebpWidthAndHeightBothZero``: Error code InvalidParameterValue.FormatWebpWidthAndHeightBothZero: format webp width and height both zero."""

    default_code = "InvalidParameterValue.FormatWebpWidthAndHeightBothZero"
    retryable = False


class InvalidParameterValueFpsError(InvalidParameterValueError):
    """``InvalidParameterValue.Fps``: Error code InvalidParameterValue.Fps: fps."""

    default_code = "InvalidParameterValue.Fps"
    retryable = False


class InvalidParameterValueFrameTagConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.FrameTagConfigure``: Error code InvalidParameterValue.FrameTagConfigure: frame tag configure."""

    default_code = "InvalidParameterValue.FrameTagConfigure"
    retryable = False


class InvalidParameterValueFunctionArgError(InvalidParameterValueError):
    """``InvalidParameterValue.FunctionArg``: Error code InvalidParameterValue.FunctionArg: function arg."""

    default_code = "InvalidParameterValue.FunctionArg"
    retryable = False


class InvalidParameterValueFunctionNameError(InvalidParameterValueError):
    """``InvalidParameterValue.FunctionName``: Error code InvalidParameterValue.FunctionName: function name."""

    default_code = "InvalidParameterValue.FunctionName"
    retryable = False


class InvalidParameterValueGopError(InvalidParameterValueError):
    """``InvalidParameterValue.Gop``: Error code InvalidParameterValue.Gop: gop."""

    default_code = "InvalidParameterValue.Gop"
    retryable = False


class InvalidParameterValueHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.Height``: Error code InvalidParameterValue.Height: height."""

    default_code = "InvalidParameterValue.Height"
    retryable = False


class InvalidParameterValueHotWordsNotExistError(InvalidParameterValueError):
    """``InvalidParameterValue.HotWordsNotExist``: Error code InvalidParameterValue.HotWordsNotExist: hot words not exist."""

    default_code = "InvalidParameterValue.HotWordsNotExist"
    retryable = False


class InvalidParameterValueHotwordsFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.HotwordsFormatError``: Error code InvalidParameterValue.HotwordsFormatError: hotwords format error."""

    default_code = "InvalidParameterValue.HotwordsFormatError"
    retryable = False


class InvalidParameterValueImageContentError(InvalidParameterValueError):
    """``InvalidParameterValue.ImageContent``: Error code InvalidParameterValue.ImageContent: image content."""

    default_code = "InvalidParameterValue.ImageContent"
    retryable = False


class InvalidParameterValueImageTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.ImageTemplate``: Error code InvalidParameterValue.ImageTemplate: image template."""

    default_code = "InvalidParameterValue.ImageTemplate"
    retryable = False


class InvalidParameterValueInputInfoError(InvalidParameterValueError):
    """``InvalidParameterValue.InputInfo``: Error code InvalidParameterValue.InputInfo: input info."""

    default_code = "InvalidParameterValue.InputInfo"
    retryable = False


class InvalidParameterValueInvalidContentError(InvalidParameterValueError):
    """``InvalidParameterValue.InvalidContent``: Error code InvalidParameterValue.InvalidContent: invalid content."""

    default_code = "InvalidParameterValue.InvalidContent"
    retryable = False


class InvalidParameterValueInvalidOperationTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.InvalidOperationType``: Error code InvalidParameterValue.InvalidOperationType: invalid operation type."""

    default_code = "InvalidParameterValue.InvalidOperationType"
    retryable = False


class InvalidParameterValueLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.LabelSet``: Error code InvalidParameterValue.LabelSet: label set."""

    default_code = "InvalidParameterValue.LabelSet"
    retryable = False


class InvalidParameterValueLimitError(InvalidParameterValueError):
    """``InvalidParameterValue.Limit``: Error code InvalidParameterValue.Limit: limit."""

    default_code = "InvalidParameterValue.Limit"
    retryable = False


class InvalidParameterValueModifyDefaultTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.ModifyDefaultTemplate``: Error code InvalidParameterValue.ModifyDefaultTemplate: modify default template."""

    default_code = "InvalidParameterValue.ModifyDefaultTemplate"
    retryable = False


class InvalidParameterValueNameError(InvalidParameterValueError):
    """``InvalidParameterValue.Name``: Error code InvalidParameterValue.Name: name."""

    default_code = "InvalidParameterValue.Name"
    retryable = False


class InvalidParameterValueNotProcessingTaskError(InvalidParameterValueError):
    """``InvalidParameterValue.NotProcessingTask``: Error code InvalidParameterValue.NotProcessingTask: not processing task."""

    default_code = "InvalidParameterValue.NotProcessingTask"
    retryable = False


class InvalidParameterValueObjectLibraryError(InvalidParameterValueError):
    """``InvalidParameterValue.ObjectLibrary``: Error code InvalidParameterValue.ObjectLibrary: object library."""

    default_code = "InvalidParameterValue.ObjectLibrary"
    retryable = False


class InvalidParameterValueOcrSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.OcrSwitch``: Error code InvalidParameterValue.OcrSwitch: ocr switch."""

    default_code = "InvalidParameterValue.OcrSwitch"
    retryable = False


class InvalidParameterValuePicFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.PicFormatError``: Error code InvalidParameterValue.PicFormatError: pic format error."""

    default_code = "InvalidParameterValue.PicFormatError"
    retryable = False


class InvalidParameterValuePrivacyModelError(InvalidParameterValueError):
    """``InvalidParameterValue.PrivacyModel``: Error code InvalidParameterValue.PrivacyModel: privacy model."""

    default_code = "InvalidParameterValue.PrivacyModel"
    retryable = False


class InvalidParameterValuePrivacyTargetsError(InvalidParameterValueError):
    """``InvalidParameterValue.PrivacyTargets``: Error code InvalidParameterValue.PrivacyTargets: privacy targets."""

    default_code = "InvalidParameterValue.PrivacyTargets"
    retryable = False


class InvalidParameterValueProjectLimitExceededError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectLimitExceeded``: Error code InvalidParameterValue.ProjectLimitExceeded: project limit exceeded."""

    default_code = "InvalidParameterValue.ProjectLimitExceeded"
    retryable = False


class InvalidParameterValueProjectNameDuplicateError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectNameDuplicate``: Error code InvalidParameterValue.ProjectNameDuplicate: project name duplicate."""

    default_code = "InvalidParameterValue.ProjectNameDuplicate"
    retryable = False


class InvalidParameterValueProjectNotFoundError(InvalidParameterValueError):
    """``InvalidParameterValue.ProjectNotFound``: Error code InvalidParameterValue.ProjectNotFound: project not found."""

    default_code = "InvalidParameterValue.ProjectNotFound"
    retryable = False


class InvalidParameterValueQualityError(InvalidParameterValueError):
    """``InvalidParameterValue.Quality``: Error code InvalidParameterValue.Quality: quality."""

    default_code = "InvalidParameterValue.Quality"
    retryable = False


class InvalidParameterValueRemoveAudioError(InvalidParameterValueError):
    """``InvalidParameterValue.RemoveAudio``: Error code InvalidParameterValue.RemoveAudio: remove audio."""

    default_code = "InvalidParameterValue.RemoveAudio"
    retryable = False


class InvalidParameterValueRemoveVideoError(InvalidParameterValueError):
    """``InvalidParameterValue.RemoveVideo``: Error code InvalidParameterValue.RemoveVideo: remove video."""

    default_code = "InvalidParameterValue.RemoveVideo"
    retryable = False


class InvalidParameterValueRepeatTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.RepeatType``: Error code InvalidParameterValue.RepeatType: repeat type."""

    default_code = "InvalidParameterValue.RepeatType"
    retryable = False


class InvalidParameterValueResolutionError(InvalidParameterValueError):
    """``InvalidParameterValue.Resolution``: Error code InvalidParameterValue.Resolution: resolution."""

    default_code = "InvalidParameterValue.Resolution"
    retryable = False


class InvalidParameterValueResolutionAdaptiveError(InvalidParameterValueError):
    """``InvalidParameterValue.ResolutionAdaptive``: Error code InvalidParameterValue.ResolutionAdaptive: resolution adaptive."""

    default_code = "InvalidParameterValue.ResolutionAdaptive"
    retryable = False


class InvalidParameterValueReviewConfidenceError(InvalidParameterValueError):
    """``InvalidParameterValue.ReviewConfidence``: Error code InvalidParameterValue.ReviewConfidence: review confidence."""

    default_code = "InvalidParameterValue.ReviewConfidence"
    retryable = False


class InvalidParameterValueRowCountError(InvalidParameterValueError):
    """``InvalidParameterValue.RowCount``: Error code InvalidParameterValue.RowCount: row count."""

    default_code = "InvalidParameterValue.RowCount"
    retryable = False


class InvalidParameterValueSampleIntervalError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleInterval``: Error code InvalidParameterValue.SampleInterval: sample interval."""

    default_code = "InvalidParameterValue.SampleInterval"
    retryable = False


class InvalidParameterValueSampleRateError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleRate``: Error code InvalidParameterValue.SampleRate: sample rate."""

    default_code = "InvalidParameterValue.SampleRate"
    retryable = False


class InvalidParameterValueSampleTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.SampleType``: Error code InvalidParameterValue.SampleType: sample type."""

    default_code = "InvalidParameterValue.SampleType"
    retryable = False


class InvalidParameterValueServiceError(InvalidParameterValueError):
    """``InvalidParameterValue.Service``: Error code InvalidParameterValue.Service: service."""

    default_code = "InvalidParameterValue.Service"
    retryable = False


class InvalidParameterValueSessionContextTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionContextTooLong``: Error code InvalidParameterValue.SessionContextTooLong: session context too long."""

    default_code = "InvalidParameterValue.SessionContextTooLong"
    retryable = False


class InvalidParameterValueSessionIdError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionId``: Error code InvalidParameterValue.SessionId: session id."""

    default_code = "InvalidParameterValue.SessionId"
    retryable = False


class InvalidParameterValueSessionIdTooLongError(InvalidParameterValueError):
    """``InvalidParameterValue.SessionIdTooLong``: Error code InvalidParameterValue.SessionIdTooLong: session id too long."""

    default_code = "InvalidParameterValue.SessionIdTooLong"
    retryable = False


class InvalidParameterValueSoundSystemError(InvalidParameterValueError):
    """``InvalidParameterValue.SoundSystem``: Error code InvalidParameterValue.SoundSystem: sound system."""

    default_code = "InvalidParameterValue.SoundSystem"
    retryable = False


class InvalidParameterValueSourceLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.SourceLanguage``: Error code InvalidParameterValue.SourceLanguage: source language."""

    default_code = "InvalidParameterValue.SourceLanguage"
    retryable = False


class InvalidParameterValueSourceTextError(InvalidParameterValueError):
    """``InvalidParameterValue.SourceText``: Error code InvalidParameterValue.SourceText: source text."""

    default_code = "InvalidParameterValue.SourceText"
    retryable = False


class InvalidParameterValueSrcFileError(InvalidParameterValueError):
    """``InvalidParameterValue.SrcFile``: Error code InvalidParameterValue.SrcFile: src file."""

    default_code = "InvalidParameterValue.SrcFile"
    retryable = False


class InvalidParameterValueSubtitleEmbedIdError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleEmbedId``: Error code InvalidParameterValue.SubtitleEmbedId: subtitle embed id."""

    default_code = "InvalidParameterValue.SubtitleEmbedId"
    retryable = False


class InvalidParameterValueSubtitleEraseMethodError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleEraseMethod``: Error code InvalidParameterValue.SubtitleEraseMethod: subtitle erase method."""

    default_code = "InvalidParameterValue.SubtitleEraseMethod"
    retryable = False


class InvalidParameterValueSubtitleFormatError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleFormat``: Error code InvalidParameterValue.SubtitleFormat: subtitle format."""

    default_code = "InvalidParameterValue.SubtitleFormat"
    retryable = False


class InvalidParameterValueSubtitleLangError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleLang``: Error code InvalidParameterValue.SubtitleLang: subtitle lang."""

    default_code = "InvalidParameterValue.SubtitleLang"
    retryable = False


class InvalidParameterValueSubtitleModelError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleModel``: Error code InvalidParameterValue.SubtitleModel: subtitle model."""

    default_code = "InvalidParameterValue.SubtitleModel"
    retryable = False


class InvalidParameterValueSubtitleTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.SubtitleType``: Error code InvalidParameterValue.SubtitleType: subtitle type."""

    default_code = "InvalidParameterValue.SubtitleType"
    retryable = False


class InvalidParameterValueSvgTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplate``: Error code InvalidParameterValue.SvgTemplate: svg template."""

    default_code = "InvalidParameterValue.SvgTemplate"
    retryable = False


class InvalidParameterValueSvgTemplateHeightError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplateHeight``: Error code InvalidParameterValue.SvgTemplateHeight: svg template height."""

    default_code = "InvalidParameterValue.SvgTemplateHeight"
    retryable = False


class InvalidParameterValueSvgTemplateWidthError(InvalidParameterValueError):
    """``InvalidParameterValue.SvgTemplateWidth``: Error code InvalidParameterValue.SvgTemplateWidth: svg template width."""

    default_code = "InvalidParameterValue.SvgTemplateWidth"
    retryable = False


class InvalidParameterValueSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.Switch``: Error code InvalidParameterValue.Switch: switch."""

    default_code = "InvalidParameterValue.Switch"
    retryable = False


class InvalidParameterValueTEHDTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.TEHDType``: Error code InvalidParameterValue.TEHDType: tehd type."""

    default_code = "InvalidParameterValue.TEHDType"
    retryable = False


class InvalidParameterValueTagConfigureError(InvalidParameterValueError):
    """``InvalidParameterValue.TagConfigure``: Error code InvalidParameterValue.TagConfigure: tag configure."""

    default_code = "InvalidParameterValue.TagConfigure"
    retryable = False


class InvalidParameterValueTaskIdError(InvalidParameterValueError):
    """``InvalidParameterValue.TaskId``: Error code InvalidParameterValue.TaskId: task id."""

    default_code = "InvalidParameterValue.TaskId"
    retryable = False


class InvalidParameterValueTextAlphaError(InvalidParameterValueError):
    """``InvalidParameterValue.TextAlpha``: Error code InvalidParameterValue.TextAlpha: text alpha."""

    default_code = "InvalidParameterValue.TextAlpha"
    retryable = False


class InvalidParameterValueTextContentError(InvalidParameterValueError):
    """``InvalidParameterValue.TextContent``: Error code InvalidParameterValue.TextContent: text content."""

    default_code = "InvalidParameterValue.TextContent"
    retryable = False


class InvalidParameterValueTextTemplateError(InvalidParameterValueError):
    """``InvalidParameterValue.TextTemplate``: Error code InvalidParameterValue.TextTemplate: text template."""

    default_code = "InvalidParameterValue.TextTemplate"
    retryable = False


class InvalidParameterValueTransDstLangError(InvalidParameterValueError):
    """``InvalidParameterValue.TransDstLang``: Error code InvalidParameterValue.TransDstLang: trans dst lang."""

    default_code = "InvalidParameterValue.TransDstLang"
    retryable = False


class InvalidParameterValueTransSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.TransSwitch``: Error code InvalidParameterValue.TransSwitch: trans switch."""

    default_code = "InvalidParameterValue.TransSwitch"
    retryable = False


class InvalidParameterValueTranslateDstLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.TranslateDstLanguage``: Error code InvalidParameterValue.TranslateDstLanguage: translate dst language."""

    default_code = "InvalidParameterValue.TranslateDstLanguage"
    retryable = False


class InvalidParameterValueTranslateSwitchError(InvalidParameterValueError):
    """``InvalidParameterValue.TranslateSwitch``: Error code InvalidParameterValue.TranslateSwitch: translate switch."""

    default_code = "InvalidParameterValue.TranslateSwitch"
    retryable = False


class InvalidParameterValueTypeError(InvalidParameterValueError):
    """``InvalidParameterValue.Type``: Error code InvalidParameterValue.Type: type."""

    default_code = "InvalidParameterValue.Type"
    retryable = False


class InvalidParameterValueUnknownCategoryError(InvalidParameterValueError):
    """``InvalidParameterValue.UnknownCategory``: Error code InvalidParameterValue.UnknownCategory: unknown category."""

    default_code = "InvalidParameterValue.UnknownCategory"
    retryable = False


class InvalidParameterValueUseOriginalPosError(InvalidParameterValueError):
    """``InvalidParameterValue.UseOriginalPos``: Error code InvalidParameterValue.UseOriginalPos: use original pos."""

    default_code = "InvalidParameterValue.UseOriginalPos"
    retryable = False


class InvalidParameterValueUseOriginalSizeError(InvalidParameterValueError):
    """``InvalidParameterValue.UseOriginalSize``: Error code InvalidParameterValue.UseOriginalSize: use original size."""

    default_code = "InvalidParameterValue.UseOriginalSize"
    retryable = False


class InvalidParameterValueUserDefineLibraryLabelSetError(InvalidParameterValueError):
    """``InvalidParameterValue.UserDefineLibraryLabelSet``: Error code InvalidParameterValue.UserDefineLibraryLabelSet: user define library label set."""

    default_code = "InvalidParameterValue.UserDefineLibraryLabelSet"
    retryable = False


class InvalidParameterValueUserUnRegisterError(InvalidParameterValueError):
    """``InvalidParameterValue.UserUnRegister``: Error code InvalidParameterValue.UserUnRegister: user un register."""

    default_code = "InvalidParameterValue.UserUnRegister"
    retryable = False


class InvalidParameterValueVideoBitrateError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoBitrate``: Error code InvalidParameterValue.VideoBitrate: video bitrate."""

    default_code = "InvalidParameterValue.VideoBitrate"
    retryable = False


class InvalidParameterValueVideoCodecError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoCodec``: Error code InvalidParameterValue.VideoCodec: video codec."""

    default_code = "InvalidParameterValue.VideoCodec"
    retryable = False


class InvalidParameterValueVideoSrcLanguageError(InvalidParameterValueError):
    """``InvalidParameterValue.VideoSrcLanguage``: Error code InvalidParameterValue.VideoSrcLanguage: video src language."""

    default_code = "InvalidParameterValue.VideoSrcLanguage"
    retryable = False


class InvalidParameterValueWatermarkEraseMethodError(InvalidParameterValueError):
    """``InvalidParameterValue.WatermarkEraseMethod``: Error code InvalidParameterValue.WatermarkEraseMethod: watermark erase method."""

    default_code = "InvalidParameterValue.WatermarkEraseMethod"
    retryable = False


class InvalidParameterValueWatermarkModelError(InvalidParameterValueError):
    """``InvalidParameterValue.WatermarkModel``: Error code InvalidParameterValue.WatermarkModel: watermark model."""

    default_code = "InvalidParameterValue.WatermarkModel"
    retryable = False


class InvalidParameterValueWidthError(InvalidParameterValueError):
    """``InvalidParameterValue.Width``: Error code InvalidParameterValue.Width: width."""

    default_code = "InvalidParameterValue.Width"
    retryable = False


class InvalidParameterValueXPosError(InvalidParameterValueError):
    """``InvalidParameterValue.XPos``: Error code InvalidParameterValue.XPos: x pos."""

    default_code = "InvalidParameterValue.XPos"
    retryable = False


class InvalidParameterValueYPosError(InvalidParameterValueError):
    """``InvalidParameterValue.YPos``: Error code InvalidParameterValue.YPos: y pos."""

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
    """``LimitExceeded.CreateTask``: Error code LimitExceeded.CreateTask: create task."""

    default_code = "LimitExceeded.CreateTask"
    retryable = False


class LimitExceededTooMuchHotWordsError(LimitExceededError):
    """``LimitExceeded.TooMuchHotWords``: Error code LimitExceeded.TooMuchHotWords: too much hot words."""

    default_code = "LimitExceeded.TooMuchHotWords"
    retryable = False


class LimitExceededTooMuchLargeHotWordsError(LimitExceededError):
    """``LimitExceeded.TooMuchLargeHotWords``: Error code LimitExceeded.TooMuchLargeHotWords: too much large hot words."""

    default_code = "LimitExceeded.TooMuchLargeHotWords"
    retryable = False


class LimitExceededTooMuchTemplateError(LimitExceededError):
    """``LimitExceeded.TooMuchTemplate``: Error code LimitExceeded.TooMuchTemplate: too much template."""

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
    """``ResourceNotFound.CosBucketNameInvalid``: Error code ResourceNotFound.CosBucketNameInvalid: cos bucket name invalid."""

    default_code = "ResourceNotFound.CosBucketNameInvalid"
    retryable = False


class ResourceNotFoundCosBucketNotExistError(ResourceNotFoundError):
    """``ResourceNotFound.CosBucketNotExist``: Error code ResourceNotFound.CosBucketNotExist: cos bucket not exist."""

    default_code = "ResourceNotFound.CosBucketNotExist"
    retryable = False


class ResourceNotFoundDownloadError(ResourceNotFoundError):
    """``ResourceNotFound.DownloadError``: Error code ResourceNotFound.DownloadError: download error."""

    default_code = "ResourceNotFound.DownloadError"
    retryable = False


class ResourceNotFoundPersonError(ResourceNotFoundError):
    """``ResourceNotFound.Person``: Error code ResourceNotFound.Person: person."""

    default_code = "ResourceNotFound.Person"
    retryable = False


class ResourceNotFoundTaskNotFoundError(ResourceNotFoundError):
    """``ResourceNotFound.TaskNotFound``: Error code ResourceNotFound.TaskNotFound: task not found."""

    default_code = "ResourceNotFound.TaskNotFound"
    retryable = False


class ResourceNotFoundTemplateNotExistError(ResourceNotFoundError):
    """``ResourceNotFound.TemplateNotExist``: Error code ResourceNotFound.TemplateNotExist: template not exist."""

    default_code = "ResourceNotFound.TemplateNotExist"
    retryable = False


class ResourceNotFoundUserUnregisterError(ResourceNotFoundError):
    """``ResourceNotFound.UserUnregister``: Error code ResourceNotFound.UserUnregister: user unregister."""

    default_code = "ResourceNotFound.UserUnregister"
    retryable = False


class ResourceNotFoundWordError(ResourceNotFoundError):
    """``ResourceNotFound.Word``: Error code ResourceNotFound.Word: word."""

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
    """``UnsupportedOperation.TextTooLong``: Error code UnsupportedOperation.TextTooLong: text too long."""

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
