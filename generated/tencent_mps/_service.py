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
    name="mps",
    api_version="2019-06-12",
    endpoint="https://mps.tencentcloudapi.com",
    user_agent=f"tencent-mps-python/{VERSION}",
    error_class_for=_error_class_for,
    max_clock_skew=300,
    operation_for=_operation_for,
)

#: Action name -> the model its answer decodes into: all ``parse_response`` needs, so that
#: decoding a body does not build the operation records of :mod:`.operations`.
RESPONSE_TYPES: Final[dict[str, str]] = {
    "ActivateSSAI": "ActivateSSAIResponse",
    "ActivateStreamPackage": "ActivateStreamPackageResponse",
    "BatchDeleteStreamLinkFlow": "BatchDeleteStreamLinkFlowResponse",
    "BatchProcessMedia": "BatchProcessMediaResponse",
    "BatchStartStreamLinkFlow": "BatchStartStreamLinkFlowResponse",
    "BatchStopStreamLinkFlow": "BatchStopStreamLinkFlowResponse",
    "ChangeVoice": "ChangeVoiceResponse",
    "CloneViral": "CloneViralResponse",
    "CloneVoice": "CloneVoiceResponse",
    "CreateAIAnalysisTemplate": "CreateAIAnalysisTemplateResponse",
    "CreateAIRecognitionTemplate": "CreateAIRecognitionTemplateResponse",
    "CreateAdaptiveDynamicStreamingTemplate": "CreateAdaptiveDynamicStreamingTemplateResponse",
    "CreateAgentRecordTask": "CreateAgentRecordTaskResponse",
    "CreateAiDramaTask": "CreateAiDramaTaskResponse",
    "CreateAiFissionTask": "CreateAiFissionTaskResponse",
    "CreateAigcAudioTask": "CreateAigcAudioTaskResponse",
    "CreateAigcImageTask": "CreateAigcImageTaskResponse",
    "CreateAigcVideoTask": "CreateAigcVideoTaskResponse",
    "CreateAnimatedGraphicsTemplate": "CreateAnimatedGraphicsTemplateResponse",
    "CreateAsrHotwords": "CreateAsrHotwordsResponse",
    "CreateBlindWatermarkTemplate": "CreateBlindWatermarkTemplateResponse",
    "CreateContentReviewTemplate": "CreateContentReviewTemplateResponse",
    "CreateDocToVideoTask": "CreateDocToVideoTaskResponse",
    "CreateImageSpriteTemplate": "CreateImageSpriteTemplateResponse",
    "CreateLiveRecordTemplate": "CreateLiveRecordTemplateResponse",
    "CreateMediaEvaluation": "CreateMediaEvaluationResponse",
    "CreatePersonSample": "CreatePersonSampleResponse",
    "CreateProcessImageTemplate": "CreateProcessImageTemplateResponse",
    "CreateProject": "CreateProjectResponse",
    "CreateQualityControlTemplate": "CreateQualityControlTemplateResponse",
    "CreateSampleSnapshotTemplate": "CreateSampleSnapshotTemplateResponse",
    "CreateSchedule": "CreateScheduleResponse",
    "CreateSmartEraseTemplate": "CreateSmartEraseTemplateResponse",
    "CreateSmartSubtitleTemplate": "CreateSmartSubtitleTemplateResponse",
    "CreateSnapshotByTimeOffsetTemplate": "CreateSnapshotByTimeOffsetTemplateResponse",
    "CreateStreamLinkEvent": "CreateStreamLinkEventResponse",
    "CreateStreamLinkFlow": "CreateStreamLinkFlowResponse",
    "CreateStreamLinkInput": "CreateStreamLinkInputResponse",
    "CreateStreamLinkOutputInfo": "CreateStreamLinkOutputInfoResponse",
    "CreateStreamLinkSecurityGroup": "CreateStreamLinkSecurityGroupResponse",
    "CreateStreamPackageLinearAssemblyChannel": "CreateStreamPackageLinearAssemblyChannelResponse",
    "CreateStreamPackageLinearAssemblyProgram": "CreateStreamPackageLinearAssemblyProgramResponse",
    "CreateStreamPackageSSAIChannel": "CreateStreamPackageSSAIChannelResponse",
    "CreateStreamPackageSource": "CreateStreamPackageSourceResponse",
    "CreateStreamPackageSourceLocation": "CreateStreamPackageSourceLocationResponse",
    "CreateSubtitleEmbedTemplate": "CreateSubtitleEmbedTemplateResponse",
    "CreateTranscodeTemplate": "CreateTranscodeTemplateResponse",
    "CreateVideoDatabaseEntryTask": "CreateVideoDatabaseEntryTaskResponse",
    "CreateVideoRedrawTask": "CreateVideoRedrawTaskResponse",
    "CreateVideoSearchTask": "CreateVideoSearchTaskResponse",
    "CreateWatermarkTemplate": "CreateWatermarkTemplateResponse",
    "CreateWordSamples": "CreateWordSamplesResponse",
    "CreateWorkflow": "CreateWorkflowResponse",
    "DeleteAIAnalysisTemplate": "DeleteAIAnalysisTemplateResponse",
    "DeleteAIRecognitionTemplate": "DeleteAIRecognitionTemplateResponse",
    "DeleteAdaptiveDynamicStreamingTemplate": "DeleteAdaptiveDynamicStreamingTemplateResponse",
    "DeleteAnimatedGraphicsTemplate": "DeleteAnimatedGraphicsTemplateResponse",
    "DeleteAsrHotwords": "DeleteAsrHotwordsResponse",
    "DeleteBlindWatermarkTemplate": "DeleteBlindWatermarkTemplateResponse",
    "DeleteContentReviewTemplate": "DeleteContentReviewTemplateResponse",
    "DeleteImageSpriteTemplate": "DeleteImageSpriteTemplateResponse",
    "DeleteLiveRecordTemplate": "DeleteLiveRecordTemplateResponse",
    "DeletePersonSample": "DeletePersonSampleResponse",
    "DeleteProcessImageTemplate": "DeleteProcessImageTemplateResponse",
    "DeleteProject": "DeleteProjectResponse",
    "DeleteQualityControlTemplate": "DeleteQualityControlTemplateResponse",
    "DeleteSampleSnapshotTemplate": "DeleteSampleSnapshotTemplateResponse",
    "DeleteSchedule": "DeleteScheduleResponse",
    "DeleteSmartEraseTemplate": "DeleteSmartEraseTemplateResponse",
    "DeleteSmartSubtitleTemplate": "DeleteSmartSubtitleTemplateResponse",
    "DeleteSnapshotByTimeOffsetTemplate": "DeleteSnapshotByTimeOffsetTemplateResponse",
    "DeleteStreamLinkEvent": "DeleteStreamLinkEventResponse",
    "DeleteStreamLinkFlow": "DeleteStreamLinkFlowResponse",
    "DeleteStreamLinkOutput": "DeleteStreamLinkOutputResponse",
    "DeleteStreamLinkSecurityGroup": "DeleteStreamLinkSecurityGroupResponse",
    "DeleteStreamPackageLinearAssemblyChannel": "DeleteStreamPackageLinearAssemblyChannelResponse",
    "DeleteStreamPackageLinearAssemblyChannels": "DeleteStreamPackageLinearAssemblyChannelsResponse",
    "DeleteStreamPackageLinearAssemblyProgram": "DeleteStreamPackageLinearAssemblyProgramResponse",
    "DeleteStreamPackageLinearAssemblyPrograms": "DeleteStreamPackageLinearAssemblyProgramsResponse",
    "DeleteStreamPackageLinearAssemblyProgramsByChannel": "DeleteStreamPackageLinearAssemblyProgramsByChannelResponse",
    "DeleteStreamPackageSSAIChannel": "DeleteStreamPackageSSAIChannelResponse",
    "DeleteStreamPackageSource": "DeleteStreamPackageSourceResponse",
    "DeleteStreamPackageSourceLocation": "DeleteStreamPackageSourceLocationResponse",
    "DeleteSubtitleEmbedTemplate": "DeleteSubtitleEmbedTemplateResponse",
    "DeleteTranscodeTemplate": "DeleteTranscodeTemplateResponse",
    "DeleteVoice": "DeleteVoiceResponse",
    "DeleteWatermarkTemplate": "DeleteWatermarkTemplateResponse",
    "DeleteWordSamples": "DeleteWordSamplesResponse",
    "DeleteWorkflow": "DeleteWorkflowResponse",
    "DescribeAIAnalysisTemplates": "DescribeAIAnalysisTemplatesResponse",
    "DescribeAIRecognitionTemplates": "DescribeAIRecognitionTemplatesResponse",
    "DescribeAdaptiveDynamicStreamingTemplates": "DescribeAdaptiveDynamicStreamingTemplatesResponse",
    "DescribeAgentRecordTask": "DescribeAgentRecordTaskResponse",
    "DescribeAigcAudioTask": "DescribeAigcAudioTaskResponse",
    "DescribeAigcImageTask": "DescribeAigcImageTaskResponse",
    "DescribeAigcTaskList": "DescribeAigcTaskListResponse",
    "DescribeAigcTaskStatus": "DescribeAigcTaskStatusResponse",
    "DescribeAigcVideoTask": "DescribeAigcVideoTaskResponse",
    "DescribeAnimatedGraphicsTemplates": "DescribeAnimatedGraphicsTemplatesResponse",
    "DescribeAsrHotwords": "DescribeAsrHotwordsResponse",
    "DescribeAsrHotwordsList": "DescribeAsrHotwordsListResponse",
    "DescribeBatchTaskDetail": "DescribeBatchTaskDetailResponse",
    "DescribeBlindWatermarkTemplates": "DescribeBlindWatermarkTemplatesResponse",
    "DescribeCloneViralTask": "DescribeCloneViralTaskResponse",
    "DescribeContentReviewTemplates": "DescribeContentReviewTemplatesResponse",
    "DescribeDesignTask": "DescribeDesignTaskResponse",
    "DescribeGroupAttachFlowsById": "DescribeGroupAttachFlowsByIdResponse",
    "DescribeImageSpriteTemplates": "DescribeImageSpriteTemplatesResponse",
    "DescribeImageTaskDetail": "DescribeImageTaskDetailResponse",
    "DescribeImageTasks": "DescribeImageTasksResponse",
    "DescribeLiveRecordTemplates": "DescribeLiveRecordTemplatesResponse",
    "DescribeMDPMPSUserInfo": "DescribeMDPMPSUserInfoResponse",
    "DescribeMediaMetaData": "DescribeMediaMetaDataResponse",
    "DescribePersonSamples": "DescribePersonSamplesResponse",
    "DescribeProcessImageTemplates": "DescribeProcessImageTemplatesResponse",
    "DescribeQualityControlTemplates": "DescribeQualityControlTemplatesResponse",
    "DescribeSSAIActivateState": "DescribeSSAIActivateStateResponse",
    "DescribeSampleSnapshotTemplates": "DescribeSampleSnapshotTemplatesResponse",
    "DescribeSchedules": "DescribeSchedulesResponse",
    "DescribeSmartEraseTemplates": "DescribeSmartEraseTemplatesResponse",
    "DescribeSmartSubtitleTemplates": "DescribeSmartSubtitleTemplatesResponse",
    "DescribeSnapshotByTimeOffsetTemplates": "DescribeSnapshotByTimeOffsetTemplatesResponse",
    "DescribeStreamLinkActivateState": "DescribeStreamLinkActivateStateResponse",
    "DescribeStreamLinkEvent": "DescribeStreamLinkEventResponse",
    "DescribeStreamLinkEventAttachedFlows": "DescribeStreamLinkEventAttachedFlowsResponse",
    "DescribeStreamLinkEvents": "DescribeStreamLinkEventsResponse",
    "DescribeStreamLinkFlow": "DescribeStreamLinkFlowResponse",
    "DescribeStreamLinkFlowLogs": "DescribeStreamLinkFlowLogsResponse",
    "DescribeStreamLinkFlowMediaStatistics": "DescribeStreamLinkFlowMediaStatisticsResponse",
    "DescribeStreamLinkFlowRealtimeStatus": "DescribeStreamLinkFlowRealtimeStatusResponse",
    "DescribeStreamLinkFlowSRTStatistics": "DescribeStreamLinkFlowSRTStatisticsResponse",
    "DescribeStreamLinkFlowStatistics": "DescribeStreamLinkFlowStatisticsResponse",
    "DescribeStreamLinkFlows": "DescribeStreamLinkFlowsResponse",
    "DescribeStreamLinkRegions": "DescribeStreamLinkRegionsResponse",
    "DescribeStreamLinkSecurityGroups": "DescribeStreamLinkSecurityGroupsResponse",
    "DescribeStreamPackageActivateState": "DescribeStreamPackageActivateStateResponse",
    "DescribeStreamPackageLinearAssemblyChannel": "DescribeStreamPackageLinearAssemblyChannelResponse",
    "DescribeStreamPackageLinearAssemblyChannelAlerts": "DescribeStreamPackageLinearAssemblyChannelAlertsResponse",
    "DescribeStreamPackageLinearAssemblyChannels": "DescribeStreamPackageLinearAssemblyChannelsResponse",
    "DescribeStreamPackageLinearAssemblyProgram": "DescribeStreamPackageLinearAssemblyProgramResponse",
    "DescribeStreamPackageLinearAssemblyProgramSchedules": "DescribeStreamPackageLinearAssemblyProgramSchedulesResponse",
    "DescribeStreamPackageLinearAssemblyPrograms": "DescribeStreamPackageLinearAssemblyProgramsResponse",
    "DescribeStreamPackageLinearAssemblyUsage": "DescribeStreamPackageLinearAssemblyUsageResponse",
    "DescribeStreamPackageSSAIChannel": "DescribeStreamPackageSSAIChannelResponse",
    "DescribeStreamPackageSSAIChannels": "DescribeStreamPackageSSAIChannelsResponse",
    "DescribeStreamPackageSSAIUsage": "DescribeStreamPackageSSAIUsageResponse",
    "DescribeStreamPackageSource": "DescribeStreamPackageSourceResponse",
    "DescribeStreamPackageSourceAlerts": "DescribeStreamPackageSourceAlertsResponse",
    "DescribeStreamPackageSourceLocation": "DescribeStreamPackageSourceLocationResponse",
    "DescribeStreamPackageSourceLocations": "DescribeStreamPackageSourceLocationsResponse",
    "DescribeStreamPackageSources": "DescribeStreamPackageSourcesResponse",
    "DescribeSubtitleEmbedTemplates": "DescribeSubtitleEmbedTemplatesResponse",
    "DescribeTaskDetail": "DescribeTaskDetailResponse",
    "DescribeTasks": "DescribeTasksResponse",
    "DescribeTextToSpeechAsyncTask": "DescribeTextToSpeechAsyncTaskResponse",
    "DescribeTranscodeTemplates": "DescribeTranscodeTemplatesResponse",
    "DescribeUsageData": "DescribeUsageDataResponse",
    "DescribeVideoDatabaseEntryTaskDetail": "DescribeVideoDatabaseEntryTaskDetailResponse",
    "DescribeVideoSearchTaskDetail": "DescribeVideoSearchTaskDetailResponse",
    "DescribeVoices": "DescribeVoicesResponse",
    "DescribeWatermarkTemplates": "DescribeWatermarkTemplatesResponse",
    "DescribeWordSamples": "DescribeWordSamplesResponse",
    "DescribeWorkflows": "DescribeWorkflowsResponse",
    "DesignVoiceAsync": "DesignVoiceAsyncResponse",
    "DetectVideoSubtitleArea": "DetectVideoSubtitleAreaResponse",
    "DetectVideoWatermark": "DetectVideoWatermarkResponse",
    "DisableSchedule": "DisableScheduleResponse",
    "DisableWorkflow": "DisableWorkflowResponse",
    "DisassociateSecurityGroup": "DisassociateSecurityGroupResponse",
    "EditMedia": "EditMediaResponse",
    "EmbeddingData": "EmbeddingDataResponse",
    "EnableSchedule": "EnableScheduleResponse",
    "EnableWorkflow": "EnableWorkflowResponse",
    "ExecuteFunction": "ExecuteFunctionResponse",
    "ExtractBlindWatermark": "ExtractBlindWatermarkResponse",
    "ManageTask": "ManageTaskResponse",
    "ModifyAIAnalysisTemplate": "ModifyAIAnalysisTemplateResponse",
    "ModifyAIRecognitionTemplate": "ModifyAIRecognitionTemplateResponse",
    "ModifyAdaptiveDynamicStreamingTemplate": "ModifyAdaptiveDynamicStreamingTemplateResponse",
    "ModifyAnimatedGraphicsTemplate": "ModifyAnimatedGraphicsTemplateResponse",
    "ModifyAsrHotwords": "ModifyAsrHotwordsResponse",
    "ModifyBlindWatermarkTemplate": "ModifyBlindWatermarkTemplateResponse",
    "ModifyContentReviewTemplate": "ModifyContentReviewTemplateResponse",
    "ModifyDocToVideoTaskStatus": "ModifyDocToVideoTaskStatusResponse",
    "ModifyImageSpriteTemplate": "ModifyImageSpriteTemplateResponse",
    "ModifyLiveRecordTemplate": "ModifyLiveRecordTemplateResponse",
    "ModifyPersonSample": "ModifyPersonSampleResponse",
    "ModifyProcessImageTemplate": "ModifyProcessImageTemplateResponse",
    "ModifyQualityControlTemplate": "ModifyQualityControlTemplateResponse",
    "ModifySampleSnapshotTemplate": "ModifySampleSnapshotTemplateResponse",
    "ModifySchedule": "ModifyScheduleResponse",
    "ModifySmartEraseTemplate": "ModifySmartEraseTemplateResponse",
    "ModifySmartSubtitleTemplate": "ModifySmartSubtitleTemplateResponse",
    "ModifySnapshotByTimeOffsetTemplate": "ModifySnapshotByTimeOffsetTemplateResponse",
    "ModifyStreamLinkEvent": "ModifyStreamLinkEventResponse",
    "ModifyStreamLinkFlow": "ModifyStreamLinkFlowResponse",
    "ModifyStreamLinkInput": "ModifyStreamLinkInputResponse",
    "ModifyStreamLinkOutputInfo": "ModifyStreamLinkOutputInfoResponse",
    "ModifyStreamLinkSecurityGroup": "ModifyStreamLinkSecurityGroupResponse",
    "ModifyStreamPackageLinearAssemblyChannel": "ModifyStreamPackageLinearAssemblyChannelResponse",
    "ModifyStreamPackageLinearAssemblyProgram": "ModifyStreamPackageLinearAssemblyProgramResponse",
    "ModifyStreamPackageSSAIChannel": "ModifyStreamPackageSSAIChannelResponse",
    "ModifyStreamPackageSource": "ModifyStreamPackageSourceResponse",
    "ModifyStreamPackageSourceLocation": "ModifyStreamPackageSourceLocationResponse",
    "ModifySubtitleEmbedTemplate": "ModifySubtitleEmbedTemplateResponse",
    "ModifyTranscodeTemplate": "ModifyTranscodeTemplateResponse",
    "ModifyWatermarkTemplate": "ModifyWatermarkTemplateResponse",
    "ModifyWordSample": "ModifyWordSampleResponse",
    "ParseLiveStreamProcessNotification": "ParseLiveStreamProcessNotificationResponse",
    "ParseNotification": "ParseNotificationResponse",
    "ProcessImage": "ProcessImageResponse",
    "ProcessLiveStream": "ProcessLiveStreamResponse",
    "ProcessMedia": "ProcessMediaResponse",
    "QueryHunyuan3DTask": "QueryHunyuan3DTaskResponse",
    "QueryProject": "QueryProjectResponse",
    "RecognizeAudio": "RecognizeAudioResponse",
    "RecognizeMediaForZhiXue": "RecognizeMediaForZhiXueResponse",
    "ResetWorkflow": "ResetWorkflowResponse",
    "StartStreamLinkFlow": "StartStreamLinkFlowResponse",
    "StartStreamPackageLinearAssemblyChannel": "StartStreamPackageLinearAssemblyChannelResponse",
    "StopStreamLinkFlow": "StopStreamLinkFlowResponse",
    "StopStreamPackageLinearAssemblyChannel": "StopStreamPackageLinearAssemblyChannelResponse",
    "SubmitHunyuan3DTask": "SubmitHunyuan3DTaskResponse",
    "SyncDubbing": "SyncDubbingResponse",
    "TextToSpeech": "TextToSpeechResponse",
    "TextToSpeechAsync": "TextToSpeechAsyncResponse",
    "TextTranslation": "TextTranslationResponse",
    "UpdateProject": "UpdateProjectResponse",
    "UpdateVoice": "UpdateVoiceResponse",
    "WithdrawsWatermark": "WithdrawsWatermarkResponse",
}


def parse_response(
    body: bytes | bytearray | str | Mapping[str, Any], action: str = "DescribeTaskDetail"
) -> Any:
    """Decode a whole response body of ``action`` (default ``DescribeTaskDetail``) into its typed response.

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
