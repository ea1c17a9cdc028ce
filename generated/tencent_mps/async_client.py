# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/client.py.jinja2 (make generate); do not edit.
"""The asynchronous client: one method per operation of ``schema/mps.openapi.json``.

Signing, credentials, transport, retries, waiting and paging are the hand-written core
(:class:`tencent_mps_core.async_client_base.AsyncBaseClient`); this module binds the operations to it. A
method imports the models of its own operation when first called, so importing the client costs
the same whatever the number of operations.

It needs the ``async`` extra (``pip install 'tencent-mps[async]'``, which brings aiohttp); the
synchronous :class:`~tencent_mps.client.Client` never loads it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tencent_mps_core.async_client_base import AsyncBaseClient
from tencent_mps_core.lazy import LazyModule
from tencent_mps_core.service import ServiceModel

from ._service import SERVICE

if TYPE_CHECKING:
    from . import operations as _ops
else:  # the operation records are built by the first call, not by importing the client
    _ops = LazyModule(f"{__package__}.operations")

if TYPE_CHECKING:
    from datetime import datetime

    from tencent_mps_core.raw import RawResponse
    from tencent_mps_core.watch import AsyncWatch

    from .models.action_config_info import ActionConfigInfo
    from .models.activate_ssai_response import ActivateSSAIResponse
    from .models.activate_stream_package_response import ActivateStreamPackageResponse
    from .models.activity import Activity
    from .models.ad_break_info import AdBreakInfo
    from .models.adaptive_dynamic_streaming_template import AdaptiveDynamicStreamingTemplate
    from .models.adaptive_stream_template import AdaptiveStreamTemplate
    from .models.add_on_parameter import AddOnParameter
    from .models.agent_store_cos_param import AgentStoreCosParam
    from .models.ai_analysis_task_input import AiAnalysisTaskInput
    from .models.ai_analysis_template_item import AIAnalysisTemplateItem
    from .models.ai_content_review_task_input import AiContentReviewTaskInput
    from .models.ai_drama_input import AiDramaInput
    from .models.ai_dubbing_task_input import AIDubbingTaskInput
    from .models.ai_fission_input import AiFissionInput
    from .models.ai_quality_control_task_input import AiQualityControlTaskInput
    from .models.ai_recognition_task_input import AiRecognitionTaskInput
    from .models.ai_recognition_template_item import AIRecognitionTemplateItem
    from .models.ai_sample_face_operation import AiSampleFaceOperation
    from .models.ai_sample_person import AiSamplePerson
    from .models.ai_sample_tag_operation import AiSampleTagOperation
    from .models.ai_sample_word import AiSampleWord
    from .models.ai_sample_word_info import AiSampleWordInfo
    from .models.aigc_audio_extra_param import AigcAudioExtraParam
    from .models.aigc_audio_reference_audio_info import AigcAudioReferenceAudioInfo
    from .models.aigc_audio_reference_video_info import AigcAudioReferenceVideoInfo
    from .models.aigc_image_extra_param import AigcImageExtraParam
    from .models.aigc_image_info import AigcImageInfo
    from .models.aigc_store_cos_param import AigcStoreCosParam
    from .models.aigc_task_list_item import AigcTaskListItem
    from .models.aigc_video_extra_param import AigcVideoExtraParam
    from .models.aigc_video_reference_audio_info import AigcVideoReferenceAudioInfo
    from .models.aigc_video_reference_image_info import AigcVideoReferenceImageInfo
    from .models.aigc_video_reference_subject_info import AigcVideoReferenceSubjectInfo
    from .models.aigc_video_reference_video_info import AigcVideoReferenceVideoInfo
    from .models.animated_graphics_template import AnimatedGraphicsTemplate
    from .models.asr_full_text_configure_info import AsrFullTextConfigureInfo
    from .models.asr_full_text_configure_info_for_update import AsrFullTextConfigureInfoForUpdate
    from .models.asr_hot_words_configure import AsrHotWordsConfigure
    from .models.asr_hotwords_set import AsrHotwordsSet
    from .models.asr_hotwords_set_item import AsrHotwordsSetItem
    from .models.asr_words_configure_info import AsrWordsConfigureInfo
    from .models.asr_words_configure_info_for_update import AsrWordsConfigureInfoForUpdate
    from .models.audio_template_info import AudioTemplateInfo
    from .models.audio_template_info_for_update import AudioTemplateInfoForUpdate
    from .models.batch_delete_stream_link_flow_response import BatchDeleteStreamLinkFlowResponse
    from .models.batch_process_media_response import BatchProcessMediaResponse
    from .models.batch_start_stream_link_flow_response import BatchStartStreamLinkFlowResponse
    from .models.batch_stop_stream_link_flow_response import BatchStopStreamLinkFlowResponse
    from .models.blind_watermark_template import BlindWatermarkTemplate
    from .models.change_voice_response import ChangeVoiceResponse
    from .models.classification_configure_info import ClassificationConfigureInfo
    from .models.classification_configure_info_for_update import (
        ClassificationConfigureInfoForUpdate,
    )
    from .models.clone_viral_aigc import CloneViralAIGC
    from .models.clone_viral_content import CloneViralContent
    from .models.clone_viral_output_option import CloneViralOutputOption
    from .models.clone_viral_persona import CloneViralPersona
    from .models.clone_viral_product import CloneViralProduct
    from .models.clone_viral_response import CloneViralResponse
    from .models.clone_voice_response import CloneVoiceResponse
    from .models.compose_media_config import ComposeMediaConfig
    from .models.content_review_template_item import ContentReviewTemplateItem
    from .models.cover_configure_info import CoverConfigureInfo
    from .models.cover_configure_info_for_update import CoverConfigureInfoForUpdate
    from .models.create_adaptive_dynamic_streaming_template_response import (
        CreateAdaptiveDynamicStreamingTemplateResponse,
    )
    from .models.create_agent_record_task_response import CreateAgentRecordTaskResponse
    from .models.create_ai_analysis_template_response import CreateAIAnalysisTemplateResponse
    from .models.create_ai_drama_task_response import CreateAiDramaTaskResponse
    from .models.create_ai_fission_task_response import CreateAiFissionTaskResponse
    from .models.create_ai_recognition_template_response import CreateAIRecognitionTemplateResponse
    from .models.create_aigc_audio_task_response import CreateAigcAudioTaskResponse
    from .models.create_aigc_image_task_response import CreateAigcImageTaskResponse
    from .models.create_aigc_video_task_response import CreateAigcVideoTaskResponse
    from .models.create_animated_graphics_template_response import (
        CreateAnimatedGraphicsTemplateResponse,
    )
    from .models.create_asr_hotwords_response import CreateAsrHotwordsResponse
    from .models.create_blind_watermark_template_response import (
        CreateBlindWatermarkTemplateResponse,
    )
    from .models.create_content_review_template_response import CreateContentReviewTemplateResponse
    from .models.create_doc_to_video_task_response import CreateDocToVideoTaskResponse
    from .models.create_image_sprite_template_response import CreateImageSpriteTemplateResponse
    from .models.create_input import CreateInput
    from .models.create_live_record_template_response import CreateLiveRecordTemplateResponse
    from .models.create_media_evaluation_response import CreateMediaEvaluationResponse
    from .models.create_output_info import CreateOutputInfo
    from .models.create_person_sample_response import CreatePersonSampleResponse
    from .models.create_process_image_template_response import CreateProcessImageTemplateResponse
    from .models.create_project_response import CreateProjectResponse
    from .models.create_quality_control_template_response import (
        CreateQualityControlTemplateResponse,
    )
    from .models.create_sample_snapshot_template_response import (
        CreateSampleSnapshotTemplateResponse,
    )
    from .models.create_schedule_response import CreateScheduleResponse
    from .models.create_smart_erase_template_response import CreateSmartEraseTemplateResponse
    from .models.create_smart_subtitle_template_response import CreateSmartSubtitleTemplateResponse
    from .models.create_snapshot_by_time_offset_template_response import (
        CreateSnapshotByTimeOffsetTemplateResponse,
    )
    from .models.create_stream_link_event_response import CreateStreamLinkEventResponse
    from .models.create_stream_link_flow_response import CreateStreamLinkFlowResponse
    from .models.create_stream_link_input_response import CreateStreamLinkInputResponse
    from .models.create_stream_link_output_info_response import CreateStreamLinkOutputInfoResponse
    from .models.create_stream_link_security_group_response import (
        CreateStreamLinkSecurityGroupResponse,
    )
    from .models.create_stream_package_linear_assembly_channel_response import (
        CreateStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.create_stream_package_linear_assembly_program_response import (
        CreateStreamPackageLinearAssemblyProgramResponse,
    )
    from .models.create_stream_package_source_location_response import (
        CreateStreamPackageSourceLocationResponse,
    )
    from .models.create_stream_package_source_response import CreateStreamPackageSourceResponse
    from .models.create_stream_package_ssai_channel_response import (
        CreateStreamPackageSSAIChannelResponse,
    )
    from .models.create_subtitle_embed_template_response import CreateSubtitleEmbedTemplateResponse
    from .models.create_transcode_template_response import CreateTranscodeTemplateResponse
    from .models.create_video_database_entry_task_response import (
        CreateVideoDatabaseEntryTaskResponse,
    )
    from .models.create_video_redraw_task_response import CreateVideoRedrawTaskResponse
    from .models.create_video_search_task_response import CreateVideoSearchTaskResponse
    from .models.create_watermark_template_response import CreateWatermarkTemplateResponse
    from .models.create_word_samples_response import CreateWordSamplesResponse
    from .models.create_workflow_response import CreateWorkflowResponse
    from .models.delete_adaptive_dynamic_streaming_template_response import (
        DeleteAdaptiveDynamicStreamingTemplateResponse,
    )
    from .models.delete_ai_analysis_template_response import DeleteAIAnalysisTemplateResponse
    from .models.delete_ai_recognition_template_response import DeleteAIRecognitionTemplateResponse
    from .models.delete_animated_graphics_template_response import (
        DeleteAnimatedGraphicsTemplateResponse,
    )
    from .models.delete_asr_hotwords_response import DeleteAsrHotwordsResponse
    from .models.delete_blind_watermark_template_response import (
        DeleteBlindWatermarkTemplateResponse,
    )
    from .models.delete_content_review_template_response import DeleteContentReviewTemplateResponse
    from .models.delete_image_sprite_template_response import DeleteImageSpriteTemplateResponse
    from .models.delete_live_record_template_response import DeleteLiveRecordTemplateResponse
    from .models.delete_person_sample_response import DeletePersonSampleResponse
    from .models.delete_process_image_template_response import DeleteProcessImageTemplateResponse
    from .models.delete_project_response import DeleteProjectResponse
    from .models.delete_quality_control_template_response import (
        DeleteQualityControlTemplateResponse,
    )
    from .models.delete_sample_snapshot_template_response import (
        DeleteSampleSnapshotTemplateResponse,
    )
    from .models.delete_schedule_response import DeleteScheduleResponse
    from .models.delete_smart_erase_template_response import DeleteSmartEraseTemplateResponse
    from .models.delete_smart_subtitle_template_response import DeleteSmartSubtitleTemplateResponse
    from .models.delete_snapshot_by_time_offset_template_response import (
        DeleteSnapshotByTimeOffsetTemplateResponse,
    )
    from .models.delete_stream_link_event_response import DeleteStreamLinkEventResponse
    from .models.delete_stream_link_flow_response import DeleteStreamLinkFlowResponse
    from .models.delete_stream_link_output_response import DeleteStreamLinkOutputResponse
    from .models.delete_stream_link_security_group_response import (
        DeleteStreamLinkSecurityGroupResponse,
    )
    from .models.delete_stream_package_linear_assembly_channel_response import (
        DeleteStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.delete_stream_package_linear_assembly_channels_response import (
        DeleteStreamPackageLinearAssemblyChannelsResponse,
    )
    from .models.delete_stream_package_linear_assembly_program_response import (
        DeleteStreamPackageLinearAssemblyProgramResponse,
    )
    from .models.delete_stream_package_linear_assembly_programs_by_channel_response import (
        DeleteStreamPackageLinearAssemblyProgramsByChannelResponse,
    )
    from .models.delete_stream_package_linear_assembly_programs_response import (
        DeleteStreamPackageLinearAssemblyProgramsResponse,
    )
    from .models.delete_stream_package_source_location_response import (
        DeleteStreamPackageSourceLocationResponse,
    )
    from .models.delete_stream_package_source_response import DeleteStreamPackageSourceResponse
    from .models.delete_stream_package_ssai_channel_response import (
        DeleteStreamPackageSSAIChannelResponse,
    )
    from .models.delete_subtitle_embed_template_response import DeleteSubtitleEmbedTemplateResponse
    from .models.delete_transcode_template_response import DeleteTranscodeTemplateResponse
    from .models.delete_voice_response import DeleteVoiceResponse
    from .models.delete_watermark_template_response import DeleteWatermarkTemplateResponse
    from .models.delete_word_samples_response import DeleteWordSamplesResponse
    from .models.delete_workflow_response import DeleteWorkflowResponse
    from .models.describe_adaptive_dynamic_streaming_templates_response import (
        DescribeAdaptiveDynamicStreamingTemplatesResponse,
    )
    from .models.describe_agent_record_task_response import DescribeAgentRecordTaskResponse
    from .models.describe_ai_analysis_templates_response import DescribeAIAnalysisTemplatesResponse
    from .models.describe_ai_recognition_templates_response import (
        DescribeAIRecognitionTemplatesResponse,
    )
    from .models.describe_aigc_audio_task_response import DescribeAigcAudioTaskResponse
    from .models.describe_aigc_image_task_response import DescribeAigcImageTaskResponse
    from .models.describe_aigc_task_list_response import DescribeAigcTaskListResponse
    from .models.describe_aigc_task_status_response import DescribeAigcTaskStatusResponse
    from .models.describe_aigc_video_task_response import DescribeAigcVideoTaskResponse
    from .models.describe_animated_graphics_templates_response import (
        DescribeAnimatedGraphicsTemplatesResponse,
    )
    from .models.describe_asr_hotwords_list_response import DescribeAsrHotwordsListResponse
    from .models.describe_asr_hotwords_response import DescribeAsrHotwordsResponse
    from .models.describe_batch_task_detail_response import DescribeBatchTaskDetailResponse
    from .models.describe_blind_watermark_templates_response import (
        DescribeBlindWatermarkTemplatesResponse,
    )
    from .models.describe_clone_viral_task_response import DescribeCloneViralTaskResponse
    from .models.describe_content_review_templates_response import (
        DescribeContentReviewTemplatesResponse,
    )
    from .models.describe_design_task_response import DescribeDesignTaskResponse
    from .models.describe_event import DescribeEvent
    from .models.describe_flow import DescribeFlow
    from .models.describe_group_attach_flows_by_id_response import (
        DescribeGroupAttachFlowsByIdResponse,
    )
    from .models.describe_image_sprite_templates_response import (
        DescribeImageSpriteTemplatesResponse,
    )
    from .models.describe_image_task_detail_response import DescribeImageTaskDetailResponse
    from .models.describe_image_tasks_response import DescribeImageTasksResponse
    from .models.describe_live_record_templates_response import DescribeLiveRecordTemplatesResponse
    from .models.describe_mdpmps_user_info_response import DescribeMDPMPSUserInfoResponse
    from .models.describe_media_meta_data_response import DescribeMediaMetaDataResponse
    from .models.describe_person_samples_response import DescribePersonSamplesResponse
    from .models.describe_process_image_templates_response import (
        DescribeProcessImageTemplatesResponse,
    )
    from .models.describe_quality_control_templates_response import (
        DescribeQualityControlTemplatesResponse,
    )
    from .models.describe_sample_snapshot_templates_response import (
        DescribeSampleSnapshotTemplatesResponse,
    )
    from .models.describe_schedules_response import DescribeSchedulesResponse
    from .models.describe_smart_erase_templates_response import DescribeSmartEraseTemplatesResponse
    from .models.describe_smart_subtitle_templates_response import (
        DescribeSmartSubtitleTemplatesResponse,
    )
    from .models.describe_snapshot_by_time_offset_templates_response import (
        DescribeSnapshotByTimeOffsetTemplatesResponse,
    )
    from .models.describe_ssai_activate_state_response import DescribeSSAIActivateStateResponse
    from .models.describe_stream_link_activate_state_response import (
        DescribeStreamLinkActivateStateResponse,
    )
    from .models.describe_stream_link_event_attached_flows_response import (
        DescribeStreamLinkEventAttachedFlowsResponse,
    )
    from .models.describe_stream_link_event_response import DescribeStreamLinkEventResponse
    from .models.describe_stream_link_events_response import DescribeStreamLinkEventsResponse
    from .models.describe_stream_link_flow_logs_response import DescribeStreamLinkFlowLogsResponse
    from .models.describe_stream_link_flow_media_statistics_response import (
        DescribeStreamLinkFlowMediaStatisticsResponse,
    )
    from .models.describe_stream_link_flow_realtime_status_response import (
        DescribeStreamLinkFlowRealtimeStatusResponse,
    )
    from .models.describe_stream_link_flow_response import DescribeStreamLinkFlowResponse
    from .models.describe_stream_link_flow_srt_statistics_response import (
        DescribeStreamLinkFlowSRTStatisticsResponse,
    )
    from .models.describe_stream_link_flow_statistics_response import (
        DescribeStreamLinkFlowStatisticsResponse,
    )
    from .models.describe_stream_link_flows_response import DescribeStreamLinkFlowsResponse
    from .models.describe_stream_link_regions_response import DescribeStreamLinkRegionsResponse
    from .models.describe_stream_link_security_groups_response import (
        DescribeStreamLinkSecurityGroupsResponse,
    )
    from .models.describe_stream_package_activate_state_response import (
        DescribeStreamPackageActivateStateResponse,
    )
    from .models.describe_stream_package_linear_assembly_channel_alerts_response import (
        DescribeStreamPackageLinearAssemblyChannelAlertsResponse,
    )
    from .models.describe_stream_package_linear_assembly_channel_response import (
        DescribeStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.describe_stream_package_linear_assembly_channels_response import (
        DescribeStreamPackageLinearAssemblyChannelsResponse,
    )
    from .models.describe_stream_package_linear_assembly_program_response import (
        DescribeStreamPackageLinearAssemblyProgramResponse,
    )
    from .models.describe_stream_package_linear_assembly_program_schedules_response import (
        DescribeStreamPackageLinearAssemblyProgramSchedulesResponse,
    )
    from .models.describe_stream_package_linear_assembly_programs_response import (
        DescribeStreamPackageLinearAssemblyProgramsResponse,
    )
    from .models.describe_stream_package_linear_assembly_usage_response import (
        DescribeStreamPackageLinearAssemblyUsageResponse,
    )
    from .models.describe_stream_package_source_alerts_response import (
        DescribeStreamPackageSourceAlertsResponse,
    )
    from .models.describe_stream_package_source_location_response import (
        DescribeStreamPackageSourceLocationResponse,
    )
    from .models.describe_stream_package_source_locations_response import (
        DescribeStreamPackageSourceLocationsResponse,
    )
    from .models.describe_stream_package_source_response import DescribeStreamPackageSourceResponse
    from .models.describe_stream_package_sources_response import (
        DescribeStreamPackageSourcesResponse,
    )
    from .models.describe_stream_package_ssai_channel_response import (
        DescribeStreamPackageSSAIChannelResponse,
    )
    from .models.describe_stream_package_ssai_channels_response import (
        DescribeStreamPackageSSAIChannelsResponse,
    )
    from .models.describe_stream_package_ssai_usage_response import (
        DescribeStreamPackageSSAIUsageResponse,
    )
    from .models.describe_subtitle_embed_templates_response import (
        DescribeSubtitleEmbedTemplatesResponse,
    )
    from .models.describe_task_detail_response import DescribeTaskDetailResponse
    from .models.describe_tasks_response import DescribeTasksResponse
    from .models.describe_text_to_speech_async_task_response import (
        DescribeTextToSpeechAsyncTaskResponse,
    )
    from .models.describe_transcode_templates_response import DescribeTranscodeTemplatesResponse
    from .models.describe_usage_data_response import DescribeUsageDataResponse
    from .models.describe_video_database_entry_task_detail_response import (
        DescribeVideoDatabaseEntryTaskDetailResponse,
    )
    from .models.describe_video_search_task_detail_response import (
        DescribeVideoSearchTaskDetailResponse,
    )
    from .models.describe_voices_response import DescribeVoicesResponse
    from .models.describe_watermark_templates_response import DescribeWatermarkTemplatesResponse
    from .models.describe_word_samples_response import DescribeWordSamplesResponse
    from .models.describe_workflows_response import DescribeWorkflowsResponse
    from .models.design_voice_async_response import DesignVoiceAsyncResponse
    from .models.detect_video_subtitle_area_response import DetectVideoSubtitleAreaResponse
    from .models.detect_video_watermark_response import DetectVideoWatermarkResponse
    from .models.disable_schedule_response import DisableScheduleResponse
    from .models.disable_workflow_response import DisableWorkflowResponse
    from .models.disassociate_security_group_response import DisassociateSecurityGroupResponse
    from .models.doc_to_video_cos_info import DocToVideoCosInfo
    from .models.doc_to_video_input import DocToVideoInput
    from .models.edit_media_file_info import EditMediaFileInfo
    from .models.edit_media_output_config import EditMediaOutputConfig
    from .models.edit_media_response import EditMediaResponse
    from .models.embedding_data import EmbeddingData
    from .models.embedding_data_response import EmbeddingDataResponse
    from .models.enable_schedule_response import EnableScheduleResponse
    from .models.enable_workflow_response import EnableWorkflowResponse
    from .models.enhance_config import EnhanceConfig
    from .models.evaluation_task_input import EvaluationTaskInput
    from .models.execute_function_response import ExecuteFunctionResponse
    from .models.expression_config_info import ExpressionConfigInfo
    from .models.extract_blind_watermark_response import ExtractBlindWatermarkResponse
    from .models.extract_blind_watermark_task_config import ExtractBlindWatermarkTaskConfig
    from .models.face_configure_info import FaceConfigureInfo
    from .models.face_configure_info_for_update import FaceConfigureInfoForUpdate
    from .models.fission_task_info import FissionTaskInfo
    from .models.flow_log_info import FlowLogInfo
    from .models.frame_tag_configure_info import FrameTagConfigureInfo
    from .models.frame_tag_configure_info_for_update import FrameTagConfigureInfoForUpdate
    from .models.hls_configure_info import HLSConfigureInfo
    from .models.image_sprite_template import ImageSpriteTemplate
    from .models.image_task_info import ImageTaskInfo
    from .models.image_task_input import ImageTaskInput
    from .models.image_watermark_input import ImageWatermarkInput
    from .models.image_watermark_input_for_update import ImageWatermarkInputForUpdate
    from .models.linear_assembly_channel_info import LinearAssemblyChannelInfo
    from .models.linear_assembly_program_info import LinearAssemblyProgramInfo
    from .models.live_record_template import LiveRecordTemplate
    from .models.live_smart_subtitles_task_input import LiveSmartSubtitlesTaskInput
    from .models.live_stream_task_notify_config import LiveStreamTaskNotifyConfig
    from .models.manage_task_response import ManageTaskResponse
    from .models.media_input_info import MediaInputInfo
    from .models.media_process_task_input import MediaProcessTaskInput
    from .models.modify_adaptive_dynamic_streaming_template_response import (
        ModifyAdaptiveDynamicStreamingTemplateResponse,
    )
    from .models.modify_ai_analysis_template_response import ModifyAIAnalysisTemplateResponse
    from .models.modify_ai_recognition_template_response import ModifyAIRecognitionTemplateResponse
    from .models.modify_animated_graphics_template_response import (
        ModifyAnimatedGraphicsTemplateResponse,
    )
    from .models.modify_asr_hotwords_response import ModifyAsrHotwordsResponse
    from .models.modify_blind_watermark_template_response import (
        ModifyBlindWatermarkTemplateResponse,
    )
    from .models.modify_content_review_template_response import ModifyContentReviewTemplateResponse
    from .models.modify_doc_to_video_task_status_input import ModifyDocToVideoTaskStatusInput
    from .models.modify_doc_to_video_task_status_response import ModifyDocToVideoTaskStatusResponse
    from .models.modify_image_sprite_template_response import ModifyImageSpriteTemplateResponse
    from .models.modify_input import ModifyInput
    from .models.modify_live_record_template_response import ModifyLiveRecordTemplateResponse
    from .models.modify_output_info import ModifyOutputInfo
    from .models.modify_person_sample_response import ModifyPersonSampleResponse
    from .models.modify_process_image_template_response import ModifyProcessImageTemplateResponse
    from .models.modify_quality_control_template_response import (
        ModifyQualityControlTemplateResponse,
    )
    from .models.modify_sample_snapshot_template_response import (
        ModifySampleSnapshotTemplateResponse,
    )
    from .models.modify_schedule_response import ModifyScheduleResponse
    from .models.modify_smart_erase_template_response import ModifySmartEraseTemplateResponse
    from .models.modify_smart_subtitle_template_response import ModifySmartSubtitleTemplateResponse
    from .models.modify_snapshot_by_time_offset_template_response import (
        ModifySnapshotByTimeOffsetTemplateResponse,
    )
    from .models.modify_stream_link_event_response import ModifyStreamLinkEventResponse
    from .models.modify_stream_link_flow_response import ModifyStreamLinkFlowResponse
    from .models.modify_stream_link_input_response import ModifyStreamLinkInputResponse
    from .models.modify_stream_link_output_info_response import ModifyStreamLinkOutputInfoResponse
    from .models.modify_stream_link_security_group_response import (
        ModifyStreamLinkSecurityGroupResponse,
    )
    from .models.modify_stream_package_linear_assembly_channel_response import (
        ModifyStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.modify_stream_package_linear_assembly_program_response import (
        ModifyStreamPackageLinearAssemblyProgramResponse,
    )
    from .models.modify_stream_package_source_location_response import (
        ModifyStreamPackageSourceLocationResponse,
    )
    from .models.modify_stream_package_source_response import ModifyStreamPackageSourceResponse
    from .models.modify_stream_package_ssai_channel_response import (
        ModifyStreamPackageSSAIChannelResponse,
    )
    from .models.modify_subtitle_embed_template_response import ModifySubtitleEmbedTemplateResponse
    from .models.modify_transcode_template_response import ModifyTranscodeTemplateResponse
    from .models.modify_watermark_template_response import ModifyWatermarkTemplateResponse
    from .models.modify_word_sample_response import ModifyWordSampleResponse
    from .models.mp4_configure_info import MP4ConfigureInfo
    from .models.ocr_full_text_configure_info import OcrFullTextConfigureInfo
    from .models.ocr_full_text_configure_info_for_update import OcrFullTextConfigureInfoForUpdate
    from .models.ocr_words_configure_info import OcrWordsConfigureInfo
    from .models.ocr_words_configure_info_for_update import OcrWordsConfigureInfoForUpdate
    from .models.output_info import OutputInfo
    from .models.output_req import OutputReq
    from .models.parse_live_stream_process_notification_response import (
        ParseLiveStreamProcessNotificationResponse,
    )
    from .models.parse_notification_response import ParseNotificationResponse
    from .models.playback_info_req import PlaybackInfoReq
    from .models.political_configure_info import PoliticalConfigureInfo
    from .models.political_configure_info_for_update import PoliticalConfigureInfoForUpdate
    from .models.porn_configure_info import PornConfigureInfo
    from .models.porn_configure_info_for_update import PornConfigureInfoForUpdate
    from .models.process_image_response import ProcessImageResponse
    from .models.process_image_template import ProcessImageTemplate
    from .models.process_live_stream_response import ProcessLiveStreamResponse
    from .models.process_media_response import ProcessMediaResponse
    from .models.prohibited_configure_info import ProhibitedConfigureInfo
    from .models.prohibited_configure_info_for_update import ProhibitedConfigureInfoForUpdate
    from .models.project import Project
    from .models.quality_control_item_config import QualityControlItemConfig
    from .models.quality_control_strategy import QualityControlStrategy
    from .models.quality_control_template import QualityControlTemplate
    from .models.query_hunyuan3_d_task_response import QueryHunyuan3DTaskResponse
    from .models.query_project_response import QueryProjectResponse
    from .models.query_task_filter import QueryTaskFilter
    from .models.recognize_audio_response import RecognizeAudioResponse
    from .models.recognize_media_for_zhi_xue_response import RecognizeMediaForZhiXueResponse
    from .models.reset_workflow_response import ResetWorkflowResponse
    from .models.sample_snapshot_template import SampleSnapshotTemplate
    from .models.schedules_info import SchedulesInfo
    from .models.search_value_input import SearchValueInput
    from .models.segment_deliver_info import SegmentDeliverInfo
    from .models.selecting_subtitle_areas_config import SelectingSubtitleAreasConfig
    from .models.slate_info import SlateInfo
    from .models.smart_erase_privacy_config import SmartErasePrivacyConfig
    from .models.smart_erase_subtitle_config import SmartEraseSubtitleConfig
    from .models.smart_erase_task_input import SmartEraseTaskInput
    from .models.smart_erase_template_item import SmartEraseTemplateItem
    from .models.smart_erase_watermark_config import SmartEraseWatermarkConfig
    from .models.smart_subtitle_template_item import SmartSubtitleTemplateItem
    from .models.smart_subtitles_task_input import SmartSubtitlesTaskInput
    from .models.snapshot_by_time_offset_template import SnapshotByTimeOffsetTemplate
    from .models.source_info import SourceInfo
    from .models.source_location_info import SourceLocationInfo
    from .models.source_package_conf import SourcePackageConf
    from .models.source_tag import SourceTag
    from .models.speakers import Speakers
    from .models.ssai_channel_info import SSAIChannelInfo
    from .models.ssai_conf import SSAIConf
    from .models.start_stream_link_flow_response import StartStreamLinkFlowResponse
    from .models.start_stream_package_linear_assembly_channel_response import (
        StartStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.stop_stream_link_flow_response import StopStreamLinkFlowResponse
    from .models.stop_stream_package_linear_assembly_channel_response import (
        StopStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.submit_hunyuan3_d_task_response import SubmitHunyuan3DTaskResponse
    from .models.subtitle_embed_config import SubtitleEmbedConfig
    from .models.subtitle_embed_template_item import SubtitleEmbedTemplateItem
    from .models.svg_watermark_input import SvgWatermarkInput
    from .models.svg_watermark_input_for_update import SvgWatermarkInputForUpdate
    from .models.sync_dubbing_output_option import SyncDubbingOutputOption
    from .models.sync_dubbing_response import SyncDubbingResponse
    from .models.tag_configure_info import TagConfigureInfo
    from .models.tag_configure_info_for_update import TagConfigureInfoForUpdate
    from .models.task_notify_config import TaskNotifyConfig
    from .models.task_output_storage import TaskOutputStorage
    from .models.task_simple_info import TaskSimpleInfo
    from .models.tehd_config import TEHDConfig
    from .models.tehd_config_for_update import TEHDConfigForUpdate
    from .models.term_base import TermBase
    from .models.terrorism_configure_info import TerrorismConfigureInfo
    from .models.terrorism_configure_info_for_update import TerrorismConfigureInfoForUpdate
    from .models.text_to_speech_async_response import TextToSpeechAsyncResponse
    from .models.text_to_speech_response import TextToSpeechResponse
    from .models.text_translation_response import TextTranslationResponse
    from .models.text_watermark_template_input import TextWatermarkTemplateInput
    from .models.text_watermark_template_input_for_update import TextWatermarkTemplateInputForUpdate
    from .models.time_shift_info import TimeShiftInfo
    from .models.transcode_template import TranscodeTemplate
    from .models.translate_configure_info import TranslateConfigureInfo
    from .models.translate_configure_info_for_update import TranslateConfigureInfoForUpdate
    from .models.unattach_security_group_in_out_info import UnattachSecurityGroupInOutInfo
    from .models.update_project_response import UpdateProjectResponse
    from .models.update_voice_response import UpdateVoiceResponse
    from .models.user_define_configure_info import UserDefineConfigureInfo
    from .models.user_define_configure_info_for_update import UserDefineConfigureInfoForUpdate
    from .models.video_drama_cos_info import VideoDramaCosInfo
    from .models.video_redraw_cos_info import VideoRedrawCosInfo
    from .models.video_redraw_input import VideoRedrawInput
    from .models.video_redraw_task_info import VideoRedrawTaskInfo
    from .models.video_template_info import VideoTemplateInfo
    from .models.video_template_info_for_update import VideoTemplateInfoForUpdate
    from .models.view_image import ViewImage
    from .models.voice_info import VoiceInfo
    from .models.voice_profile import VoiceProfile
    from .models.voice_update_fields import VoiceUpdateFields
    from .models.watermark_template import WatermarkTemplate
    from .models.withdraws_watermark_response import WithdrawsWatermarkResponse
    from .models.workflow_info import WorkflowInfo
    from .models.workflow_trigger import WorkflowTrigger

__all__ = ["AsyncClient"]


class AsyncClient(AsyncBaseClient):
    """Asynchronous client of Tencent Cloud Media Processing Service (MPS), API version 2019-06-12.

    ``AsyncClient()`` finds credentials in the environment or the profile file; see the README for
    every option (region, endpoint, timeouts, attempts). Use it in ``async with`` (or ``await
    client.close()``); every method is a coroutine, paginators and watchers are ``async for``.
    """

    service: ClassVar[ServiceModel] = SERVICE

    async def activate_ssai(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> ActivateSSAIResponse:
        """Activate server-side ad insertion (SSAI) for the account.

        Turns on the SSAI service for the calling account. The request takes no parameters and
        the response carries only the request ID. Use DescribeSSAIActivateState to check the
        result.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.activate_ssai_request import ActivateSSAIRequest

        request = ActivateSSAIRequest(unknown_fields=dict(extra_params) if extra_params else None)
        raw: RawResponse[ActivateSSAIResponse] = await self._invoke(
            _ops.ACTIVATE_SSAI, request, timeout=timeout
        )
        return raw.parsed

    async def activate_stream_package(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> ActivateStreamPackageResponse:
        """Activate StreamPackage for the account.

        Registers the calling account as a StreamPackage user. The request takes no parameters
        and the response carries only the request ID. Use DescribeStreamPackageActivateState to
        check whether activation succeeded.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.activate_stream_package_request import ActivateStreamPackageRequest

        request = ActivateStreamPackageRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[ActivateStreamPackageResponse] = await self._invoke(
            _ops.ACTIVATE_STREAM_PACKAGE, request, timeout=timeout
        )
        return raw.parsed

    async def batch_delete_stream_link_flow(
        self,
        event_id: str,
        *,
        flow_ids: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BatchDeleteStreamLinkFlowResponse:
        """Delete several media transport flows of an event at once.

        Deletes the listed flows of a StreamLink event. When FlowIds is omitted, every media
        transport flow under the event is deleted.

        Args:
            event_id: ID of the StreamLink event whose flows are deleted. Required.
            flow_ids: IDs of the flows under the event to delete; when omitted, all media transport flows of the event are deleted.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.batch_delete_stream_link_flow_request import BatchDeleteStreamLinkFlowRequest

        request = BatchDeleteStreamLinkFlowRequest(
            event_id=event_id,
            flow_ids=flow_ids,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[BatchDeleteStreamLinkFlowResponse] = await self._invoke(
            _ops.BATCH_DELETE_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def batch_process_media(
        self,
        input_info: list[MediaInputInfo],
        *,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        smart_subtitles_task: SmartSubtitlesTaskInput | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_context: str | None = None,
        resource_id: str | None = None,
        skip_mate_data: int | None = None,
        task_mode: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BatchProcessMediaResponse:
        """Start a batch processing task on video URLs.

        Runs smart subtitle processing (full speech recognition, speech hotwords and speech
        translation) on a batch of input files. Output goes to the given storage and directory,
        inheriting the input location when not set; URL inputs require COS output storage. Tasks
        can run in parallel (default) or serially, and the call returns the task ID.

        Args:
            input_info: Input files to process. Required.
            output_storage: Target storage of the output files; inherits the storage of InputInfo when empty.
            output_dir: Output directory, starting and ending with /, for example /movie/201907/.
            smart_subtitles_task: Smart subtitle task to run on the inputs.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            tasks_priority: Priority of the task flow, from -10 to 10; larger values run first.
            session_context: Caller-defined context passed through and returned in task flow status callbacks; up to 1000 characters.
            resource_id: ID of the resource to use, which must be enabled.
            skip_mate_data: Whether to skip fetching media metadata: 0 (default) does not skip, 1 skips.
            task_mode: Execution mode of the batch: Parallel (default) or Serial.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.batch_process_media_request import BatchProcessMediaRequest

        request = BatchProcessMediaRequest(
            input_info=input_info,
            output_storage=output_storage,
            output_dir=output_dir,
            smart_subtitles_task=smart_subtitles_task,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_context=session_context,
            resource_id=resource_id,
            skip_mate_data=skip_mate_data,
            task_mode=task_mode,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[BatchProcessMediaResponse] = await self._invoke(
            _ops.BATCH_PROCESS_MEDIA, request, timeout=timeout
        )
        return raw.parsed

    async def batch_start_stream_link_flow(
        self,
        event_id: str,
        *,
        flow_ids: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BatchStartStreamLinkFlowResponse:
        """Start several media transport flows of an event at once.

        Starts the listed flows of a StreamLink event. When FlowIds is omitted, every media
        transport flow under the event is started.

        Args:
            event_id: ID of the StreamLink event whose flows are started. Required.
            flow_ids: IDs of the flows under the event to start; when omitted, all media transport flows of the event are started.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.batch_start_stream_link_flow_request import BatchStartStreamLinkFlowRequest

        request = BatchStartStreamLinkFlowRequest(
            event_id=event_id,
            flow_ids=flow_ids,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[BatchStartStreamLinkFlowResponse] = await self._invoke(
            _ops.BATCH_START_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def batch_stop_stream_link_flow(
        self,
        event_id: str,
        *,
        flow_ids: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> BatchStopStreamLinkFlowResponse:
        """Stop several media transport flows of an event at once.

        Stops the listed flows of a StreamLink event. When FlowIds is omitted, every media
        transport flow under the event is stopped.

        Args:
            event_id: ID of the StreamLink event whose flows are stopped. Required.
            flow_ids: IDs of the flows to stop; when omitted, all media transport flows of the event are stopped.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.batch_stop_stream_link_flow_request import BatchStopStreamLinkFlowRequest

        request = BatchStopStreamLinkFlowRequest(
            event_id=event_id,
            flow_ids=flow_ids,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[BatchStopStreamLinkFlowResponse] = await self._invoke(
            _ops.BATCH_STOP_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def change_voice(
        self,
        *,
        audio_data: str | None = None,
        audio_url: str | None = None,
        voice_id: str | None = None,
        output: SyncDubbingOutputOption | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ChangeVoiceResponse:
        """Convert an audio clip to a chosen voice.

        Synchronously converts the input audio, given as base64 data or a URL, into the voice
        identified by VoiceId. The converted audio is returned as base64 (mp3 by default) or as
        a URL valid for 24 hours.

        Args:
            audio_data: Base64-encoded audio to convert.
            audio_url: URL of the audio to convert; used only when AudioData is empty.
            voice_id: ID of the target voice.
            output: Output options for the converted audio.
            ext_param: Extra parameters as a JSON string, for example a time range.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.change_voice_request import ChangeVoiceRequest

        request = ChangeVoiceRequest(
            audio_data=audio_data,
            audio_url=audio_url,
            voice_id=voice_id,
            output=output,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ChangeVoiceResponse] = await self._invoke(
            _ops.CHANGE_VOICE, request, timeout=timeout
        )
        return raw.parsed

    async def clone_viral(
        self,
        *,
        video_url: str,
        product: CloneViralProduct | None = None,
        aigc_param: CloneViralAIGC | None = None,
        content_param: CloneViralContent | None = None,
        persona: CloneViralPersona | None = None,
        output: CloneViralOutputOption | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CloneViralResponse:
        """Clone a viral video for a new product.

        Takes a viral reference video and product images and generates a new video whose style
        and rhythm match the reference. Options cover the AIGC settings, content and market, the
        presenter's appearance and the output location. Returns a task ID to poll for progress
        and results.

        Args:
            video_url: URL of the viral reference video to clone. Required.
            product: Product information; required in every mode except depth extraction.
            aigc_param: Settings for AIGC video generation.
            content_param: Content and style settings.
            persona: Appearance of the model shown in the video.
            output: Where and how the result is delivered.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.clone_viral_request import CloneViralRequest

        request = CloneViralRequest(
            video_url=video_url,
            product=product,
            aigc_param=aigc_param,
            content_param=content_param,
            persona=persona,
            output=output,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CloneViralResponse] = await self._invoke(
            _ops.CLONE_VIRAL, request, timeout=timeout
        )
        return raw.parsed

    async def clone_voice(
        self,
        *,
        audio_data: str | None = None,
        audio_url: str | None = None,
        audio_lang: str | None = None,
        voice_profile: VoiceProfile | None = None,
        text: str | None = None,
        text_lang: str | None = None,
        output: SyncDubbingOutputOption | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CloneVoiceResponse:
        """Clone a new voice from a reference audio clip.

        Synchronous call that creates a voice from reference audio given as base64 data or a URL
        and returns its VoiceId. An optional preview text is synthesized with the new voice and
        returned as base64 audio or a URL valid for 24 hours.

        Args:
            audio_data: Base64-encoded reference audio to clone.
            audio_url: URL of the reference audio; used only when AudioData is empty.
            audio_lang: Language of the reference audio, Chinese by default; supports the same languages as TextLang in speech synthesis.
            voice_profile: Attributes of the voice, used for voice lookup and matching.
            text: Text to synthesize as a preview with the cloned voice.
            text_lang: Language of the preview text; detected automatically when omitted.
            output: Output options, such as the form of the output audio.
            ext_param: Extra parameters as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.clone_voice_request import CloneVoiceRequest

        request = CloneVoiceRequest(
            audio_data=audio_data,
            audio_url=audio_url,
            audio_lang=audio_lang,
            voice_profile=voice_profile,
            text=text,
            text_lang=text_lang,
            output=output,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CloneVoiceResponse] = await self._invoke(
            _ops.CLONE_VOICE, request, timeout=timeout
        )
        return raw.parsed

    async def create_ai_analysis_template(
        self,
        *,
        name: str | None = None,
        comment: str | None = None,
        classification_configure: ClassificationConfigureInfo | None = None,
        tag_configure: TagConfigureInfo | None = None,
        cover_configure: CoverConfigureInfo | None = None,
        frame_tag_configure: FrameTagConfigureInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAIAnalysisTemplateResponse:
        """Create a custom content analysis template.

        Creates a user-defined template that controls intelligent classification, tagging, cover
        generation and frame-by-frame tagging. Each account can hold at most 50 custom analysis
        templates. Returns the Definition of the new template.

        Args:
            name: Name of the new content analysis template, up to 64 characters.
            comment: Description of the new content analysis template, up to 256 characters.
            classification_configure: Settings of the intelligent classification task.
            tag_configure: Settings of the intelligent tagging task.
            cover_configure: Settings of the intelligent cover task.
            frame_tag_configure: Settings of the frame-by-frame tagging task.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_ai_analysis_template_request import CreateAIAnalysisTemplateRequest

        request = CreateAIAnalysisTemplateRequest(
            name=name,
            comment=comment,
            classification_configure=classification_configure,
            tag_configure=tag_configure,
            cover_configure=cover_configure,
            frame_tag_configure=frame_tag_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAIAnalysisTemplateResponse] = await self._invoke(
            _ops.CREATE_AI_ANALYSIS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_ai_recognition_template(
        self,
        *,
        name: str | None = None,
        comment: str | None = None,
        face_configure: FaceConfigureInfo | None = None,
        ocr_full_text_configure: OcrFullTextConfigureInfo | None = None,
        ocr_words_configure: OcrWordsConfigureInfo | None = None,
        asr_full_text_configure: AsrFullTextConfigureInfo | None = None,
        asr_words_configure: AsrWordsConfigureInfo | None = None,
        translate_configure: TranslateConfigureInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAIRecognitionTemplateResponse:
        """Create a custom content recognition template.

        Creates a user-defined template that controls face, OCR (full text and keywords), speech
        (full text and keywords) and speech translation recognition. Each account can hold at
        most 50 custom recognition templates. Returns the Definition of the new template.

        Args:
            name: Name of the new content recognition template, up to 64 characters.
            comment: Description of the new content recognition template, up to 256 characters.
            face_configure: Settings of the face recognition task.
            ocr_full_text_configure: Settings of the full-text OCR recognition task.
            ocr_words_configure: Settings of the OCR keyword recognition task.
            asr_full_text_configure: Settings of the full-text speech recognition task.
            asr_words_configure: Settings of the speech keyword recognition task.
            translate_configure: Settings of the speech translation task.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_ai_recognition_template_request import (
            CreateAIRecognitionTemplateRequest,
        )

        request = CreateAIRecognitionTemplateRequest(
            name=name,
            comment=comment,
            face_configure=face_configure,
            ocr_full_text_configure=ocr_full_text_configure,
            ocr_words_configure=ocr_words_configure,
            asr_full_text_configure=asr_full_text_configure,
            asr_words_configure=asr_words_configure,
            translate_configure=translate_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAIRecognitionTemplateResponse] = await self._invoke(
            _ops.CREATE_AI_RECOGNITION_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_adaptive_dynamic_streaming_template(
        self,
        *,
        format: str,
        stream_infos: list[AdaptiveStreamTemplate],
        name: str | None = None,
        disable_higher_video_bitrate: int | None = None,
        disable_higher_video_resolution: int | None = None,
        comment: str | None = None,
        pure_audio: int | None = None,
        segment_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAdaptiveDynamicStreamingTemplateResponse:
        """Create an adaptive bitrate streaming template.

        Creates a user-defined template that packages up to 10 sub-streams as HLS or MPEG-DASH,
        with options such as segment type and audio-only mode. An account can hold at most 100
        such templates. Returns the Definition of the new template.

        Args:
            format: Adaptive streaming output format: HLS or MPEG-DASH. Required.
            stream_infos: Parameters of the output sub-streams, at most 10. Required.
            name: Name of the template, at most 64 characters.
            disable_higher_video_bitrate: Whether to forbid converting a low-bitrate video to a higher bitrate: 0 (default) allows it, 1 forbids it.
            disable_higher_video_resolution: Whether to forbid upscaling a video to a higher resolution: 0 (default) allows it, 1 forbids it.
            comment: Description of the template, at most 256 characters.
            pure_audio: Template kind: 0 for video, 1 for audio only.
            segment_type: Segment type that determines the segment format of the adaptive stream; defaults to ts-segment.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_adaptive_dynamic_streaming_template_request import (
            CreateAdaptiveDynamicStreamingTemplateRequest,
        )

        request = CreateAdaptiveDynamicStreamingTemplateRequest(
            format=format,
            stream_infos=stream_infos,
            name=name,
            disable_higher_video_bitrate=disable_higher_video_bitrate,
            disable_higher_video_resolution=disable_higher_video_resolution,
            comment=comment,
            pure_audio=pure_audio,
            segment_type=segment_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAdaptiveDynamicStreamingTemplateResponse] = await self._invoke(
            _ops.CREATE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_agent_record_task(
        self,
        *,
        live_room_url: str,
        max_duration_minutes: int,
        store_cos_param: AgentStoreCosParam,
        start_time: datetime | str | None = None,
        interrupt_policy: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAgentRecordTaskResponse:
        """Create an Agent recording task for a live room.

        Records the live room at the given URL for up to 720 minutes and uploads the files to
        the given COS bucket, which requires the MPS_QcsRole role. Recording starts immediately
        or at a scheduled StartTime, and can stop or continue when the stream is interrupted.
        Returns a task ID to poll with DescribeAgentRecordTask.

        Args:
            live_room_url: URL of the live room to record. Required.
            max_duration_minutes: Maximum recording duration in minutes, up to 720. Required.
            store_cos_param: COS bucket where result files are stored; COS must be activated and the MPS_QcsRole role created and authorized. Required.
            start_time: Scheduled start of recording in ISO 8601 format, for example 2026-07-01T15:31:32+08:00.
            interrupt_policy: What to do when the live stream breaks: STOP_ON_INTERRUPT (default) or CONTINUE_UNTIL_END.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_agent_record_task_request import CreateAgentRecordTaskRequest

        request = CreateAgentRecordTaskRequest(
            live_room_url=live_room_url,
            max_duration_minutes=max_duration_minutes,
            store_cos_param=store_cos_param,
            start_time=start_time,
            interrupt_policy=interrupt_policy,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAgentRecordTaskResponse] = await self._invoke(
            _ops.CREATE_AGENT_RECORD_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_ai_drama_task(
        self,
        *,
        input: AiDramaInput,
        cos_info: VideoDramaCosInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAiDramaTaskResponse:
        """Start an AI comic drama task that turns a script into a video.

        Runs the AI comic drama workflow: the input script is split into storyboard shots
        automatically and a comic-style drama video is generated in the chosen style, aspect
        ratio and resolution. Results can be stored in your COS bucket. Returns the TaskId of
        the new task.

        Args:
            input: Script and generation settings of the AI comic drama. Required.
            cos_info: Your COS bucket information for storing the generated output.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_ai_drama_task_request import CreateAiDramaTaskRequest

        request = CreateAiDramaTaskRequest(
            input=input,
            cos_info=cos_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAiDramaTaskResponse] = await self._invoke(
            _ops.CREATE_AI_DRAMA_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_ai_fission_task(
        self,
        *,
        input: AiFissionInput,
        cos_info: VideoDramaCosInfo | None = None,
        task_info: FissionTaskInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAiFissionTaskResponse:
        """Start an AI video fission task for product videos.

        Generates promotional product videos from reference images and optional product copy.
        Task settings control duration, model tier, aspect ratio, resolution, target market,
        language, video type and the on-screen model. Returns the TaskId of the new task.

        Args:
            input: Reference images and product copy for the AI video fission. Required.
            cos_info: Your COS bucket information for storing the generated videos.
            task_info: Settings of the fission task itself, such as what to generate.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_ai_fission_task_request import CreateAiFissionTaskRequest

        request = CreateAiFissionTaskRequest(
            input=input,
            cos_info=cos_info,
            task_info=task_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAiFissionTaskResponse] = await self._invoke(
            _ops.CREATE_AI_FISSION_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_aigc_audio_task(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        scene_type: str | None = None,
        prompt: str | None = None,
        video_infos: list[AigcAudioReferenceVideoInfo] | None = None,
        audio_infos: list[AigcAudioReferenceAudioInfo] | None = None,
        store_cos_param: AigcStoreCosParam | None = None,
        extra_parameters: AigcAudioExtraParam | None = None,
        additional_parameters: str | None = None,
        operator: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAigcAudioTaskResponse:
        """Start an AI audio generation task.

        Creates an asynchronous task that generates audio, such as music, with models like GL,
        MiniMaxMusic, EL or Mureka, from a prompt and optional reference audio or video. Returns
        a task ID; poll DescribeAigcAudioTask for progress and results. Results can also be
        stored in a COS bucket.

        Args:
            model_name: Model to use for music generation: GL, MiniMaxMusic, EL or Mureka.
            model_version: Specific model version; defaults to the current stable version.
            scene_type: Generation scenario; music for music generation.
            prompt: Description of the music to generate, at most 2000 characters.
            video_infos: Reference videos, supported by some models only: Kling for video-to-sound-effects and EL for adding background music to a video.
            audio_infos: Reference audio, for example for the cover feature of MiniMaxMusic when generating music from input audio.
            store_cos_param: COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role created and authorized.
            extra_parameters: Additional required parameters, such as the output audio format.
            additional_parameters: Model-specific parameters as a JSON-serialized string.
            operator: Name of the operator calling the API.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_aigc_audio_task_request import CreateAigcAudioTaskRequest

        request = CreateAigcAudioTaskRequest(
            model_name=model_name,
            model_version=model_version,
            scene_type=scene_type,
            prompt=prompt,
            video_infos=video_infos,
            audio_infos=audio_infos,
            store_cos_param=store_cos_param,
            extra_parameters=extra_parameters,
            additional_parameters=additional_parameters,
            operator=operator,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAigcAudioTaskResponse] = await self._invoke(
            _ops.CREATE_AIGC_AUDIO_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_aigc_image_task(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        scene_type: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        enhance_prompt: bool | None = None,
        image_infos: list[AigcImageInfo] | None = None,
        output_image_count: int | None = None,
        extra_parameters: AigcImageExtraParam | None = None,
        additional_parameters: str | None = None,
        store_cos_param: AigcStoreCosParam | None = None,
        operator: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAigcImageTaskResponse:
        """Start an AIGC image generation task.

        Creates an asynchronous task that generates images with models such as Hunyuan, Qwen,
        Vidu, Kling or wand-vega-image, from a prompt and optional reference images. Returns a
        task ID; poll DescribeAigcImageTask for the result. Results can also be stored in a COS
        bucket.

        Args:
            model_name: Model to use: Hunyuan, Qwen, Vidu, Kling or wand-vega-image.
            model_version: Specific model version; defaults to the current stable version.
            scene_type: Scenario-specific generation, supported by some models only; 3d_panorama produces a panorama (Hunyuan only).
            prompt: Description of the image to generate; required when no reference image is given.
            negative_prompt: What the model should avoid generating, for example top lighting or bright colors.
            enhance_prompt: Whether to automatically refine the prompt to improve quality.
            image_infos: Reference images; one by default.
            output_image_count: Number of images to output; currently 1 by default.
            extra_parameters: Additional model parameters such as aspect ratio, resolution and output format.
            additional_parameters: Model-specific parameters as a JSON-serialized string, for example {"size":"1024x1024"}.
            store_cos_param: COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role created and authorized.
            operator: Name of the operator calling the API.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_aigc_image_task_request import CreateAigcImageTaskRequest

        request = CreateAigcImageTaskRequest(
            model_name=model_name,
            model_version=model_version,
            scene_type=scene_type,
            prompt=prompt,
            negative_prompt=negative_prompt,
            enhance_prompt=enhance_prompt,
            image_infos=image_infos,
            output_image_count=output_image_count,
            extra_parameters=extra_parameters,
            additional_parameters=additional_parameters,
            store_cos_param=store_cos_param,
            operator=operator,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAigcImageTaskResponse] = await self._invoke(
            _ops.CREATE_AIGC_IMAGE_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_aigc_video_task(
        self,
        *,
        model_name: str | None = None,
        model_version: str | None = None,
        scene_type: str | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        enhance_prompt: bool | None = None,
        image_url: str | None = None,
        last_image_url: str | None = None,
        image_infos: list[AigcVideoReferenceImageInfo] | None = None,
        video_infos: list[AigcVideoReferenceVideoInfo] | None = None,
        audio_infos: list[AigcVideoReferenceAudioInfo] | None = None,
        subject_infos: list[AigcVideoReferenceSubjectInfo] | None = None,
        duration: int | None = None,
        extra_parameters: AigcVideoExtraParam | None = None,
        store_cos_param: AigcStoreCosParam | None = None,
        additional_parameters: str | None = None,
        operator: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAigcVideoTaskResponse:
        """Start an AI video generation task.

        Creates an asynchronous task that generates a video with models such as Hunyuan, Hailuo,
        Kling, Vidu, PixVerse, Mingmou, H2 or wand-vega-video, from a prompt, images, reference
        videos, audio or subjects. Returns a task ID; poll DescribeAigcVideoTask for progress
        and results.

        Args:
            model_name: Model to use: Hunyuan, wand-vega-video, Hailuo, Kling, Vidu, PixVerse, Mingmou or H2.
            model_version: Specific model version; defaults to the current stable version.
            scene_type: Generation scenario, supported by some models only.
            prompt: Description of the video to generate; required when no image is given.
            negative_prompt: What the model should avoid generating, for example top lighting, people or animals.
            enhance_prompt: Whether to automatically refine the prompt to improve quality.
            image_url: URL of the image that guides generation, reachable from the public internet.
            last_image_url: URL of an image used as the last frame of the video.
            image_infos: Several reference images for multi-image video generation, each at most 10 MB, jpeg or png.
            video_infos: Reference videos, currently supported only by Kling O1 and 3.0-Omni (as feature reference or video to edit, optionally keeping the original sound), Vidu q2-pro and H2 1.0.
            audio_infos: Reference audio passed by URL; supported by some models.
            subject_infos: Reference subjects to appear in the video.
            duration: Length of the generated video in seconds.
            extra_parameters: Additional parameters such as resolution, aspect ratio and audio options.
            store_cos_param: COS bucket to store the result files in; COS must be activated and the MPS_QcsRole role created and authorized.
            additional_parameters: Model-specific parameters or per-shot prompts as a JSON-serialized string, for example {"camera_control":{"type":"simple"}}.
            operator: Name of the operator calling the API.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_aigc_video_task_request import CreateAigcVideoTaskRequest

        request = CreateAigcVideoTaskRequest(
            model_name=model_name,
            model_version=model_version,
            scene_type=scene_type,
            prompt=prompt,
            negative_prompt=negative_prompt,
            enhance_prompt=enhance_prompt,
            image_url=image_url,
            last_image_url=last_image_url,
            image_infos=image_infos,
            video_infos=video_infos,
            audio_infos=audio_infos,
            subject_infos=subject_infos,
            duration=duration,
            extra_parameters=extra_parameters,
            store_cos_param=store_cos_param,
            additional_parameters=additional_parameters,
            operator=operator,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAigcVideoTaskResponse] = await self._invoke(
            _ops.CREATE_AIGC_VIDEO_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_animated_graphics_template(
        self,
        *,
        fps: int,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        format: str | None = None,
        quality: float | None = None,
        name: str | None = None,
        comment: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAnimatedGraphicsTemplateResponse:
        """Create a custom template for converting video to animated images.

        Defines the frame rate, size, format (gif or webp) and quality of animated images cut
        from video. At most 16 custom templates can exist. Returns the Definition of the new
        template.

        Args:
            fps: Frame rate in Hz, in the range [1, 30]. Required.
            width: Maximum width (or long side) in px: 0 or [128, 4096].
            height: Maximum height (or short side) in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height mean the long and short sides.
            format: Animated image format.
            quality: Image quality in the range [1, 100].
            name: Template name, at most 64 characters.
            comment: Template description, at most 256 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_animated_graphics_template_request import (
            CreateAnimatedGraphicsTemplateRequest,
        )

        request = CreateAnimatedGraphicsTemplateRequest(
            fps=fps,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            format=format,
            quality=quality,
            name=name,
            comment=comment,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAnimatedGraphicsTemplateResponse] = await self._invoke(
            _ops.CREATE_ANIMATED_GRAPHICS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_asr_hotwords(
        self,
        *,
        type: int,
        name: str,
        content: str | None = None,
        file_content: str | None = None,
        file_name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateAsrHotwordsResponse:
        """Create a hotword library for smart subtitles.

        Creates a hotword library that smart subtitle templates can use to improve speech
        recognition. Hotwords are supplied either as text (a temporary library, Type 0) or as a
        base64 file (a file-based library, Type 1). Returns the ID of the new library.

        Args:
            type: Kind of library: 0 for temporary hotwords given as text, 1 for hotwords given as a file. Required.
            name: Name of the hotword library. Required.
            content: Hotword text; required when Type is 0.
            file_content: Base64 content of the hotword file; required when Type is 1.
            file_name: Name of the uploaded hotword file.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_asr_hotwords_request import CreateAsrHotwordsRequest

        request = CreateAsrHotwordsRequest(
            type=type,
            name=name,
            content=content,
            file_content=file_content,
            file_name=file_name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateAsrHotwordsResponse] = await self._invoke(
            _ops.CREATE_ASR_HOTWORDS, request, timeout=timeout
        )
        return raw.parsed

    async def create_blind_watermark_template(
        self,
        *,
        type: str,
        text_content: str,
        name: str | None = None,
        comment: str | None = None,
        strength: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateBlindWatermarkTemplateResponse:
        """Create a custom digital watermark template.

        Defines a blind watermark of type blind-basic or blind-nagra with its text (up to 64
        characters) and strength. The text of a NAGRA template cannot be changed later. Returns
        the ID of the new template.

        Args:
            type: Kind of digital watermark. Required.
            text_content: Watermark text, at most 64 characters. Required.
            name: Template name of up to 64 characters; letters (including Chinese), digits, _, - and .
            comment: Template description, at most 256 characters.
            strength: Watermark strength, trading picture quality against robustness.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_blind_watermark_template_request import (
            CreateBlindWatermarkTemplateRequest,
        )

        request = CreateBlindWatermarkTemplateRequest(
            type=type,
            text_content=text_content,
            name=name,
            comment=comment,
            strength=strength,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateBlindWatermarkTemplateResponse] = await self._invoke(
            _ops.CREATE_BLIND_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_content_review_template(
        self,
        *,
        name: str | None = None,
        comment: str | None = None,
        porn_configure: PornConfigureInfo | None = None,
        terrorism_configure: TerrorismConfigureInfo | None = None,
        political_configure: PoliticalConfigureInfo | None = None,
        prohibited_configure: ProhibitedConfigureInfo | None = None,
        user_define_configure: UserDefineConfigureInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateContentReviewTemplateResponse:
        """Create a custom content moderation template.

        Creates a user-defined template that sets the pornography, terrorism, sensitive-content,
        prohibited-content and custom moderation checks with their thresholds and labels. Each
        account can hold at most 50 custom moderation templates. Returns the Definition of the
        new template.

        Args:
            name: Name of the new content moderation template, up to 64 characters.
            comment: Description of the new content moderation template, up to 256 characters.
            porn_configure: Settings of the pornography detection task.
            terrorism_configure: Settings of the violence and terrorism detection task.
            political_configure: Settings of the politically sensitive content detection task.
            prohibited_configure: Settings for detecting prohibited content such as abuse and drug-related illegal content.
            user_define_configure: Settings of user-defined moderation rules.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_content_review_template_request import (
            CreateContentReviewTemplateRequest,
        )

        request = CreateContentReviewTemplateRequest(
            name=name,
            comment=comment,
            porn_configure=porn_configure,
            terrorism_configure=terrorism_configure,
            political_configure=political_configure,
            prohibited_configure=prohibited_configure,
            user_define_configure=user_define_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateContentReviewTemplateResponse] = await self._invoke(
            _ops.CREATE_CONTENT_REVIEW_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_doc_to_video_task(
        self,
        *,
        input: DocToVideoInput,
        cos_info: DocToVideoCosInfo | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateDocToVideoTaskResponse:
        """Create an AIGC task that generates a video from documents.

        Builds a video from up to 3 documents (pdf, pptx, docx, png or jpg) and a prompt, with
        options for aspect ratio, language, voice-over, captions, background and watermark.
        Results are saved to the given COS location. Query the task with DescribeAigcTaskStatus.

        Args:
            input: Input of the AIGC document-to-video generation. Required.
            cos_info: The user's COS information, used to save the generated results.
            resource_id: ID of the resource to use, which must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_doc_to_video_task_request import CreateDocToVideoTaskRequest

        request = CreateDocToVideoTaskRequest(
            input=input,
            cos_info=cos_info,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateDocToVideoTaskResponse] = await self._invoke(
            _ops.CREATE_DOC_TO_VIDEO_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_image_sprite_template(
        self,
        *,
        sample_type: str,
        sample_interval: int,
        row_count: int,
        column_count: int,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        fill_type: str | None = None,
        comment: str | None = None,
        format: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateImageSpriteTemplateResponse:
        """Create a custom sprite image template.

        Defines how thumbnails are sampled from video (by percentage or time interval), the rows
        and columns of each sprite, thumbnail size, fill mode and image format. At most 16
        custom templates can exist. Returns the Definition of the new template.

        Args:
            sample_type: How sampling points are spaced. Required.
            sample_interval: Sampling interval: a percentage of the duration when SampleType is Percent, or seconds when SampleType is Time. Required.
            row_count: Number of rows of thumbnails in each sprite image. Required.
            column_count: Number of columns of thumbnails in each sprite image. Required.
            name: Sprite template name, at most 64 characters.
            width: Maximum width (or long side) of each thumbnail in px: 0 or [128, 4096].
            height: Maximum height (or short side) of each thumbnail in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height mean the long and short sides.
            fill_type: How to fill when the configured size does not match the aspect ratio of the source video.
            comment: Template description, at most 256 characters.
            format: Image format of the sprite.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_image_sprite_template_request import CreateImageSpriteTemplateRequest

        request = CreateImageSpriteTemplateRequest(
            sample_type=sample_type,
            sample_interval=sample_interval,
            row_count=row_count,
            column_count=column_count,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            fill_type=fill_type,
            comment=comment,
            format=format,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateImageSpriteTemplateResponse] = await self._invoke(
            _ops.CREATE_IMAGE_SPRITE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_live_record_template(
        self,
        *,
        hls_configure: HLSConfigureInfo | None = None,
        mp4_configure: MP4ConfigureInfo | None = None,
        name: str | None = None,
        comment: str | None = None,
        record_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateLiveRecordTemplateResponse:
        """Create a live recording template.

        Defines how live streams are recorded, with either HLS or MP4 settings, a name, a
        comment and a record type (video, audio or auto). Returns the Definition of the new
        template.

        Args:
            hls_configure: HLS recording settings; exactly one of HLSConfigure and MP4Configure must be given.
            mp4_configure: MP4 recording settings; exactly one of MP4Configure and HLSConfigure must be given.
            name: Name of the recording template, up to 64 characters.
            comment: Description of the template, up to 256 characters.
            record_type: What to record: video (audio and video), audio (audio only) or auto (detect automatically).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_live_record_template_request import CreateLiveRecordTemplateRequest

        request = CreateLiveRecordTemplateRequest(
            hls_configure=hls_configure,
            mp4_configure=mp4_configure,
            name=name,
            comment=comment,
            record_type=record_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateLiveRecordTemplateResponse] = await self._invoke(
            _ops.CREATE_LIVE_RECORD_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_media_evaluation(
        self,
        input_info: MediaInputInfo,
        *,
        evaluation_task: EvaluationTaskInput,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateMediaEvaluationResponse:
        """Start a video quality evaluation task.

        Scores one source video against several transcoded videos or transcoding templates using
        metrics such as PSNR, SSIM and VMAF, and can compute the BD-Rate of different
        transcoding settings. The evaluation can cover the whole video or a time or frame range.
        Returns the task ID.

        Args:
            input_info: Source file to evaluate; the input type can currently be COS or URL. Required.
            evaluation_task: Parameters of the evaluation task. Required.
            output_storage: Target storage of the evaluation output; inherits the storage of InputInfo when empty.
            output_dir: Output directory of the evaluation files, starting and ending with /, for example /movie/201907/.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            tasks_priority: Task priority from -10 to 10; larger values run first.
            session_id: Deduplication ID, up to 50 characters: a request reusing an ID seen within the last three days returns an error.
            session_context: Caller-defined context passed through and returned in task flow status callbacks; up to 1000 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_media_evaluation_request import CreateMediaEvaluationRequest

        request = CreateMediaEvaluationRequest(
            input_info=input_info,
            evaluation_task=evaluation_task,
            output_storage=output_storage,
            output_dir=output_dir,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_id=session_id,
            session_context=session_context,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateMediaEvaluationResponse] = await self._invoke(
            _ops.CREATE_MEDIA_EVALUATION, request, timeout=timeout
        )
        return raw.parsed

    async def create_person_sample(
        self,
        *,
        name: str,
        usages: list[str],
        description: str | None = None,
        face_contents: list[str] | None = None,
        tags: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreatePersonSampleResponse:
        """Create a person sample for face-based recognition and review.

        Creates a person sample with a name, face images and tags. The sample is used, through
        facial feature detection, for content recognition, inappropriate content detection, or
        both. Returns the created sample and any face images that failed.

        Args:
            name: Name of the sample, at most 20 characters. Required.
            usages: Scenarios the sample is used in: Recognition (content recognition, same as Recognition.Face), Review (inappropriate content detection, same as Review.Face) or All (both). Required.
            description: Description of the sample, at most 1024 characters.
            face_contents: Base64-encoded jpeg or png images, at most 5.
            tags: Tags for the sample: at most 20 tags, each at most 128 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_person_sample_request import CreatePersonSampleRequest

        request = CreatePersonSampleRequest(
            name=name,
            usages=usages,
            description=description,
            face_contents=face_contents,
            tags=tags,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreatePersonSampleResponse] = await self._invoke(
            _ops.CREATE_PERSON_SAMPLE, request, timeout=timeout
        )
        return raw.parsed

    async def create_process_image_template(
        self,
        *,
        process_image_template: ImageTaskInput,
        name: str | None = None,
        comment: str | None = None,
        std_ext_info: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateProcessImageTemplateResponse:
        """Create an image processing template.

        Stores a set of image processing settings under a name and comment for reuse in image
        tasks. Returns the Definition of the new template.

        Args:
            process_image_template: Image processing settings stored in the template. Required.
            name: Template name, at most 64 characters.
            comment: Template description, at most 256 characters.
            std_ext_info: Extended parameters of the template as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_process_image_template_request import CreateProcessImageTemplateRequest

        request = CreateProcessImageTemplateRequest(
            process_image_template=process_image_template,
            name=name,
            comment=comment,
            std_ext_info=std_ext_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateProcessImageTemplateResponse] = await self._invoke(
            _ops.CREATE_PROCESS_IMAGE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_project(
        self,
        *,
        project_name: str,
        term_base: list[TermBase] | None = None,
        description: str | None = None,
        speakers: list[Speakers] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateProjectResponse:
        """Create a drama project.

        Creates a drama (series) project with a name, description, glossary of terms and a list
        of characters bound to voices. Returns the ID of the new project.

        Args:
            project_name: Name of the drama project. Required.
            term_base: Glossary of terms for the project.
            description: Free-text description of the project.
            speakers: Characters (speakers) appearing in the project.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_project_request import CreateProjectRequest

        request = CreateProjectRequest(
            project_name=project_name,
            term_base=term_base,
            description=description,
            speakers=speakers,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateProjectResponse] = await self._invoke(
            _ops.CREATE_PROJECT, request, timeout=timeout
        )
        return raw.parsed

    async def create_quality_control_template(
        self,
        *,
        name: str,
        quality_control_item_set: list[QualityControlItemConfig],
        comment: str | None = None,
        record_format: str | None = None,
        strategy: QualityControlStrategy | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateQualityControlTemplateResponse:
        """Create a media quality inspection template.

        Creates a user-defined template describing which quality checks to run and how to sample
        the media. An account can hold at most 50 such templates. Returns the Definition of the
        new template.

        Args:
            name: Name of the quality inspection template, at most 64 characters. Required.
            quality_control_item_set: Check items and their control parameters. Required.
            comment: Description of the template, at most 256 characters.
            record_format: Format of recorded evidence files; currently only PNG images.
            strategy: Sampling strategy of the inspection, for example timed spot checks.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_quality_control_template_request import (
            CreateQualityControlTemplateRequest,
        )

        request = CreateQualityControlTemplateRequest(
            name=name,
            quality_control_item_set=quality_control_item_set,
            comment=comment,
            record_format=record_format,
            strategy=strategy,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateQualityControlTemplateResponse] = await self._invoke(
            _ops.CREATE_QUALITY_CONTROL_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_sample_snapshot_template(
        self,
        *,
        sample_type: str,
        sample_interval: int,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        format: str | None = None,
        comment: str | None = None,
        fill_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateSampleSnapshotTemplateResponse:
        """Create a custom sampled screenshot template.

        Defines how screenshots are sampled from video (by percentage or time interval), their
        size, fill mode and image format. At most 16 custom templates can exist. Returns the
        Definition of the new template.

        Args:
            sample_type: How sampling points are spaced. Required.
            sample_interval: Sampling interval: a percentage of the duration when SampleType is Percent, or seconds when SampleType is Time. Required.
            name: Template name, at most 64 characters.
            width: Maximum screenshot width (or long side) in px: 0 or [128, 4096].
            height: Maximum screenshot height (or short side) in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height mean the long and short sides.
            format: Image format of the screenshots.
            comment: Template description, at most 256 characters.
            fill_type: How to fill when the configured size does not match the aspect ratio of the source video.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_sample_snapshot_template_request import (
            CreateSampleSnapshotTemplateRequest,
        )

        request = CreateSampleSnapshotTemplateRequest(
            sample_type=sample_type,
            sample_interval=sample_interval,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            format=format,
            comment=comment,
            fill_type=fill_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateSampleSnapshotTemplateResponse] = await self._invoke(
            _ops.CREATE_SAMPLE_SNAPSHOT_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_schedule(
        self,
        *,
        schedule_name: str,
        trigger: WorkflowTrigger,
        activities: list[Activity],
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateScheduleResponse:
        """Create a schedule that processes files uploaded to a bucket directory.

        Sets rules for media uploaded to a COS (or AWS S3) directory, covering transcoding,
        animated images, snapshots, sprites, adaptive streaming, content moderation, analysis
        and recognition, media quality inspection, smart subtitles and smart erasing. A new
        schedule is created disabled and must be enabled with EnableSchedule. Returns the
        schedule ID.

        Args:
            schedule_name: Name of the schedule, up to 128 characters and unique per user. Required.
            trigger: Trigger rule of the schedule; an uploaded file that matches it starts the schedule. Required.
            activities: Tasks (activities) that make up the schedule. Required.
            output_storage: Storage for the output files; inherits the storage of Trigger when empty.
            output_dir: Output directory, starting and ending with /, for example /movie/201907/.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            resource_id: ID of the resource to use, which must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_schedule_request import CreateScheduleRequest

        request = CreateScheduleRequest(
            schedule_name=schedule_name,
            trigger=trigger,
            activities=activities,
            output_storage=output_storage,
            output_dir=output_dir,
            task_notify_config=task_notify_config,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateScheduleResponse] = await self._invoke(
            _ops.CREATE_SCHEDULE, request, timeout=timeout
        )
        return raw.parsed

    async def create_smart_erase_template(
        self,
        *,
        name: str,
        erase_type: str,
        comment: str | None = None,
        erase_subtitle_config: SmartEraseSubtitleConfig | None = None,
        erase_watermark_config: SmartEraseWatermarkConfig | None = None,
        erase_privacy_config: SmartErasePrivacyConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateSmartEraseTemplateResponse:
        """Create a custom smart erase template.

        Defines what to erase from video: subtitles, watermarks or content for privacy
        protection, with the settings matching the chosen EraseType. Returns the Definition of
        the new template.

        Args:
            name: Template name, at most 64 characters. Required.
            erase_type: What the template erases. Required.
            comment: Template description, at most 256 characters.
            erase_subtitle_config: Subtitle erasing settings; required and used only when EraseType is subtitle.
            erase_watermark_config: Watermark erasing settings; required and used only when EraseType is watermark.
            erase_privacy_config: Privacy protection settings; required and used only when EraseType is privacy.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_smart_erase_template_request import CreateSmartEraseTemplateRequest

        request = CreateSmartEraseTemplateRequest(
            name=name,
            erase_type=erase_type,
            comment=comment,
            erase_subtitle_config=erase_subtitle_config,
            erase_watermark_config=erase_watermark_config,
            erase_privacy_config=erase_privacy_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateSmartEraseTemplateResponse] = await self._invoke(
            _ops.CREATE_SMART_ERASE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_smart_subtitle_template(
        self,
        *,
        name: str,
        video_src_language: str,
        subtitle_type: int,
        comment: str | None = None,
        subtitle_format: str | None = None,
        asr_hot_words_configure: AsrHotWordsConfigure | None = None,
        translate_switch: str | None = None,
        translate_dst_language: str | None = None,
        process_type: int | None = None,
        selecting_subtitle_areas_config: SelectingSubtitleAreasConfig | None = None,
        subtitle_embed_id: int | None = None,
        speaker_mode: int | None = None,
        speaker_label: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateSmartSubtitleTemplateResponse:
        """Create a custom smart subtitle template.

        Defines how subtitles are produced (ASR recognition, pure subtitle translation or OCR
        recognition), the source language, optional translation targets, the output file format
        and optional burn-in via a subtitle embedding template. Returns the Definition of the
        new template.

        Args:
            name: Template name, at most 64 characters. Required.
            video_src_language: Source language of the video, as a language code such as auto, zh, en, ja or zh_en. Required.
            subtitle_type: Which languages the subtitles contain. Required.
            comment: Template description, at most 256 characters.
            subtitle_format: Format of the subtitle file.
            asr_hot_words_configure: ASR hotword library settings.
            translate_switch: Turns subtitle translation on or off.
            translate_dst_language: Target language of the translation, used when TranslateSwitch is ON.
            process_type: How subtitles are obtained.
            selecting_subtitle_areas_config: Areas of the frame from which OCR extracts subtitles.
            subtitle_embed_id: ID of a subtitle embedding template; allowed only when ProcessType is 0 or 2 (ASR or OCR) and not when translating into several languages.
            speaker_mode: Turns speaker identification on or off.
            speaker_label: Whether speaker labels are written to the subtitle file; requires SpeakerMode to be non-zero.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_smart_subtitle_template_request import (
            CreateSmartSubtitleTemplateRequest,
        )

        request = CreateSmartSubtitleTemplateRequest(
            name=name,
            video_src_language=video_src_language,
            subtitle_type=subtitle_type,
            comment=comment,
            subtitle_format=subtitle_format,
            asr_hot_words_configure=asr_hot_words_configure,
            translate_switch=translate_switch,
            translate_dst_language=translate_dst_language,
            process_type=process_type,
            selecting_subtitle_areas_config=selecting_subtitle_areas_config,
            subtitle_embed_id=subtitle_embed_id,
            speaker_mode=speaker_mode,
            speaker_label=speaker_label,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateSmartSubtitleTemplateResponse] = await self._invoke(
            _ops.CREATE_SMART_SUBTITLE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_snapshot_by_time_offset_template(
        self,
        *,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        format: str | None = None,
        comment: str | None = None,
        fill_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateSnapshotByTimeOffsetTemplateResponse:
        """Create a custom template for screenshots at given time points.

        Defines the size, fill mode and image format of screenshots taken at specified time
        offsets in a video. At most 16 custom templates can exist. Returns the Definition of the
        new template.

        Args:
            name: Template name, at most 64 characters.
            width: Maximum screenshot width (or long side) in px: 0 or [128, 4096].
            height: Maximum screenshot height (or short side) in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height mean the long and short sides.
            format: Image format of the screenshots.
            comment: Template description, at most 256 characters.
            fill_type: How to fill when the configured size does not match the aspect ratio of the source video.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_snapshot_by_time_offset_template_request import (
            CreateSnapshotByTimeOffsetTemplateRequest,
        )

        request = CreateSnapshotByTimeOffsetTemplateRequest(
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            format=format,
            comment=comment,
            fill_type=fill_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateSnapshotByTimeOffsetTemplateResponse] = await self._invoke(
            _ops.CREATE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_link_event(
        self,
        *,
        event_name: str,
        description: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamLinkEventResponse:
        """Create a StreamLink media transport event.

        Creates an event, a grouping to which media transport flows can be linked, from a name
        and optional description. Returns the configuration of the new event.

        Args:
            event_name: Name of the new StreamLink event. Required.
            description: Free-text description of the event.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_link_event_request import CreateStreamLinkEventRequest

        request = CreateStreamLinkEventRequest(
            event_name=event_name,
            description=description,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamLinkEventResponse] = await self._invoke(
            _ops.CREATE_STREAM_LINK_EVENT, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_link_flow(
        self,
        *,
        flow_name: str,
        max_bandwidth: int,
        input_group: list[CreateInput] | None = None,
        event_id: str | None = None,
        output_group: list[CreateOutputInfo] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamLinkFlowResponse:
        """Create a StreamLink media transport flow.

        Creates a flow with a name and maximum bandwidth, optionally with its inputs and outputs
        and linked to one event. Returns the configuration of the new flow.

        Args:
            flow_name: Name of the new media transport flow. Required.
            max_bandwidth: Maximum bandwidth of the flow in bps: 10000000, 20000000 or 50000000. Required.
            input_group: Inputs to create together with the flow.
            event_id: ID of the media transport event the flow belongs to; a flow can be linked to only one event.
            output_group: Outputs to create together with the flow.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_link_flow_request import CreateStreamLinkFlowRequest

        request = CreateStreamLinkFlowRequest(
            flow_name=flow_name,
            max_bandwidth=max_bandwidth,
            input_group=input_group,
            event_id=event_id,
            output_group=output_group,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamLinkFlowResponse] = await self._invoke(
            _ops.CREATE_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_link_input(
        self,
        flow_id: str,
        *,
        input_group: list[CreateInput] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamLinkInputResponse:
        """Add inputs to a StreamLink media transport flow.

        Creates input configurations (SRT, RTP, RTMP, RTMP_PULL, RTSP_PULL, RIST and so on) on
        an existing flow. Returns the flow configuration including the new inputs.

        Args:
            flow_id: ID of the media transport flow to add the inputs to. Required.
            input_group: Inputs to create for the flow.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_link_input_request import CreateStreamLinkInputRequest

        request = CreateStreamLinkInputRequest(
            flow_id=flow_id,
            input_group=input_group,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamLinkInputResponse] = await self._invoke(
            _ops.CREATE_STREAM_LINK_INPUT, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_link_output_info(
        self,
        flow_id: str,
        *,
        output: CreateOutputInfo,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamLinkOutputInfoResponse:
        """Add an output to a StreamLink media transport flow.

        Creates an output on an existing flow, with its protocol, region and protocol-specific
        settings. Returns the details of the new output.

        Args:
            flow_id: ID of the media transport flow to add the output to. Required.
            output: Configuration of the output to create. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_link_output_info_request import CreateStreamLinkOutputInfoRequest

        request = CreateStreamLinkOutputInfoRequest(
            flow_id=flow_id,
            output=output,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamLinkOutputInfoResponse] = await self._invoke(
            _ops.CREATE_STREAM_LINK_OUTPUT_INFO, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_link_security_group(
        self,
        *,
        name: str,
        whitelist: list[str],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamLinkSecurityGroupResponse:
        """Create a StreamLink security group.

        Creates a security group with a name unique in the region and an allowlist of 1 to 10
        entries, which inputs and outputs can bind to. At most 5 security groups are allowed.
        Returns the ID of the new group.

        Args:
            name: Name of the security group: letters, digits and underscores, unique within the region. Required.
            whitelist: Allowlisted addresses (CIDR, for example 101.102.101.22/32); between 1 and 10 entries. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_link_security_group_request import (
            CreateStreamLinkSecurityGroupRequest,
        )

        request = CreateStreamLinkSecurityGroupRequest(
            name=name,
            whitelist=whitelist,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamLinkSecurityGroupResponse] = await self._invoke(
            _ops.CREATE_STREAM_LINK_SECURITY_GROUP, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_package_linear_assembly_channel(
        self,
        *,
        name: str,
        tier: str | None = None,
        playback_mode: str | None = None,
        time_shift_enable: bool | None = None,
        time_shift_conf: TimeShiftInfo | None = None,
        slate_conf: SlateInfo | None = None,
        outputs: list[OutputReq] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamPackageLinearAssemblyChannelResponse:
        """Create a linear assembly channel.

        Creates a channel that plays scheduled programs as a linear stream. You set its name,
        tier (Standard for live and VOD sources, Basic for VOD only), playback mode (Linear or
        Loop), optional time shift, slate and output settings. The response returns the details
        of the new channel.

        Args:
            name: Name of the new channel. Required.
            tier: Feature tier of the channel: Standard accepts both live and VOD sources, Basic can only schedule VOD sources.
            playback_mode: How the channel moves between sources: Linear (one after another) or Loop (repeat).
            time_shift_enable: Whether time shift is enabled; takes effect only when Tier is Standard.
            time_shift_conf: Time shift settings; used only when TimeShiftEnable is true.
            slate_conf: Slate (filler content) settings; used only when PlaybackMode is Linear.
            outputs: Output settings of the channel.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_package_linear_assembly_channel_request import (
            CreateStreamPackageLinearAssemblyChannelRequest,
        )

        request = CreateStreamPackageLinearAssemblyChannelRequest(
            name=name,
            tier=tier,
            playback_mode=playback_mode,
            time_shift_enable=time_shift_enable,
            time_shift_conf=time_shift_conf,
            slate_conf=slate_conf,
            outputs=outputs,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_package_linear_assembly_program(
        self,
        *,
        name: str,
        attached_channel: str,
        source_type: str | None = None,
        source_location_id: str | None = None,
        source_name: str | None = None,
        playback_conf: PlaybackInfoReq | None = None,
        ad_breaks: list[AdBreakInfo] | None = None,
        vod_acquisition_method: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamPackageLinearAssemblyProgramResponse:
        """Create a program in a linear assembly channel.

        Adds a program that plays a live or VOD source from a source location on the given
        channel. Basic-tier channels accept only VOD sources. For VOD sources you can add ad
        breaks and choose how content is acquired (PreCaching by default, or DynamicUpdating).
        The response returns the details of the new program.

        Args:
            name: Name of the new program. Required.
            attached_channel: ID of the linear assembly channel the program is attached to. Required.
            source_type: Type of the source the program schedules: Live or VOD.
            source_location_id: ID of the source location that holds the source.
            source_name: Name of the live or VOD source to play; source names are unique within a source location.
            playback_conf: Playback settings of the program, as a PlaybackInfoReq object.
            ad_breaks: Ad breaks inserted into the program; valid only when the source type is VOD.
            vod_acquisition_method: How VOD content is acquired: PreCaching (default) or DynamicUpdating.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_package_linear_assembly_program_request import (
            CreateStreamPackageLinearAssemblyProgramRequest,
        )

        request = CreateStreamPackageLinearAssemblyProgramRequest(
            name=name,
            attached_channel=attached_channel,
            source_type=source_type,
            source_location_id=source_location_id,
            source_name=source_name,
            playback_conf=playback_conf,
            ad_breaks=ad_breaks,
            vod_acquisition_method=vod_acquisition_method,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamPackageLinearAssemblyProgramResponse] = await self._invoke(
            _ops.CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_package_ssai_channel(
        self,
        *,
        name: str,
        content_source: str,
        ssai_info: SSAIConf,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamPackageSSAIChannelResponse:
        """Create a server-side ad insertion configuration.

        Creates an SSAI configuration from a globally unique name, the URL prefix of the origin
        content and the ad insertion settings. The response returns the configuration that was
        created.

        Args:
            name: Name of the ad insertion configuration; must be globally unique and not clash with any other channel. Required.
            content_source: URL prefix of the origin content stream. Required.
            ssai_info: Server-side ad insertion settings of the configuration. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_package_ssai_channel_request import (
            CreateStreamPackageSSAIChannelRequest,
        )

        request = CreateStreamPackageSSAIChannelRequest(
            name=name,
            content_source=content_source,
            ssai_info=ssai_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamPackageSSAIChannelResponse] = await self._invoke(
            _ops.CREATE_STREAM_PACKAGE_SSAI_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_package_source(
        self,
        *,
        attached_location: str,
        name: str,
        type: str,
        package_confs: list[SourcePackageConf] | None = None,
        source_tags: list[SourceTag] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamPackageSourceResponse:
        """Create a live or VOD source in a source location.

        Adds a source of type Live or VOD to an existing source location; the name must be
        unique within that location. You can attach package settings per format and source tags
        that the ad decision server may use for targeting. The response returns the details of
        the new source.

        Args:
            attached_location: ID of the source location the source belongs to; required, and a source is bound to exactly one location. Required.
            name: Name of the source; must be unique within its source location. Required.
            type: Kind of source: Live or VOD. Required.
            package_confs: Package settings of the source, one per packaging format.
            source_tags: Tags of the source; the ad decision server can use them to return better targeted ads.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_package_source_request import CreateStreamPackageSourceRequest

        request = CreateStreamPackageSourceRequest(
            attached_location=attached_location,
            name=name,
            type=type,
            package_confs=package_confs,
            source_tags=source_tags,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamPackageSourceResponse] = await self._invoke(
            _ops.CREATE_STREAM_PACKAGE_SOURCE, request, timeout=timeout
        )
        return raw.parsed

    async def create_stream_package_source_location(
        self,
        *,
        name: str,
        base_url: str,
        segment_deliver_enable: bool | None = None,
        segment_deliver_conf: SegmentDeliverInfo | None = None,
        segment_deliver_use_package_enable: bool | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateStreamPackageSourceLocationResponse:
        """Create a source location for linear assembly sources.

        Creates a source location from a name and a base URL. Optionally enables a segment
        delivery server with its settings, and chooses whether segments are delivered through
        StreamPackage (on by default). The response returns the details of the new source
        location.

        Args:
            name: Name of the new source location. Required.
            base_url: Base URL against which the sources in this location are resolved. Required.
            segment_deliver_enable: Whether a separate segment delivery server is enabled for this location.
            segment_deliver_conf: Segment delivery settings; used when SegmentDeliverEnable is true.
            segment_deliver_use_package_enable: Whether segments are delivered through StreamPackage.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_stream_package_source_location_request import (
            CreateStreamPackageSourceLocationRequest,
        )

        request = CreateStreamPackageSourceLocationRequest(
            name=name,
            base_url=base_url,
            segment_deliver_enable=segment_deliver_enable,
            segment_deliver_conf=segment_deliver_conf,
            segment_deliver_use_package_enable=segment_deliver_use_package_enable,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateStreamPackageSourceLocationResponse] = await self._invoke(
            _ops.CREATE_STREAM_PACKAGE_SOURCE_LOCATION, request, timeout=timeout
        )
        return raw.parsed

    async def create_subtitle_embed_template(
        self,
        *,
        name: str,
        comment: str | None = None,
        subtitle_embed_config: SubtitleEmbedConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateSubtitleEmbedTemplateResponse:
        """Create a custom subtitle embedding template.

        Stores settings for burning subtitles into video under a name and comment. Returns the
        Definition of the new template, which smart subtitle templates can reference.

        Args:
            name: Template name, at most 64 characters. Required.
            comment: Template description, at most 256 characters.
            subtitle_embed_config: Settings for burning subtitles into the video.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_subtitle_embed_template_request import (
            CreateSubtitleEmbedTemplateRequest,
        )

        request = CreateSubtitleEmbedTemplateRequest(
            name=name,
            comment=comment,
            subtitle_embed_config=subtitle_embed_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateSubtitleEmbedTemplateResponse] = await self._invoke(
            _ops.CREATE_SUBTITLE_EMBED_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_transcode_template(
        self,
        *,
        container: str,
        name: str | None = None,
        comment: str | None = None,
        remove_video: int | None = None,
        remove_audio: int | None = None,
        video_template: VideoTemplateInfo | None = None,
        audio_template: AudioTemplateInfo | None = None,
        tehd_config: TEHDConfig | None = None,
        enhance_config: EnhanceConfig | None = None,
        std_ext_info: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateTranscodeTemplateResponse:
        """Create a custom transcoding template.

        Creates a user-defined transcoding template with a container format and video, audio,
        Top Speed Codec and enhancement settings. An account can have at most 1000 custom
        templates. Returns the Definition of the new template.

        Args:
            container: Container format: mp4, flv, hls, ts, webm, mkv, mxf, mov, mp3, flac, ogg, m4a or wav; the last five are audio-only. Required.
            name: Name of the template, at most 64 characters.
            comment: Description of the template, at most 256 characters.
            remove_video: Whether to drop the video stream: 0 keeps it, 1 removes it.
            remove_audio: Whether to drop the audio stream: 0 keeps it, 1 removes it.
            video_template: Video stream settings; required when RemoveVideo is 0.
            audio_template: Audio stream settings; required when RemoveAudio is 0.
            tehd_config: Top Speed Codec (TSC) transcoding settings.
            enhance_config: Audio and video enhancement settings.
            std_ext_info: Extension parameters as a serialized JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_transcode_template_request import CreateTranscodeTemplateRequest

        request = CreateTranscodeTemplateRequest(
            container=container,
            name=name,
            comment=comment,
            remove_video=remove_video,
            remove_audio=remove_audio,
            video_template=video_template,
            audio_template=audio_template,
            tehd_config=tehd_config,
            enhance_config=enhance_config,
            std_ext_info=std_ext_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateTranscodeTemplateResponse] = await self._invoke(
            _ops.CREATE_TRANSCODE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_video_database_entry_task(
        self,
        input_info: MediaInputInfo,
        *,
        task_notify_config: TaskNotifyConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateVideoDatabaseEntryTaskResponse:
        """Add a video to the video search library.

        Starts an ingestion task for a video given by URL or stored in COS. A callback can
        optionally receive the result when the task completes. Returns the task ID to query with
        DescribeVideoDatabaseEntryTaskDetail.

        Args:
            input_info: Video to add to the video library. Required.
            task_notify_config: Optional callback that receives the result when ingestion finishes; only URL callbacks are currently supported.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_video_database_entry_task_request import (
            CreateVideoDatabaseEntryTaskRequest,
        )

        request = CreateVideoDatabaseEntryTaskRequest(
            input_info=input_info,
            task_notify_config=task_notify_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateVideoDatabaseEntryTaskResponse] = await self._invoke(
            _ops.CREATE_VIDEO_DATABASE_ENTRY_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_video_redraw_task(
        self,
        *,
        input: VideoRedrawInput,
        cos_info: VideoRedrawCosInfo | None = None,
        task_info: VideoRedrawTaskInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateVideoRedrawTaskResponse:
        """Create an AIGC video redraw task.

        Redraws the video at the given URL in a target style such as anime or cyberpunk. Results
        are saved to the given COS location, and the call returns the task ID.

        Args:
            input: URL information of the video to redraw. Required.
            cos_info: The user's COS information, used to save the generated results.
            task_info: Settings of the AI redraw task.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_video_redraw_task_request import CreateVideoRedrawTaskRequest

        request = CreateVideoRedrawTaskRequest(
            input=input,
            cos_info=cos_info,
            task_info=task_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateVideoRedrawTaskResponse] = await self._invoke(
            _ops.CREATE_VIDEO_REDRAW_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_video_search_task(
        self,
        *,
        search_value_input: SearchValueInput,
        limit: int | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateVideoSearchTaskResponse:
        """Search the video library for the closest matches to a query.

        Finds the videos in the library that best match the search input, currently a text
        query. Up to Limit (1-20, default 5) matches are returned, and an optional callback can
        receive the results. Returns a task ID to query with DescribeVideoSearchTaskDetail.

        Args:
            search_value_input: Search input used to find matching videos. Required.
            limit: Maximum number of videos to return, range [1, 20]; the closest Limit matches are returned.
            task_notify_config: Optional callback that receives the search results when the task finishes; only URL callbacks are currently supported.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_video_search_task_request import CreateVideoSearchTaskRequest

        request = CreateVideoSearchTaskRequest(
            search_value_input=search_value_input,
            limit=limit,
            task_notify_config=task_notify_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateVideoSearchTaskResponse] = await self._invoke(
            _ops.CREATE_VIDEO_SEARCH_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def create_watermark_template(
        self,
        *,
        type: str,
        name: str | None = None,
        comment: str | None = None,
        coordinate_origin: str | None = None,
        x_pos: str | None = None,
        y_pos: str | None = None,
        image_template: ImageWatermarkInput | None = None,
        text_template: TextWatermarkTemplateInput | None = None,
        svg_template: SvgWatermarkInput | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateWatermarkTemplateResponse:
        """Create a custom watermark template.

        Defines an image, text or SVG watermark and its position relative to a chosen corner of
        the video. At most 1000 custom templates can exist. Returns the template ID and, for
        image watermarks, the image URL.

        Args:
            type: Kind of watermark the template produces. Required.
            name: Watermark template name, at most 64 characters.
            comment: Template description, at most 256 characters.
            coordinate_origin: Corner used as the origin for positioning the watermark.
            x_pos: Horizontal offset of the watermark origin from the video origin, either a percentage of the video width (e.g. 10%) or pixels (e.g. 100px).
            y_pos: Vertical offset of the watermark origin from the video origin, either a percentage of the video height (e.g. 10%) or pixels (e.g. 100px).
            image_template: Image watermark settings; required and used only when Type is image.
            text_template: Text watermark settings; required and used only when Type is text.
            svg_template: SVG watermark settings; required and used only when Type is svg.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_watermark_template_request import CreateWatermarkTemplateRequest

        request = CreateWatermarkTemplateRequest(
            type=type,
            name=name,
            comment=comment,
            coordinate_origin=coordinate_origin,
            x_pos=x_pos,
            y_pos=y_pos,
            image_template=image_template,
            text_template=text_template,
            svg_template=svg_template,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateWatermarkTemplateResponse] = await self._invoke(
            _ops.CREATE_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def create_word_samples(
        self,
        *,
        usages: list[str],
        words: list[AiSampleWordInfo],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateWordSamplesResponse:
        """Create keyword samples in bulk.

        Adds up to 100 keyword samples at once. The keywords are used with OCR and ASR for
        content recognition and inappropriate content detection, according to the usage
        scenarios given.

        Args:
            usages: Scenarios the keywords are used in: Recognition.Ocr, Recognition.Asr, Review.Ocr, Review.Asr, or the shorthands Recognition (both recognition kinds), Review (both review kinds) and All (all four). Required.
            words: Keywords to create, at most 100. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_word_samples_request import CreateWordSamplesRequest

        request = CreateWordSamplesRequest(
            usages=usages, words=words, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[CreateWordSamplesResponse] = await self._invoke(
            _ops.CREATE_WORD_SAMPLES, request, timeout=timeout
        )
        return raw.parsed

    async def create_workflow(
        self,
        *,
        workflow_name: str,
        trigger: WorkflowTrigger,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        media_process_task: MediaProcessTaskInput | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        task_priority: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateWorkflowResponse:
        """Create a workflow that processes files uploaded to a COS directory.

        Sets rules for media uploaded to a COS bucket directory, covering transcoding with
        watermarks, animated images, snapshots, sprites, adaptive streaming, and content
        moderation, analysis and recognition. A new workflow is created disabled and must be
        enabled with EnableWorkflow. Returns the workflow ID.

        Args:
            workflow_name: Name of the workflow, up to 128 characters and unique per user. Required.
            trigger: Trigger rule of the workflow; an uploaded file that matches it starts the workflow. Required.
            output_storage: Storage for the output files; inherits the storage of Trigger when empty.
            output_dir: Output directory, starting and ending with /, for example /movie/201907/.
            media_process_task: Parameters of the media processing tasks.
            ai_content_review_task: Parameters of the content moderation task.
            ai_analysis_task: Parameters of the content analysis task.
            ai_recognition_task: Parameters of the content recognition task.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            task_priority: Workflow priority from -10 to 10; larger values run first.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_workflow_request import CreateWorkflowRequest

        request = CreateWorkflowRequest(
            workflow_name=workflow_name,
            trigger=trigger,
            output_storage=output_storage,
            output_dir=output_dir,
            media_process_task=media_process_task,
            ai_content_review_task=ai_content_review_task,
            ai_analysis_task=ai_analysis_task,
            ai_recognition_task=ai_recognition_task,
            task_notify_config=task_notify_config,
            task_priority=task_priority,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateWorkflowResponse] = await self._invoke(
            _ops.CREATE_WORKFLOW, request, timeout=timeout
        )
        return raw.parsed

    async def delete_ai_analysis_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteAIAnalysisTemplateResponse:
        """Delete a custom content analysis template.

        Removes the user-defined content analysis template identified by Definition. Templates
        with IDs below 10000 are system presets and cannot be deleted.

        Args:
            definition: Unique ID of the content analysis template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_ai_analysis_template_request import DeleteAIAnalysisTemplateRequest

        request = DeleteAIAnalysisTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteAIAnalysisTemplateResponse] = await self._invoke(
            _ops.DELETE_AI_ANALYSIS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_ai_recognition_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteAIRecognitionTemplateResponse:
        """Delete a custom content recognition template.

        Removes the user-defined content recognition template identified by Definition. Only
        custom templates can be deleted.

        Args:
            definition: Unique ID of the content recognition template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_ai_recognition_template_request import (
            DeleteAIRecognitionTemplateRequest,
        )

        request = DeleteAIRecognitionTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteAIRecognitionTemplateResponse] = await self._invoke(
            _ops.DELETE_AI_RECOGNITION_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_adaptive_dynamic_streaming_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteAdaptiveDynamicStreamingTemplateResponse:
        """Delete an adaptive bitrate streaming template.

        Deletes the user-defined adaptive bitrate streaming template identified by Definition.
        The response carries only the request ID.

        Args:
            definition: Unique ID of the adaptive bitrate streaming template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_adaptive_dynamic_streaming_template_request import (
            DeleteAdaptiveDynamicStreamingTemplateRequest,
        )

        request = DeleteAdaptiveDynamicStreamingTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteAdaptiveDynamicStreamingTemplateResponse] = await self._invoke(
            _ops.DELETE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_animated_graphics_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteAnimatedGraphicsTemplateResponse:
        """Delete a custom animated image template.

        Removes the user-defined animated image template identified by Definition. Only the
        request ID is returned.

        Args:
            definition: Unique ID of the animated image template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_animated_graphics_template_request import (
            DeleteAnimatedGraphicsTemplateRequest,
        )

        request = DeleteAnimatedGraphicsTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteAnimatedGraphicsTemplateResponse] = await self._invoke(
            _ops.DELETE_ANIMATED_GRAPHICS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_asr_hotwords(
        self,
        hotwords_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteAsrHotwordsResponse:
        """Delete a smart subtitle hotword library.

        Removes the hotword library with the given ID. A library that is still referenced by
        smart subtitle templates (non-zero Status) cannot be deleted.

        Args:
            hotwords_id: ID of the hotword library to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_asr_hotwords_request import DeleteAsrHotwordsRequest

        request = DeleteAsrHotwordsRequest(
            hotwords_id=hotwords_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteAsrHotwordsResponse] = await self._invoke(
            _ops.DELETE_ASR_HOTWORDS, request, timeout=timeout
        )
        return raw.parsed

    async def delete_blind_watermark_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteBlindWatermarkTemplateResponse:
        """Delete a custom digital watermark template.

        Removes the user-defined digital watermark template identified by Definition. Only the
        request ID is returned.

        Args:
            definition: Unique ID of the digital watermark template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_blind_watermark_template_request import (
            DeleteBlindWatermarkTemplateRequest,
        )

        request = DeleteBlindWatermarkTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteBlindWatermarkTemplateResponse] = await self._invoke(
            _ops.DELETE_BLIND_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_content_review_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteContentReviewTemplateResponse:
        """Delete a custom content moderation template.

        Removes the user-defined content moderation template identified by Definition. Only
        custom templates can be deleted.

        Args:
            definition: Unique ID of the content moderation template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_content_review_template_request import (
            DeleteContentReviewTemplateRequest,
        )

        request = DeleteContentReviewTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteContentReviewTemplateResponse] = await self._invoke(
            _ops.DELETE_CONTENT_REVIEW_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_image_sprite_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteImageSpriteTemplateResponse:
        """Delete a sprite image template.

        Removes the sprite image template identified by Definition. Only the request ID is
        returned.

        Args:
            definition: Unique ID of the sprite template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_image_sprite_template_request import DeleteImageSpriteTemplateRequest

        request = DeleteImageSpriteTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteImageSpriteTemplateResponse] = await self._invoke(
            _ops.DELETE_IMAGE_SPRITE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_live_record_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteLiveRecordTemplateResponse:
        """Delete a live recording template.

        Removes the recording template identified by its Definition. Only the request ID is
        returned.

        Args:
            definition: Unique ID of the recording template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_live_record_template_request import DeleteLiveRecordTemplateRequest

        request = DeleteLiveRecordTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteLiveRecordTemplateResponse] = await self._invoke(
            _ops.DELETE_LIVE_RECORD_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_person_sample(
        self,
        person_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeletePersonSampleResponse:
        """Delete a person sample by its ID.

        Removes the person sample identified by its ID (PersonId) from the sample library. The
        response carries only the request ID.

        Args:
            person_id: ID of the person sample to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_person_sample_request import DeletePersonSampleRequest

        request = DeletePersonSampleRequest(
            person_id=person_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeletePersonSampleResponse] = await self._invoke(
            _ops.DELETE_PERSON_SAMPLE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_process_image_template(
        self,
        *,
        definition: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteProcessImageTemplateResponse:
        """Delete an image processing template.

        Removes the image processing template identified by Definition. Only the request ID is
        returned.

        Args:
            definition: Unique ID of the image processing template to delete.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_process_image_template_request import DeleteProcessImageTemplateRequest

        request = DeleteProcessImageTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteProcessImageTemplateResponse] = await self._invoke(
            _ops.DELETE_PROCESS_IMAGE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_project(
        self,
        project_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteProjectResponse:
        """Delete a drama project.

        Removes the drama project with the given project ID. The response carries only the
        request ID.

        Args:
            project_id: ID of the project to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_project_request import DeleteProjectRequest

        request = DeleteProjectRequest(
            project_id=project_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteProjectResponse] = await self._invoke(
            _ops.DELETE_PROJECT, request, timeout=timeout
        )
        return raw.parsed

    async def delete_quality_control_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteQualityControlTemplateResponse:
        """Delete a media quality inspection template.

        Deletes the user-defined media quality inspection template identified by Definition. The
        response carries only the request ID.

        Args:
            definition: Unique ID of the media quality inspection template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_quality_control_template_request import (
            DeleteQualityControlTemplateRequest,
        )

        request = DeleteQualityControlTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteQualityControlTemplateResponse] = await self._invoke(
            _ops.DELETE_QUALITY_CONTROL_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_sample_snapshot_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteSampleSnapshotTemplateResponse:
        """Delete a custom sampled screenshot template.

        Removes the user-defined sampled screenshot template identified by Definition. Only the
        request ID is returned.

        Args:
            definition: Unique ID of the sampled screenshot template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_sample_snapshot_template_request import (
            DeleteSampleSnapshotTemplateRequest,
        )

        request = DeleteSampleSnapshotTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteSampleSnapshotTemplateResponse] = await self._invoke(
            _ops.DELETE_SAMPLE_SNAPSHOT_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_schedule(
        self,
        schedule_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteScheduleResponse:
        """Delete a schedule.

        Removes the schedule identified by its ID. Only the request ID is returned.

        Args:
            schedule_id: Unique ID of the schedule to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_schedule_request import DeleteScheduleRequest

        request = DeleteScheduleRequest(
            schedule_id=schedule_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteScheduleResponse] = await self._invoke(
            _ops.DELETE_SCHEDULE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_smart_erase_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteSmartEraseTemplateResponse:
        """Delete a custom smart erase template.

        Removes the user-defined smart erase template identified by Definition. Only the request
        ID is returned.

        Args:
            definition: Unique ID of the smart erase template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_smart_erase_template_request import DeleteSmartEraseTemplateRequest

        request = DeleteSmartEraseTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteSmartEraseTemplateResponse] = await self._invoke(
            _ops.DELETE_SMART_ERASE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_smart_subtitle_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteSmartSubtitleTemplateResponse:
        """Delete a custom smart subtitle template.

        Removes the user-defined smart subtitle template identified by Definition. Only the
        request ID is returned.

        Args:
            definition: Unique ID of the smart subtitle template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_smart_subtitle_template_request import (
            DeleteSmartSubtitleTemplateRequest,
        )

        request = DeleteSmartSubtitleTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteSmartSubtitleTemplateResponse] = await self._invoke(
            _ops.DELETE_SMART_SUBTITLE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_snapshot_by_time_offset_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteSnapshotByTimeOffsetTemplateResponse:
        """Delete a custom time-point screenshot template.

        Removes the user-defined template for screenshots at given time offsets, identified by
        Definition. Only the request ID is returned.

        Args:
            definition: Unique ID of the time-point screenshot template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_snapshot_by_time_offset_template_request import (
            DeleteSnapshotByTimeOffsetTemplateRequest,
        )

        request = DeleteSnapshotByTimeOffsetTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteSnapshotByTimeOffsetTemplateResponse] = await self._invoke(
            _ops.DELETE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_link_event(
        self,
        event_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamLinkEventResponse:
        """Delete a StreamLink media transport event.

        Deletes the configuration of an event. Every flow linked to the event must be deleted
        beforehand.

        Args:
            event_id: ID of the media transport event to delete; every flow linked to the event must be deleted first. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_link_event_request import DeleteStreamLinkEventRequest

        request = DeleteStreamLinkEventRequest(
            event_id=event_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamLinkEventResponse] = await self._invoke(
            _ops.DELETE_STREAM_LINK_EVENT, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_link_flow(
        self,
        flow_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamLinkFlowResponse:
        """Delete a StreamLink media transport flow.

        Deletes the configuration of the flow identified by FlowId. The response carries only
        the request ID.

        Args:
            flow_id: ID of the media transport flow to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_link_flow_request import DeleteStreamLinkFlowRequest

        request = DeleteStreamLinkFlowRequest(
            flow_id=flow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamLinkFlowResponse] = await self._invoke(
            _ops.DELETE_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_link_output(
        self,
        *,
        flow_id: str,
        output_id: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamLinkOutputResponse:
        """Delete an output of a StreamLink media transport flow.

        Removes the output identified by OutputId from the given flow. The response carries only
        the request ID.

        Args:
            flow_id: ID of the flow that owns the output. Required.
            output_id: ID of the output to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_link_output_request import DeleteStreamLinkOutputRequest

        request = DeleteStreamLinkOutputRequest(
            flow_id=flow_id,
            output_id=output_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DeleteStreamLinkOutputResponse] = await self._invoke(
            _ops.DELETE_STREAM_LINK_OUTPUT, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_link_security_group(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamLinkSecurityGroupResponse:
        """Delete a StreamLink security group.

        Deletes the security group identified by Id. The response carries only the request ID.

        Args:
            id: ID of the security group to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_link_security_group_request import (
            DeleteStreamLinkSecurityGroupRequest,
        )

        request = DeleteStreamLinkSecurityGroupRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamLinkSecurityGroupResponse] = await self._invoke(
            _ops.DELETE_STREAM_LINK_SECURITY_GROUP, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_linear_assembly_channel(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageLinearAssemblyChannelResponse:
        """Delete one linear assembly channel.

        Deletes the linear assembly channel with the given ID. The response carries only the
        request ID.

        Args:
            id: ID of the channel to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_linear_assembly_channel_request import (
            DeleteStreamPackageLinearAssemblyChannelRequest,
        )

        request = DeleteStreamPackageLinearAssemblyChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_linear_assembly_channels(
        self,
        *,
        ids: list[str],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageLinearAssemblyChannelsResponse:
        """Delete several linear assembly channels at once.

        Deletes all linear assembly channels whose IDs are listed in the request. The response
        carries only the request ID.

        Args:
            ids: IDs of the channels to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_linear_assembly_channels_request import (
            DeleteStreamPackageLinearAssemblyChannelsRequest,
        )

        request = DeleteStreamPackageLinearAssemblyChannelsRequest(
            ids=ids, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageLinearAssemblyChannelsResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_linear_assembly_program(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageLinearAssemblyProgramResponse:
        """Delete one linear assembly program.

        Deletes the linear assembly program with the given ID. The response carries only the
        request ID.

        Args:
            id: ID of the program to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_linear_assembly_program_request import (
            DeleteStreamPackageLinearAssemblyProgramRequest,
        )

        request = DeleteStreamPackageLinearAssemblyProgramRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageLinearAssemblyProgramResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_linear_assembly_programs(
        self,
        *,
        ids: list[str],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageLinearAssemblyProgramsResponse:
        """Delete several linear assembly programs at once.

        Deletes all linear assembly programs whose IDs are listed in the request. The response
        carries only the request ID.

        Args:
            ids: IDs of the programs to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_linear_assembly_programs_request import (
            DeleteStreamPackageLinearAssemblyProgramsRequest,
        )

        request = DeleteStreamPackageLinearAssemblyProgramsRequest(
            ids=ids, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageLinearAssemblyProgramsResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_linear_assembly_programs_by_channel(
        self,
        *,
        channel_id: str,
        i_ds: list[str],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageLinearAssemblyProgramsByChannelResponse:
        """Delete several programs that belong to one channel.

        Takes a channel ID and a list of program IDs and deletes those programs from that
        channel. The response carries only the request ID.

        Args:
            channel_id: ID of the channel whose programs are deleted. Required.
            i_ds: IDs of the programs in that channel to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_linear_assembly_programs_by_channel_request import (
            DeleteStreamPackageLinearAssemblyProgramsByChannelRequest,
        )

        request = DeleteStreamPackageLinearAssemblyProgramsByChannelRequest(
            channel_id=channel_id,
            i_ds=i_ds,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[
            DeleteStreamPackageLinearAssemblyProgramsByChannelResponse
        ] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_BY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_ssai_channel(
        self,
        *,
        id: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageSSAIChannelResponse:
        """Delete a server-side ad insertion configuration.

        Deletes the SSAI configuration with the given ID. The response carries only the request
        ID.

        Args:
            id: ID of the ad insertion configuration to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_ssai_channel_request import (
            DeleteStreamPackageSSAIChannelRequest,
        )

        request = DeleteStreamPackageSSAIChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageSSAIChannelResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_SSAI_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_source(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageSourceResponse:
        """Delete a source from its source location.

        Deletes the live or VOD source with the given ID. The request takes a single source ID
        and the response carries only the request ID.

        Args:
            id: ID of the source to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_source_request import DeleteStreamPackageSourceRequest

        request = DeleteStreamPackageSourceRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageSourceResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_SOURCE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_stream_package_source_location(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteStreamPackageSourceLocationResponse:
        """Delete a source location.

        Deletes the source location with the given ID. The response carries only the request ID.

        Args:
            id: ID of the source location to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_stream_package_source_location_request import (
            DeleteStreamPackageSourceLocationRequest,
        )

        request = DeleteStreamPackageSourceLocationRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteStreamPackageSourceLocationResponse] = await self._invoke(
            _ops.DELETE_STREAM_PACKAGE_SOURCE_LOCATION, request, timeout=timeout
        )
        return raw.parsed

    async def delete_subtitle_embed_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteSubtitleEmbedTemplateResponse:
        """Delete a custom subtitle embedding template.

        Removes the user-defined subtitle embedding template identified by Definition. Only the
        request ID is returned.

        Args:
            definition: Unique ID of the subtitle embedding template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_subtitle_embed_template_request import (
            DeleteSubtitleEmbedTemplateRequest,
        )

        request = DeleteSubtitleEmbedTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteSubtitleEmbedTemplateResponse] = await self._invoke(
            _ops.DELETE_SUBTITLE_EMBED_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_transcode_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteTranscodeTemplateResponse:
        """Delete a custom transcoding template.

        Removes the user-defined transcoding template identified by its Definition, the unique
        template ID. The response carries only the request ID.

        Args:
            definition: Unique ID of the transcoding template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_transcode_template_request import DeleteTranscodeTemplateRequest

        request = DeleteTranscodeTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteTranscodeTemplateResponse] = await self._invoke(
            _ops.DELETE_TRANSCODE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_voice(
        self,
        voice_id: str,
        *,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteVoiceResponse:
        """Delete a cloned or designed voice.

        Removes a voice that was created by voice cloning or voice design, identified by
        VoiceId. The response carries an error code and message; 0 and success mean the voice
        was deleted.

        Args:
            voice_id: ID of the voice to delete. Required.
            ext_param: Extra parameters as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_voice_request import DeleteVoiceRequest

        request = DeleteVoiceRequest(
            voice_id=voice_id,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DeleteVoiceResponse] = await self._invoke(
            _ops.DELETE_VOICE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_watermark_template(
        self,
        definition: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteWatermarkTemplateResponse:
        """Delete a custom watermark template.

        Removes the user-defined watermark template identified by Definition. Only the request
        ID is returned.

        Args:
            definition: Unique ID of the watermark template to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_watermark_template_request import DeleteWatermarkTemplateRequest

        request = DeleteWatermarkTemplateRequest(
            definition=definition, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteWatermarkTemplateResponse] = await self._invoke(
            _ops.DELETE_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def delete_word_samples(
        self,
        *,
        keywords: list[str],
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteWordSamplesResponse:
        """Delete keyword samples in bulk.

        Removes up to 100 keyword samples in one call, identified by their keyword text. The
        response carries only the request ID.

        Args:
            keywords: Keywords of the samples to delete, at most 100. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_word_samples_request import DeleteWordSamplesRequest

        request = DeleteWordSamplesRequest(
            keywords=keywords, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteWordSamplesResponse] = await self._invoke(
            _ops.DELETE_WORD_SAMPLES, request, timeout=timeout
        )
        return raw.parsed

    async def delete_workflow(
        self,
        workflow_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DeleteWorkflowResponse:
        """Delete a workflow.

        Removes the workflow identified by its ID. An enabled workflow must be disabled before
        it can be deleted.

        Args:
            workflow_id: ID of the workflow to delete. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.delete_workflow_request import DeleteWorkflowRequest

        request = DeleteWorkflowRequest(
            workflow_id=workflow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DeleteWorkflowResponse] = await self._invoke(
            _ops.DELETE_WORKFLOW, request, timeout=timeout
        )
        return raw.parsed

    async def describe_ai_analysis_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAIAnalysisTemplatesResponse:
        """List content analysis templates by ID, type or name.

        Returns the details of matching content analysis templates, covering both your custom
        templates and the system presets. Filter by Definitions (up to 100 IDs), Type and Name;
        page with Offset and Limit (default 10, maximum 100). TotalCount gives the number of
        matches.

        Args:
            definitions: Return only the analysis templates with these IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Return only templates of this type; all types are returned when empty.
            name: Filter on the analysis template name, up to 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_ai_analysis_templates_request import (
            DescribeAIAnalysisTemplatesRequest,
        )

        request = DescribeAIAnalysisTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAIAnalysisTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_AI_ANALYSIS_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_ai_analysis_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AIAnalysisTemplateItem]:
        """Every item of ``AIAnalysisTemplateSet`` across all pages of ``DescribeAIAnalysisTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_ai_analysis_templates`.
        """
        from . import _loops
        from .models.describe_ai_analysis_templates_request import (
            DescribeAIAnalysisTemplatesRequest,
        )

        request = DescribeAIAnalysisTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_AI_ANALYSIS_TEMPLATES,
            _loops.DESCRIBE_AI_ANALYSIS_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_ai_analysis_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAIAnalysisTemplatesResponse]:
        """Every page of ``DescribeAIAnalysisTemplates``: one :class:`DescribeAIAnalysisTemplatesResponse` per call.

        Like :meth:`iter_ai_analysis_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_ai_analysis_templates_request import (
            DescribeAIAnalysisTemplatesRequest,
        )

        request = DescribeAIAnalysisTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_AI_ANALYSIS_TEMPLATES,
            _loops.DESCRIBE_AI_ANALYSIS_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_ai_recognition_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAIRecognitionTemplatesResponse:
        """List content recognition templates by ID, type or name.

        Returns the details of matching content recognition templates, covering both your custom
        templates and the system presets. Filter by Definitions (up to 100 IDs), Type and Name;
        page with Offset and Limit (default 10, maximum 50). TotalCount gives the number of
        matches.

        Args:
            definitions: Return only the recognition templates with these IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Return only templates of this type; all types are returned when empty.
            name: Filter on the recognition template name, up to 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_ai_recognition_templates_request import (
            DescribeAIRecognitionTemplatesRequest,
        )

        request = DescribeAIRecognitionTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAIRecognitionTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_AI_RECOGNITION_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_ai_recognition_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AIRecognitionTemplateItem]:
        """Every item of ``AIRecognitionTemplateSet`` across all pages of ``DescribeAIRecognitionTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 50);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_ai_recognition_templates`.
        """
        from . import _loops
        from .models.describe_ai_recognition_templates_request import (
            DescribeAIRecognitionTemplatesRequest,
        )

        request = DescribeAIRecognitionTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_AI_RECOGNITION_TEMPLATES,
            _loops.DESCRIBE_AI_RECOGNITION_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_ai_recognition_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAIRecognitionTemplatesResponse]:
        """Every page of ``DescribeAIRecognitionTemplates``: one :class:`DescribeAIRecognitionTemplatesResponse` per call.

        Like :meth:`iter_ai_recognition_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_ai_recognition_templates_request import (
            DescribeAIRecognitionTemplatesRequest,
        )

        request = DescribeAIRecognitionTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_AI_RECOGNITION_TEMPLATES,
            _loops.DESCRIBE_AI_RECOGNITION_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_adaptive_dynamic_streaming_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        pure_audio: int | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAdaptiveDynamicStreamingTemplatesResponse:
        """List adaptive bitrate streaming templates, page by page.

        Returns template details filtered by IDs, type (Preset or Custom), audio-only flag and
        name. Use Offset and Limit to page; Limit defaults to 10 and is at most 100. The
        response also gives the total number of matches.

        Args:
            definitions: Filter by template IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type: system preset or user-defined.
            pure_audio: Filter by template kind: 0 for video templates, 1 for audio-only templates.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_adaptive_dynamic_streaming_templates_request import (
            DescribeAdaptiveDynamicStreamingTemplatesRequest,
        )

        request = DescribeAdaptiveDynamicStreamingTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            pure_audio=pure_audio,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAdaptiveDynamicStreamingTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_adaptive_dynamic_streaming_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        pure_audio: int | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AdaptiveDynamicStreamingTemplate]:
        """Every item of ``AdaptiveDynamicStreamingTemplateSet`` across all pages of ``DescribeAdaptiveDynamicStreamingTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_adaptive_dynamic_streaming_templates`.
        """
        from . import _loops
        from .models.describe_adaptive_dynamic_streaming_templates_request import (
            DescribeAdaptiveDynamicStreamingTemplatesRequest,
        )

        request = DescribeAdaptiveDynamicStreamingTemplatesRequest(
            definitions=definitions,
            type=type,
            pure_audio=pure_audio,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES,
            _loops.DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_adaptive_dynamic_streaming_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        pure_audio: int | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAdaptiveDynamicStreamingTemplatesResponse]:
        """Every page of ``DescribeAdaptiveDynamicStreamingTemplates``: one :class:`DescribeAdaptiveDynamicStreamingTemplatesResponse` per call.

        Like :meth:`iter_adaptive_dynamic_streaming_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_adaptive_dynamic_streaming_templates_request import (
            DescribeAdaptiveDynamicStreamingTemplatesRequest,
        )

        request = DescribeAdaptiveDynamicStreamingTemplatesRequest(
            definitions=definitions,
            type=type,
            pure_audio=pure_audio,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES,
            _loops.DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_agent_record_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAgentRecordTaskResponse:
        """Get the progress and results of an Agent recording task.

        Returns the task status (WAITING, RUNNING, SUCCESS or FAILED) and the live stream
        status. On success it lists the URLs of the recorded files; on failure it gives an error
        message.

        Args:
            task_id: Task ID returned when the Agent recording task was created. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_agent_record_task_request import DescribeAgentRecordTaskRequest

        request = DescribeAgentRecordTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeAgentRecordTaskResponse] = await self._invoke(
            _ops.DESCRIBE_AGENT_RECORD_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_agent_record_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 3600.0,
        on_progress: Callable[[DescribeAgentRecordTaskResponse], object] | None = None,
    ) -> DescribeAgentRecordTaskResponse:
        """Poll DescribeAgentRecordTask until the recording task is SUCCESS; FAILED is a failure.

        Polls ``DescribeAgentRecordTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_agent_record_task_request import DescribeAgentRecordTaskRequest

        request = DescribeAgentRecordTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_AGENT_RECORD_TASK,
            _loops.DESCRIBE_AGENT_RECORD_TASK_WAIT_FOR_AGENT_RECORD_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_aigc_audio_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAigcAudioTaskResponse:
        """Get the progress and results of an AIGC audio task.

        Returns the status (WAIT, RUN, FAIL or DONE) of a task created with CreateAigcAudioTask.
        When the task is done it returns the generated audio, and video in scenarios such as
        dubbing; on failure it returns the error message.

        Args:
            task_id: ID of the task, as returned when the AIGC audio task was created. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_aigc_audio_task_request import DescribeAigcAudioTaskRequest

        request = DescribeAigcAudioTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeAigcAudioTaskResponse] = await self._invoke(
            _ops.DESCRIBE_AIGC_AUDIO_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_aigc_audio_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 900.0,
        on_progress: Callable[[DescribeAigcAudioTaskResponse], object] | None = None,
    ) -> DescribeAigcAudioTaskResponse:
        """Poll DescribeAigcAudioTask until the AIGC audio task is DONE; FAIL is a failure.

        Polls ``DescribeAigcAudioTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_aigc_audio_task_request import DescribeAigcAudioTaskRequest

        request = DescribeAigcAudioTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_AIGC_AUDIO_TASK,
            _loops.DESCRIBE_AIGC_AUDIO_TASK_WAIT_FOR_AIGC_AUDIO_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_aigc_image_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAigcImageTaskResponse:
        """Get the progress and results of an AIGC image task.

        Returns the status (WAIT, RUN, FAIL or DONE) of a task created with CreateAigcImageTask.
        When done it returns the image URLs, which are kept for 12 hours; on failure it returns
        the error message.

        Args:
            task_id: ID of the AIGC image generation task. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_aigc_image_task_request import DescribeAigcImageTaskRequest

        request = DescribeAigcImageTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeAigcImageTaskResponse] = await self._invoke(
            _ops.DESCRIBE_AIGC_IMAGE_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_aigc_image_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 900.0,
        on_progress: Callable[[DescribeAigcImageTaskResponse], object] | None = None,
    ) -> DescribeAigcImageTaskResponse:
        """Poll DescribeAigcImageTask until the AIGC image task is DONE; FAIL is a failure.

        Polls ``DescribeAigcImageTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_aigc_image_task_request import DescribeAigcImageTaskRequest

        request = DescribeAigcImageTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_AIGC_IMAGE_TASK,
            _loops.DESCRIBE_AIGC_IMAGE_TASK_WAIT_FOR_AIGC_IMAGE_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_aigc_task_list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        query_task_filter: QueryTaskFilter | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAigcTaskListResponse:
        """List AIGC tasks with their details, page by page.

        Returns details of AIGC tasks such as video redraw and AI drama tasks, filtered by task
        ID, type, status, resolution, ratio and other conditions. Results are paged with PageNum
        and PageSize and include the total count.

        Args:
            page_num: Page number to start from.
            page_size: Number of entries to return per page.
            query_task_filter: Conditions used to filter the tasks.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_aigc_task_list_request import DescribeAigcTaskListRequest

        request = DescribeAigcTaskListRequest(
            page_num=page_num,
            page_size=page_size,
            query_task_filter=query_task_filter,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAigcTaskListResponse] = await self._invoke(
            _ops.DESCRIBE_AIGC_TASK_LIST, request, timeout=timeout
        )
        return raw.parsed

    def iter_aigc_task_list(
        self,
        *,
        query_task_filter: QueryTaskFilter | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AigcTaskListItem]:
        """Every item of ``Tasks`` across all pages of ``DescribeAigcTaskList``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_aigc_task_list`.
        """
        from . import _loops
        from .models.describe_aigc_task_list_request import DescribeAigcTaskListRequest

        request = DescribeAigcTaskListRequest(
            query_task_filter=query_task_filter,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_AIGC_TASK_LIST,
            _loops.DESCRIBE_AIGC_TASK_LIST_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_aigc_task_list(
        self,
        *,
        query_task_filter: QueryTaskFilter | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAigcTaskListResponse]:
        """Every page of ``DescribeAigcTaskList``: one :class:`DescribeAigcTaskListResponse` per call.

        Like :meth:`iter_aigc_task_list`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_aigc_task_list_request import DescribeAigcTaskListRequest

        request = DescribeAigcTaskListRequest(
            query_task_filter=query_task_filter,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_AIGC_TASK_LIST,
            _loops.DESCRIBE_AIGC_TASK_LIST_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_aigc_task_status(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAigcTaskStatusResponse:
        """Get the status of an AIGC scenario task.

        Returns the status, sub-status, timing, output URL and error information of one AIGC
        scenario task, identified by its task ID. Statuses are PENDING, RUNNING, FINISHED, STOP,
        FAILED and TIMEOUT; the original request body is returned as well.

        Args:
            task_id: ID of the task to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_aigc_task_status_request import DescribeAigcTaskStatusRequest

        request = DescribeAigcTaskStatusRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeAigcTaskStatusResponse] = await self._invoke(
            _ops.DESCRIBE_AIGC_TASK_STATUS, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_aigc_task_status(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 1800.0,
        on_progress: Callable[[DescribeAigcTaskStatusResponse], object] | None = None,
    ) -> DescribeAigcTaskStatusResponse:
        """Poll DescribeAigcTaskStatus until the task is FINISHED; FAILED, STOP and TIMEOUT are failures.

        Polls ``DescribeAigcTaskStatus`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_aigc_task_status_request import DescribeAigcTaskStatusRequest

        request = DescribeAigcTaskStatusRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_AIGC_TASK_STATUS,
            _loops.DESCRIBE_AIGC_TASK_STATUS_WAIT_FOR_AIGC_TASK_STATUS,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_aigc_video_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAigcVideoTaskResponse:
        """Get the progress and results of an AIGC video task.

        Returns the status (WAIT, RUN, FAIL or DONE) of a task created with CreateAigcVideoTask.
        When done it returns the video URLs, kept for 12 hours, and the output resolution; on
        failure it returns the error message.

        Args:
            task_id: ID returned when the AIGC video generation task was created. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_aigc_video_task_request import DescribeAigcVideoTaskRequest

        request = DescribeAigcVideoTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeAigcVideoTaskResponse] = await self._invoke(
            _ops.DESCRIBE_AIGC_VIDEO_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_aigc_video_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 1800.0,
        on_progress: Callable[[DescribeAigcVideoTaskResponse], object] | None = None,
    ) -> DescribeAigcVideoTaskResponse:
        """Poll DescribeAigcVideoTask until the AIGC video task is DONE; FAIL is a failure.

        Polls ``DescribeAigcVideoTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_aigc_video_task_request import DescribeAigcVideoTaskRequest

        request = DescribeAigcVideoTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_AIGC_VIDEO_TASK,
            _loops.DESCRIBE_AIGC_VIDEO_TASK_WAIT_FOR_AIGC_VIDEO_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_animated_graphics_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAnimatedGraphicsTemplatesResponse:
        """List animated image templates, page by page.

        Returns preset and custom animated image templates filtered by ID, type and name. Use
        Offset and Limit to page; Limit defaults to 10 and is at most 100. The response also
        carries the total number of matches.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_animated_graphics_templates_request import (
            DescribeAnimatedGraphicsTemplatesRequest,
        )

        request = DescribeAnimatedGraphicsTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAnimatedGraphicsTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_animated_graphics_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AnimatedGraphicsTemplate]:
        """Every item of ``AnimatedGraphicsTemplateSet`` across all pages of ``DescribeAnimatedGraphicsTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_animated_graphics_templates`.
        """
        from . import _loops
        from .models.describe_animated_graphics_templates_request import (
            DescribeAnimatedGraphicsTemplatesRequest,
        )

        request = DescribeAnimatedGraphicsTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES,
            _loops.DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_animated_graphics_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAnimatedGraphicsTemplatesResponse]:
        """Every page of ``DescribeAnimatedGraphicsTemplates``: one :class:`DescribeAnimatedGraphicsTemplatesResponse` per call.

        Like :meth:`iter_animated_graphics_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_animated_graphics_templates_request import (
            DescribeAnimatedGraphicsTemplatesRequest,
        )

        request = DescribeAnimatedGraphicsTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES,
            _loops.DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_asr_hotwords(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        order_by: str | None = None,
        order_type: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAsrHotwordsResponse:
        """Get the details and words of one hotword library.

        Returns the details of a hotword library, identified by ID or by name, together with a
        page of its hotwords. The words can be sorted in file order, by weight or by text; each
        page holds at most 100 words.

        Args:
            hotwords_id: ID of the library to query.
            name: Name of the library to query.
            offset: Paging offset; default 0.
            limit: Number of records to return; default 10, maximum 100.
            order_by: How to sort the hotwords: Default, Weight or Lexical.
            order_type: Sort direction: 0 ascending (default), 1 descending.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_asr_hotwords_request import DescribeAsrHotwordsRequest

        request = DescribeAsrHotwordsRequest(
            hotwords_id=hotwords_id,
            name=name,
            offset=offset,
            limit=limit,
            order_by=order_by,
            order_type=order_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAsrHotwordsResponse] = await self._invoke(
            _ops.DESCRIBE_ASR_HOTWORDS, request, timeout=timeout
        )
        return raw.parsed

    def iter_asr_hotwords(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        order_by: str | None = None,
        order_type: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AsrHotwordsSetItem]:
        """Every item of ``HotWords`` across all pages of ``DescribeAsrHotwords``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_asr_hotwords`.
        """
        from . import _loops
        from .models.describe_asr_hotwords_request import DescribeAsrHotwordsRequest

        request = DescribeAsrHotwordsRequest(
            hotwords_id=hotwords_id,
            name=name,
            order_by=order_by,
            order_type=order_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_ASR_HOTWORDS,
            _loops.DESCRIBE_ASR_HOTWORDS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_asr_hotwords(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        order_by: str | None = None,
        order_type: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAsrHotwordsResponse]:
        """Every page of ``DescribeAsrHotwords``: one :class:`DescribeAsrHotwordsResponse` per call.

        Like :meth:`iter_asr_hotwords`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_asr_hotwords_request import DescribeAsrHotwordsRequest

        request = DescribeAsrHotwordsRequest(
            hotwords_id=hotwords_id,
            name=name,
            order_by=order_by,
            order_type=order_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_ASR_HOTWORDS,
            _loops.DESCRIBE_ASR_HOTWORDS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_asr_hotwords_list(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        types: list[int] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeAsrHotwordsListResponse:
        """List hotword libraries.

        Returns hotword libraries, optionally filtered by ID, name and type (temporary or file-
        based). Results can be sorted by creation time, update time, name, word count or ID, and
        paged with Offset and Limit.

        Args:
            hotwords_id: Search by hotword library ID.
            name: Search by hotword library name.
            offset: Paging offset; default 0.
            limit: Number of records to return; all libraries are returned by default.
            order_type: Sort direction: 0 ascending (default), 1 descending.
            order_by: Field to sort by; defaults to CreateTime, and an invalid field falls back to the default.
            types: Kinds of library to include: 0 for temporary, 1 for file-based.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_asr_hotwords_list_request import DescribeAsrHotwordsListRequest

        request = DescribeAsrHotwordsListRequest(
            hotwords_id=hotwords_id,
            name=name,
            offset=offset,
            limit=limit,
            order_type=order_type,
            order_by=order_by,
            types=types,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeAsrHotwordsListResponse] = await self._invoke(
            _ops.DESCRIBE_ASR_HOTWORDS_LIST, request, timeout=timeout
        )
        return raw.parsed

    def iter_asr_hotwords_list(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        types: list[int] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AsrHotwordsSet]:
        """Every item of ``AsrHotwordsSet`` across all pages of ``DescribeAsrHotwordsList``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_asr_hotwords_list`.
        """
        from . import _loops
        from .models.describe_asr_hotwords_list_request import DescribeAsrHotwordsListRequest

        request = DescribeAsrHotwordsListRequest(
            hotwords_id=hotwords_id,
            name=name,
            order_type=order_type,
            order_by=order_by,
            types=types,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_ASR_HOTWORDS_LIST,
            _loops.DESCRIBE_ASR_HOTWORDS_LIST_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_asr_hotwords_list(
        self,
        *,
        hotwords_id: str | None = None,
        name: str | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        types: list[int] | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeAsrHotwordsListResponse]:
        """Every page of ``DescribeAsrHotwordsList``: one :class:`DescribeAsrHotwordsListResponse` per call.

        Like :meth:`iter_asr_hotwords_list`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_asr_hotwords_list_request import DescribeAsrHotwordsListRequest

        request = DescribeAsrHotwordsListRequest(
            hotwords_id=hotwords_id,
            name=name,
            order_type=order_type,
            order_by=order_by,
            types=types,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_ASR_HOTWORDS_LIST,
            _loops.DESCRIBE_ASR_HOTWORDS_LIST_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_batch_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeBatchTaskDetailResponse:
        """Get the status and results of a batch task by its ID.

        Returns the status, creation, start and finish times, results and settings of a batch
        processing task. Only tasks submitted within the last 7 days can be queried.

        Args:
            task_id: ID of the video processing task. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_batch_task_detail_request import DescribeBatchTaskDetailRequest

        request = DescribeBatchTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeBatchTaskDetailResponse] = await self._invoke(
            _ops.DESCRIBE_BATCH_TASK_DETAIL, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_batch_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 3600.0,
        on_progress: Callable[[DescribeBatchTaskDetailResponse], object] | None = None,
    ) -> DescribeBatchTaskDetailResponse:
        """Poll DescribeBatchTaskDetail until the batch task's Status is FINISH.

        Polls ``DescribeBatchTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_batch_task_detail_request import DescribeBatchTaskDetailRequest

        request = DescribeBatchTaskDetailRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_BATCH_TASK_DETAIL,
            _loops.DESCRIBE_BATCH_TASK_DETAIL_WAIT_FOR_BATCH_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_blind_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        name: str | None = None,
        type: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeBlindWatermarkTemplatesResponse:
        """List custom digital watermark templates, page by page.

        Returns digital watermark templates filtered by ID, name and watermark type (blind-basic
        or blind-nagra). Use Offset and Limit to page; Limit defaults to 10 and is at most 100.
        The response also carries the total number of matches.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            name: Filter by template name, at most 64 characters.
            type: Filter by digital watermark type.
            offset: Paging offset.
            limit: Number of records to return.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_blind_watermark_templates_request import (
            DescribeBlindWatermarkTemplatesRequest,
        )

        request = DescribeBlindWatermarkTemplatesRequest(
            definitions=definitions,
            name=name,
            type=type,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeBlindWatermarkTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_BLIND_WATERMARK_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_blind_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        name: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[BlindWatermarkTemplate]:
        """Every item of ``BlindWatermarkTemplateSet`` across all pages of ``DescribeBlindWatermarkTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_blind_watermark_templates`.
        """
        from . import _loops
        from .models.describe_blind_watermark_templates_request import (
            DescribeBlindWatermarkTemplatesRequest,
        )

        request = DescribeBlindWatermarkTemplatesRequest(
            definitions=definitions,
            name=name,
            type=type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_BLIND_WATERMARK_TEMPLATES,
            _loops.DESCRIBE_BLIND_WATERMARK_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_blind_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        name: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeBlindWatermarkTemplatesResponse]:
        """Every page of ``DescribeBlindWatermarkTemplates``: one :class:`DescribeBlindWatermarkTemplatesResponse` per call.

        Like :meth:`iter_blind_watermark_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_blind_watermark_templates_request import (
            DescribeBlindWatermarkTemplatesRequest,
        )

        request = DescribeBlindWatermarkTemplatesRequest(
            definitions=definitions,
            name=name,
            type=type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_BLIND_WATERMARK_TEMPLATES,
            _loops.DESCRIBE_BLIND_WATERMARK_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_clone_viral_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeCloneViralTaskResponse:
        """Get the result of a viral-video cloning task.

        Returns the task status (WAIT, RUN, FAIL or DONE), an error message on failure and the
        original request body. When the task is done it lists the generated video URLs, which
        are kept for 24 hours.

        Args:
            task_id: Task ID returned when the viral-video cloning task was created. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_clone_viral_task_request import DescribeCloneViralTaskRequest

        request = DescribeCloneViralTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeCloneViralTaskResponse] = await self._invoke(
            _ops.DESCRIBE_CLONE_VIRAL_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_clone_viral_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 1800.0,
        on_progress: Callable[[DescribeCloneViralTaskResponse], object] | None = None,
    ) -> DescribeCloneViralTaskResponse:
        """Poll DescribeCloneViralTask until the task is DONE; FAIL is a failure.

        Polls ``DescribeCloneViralTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_clone_viral_task_request import DescribeCloneViralTaskRequest

        request = DescribeCloneViralTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_CLONE_VIRAL_TASK,
            _loops.DESCRIBE_CLONE_VIRAL_TASK_WAIT_FOR_CLONE_VIRAL_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_content_review_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeContentReviewTemplatesResponse:
        """List content moderation templates by ID, type or name.

        Returns the details of matching content moderation templates, covering both your custom
        templates and the system presets. Filter by Definitions (up to 100 IDs), Type and Name;
        page with Offset and Limit (default 10, maximum 50). TotalCount gives the number of
        matches.

        Args:
            definitions: Return only the moderation templates with these IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Return only templates of this type; all types are returned when empty.
            name: Filter on the moderation template name, up to 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_content_review_templates_request import (
            DescribeContentReviewTemplatesRequest,
        )

        request = DescribeContentReviewTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeContentReviewTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_CONTENT_REVIEW_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_content_review_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[ContentReviewTemplateItem]:
        """Every item of ``ContentReviewTemplateSet`` across all pages of ``DescribeContentReviewTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 50);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_content_review_templates`.
        """
        from . import _loops
        from .models.describe_content_review_templates_request import (
            DescribeContentReviewTemplatesRequest,
        )

        request = DescribeContentReviewTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_CONTENT_REVIEW_TEMPLATES,
            _loops.DESCRIBE_CONTENT_REVIEW_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_content_review_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeContentReviewTemplatesResponse]:
        """Every page of ``DescribeContentReviewTemplates``: one :class:`DescribeContentReviewTemplatesResponse` per call.

        Like :meth:`iter_content_review_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_content_review_templates_request import (
            DescribeContentReviewTemplatesRequest,
        )

        request = DescribeContentReviewTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_CONTENT_REVIEW_TEMPLATES,
            _loops.DESCRIBE_CONTENT_REVIEW_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_design_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeDesignTaskResponse:
        """Get the result of an asynchronous voice design task.

        Returns the status of the voice design task with an error code and message. On success
        it gives the designed voice ID and a URL of preview audio.

        Args:
            task_id: ID of the voice design task to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_design_task_request import DescribeDesignTaskRequest

        request = DescribeDesignTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeDesignTaskResponse] = await self._invoke(
            _ops.DESCRIBE_DESIGN_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_design_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 900.0,
        on_progress: Callable[[DescribeDesignTaskResponse], object] | None = None,
    ) -> DescribeDesignTaskResponse:
        """Poll DescribeDesignTask until the voice design task is success; fail is a failure.

        Polls ``DescribeDesignTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_design_task_request import DescribeDesignTaskRequest

        request = DescribeDesignTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_DESIGN_TASK,
            _loops.DESCRIBE_DESIGN_TASK_WAIT_FOR_DESIGN_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_group_attach_flows_by_id(
        self,
        *,
        id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeGroupAttachFlowsByIdResponse:
        """List the flows that use a security group.

        Looks up, by security group ID, which media transport flows and which of their inputs
        and outputs are bound to the group.

        Args:
            id: ID of the media transport security group.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_group_attach_flows_by_id_request import (
            DescribeGroupAttachFlowsByIdRequest,
        )

        request = DescribeGroupAttachFlowsByIdRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeGroupAttachFlowsByIdResponse] = await self._invoke(
            _ops.DESCRIBE_GROUP_ATTACH_FLOWS_BY_ID, request, timeout=timeout
        )
        return raw.parsed

    async def describe_image_sprite_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeImageSpriteTemplatesResponse:
        """List sprite image templates, page by page.

        Returns preset and custom sprite templates filtered by ID, type and name. Use Offset and
        Limit to page; Limit defaults to 10 and is at most 100. The response also carries the
        total number of matches.

        Args:
            definitions: Sprite template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_image_sprite_templates_request import (
            DescribeImageSpriteTemplatesRequest,
        )

        request = DescribeImageSpriteTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeImageSpriteTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_IMAGE_SPRITE_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_image_sprite_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[ImageSpriteTemplate]:
        """Every item of ``ImageSpriteTemplateSet`` across all pages of ``DescribeImageSpriteTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_image_sprite_templates`.
        """
        from . import _loops
        from .models.describe_image_sprite_templates_request import (
            DescribeImageSpriteTemplatesRequest,
        )

        request = DescribeImageSpriteTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_IMAGE_SPRITE_TEMPLATES,
            _loops.DESCRIBE_IMAGE_SPRITE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_image_sprite_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeImageSpriteTemplatesResponse]:
        """Every page of ``DescribeImageSpriteTemplates``: one :class:`DescribeImageSpriteTemplatesResponse` per call.

        Like :meth:`iter_image_sprite_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_image_sprite_templates_request import (
            DescribeImageSpriteTemplatesRequest,
        )

        request = DescribeImageSpriteTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_IMAGE_SPRITE_TEMPLATES,
            _loops.DESCRIBE_IMAGE_SPRITE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_image_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeImageTaskDetailResponse:
        """Get the status and results of one image processing task.

        Looks up an image task by its task ID and returns its status (WAITING, PROCESSING,
        FINISH), error details, creation and finish times, submitted parameters and per-subtask
        results. Only tasks submitted within the last 7 days can be queried.

        Args:
            task_id: ID of the image processing task. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_image_task_detail_request import DescribeImageTaskDetailRequest

        request = DescribeImageTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeImageTaskDetailResponse] = await self._invoke(
            _ops.DESCRIBE_IMAGE_TASK_DETAIL, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_image_task(
        self,
        task_id: str,
        *,
        interval: float = 2.0,
        timeout: float = 600.0,
        on_progress: Callable[[DescribeImageTaskDetailResponse], object] | None = None,
    ) -> DescribeImageTaskDetailResponse:
        """Poll DescribeImageTaskDetail until the image task's Status is FINISH (then check each output's result).

        Polls ``DescribeImageTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_image_task_detail_request import DescribeImageTaskDetailRequest

        request = DescribeImageTaskDetailRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_IMAGE_TASK_DETAIL,
            _loops.DESCRIBE_IMAGE_TASK_DETAIL_WAIT_FOR_IMAGE_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_image_tasks(
        self,
        *,
        status: str,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        sub_task_has_failed: bool | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeImageTasksResponse:
        """List image processing tasks by status, page by page.

        Returns summaries of image tasks filtered by status, a time range and whether a subtask
        has failed. When not all records fit in one response a ScrollToken is returned; pass it
        to fetch the next page. An empty ScrollToken means there is no more data.

        Args:
            status: Return only tasks in this status, for example FINISH. Required.
            limit: Number of records to return.
            scroll_token: Paging token: when one request cannot return all data a ScrollToken is returned; pass it to continue from the next record.
            start_time: Start of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.
            end_time: End of the task time range, in the format YYYY-MM-DDThh:mm:ssZ.
            sub_task_has_failed: Filter on subtask status: whether the task has a failed subtask.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_image_tasks_request import DescribeImageTasksRequest

        request = DescribeImageTasksRequest(
            status=status,
            limit=limit,
            scroll_token=scroll_token,
            start_time=start_time,
            end_time=end_time,
            sub_task_has_failed=sub_task_has_failed,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeImageTasksResponse] = await self._invoke(
            _ops.DESCRIBE_IMAGE_TASKS, request, timeout=timeout
        )
        return raw.parsed

    def iter_image_tasks(
        self,
        *,
        status: str,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        sub_task_has_failed: bool | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[ImageTaskInfo]:
        """Every item of ``TaskSet`` across all pages of ``DescribeImageTasks``.

        Pages are fetched as the ``async for`` iteration goes (scroll-token paging). ``page_size``
        sets ``Limit``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_image_tasks`.
        """
        from . import _loops
        from .models.describe_image_tasks_request import DescribeImageTasksRequest

        request = DescribeImageTasksRequest(
            status=status,
            start_time=start_time,
            end_time=end_time,
            sub_task_has_failed=sub_task_has_failed,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_IMAGE_TASKS,
            _loops.DESCRIBE_IMAGE_TASKS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_image_tasks(
        self,
        *,
        status: str,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        sub_task_has_failed: bool | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeImageTasksResponse]:
        """Every page of ``DescribeImageTasks``: one :class:`DescribeImageTasksResponse` per call.

        Like :meth:`iter_image_tasks`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_image_tasks_request import DescribeImageTasksRequest

        request = DescribeImageTasksRequest(
            status=status,
            start_time=start_time,
            end_time=end_time,
            sub_task_has_failed=sub_task_has_failed,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_IMAGE_TASKS,
            _loops.DESCRIBE_IMAGE_TASKS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_live_record_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeLiveRecordTemplatesResponse:
        """List live recording templates.

        Returns recording templates filtered by ID, type (Preset or Custom) and name. Results
        are paged with Offset and Limit (default 10, at most 100), and the total count is
        included.

        Args:
            definitions: Filter by recording template IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type: Preset or Custom.
            name: Filter by recording template name, up to 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_live_record_templates_request import (
            DescribeLiveRecordTemplatesRequest,
        )

        request = DescribeLiveRecordTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeLiveRecordTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_LIVE_RECORD_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_live_record_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[LiveRecordTemplate]:
        """Every item of ``LiveRecordTemplateSet`` across all pages of ``DescribeLiveRecordTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_live_record_templates`.
        """
        from . import _loops
        from .models.describe_live_record_templates_request import (
            DescribeLiveRecordTemplatesRequest,
        )

        request = DescribeLiveRecordTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_LIVE_RECORD_TEMPLATES,
            _loops.DESCRIBE_LIVE_RECORD_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_live_record_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeLiveRecordTemplatesResponse]:
        """Every page of ``DescribeLiveRecordTemplates``: one :class:`DescribeLiveRecordTemplatesResponse` per call.

        Like :meth:`iter_live_record_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_live_record_templates_request import (
            DescribeLiveRecordTemplatesRequest,
        )

        request = DescribeLiveRecordTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_LIVE_RECORD_TEMPLATES,
            _loops.DESCRIBE_LIVE_RECORD_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_mdpmps_user_info(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeMDPMPSUserInfoResponse:
        """Check whether the account has MPS activated.

        Returns the MPS status of the calling account: not activated, normal, closed, or
        suspended for overdue payment. It takes no parameters.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_mdpmps_user_info_request import DescribeMDPMPSUserInfoRequest

        request = DescribeMDPMPSUserInfoRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeMDPMPSUserInfoResponse] = await self._invoke(
            _ops.DESCRIBE_MDPMPS_USER_INFO, request, timeout=timeout
        )
        return raw.parsed

    async def describe_media_meta_data(
        self,
        input_info: MediaInputInfo,
        *,
        mode: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeMediaMetaDataResponse:
        """Get the metadata of a media file.

        Returns metadata such as the video width, height, codec, duration and frame rate of the
        input file. Set Mode to slow to allow a longer timeout.

        Args:
            input_info: Input file whose metadata is requested. Required.
            mode: Set to slow to allow the call a longer timeout.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_media_meta_data_request import DescribeMediaMetaDataRequest

        request = DescribeMediaMetaDataRequest(
            input_info=input_info,
            mode=mode,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeMediaMetaDataResponse] = await self._invoke(
            _ops.DESCRIBE_MEDIA_META_DATA, request, timeout=timeout
        )
        return raw.parsed

    async def describe_person_samples(
        self,
        *,
        type: str | None = None,
        person_ids: list[str] | None = None,
        names: list[str] | None = None,
        tags: list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribePersonSamplesResponse:
        """List person samples, page by page.

        Returns person samples from the user-defined or the system default library, filtered by
        sample ID, name and tag. Each page holds at most 100 entries.

        Args:
            type: Library to read from: UserDefine (default) or Default.
            person_ids: Sample IDs to match, at most 100.
            names: Sample names to match, at most 20.
            tags: Sample tags to match, at most 20.
            offset: Paging offset; default 0.
            limit: Number of records to return; default 100, maximum 100.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_person_samples_request import DescribePersonSamplesRequest

        request = DescribePersonSamplesRequest(
            type=type,
            person_ids=person_ids,
            names=names,
            tags=tags,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribePersonSamplesResponse] = await self._invoke(
            _ops.DESCRIBE_PERSON_SAMPLES, request, timeout=timeout
        )
        return raw.parsed

    def iter_person_samples(
        self,
        *,
        type: str | None = None,
        person_ids: list[str] | None = None,
        names: list[str] | None = None,
        tags: list[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AiSamplePerson]:
        """Every item of ``PersonSet`` across all pages of ``DescribePersonSamples``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_person_samples`.
        """
        from . import _loops
        from .models.describe_person_samples_request import DescribePersonSamplesRequest

        request = DescribePersonSamplesRequest(
            type=type,
            person_ids=person_ids,
            names=names,
            tags=tags,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_PERSON_SAMPLES,
            _loops.DESCRIBE_PERSON_SAMPLES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_person_samples(
        self,
        *,
        type: str | None = None,
        person_ids: list[str] | None = None,
        names: list[str] | None = None,
        tags: list[str] | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribePersonSamplesResponse]:
        """Every page of ``DescribePersonSamples``: one :class:`DescribePersonSamplesResponse` per call.

        Like :meth:`iter_person_samples`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_person_samples_request import DescribePersonSamplesRequest

        request = DescribePersonSamplesRequest(
            type=type,
            person_ids=person_ids,
            names=names,
            tags=tags,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_PERSON_SAMPLES,
            _loops.DESCRIBE_PERSON_SAMPLES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_process_image_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        name: str | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeProcessImageTemplatesResponse:
        """List image processing templates.

        Returns image processing templates filtered by ID, name and type (preset or custom),
        optionally sorted by Definition in ascending or descending order. Use Offset and Limit
        to page; Limit defaults to 10 and is at most 100.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            name: Filter by template name.
            order_type: Sort order, used only when OrderBy is set: 0 ascending (default), 1 descending.
            order_by: Field to sort by.
            type: Filter by template type.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_process_image_templates_request import (
            DescribeProcessImageTemplatesRequest,
        )

        request = DescribeProcessImageTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            name=name,
            order_type=order_type,
            order_by=order_by,
            type=type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeProcessImageTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_PROCESS_IMAGE_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_process_image_templates(
        self,
        *,
        definitions: list[int] | None = None,
        name: str | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[ProcessImageTemplate]:
        """Every item of ``ProcessImageTemplateSet`` across all pages of ``DescribeProcessImageTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_process_image_templates`.
        """
        from . import _loops
        from .models.describe_process_image_templates_request import (
            DescribeProcessImageTemplatesRequest,
        )

        request = DescribeProcessImageTemplatesRequest(
            definitions=definitions,
            name=name,
            order_type=order_type,
            order_by=order_by,
            type=type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_PROCESS_IMAGE_TEMPLATES,
            _loops.DESCRIBE_PROCESS_IMAGE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_process_image_templates(
        self,
        *,
        definitions: list[int] | None = None,
        name: str | None = None,
        order_type: int | None = None,
        order_by: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeProcessImageTemplatesResponse]:
        """Every page of ``DescribeProcessImageTemplates``: one :class:`DescribeProcessImageTemplatesResponse` per call.

        Like :meth:`iter_process_image_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_process_image_templates_request import (
            DescribeProcessImageTemplatesRequest,
        )

        request = DescribeProcessImageTemplatesRequest(
            definitions=definitions,
            name=name,
            order_type=order_type,
            order_by=order_by,
            type=type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_PROCESS_IMAGE_TEMPLATES,
            _loops.DESCRIBE_PROCESS_IMAGE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_quality_control_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeQualityControlTemplatesResponse:
        """List media quality inspection templates, page by page.

        Returns template details filtered by IDs, type and name. Use Offset and Limit to page;
        Limit defaults to 10 and is at most 100. The response also gives the total number of
        matches.

        Args:
            definitions: Filter by quality inspection template IDs; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type: Preset for system preset templates, Custom for user-defined ones.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_quality_control_templates_request import (
            DescribeQualityControlTemplatesRequest,
        )

        request = DescribeQualityControlTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeQualityControlTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_QUALITY_CONTROL_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_quality_control_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[QualityControlTemplate]:
        """Every item of ``QualityControlTemplateSet`` across all pages of ``DescribeQualityControlTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_quality_control_templates`.
        """
        from . import _loops
        from .models.describe_quality_control_templates_request import (
            DescribeQualityControlTemplatesRequest,
        )

        request = DescribeQualityControlTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_QUALITY_CONTROL_TEMPLATES,
            _loops.DESCRIBE_QUALITY_CONTROL_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_quality_control_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeQualityControlTemplatesResponse]:
        """Every page of ``DescribeQualityControlTemplates``: one :class:`DescribeQualityControlTemplatesResponse` per call.

        Like :meth:`iter_quality_control_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_quality_control_templates_request import (
            DescribeQualityControlTemplatesRequest,
        )

        request = DescribeQualityControlTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_QUALITY_CONTROL_TEMPLATES,
            _loops.DESCRIBE_QUALITY_CONTROL_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_ssai_activate_state(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeSSAIActivateStateResponse:
        """Check whether SSAI is activated for the account.

        Returns the SSAI activation state of the calling account. Status 0 means the service is
        activated and -1 means it is not. The request takes no parameters.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_ssai_activate_state_request import DescribeSSAIActivateStateRequest

        request = DescribeSSAIActivateStateRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeSSAIActivateStateResponse] = await self._invoke(
            _ops.DESCRIBE_SSAI_ACTIVATE_STATE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_sample_snapshot_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSampleSnapshotTemplatesResponse:
        """List sampled screenshot templates, page by page.

        Returns sampled screenshot templates that match the given filter conditions. Results are
        returned page by page.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_sample_snapshot_templates_request import (
            DescribeSampleSnapshotTemplatesRequest,
        )

        request = DescribeSampleSnapshotTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSampleSnapshotTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_sample_snapshot_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SampleSnapshotTemplate]:
        """Every item of ``SampleSnapshotTemplateSet`` across all pages of ``DescribeSampleSnapshotTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_sample_snapshot_templates`.
        """
        from . import _loops
        from .models.describe_sample_snapshot_templates_request import (
            DescribeSampleSnapshotTemplatesRequest,
        )

        request = DescribeSampleSnapshotTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES,
            _loops.DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_sample_snapshot_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSampleSnapshotTemplatesResponse]:
        """Every page of ``DescribeSampleSnapshotTemplates``: one :class:`DescribeSampleSnapshotTemplatesResponse` per call.

        Like :meth:`iter_sample_snapshot_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_sample_snapshot_templates_request import (
            DescribeSampleSnapshotTemplatesRequest,
        )

        request = DescribeSampleSnapshotTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES,
            _loops.DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_schedules(
        self,
        *,
        schedule_ids: list[int] | None = None,
        trigger_type: str | None = None,
        status: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSchedulesResponse:
        """List schedules.

        Returns schedules filtered by ID, trigger type and status. Results are paged with Offset
        and Limit (default 10, at most 100), and the total count is included.

        Args:
            schedule_ids: Filter by schedule IDs; at most 100 entries.
            trigger_type: Filter by trigger type: CosFileUpload or AwsS3FileUpload.
            status: Filter by status: Enabled or Disabled.
            offset: Paging offset.
            limit: Number of records to return.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_schedules_request import DescribeSchedulesRequest

        request = DescribeSchedulesRequest(
            schedule_ids=schedule_ids,
            trigger_type=trigger_type,
            status=status,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSchedulesResponse] = await self._invoke(
            _ops.DESCRIBE_SCHEDULES, request, timeout=timeout
        )
        return raw.parsed

    def iter_schedules(
        self,
        *,
        schedule_ids: list[int] | None = None,
        trigger_type: str | None = None,
        status: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SchedulesInfo]:
        """Every item of ``ScheduleInfoSet`` across all pages of ``DescribeSchedules``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_schedules`.
        """
        from . import _loops
        from .models.describe_schedules_request import DescribeSchedulesRequest

        request = DescribeSchedulesRequest(
            schedule_ids=schedule_ids,
            trigger_type=trigger_type,
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SCHEDULES,
            _loops.DESCRIBE_SCHEDULES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_schedules(
        self,
        *,
        schedule_ids: list[int] | None = None,
        trigger_type: str | None = None,
        status: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSchedulesResponse]:
        """Every page of ``DescribeSchedules``: one :class:`DescribeSchedulesResponse` per call.

        Like :meth:`iter_schedules`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_schedules_request import DescribeSchedulesRequest

        request = DescribeSchedulesRequest(
            schedule_ids=schedule_ids,
            trigger_type=trigger_type,
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SCHEDULES,
            _loops.DESCRIBE_SCHEDULES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_smart_erase_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        erase_type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSmartEraseTemplatesResponse:
        """Get details of smart erase templates by ID.

        Returns the smart erase templates whose unique IDs match the filters. The result
        includes both user-defined templates and system preset templates that match.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type; all types are returned when omitted.
            erase_type: Filter by what the template erases.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_smart_erase_templates_request import (
            DescribeSmartEraseTemplatesRequest,
        )

        request = DescribeSmartEraseTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            erase_type=erase_type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSmartEraseTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_SMART_ERASE_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_smart_erase_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        erase_type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SmartEraseTemplateItem]:
        """Every item of ``SmartEraseTemplateSet`` across all pages of ``DescribeSmartEraseTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_smart_erase_templates`.
        """
        from . import _loops
        from .models.describe_smart_erase_templates_request import (
            DescribeSmartEraseTemplatesRequest,
        )

        request = DescribeSmartEraseTemplatesRequest(
            definitions=definitions,
            type=type,
            erase_type=erase_type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SMART_ERASE_TEMPLATES,
            _loops.DESCRIBE_SMART_ERASE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_smart_erase_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        erase_type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSmartEraseTemplatesResponse]:
        """Every page of ``DescribeSmartEraseTemplates``: one :class:`DescribeSmartEraseTemplatesResponse` per call.

        Like :meth:`iter_smart_erase_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_smart_erase_templates_request import (
            DescribeSmartEraseTemplatesRequest,
        )

        request = DescribeSmartEraseTemplatesRequest(
            definitions=definitions,
            type=type,
            erase_type=erase_type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SMART_ERASE_TEMPLATES,
            _loops.DESCRIBE_SMART_ERASE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_smart_subtitle_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        process_type: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSmartSubtitleTemplatesResponse:
        """Get details of smart subtitle templates by ID.

        Returns the smart subtitle templates whose unique IDs match the filters. The result
        includes both user-defined templates and system preset templates that match.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type; all types are returned when omitted.
            name: Filter by template name, at most 64 characters.
            process_type: Filter by subtitle processing type.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_smart_subtitle_templates_request import (
            DescribeSmartSubtitleTemplatesRequest,
        )

        request = DescribeSmartSubtitleTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            process_type=process_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSmartSubtitleTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_SMART_SUBTITLE_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_smart_subtitle_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        process_type: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SmartSubtitleTemplateItem]:
        """Every item of ``SmartSubtitleTemplateSet`` across all pages of ``DescribeSmartSubtitleTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_smart_subtitle_templates`.
        """
        from . import _loops
        from .models.describe_smart_subtitle_templates_request import (
            DescribeSmartSubtitleTemplatesRequest,
        )

        request = DescribeSmartSubtitleTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            process_type=process_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SMART_SUBTITLE_TEMPLATES,
            _loops.DESCRIBE_SMART_SUBTITLE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_smart_subtitle_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        process_type: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSmartSubtitleTemplatesResponse]:
        """Every page of ``DescribeSmartSubtitleTemplates``: one :class:`DescribeSmartSubtitleTemplatesResponse` per call.

        Like :meth:`iter_smart_subtitle_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_smart_subtitle_templates_request import (
            DescribeSmartSubtitleTemplatesRequest,
        )

        request = DescribeSmartSubtitleTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            process_type=process_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SMART_SUBTITLE_TEMPLATES,
            _loops.DESCRIBE_SMART_SUBTITLE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_snapshot_by_time_offset_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSnapshotByTimeOffsetTemplatesResponse:
        """List time-point screenshot templates, page by page.

        Returns templates for taking screenshots at specified time points that match the given
        filter conditions. Results are returned page by page.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_snapshot_by_time_offset_templates_request import (
            DescribeSnapshotByTimeOffsetTemplatesRequest,
        )

        request = DescribeSnapshotByTimeOffsetTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSnapshotByTimeOffsetTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_snapshot_by_time_offset_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SnapshotByTimeOffsetTemplate]:
        """Every item of ``SnapshotByTimeOffsetTemplateSet`` across all pages of ``DescribeSnapshotByTimeOffsetTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_snapshot_by_time_offset_templates`.
        """
        from . import _loops
        from .models.describe_snapshot_by_time_offset_templates_request import (
            DescribeSnapshotByTimeOffsetTemplatesRequest,
        )

        request = DescribeSnapshotByTimeOffsetTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES,
            _loops.DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_snapshot_by_time_offset_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSnapshotByTimeOffsetTemplatesResponse]:
        """Every page of ``DescribeSnapshotByTimeOffsetTemplates``: one :class:`DescribeSnapshotByTimeOffsetTemplatesResponse` per call.

        Like :meth:`iter_snapshot_by_time_offset_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_snapshot_by_time_offset_templates_request import (
            DescribeSnapshotByTimeOffsetTemplatesRequest,
        )

        request = DescribeSnapshotByTimeOffsetTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES,
            _loops.DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_link_activate_state(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeStreamLinkActivateStateResponse:
        """Check whether StreamLink is activated for the account.

        Takes no parameters and returns a Status that is 0 when the user has activated media
        transport, and non-zero otherwise.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_activate_state_request import (
            DescribeStreamLinkActivateStateRequest,
        )

        request = DescribeStreamLinkActivateStateRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamLinkActivateStateResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_ACTIVATE_STATE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_event(
        self,
        event_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkEventResponse:
        """Get the configuration of a StreamLink media transport event.

        Returns the name, description, status, creation time and attached flows of the event
        identified by EventId.

        Args:
            event_id: ID of the media transport event. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_event_request import DescribeStreamLinkEventRequest

        request = DescribeStreamLinkEventRequest(
            event_id=event_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamLinkEventResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_EVENT, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_event_attached_flows(
        self,
        event_id: str,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkEventAttachedFlowsResponse:
        """List the flows attached to a StreamLink event.

        Returns the configuration of every media input flow associated with the given EventId,
        page by page (PageNum defaults to 1, PageSize to 1000). Each entry describes an input or
        output of a flow, with its name, region and the event it belongs to.

        Args:
            event_id: ID of the event whose attached flows are listed. Required.
            page_num: Page number to return.
            page_size: Number of flows per page.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_event_attached_flows_request import (
            DescribeStreamLinkEventAttachedFlowsRequest,
        )

        request = DescribeStreamLinkEventAttachedFlowsRequest(
            event_id=event_id,
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkEventAttachedFlowsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_link_event_attached_flows(
        self,
        event_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeFlow]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamLinkEventAttachedFlows``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_link_event_attached_flows`.
        """
        from . import _loops
        from .models.describe_stream_link_event_attached_flows_request import (
            DescribeStreamLinkEventAttachedFlowsRequest,
        )

        request = DescribeStreamLinkEventAttachedFlowsRequest(
            event_id=event_id,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS,
            _loops.DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_link_event_attached_flows(
        self,
        event_id: str,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamLinkEventAttachedFlowsResponse]:
        """Every page of ``DescribeStreamLinkEventAttachedFlows``: one :class:`DescribeStreamLinkEventAttachedFlowsResponse` per call.

        Like :meth:`iter_stream_link_event_attached_flows`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_link_event_attached_flows_request import (
            DescribeStreamLinkEventAttachedFlowsRequest,
        )

        request = DescribeStreamLinkEventAttachedFlowsRequest(
            event_id=event_id,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS,
            _loops.DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_link_events(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkEventsResponse:
        """List StreamLink events page by page.

        Returns the configuration of StreamLink media transport events in bulk. Use PageNum
        (default 1) and PageSize (default 10) to page through the results.

        Args:
            page_num: Page number to return.
            page_size: Number of events per page.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_events_request import DescribeStreamLinkEventsRequest

        request = DescribeStreamLinkEventsRequest(
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkEventsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_EVENTS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_link_events(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeEvent]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamLinkEvents``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_link_events`.
        """
        from . import _loops
        from .models.describe_stream_link_events_request import DescribeStreamLinkEventsRequest

        request = DescribeStreamLinkEventsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_LINK_EVENTS,
            _loops.DESCRIBE_STREAM_LINK_EVENTS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_link_events(
        self,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamLinkEventsResponse]:
        """Every page of ``DescribeStreamLinkEvents``: one :class:`DescribeStreamLinkEventsResponse` per call.

        Like :meth:`iter_stream_link_events`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_link_events_request import DescribeStreamLinkEventsRequest

        request = DescribeStreamLinkEventsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_LINK_EVENTS,
            _loops.DESCRIBE_STREAM_LINK_EVENTS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_link_flow(
        self,
        flow_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowResponse:
        """Get the configuration of one StreamLink flow.

        Returns the configuration of a single media transport flow, identified by its flow ID,
        including its inputs and outputs.

        Args:
            flow_id: ID of the flow to look up. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_request import DescribeStreamLinkFlowRequest

        request = DescribeStreamLinkFlowRequest(
            flow_id=flow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamLinkFlowResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_flow_logs(
        self,
        flow_id: str,
        *,
        start_time: datetime | str,
        end_time: datetime | str,
        type: list[str],
        pipeline: list[str],
        page_size: int,
        sort_type: str | None = None,
        page_num: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowLogsResponse:
        """Query the logs of a StreamLink flow.

        Returns log entries of a flow for a time range, optionally filtered by input or output
        type and by primary (0) or backup (1) pipeline. StartTime defaults to one hour ago and
        may reach back at most 7 days; EndTime defaults to one hour after StartTime, and at most
        24 hours can be queried. Times are UTC, such as 2020-01-01T12:00:00Z. Results are paged
        (PageSize 1 to 1000, default 100) and sorted by Timestamp, descending by default.

        Args:
            flow_id: ID of the media transport flow whose logs are queried. Required.
            start_time: Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour ago, and only the last 7 days can be queried. Required.
            end_time: End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour after StartTime, and at most 24 hours of data can be queried. Required.
            type: Log sources to include: input, output or both. Required.
            pipeline: Pipelines to include: 0 for the primary, 1 for the backup. Required.
            page_size: Number of entries per page, in the range [1, 1000]. Required.
            sort_type: Sort order by Timestamp: desc (the default) or asc.
            page_num: Page number, in the range [1, 1000].
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_logs_request import DescribeStreamLinkFlowLogsRequest

        request = DescribeStreamLinkFlowLogsRequest(
            flow_id=flow_id,
            start_time=start_time,
            end_time=end_time,
            type=type,
            pipeline=pipeline,
            page_size=page_size,
            sort_type=sort_type,
            page_num=page_num,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowLogsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW_LOGS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_link_flow_logs(
        self,
        flow_id: str,
        *,
        start_time: datetime | str,
        end_time: datetime | str,
        type: list[str],
        pipeline: list[str],
        sort_type: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[FlowLogInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamLinkFlowLogs``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_link_flow_logs`.
        """
        from . import _loops
        from .models.describe_stream_link_flow_logs_request import DescribeStreamLinkFlowLogsRequest

        request = DescribeStreamLinkFlowLogsRequest(
            flow_id=flow_id,
            start_time=start_time,
            end_time=end_time,
            type=type,
            pipeline=pipeline,
            sort_type=sort_type,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_LINK_FLOW_LOGS,
            _loops.DESCRIBE_STREAM_LINK_FLOW_LOGS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_link_flow_logs(
        self,
        flow_id: str,
        *,
        start_time: datetime | str,
        end_time: datetime | str,
        type: list[str],
        pipeline: list[str],
        sort_type: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamLinkFlowLogsResponse]:
        """Every page of ``DescribeStreamLinkFlowLogs``: one :class:`DescribeStreamLinkFlowLogsResponse` per call.

        Like :meth:`iter_stream_link_flow_logs`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_link_flow_logs_request import DescribeStreamLinkFlowLogsRequest

        request = DescribeStreamLinkFlowLogsRequest(
            flow_id=flow_id,
            start_time=start_time,
            end_time=end_time,
            type=type,
            pipeline=pipeline,
            sort_type=sort_type,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_LINK_FLOW_LOGS,
            _loops.DESCRIBE_STREAM_LINK_FLOW_LOGS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_link_flow_media_statistics(
        self,
        *,
        flow_id: str,
        type: str,
        input_output_id: str,
        pipeline: str,
        period: str,
        start_time: datetime | str,
        end_time: datetime | str,
        remote_ip: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowMediaStatisticsResponse:
        """Query media quality data of a StreamLink flow.

        Returns bitrate, frame rate and bandwidth samples of one input or output of a flow, for
        the primary or backup pipeline, at a chosen period (5s, 1min, 5min or 15min). StartTime
        defaults to one hour ago and may reach back at most 7 days; EndTime defaults to one hour
        after StartTime, and at most 24 hours can be queried. Times are UTC, such as
        2020-01-01T12:00:00Z.

        Args:
            flow_id: ID of the media transport flow. Required.
            type: Whether the statistics are for an input or an output: input or output. Required.
            input_output_id: ID of the input or output to query. Required.
            pipeline: Pipeline to query: 0 for the primary pipeline, 1 for the backup. Required.
            period: Sampling interval of the statistics: 5s, 1min, 5min or 15min. Required.
            start_time: Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour ago, and only the last 7 days can be queried. Required.
            end_time: End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour after StartTime, and at most 24 hours of data can be queried. Required.
            remote_ip: IP address of the remote client or server at the other end of the connection.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_media_statistics_request import (
            DescribeStreamLinkFlowMediaStatisticsRequest,
        )

        request = DescribeStreamLinkFlowMediaStatisticsRequest(
            flow_id=flow_id,
            type=type,
            input_output_id=input_output_id,
            pipeline=pipeline,
            period=period,
            start_time=start_time,
            end_time=end_time,
            remote_ip=remote_ip,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowMediaStatisticsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW_MEDIA_STATISTICS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_flow_realtime_status(
        self,
        flow_id: str,
        *,
        input_ids: list[str] | None = None,
        output_ids: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowRealtimeStatusResponse:
        """Get the current real-time status of a flow's inputs and outputs.

        Returns the live connection state of the inputs and outputs of a flow, with common
        figures such as bitrate and connected time plus SRT, RTMP or RTP details. Pass InputIds
        and OutputIds to narrow the query; when both are empty, all inputs and outputs are
        returned.

        Args:
            flow_id: ID of the flow whose real-time status is queried. Required.
            input_ids: IDs of the inputs to report; when both InputIds and OutputIds are empty, all inputs and outputs are reported.
            output_ids: IDs of the outputs to report; when both InputIds and OutputIds are empty, all inputs and outputs are reported.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_realtime_status_request import (
            DescribeStreamLinkFlowRealtimeStatusRequest,
        )

        request = DescribeStreamLinkFlowRealtimeStatusRequest(
            flow_id=flow_id,
            input_ids=input_ids,
            output_ids=output_ids,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowRealtimeStatusResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW_REALTIME_STATUS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_flow_srt_statistics(
        self,
        *,
        flow_id: str,
        type: str,
        input_output_id: str,
        pipeline: str,
        start_time: datetime | str,
        end_time: datetime | str,
        period: str,
        remote_ip: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowSRTStatisticsResponse:
        """Query SRT quality data of a StreamLink flow.

        Returns SRT transport samples, such as packet loss, retransmission rate and RTT, for one
        input or output of a flow and a primary or backup pipeline, at a chosen period (5s,
        1min, 5min or 15min). StartTime defaults to one hour ago and may reach back at most 7
        days; EndTime defaults to one hour after StartTime, and at most 24 hours can be queried.
        Times are UTC, such as 2020-01-01T12:00:00Z.

        Args:
            flow_id: ID of the media transport flow. Required.
            type: Whether the statistics are for an input or an output: input or output. Required.
            input_output_id: ID of the input or output to query. Required.
            pipeline: Pipeline to query: 0 for the primary pipeline, 1 for the backup. Required.
            start_time: Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour ago, and only the last 7 days can be queried. Required.
            end_time: End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour after StartTime, and at most 24 hours of data can be queried. Required.
            period: Sampling interval of the statistics: 5s, 1min, 5min or 15min. Required.
            remote_ip: IP address of the remote client or server at the other end of the connection.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_srt_statistics_request import (
            DescribeStreamLinkFlowSRTStatisticsRequest,
        )

        request = DescribeStreamLinkFlowSRTStatisticsRequest(
            flow_id=flow_id,
            type=type,
            input_output_id=input_output_id,
            pipeline=pipeline,
            start_time=start_time,
            end_time=end_time,
            period=period,
            remote_ip=remote_ip,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowSRTStatisticsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW_SRT_STATISTICS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_flow_statistics(
        self,
        *,
        flow_id: str,
        type: str,
        input_output_id: str,
        pipeline: str,
        period: str,
        start_time: datetime | str,
        end_time: datetime | str,
        remote_ip: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowStatisticsResponse:
        """Query per-session statistics of a StreamLink flow.

        Returns media statistics of one input or output of a flow, grouped by timestamp and
        session, with per-track video and audio figures and total bandwidth. The period can be
        5s, 1min, 5min or 15min. StartTime defaults to one hour ago and may reach back at most 7
        days; EndTime defaults to one hour after StartTime, and at most 24 hours can be queried.
        Times are UTC, such as 2020-01-01T12:00:00Z.

        Args:
            flow_id: ID of the media transport flow. Required.
            type: Whether the statistics are for an input or an output: input or output. Required.
            input_output_id: ID of the input or output to query. Required.
            pipeline: Pipeline to query: 0 for the primary pipeline, 1 for the backup. Required.
            period: Sampling interval of the statistics: 5s, 1min, 5min or 15min. Required.
            start_time: Start of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour ago, and only the last 7 days can be queried. Required.
            end_time: End of the statistics window as a UTC time such as 2020-01-01T12:00:00Z; defaults to one hour after StartTime, and at most 24 hours of data can be queried. Required.
            remote_ip: IP address of the remote client or server at the other end of the connection.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flow_statistics_request import (
            DescribeStreamLinkFlowStatisticsRequest,
        )

        request = DescribeStreamLinkFlowStatisticsRequest(
            flow_id=flow_id,
            type=type,
            input_output_id=input_output_id,
            pipeline=pipeline,
            period=period,
            start_time=start_time,
            end_time=end_time,
            remote_ip=remote_ip,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowStatisticsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOW_STATISTICS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_flows(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamLinkFlowsResponse:
        """List StreamLink flows page by page.

        Returns the configuration of media input flows in bulk. PageNum defaults to 1 and
        PageSize to 10; the response also gives the total number of flows and pages.

        Args:
            page_num: Page number to return, starting from 1.
            page_size: Number of flows per page.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_flows_request import DescribeStreamLinkFlowsRequest

        request = DescribeStreamLinkFlowsRequest(
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamLinkFlowsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_FLOWS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_link_flows(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeFlow]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamLinkFlows``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_link_flows`.
        """
        from . import _loops
        from .models.describe_stream_link_flows_request import DescribeStreamLinkFlowsRequest

        request = DescribeStreamLinkFlowsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_LINK_FLOWS,
            _loops.DESCRIBE_STREAM_LINK_FLOWS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_link_flows(
        self,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamLinkFlowsResponse]:
        """Every page of ``DescribeStreamLinkFlows``: one :class:`DescribeStreamLinkFlowsResponse` per call.

        Like :meth:`iter_stream_link_flows`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_link_flows_request import DescribeStreamLinkFlowsRequest

        request = DescribeStreamLinkFlowsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_LINK_FLOWS,
            _loops.DESCRIBE_STREAM_LINK_FLOWS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_link_regions(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeStreamLinkRegionsResponse:
        """List the regions where StreamLink is available.

        Returns every region offered by StreamLink media transport. The request takes no
        parameters.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_regions_request import DescribeStreamLinkRegionsRequest

        request = DescribeStreamLinkRegionsRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamLinkRegionsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_REGIONS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_link_security_groups(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeStreamLinkSecurityGroupsResponse:
        """List StreamLink security groups.

        Returns all StreamLink security groups with their allowlists, regions and the inputs and
        outputs bound to them. The request takes no parameters.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_link_security_groups_request import (
            DescribeStreamLinkSecurityGroupsRequest,
        )

        request = DescribeStreamLinkSecurityGroupsRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamLinkSecurityGroupsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_LINK_SECURITY_GROUPS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_activate_state(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> DescribeStreamPackageActivateStateResponse:
        """Check whether StreamPackage is activated for the account.

        Returns the StreamPackage activation state of the calling account. Status 0 means the
        account is activated; any other value means it is not. The request takes no parameters.

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_activate_state_request import (
            DescribeStreamPackageActivateStateRequest,
        )

        request = DescribeStreamPackageActivateStateRequest(
            unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageActivateStateResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_ACTIVATE_STATE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_linear_assembly_channel(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyChannelResponse:
        """Get the details of one linear assembly channel.

        Looks up a linear assembly channel by its ID and returns its details.

        Args:
            id: ID of the channel to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_channel_request import (
            DescribeStreamPackageLinearAssemblyChannelRequest,
        )

        request = DescribeStreamPackageLinearAssemblyChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_linear_assembly_channel_alerts(
        self,
        channel_id: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyChannelAlertsResponse:
        """List the alerts of a linear assembly channel in a time range.

        Returns the alerts of one channel between two Unix timestamps, both as per-program
        counts and as detailed records. Only the last seven days can be queried.

        Args:
            channel_id: ID of the channel whose alerts are queried. Required.
            start_time: Start of the query range as a Unix timestamp; only the last seven days can be queried.
            end_time: End of the query range as a Unix timestamp; only the last seven days can be queried.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_channel_alerts_request import (
            DescribeStreamPackageLinearAssemblyChannelAlertsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyChannelAlertsRequest(
            channel_id=channel_id,
            start_time=start_time,
            end_time=end_time,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[
            DescribeStreamPackageLinearAssemblyChannelAlertsResponse
        ] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL_ALERTS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_linear_assembly_channels(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyChannelsResponse:
        """List linear assembly channels page by page.

        Returns the linear assembly channels of the account with their tier, playback mode,
        outputs, attached programs and state.

        Args:
            page_num: Page number to return, in the range [1, 1000].
            page_size: Number of channels per page, in the range [1, 1000].
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_channels_request import (
            DescribeStreamPackageLinearAssemblyChannelsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyChannelsRequest(
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageLinearAssemblyChannelsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_linear_assembly_channels(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[LinearAssemblyChannelInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageLinearAssemblyChannels``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_linear_assembly_channels`.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_channels_request import (
            DescribeStreamPackageLinearAssemblyChannelsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyChannelsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_linear_assembly_channels(
        self,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageLinearAssemblyChannelsResponse]:
        """Every page of ``DescribeStreamPackageLinearAssemblyChannels``: one :class:`DescribeStreamPackageLinearAssemblyChannelsResponse` per call.

        Like :meth:`iter_stream_package_linear_assembly_channels`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_channels_request import (
            DescribeStreamPackageLinearAssemblyChannelsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyChannelsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_package_linear_assembly_program(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyProgramResponse:
        """Get the details of one linear assembly program.

        Returns the configuration of the program identified in the request, including its
        Source, bound channel, playback settings and ad breaks.

        Args:
            id: ID of the program to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_program_request import (
            DescribeStreamPackageLinearAssemblyProgramRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageLinearAssemblyProgramResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_linear_assembly_program_schedules(
        self,
        channel_id: str,
        *,
        time_window: int | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyProgramSchedulesResponse:
        """List the program schedules of a linear assembly channel.

        Returns the scheduling entries of programs in a linear assembly channel, each with its
        Source, start time and duration.

        Args:
            channel_id: ID of the channel whose program schedule is listed. Required.
            time_window: Length of the schedule window to return, in seconds; at most 7776000.
            page_num: Page number to return, in the range [1, 10000].
            page_size: Number of entries per page, in the range [1, 1000].
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_program_schedules_request import (
            DescribeStreamPackageLinearAssemblyProgramSchedulesRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramSchedulesRequest(
            channel_id=channel_id,
            time_window=time_window,
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[
            DescribeStreamPackageLinearAssemblyProgramSchedulesResponse
        ] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_linear_assembly_program_schedules(
        self,
        channel_id: str,
        *,
        time_window: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[LinearAssemblyProgramInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageLinearAssemblyProgramSchedules``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_linear_assembly_program_schedules`.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_program_schedules_request import (
            DescribeStreamPackageLinearAssemblyProgramSchedulesRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramSchedulesRequest(
            channel_id=channel_id,
            time_window=time_window,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_linear_assembly_program_schedules(
        self,
        channel_id: str,
        *,
        time_window: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageLinearAssemblyProgramSchedulesResponse]:
        """Every page of ``DescribeStreamPackageLinearAssemblyProgramSchedules``: one :class:`DescribeStreamPackageLinearAssemblyProgramSchedulesResponse` per call.

        Like :meth:`iter_stream_package_linear_assembly_program_schedules`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_program_schedules_request import (
            DescribeStreamPackageLinearAssemblyProgramSchedulesRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramSchedulesRequest(
            channel_id=channel_id,
            time_window=time_window,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_package_linear_assembly_programs(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        channel_id: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyProgramsResponse:
        """List linear assembly programs page by page.

        Returns the linear assembly programs of the account, each with its Source, bound
        channel, playback settings and ad breaks.

        Args:
            page_num: Page number to return, in the range [1, 1000].
            page_size: Number of programs per page, in the range [1, 10000].
            channel_id: Restricts the list to the programs of this channel.
            name: Filters programs by name using fuzzy matching.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_programs_request import (
            DescribeStreamPackageLinearAssemblyProgramsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramsRequest(
            page_num=page_num,
            page_size=page_size,
            channel_id=channel_id,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageLinearAssemblyProgramsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_linear_assembly_programs(
        self,
        *,
        channel_id: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[LinearAssemblyProgramInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageLinearAssemblyPrograms``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_linear_assembly_programs`.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_programs_request import (
            DescribeStreamPackageLinearAssemblyProgramsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramsRequest(
            channel_id=channel_id,
            name=name,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_linear_assembly_programs(
        self,
        *,
        channel_id: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageLinearAssemblyProgramsResponse]:
        """Every page of ``DescribeStreamPackageLinearAssemblyPrograms``: one :class:`DescribeStreamPackageLinearAssemblyProgramsResponse` per call.

        Like :meth:`iter_stream_package_linear_assembly_programs`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_linear_assembly_programs_request import (
            DescribeStreamPackageLinearAssemblyProgramsRequest,
        )

        request = DescribeStreamPackageLinearAssemblyProgramsRequest(
            channel_id=channel_id,
            name=name,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS,
            _loops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_package_linear_assembly_usage(
        self,
        *,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        dimension: bool | None = None,
        channel_ids: list[str] | None = None,
        channel_tiers: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageLinearAssemblyUsageResponse:
        """Query linear assembly channel usage.

        Returns usage statistics of StreamPackage linear assembly channels for the requested
        period.

        Args:
            start_time: Start of the query range, in ISO 8601 format with time zone.
            end_time: End of the query range, in ISO 8601 format with time zone.
            dimension: Level of detail: false returns a summary, true returns per-channel details.
            channel_ids: IDs of the channels whose usage is queried.
            channel_tiers: Channel tiers to include, Basic and/or Standard; all tiers are included when empty.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_linear_assembly_usage_request import (
            DescribeStreamPackageLinearAssemblyUsageRequest,
        )

        request = DescribeStreamPackageLinearAssemblyUsageRequest(
            start_time=start_time,
            end_time=end_time,
            dimension=dimension,
            channel_ids=channel_ids,
            channel_tiers=channel_tiers,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageLinearAssemblyUsageResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_USAGE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_ssai_channel(
        self,
        *,
        id: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSSAIChannelResponse:
        """Get one ad insertion configuration.

        Returns the full details of the SSAI configuration with the given ID, including its
        content source, playback URL prefixes and ad insertion settings.

        Args:
            id: ID of the ad insertion (SSAI) configuration to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_ssai_channel_request import (
            DescribeStreamPackageSSAIChannelRequest,
        )

        request = DescribeStreamPackageSSAIChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageSSAIChannelResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_ssai_channels(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSSAIChannelsResponse:
        """List ad insertion configurations page by page.

        Returns SSAI configurations in pages; PageNum defaults to 1 and PageSize to 10. The
        response also gives the total number of configurations.

        Args:
            page_num: Page number to return, starting at 1.
            page_size: Number of configurations per page.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_ssai_channels_request import (
            DescribeStreamPackageSSAIChannelsRequest,
        )

        request = DescribeStreamPackageSSAIChannelsRequest(
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageSSAIChannelsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_ssai_channels(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SSAIChannelInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageSSAIChannels``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_ssai_channels`.
        """
        from . import _loops
        from .models.describe_stream_package_ssai_channels_request import (
            DescribeStreamPackageSSAIChannelsRequest,
        )

        request = DescribeStreamPackageSSAIChannelsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS,
            _loops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_ssai_channels(
        self,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageSSAIChannelsResponse]:
        """Every page of ``DescribeStreamPackageSSAIChannels``: one :class:`DescribeStreamPackageSSAIChannelsResponse` per call.

        Like :meth:`iter_stream_package_ssai_channels`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_ssai_channels_request import (
            DescribeStreamPackageSSAIChannelsRequest,
        )

        request = DescribeStreamPackageSSAIChannelsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS,
            _loops.DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_package_ssai_usage(
        self,
        *,
        start_time: str | None = None,
        end_time: str | None = None,
        channel_ids: list[str] | None = None,
        types: list[str] | None = None,
        dimension: bool | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSSAIUsageResponse:
        """Query SSAI ad replacement usage.

        Returns ad request, impression, fill and replacement statistics for a time range,
        optionally filtered by channel IDs and by ad type (Pre-roll, Mid-roll or VOD). All ad
        types are queried when none is given. Set Dimension to true for detailed per-
        configuration data or false for a summary.

        Args:
            start_time: Start of the usage query period, as an ISO 8601 time string with offset, for example 2026-02-10T00+08:00.
            end_time: End of the usage query period, as an ISO 8601 time string with offset, for example 2026-02-10T02+08:00.
            channel_ids: IDs of the channels whose usage is queried.
            types: Ad types to query: Pre-roll, Mid-roll or VOD.
            dimension: Granularity of the result: false returns a summary, true returns detailed data.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_ssai_usage_request import (
            DescribeStreamPackageSSAIUsageRequest,
        )

        request = DescribeStreamPackageSSAIUsageRequest(
            start_time=start_time,
            end_time=end_time,
            channel_ids=channel_ids,
            types=types,
            dimension=dimension,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageSSAIUsageResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SSAI_USAGE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_source(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSourceResponse:
        """Get the details of one linear assembly Source.

        Returns the configuration of the Source with the given ID: its type, package
        configurations, tags, region and timestamps.

        Args:
            id: ID of the Source to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_source_request import (
            DescribeStreamPackageSourceRequest,
        )

        request = DescribeStreamPackageSourceRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageSourceResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_source_alerts(
        self,
        source_id: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSourceAlertsResponse:
        """List the alerts raised for a linear assembly Source.

        Returns alert records of the given Source within a time window given as Unix timestamps.
        Only the last seven days can be queried.

        Args:
            source_id: ID of the Source whose alerts are queried. Required.
            start_time: Start of the query window as a Unix timestamp; only the last seven days can be queried.
            end_time: End of the query window as a Unix timestamp; only the last seven days can be queried.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_source_alerts_request import (
            DescribeStreamPackageSourceAlertsRequest,
        )

        request = DescribeStreamPackageSourceAlertsRequest(
            source_id=source_id,
            start_time=start_time,
            end_time=end_time,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageSourceAlertsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE_ALERTS, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_source_location(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSourceLocationResponse:
        """Get the details of one SourceLocation.

        Returns the configuration of the SourceLocation with the given ID: base URL, segment
        delivery settings and the live and VOD Sources attached to it.

        Args:
            id: ID of the SourceLocation to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_source_location_request import (
            DescribeStreamPackageSourceLocationRequest,
        )

        request = DescribeStreamPackageSourceLocationRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeStreamPackageSourceLocationResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATION, request, timeout=timeout
        )
        return raw.parsed

    async def describe_stream_package_source_locations(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSourceLocationsResponse:
        """List SourceLocations page by page.

        Returns SourceLocations in pages; PageNum and PageSize each accept [1, 1000]. The
        response includes the total item count and total page count.

        Args:
            page_num: Page number to return, in the range [1, 1000].
            page_size: Number of SourceLocations per page, in the range [1, 1000].
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_source_locations_request import (
            DescribeStreamPackageSourceLocationsRequest,
        )

        request = DescribeStreamPackageSourceLocationsRequest(
            page_num=page_num,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageSourceLocationsResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_source_locations(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SourceLocationInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageSourceLocations``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_source_locations`.
        """
        from . import _loops
        from .models.describe_stream_package_source_locations_request import (
            DescribeStreamPackageSourceLocationsRequest,
        )

        request = DescribeStreamPackageSourceLocationsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS,
            _loops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_source_locations(
        self,
        *,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageSourceLocationsResponse]:
        """Every page of ``DescribeStreamPackageSourceLocations``: one :class:`DescribeStreamPackageSourceLocationsResponse` per call.

        Like :meth:`iter_stream_package_source_locations`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_source_locations_request import (
            DescribeStreamPackageSourceLocationsRequest,
        )

        request = DescribeStreamPackageSourceLocationsRequest(
            page_size=page_size, unknown_fields=dict(extra_params) if extra_params else None
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS,
            _loops.DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_stream_package_sources(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        location_id: str | None = None,
        type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeStreamPackageSourcesResponse:
        """List linear assembly Sources page by page.

        Returns Sources in pages, optionally limited to one SourceLocation and to Live or VOD
        type. PageNum and PageSize each accept [1, 1000]; the response includes total item and
        page counts.

        Args:
            page_num: Page number to return, in the range [1, 1000].
            page_size: Number of Sources per page, in the range [1, 1000].
            location_id: SourceLocation ID; when set, all Sources under that location are listed.
            type: Source type to list: Live for live sources or VOD for on-demand sources.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_stream_package_sources_request import (
            DescribeStreamPackageSourcesRequest,
        )

        request = DescribeStreamPackageSourcesRequest(
            page_num=page_num,
            page_size=page_size,
            location_id=location_id,
            type=type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeStreamPackageSourcesResponse] = await self._invoke(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCES, request, timeout=timeout
        )
        return raw.parsed

    def iter_stream_package_sources(
        self,
        *,
        location_id: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SourceInfo]:
        """Every item of ``Infos`` across all pages of ``DescribeStreamPackageSources``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_stream_package_sources`.
        """
        from . import _loops
        from .models.describe_stream_package_sources_request import (
            DescribeStreamPackageSourcesRequest,
        )

        request = DescribeStreamPackageSourcesRequest(
            location_id=location_id,
            type=type,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCES,
            _loops.DESCRIBE_STREAM_PACKAGE_SOURCES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_stream_package_sources(
        self,
        *,
        location_id: str | None = None,
        type: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeStreamPackageSourcesResponse]:
        """Every page of ``DescribeStreamPackageSources``: one :class:`DescribeStreamPackageSourcesResponse` per call.

        Like :meth:`iter_stream_package_sources`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_stream_package_sources_request import (
            DescribeStreamPackageSourcesRequest,
        )

        request = DescribeStreamPackageSourcesRequest(
            location_id=location_id,
            type=type,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_STREAM_PACKAGE_SOURCES,
            _loops.DESCRIBE_STREAM_PACKAGE_SOURCES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_subtitle_embed_templates(
        self,
        *,
        definitions: list[int] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        type: str | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeSubtitleEmbedTemplatesResponse:
        """Get details of subtitle burn-in templates by ID.

        Returns the subtitle burn-in (embedding) templates whose unique IDs match the filters.
        The result includes both user-defined templates and system preset templates that match.

        Args:
            definitions: Template IDs to match; at most 100 entries.
            offset: Paging offset.
            limit: Number of records to return.
            type: Filter by template type; all types are returned when omitted.
            name: Filter by template name, at most 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_subtitle_embed_templates_request import (
            DescribeSubtitleEmbedTemplatesRequest,
        )

        request = DescribeSubtitleEmbedTemplatesRequest(
            definitions=definitions,
            offset=offset,
            limit=limit,
            type=type,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeSubtitleEmbedTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_SUBTITLE_EMBED_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_subtitle_embed_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[SubtitleEmbedTemplateItem]:
        """Every item of ``SubtitleEmbedTemplateSet`` across all pages of ``DescribeSubtitleEmbedTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_subtitle_embed_templates`.
        """
        from . import _loops
        from .models.describe_subtitle_embed_templates_request import (
            DescribeSubtitleEmbedTemplatesRequest,
        )

        request = DescribeSubtitleEmbedTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_SUBTITLE_EMBED_TEMPLATES,
            _loops.DESCRIBE_SUBTITLE_EMBED_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_subtitle_embed_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeSubtitleEmbedTemplatesResponse]:
        """Every page of ``DescribeSubtitleEmbedTemplates``: one :class:`DescribeSubtitleEmbedTemplatesResponse` per call.

        Like :meth:`iter_subtitle_embed_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_subtitle_embed_templates_request import (
            DescribeSubtitleEmbedTemplatesRequest,
        )

        request = DescribeSubtitleEmbedTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_SUBTITLE_EMBED_TEMPLATES,
            _loops.DESCRIBE_SUBTITLE_EMBED_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTaskDetailResponse:
        """Get the status and full results of a task.

        Given a task ID, returns the task type, its status (WAITING, PROCESSING, FINISH),
        timestamps and every sub-task result (transcodes, snapshots, AI analysis, recognition,
        review, quality control). Tasks older than seven days cannot be queried. The action is
        read-only and safe to retry.

        Args:
            task_id: ID of the media-processing task whose details should be returned. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameterValue``, ``ResourceNotFound``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_task_detail_request import DescribeTaskDetailRequest

        request = DescribeTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeTaskDetailResponse] = await self._invoke(
            _ops.DESCRIBE_TASK_DETAIL, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 600.0,
        on_progress: Callable[[DescribeTaskDetailResponse], object] | None = None,
    ) -> DescribeTaskDetailResponse:
        """Poll DescribeTaskDetail until the task's Status is FINISH.

        Polls ``DescribeTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_task_detail_request import DescribeTaskDetailRequest

        request = DescribeTaskDetailRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_TASK_DETAIL,
            _loops.DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def watch_tasks(
        self,
        task_ids: Iterable[str],
        *,
        interval: float = 5.0,
        timeout: float = 3600.0,
        since: datetime | float | None = None,
    ) -> AsyncWatch[DescribeTaskDetailResponse]:
        """Follow many tasks at once until each has finished, yielding each task's final details
        once. Finished tasks are found with DescribeTasks sweeps (100 per page) and only those
        get a DescribeTaskDetail call; tasks DescribeTasks does not list are polled one by one.

        Returns an async iterator that yields each item's final ``DescribeTaskDetail`` response once, as
        soon as it is seen to be done; ``.add(*ids)`` watches more while iterating, ``.pending``
        tells what is left. Sweeps run every ``interval`` seconds; the first reaches back to
        ``since`` (a datetime or seconds since the epoch; default: one day), later ones to the
        oldest unfinished item. ``DescribeTasks`` only lists the last 7 days: items
        it does not show are polled one by one. Raises
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.pending``: the unfinished ids) when
        ``timeout`` seconds pass. Calls go through the client's rate limiter.
        """
        from .models.describe_task_detail_request import DescribeTaskDetailRequest
        from .models.describe_tasks_request import DescribeTasksRequest

        def listing(status: str, since_time: datetime) -> DescribeTasksRequest:
            return DescribeTasksRequest(status=status, start_time=since_time, limit=100)

        from . import _loops

        return self._watch(
            _loops.DESCRIBE_TASK_DETAIL_WATCH_TASKS,
            task_ids,
            detail=(
                _ops.DESCRIBE_TASK_DETAIL,
                lambda item_id: DescribeTaskDetailRequest(task_id=item_id),
            ),
            listing=(_ops.DESCRIBE_TASKS, _loops.DESCRIBE_TASKS_PAGES, listing),
            waiter=_loops.DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK,
            interval=interval,
            timeout=timeout,
            since=since,
        )

    async def describe_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTasksResponse:
        """List recent tasks by status, page by page.

        Returns summaries of tasks filtered by status (WAITING, PROCESSING, FINISH), optionally
        by whether a sub-task failed and by a time range. Only tasks from the last seven days
        (168 hours) are listed. Each page holds at most 100 entries; pass the returned
        ScrollToken to fetch the next page until it comes back empty. The action is read-only
        and safe to retry.

        Args:
            status: Filter tasks by status. Required.
            sub_task_has_failed: Filter finished tasks by whether any subtask failed: true returns only tasks with failed subtasks, false only tasks without.
            limit: Number of records to return.
            scroll_token: Paging token for fetching results in batches: pass the ScrollToken returned by the previous call to continue from the next record.
            start_time: Start of the time range to query, in ISO 8601 date-time format (UTC).
            end_time: End of the time range to query, in ISO 8601 date-time format (UTC).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameter.EndTime``, ``InvalidParameter.StartTime``, ``InvalidParameterValue``, ``InvalidParameterValue.Limit``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            limit=limit,
            scroll_token=scroll_token,
            start_time=start_time,
            end_time=end_time,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeTasksResponse] = await self._invoke(
            _ops.DESCRIBE_TASKS, request, timeout=timeout
        )
        return raw.parsed

    def iter_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[TaskSimpleInfo]:
        """Every item of ``TaskSet`` across all pages of ``DescribeTasks``.

        Pages are fetched as the ``async for`` iteration goes (scroll-token paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_tasks`.
        """
        from . import _loops
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            start_time=start_time,
            end_time=end_time,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_TASKS,
            _loops.DESCRIBE_TASKS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        start_time: datetime | str | None = None,
        end_time: datetime | str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeTasksResponse]:
        """Every page of ``DescribeTasks``: one :class:`DescribeTasksResponse` per call.

        Like :meth:`iter_tasks`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            start_time=start_time,
            end_time=end_time,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_TASKS,
            _loops.DESCRIBE_TASKS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_text_to_speech_async_task(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTextToSpeechAsyncTaskResponse:
        """Get the result of an asynchronous speech synthesis task.

        Looks up a speech synthesis task started with TextToSpeechAsync by its task ID and
        returns its result.

        Args:
            task_id: ID of the asynchronous speech synthesis task. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_text_to_speech_async_task_request import (
            DescribeTextToSpeechAsyncTaskRequest,
        )

        request = DescribeTextToSpeechAsyncTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeTextToSpeechAsyncTaskResponse] = await self._invoke(
            _ops.DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_text_to_speech_async_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 900.0,
        on_progress: Callable[[DescribeTextToSpeechAsyncTaskResponse], object] | None = None,
    ) -> DescribeTextToSpeechAsyncTaskResponse:
        """Poll DescribeTextToSpeechAsyncTask until the speech task is success; fail is a failure.

        Polls ``DescribeTextToSpeechAsyncTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_text_to_speech_async_task_request import (
            DescribeTextToSpeechAsyncTaskRequest,
        )

        request = DescribeTextToSpeechAsyncTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK,
            _loops.DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK_WAIT_FOR_TEXT_TO_SPEECH_ASYNC_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_transcode_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        container_type: str | None = None,
        tehd_type: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        transcode_type: str | None = None,
        name: str | None = None,
        scene_type: str | None = None,
        compress_type: str | None = None,
        enhance_scene_type: str | None = None,
        enhance_transcode_type: str | None = None,
        enhance_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTranscodeTemplatesResponse:
        """List transcoding templates by ID and other filters.

        Returns details of transcoding templates matching the given IDs and filters, including
        both user-defined templates and system preset templates. Filters cover template type,
        container type, transcoding type, scenario, compression strategy and enhancement
        settings. Each page holds at most 100 entries.

        Args:
            definitions: Template IDs to match, at most 100.
            type: Template origin to match: Preset or Custom.
            container_type: Container kind to match: Video or PureAudio.
            tehd_type: Filter for ordinary versus Top Speed Codec templates: Common or TEHD.
            offset: Paging offset; default 0.
            limit: Number of records to return; default 10, maximum 100.
            transcode_type: Template type to match, replacing TEHDType: Common, TEHD, TEHD-100, TEHD-200 or Enhance.
            name: Template name to match, at most 64 characters.
            scene_type: Video scenario to match, such as normal, pgc, ugc or educational_video.
            compress_type: Transcoding strategy to match, such as standard_compress or ultra_compress.
            enhance_scene_type: Enhancement scenario to match, such as common, AIGC or short_play.
            enhance_transcode_type: Enhancement transcoding type to match: Common, TEHD-100 or TEHD-200.
            enhance_type: Enhancement type to match: VideoEnhance, AudioEnhance or VideoAudioEnhance.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_transcode_templates_request import DescribeTranscodeTemplatesRequest

        request = DescribeTranscodeTemplatesRequest(
            definitions=definitions,
            type=type,
            container_type=container_type,
            tehd_type=tehd_type,
            offset=offset,
            limit=limit,
            transcode_type=transcode_type,
            name=name,
            scene_type=scene_type,
            compress_type=compress_type,
            enhance_scene_type=enhance_scene_type,
            enhance_transcode_type=enhance_transcode_type,
            enhance_type=enhance_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeTranscodeTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_TRANSCODE_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_transcode_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        container_type: str | None = None,
        tehd_type: str | None = None,
        transcode_type: str | None = None,
        name: str | None = None,
        scene_type: str | None = None,
        compress_type: str | None = None,
        enhance_scene_type: str | None = None,
        enhance_transcode_type: str | None = None,
        enhance_type: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[TranscodeTemplate]:
        """Every item of ``TranscodeTemplateSet`` across all pages of ``DescribeTranscodeTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_transcode_templates`.
        """
        from . import _loops
        from .models.describe_transcode_templates_request import DescribeTranscodeTemplatesRequest

        request = DescribeTranscodeTemplatesRequest(
            definitions=definitions,
            type=type,
            container_type=container_type,
            tehd_type=tehd_type,
            transcode_type=transcode_type,
            name=name,
            scene_type=scene_type,
            compress_type=compress_type,
            enhance_scene_type=enhance_scene_type,
            enhance_transcode_type=enhance_transcode_type,
            enhance_type=enhance_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_TRANSCODE_TEMPLATES,
            _loops.DESCRIBE_TRANSCODE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_transcode_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        container_type: str | None = None,
        tehd_type: str | None = None,
        transcode_type: str | None = None,
        name: str | None = None,
        scene_type: str | None = None,
        compress_type: str | None = None,
        enhance_scene_type: str | None = None,
        enhance_transcode_type: str | None = None,
        enhance_type: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeTranscodeTemplatesResponse]:
        """Every page of ``DescribeTranscodeTemplates``: one :class:`DescribeTranscodeTemplatesResponse` per call.

        Like :meth:`iter_transcode_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_transcode_templates_request import DescribeTranscodeTemplatesRequest

        request = DescribeTranscodeTemplatesRequest(
            definitions=definitions,
            type=type,
            container_type=container_type,
            tehd_type=tehd_type,
            transcode_type=transcode_type,
            name=name,
            scene_type=scene_type,
            compress_type=compress_type,
            enhance_scene_type=enhance_scene_type,
            enhance_transcode_type=enhance_transcode_type,
            enhance_type=enhance_type,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_TRANSCODE_TEMPLATES,
            _loops.DESCRIBE_TRANSCODE_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_usage_data(
        self,
        *,
        start_time: datetime | str,
        end_time: datetime | str,
        types: list[str] | None = None,
        process_regions: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeUsageDataResponse:
        """Get daily media processing usage for a time range.

        Returns the media processing usage for each day in the requested range, by task type and
        region. Data from the last 365 days can be queried, and one query may span at most 90
        days.

        Args:
            start_time: Start date of the query in ISO 8601 format. Required.
            end_time: End date of the query in ISO 8601 format, such as 2019-07-16T06:21:28Z; must not be earlier than StartTime. Required.
            types: Media processing task types to report; defaults to Transcode.
            process_regions: Processing regions to report; defaults to ap-guangzhou.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_usage_data_request import DescribeUsageDataRequest

        request = DescribeUsageDataRequest(
            start_time=start_time,
            end_time=end_time,
            types=types,
            process_regions=process_regions,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeUsageDataResponse] = await self._invoke(
            _ops.DESCRIBE_USAGE_DATA, request, timeout=timeout
        )
        return raw.parsed

    async def describe_video_database_entry_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeVideoDatabaseEntryTaskDetailResponse:
        """Get the status of a video library ingestion task.

        Looks up an ingestion task by its ID and returns its status (WAITING, PROCESSING, FAIL
        or SUCCESS). When results are available it lists the IDs of the ingested videos.

        Args:
            task_id: ID of the ingestion task to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_video_database_entry_task_detail_request import (
            DescribeVideoDatabaseEntryTaskDetailRequest,
        )

        request = DescribeVideoDatabaseEntryTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeVideoDatabaseEntryTaskDetailResponse] = await self._invoke(
            _ops.DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_video_database_entry_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 3600.0,
        on_progress: Callable[[DescribeVideoDatabaseEntryTaskDetailResponse], object] | None = None,
    ) -> DescribeVideoDatabaseEntryTaskDetailResponse:
        """Poll DescribeVideoDatabaseEntryTaskDetail until the entry task is SUCCESS; FAIL is a failure.

        Polls ``DescribeVideoDatabaseEntryTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_video_database_entry_task_detail_request import (
            DescribeVideoDatabaseEntryTaskDetailRequest,
        )

        request = DescribeVideoDatabaseEntryTaskDetailRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL,
            _loops.DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL_WAIT_FOR_VIDEO_DATABASE_ENTRY_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_video_search_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeVideoSearchTaskDetailResponse:
        """Get the status and matches of a video search task.

        Looks up a search task by its ID and returns its status (WAITING, PROCESSING, FAIL or
        SUCCESS). When results are available it lists the matched video IDs with similarity
        scores.

        Args:
            task_id: ID of the search task to query. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_video_search_task_detail_request import (
            DescribeVideoSearchTaskDetailRequest,
        )

        request = DescribeVideoSearchTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DescribeVideoSearchTaskDetailResponse] = await self._invoke(
            _ops.DESCRIBE_VIDEO_SEARCH_TASK_DETAIL, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_video_search_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 1800.0,
        on_progress: Callable[[DescribeVideoSearchTaskDetailResponse], object] | None = None,
    ) -> DescribeVideoSearchTaskDetailResponse:
        """Poll DescribeVideoSearchTaskDetail until the search task is SUCCESS; FAIL is a failure.

        Polls ``DescribeVideoSearchTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_video_search_task_detail_request import (
            DescribeVideoSearchTaskDetailRequest,
        )

        request = DescribeVideoSearchTaskDetailRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_VIDEO_SEARCH_TASK_DETAIL,
            _loops.DESCRIBE_VIDEO_SEARCH_TASK_DETAIL_WAIT_FOR_VIDEO_SEARCH_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def describe_voices(
        self,
        *,
        voice_id: str | None = None,
        voice_type: str | None = None,
        voice_name: str | None = None,
        description: str | None = None,
        gender: str | None = None,
        age: str | None = None,
        languages: list[str] | None = None,
        labels: list[str] | None = None,
        scenes: list[str] | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeVoicesResponse:
        """Search the voices available for speech synthesis.

        A synchronous call that lists usable voices. Voices can be filtered by conditions such
        as type, tag and language.

        Args:
            voice_id: Return only the voice with this ID.
            voice_type: Category of voices to return.
            voice_name: Filter by voice name.
            description: Filter by voice description.
            gender: Filter by the gender of the voice.
            age: Filter by the age group of the voice.
            languages: Filter by language codes, for example zh.
            labels: Filter by voice labels.
            scenes: Filter by usage scenes.
            page_num: Page number, starting from 1.
            page_size: Page size; when omitted all matching voices are returned.
            ext_param: Extra filters as a JSON string, such as voiceName (fuzzy name match) and labels (voices carrying these labels).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_voices_request import DescribeVoicesRequest

        request = DescribeVoicesRequest(
            voice_id=voice_id,
            voice_type=voice_type,
            voice_name=voice_name,
            description=description,
            gender=gender,
            age=age,
            languages=languages,
            labels=labels,
            scenes=scenes,
            page_num=page_num,
            page_size=page_size,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeVoicesResponse] = await self._invoke(
            _ops.DESCRIBE_VOICES, request, timeout=timeout
        )
        return raw.parsed

    def iter_voices(
        self,
        *,
        voice_id: str | None = None,
        voice_type: str | None = None,
        voice_name: str | None = None,
        description: str | None = None,
        gender: str | None = None,
        age: str | None = None,
        languages: list[str] | None = None,
        labels: list[str] | None = None,
        scenes: list[str] | None = None,
        ext_param: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[VoiceInfo]:
        """Every item of ``Voices`` across all pages of ``DescribeVoices``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_voices`.
        """
        from . import _loops
        from .models.describe_voices_request import DescribeVoicesRequest

        request = DescribeVoicesRequest(
            voice_id=voice_id,
            voice_type=voice_type,
            voice_name=voice_name,
            description=description,
            gender=gender,
            age=age,
            languages=languages,
            labels=labels,
            scenes=scenes,
            ext_param=ext_param,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_VOICES,
            _loops.DESCRIBE_VOICES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_voices(
        self,
        *,
        voice_id: str | None = None,
        voice_type: str | None = None,
        voice_name: str | None = None,
        description: str | None = None,
        gender: str | None = None,
        age: str | None = None,
        languages: list[str] | None = None,
        labels: list[str] | None = None,
        scenes: list[str] | None = None,
        ext_param: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeVoicesResponse]:
        """Every page of ``DescribeVoices``: one :class:`DescribeVoicesResponse` per call.

        Like :meth:`iter_voices`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_voices_request import DescribeVoicesRequest

        request = DescribeVoicesRequest(
            voice_id=voice_id,
            voice_type=voice_type,
            voice_name=voice_name,
            description=description,
            gender=gender,
            age=age,
            languages=languages,
            labels=labels,
            scenes=scenes,
            ext_param=ext_param,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_VOICES,
            _loops.DESCRIBE_VOICES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeWatermarkTemplatesResponse:
        """List user-defined watermark templates, page by page.

        Returns user-defined watermark templates filtered by template ID, type (image or text)
        and name. Each page holds at most 100 entries; use Offset and Limit to page through the
        results.

        Args:
            definitions: Filter by unique watermark template IDs; at most 100 entries.
            type: Filter by watermark type: image or text.
            offset: Paging offset.
            limit: Number of records to return.
            name: Filter by watermark template name; up to 64 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_watermark_templates_request import DescribeWatermarkTemplatesRequest

        request = DescribeWatermarkTemplatesRequest(
            definitions=definitions,
            type=type,
            offset=offset,
            limit=limit,
            name=name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeWatermarkTemplatesResponse] = await self._invoke(
            _ops.DESCRIBE_WATERMARK_TEMPLATES, request, timeout=timeout
        )
        return raw.parsed

    def iter_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[WatermarkTemplate]:
        """Every item of ``WatermarkTemplateSet`` across all pages of ``DescribeWatermarkTemplates``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_watermark_templates`.
        """
        from . import _loops
        from .models.describe_watermark_templates_request import DescribeWatermarkTemplatesRequest

        request = DescribeWatermarkTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_WATERMARK_TEMPLATES,
            _loops.DESCRIBE_WATERMARK_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_watermark_templates(
        self,
        *,
        definitions: list[int] | None = None,
        type: str | None = None,
        name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeWatermarkTemplatesResponse]:
        """Every page of ``DescribeWatermarkTemplates``: one :class:`DescribeWatermarkTemplatesResponse` per call.

        Like :meth:`iter_watermark_templates`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_watermark_templates_request import DescribeWatermarkTemplatesRequest

        request = DescribeWatermarkTemplatesRequest(
            definitions=definitions,
            type=type,
            name=name,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_WATERMARK_TEMPLATES,
            _loops.DESCRIBE_WATERMARK_TEMPLATES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_word_samples(
        self,
        *,
        keywords: list[str] | None = None,
        usages: list[str] | None = None,
        tags: list[str] | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeWordSamplesResponse:
        """List keyword samples, page by page.

        Returns keyword samples filtered by usage scenario, keyword and tag. Each page holds at
        most 100 entries.

        Args:
            keywords: Keywords to match, at most 100.
            usages: Usage scenarios to match: Recognition.Ocr, Recognition.Asr, Review.Ocr, Review.Asr, or the shorthands Recognition and Review.
            tags: Tags to match, at most 20.
            offset: Paging offset; default 0.
            limit: Number of records to return; default 100, maximum 100.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_word_samples_request import DescribeWordSamplesRequest

        request = DescribeWordSamplesRequest(
            keywords=keywords,
            usages=usages,
            tags=tags,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeWordSamplesResponse] = await self._invoke(
            _ops.DESCRIBE_WORD_SAMPLES, request, timeout=timeout
        )
        return raw.parsed

    def iter_word_samples(
        self,
        *,
        keywords: list[str] | None = None,
        usages: list[str] | None = None,
        tags: list[str] | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[AiSampleWord]:
        """Every item of ``WordSet`` across all pages of ``DescribeWordSamples``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_word_samples`.
        """
        from . import _loops
        from .models.describe_word_samples_request import DescribeWordSamplesRequest

        request = DescribeWordSamplesRequest(
            keywords=keywords,
            usages=usages,
            tags=tags,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_WORD_SAMPLES,
            _loops.DESCRIBE_WORD_SAMPLES_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_word_samples(
        self,
        *,
        keywords: list[str] | None = None,
        usages: list[str] | None = None,
        tags: list[str] | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeWordSamplesResponse]:
        """Every page of ``DescribeWordSamples``: one :class:`DescribeWordSamplesResponse` per call.

        Like :meth:`iter_word_samples`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_word_samples_request import DescribeWordSamplesRequest

        request = DescribeWordSamplesRequest(
            keywords=keywords,
            usages=usages,
            tags=tags,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_WORD_SAMPLES,
            _loops.DESCRIBE_WORD_SAMPLES_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def describe_workflows(
        self,
        *,
        workflow_ids: list[int] | None = None,
        status: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeWorkflowsResponse:
        """List workflows with their details.

        Returns details of workflows filtered by workflow ID and status. Results are paged with
        Offset and Limit (default 10, at most 100), and the total count is included.

        Args:
            workflow_ids: Filter by workflow IDs; at most 100 entries.
            status: Filter by workflow status: Enabled or Disabled.
            offset: Paging offset.
            limit: Number of records to return.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_workflows_request import DescribeWorkflowsRequest

        request = DescribeWorkflowsRequest(
            workflow_ids=workflow_ids,
            status=status,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeWorkflowsResponse] = await self._invoke(
            _ops.DESCRIBE_WORKFLOWS, request, timeout=timeout
        )
        return raw.parsed

    def iter_workflows(
        self,
        *,
        workflow_ids: list[int] | None = None,
        status: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[WorkflowInfo]:
        """Every item of ``WorkflowInfoSet`` across all pages of ``DescribeWorkflows``.

        Pages are fetched as the ``async for`` iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_workflows`.
        """
        from . import _loops
        from .models.describe_workflows_request import DescribeWorkflowsRequest

        request = DescribeWorkflowsRequest(
            workflow_ids=workflow_ids,
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_WORKFLOWS,
            _loops.DESCRIBE_WORKFLOWS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_workflows(
        self,
        *,
        workflow_ids: list[int] | None = None,
        status: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeWorkflowsResponse]:
        """Every page of ``DescribeWorkflows``: one :class:`DescribeWorkflowsResponse` per call.

        Like :meth:`iter_workflows`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_workflows_request import DescribeWorkflowsRequest

        request = DescribeWorkflowsRequest(
            workflow_ids=workflow_ids,
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_WORKFLOWS,
            _loops.DESCRIBE_WORKFLOWS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def design_voice_async(
        self,
        *,
        prompt: str,
        voice_profile: VoiceProfile | None = None,
        text: str | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DesignVoiceAsyncResponse:
        """Design a new voice from a text prompt.

        Generates a voice ID from a natural-language description of the voice, optionally guided
        by voice attributes. The call starts a task and returns its task ID. By default an
        account may hold at most 100 cloned or designed voices.

        Args:
            prompt: Natural-language description of the voice to design. Required.
            voice_profile: Attributes of the voice to design, such as gender, age or style.
            text: Text to speak in the preview audio; at most 500 characters.
            ext_param: Extension parameters as a JSON string, for example {"promptEnhance": true}.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.design_voice_async_request import DesignVoiceAsyncRequest

        request = DesignVoiceAsyncRequest(
            prompt=prompt,
            voice_profile=voice_profile,
            text=text,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DesignVoiceAsyncResponse] = await self._invoke(
            _ops.DESIGN_VOICE_ASYNC, request, timeout=timeout
        )
        return raw.parsed

    async def detect_video_subtitle_area(
        self,
        input_info: MediaInputInfo,
        *,
        video_language: str | None = None,
        user_ext_para: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DetectVideoSubtitleAreaResponse:
        """Quickly detect the burned-in subtitle area of a video.

        Analyses a video file and returns the boxes where hard (burned-in) subtitles appear,
        together with the video width and height. Input can be given by URL or COS; a language
        hint improves accuracy.

        Args:
            input_info: Input video to analyse; only URL and COS inputs are currently supported. Required.
            video_language: Language of the video, if known; setting it improves detection accuracy.
            user_ext_para: Extension parameters as a JSON string; normally left empty.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.detect_video_subtitle_area_request import DetectVideoSubtitleAreaRequest

        request = DetectVideoSubtitleAreaRequest(
            input_info=input_info,
            video_language=video_language,
            user_ext_para=user_ext_para,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DetectVideoSubtitleAreaResponse] = await self._invoke(
            _ops.DETECT_VIDEO_SUBTITLE_AREA, request, timeout=timeout
        )
        return raw.parsed

    async def detect_video_watermark(
        self,
        input_info: MediaInputInfo,
        *,
        user_ext_para: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DetectVideoWatermarkResponse:
        """Quickly check whether a video contains a watermark.

        Analyses a video file given by URL or COS and reports whether a watermark is present.
        The response carries a confidence score in [0, 100] and a short description.

        Args:
            input_info: Input video to check; only URL and COS inputs are currently supported. Required.
            user_ext_para: Extension parameters as a JSON string; normally left empty.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.detect_video_watermark_request import DetectVideoWatermarkRequest

        request = DetectVideoWatermarkRequest(
            input_info=input_info,
            user_ext_para=user_ext_para,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DetectVideoWatermarkResponse] = await self._invoke(
            _ops.DETECT_VIDEO_WATERMARK, request, timeout=timeout
        )
        return raw.parsed

    async def disable_schedule(
        self,
        schedule_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DisableScheduleResponse:
        """Disable a schedule.

        Stops the schedule from being triggered automatically by uploads. Only the request ID is
        returned.

        Args:
            schedule_id: Unique ID of the schedule to disable. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.disable_schedule_request import DisableScheduleRequest

        request = DisableScheduleRequest(
            schedule_id=schedule_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DisableScheduleResponse] = await self._invoke(
            _ops.DISABLE_SCHEDULE, request, timeout=timeout
        )
        return raw.parsed

    async def disable_workflow(
        self,
        workflow_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DisableWorkflowResponse:
        """Disable a workflow.

        Stops the workflow from being triggered by uploads. A workflow must be disabled before
        it can be reset or deleted.

        Args:
            workflow_id: ID of the workflow to disable. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.disable_workflow_request import DisableWorkflowRequest

        request = DisableWorkflowRequest(
            workflow_id=workflow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[DisableWorkflowResponse] = await self._invoke(
            _ops.DISABLE_WORKFLOW, request, timeout=timeout
        )
        return raw.parsed

    async def disassociate_security_group(
        self,
        *,
        id: str | None = None,
        unattach_in_out_infos: list[UnattachSecurityGroupInOutInfo] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DisassociateSecurityGroupResponse:
        """Unbind inputs and outputs from a security group in bulk.

        Removes the association between a media transport security group and the given flow
        inputs and outputs in one call. Each item names the flow, its region, and the input or
        output ID and type.

        Args:
            id: ID of the media transport security group.
            unattach_in_out_infos: Inputs and outputs to unbind from the security group.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.disassociate_security_group_request import DisassociateSecurityGroupRequest

        request = DisassociateSecurityGroupRequest(
            id=id,
            unattach_in_out_infos=unattach_in_out_infos,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DisassociateSecurityGroupResponse] = await self._invoke(
            _ops.DISASSOCIATE_SECURITY_GROUP, request, timeout=timeout
        )
        return raw.parsed

    async def edit_media(
        self,
        *,
        file_infos: list[EditMediaFileInfo],
        output_storage: TaskOutputStorage,
        output_object_path: str,
        output_config: EditMediaOutputConfig | None = None,
        compose_config: ComposeMediaConfig | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> EditMediaResponse:
        """Edit videos into a new video.

        Clipping tasks cut one file, join several files, or cut and then join them. Composition
        tasks, used when ComposeConfig is set, build a video from multiple tracks of video,
        audio, image, text and blank elements, with image operations such as rotation and
        mirroring, audio volume and fades, transitions, subtitles and picture-in-picture.
        Returns the task ID.

        Args:
            file_infos: Input video files. Required.
            output_storage: Target storage of the output file. Required.
            output_object_path: Target path of the output file; for complex composition tasks the file name may contain only digits, letters, - and _, up to 64 characters. Required.
            output_config: Output file settings of a clipping task.
            compose_config: Settings of a composition task; when present the request is treated as composition, otherwise as clipping.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            tasks_priority: Task priority from -10 to 10; larger values run first.
            session_id: Deduplication ID, up to 50 characters: a request reusing an ID seen within the last three days returns an error.
            session_context: Caller-defined context passed through and returned in task flow status callbacks; up to 1000 characters.
            resource_id: ID of the resource to use, which must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.edit_media_request import EditMediaRequest

        request = EditMediaRequest(
            file_infos=file_infos,
            output_storage=output_storage,
            output_object_path=output_object_path,
            output_config=output_config,
            compose_config=compose_config,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_id=session_id,
            session_context=session_context,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[EditMediaResponse] = await self._invoke(
            _ops.EDIT_MEDIA, request, timeout=timeout
        )
        return raw.parsed

    async def embedding_data(
        self,
        *,
        model: str,
        files: list[EmbeddingData],
        prompt: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> EmbeddingDataResponse:
        """Compute embedding vectors for input data.

        Returns an embedding vector for each input item using the chosen model; currently only
        text input and the text_embedding_v1 model are supported. An optional prompt can guide
        the embedding. The response also reports the tokens used.

        Args:
            model: Embedding model to use; currently only text_embedding_v1. Required.
            files: Input items to compute embeddings for. Required.
            prompt: Prompt (instruction) prepended to the embedding input, for example an instruction to retrieve semantically similar text.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.embedding_data_request import EmbeddingDataRequest

        request = EmbeddingDataRequest(
            model=model,
            files=files,
            prompt=prompt,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[EmbeddingDataResponse] = await self._invoke(
            _ops.EMBEDDING_DATA, request, timeout=timeout
        )
        return raw.parsed

    async def enable_schedule(
        self,
        schedule_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> EnableScheduleResponse:
        """Enable a schedule.

        Turns on automatic triggering of the schedule. Schedules are created disabled, so this
        is needed before they run.

        Args:
            schedule_id: Unique ID of the schedule to enable. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.enable_schedule_request import EnableScheduleRequest

        request = EnableScheduleRequest(
            schedule_id=schedule_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[EnableScheduleResponse] = await self._invoke(
            _ops.ENABLE_SCHEDULE, request, timeout=timeout
        )
        return raw.parsed

    async def enable_workflow(
        self,
        workflow_id: int,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> EnableWorkflowResponse:
        """Enable a workflow.

        Turns on the workflow so that matching uploads trigger it. Workflows are created
        disabled, so this is needed before they run.

        Args:
            workflow_id: ID of the workflow to enable. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.enable_workflow_request import EnableWorkflowRequest

        request = EnableWorkflowRequest(
            workflow_id=workflow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[EnableWorkflowResponse] = await self._invoke(
            _ops.ENABLE_WORKFLOW, request, timeout=timeout
        )
        return raw.parsed

    async def execute_function(
        self,
        *,
        function_name: str,
        function_arg: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ExecuteFunctionResponse:
        """Call a custom backend function.

        Intended only for special custom-development scenarios: do not call it unless MPS
        support has told you to. The function name and argument format are agreed with the
        backend team, and the result is returned as a packed string.

        Args:
            function_name: Name of the backend function to call. Required.
            function_arg: Argument string for the function; its format is agreed with the backend team. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.execute_function_request import ExecuteFunctionRequest

        request = ExecuteFunctionRequest(
            function_name=function_name,
            function_arg=function_arg,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ExecuteFunctionResponse] = await self._invoke(
            _ops.EXECUTE_FUNCTION, request, timeout=timeout
        )
        return raw.parsed

    async def extract_blind_watermark(
        self,
        input_info: MediaInputInfo,
        *,
        type: str,
        task_notify_config: TaskNotifyConfig | None = None,
        extract_blind_watermark_config: ExtractBlindWatermarkTaskConfig | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ExtractBlindWatermarkResponse:
        """Start a task that extracts a digital watermark from a video.

        Starts an asynchronous task that extracts a blind (invisible) copyright watermark, of
        basic or a/b sequence type, from the input media. The call returns a task ID; the
        extraction result is queried with DescribeTaskDetail.

        Args:
            input_info: Input media file to process. Required.
            type: Type of digital watermark to extract. Required.
            task_notify_config: Event notification settings for the task; leave empty to receive no notifications.
            extract_blind_watermark_config: Configuration of the watermark extraction task.
            resource_id: Resource ID to bill the task to; the resource must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.extract_blind_watermark_request import ExtractBlindWatermarkRequest

        request = ExtractBlindWatermarkRequest(
            input_info=input_info,
            type=type,
            task_notify_config=task_notify_config,
            extract_blind_watermark_config=extract_blind_watermark_config,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ExtractBlindWatermarkResponse] = await self._invoke(
            _ops.EXTRACT_BLIND_WATERMARK, request, timeout=timeout
        )
        return raw.parsed

    async def manage_task(
        self,
        task_id: str,
        *,
        operation_type: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ManageTaskResponse:
        """Manage a task that has already been started.

        Currently supports only Abort. Live stream processing tasks can be aborted while waiting
        or processing; other task types only while waiting.

        Args:
            task_id: ID of the video processing task. Required.
            operation_type: Operation to perform; currently only Abort, which ends a task. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.manage_task_request import ManageTaskRequest

        request = ManageTaskRequest(
            task_id=task_id,
            operation_type=operation_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ManageTaskResponse] = await self._invoke(
            _ops.MANAGE_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def modify_ai_analysis_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        classification_configure: ClassificationConfigureInfoForUpdate | None = None,
        tag_configure: TagConfigureInfoForUpdate | None = None,
        cover_configure: CoverConfigureInfoForUpdate | None = None,
        frame_tag_configure: FrameTagConfigureInfoForUpdate | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyAIAnalysisTemplateResponse:
        """Modify a custom content analysis template.

        Updates the name, comment or task settings of the user-defined analysis template
        identified by Definition; only the settings you pass are changed. Templates with IDs
        below 10000 are system presets and cannot be modified.

        Args:
            definition: Unique ID of the content analysis template to modify. Required.
            name: New template name, up to 64 characters.
            comment: New template description, up to 256 characters.
            classification_configure: New settings of the intelligent classification task.
            tag_configure: New settings of the intelligent tagging task.
            cover_configure: New settings of the intelligent cover task.
            frame_tag_configure: New settings of the frame-by-frame tagging task.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_ai_analysis_template_request import ModifyAIAnalysisTemplateRequest

        request = ModifyAIAnalysisTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            classification_configure=classification_configure,
            tag_configure=tag_configure,
            cover_configure=cover_configure,
            frame_tag_configure=frame_tag_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyAIAnalysisTemplateResponse] = await self._invoke(
            _ops.MODIFY_AI_ANALYSIS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_ai_recognition_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        face_configure: FaceConfigureInfoForUpdate | None = None,
        ocr_full_text_configure: OcrFullTextConfigureInfoForUpdate | None = None,
        ocr_words_configure: OcrWordsConfigureInfoForUpdate | None = None,
        asr_full_text_configure: AsrFullTextConfigureInfoForUpdate | None = None,
        asr_words_configure: AsrWordsConfigureInfoForUpdate | None = None,
        translate_configure: TranslateConfigureInfoForUpdate | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyAIRecognitionTemplateResponse:
        """Modify a custom content recognition template.

        Updates the name, comment or recognition settings (face, OCR, speech, translation) of
        the user-defined template identified by Definition. Only the settings you pass are
        changed.

        Args:
            definition: Unique ID of the content recognition template to modify. Required.
            name: New template name, up to 64 characters.
            comment: New template description, up to 256 characters.
            face_configure: New settings of the face recognition task.
            ocr_full_text_configure: New settings of the full-text OCR recognition task.
            ocr_words_configure: New settings of the OCR keyword recognition task.
            asr_full_text_configure: New settings of the full-text speech recognition task.
            asr_words_configure: New settings of the speech keyword recognition task.
            translate_configure: New settings of the speech translation task.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_ai_recognition_template_request import (
            ModifyAIRecognitionTemplateRequest,
        )

        request = ModifyAIRecognitionTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            face_configure=face_configure,
            ocr_full_text_configure=ocr_full_text_configure,
            ocr_words_configure=ocr_words_configure,
            asr_full_text_configure=asr_full_text_configure,
            asr_words_configure=asr_words_configure,
            translate_configure=translate_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyAIRecognitionTemplateResponse] = await self._invoke(
            _ops.MODIFY_AI_RECOGNITION_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_adaptive_dynamic_streaming_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        format: str | None = None,
        disable_higher_video_bitrate: int | None = None,
        disable_higher_video_resolution: int | None = None,
        stream_infos: list[AdaptiveStreamTemplate] | None = None,
        comment: str | None = None,
        pure_audio: int | None = None,
        segment_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyAdaptiveDynamicStreamingTemplateResponse:
        """Modify an adaptive bitrate streaming template.

        Changes the settings of the template identified by Definition, such as its name, format
        (HLS or MPEG-DASH), segment type and substreams. At most 10 substreams are allowed; when
        changing them, give every field, since omitted fields revert to defaults.

        Args:
            definition: Unique ID of the adaptive bitrate streaming template to modify. Required.
            name: Template name, up to 64 characters.
            format: Adaptive streaming format: HLS or MPEG-DASH.
            disable_higher_video_bitrate: Whether to forbid raising the video bitrate above that of the source: 0 no, 1 yes.
            disable_higher_video_resolution: Whether to forbid raising the video resolution above that of the source: 0 no, 1 yes.
            stream_infos: Parameters of the output substreams, at most 10.
            comment: Template description, up to 256 characters.
            pure_audio: Template kind: 0 for a video template, 1 for audio-only.
            segment_type: Segment format of the adaptive stream, which takes precedence.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_adaptive_dynamic_streaming_template_request import (
            ModifyAdaptiveDynamicStreamingTemplateRequest,
        )

        request = ModifyAdaptiveDynamicStreamingTemplateRequest(
            definition=definition,
            name=name,
            format=format,
            disable_higher_video_bitrate=disable_higher_video_bitrate,
            disable_higher_video_resolution=disable_higher_video_resolution,
            stream_infos=stream_infos,
            comment=comment,
            pure_audio=pure_audio,
            segment_type=segment_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyAdaptiveDynamicStreamingTemplateResponse] = await self._invoke(
            _ops.MODIFY_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_animated_graphics_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        format: str | None = None,
        fps: int | None = None,
        quality: float | None = None,
        comment: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyAnimatedGraphicsTemplateResponse:
        """Modify a user-defined animated image template.

        Updates a user-defined template for converting video to animated images, identified by
        its unique ID. The name, maximum width and height, resolution adaptation, format (gif or
        webp), frame rate, quality and description can be changed.

        Args:
            definition: Unique ID of the animated image template to modify. Required.
            name: New template name; up to 64 characters.
            width: Maximum width (or long side) of the animated image, in px: 0 or [128, 4096].
            height: Maximum height (or short side) of the animated image, in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height are read as long and short side (open) or as width and height (close).
            format: Format of the animated image: gif or webp.
            fps: Frame rate in Hz, in the range [1, 30].
            quality: Image quality in the range [1, 100].
            comment: Template description; up to 256 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_animated_graphics_template_request import (
            ModifyAnimatedGraphicsTemplateRequest,
        )

        request = ModifyAnimatedGraphicsTemplateRequest(
            definition=definition,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            format=format,
            fps=fps,
            quality=quality,
            comment=comment,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyAnimatedGraphicsTemplateResponse] = await self._invoke(
            _ops.MODIFY_ANIMATED_GRAPHICS_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_asr_hotwords(
        self,
        hotwords_id: str,
        *,
        name: str | None = None,
        content: str | None = None,
        file_content: str | None = None,
        file_name: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyAsrHotwordsResponse:
        """Update a smart subtitle hotword library.

        Changes the name and the words of an existing hotword library. For a temporary library
        give a new name or text; for a file-based library give a new name or a new file.

        Args:
            hotwords_id: ID of the hotword library to modify. Required.
            name: New name of the hotword library.
            content: New hotword text, for a temporary library.
            file_content: Base64 content of the new hotword file; required when the library type is 1 (file-based).
            file_name: Name of the uploaded hotword file.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_asr_hotwords_request import ModifyAsrHotwordsRequest

        request = ModifyAsrHotwordsRequest(
            hotwords_id=hotwords_id,
            name=name,
            content=content,
            file_content=file_content,
            file_name=file_name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyAsrHotwordsResponse] = await self._invoke(
            _ops.MODIFY_ASR_HOTWORDS, request, timeout=timeout
        )
        return raw.parsed

    async def modify_blind_watermark_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        text_content: str | None = None,
        strength: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyBlindWatermarkTemplateResponse:
        """Modify a user-defined digital watermark template.

        Updates the name, description, text content or strength of a user-defined blind
        (digital) watermark template identified by its unique ID. The digital watermark type
        cannot be changed, and the text of NAGRA watermark templates cannot be modified.

        Args:
            definition: Unique ID of the digital watermark template to modify. Required.
            name: New template name of up to 64 characters; letters (including Chinese), digits, _, - and .
            comment: Template description; up to 256 characters.
            text_content: Text embedded as the digital watermark, up to 64 characters.
            strength: Watermark strength: default balances HD quality and robustness, stronger keeps the picture clear with higher robustness, strongest gives average quality with the highest robustness.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_blind_watermark_template_request import (
            ModifyBlindWatermarkTemplateRequest,
        )

        request = ModifyBlindWatermarkTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            text_content=text_content,
            strength=strength,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyBlindWatermarkTemplateResponse] = await self._invoke(
            _ops.MODIFY_BLIND_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_content_review_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        porn_configure: PornConfigureInfoForUpdate | None = None,
        terrorism_configure: TerrorismConfigureInfoForUpdate | None = None,
        political_configure: PoliticalConfigureInfoForUpdate | None = None,
        prohibited_configure: ProhibitedConfigureInfoForUpdate | None = None,
        user_define_configure: UserDefineConfigureInfoForUpdate | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyContentReviewTemplateResponse:
        """Modify a custom content moderation template.

        Updates the name, comment or moderation checks of the user-defined template identified
        by Definition. Only the settings you pass are changed; the prohibited-content settings
        are not supported yet.

        Args:
            definition: Unique ID of the content moderation template to modify. Required.
            name: New template name, up to 64 characters.
            comment: New template description, up to 256 characters.
            porn_configure: New settings for detecting offensive (pornographic) content.
            terrorism_configure: New settings for detecting unsafe (violent or terrorism-related) content.
            political_configure: New settings for detecting inappropriate (sensitive) content.
            prohibited_configure: New settings for detecting prohibited content such as abuse and drug-related illegal content.
            user_define_configure: New settings of user-defined moderation rules.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_content_review_template_request import (
            ModifyContentReviewTemplateRequest,
        )

        request = ModifyContentReviewTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            porn_configure=porn_configure,
            terrorism_configure=terrorism_configure,
            political_configure=political_configure,
            prohibited_configure=prohibited_configure,
            user_define_configure=user_define_configure,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyContentReviewTemplateResponse] = await self._invoke(
            _ops.MODIFY_CONTENT_REVIEW_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_doc_to_video_task_status(
        self,
        *,
        input: ModifyDocToVideoTaskStatusInput,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyDocToVideoTaskStatusResponse:
        """Confirm or regenerate a stage of an AIGC document-to-video task.

        With confirm, the finished stage is accepted and generation moves on; with regenerate,
        the stage is produced again, either fully or for selected scenes. Stage 1 is the
        outline, stage 2 covers the voice-over, animation and captions.

        Args:
            input: Input describing how to change the task status. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_doc_to_video_task_status_request import (
            ModifyDocToVideoTaskStatusRequest,
        )

        request = ModifyDocToVideoTaskStatusRequest(
            input=input, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[ModifyDocToVideoTaskStatusResponse] = await self._invoke(
            _ops.MODIFY_DOC_TO_VIDEO_TASK_STATUS, request, timeout=timeout
        )
        return raw.parsed

    async def modify_image_sprite_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        sample_type: str | None = None,
        sample_interval: int | None = None,
        row_count: int | None = None,
        column_count: int | None = None,
        fill_type: str | None = None,
        comment: str | None = None,
        format: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyImageSpriteTemplateResponse:
        """Modify a user-defined image sprite template.

        Updates a user-defined template for generating image sprites from video, identified by
        its unique ID. The thumbnail size, sampling type and interval, rows and columns, fill
        type, image format, name and description can be changed.

        Args:
            definition: Unique ID of the image sprite template to modify. Required.
            name: New template name; up to 64 characters.
            width: Maximum width (or long side) of each thumbnail in the sprite, in px: 0 or [128, 4096].
            height: Maximum height (or short side) of each thumbnail in the sprite, in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height are read as long and short side (open) or as width and height (close).
            sample_type: How frames are sampled: by percentage or by time interval.
            sample_interval: Sampling interval: a percentage when SampleType is Percent, or seconds when SampleType is Time.
            row_count: Number of thumbnail rows in each sprite.
            column_count: Number of thumbnail columns in each sprite.
            fill_type: How frames are fitted when the configured size does not match the source aspect ratio.
            comment: Template description; up to 256 characters.
            format: Image format of the sprite: jpg, png or webp.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_image_sprite_template_request import ModifyImageSpriteTemplateRequest

        request = ModifyImageSpriteTemplateRequest(
            definition=definition,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            sample_type=sample_type,
            sample_interval=sample_interval,
            row_count=row_count,
            column_count=column_count,
            fill_type=fill_type,
            comment=comment,
            format=format,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyImageSpriteTemplateResponse] = await self._invoke(
            _ops.MODIFY_IMAGE_SPRITE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_live_record_template(
        self,
        definition: int,
        *,
        hls_configure: HLSConfigureInfo | None = None,
        mp4_configure: MP4ConfigureInfo | None = None,
        name: str | None = None,
        comment: str | None = None,
        record_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyLiveRecordTemplateResponse:
        """Modify a live recording template.

        Updates the HLS or MP4 settings, name, comment or record type of the template identified
        by its Definition. Only the request ID is returned.

        Args:
            definition: Unique ID of the recording template to modify. Required.
            hls_configure: HLS recording settings; exactly one of HLSConfigure and MP4Configure must be given.
            mp4_configure: MP4 recording settings; exactly one of MP4Configure and HLSConfigure must be given.
            name: New name of the recording template, up to 64 characters.
            comment: New description of the template, up to 256 characters.
            record_type: What to record: video (audio and video), audio (audio only) or auto (detect automatically).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_live_record_template_request import ModifyLiveRecordTemplateRequest

        request = ModifyLiveRecordTemplateRequest(
            definition=definition,
            hls_configure=hls_configure,
            mp4_configure=mp4_configure,
            name=name,
            comment=comment,
            record_type=record_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyLiveRecordTemplateResponse] = await self._invoke(
            _ops.MODIFY_LIVE_RECORD_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_person_sample(
        self,
        person_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        usages: list[str] | None = None,
        face_operation_info: AiSampleFaceOperation | None = None,
        tag_operation_info: AiSampleTagOperation | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyPersonSampleResponse:
        """Modify a person sample.

        Changes the name, description and usages of a person sample and adds, deletes or resets
        its face images and tags. A face deletion must leave at least one image; to replace all
        images, use reset instead. Returns the updated sample and any faces that failed.

        Args:
            person_id: ID of the person sample to modify. Required.
            name: New name, at most 128 characters.
            description: New description, at most 1024 characters.
            usages: Scenarios the sample is used in: Recognition (same as Recognition.Face), Review (same as Review.Face) or All (both).
            face_operation_info: Operation to apply to the face images.
            tag_operation_info: Operation to apply to the tags.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_person_sample_request import ModifyPersonSampleRequest

        request = ModifyPersonSampleRequest(
            person_id=person_id,
            name=name,
            description=description,
            usages=usages,
            face_operation_info=face_operation_info,
            tag_operation_info=tag_operation_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyPersonSampleResponse] = await self._invoke(
            _ops.MODIFY_PERSON_SAMPLE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_process_image_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        process_image_template: ImageTaskInput | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyProcessImageTemplateResponse:
        """Modify an image processing template.

        Updates an image processing template identified by its unique ID. Its name, description
        and image processing parameters can be changed.

        Args:
            definition: Unique ID of the image processing template to modify. Required.
            name: New template name; up to 64 characters.
            comment: Template description; up to 256 characters.
            process_image_template: New image processing parameters of the template.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_process_image_template_request import ModifyProcessImageTemplateRequest

        request = ModifyProcessImageTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            process_image_template=process_image_template,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyProcessImageTemplateResponse] = await self._invoke(
            _ops.MODIFY_PROCESS_IMAGE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_quality_control_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        quality_control_item_set: list[QualityControlItemConfig] | None = None,
        record_format: str | None = None,
        strategy: QualityControlStrategy | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyQualityControlTemplateResponse:
        """Modify a media quality control template.

        Updates the template identified by Definition: its name, description, check items,
        record format and spot-check strategy.

        Args:
            definition: Unique ID of the quality control template to modify. Required.
            name: Template name, up to 64 characters.
            comment: Template description, up to 256 characters.
            quality_control_item_set: Quality control items to check and their settings.
            record_format: Format of recorded files; PNG is the only option.
            strategy: Spot-check strategy of the quality control.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_quality_control_template_request import (
            ModifyQualityControlTemplateRequest,
        )

        request = ModifyQualityControlTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            quality_control_item_set=quality_control_item_set,
            record_format=record_format,
            strategy=strategy,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyQualityControlTemplateResponse] = await self._invoke(
            _ops.MODIFY_QUALITY_CONTROL_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_sample_snapshot_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        sample_type: str | None = None,
        sample_interval: int | None = None,
        format: str | None = None,
        comment: str | None = None,
        fill_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifySampleSnapshotTemplateResponse:
        """Modify a user-defined sampled screenshot template.

        Updates a user-defined template for taking screenshots at sampled intervals, identified
        by its unique ID. The screenshot size, sampling type and interval, image format, fill
        type, name and description can be changed.

        Args:
            definition: Unique ID of the sampled screenshot template to modify. Required.
            name: New template name; up to 64 characters.
            width: Maximum width (or long side) of the screenshots, in px: 0 or [128, 4096].
            height: Maximum height (or short side) of the screenshots, in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height are read as long and short side (open) or as width and height (close).
            sample_type: How screenshots are sampled: by percentage or by time interval.
            sample_interval: Sampling interval: a percentage when SampleType is Percent, or seconds when SampleType is Time.
            format: Image format of the screenshots: jpg, png or webp.
            comment: Template description; up to 256 characters.
            fill_type: How frames are fitted when the configured size does not match the source aspect ratio.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_sample_snapshot_template_request import (
            ModifySampleSnapshotTemplateRequest,
        )

        request = ModifySampleSnapshotTemplateRequest(
            definition=definition,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            sample_type=sample_type,
            sample_interval=sample_interval,
            format=format,
            comment=comment,
            fill_type=fill_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifySampleSnapshotTemplateResponse] = await self._invoke(
            _ops.MODIFY_SAMPLE_SNAPSHOT_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_schedule(
        self,
        schedule_id: int,
        *,
        schedule_name: str | None = None,
        trigger: WorkflowTrigger | None = None,
        activities: list[Activity] | None = None,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyScheduleResponse:
        """Modify a schedule.

        Updates the name, trigger, activities, output storage, output directory, notifications
        or resource of an existing schedule. The activity list cannot be partly updated, so
        submit it in full; an empty OutputDir clears the old value.

        Args:
            schedule_id: Unique ID of the schedule to modify. Required.
            schedule_name: New name of the schedule.
            trigger: Trigger rule bound to the schedule.
            activities: Tasks of the schedule; partial updates are not allowed, so submit the complete list to change it.
            output_storage: Storage for the output files.
            output_dir: Output directory, starting and ending with /.
            task_notify_config: Event notification settings of the task.
            resource_id: ID of the resource to use, which must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_schedule_request import ModifyScheduleRequest

        request = ModifyScheduleRequest(
            schedule_id=schedule_id,
            schedule_name=schedule_name,
            trigger=trigger,
            activities=activities,
            output_storage=output_storage,
            output_dir=output_dir,
            task_notify_config=task_notify_config,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyScheduleResponse] = await self._invoke(
            _ops.MODIFY_SCHEDULE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_smart_erase_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        erase_type: str | None = None,
        erase_subtitle_config: SmartEraseSubtitleConfig | None = None,
        erase_watermark_config: SmartEraseWatermarkConfig | None = None,
        erase_privacy_config: SmartErasePrivacyConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifySmartEraseTemplateResponse:
        """Modify a user-defined smart erase template.

        Updates a user-defined smart erase template identified by its unique ID. The name,
        description, erase type (subtitle, watermark or privacy) and the matching erase settings
        can be changed.

        Args:
            definition: Unique ID of the smart erase template to modify. Required.
            name: New template name; up to 64 characters.
            comment: Template description; up to 256 characters.
            erase_type: What the template erases: subtitles, watermarks or private content.
            erase_subtitle_config: Subtitle erasing settings; applies when EraseType is subtitle, or when EraseType is omitted and the template's existing type is subtitle.
            erase_watermark_config: Watermark erasing settings; applies when EraseType is watermark, or when EraseType is omitted and the template's existing type is watermark.
            erase_privacy_config: Privacy protection settings; applies when EraseType is privacy, or when EraseType is omitted and the template's existing type is privacy.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_smart_erase_template_request import ModifySmartEraseTemplateRequest

        request = ModifySmartEraseTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            erase_type=erase_type,
            erase_subtitle_config=erase_subtitle_config,
            erase_watermark_config=erase_watermark_config,
            erase_privacy_config=erase_privacy_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifySmartEraseTemplateResponse] = await self._invoke(
            _ops.MODIFY_SMART_ERASE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_smart_subtitle_template(
        self,
        definition: int,
        *,
        translate_switch: str | None = None,
        name: str | None = None,
        comment: str | None = None,
        video_src_language: str | None = None,
        subtitle_format: str | None = None,
        subtitle_type: int | None = None,
        asr_hot_words_configure: AsrHotWordsConfigure | None = None,
        translate_dst_language: str | None = None,
        process_type: int | None = None,
        selecting_subtitle_areas_config: SelectingSubtitleAreasConfig | None = None,
        subtitle_embed_id: int | None = None,
        speaker_mode: int | None = None,
        speaker_label: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifySmartSubtitleTemplateResponse:
        """Modify a user-defined smart subtitle template.

        Updates a user-defined smart subtitle template identified by its unique ID. Recognition
        type (ASR, OCR or pure translation), source and target languages, subtitle format and
        type, hot words, speaker identification and the linked burn-in template can be changed.

        Args:
            definition: Unique ID of the smart subtitle template to modify. Required.
            translate_switch: Whether subtitles are translated.
            name: New template name; up to 64 characters.
            comment: Template description; up to 256 characters.
            video_src_language: Source language of the video.
            subtitle_format: Format of the subtitle file.
            subtitle_type: Which languages the subtitles contain.
            asr_hot_words_configure: Hot-word library settings for ASR recognition.
            translate_dst_language: Target language of the subtitle translation; takes effect when TranslateSwitch is ON.
            process_type: How subtitles are produced.
            selecting_subtitle_areas_config: Boxed regions from which OCR extracts subtitles.
            subtitle_embed_id: ID of the subtitle burn-in template.
            speaker_mode: Whether speaker identification is enabled.
            speaker_label: Whether identified speakers are written to the subtitle file; requires SpeakerMode other than 0.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_smart_subtitle_template_request import (
            ModifySmartSubtitleTemplateRequest,
        )

        request = ModifySmartSubtitleTemplateRequest(
            definition=definition,
            translate_switch=translate_switch,
            name=name,
            comment=comment,
            video_src_language=video_src_language,
            subtitle_format=subtitle_format,
            subtitle_type=subtitle_type,
            asr_hot_words_configure=asr_hot_words_configure,
            translate_dst_language=translate_dst_language,
            process_type=process_type,
            selecting_subtitle_areas_config=selecting_subtitle_areas_config,
            subtitle_embed_id=subtitle_embed_id,
            speaker_mode=speaker_mode,
            speaker_label=speaker_label,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifySmartSubtitleTemplateResponse] = await self._invoke(
            _ops.MODIFY_SMART_SUBTITLE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_snapshot_by_time_offset_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        width: int | None = None,
        height: int | None = None,
        resolution_adaptive: str | None = None,
        format: str | None = None,
        comment: str | None = None,
        fill_type: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifySnapshotByTimeOffsetTemplateResponse:
        """Modify a user-defined time-point screenshot template.

        Updates a user-defined template for taking screenshots at specified time points,
        identified by its unique ID. The screenshot size, resolution adaptation, image format,
        fill type, name and description can be changed.

        Args:
            definition: Unique ID of the time-point screenshot template to modify. Required.
            name: New template name; up to 64 characters.
            width: Maximum width (or long side) of the screenshots, in px: 0 or [128, 4096].
            height: Maximum height (or short side) of the screenshots, in px: 0 or [128, 4096].
            resolution_adaptive: Whether Width and Height are read as long and short side (open) or as width and height (close).
            format: Image format of the screenshots: jpg, png or webp.
            comment: Template description; up to 256 characters.
            fill_type: How frames are fitted when the configured size does not match the source aspect ratio.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_snapshot_by_time_offset_template_request import (
            ModifySnapshotByTimeOffsetTemplateRequest,
        )

        request = ModifySnapshotByTimeOffsetTemplateRequest(
            definition=definition,
            name=name,
            width=width,
            height=height,
            resolution_adaptive=resolution_adaptive,
            format=format,
            comment=comment,
            fill_type=fill_type,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifySnapshotByTimeOffsetTemplateResponse] = await self._invoke(
            _ops.MODIFY_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_link_event(
        self,
        event_id: str,
        *,
        event_name: str,
        description: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamLinkEventResponse:
        """Rename or re-describe a StreamLink event.

        Updates the configuration of a media transport event identified by EventId. The new
        EventName is required; Description is optional.

        Args:
            event_id: ID of the StreamLink event to modify. Required.
            event_name: New name of the event. Required.
            description: New description text of the event.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_link_event_request import ModifyStreamLinkEventRequest

        request = ModifyStreamLinkEventRequest(
            event_id=event_id,
            event_name=event_name,
            description=description,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamLinkEventResponse] = await self._invoke(
            _ops.MODIFY_STREAM_LINK_EVENT, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_link_flow(
        self,
        flow_id: str,
        *,
        flow_name: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamLinkFlowResponse:
        """Rename a StreamLink flow.

        Updates the configuration of a transport flow identified by FlowId; the request sets the
        new FlowName.

        Args:
            flow_id: ID of the flow to modify. Required.
            flow_name: New name of the flow. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_link_flow_request import ModifyStreamLinkFlowRequest

        request = ModifyStreamLinkFlowRequest(
            flow_id=flow_id,
            flow_name=flow_name,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamLinkFlowResponse] = await self._invoke(
            _ops.MODIFY_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_link_input(
        self,
        flow_id: str,
        *,
        input: ModifyInput,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamLinkInputResponse:
        """Modify an input of a StreamLink flow.

        Replaces the settings of one input of a flow, such as its protocol, allowed IPs, pull
        settings, failover and security group. The response returns the input as configured
        after the change.

        Args:
            flow_id: ID of the flow whose input is modified. Required.
            input: New settings of the input. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_link_input_request import ModifyStreamLinkInputRequest

        request = ModifyStreamLinkInputRequest(
            flow_id=flow_id,
            input=input,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamLinkInputResponse] = await self._invoke(
            _ops.MODIFY_STREAM_LINK_INPUT, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_link_output_info(
        self,
        flow_id: str,
        *,
        output: ModifyOutputInfo,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamLinkOutputInfoResponse:
        """Modify an output of a StreamLink flow.

        Replaces the settings of one output of a flow, such as its protocol and destination
        settings, output kind, allowlist and track selection. The response returns the output as
        configured after the change.

        Args:
            flow_id: ID of the flow whose output is modified. Required.
            output: New settings of the output. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_link_output_info_request import ModifyStreamLinkOutputInfoRequest

        request = ModifyStreamLinkOutputInfoRequest(
            flow_id=flow_id,
            output=output,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamLinkOutputInfoResponse] = await self._invoke(
            _ops.MODIFY_STREAM_LINK_OUTPUT_INFO, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_link_security_group(
        self,
        id: str,
        *,
        name: str | None = None,
        whitelist: list[str] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamLinkSecurityGroupResponse:
        """Update a StreamLink security group.

        Changes the name or allowlist of the security group identified by Id. The name may use
        letters, digits and underscores, 1 to 32 characters, unique within the region; the
        allowlist holds at most 10 entries.

        Args:
            id: ID of the security group to update. Required.
            name: Security group name: letters, digits and underscores, length [1, 32], unique within the region.
            whitelist: Allowlist entries of the security group, at most 10.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_link_security_group_request import (
            ModifyStreamLinkSecurityGroupRequest,
        )

        request = ModifyStreamLinkSecurityGroupRequest(
            id=id,
            name=name,
            whitelist=whitelist,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamLinkSecurityGroupResponse] = await self._invoke(
            _ops.MODIFY_STREAM_LINK_SECURITY_GROUP, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_package_linear_assembly_channel(
        self,
        id: str,
        *,
        name: str | None = None,
        tier: str | None = None,
        playback_mode: str | None = None,
        time_shift_enable: bool | None = None,
        time_shift_conf: TimeShiftInfo | None = None,
        slate_conf: SlateInfo | None = None,
        outputs: list[OutputInfo] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamPackageLinearAssemblyChannelResponse:
        """Modify a linear assembly channel.

        Updates the name, tier, playback mode, time-shift, slate and output settings of the
        channel with the given ID. Standard-tier channels accept live and VOD sources, Basic-
        tier channels only VOD.

        Args:
            id: ID of the channel to modify. Required.
            name: New name for the channel.
            tier: Channel tier: Standard supports both live and VOD sources, Basic supports scheduling VOD sources only.
            playback_mode: How the channel switches between sources: Linear or Loop.
            time_shift_enable: Whether to enable time shift for the channel.
            time_shift_conf: New time-shift settings of the channel.
            slate_conf: New slate (filler content) settings of the channel.
            outputs: New output configurations of the channel.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_package_linear_assembly_channel_request import (
            ModifyStreamPackageLinearAssemblyChannelRequest,
        )

        request = ModifyStreamPackageLinearAssemblyChannelRequest(
            id=id,
            name=name,
            tier=tier,
            playback_mode=playback_mode,
            time_shift_enable=time_shift_enable,
            time_shift_conf=time_shift_conf,
            slate_conf=slate_conf,
            outputs=outputs,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_package_linear_assembly_program(
        self,
        id: str,
        *,
        name: str | None = None,
        source_type: str | None = None,
        source_location_id: str | None = None,
        source_name: str | None = None,
        playback_conf: PlaybackInfoReq | None = None,
        ad_breaks: list[AdBreakInfo] | None = None,
        vod_acquisition_method: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamPackageLinearAssemblyProgramResponse:
        """Modify a linear assembly program.

        Updates the name, Source, playback settings, ad breaks and VOD acquisition method of the
        program with the given ID. A Basic-tier channel allows only VOD sources, a Standard-tier
        channel allows Live and VOD.

        Args:
            id: ID of the program to modify. Required.
            name: New name for the program.
            source_type: Type of the Source the program schedules.
            source_location_id: ID of the SourceLocation to associate with the program.
            source_name: Name of the live or VOD Source to play; unique within its SourceLocation.
            playback_conf: New playback settings of the program.
            ad_breaks: New list of ad breaks for the program.
            vod_acquisition_method: How VOD content is acquired: PreCaching (default) or DynamicUpdating.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_package_linear_assembly_program_request import (
            ModifyStreamPackageLinearAssemblyProgramRequest,
        )

        request = ModifyStreamPackageLinearAssemblyProgramRequest(
            id=id,
            name=name,
            source_type=source_type,
            source_location_id=source_location_id,
            source_name=source_name,
            playback_conf=playback_conf,
            ad_breaks=ad_breaks,
            vod_acquisition_method=vod_acquisition_method,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamPackageLinearAssemblyProgramResponse] = await self._invoke(
            _ops.MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_package_ssai_channel(
        self,
        *,
        name: str,
        content_source: str,
        ssai_info: SSAIConf,
        id: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamPackageSSAIChannelResponse:
        """Modify an ad insertion configuration.

        Replaces the name, content source and SSAI settings of the configuration with the given
        ID. All four parameters are required, and the name must stay globally unique.

        Args:
            name: Name of the ad insertion configuration; must be globally unique and not reused by another channel. Required.
            content_source: URL of the content source used for ad insertion. Required.
            ssai_info: Ad insertion settings to apply. Required.
            id: ID of the ad insertion configuration to modify. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_package_ssai_channel_request import (
            ModifyStreamPackageSSAIChannelRequest,
        )

        request = ModifyStreamPackageSSAIChannelRequest(
            name=name,
            content_source=content_source,
            ssai_info=ssai_info,
            id=id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamPackageSSAIChannelResponse] = await self._invoke(
            _ops.MODIFY_STREAM_PACKAGE_SSAI_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_package_source(
        self,
        id: str,
        *,
        name: str | None = None,
        type: str | None = None,
        package_confs: list[SourcePackageConf] | None = None,
        source_tags: list[SourceTag] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamPackageSourceResponse:
        """Modify a linear assembly Source.

        Updates the name, type, package configurations and tags of the Source with the given ID.
        Source tags let the ad decision server return better-targeted ads.

        Args:
            id: ID of the Source to modify. Required.
            name: New name for the Source.
            type: Source type: Live for a live source or VOD for an on-demand source.
            package_confs: Package configurations of the Source.
            source_tags: Tags of the Source; the ad decision server can use them to return better-targeted ads.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_package_source_request import ModifyStreamPackageSourceRequest

        request = ModifyStreamPackageSourceRequest(
            id=id,
            name=name,
            type=type,
            package_confs=package_confs,
            source_tags=source_tags,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamPackageSourceResponse] = await self._invoke(
            _ops.MODIFY_STREAM_PACKAGE_SOURCE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_stream_package_source_location(
        self,
        id: str,
        *,
        name: str | None = None,
        base_url: str | None = None,
        segment_deliver_enable: bool | None = None,
        segment_deliver_conf: SegmentDeliverInfo | None = None,
        segment_deliver_use_package_enable: bool | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyStreamPackageSourceLocationResponse:
        """Modify a SourceLocation.

        Updates the name, base URL and segment delivery settings of the SourceLocation with the
        given ID, including whether segments are distributed through StreamPackage.

        Args:
            id: ID of the SourceLocation to modify. Required.
            name: New name for the SourceLocation.
            base_url: Base URL of the SourceLocation that source paths are resolved against.
            segment_deliver_enable: Whether to enable a separate segment delivery configuration.
            segment_deliver_conf: Segment delivery settings; used when SegmentDeliverEnable is true.
            segment_deliver_use_package_enable: Whether segments are distributed through StreamPackage.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_stream_package_source_location_request import (
            ModifyStreamPackageSourceLocationRequest,
        )

        request = ModifyStreamPackageSourceLocationRequest(
            id=id,
            name=name,
            base_url=base_url,
            segment_deliver_enable=segment_deliver_enable,
            segment_deliver_conf=segment_deliver_conf,
            segment_deliver_use_package_enable=segment_deliver_use_package_enable,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyStreamPackageSourceLocationResponse] = await self._invoke(
            _ops.MODIFY_STREAM_PACKAGE_SOURCE_LOCATION, request, timeout=timeout
        )
        return raw.parsed

    async def modify_subtitle_embed_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        subtitle_embed_config: SubtitleEmbedConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifySubtitleEmbedTemplateResponse:
        """Modify a user-defined subtitle burn-in template.

        Updates a user-defined template for burning subtitles into video, identified by its
        unique ID. Its name, description and burn-in settings (font, position, background,
        layout, outline and shadow) can be changed.

        Args:
            definition: Unique ID of the subtitle burn-in template to modify. Required.
            name: New template name; up to 64 characters.
            comment: Template description; up to 256 characters.
            subtitle_embed_config: New subtitle burn-in settings, such as font, layout and background.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_subtitle_embed_template_request import (
            ModifySubtitleEmbedTemplateRequest,
        )

        request = ModifySubtitleEmbedTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            subtitle_embed_config=subtitle_embed_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifySubtitleEmbedTemplateResponse] = await self._invoke(
            _ops.MODIFY_SUBTITLE_EMBED_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_transcode_template(
        self,
        definition: int,
        *,
        container: str | None = None,
        name: str | None = None,
        comment: str | None = None,
        remove_video: int | None = None,
        remove_audio: int | None = None,
        video_template: VideoTemplateInfoForUpdate | None = None,
        audio_template: AudioTemplateInfoForUpdate | None = None,
        tehd_config: TEHDConfigForUpdate | None = None,
        enhance_config: EnhanceConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyTranscodeTemplateResponse:
        """Modify a custom transcoding template.

        Changes the settings of a user-defined transcoding template identified by its
        Definition, such as container, name, stream removal and video, audio, Top Speed Codec
        and enhancement settings.

        Args:
            definition: Unique ID of the transcoding template to modify. Required.
            container: Container format: mp4, flv, hls, mp3, flac, ogg, m4a or wav; the last five are audio-only.
            name: Name of the template, at most 64 characters.
            comment: Description of the template, at most 256 characters.
            remove_video: Whether to drop the video stream: 0 keeps it, 1 removes it.
            remove_audio: Whether to drop the audio stream: 0 keeps it, 1 removes it.
            video_template: Video stream settings to change.
            audio_template: Audio stream settings to change.
            tehd_config: Top Speed Codec (TSC) transcoding settings to change.
            enhance_config: Audio and video enhancement settings.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_transcode_template_request import ModifyTranscodeTemplateRequest

        request = ModifyTranscodeTemplateRequest(
            definition=definition,
            container=container,
            name=name,
            comment=comment,
            remove_video=remove_video,
            remove_audio=remove_audio,
            video_template=video_template,
            audio_template=audio_template,
            tehd_config=tehd_config,
            enhance_config=enhance_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyTranscodeTemplateResponse] = await self._invoke(
            _ops.MODIFY_TRANSCODE_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_watermark_template(
        self,
        definition: int,
        *,
        name: str | None = None,
        comment: str | None = None,
        coordinate_origin: str | None = None,
        x_pos: str | None = None,
        y_pos: str | None = None,
        image_template: ImageWatermarkInputForUpdate | None = None,
        text_template: TextWatermarkTemplateInputForUpdate | None = None,
        svg_template: SvgWatermarkInputForUpdate | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyWatermarkTemplateResponse:
        """Modify a user-defined watermark template.

        Updates a user-defined watermark template identified by its unique ID, such as its name,
        origin and position, and its image, text or SVG settings. The watermark type cannot be
        changed; when a new image is uploaded, the response carries its URL.

        Args:
            definition: Unique ID of the watermark template to modify. Required.
            name: New template name; up to 64 characters.
            comment: Template description; up to 256 characters.
            coordinate_origin: Corner used as the origin of the coordinates, both on the video and on the watermark.
            x_pos: Horizontal distance from the video origin to the watermark origin: a value ending in % is a percentage of the video width, one ending in px is pixels.
            y_pos: Vertical distance from the video origin to the watermark origin: a value ending in % is a percentage of the video height, one ending in px is pixels.
            image_template: Image watermark settings; applies only to image watermark templates.
            text_template: Text watermark settings; applies only to text watermark templates.
            svg_template: SVG watermark settings; required when the template type is svg and ignored for image or text templates.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_watermark_template_request import ModifyWatermarkTemplateRequest

        request = ModifyWatermarkTemplateRequest(
            definition=definition,
            name=name,
            comment=comment,
            coordinate_origin=coordinate_origin,
            x_pos=x_pos,
            y_pos=y_pos,
            image_template=image_template,
            text_template=text_template,
            svg_template=svg_template,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyWatermarkTemplateResponse] = await self._invoke(
            _ops.MODIFY_WATERMARK_TEMPLATE, request, timeout=timeout
        )
        return raw.parsed

    async def modify_word_sample(
        self,
        *,
        keyword: str,
        usages: list[str] | None = None,
        tag_operation_info: AiSampleTagOperation | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ModifyWordSampleResponse:
        """Change the usages and tags of a keyword sample.

        Updates the usage scenarios and tags of an existing keyword sample. The keyword text
        itself cannot be changed; delete the sample and create it again instead.

        Args:
            keyword: Keyword to modify, at most 128 characters; the keyword text itself cannot be changed. Required.
            usages: New usage scenarios: Recognition.Ocr, Recognition.Asr, Review.Ocr, Review.Asr, or the shorthands Recognition, Review and All.
            tag_operation_info: Operation to apply to the keyword's tags.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.modify_word_sample_request import ModifyWordSampleRequest

        request = ModifyWordSampleRequest(
            keyword=keyword,
            usages=usages,
            tag_operation_info=tag_operation_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ModifyWordSampleResponse] = await self._invoke(
            _ops.MODIFY_WORD_SAMPLE, request, timeout=timeout
        )
        return raw.parsed

    async def parse_live_stream_process_notification(
        self,
        *,
        content: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ParseLiveStreamProcessNotificationResponse:
        """Decode a live stream processing event notification.

        Parses the msgBody of a message taken from CMQ into a structured MPS live stream
        processing notification, such as a review, recognition, recording, quality control,
        analysis or subtitle result, or the end of processing. It makes no network call; it
        exists so that SDKs for each language can generate the parsing code.

        Args:
            content: Live stream event notification content as received from CMQ. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.parse_live_stream_process_notification_request import (
            ParseLiveStreamProcessNotificationRequest,
        )

        request = ParseLiveStreamProcessNotificationRequest(
            content=content, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[ParseLiveStreamProcessNotificationResponse] = await self._invoke(
            _ops.PARSE_LIVE_STREAM_PROCESS_NOTIFICATION, request, timeout=timeout
        )
        return raw.parsed

    async def parse_notification(
        self,
        content: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ParseNotificationResponse:
        """Decode an MPS event notification into a typed event.

        Takes the body of an event notification, as received from a message queue or an HTTP
        callback, and decodes it into its event type and the matching task event (workflow,
        media editing, orchestration, batch or digital watermark extraction), together with
        SessionId, SessionContext, Timestamp and Sign. The Timestamp and Sign let you check that
        the notification is genuine and not expired. The action is read-only and starts no
        processing.

        Args:
            content: Event notification content received from CMQ. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``InternalError``, ``InvalidParameterValue``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.parse_notification_request import ParseNotificationRequest

        request = ParseNotificationRequest(
            content=content, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[ParseNotificationResponse] = await self._invoke(
            _ops.PARSE_NOTIFICATION, request, timeout=timeout
        )
        return raw.parsed

    async def process_image(
        self,
        *,
        input_info: MediaInputInfo | None = None,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        output_path: str | None = None,
        definition: int | None = None,
        resource_id: str | None = None,
        image_task: ImageTaskInput | None = None,
        schedule_id: int | None = None,
        add_on_parameter: AddOnParameter | None = None,
        std_ext_info: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ProcessImageResponse:
        """Start an image processing task.

        Starts processing of an image, either from a template or from explicit parameters.
        Supported functions include format conversion, image enhancement, image erasing, digital
        watermarking and beauty filters. The response carries the task ID.

        Args:
            input_info: Input image file to process.
            output_storage: Target storage for the output files; inherits the storage of InputInfo when empty.
            output_dir: Output directory, for example /image/201907/, where files keep the source file name.
            output_path: Relative or absolute output path, which must end in .{format} and may use file name variables such as {inputName}.
            definition: Unique ID of the image processing template to use.
            resource_id: Resource ID to bill the task to; the resource must be enabled.
            image_task: Image processing parameters.
            schedule_id: ID of the orchestrated image processing scenario.
            add_on_parameter: Additional image processing parameters.
            std_ext_info: Extension parameters for image processing as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.process_image_request import ProcessImageRequest

        request = ProcessImageRequest(
            input_info=input_info,
            output_storage=output_storage,
            output_dir=output_dir,
            output_path=output_path,
            definition=definition,
            resource_id=resource_id,
            image_task=image_task,
            schedule_id=schedule_id,
            add_on_parameter=add_on_parameter,
            std_ext_info=std_ext_info,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ProcessImageResponse] = await self._invoke(
            _ops.PROCESS_IMAGE, request, timeout=timeout
        )
        return raw.parsed

    async def process_live_stream(
        self,
        *,
        url: str,
        task_notify_config: LiveStreamTaskNotifyConfig,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_quality_control_task: AiQualityControlTaskInput | None = None,
        smart_subtitles_task: LiveSmartSubtitlesTaskInput | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        schedule_id: int | None = None,
        resource_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ProcessLiveStreamResponse:
        """Start a processing task on a live stream.

        Runs AI tasks on a live stream: content review, content recognition (faces, text,
        speech, translation, objects, highlight tags), content analysis (splitting, highlights),
        quality control (format diagnosis, picture and sound checks, no-reference scoring) and
        recording. Results are delivered by HTTP callback or written to a TDMQ-CMQ queue, and
        any output files go to the given storage. Returns the task ID.

        Args:
            url: URL of the live stream to process; it must be a live address, such as RTMP, HLS, FLV, TRTC, WebRTC (LEB streams) or SRT. Required.
            task_notify_config: Event notification settings through which the processing results are delivered. Required.
            output_storage: Target storage for files produced by the processing; required if the processing outputs files.
            output_dir: Target directory for output files, such as /movie/201909/.
            ai_content_review_task: Parameters of the content review task.
            ai_recognition_task: Parameters of the content recognition task.
            ai_analysis_task: Parameters of the content analysis task.
            ai_quality_control_task: Parameters of the media quality control task.
            smart_subtitles_task: Parameters of the smart subtitle task.
            session_id: Deduplication identifier: if a request with the same value was made within seven days, this one returns an error.
            session_context: Source context passed through to task status callbacks, up to 1000 characters.
            schedule_id: ID of a live orchestration (schedule) to run.
            resource_id: ID of the resource to use, which must be enabled.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.process_live_stream_request import ProcessLiveStreamRequest

        request = ProcessLiveStreamRequest(
            url=url,
            task_notify_config=task_notify_config,
            output_storage=output_storage,
            output_dir=output_dir,
            ai_content_review_task=ai_content_review_task,
            ai_recognition_task=ai_recognition_task,
            ai_analysis_task=ai_analysis_task,
            ai_quality_control_task=ai_quality_control_task,
            smart_subtitles_task=smart_subtitles_task,
            session_id=session_id,
            session_context=session_context,
            schedule_id=schedule_id,
            resource_id=resource_id,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ProcessLiveStreamResponse] = await self._invoke(
            _ops.PROCESS_LIVE_STREAM, request, timeout=timeout
        )
        return raw.parsed

    async def process_media(
        self,
        input_info: MediaInputInfo,
        *,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        schedule_id: int | None = None,
        media_process_task: MediaProcessTaskInput | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        ai_quality_control_task: AiQualityControlTaskInput | None = None,
        smart_subtitles_task: SmartSubtitlesTaskInput | None = None,
        smart_erase_task: SmartEraseTaskInput | None = None,
        ai_dubbing_task: AIDubbingTaskInput | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        task_type: str | None = None,
        resource_id: str | None = None,
        activities: list[Activity] | None = None,
        skip_mate_data: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ProcessMediaResponse:
        """Start a media processing task on a file in COS or at a URL.

        Starts one task on a media file stored in COS or reachable by URL; it can transcode
        (including Top Speed Codec, enhancement and visible or digital watermarks), package
        adaptive bitrate streams, make animated images, take snapshots and image sprites, run
        quality control, generate and translate subtitles, erase watermarks, subtitles or
        private content, and run AI review, analysis and recognition. The call returns a task ID
        whose progress can be followed with DescribeTaskDetail or event notifications. It is not
        idempotent: every call starts a new task unless a SessionId is set, in which case an
        identical request within three days is rejected as a duplicate.

        Args:
            input_info: Input file to be processed. Required.
            output_storage: Target storage for output files; defaults to the storage of InputInfo.
            output_dir: Target directory for generated files; must start and end with /, e.g. /movie/201907/.
            schedule_id: ID of the orchestration to run.
            media_process_task: Parameters of media processing tasks such as transcoding and snapshots.
            ai_content_review_task: Parameters of a video content moderation task.
            ai_analysis_task: Parameters of a video content analysis task.
            ai_recognition_task: Parameters of a video content recognition task.
            ai_quality_control_task: Parameters of a media quality inspection task.
            smart_subtitles_task: Parameters of a smart subtitle task.
            smart_erase_task: Parameters of a smart erase task.
            ai_dubbing_task: Parameters of an AI dubbing task.
            task_notify_config: Event notification settings of the task; leave empty to receive no notifications.
            tasks_priority: Priority of the task flow, from -10 to 10; higher values run first.
            session_id: Deduplication identifier: a request carrying an ID already used within the last 3 days is rejected with an error.
            session_context: Caller-defined context passed through unchanged and echoed back in task status callbacks.
            task_type: Scheduling type of the task; defaults to Online.
            resource_id: ID of the resource to use, which must be enabled.
            activities: Orchestration activities to run.
            skip_mate_data: Whether to skip reading the metadata of the input file.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameter.InputInfo``, ``InvalidParameterValue``, ``InvalidParameterValue.Definition``, ``InvalidParameterValue.InputInfo``, ``InvalidParameterValue.SessionContextTooLong``, ``InvalidParameterValue.SessionId``, ``InvalidParameterValue.SessionIdTooLong``, ``LimitExceeded.CreateTask``, ``ResourceNotFound.CosBucketNameInvalid``, ``ResourceNotFound.CosBucketNotExist``, ``ResourceNotFound.TemplateNotExist``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.process_media_request import ProcessMediaRequest

        request = ProcessMediaRequest(
            input_info=input_info,
            output_storage=output_storage,
            output_dir=output_dir,
            schedule_id=schedule_id,
            media_process_task=media_process_task,
            ai_content_review_task=ai_content_review_task,
            ai_analysis_task=ai_analysis_task,
            ai_recognition_task=ai_recognition_task,
            ai_quality_control_task=ai_quality_control_task,
            smart_subtitles_task=smart_subtitles_task,
            smart_erase_task=smart_erase_task,
            ai_dubbing_task=ai_dubbing_task,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_id=session_id,
            session_context=session_context,
            task_type=task_type,
            resource_id=resource_id,
            activities=activities,
            skip_mate_data=skip_mate_data,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ProcessMediaResponse] = await self._invoke(
            _ops.PROCESS_MEDIA, request, timeout=timeout
        )
        return raw.parsed

    async def query_hunyuan3_d_task(
        self,
        *,
        task_id: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> QueryHunyuan3DTaskResponse:
        """Get the result of a Hunyuan 3D task.

        Returns the task status, progress percentage, queue position and the original inputs.
        When the task is done it lists the output 3D files with download URLs; when it fails it
        gives an error code and message.

        Args:
            task_id: ID of the task to query.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.query_hunyuan3_d_task_request import QueryHunyuan3DTaskRequest

        request = QueryHunyuan3DTaskRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[QueryHunyuan3DTaskResponse] = await self._invoke(
            _ops.QUERY_HUNYUAN3_D_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def wait_for_hunyuan3d_task(
        self,
        task_id: str,
        *,
        interval: float = 10.0,
        timeout: float = 1800.0,
        on_progress: Callable[[QueryHunyuan3DTaskResponse], object] | None = None,
    ) -> QueryHunyuan3DTaskResponse:
        """Poll QueryHunyuan3DTask until the 3D task is DONE; FAIL is a failure.

        Polls ``QueryHunyuan3DTask`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.query_hunyuan3_d_task_request import QueryHunyuan3DTaskRequest

        request = QueryHunyuan3DTaskRequest(
            task_id=task_id,
        )
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.QUERY_HUNYUAN3_D_TASK,
            _loops.QUERY_HUNYUAN3_D_TASK_WAIT_FOR_HUNYUAN3D_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    async def query_project(
        self,
        *,
        project_id: str | None = None,
        project_name: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> QueryProjectResponse:
        """Search drama projects, page by page.

        Returns drama projects matching a project ID or name, with their glossaries and
        characters. Results are paged with Page (from 1) and PageSize (default 20) and include
        the total count.

        Args:
            project_id: ID of the project to look up.
            project_name: Name of the project to look up.
            page: Page number, starting at 1; default 1.
            page_size: Number of projects per page; default 20.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.query_project_request import QueryProjectRequest

        request = QueryProjectRequest(
            project_id=project_id,
            project_name=project_name,
            page=page,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[QueryProjectResponse] = await self._invoke(
            _ops.QUERY_PROJECT, request, timeout=timeout
        )
        return raw.parsed

    def iter_projects(
        self,
        *,
        project_id: str | None = None,
        project_name: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[Project]:
        """Every item of ``Data`` across all pages of ``QueryProject``.

        Pages are fetched as the ``async for`` iteration goes (page-number paging). ``page_size``
        sets ``PageSize``, the items asked for per call;
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`query_project`.
        """
        from . import _loops
        from .models.query_project_request import QueryProjectRequest

        request = QueryProjectRequest(
            project_id=project_id,
            project_name=project_name,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.QUERY_PROJECT,
            _loops.QUERY_PROJECT_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_query_project(
        self,
        *,
        project_id: str | None = None,
        project_name: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[QueryProjectResponse]:
        """Every page of ``QueryProject``: one :class:`QueryProjectResponse` per call.

        Like :meth:`iter_projects`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.query_project_request import QueryProjectRequest

        request = QueryProjectRequest(
            project_id=project_id,
            project_name=project_name,
            page_size=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.QUERY_PROJECT,
            _loops.QUERY_PROJECT_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def recognize_audio(
        self,
        *,
        audio_data: str,
        source: str | None = None,
        audio_format: str | None = None,
        sample_rate: int | None = None,
        user_ext_para: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> RecognizeAudioResponse:
        """Recognize speech in an audio clip synchronously.

        Takes base64 audio data (pcm or ogg-opus) and returns the recognized text right away,
        both for the whole clip and per sentence with word timings. The language can be detected
        automatically or specified.

        Args:
            audio_data: Audio data to recognize, base64-encoded. Required.
            source: Language of the speech; empty means auto (automatic detection).
            audio_format: Format of the audio data; defaults to pcm.
            sample_rate: Sample rate of the audio in Hz: 16000 for pcm; 16000, 24000 or 48000 for ogg-opus.
            user_ext_para: Extension parameters for special needs; normally left empty.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.recognize_audio_request import RecognizeAudioRequest

        request = RecognizeAudioRequest(
            audio_data=audio_data,
            source=source,
            audio_format=audio_format,
            sample_rate=sample_rate,
            user_ext_para=user_ext_para,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[RecognizeAudioResponse] = await self._invoke(
            _ops.RECOGNIZE_AUDIO, request, timeout=timeout
        )
        return raw.parsed

    async def recognize_media_for_zhi_xue(
        self,
        input_info: MediaInputInfo,
        *,
        expression_config: ExpressionConfigInfo | None = None,
        action_config: ActionConfigInfo | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> RecognizeMediaForZhiXueResponse:
        """Recognize facial expressions and actions in media for ZhiXue.

        Starts a smart media recognition task that detects facial expressions and actions, both
        enabled by default. It is only for the ZhiXue service; calls from others have no effect.
        Returns a task ID for querying status and results.

        Args:
            input_info: Storage information of the input media file. Required.
            expression_config: Settings of facial expression recognition; enabled by default.
            action_config: Settings of action recognition; enabled by default.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.recognize_media_for_zhi_xue_request import RecognizeMediaForZhiXueRequest

        request = RecognizeMediaForZhiXueRequest(
            input_info=input_info,
            expression_config=expression_config,
            action_config=action_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[RecognizeMediaForZhiXueResponse] = await self._invoke(
            _ops.RECOGNIZE_MEDIA_FOR_ZHI_XUE, request, timeout=timeout
        )
        return raw.parsed

    async def reset_workflow(
        self,
        workflow_id: int,
        *,
        workflow_name: str,
        trigger: WorkflowTrigger,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        media_process_task: MediaProcessTaskInput | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        task_priority: int | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ResetWorkflowResponse:
        """Replace the configuration of an existing disabled workflow.

        Sets a new name, trigger, output location, processing and AI tasks, priority and
        notifications for a workflow. The workflow must exist and be disabled.

        Args:
            workflow_id: ID of the workflow to reset. Required.
            workflow_name: Name of the workflow, up to 128 characters and unique per user. Required.
            trigger: Trigger rule of the workflow; an uploaded file that matches it starts the workflow. Required.
            output_storage: Output storage of the processed files; inherits the storage of Trigger when empty.
            output_dir: Output directory, starting and ending with /, for example /movie/201907/.
            media_process_task: Parameters of the video processing tasks.
            ai_content_review_task: Parameters of the content moderation task.
            ai_analysis_task: Parameters of the content analysis task.
            ai_recognition_task: Parameters of the content recognition task.
            task_priority: Workflow priority from -10 to 10; larger values run first.
            task_notify_config: Event notification settings of the task; no notifications are sent when empty.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.reset_workflow_request import ResetWorkflowRequest

        request = ResetWorkflowRequest(
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            trigger=trigger,
            output_storage=output_storage,
            output_dir=output_dir,
            media_process_task=media_process_task,
            ai_content_review_task=ai_content_review_task,
            ai_analysis_task=ai_analysis_task,
            ai_recognition_task=ai_recognition_task,
            task_priority=task_priority,
            task_notify_config=task_notify_config,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ResetWorkflowResponse] = await self._invoke(
            _ops.RESET_WORKFLOW, request, timeout=timeout
        )
        return raw.parsed

    async def start_stream_link_flow(
        self,
        flow_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> StartStreamLinkFlowResponse:
        """Start a StreamLink flow.

        Starts the media transport flow identified by FlowId. The response carries only the
        request ID.

        Args:
            flow_id: ID of the flow to start. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.start_stream_link_flow_request import StartStreamLinkFlowRequest

        request = StartStreamLinkFlowRequest(
            flow_id=flow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[StartStreamLinkFlowResponse] = await self._invoke(
            _ops.START_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def start_stream_package_linear_assembly_channel(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> StartStreamPackageLinearAssemblyChannelResponse:
        """Start a linear assembly channel.

        Starts the StreamPackage linear assembly channel with the given ID. The response carries
        only the request ID.

        Args:
            id: ID of the channel to start. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.start_stream_package_linear_assembly_channel_request import (
            StartStreamPackageLinearAssemblyChannelRequest,
        )

        request = StartStreamPackageLinearAssemblyChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[StartStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.START_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def stop_stream_link_flow(
        self,
        flow_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> StopStreamLinkFlowResponse:
        """Stop a StreamLink flow.

        Stops the media transport flow identified by FlowId. The response carries only the
        request ID.

        Args:
            flow_id: ID of the flow to stop. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.stop_stream_link_flow_request import StopStreamLinkFlowRequest

        request = StopStreamLinkFlowRequest(
            flow_id=flow_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[StopStreamLinkFlowResponse] = await self._invoke(
            _ops.STOP_STREAM_LINK_FLOW, request, timeout=timeout
        )
        return raw.parsed

    async def stop_stream_package_linear_assembly_channel(
        self,
        id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> StopStreamPackageLinearAssemblyChannelResponse:
        """Stop a linear assembly channel.

        Stops the StreamPackage linear assembly channel with the given ID. The response carries
        only the request ID.

        Args:
            id: ID of the channel to stop. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.stop_stream_package_linear_assembly_channel_request import (
            StopStreamPackageLinearAssemblyChannelRequest,
        )

        request = StopStreamPackageLinearAssemblyChannelRequest(
            id=id, unknown_fields=dict(extra_params) if extra_params else None
        )
        raw: RawResponse[StopStreamPackageLinearAssemblyChannelResponse] = await self._invoke(
            _ops.STOP_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL, request, timeout=timeout
        )
        return raw.parsed

    async def submit_hunyuan3_d_task(
        self,
        *,
        prompt: str | None = None,
        image_url: str | None = None,
        multi_view_images: list[ViewImage] | None = None,
        generate_type: str | None = None,
        mesh_url: str | None = None,
        enable_pbr: bool | None = None,
        face_count: int | None = None,
        keep_uv: bool | None = None,
        result_format: str | None = None,
        seed: int | None = None,
        style: str | None = None,
        store_cos_param: AigcStoreCosParam | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SubmitHunyuan3DTaskResponse:
        """Submit a Hunyuan 3D generation task.

        Generates a 3D asset from a text prompt, an image, several view images or an existing
        mesh (texture only). Options cover the generation type, face count, PBR materials, UV
        keeping, an extra FBX output, seed and style. Returns a task ID to query with
        QueryHunyuan3DTask.

        Args:
            prompt: Prompt for text-to-3D generation, up to 1024 UTF-8 characters.
            image_url: HTTP or HTTPS URL of the image for image-to-3D generation.
            multi_view_images: Images for multi-view image-to-3D generation: at least 2, including a front view.
            generate_type: What to generate: Normal (default, full asset), Geometry (geometry only) or Texture (texture only, needs MeshUrl).
            mesh_url: URL of an existing 3D model (.glb or .obj only); when given, GenerateType is forced to Texture.
            enable_pbr: Whether PBR materials are output.
            face_count: Number of mesh faces, range [3000, 1500000]; applies only to Normal and Geometry.
            keep_uv: Whether the UV unwrapping is kept.
            result_format: One extra output format besides the default obj and glb; currently only FBX.
            seed: Random seed; the same seed with the same input reproduces the result.
            style: Style keyword that steers the generation, for example cyberpunk.
            store_cos_param: COS bucket created by the customer for storing results.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.submit_hunyuan3_d_task_request import SubmitHunyuan3DTaskRequest

        request = SubmitHunyuan3DTaskRequest(
            prompt=prompt,
            image_url=image_url,
            multi_view_images=multi_view_images,
            generate_type=generate_type,
            mesh_url=mesh_url,
            enable_pbr=enable_pbr,
            face_count=face_count,
            keep_uv=keep_uv,
            result_format=result_format,
            seed=seed,
            style=style,
            store_cos_param=store_cos_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[SubmitHunyuan3DTaskResponse] = await self._invoke(
            _ops.SUBMIT_HUNYUAN3_D_TASK, request, timeout=timeout
        )
        return raw.parsed

    async def sync_dubbing(
        self,
        *,
        text: str | None = None,
        text_lang: str | None = None,
        voice_id: str | None = None,
        audio_data: str | None = None,
        audio_url: str | None = None,
        audio_lang: str | None = None,
        voice_profile: VoiceProfile | None = None,
        output: SyncDubbingOutputOption | None = None,
        resource_id: str | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> SyncDubbingResponse:
        """Clone a voice or synthesize dubbed audio synchronously.

        A synchronous call that either clones a voice from audio and returns its voice ID, or
        synthesizes up to 2000 characters of text and returns the audio as Base64 or a URL. By
        default an account may hold at most 100 cloned or designed voices.

        Args:
            text: Text to synthesize, at most 2000 characters; required for speech synthesis.
            text_lang: Language of the text.
            voice_id: ID of the voice to synthesize with, either a system voice or a cloned voice.
            audio_data: Base64-encoded audio to clone a voice from.
            audio_url: URL of the audio to clone a voice from; used when AudioData is empty.
            audio_lang: Language of the cloning audio; defaults to Chinese.
            voice_profile: Attributes of the voice, such as name, gender, age and languages.
            output: Output settings, such as the output form.
            resource_id: Resource ID to bill the request to; the resource must be enabled.
            ext_param: Extension parameters as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.sync_dubbing_request import SyncDubbingRequest

        request = SyncDubbingRequest(
            text=text,
            text_lang=text_lang,
            voice_id=voice_id,
            audio_data=audio_data,
            audio_url=audio_url,
            audio_lang=audio_lang,
            voice_profile=voice_profile,
            output=output,
            resource_id=resource_id,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[SyncDubbingResponse] = await self._invoke(
            _ops.SYNC_DUBBING, request, timeout=timeout
        )
        return raw.parsed

    async def text_to_speech(
        self,
        voice_id: str,
        *,
        text: str,
        text_lang: str | None = None,
        output: SyncDubbingOutputOption | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> TextToSpeechResponse:
        """Synthesize speech from text synchronously.

        Synchronously generates speech audio from the input text using the specified voice. The
        audio is returned as Base64 data or as a URL valid for 24 hours.

        Args:
            voice_id: ID of the voice to use. Required.
            text: Text to synthesize. Required.
            text_lang: Language of the text; detected automatically when empty.
            output: Output settings, such as whether audio is returned as data or a URL.
            ext_param: Extension parameters as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.text_to_speech_request import TextToSpeechRequest

        request = TextToSpeechRequest(
            voice_id=voice_id,
            text=text,
            text_lang=text_lang,
            output=output,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[TextToSpeechResponse] = await self._invoke(
            _ops.TEXT_TO_SPEECH, request, timeout=timeout
        )
        return raw.parsed

    async def text_to_speech_async(
        self,
        voice_id: str,
        *,
        text: str,
        text_lang: str | None = None,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> TextToSpeechAsyncResponse:
        """Start an asynchronous speech synthesis task.

        Asynchronous text-to-speech that supports long texts. The call returns a task ID; the
        result is fetched with DescribeTextToSpeechAsyncTask.

        Args:
            voice_id: ID of the voice to use. Required.
            text: Text to synthesize. Required.
            text_lang: Language of the text; detected automatically when empty.
            ext_param: Extension parameters as a JSON string.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.text_to_speech_async_request import TextToSpeechAsyncRequest

        request = TextToSpeechAsyncRequest(
            voice_id=voice_id,
            text=text,
            text_lang=text_lang,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[TextToSpeechAsyncResponse] = await self._invoke(
            _ops.TEXT_TO_SPEECH_ASYNC, request, timeout=timeout
        )
        return raw.parsed

    async def text_translation(
        self,
        *,
        source_text: str,
        source: str,
        target: str,
        user_ext_para: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> TextTranslationResponse:
        """Translate a piece of text.

        Translates UTF-8 text of fewer than 2000 characters from a source language (or auto-
        detected) into a target language. It is billed under the subtitle translation
        (additional language) item: every 1100 characters, counted as Unicode code points (hello
        counts as 5), are converted to one minute of duration.

        Args:
            source_text: Text to translate, UTF-8 encoded and shorter than 2000 characters per request. Required.
            source: Source language code, for example zh, en or zh-TW; auto detects a single language automatically. Required.
            target: Target language code, for example en, zh or zh-TW. Required.
            user_ext_para: User extension parameters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.text_translation_request import TextTranslationRequest

        request = TextTranslationRequest(
            source_text=source_text,
            source=source,
            target=target,
            user_ext_para=user_ext_para,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[TextTranslationResponse] = await self._invoke(
            _ops.TEXT_TRANSLATION, request, timeout=timeout
        )
        return raw.parsed

    async def update_project(
        self,
        project_id: str,
        *,
        project_name: str | None = None,
        term_base: list[TermBase] | None = None,
        description: str | None = None,
        speakers: list[Speakers] | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> UpdateProjectResponse:
        """Update a drama project.

        Changes the name, description, glossary or characters of an existing drama project
        identified by its project ID. The response carries only the request ID.

        Args:
            project_id: ID of the project to update. Required.
            project_name: New name of the project.
            term_base: New glossary of terms for the project.
            description: New description of the project.
            speakers: New list of characters (speakers).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.update_project_request import UpdateProjectRequest

        request = UpdateProjectRequest(
            project_id=project_id,
            project_name=project_name,
            term_base=term_base,
            description=description,
            speakers=speakers,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[UpdateProjectResponse] = await self._invoke(
            _ops.UPDATE_PROJECT, request, timeout=timeout
        )
        return raw.parsed

    async def update_voice(
        self,
        voice_id: str,
        *,
        voice_fields: VoiceUpdateFields,
        ext_param: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> UpdateVoiceResponse:
        """Update the information of a voice.

        Changes the stored attributes of an existing voice identified by its voice ID, such as
        name, description, gender, age, languages, tags, scenarios and sample audio. The
        response returns the updated voice information.

        Args:
            voice_id: ID of the voice to update. Required.
            voice_fields: Voice fields to update. Required.
            ext_param: Extension parameters as a JSON string, for example {"engine": "auto"}.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.update_voice_request import UpdateVoiceRequest

        request = UpdateVoiceRequest(
            voice_id=voice_id,
            voice_fields=voice_fields,
            ext_param=ext_param,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[UpdateVoiceResponse] = await self._invoke(
            _ops.UPDATE_VOICE, request, timeout=timeout
        )
        return raw.parsed

    async def withdraws_watermark(
        self,
        input_info: MediaInputInfo,
        *,
        task_notify_config: TaskNotifyConfig | None = None,
        session_context: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> WithdrawsWatermarkResponse:
        """Extract the blind watermark from a video.

        Starts a task that extracts the blind (invisible) watermark embedded in a video. The
        response carries a task ID for querying status and result; event notifications can be
        configured for the task.

        Args:
            input_info: Storage information of the input media file. Required.
            task_notify_config: Event notification settings for the task; leave empty to receive no notifications.
            session_context: Source context passed through from the request and returned in task status callbacks; up to 1000 characters.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.withdraws_watermark_request import WithdrawsWatermarkRequest

        request = WithdrawsWatermarkRequest(
            input_info=input_info,
            task_notify_config=task_notify_config,
            session_context=session_context,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[WithdrawsWatermarkResponse] = await self._invoke(
            _ops.WITHDRAWS_WATERMARK, request, timeout=timeout
        )
        return raw.parsed
