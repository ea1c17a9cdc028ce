# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/operations.py.jinja2 (make generate); do not edit.
"""The operations of ``schema/mps.openapi.json`` as data, and a body parser for each.

Every ``Operation`` record says how its action behaves (idempotency, rate limit, error codes)
and where its codecs are; the generated clients hand these records to the hand-written core,
which runs them. Waiters, paginators and watchers are data too, in ``_loops``.

``parse_<response>(body)`` decodes a whole response body of one action; ``parse_response(body,
action)`` decodes the body of any action by name (``DescribeTaskDetail`` when none is given,
``x-tc-default-operation`` in schema/).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, overload

from tencent_mps_core.operation import Operation

from ._service import SERVICE
from ._service import parse_response as _parse_response
from .models._registry import REQUEST, STRUCTURE

if TYPE_CHECKING:
    from .models.activate_ssai_response import ActivateSSAIResponse
    from .models.activate_stream_package_response import ActivateStreamPackageResponse
    from .models.batch_delete_stream_link_flow_response import BatchDeleteStreamLinkFlowResponse
    from .models.batch_process_media_response import BatchProcessMediaResponse
    from .models.batch_start_stream_link_flow_response import BatchStartStreamLinkFlowResponse
    from .models.batch_stop_stream_link_flow_response import BatchStopStreamLinkFlowResponse
    from .models.change_voice_response import ChangeVoiceResponse
    from .models.clone_viral_response import CloneViralResponse
    from .models.clone_voice_response import CloneVoiceResponse
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
    from .models.create_live_record_template_response import CreateLiveRecordTemplateResponse
    from .models.create_media_evaluation_response import CreateMediaEvaluationResponse
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
    from .models.edit_media_response import EditMediaResponse
    from .models.embedding_data_response import EmbeddingDataResponse
    from .models.enable_schedule_response import EnableScheduleResponse
    from .models.enable_workflow_response import EnableWorkflowResponse
    from .models.execute_function_response import ExecuteFunctionResponse
    from .models.extract_blind_watermark_response import ExtractBlindWatermarkResponse
    from .models.manage_task_response import ManageTaskResponse
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
    from .models.modify_doc_to_video_task_status_response import ModifyDocToVideoTaskStatusResponse
    from .models.modify_image_sprite_template_response import ModifyImageSpriteTemplateResponse
    from .models.modify_live_record_template_response import ModifyLiveRecordTemplateResponse
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
    from .models.parse_live_stream_process_notification_response import (
        ParseLiveStreamProcessNotificationResponse,
    )
    from .models.parse_notification_response import ParseNotificationResponse
    from .models.process_image_response import ProcessImageResponse
    from .models.process_live_stream_response import ProcessLiveStreamResponse
    from .models.process_media_response import ProcessMediaResponse
    from .models.query_hunyuan3_d_task_response import QueryHunyuan3DTaskResponse
    from .models.query_project_response import QueryProjectResponse
    from .models.recognize_audio_response import RecognizeAudioResponse
    from .models.recognize_media_for_zhi_xue_response import RecognizeMediaForZhiXueResponse
    from .models.reset_workflow_response import ResetWorkflowResponse
    from .models.start_stream_link_flow_response import StartStreamLinkFlowResponse
    from .models.start_stream_package_linear_assembly_channel_response import (
        StartStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.stop_stream_link_flow_response import StopStreamLinkFlowResponse
    from .models.stop_stream_package_linear_assembly_channel_response import (
        StopStreamPackageLinearAssemblyChannelResponse,
    )
    from .models.submit_hunyuan3_d_task_response import SubmitHunyuan3DTaskResponse
    from .models.sync_dubbing_response import SyncDubbingResponse
    from .models.text_to_speech_async_response import TextToSpeechAsyncResponse
    from .models.text_to_speech_response import TextToSpeechResponse
    from .models.text_translation_response import TextTranslationResponse
    from .models.update_project_response import UpdateProjectResponse
    from .models.update_voice_response import UpdateVoiceResponse
    from .models.withdraws_watermark_response import WithdrawsWatermarkResponse

__all__ = [
    "OPERATIONS",
    "ACTIVATE_SSAI",
    "parse_activate_ssai_response",
    "ACTIVATE_STREAM_PACKAGE",
    "parse_activate_stream_package_response",
    "BATCH_DELETE_STREAM_LINK_FLOW",
    "parse_batch_delete_stream_link_flow_response",
    "BATCH_PROCESS_MEDIA",
    "parse_batch_process_media_response",
    "BATCH_START_STREAM_LINK_FLOW",
    "parse_batch_start_stream_link_flow_response",
    "BATCH_STOP_STREAM_LINK_FLOW",
    "parse_batch_stop_stream_link_flow_response",
    "CHANGE_VOICE",
    "parse_change_voice_response",
    "CLONE_VIRAL",
    "parse_clone_viral_response",
    "CLONE_VOICE",
    "parse_clone_voice_response",
    "CREATE_AI_ANALYSIS_TEMPLATE",
    "parse_create_ai_analysis_template_response",
    "CREATE_AI_RECOGNITION_TEMPLATE",
    "parse_create_ai_recognition_template_response",
    "CREATE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE",
    "parse_create_adaptive_dynamic_streaming_template_response",
    "CREATE_AGENT_RECORD_TASK",
    "parse_create_agent_record_task_response",
    "CREATE_AI_DRAMA_TASK",
    "parse_create_ai_drama_task_response",
    "CREATE_AI_FISSION_TASK",
    "parse_create_ai_fission_task_response",
    "CREATE_AIGC_AUDIO_TASK",
    "parse_create_aigc_audio_task_response",
    "CREATE_AIGC_IMAGE_TASK",
    "parse_create_aigc_image_task_response",
    "CREATE_AIGC_VIDEO_TASK",
    "parse_create_aigc_video_task_response",
    "CREATE_ANIMATED_GRAPHICS_TEMPLATE",
    "parse_create_animated_graphics_template_response",
    "CREATE_ASR_HOTWORDS",
    "parse_create_asr_hotwords_response",
    "CREATE_BLIND_WATERMARK_TEMPLATE",
    "parse_create_blind_watermark_template_response",
    "CREATE_CONTENT_REVIEW_TEMPLATE",
    "parse_create_content_review_template_response",
    "CREATE_DOC_TO_VIDEO_TASK",
    "parse_create_doc_to_video_task_response",
    "CREATE_IMAGE_SPRITE_TEMPLATE",
    "parse_create_image_sprite_template_response",
    "CREATE_LIVE_RECORD_TEMPLATE",
    "parse_create_live_record_template_response",
    "CREATE_MEDIA_EVALUATION",
    "parse_create_media_evaluation_response",
    "CREATE_PERSON_SAMPLE",
    "parse_create_person_sample_response",
    "CREATE_PROCESS_IMAGE_TEMPLATE",
    "parse_create_process_image_template_response",
    "CREATE_PROJECT",
    "parse_create_project_response",
    "CREATE_QUALITY_CONTROL_TEMPLATE",
    "parse_create_quality_control_template_response",
    "CREATE_SAMPLE_SNAPSHOT_TEMPLATE",
    "parse_create_sample_snapshot_template_response",
    "CREATE_SCHEDULE",
    "parse_create_schedule_response",
    "CREATE_SMART_ERASE_TEMPLATE",
    "parse_create_smart_erase_template_response",
    "CREATE_SMART_SUBTITLE_TEMPLATE",
    "parse_create_smart_subtitle_template_response",
    "CREATE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE",
    "parse_create_snapshot_by_time_offset_template_response",
    "CREATE_STREAM_LINK_EVENT",
    "parse_create_stream_link_event_response",
    "CREATE_STREAM_LINK_FLOW",
    "parse_create_stream_link_flow_response",
    "CREATE_STREAM_LINK_INPUT",
    "parse_create_stream_link_input_response",
    "CREATE_STREAM_LINK_OUTPUT_INFO",
    "parse_create_stream_link_output_info_response",
    "CREATE_STREAM_LINK_SECURITY_GROUP",
    "parse_create_stream_link_security_group_response",
    "CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_create_stream_package_linear_assembly_channel_response",
    "CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM",
    "parse_create_stream_package_linear_assembly_program_response",
    "CREATE_STREAM_PACKAGE_SSAI_CHANNEL",
    "parse_create_stream_package_ssai_channel_response",
    "CREATE_STREAM_PACKAGE_SOURCE",
    "parse_create_stream_package_source_response",
    "CREATE_STREAM_PACKAGE_SOURCE_LOCATION",
    "parse_create_stream_package_source_location_response",
    "CREATE_SUBTITLE_EMBED_TEMPLATE",
    "parse_create_subtitle_embed_template_response",
    "CREATE_TRANSCODE_TEMPLATE",
    "parse_create_transcode_template_response",
    "CREATE_VIDEO_DATABASE_ENTRY_TASK",
    "parse_create_video_database_entry_task_response",
    "CREATE_VIDEO_REDRAW_TASK",
    "parse_create_video_redraw_task_response",
    "CREATE_VIDEO_SEARCH_TASK",
    "parse_create_video_search_task_response",
    "CREATE_WATERMARK_TEMPLATE",
    "parse_create_watermark_template_response",
    "CREATE_WORD_SAMPLES",
    "parse_create_word_samples_response",
    "CREATE_WORKFLOW",
    "parse_create_workflow_response",
    "DELETE_AI_ANALYSIS_TEMPLATE",
    "parse_delete_ai_analysis_template_response",
    "DELETE_AI_RECOGNITION_TEMPLATE",
    "parse_delete_ai_recognition_template_response",
    "DELETE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE",
    "parse_delete_adaptive_dynamic_streaming_template_response",
    "DELETE_ANIMATED_GRAPHICS_TEMPLATE",
    "parse_delete_animated_graphics_template_response",
    "DELETE_ASR_HOTWORDS",
    "parse_delete_asr_hotwords_response",
    "DELETE_BLIND_WATERMARK_TEMPLATE",
    "parse_delete_blind_watermark_template_response",
    "DELETE_CONTENT_REVIEW_TEMPLATE",
    "parse_delete_content_review_template_response",
    "DELETE_IMAGE_SPRITE_TEMPLATE",
    "parse_delete_image_sprite_template_response",
    "DELETE_LIVE_RECORD_TEMPLATE",
    "parse_delete_live_record_template_response",
    "DELETE_PERSON_SAMPLE",
    "parse_delete_person_sample_response",
    "DELETE_PROCESS_IMAGE_TEMPLATE",
    "parse_delete_process_image_template_response",
    "DELETE_PROJECT",
    "parse_delete_project_response",
    "DELETE_QUALITY_CONTROL_TEMPLATE",
    "parse_delete_quality_control_template_response",
    "DELETE_SAMPLE_SNAPSHOT_TEMPLATE",
    "parse_delete_sample_snapshot_template_response",
    "DELETE_SCHEDULE",
    "parse_delete_schedule_response",
    "DELETE_SMART_ERASE_TEMPLATE",
    "parse_delete_smart_erase_template_response",
    "DELETE_SMART_SUBTITLE_TEMPLATE",
    "parse_delete_smart_subtitle_template_response",
    "DELETE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE",
    "parse_delete_snapshot_by_time_offset_template_response",
    "DELETE_STREAM_LINK_EVENT",
    "parse_delete_stream_link_event_response",
    "DELETE_STREAM_LINK_FLOW",
    "parse_delete_stream_link_flow_response",
    "DELETE_STREAM_LINK_OUTPUT",
    "parse_delete_stream_link_output_response",
    "DELETE_STREAM_LINK_SECURITY_GROUP",
    "parse_delete_stream_link_security_group_response",
    "DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_delete_stream_package_linear_assembly_channel_response",
    "DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS",
    "parse_delete_stream_package_linear_assembly_channels_response",
    "DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM",
    "parse_delete_stream_package_linear_assembly_program_response",
    "DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS",
    "parse_delete_stream_package_linear_assembly_programs_response",
    "DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_BY_CHANNEL",
    "parse_delete_stream_package_linear_assembly_programs_by_channel_response",
    "DELETE_STREAM_PACKAGE_SSAI_CHANNEL",
    "parse_delete_stream_package_ssai_channel_response",
    "DELETE_STREAM_PACKAGE_SOURCE",
    "parse_delete_stream_package_source_response",
    "DELETE_STREAM_PACKAGE_SOURCE_LOCATION",
    "parse_delete_stream_package_source_location_response",
    "DELETE_SUBTITLE_EMBED_TEMPLATE",
    "parse_delete_subtitle_embed_template_response",
    "DELETE_TRANSCODE_TEMPLATE",
    "parse_delete_transcode_template_response",
    "DELETE_VOICE",
    "parse_delete_voice_response",
    "DELETE_WATERMARK_TEMPLATE",
    "parse_delete_watermark_template_response",
    "DELETE_WORD_SAMPLES",
    "parse_delete_word_samples_response",
    "DELETE_WORKFLOW",
    "parse_delete_workflow_response",
    "DESCRIBE_AI_ANALYSIS_TEMPLATES",
    "parse_describe_ai_analysis_templates_response",
    "DESCRIBE_AI_RECOGNITION_TEMPLATES",
    "parse_describe_ai_recognition_templates_response",
    "DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES",
    "parse_describe_adaptive_dynamic_streaming_templates_response",
    "DESCRIBE_AGENT_RECORD_TASK",
    "parse_describe_agent_record_task_response",
    "DESCRIBE_AIGC_AUDIO_TASK",
    "parse_describe_aigc_audio_task_response",
    "DESCRIBE_AIGC_IMAGE_TASK",
    "parse_describe_aigc_image_task_response",
    "DESCRIBE_AIGC_TASK_LIST",
    "parse_describe_aigc_task_list_response",
    "DESCRIBE_AIGC_TASK_STATUS",
    "parse_describe_aigc_task_status_response",
    "DESCRIBE_AIGC_VIDEO_TASK",
    "parse_describe_aigc_video_task_response",
    "DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES",
    "parse_describe_animated_graphics_templates_response",
    "DESCRIBE_ASR_HOTWORDS",
    "parse_describe_asr_hotwords_response",
    "DESCRIBE_ASR_HOTWORDS_LIST",
    "parse_describe_asr_hotwords_list_response",
    "DESCRIBE_BATCH_TASK_DETAIL",
    "parse_describe_batch_task_detail_response",
    "DESCRIBE_BLIND_WATERMARK_TEMPLATES",
    "parse_describe_blind_watermark_templates_response",
    "DESCRIBE_CLONE_VIRAL_TASK",
    "parse_describe_clone_viral_task_response",
    "DESCRIBE_CONTENT_REVIEW_TEMPLATES",
    "parse_describe_content_review_templates_response",
    "DESCRIBE_DESIGN_TASK",
    "parse_describe_design_task_response",
    "DESCRIBE_GROUP_ATTACH_FLOWS_BY_ID",
    "parse_describe_group_attach_flows_by_id_response",
    "DESCRIBE_IMAGE_SPRITE_TEMPLATES",
    "parse_describe_image_sprite_templates_response",
    "DESCRIBE_IMAGE_TASK_DETAIL",
    "parse_describe_image_task_detail_response",
    "DESCRIBE_IMAGE_TASKS",
    "parse_describe_image_tasks_response",
    "DESCRIBE_LIVE_RECORD_TEMPLATES",
    "parse_describe_live_record_templates_response",
    "DESCRIBE_MDPMPS_USER_INFO",
    "parse_describe_mdpmps_user_info_response",
    "DESCRIBE_MEDIA_META_DATA",
    "parse_describe_media_meta_data_response",
    "DESCRIBE_PERSON_SAMPLES",
    "parse_describe_person_samples_response",
    "DESCRIBE_PROCESS_IMAGE_TEMPLATES",
    "parse_describe_process_image_templates_response",
    "DESCRIBE_QUALITY_CONTROL_TEMPLATES",
    "parse_describe_quality_control_templates_response",
    "DESCRIBE_SSAI_ACTIVATE_STATE",
    "parse_describe_ssai_activate_state_response",
    "DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES",
    "parse_describe_sample_snapshot_templates_response",
    "DESCRIBE_SCHEDULES",
    "parse_describe_schedules_response",
    "DESCRIBE_SMART_ERASE_TEMPLATES",
    "parse_describe_smart_erase_templates_response",
    "DESCRIBE_SMART_SUBTITLE_TEMPLATES",
    "parse_describe_smart_subtitle_templates_response",
    "DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES",
    "parse_describe_snapshot_by_time_offset_templates_response",
    "DESCRIBE_STREAM_LINK_ACTIVATE_STATE",
    "parse_describe_stream_link_activate_state_response",
    "DESCRIBE_STREAM_LINK_EVENT",
    "parse_describe_stream_link_event_response",
    "DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS",
    "parse_describe_stream_link_event_attached_flows_response",
    "DESCRIBE_STREAM_LINK_EVENTS",
    "parse_describe_stream_link_events_response",
    "DESCRIBE_STREAM_LINK_FLOW",
    "parse_describe_stream_link_flow_response",
    "DESCRIBE_STREAM_LINK_FLOW_LOGS",
    "parse_describe_stream_link_flow_logs_response",
    "DESCRIBE_STREAM_LINK_FLOW_MEDIA_STATISTICS",
    "parse_describe_stream_link_flow_media_statistics_response",
    "DESCRIBE_STREAM_LINK_FLOW_REALTIME_STATUS",
    "parse_describe_stream_link_flow_realtime_status_response",
    "DESCRIBE_STREAM_LINK_FLOW_SRT_STATISTICS",
    "parse_describe_stream_link_flow_srt_statistics_response",
    "DESCRIBE_STREAM_LINK_FLOW_STATISTICS",
    "parse_describe_stream_link_flow_statistics_response",
    "DESCRIBE_STREAM_LINK_FLOWS",
    "parse_describe_stream_link_flows_response",
    "DESCRIBE_STREAM_LINK_REGIONS",
    "parse_describe_stream_link_regions_response",
    "DESCRIBE_STREAM_LINK_SECURITY_GROUPS",
    "parse_describe_stream_link_security_groups_response",
    "DESCRIBE_STREAM_PACKAGE_ACTIVATE_STATE",
    "parse_describe_stream_package_activate_state_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_describe_stream_package_linear_assembly_channel_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL_ALERTS",
    "parse_describe_stream_package_linear_assembly_channel_alerts_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS",
    "parse_describe_stream_package_linear_assembly_channels_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM",
    "parse_describe_stream_package_linear_assembly_program_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES",
    "parse_describe_stream_package_linear_assembly_program_schedules_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS",
    "parse_describe_stream_package_linear_assembly_programs_response",
    "DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_USAGE",
    "parse_describe_stream_package_linear_assembly_usage_response",
    "DESCRIBE_STREAM_PACKAGE_SSAI_CHANNEL",
    "parse_describe_stream_package_ssai_channel_response",
    "DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS",
    "parse_describe_stream_package_ssai_channels_response",
    "DESCRIBE_STREAM_PACKAGE_SSAI_USAGE",
    "parse_describe_stream_package_ssai_usage_response",
    "DESCRIBE_STREAM_PACKAGE_SOURCE",
    "parse_describe_stream_package_source_response",
    "DESCRIBE_STREAM_PACKAGE_SOURCE_ALERTS",
    "parse_describe_stream_package_source_alerts_response",
    "DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATION",
    "parse_describe_stream_package_source_location_response",
    "DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS",
    "parse_describe_stream_package_source_locations_response",
    "DESCRIBE_STREAM_PACKAGE_SOURCES",
    "parse_describe_stream_package_sources_response",
    "DESCRIBE_SUBTITLE_EMBED_TEMPLATES",
    "parse_describe_subtitle_embed_templates_response",
    "DESCRIBE_TASK_DETAIL",
    "parse_describe_task_detail_response",
    "DESCRIBE_TASKS",
    "parse_describe_tasks_response",
    "DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK",
    "parse_describe_text_to_speech_async_task_response",
    "DESCRIBE_TRANSCODE_TEMPLATES",
    "parse_describe_transcode_templates_response",
    "DESCRIBE_USAGE_DATA",
    "parse_describe_usage_data_response",
    "DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL",
    "parse_describe_video_database_entry_task_detail_response",
    "DESCRIBE_VIDEO_SEARCH_TASK_DETAIL",
    "parse_describe_video_search_task_detail_response",
    "DESCRIBE_VOICES",
    "parse_describe_voices_response",
    "DESCRIBE_WATERMARK_TEMPLATES",
    "parse_describe_watermark_templates_response",
    "DESCRIBE_WORD_SAMPLES",
    "parse_describe_word_samples_response",
    "DESCRIBE_WORKFLOWS",
    "parse_describe_workflows_response",
    "DESIGN_VOICE_ASYNC",
    "parse_design_voice_async_response",
    "DETECT_VIDEO_SUBTITLE_AREA",
    "parse_detect_video_subtitle_area_response",
    "DETECT_VIDEO_WATERMARK",
    "parse_detect_video_watermark_response",
    "DISABLE_SCHEDULE",
    "parse_disable_schedule_response",
    "DISABLE_WORKFLOW",
    "parse_disable_workflow_response",
    "DISASSOCIATE_SECURITY_GROUP",
    "parse_disassociate_security_group_response",
    "EDIT_MEDIA",
    "parse_edit_media_response",
    "EMBEDDING_DATA",
    "parse_embedding_data_response",
    "ENABLE_SCHEDULE",
    "parse_enable_schedule_response",
    "ENABLE_WORKFLOW",
    "parse_enable_workflow_response",
    "EXECUTE_FUNCTION",
    "parse_execute_function_response",
    "EXTRACT_BLIND_WATERMARK",
    "parse_extract_blind_watermark_response",
    "MANAGE_TASK",
    "parse_manage_task_response",
    "MODIFY_AI_ANALYSIS_TEMPLATE",
    "parse_modify_ai_analysis_template_response",
    "MODIFY_AI_RECOGNITION_TEMPLATE",
    "parse_modify_ai_recognition_template_response",
    "MODIFY_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE",
    "parse_modify_adaptive_dynamic_streaming_template_response",
    "MODIFY_ANIMATED_GRAPHICS_TEMPLATE",
    "parse_modify_animated_graphics_template_response",
    "MODIFY_ASR_HOTWORDS",
    "parse_modify_asr_hotwords_response",
    "MODIFY_BLIND_WATERMARK_TEMPLATE",
    "parse_modify_blind_watermark_template_response",
    "MODIFY_CONTENT_REVIEW_TEMPLATE",
    "parse_modify_content_review_template_response",
    "MODIFY_DOC_TO_VIDEO_TASK_STATUS",
    "parse_modify_doc_to_video_task_status_response",
    "MODIFY_IMAGE_SPRITE_TEMPLATE",
    "parse_modify_image_sprite_template_response",
    "MODIFY_LIVE_RECORD_TEMPLATE",
    "parse_modify_live_record_template_response",
    "MODIFY_PERSON_SAMPLE",
    "parse_modify_person_sample_response",
    "MODIFY_PROCESS_IMAGE_TEMPLATE",
    "parse_modify_process_image_template_response",
    "MODIFY_QUALITY_CONTROL_TEMPLATE",
    "parse_modify_quality_control_template_response",
    "MODIFY_SAMPLE_SNAPSHOT_TEMPLATE",
    "parse_modify_sample_snapshot_template_response",
    "MODIFY_SCHEDULE",
    "parse_modify_schedule_response",
    "MODIFY_SMART_ERASE_TEMPLATE",
    "parse_modify_smart_erase_template_response",
    "MODIFY_SMART_SUBTITLE_TEMPLATE",
    "parse_modify_smart_subtitle_template_response",
    "MODIFY_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE",
    "parse_modify_snapshot_by_time_offset_template_response",
    "MODIFY_STREAM_LINK_EVENT",
    "parse_modify_stream_link_event_response",
    "MODIFY_STREAM_LINK_FLOW",
    "parse_modify_stream_link_flow_response",
    "MODIFY_STREAM_LINK_INPUT",
    "parse_modify_stream_link_input_response",
    "MODIFY_STREAM_LINK_OUTPUT_INFO",
    "parse_modify_stream_link_output_info_response",
    "MODIFY_STREAM_LINK_SECURITY_GROUP",
    "parse_modify_stream_link_security_group_response",
    "MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_modify_stream_package_linear_assembly_channel_response",
    "MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM",
    "parse_modify_stream_package_linear_assembly_program_response",
    "MODIFY_STREAM_PACKAGE_SSAI_CHANNEL",
    "parse_modify_stream_package_ssai_channel_response",
    "MODIFY_STREAM_PACKAGE_SOURCE",
    "parse_modify_stream_package_source_response",
    "MODIFY_STREAM_PACKAGE_SOURCE_LOCATION",
    "parse_modify_stream_package_source_location_response",
    "MODIFY_SUBTITLE_EMBED_TEMPLATE",
    "parse_modify_subtitle_embed_template_response",
    "MODIFY_TRANSCODE_TEMPLATE",
    "parse_modify_transcode_template_response",
    "MODIFY_WATERMARK_TEMPLATE",
    "parse_modify_watermark_template_response",
    "MODIFY_WORD_SAMPLE",
    "parse_modify_word_sample_response",
    "PARSE_LIVE_STREAM_PROCESS_NOTIFICATION",
    "parse_live_stream_process_notification_response",
    "PARSE_NOTIFICATION",
    "parse_notification_response",
    "PROCESS_IMAGE",
    "parse_process_image_response",
    "PROCESS_LIVE_STREAM",
    "parse_process_live_stream_response",
    "PROCESS_MEDIA",
    "parse_process_media_response",
    "QUERY_HUNYUAN3_D_TASK",
    "parse_query_hunyuan3_d_task_response",
    "QUERY_PROJECT",
    "parse_query_project_response",
    "RECOGNIZE_AUDIO",
    "parse_recognize_audio_response",
    "RECOGNIZE_MEDIA_FOR_ZHI_XUE",
    "parse_recognize_media_for_zhi_xue_response",
    "RESET_WORKFLOW",
    "parse_reset_workflow_response",
    "START_STREAM_LINK_FLOW",
    "parse_start_stream_link_flow_response",
    "START_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_start_stream_package_linear_assembly_channel_response",
    "STOP_STREAM_LINK_FLOW",
    "parse_stop_stream_link_flow_response",
    "STOP_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL",
    "parse_stop_stream_package_linear_assembly_channel_response",
    "SUBMIT_HUNYUAN3_D_TASK",
    "parse_submit_hunyuan3_d_task_response",
    "SYNC_DUBBING",
    "parse_sync_dubbing_response",
    "TEXT_TO_SPEECH",
    "parse_text_to_speech_response",
    "TEXT_TO_SPEECH_ASYNC",
    "parse_text_to_speech_async_response",
    "TEXT_TRANSLATION",
    "parse_text_translation_response",
    "UPDATE_PROJECT",
    "parse_update_project_response",
    "UPDATE_VOICE",
    "parse_update_voice_response",
    "WITHDRAWS_WATERMARK",
    "parse_withdraws_watermark_response",
    "parse_response",
]


ACTIVATE_SSAI: Final = Operation(
    action="ActivateSSAI",
    version="2019-06-12",
    request_type="ActivateSSAIRequest",
    response_type="ActivateSSAIResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ActivateSSAI``: Activate server-side ad insertion (SSAI) for the account."""


def parse_activate_ssai_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ActivateSSAIResponse:
    """Decode a whole ``ActivateSSAI`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return ACTIVATE_SSAI.parse(body, SERVICE)  # type: ignore[no-any-return]


ACTIVATE_STREAM_PACKAGE: Final = Operation(
    action="ActivateStreamPackage",
    version="2019-06-12",
    request_type="ActivateStreamPackageRequest",
    response_type="ActivateStreamPackageResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ActivateStreamPackage``: Activate StreamPackage for the account."""


def parse_activate_stream_package_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ActivateStreamPackageResponse:
    """Decode a whole ``ActivateStreamPackage`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return ACTIVATE_STREAM_PACKAGE.parse(body, SERVICE)  # type: ignore[no-any-return]


BATCH_DELETE_STREAM_LINK_FLOW: Final = Operation(
    action="BatchDeleteStreamLinkFlow",
    version="2019-06-12",
    request_type="BatchDeleteStreamLinkFlowRequest",
    response_type="BatchDeleteStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``BatchDeleteStreamLinkFlow``: Delete several media transport flows of an event at once."""


def parse_batch_delete_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> BatchDeleteStreamLinkFlowResponse:
    """Decode a whole ``BatchDeleteStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return BATCH_DELETE_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


BATCH_PROCESS_MEDIA: Final = Operation(
    action="BatchProcessMedia",
    version="2019-06-12",
    request_type="BatchProcessMediaRequest",
    response_type="BatchProcessMediaResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``BatchProcessMedia``: Start a batch processing task on video URLs."""


def parse_batch_process_media_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> BatchProcessMediaResponse:
    """Decode a whole ``BatchProcessMedia`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return BATCH_PROCESS_MEDIA.parse(body, SERVICE)  # type: ignore[no-any-return]


BATCH_START_STREAM_LINK_FLOW: Final = Operation(
    action="BatchStartStreamLinkFlow",
    version="2019-06-12",
    request_type="BatchStartStreamLinkFlowRequest",
    response_type="BatchStartStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``BatchStartStreamLinkFlow``: Start several media transport flows of an event at once."""


def parse_batch_start_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> BatchStartStreamLinkFlowResponse:
    """Decode a whole ``BatchStartStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return BATCH_START_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


BATCH_STOP_STREAM_LINK_FLOW: Final = Operation(
    action="BatchStopStreamLinkFlow",
    version="2019-06-12",
    request_type="BatchStopStreamLinkFlowRequest",
    response_type="BatchStopStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``BatchStopStreamLinkFlow``: Stop several media transport flows of an event at once."""


def parse_batch_stop_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> BatchStopStreamLinkFlowResponse:
    """Decode a whole ``BatchStopStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return BATCH_STOP_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


CHANGE_VOICE: Final = Operation(
    action="ChangeVoice",
    version="2019-06-12",
    request_type="ChangeVoiceRequest",
    response_type="ChangeVoiceResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ChangeVoice``: Convert an audio clip to a chosen voice."""


def parse_change_voice_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ChangeVoiceResponse:
    """Decode a whole ``ChangeVoice`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CHANGE_VOICE.parse(body, SERVICE)  # type: ignore[no-any-return]


CLONE_VIRAL: Final = Operation(
    action="CloneViral",
    version="2019-06-12",
    request_type="CloneViralRequest",
    response_type="CloneViralResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CloneViral``: Clone a viral video for a new product."""


def parse_clone_viral_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CloneViralResponse:
    """Decode a whole ``CloneViral`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CLONE_VIRAL.parse(body, SERVICE)  # type: ignore[no-any-return]


CLONE_VOICE: Final = Operation(
    action="CloneVoice",
    version="2019-06-12",
    request_type="CloneVoiceRequest",
    response_type="CloneVoiceResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CloneVoice``: Clone a new voice from a reference audio clip."""


def parse_clone_voice_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CloneVoiceResponse:
    """Decode a whole ``CloneVoice`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CLONE_VOICE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AI_ANALYSIS_TEMPLATE: Final = Operation(
    action="CreateAIAnalysisTemplate",
    version="2019-06-12",
    request_type="CreateAIAnalysisTemplateRequest",
    response_type="CreateAIAnalysisTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAIAnalysisTemplate``: Create a custom content analysis template."""


def parse_create_ai_analysis_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAIAnalysisTemplateResponse:
    """Decode a whole ``CreateAIAnalysisTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AI_ANALYSIS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AI_RECOGNITION_TEMPLATE: Final = Operation(
    action="CreateAIRecognitionTemplate",
    version="2019-06-12",
    request_type="CreateAIRecognitionTemplateRequest",
    response_type="CreateAIRecognitionTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAIRecognitionTemplate``: Create a custom content recognition template."""


def parse_create_ai_recognition_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAIRecognitionTemplateResponse:
    """Decode a whole ``CreateAIRecognitionTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AI_RECOGNITION_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE: Final = Operation(
    action="CreateAdaptiveDynamicStreamingTemplate",
    version="2019-06-12",
    request_type="CreateAdaptiveDynamicStreamingTemplateRequest",
    response_type="CreateAdaptiveDynamicStreamingTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAdaptiveDynamicStreamingTemplate``: Create an adaptive bitrate streaming template."""


def parse_create_adaptive_dynamic_streaming_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAdaptiveDynamicStreamingTemplateResponse:
    """Decode a whole ``CreateAdaptiveDynamicStreamingTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AGENT_RECORD_TASK: Final = Operation(
    action="CreateAgentRecordTask",
    version="2019-06-12",
    request_type="CreateAgentRecordTaskRequest",
    response_type="CreateAgentRecordTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAgentRecordTask``: Create an Agent recording task for a live room."""


def parse_create_agent_record_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAgentRecordTaskResponse:
    """Decode a whole ``CreateAgentRecordTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AGENT_RECORD_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AI_DRAMA_TASK: Final = Operation(
    action="CreateAiDramaTask",
    version="2019-06-12",
    request_type="CreateAiDramaTaskRequest",
    response_type="CreateAiDramaTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAiDramaTask``: Start an AI comic drama task that turns a script into a video."""


def parse_create_ai_drama_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAiDramaTaskResponse:
    """Decode a whole ``CreateAiDramaTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AI_DRAMA_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AI_FISSION_TASK: Final = Operation(
    action="CreateAiFissionTask",
    version="2019-06-12",
    request_type="CreateAiFissionTaskRequest",
    response_type="CreateAiFissionTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAiFissionTask``: Start an AI video fission task for product videos."""


def parse_create_ai_fission_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAiFissionTaskResponse:
    """Decode a whole ``CreateAiFissionTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AI_FISSION_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AIGC_AUDIO_TASK: Final = Operation(
    action="CreateAigcAudioTask",
    version="2019-06-12",
    request_type="CreateAigcAudioTaskRequest",
    response_type="CreateAigcAudioTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAigcAudioTask``: Start an AI audio generation task."""


def parse_create_aigc_audio_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAigcAudioTaskResponse:
    """Decode a whole ``CreateAigcAudioTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AIGC_AUDIO_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AIGC_IMAGE_TASK: Final = Operation(
    action="CreateAigcImageTask",
    version="2019-06-12",
    request_type="CreateAigcImageTaskRequest",
    response_type="CreateAigcImageTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAigcImageTask``: Start an AIGC image generation task."""


def parse_create_aigc_image_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAigcImageTaskResponse:
    """Decode a whole ``CreateAigcImageTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AIGC_IMAGE_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_AIGC_VIDEO_TASK: Final = Operation(
    action="CreateAigcVideoTask",
    version="2019-06-12",
    request_type="CreateAigcVideoTaskRequest",
    response_type="CreateAigcVideoTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAigcVideoTask``: Start an AI video generation task."""


def parse_create_aigc_video_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAigcVideoTaskResponse:
    """Decode a whole ``CreateAigcVideoTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_AIGC_VIDEO_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_ANIMATED_GRAPHICS_TEMPLATE: Final = Operation(
    action="CreateAnimatedGraphicsTemplate",
    version="2019-06-12",
    request_type="CreateAnimatedGraphicsTemplateRequest",
    response_type="CreateAnimatedGraphicsTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAnimatedGraphicsTemplate``: Create a custom template for converting video to animated images."""


def parse_create_animated_graphics_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAnimatedGraphicsTemplateResponse:
    """Decode a whole ``CreateAnimatedGraphicsTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_ANIMATED_GRAPHICS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_ASR_HOTWORDS: Final = Operation(
    action="CreateAsrHotwords",
    version="2019-06-12",
    request_type="CreateAsrHotwordsRequest",
    response_type="CreateAsrHotwordsResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateAsrHotwords``: Create a hotword library for smart subtitles."""


def parse_create_asr_hotwords_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateAsrHotwordsResponse:
    """Decode a whole ``CreateAsrHotwords`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_ASR_HOTWORDS.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_BLIND_WATERMARK_TEMPLATE: Final = Operation(
    action="CreateBlindWatermarkTemplate",
    version="2019-06-12",
    request_type="CreateBlindWatermarkTemplateRequest",
    response_type="CreateBlindWatermarkTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateBlindWatermarkTemplate``: Create a custom digital watermark template."""


def parse_create_blind_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateBlindWatermarkTemplateResponse:
    """Decode a whole ``CreateBlindWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_BLIND_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_CONTENT_REVIEW_TEMPLATE: Final = Operation(
    action="CreateContentReviewTemplate",
    version="2019-06-12",
    request_type="CreateContentReviewTemplateRequest",
    response_type="CreateContentReviewTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateContentReviewTemplate``: Create a custom content moderation template."""


def parse_create_content_review_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateContentReviewTemplateResponse:
    """Decode a whole ``CreateContentReviewTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_CONTENT_REVIEW_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_DOC_TO_VIDEO_TASK: Final = Operation(
    action="CreateDocToVideoTask",
    version="2019-06-12",
    request_type="CreateDocToVideoTaskRequest",
    response_type="CreateDocToVideoTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateDocToVideoTask``: Create an AIGC task that generates a video from documents."""


def parse_create_doc_to_video_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateDocToVideoTaskResponse:
    """Decode a whole ``CreateDocToVideoTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_DOC_TO_VIDEO_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_IMAGE_SPRITE_TEMPLATE: Final = Operation(
    action="CreateImageSpriteTemplate",
    version="2019-06-12",
    request_type="CreateImageSpriteTemplateRequest",
    response_type="CreateImageSpriteTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateImageSpriteTemplate``: Create a custom sprite image template."""


def parse_create_image_sprite_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateImageSpriteTemplateResponse:
    """Decode a whole ``CreateImageSpriteTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_IMAGE_SPRITE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_LIVE_RECORD_TEMPLATE: Final = Operation(
    action="CreateLiveRecordTemplate",
    version="2019-06-12",
    request_type="CreateLiveRecordTemplateRequest",
    response_type="CreateLiveRecordTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateLiveRecordTemplate``: Create a live recording template."""


def parse_create_live_record_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateLiveRecordTemplateResponse:
    """Decode a whole ``CreateLiveRecordTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_LIVE_RECORD_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_MEDIA_EVALUATION: Final = Operation(
    action="CreateMediaEvaluation",
    version="2019-06-12",
    request_type="CreateMediaEvaluationRequest",
    response_type="CreateMediaEvaluationResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateMediaEvaluation``: Start a video quality evaluation task."""


def parse_create_media_evaluation_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateMediaEvaluationResponse:
    """Decode a whole ``CreateMediaEvaluation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_MEDIA_EVALUATION.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_PERSON_SAMPLE: Final = Operation(
    action="CreatePersonSample",
    version="2019-06-12",
    request_type="CreatePersonSampleRequest",
    response_type="CreatePersonSampleResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreatePersonSample``: Create a person sample for face-based recognition and review."""


def parse_create_person_sample_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreatePersonSampleResponse:
    """Decode a whole ``CreatePersonSample`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_PERSON_SAMPLE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_PROCESS_IMAGE_TEMPLATE: Final = Operation(
    action="CreateProcessImageTemplate",
    version="2019-06-12",
    request_type="CreateProcessImageTemplateRequest",
    response_type="CreateProcessImageTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateProcessImageTemplate``: Create an image processing template."""


def parse_create_process_image_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateProcessImageTemplateResponse:
    """Decode a whole ``CreateProcessImageTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_PROCESS_IMAGE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_PROJECT: Final = Operation(
    action="CreateProject",
    version="2019-06-12",
    request_type="CreateProjectRequest",
    response_type="CreateProjectResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateProject``: Create a drama project."""


def parse_create_project_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateProjectResponse:
    """Decode a whole ``CreateProject`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_PROJECT.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_QUALITY_CONTROL_TEMPLATE: Final = Operation(
    action="CreateQualityControlTemplate",
    version="2019-06-12",
    request_type="CreateQualityControlTemplateRequest",
    response_type="CreateQualityControlTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateQualityControlTemplate``: Create a media quality inspection template."""


def parse_create_quality_control_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateQualityControlTemplateResponse:
    """Decode a whole ``CreateQualityControlTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_QUALITY_CONTROL_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SAMPLE_SNAPSHOT_TEMPLATE: Final = Operation(
    action="CreateSampleSnapshotTemplate",
    version="2019-06-12",
    request_type="CreateSampleSnapshotTemplateRequest",
    response_type="CreateSampleSnapshotTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSampleSnapshotTemplate``: Create a custom sampled screenshot template."""


def parse_create_sample_snapshot_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateSampleSnapshotTemplateResponse:
    """Decode a whole ``CreateSampleSnapshotTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SAMPLE_SNAPSHOT_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SCHEDULE: Final = Operation(
    action="CreateSchedule",
    version="2019-06-12",
    request_type="CreateScheduleRequest",
    response_type="CreateScheduleResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSchedule``: Create a schedule that processes files uploaded to a bucket directory."""


def parse_create_schedule_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateScheduleResponse:
    """Decode a whole ``CreateSchedule`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SCHEDULE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SMART_ERASE_TEMPLATE: Final = Operation(
    action="CreateSmartEraseTemplate",
    version="2019-06-12",
    request_type="CreateSmartEraseTemplateRequest",
    response_type="CreateSmartEraseTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSmartEraseTemplate``: Create a custom smart erase template."""


def parse_create_smart_erase_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateSmartEraseTemplateResponse:
    """Decode a whole ``CreateSmartEraseTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SMART_ERASE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SMART_SUBTITLE_TEMPLATE: Final = Operation(
    action="CreateSmartSubtitleTemplate",
    version="2019-06-12",
    request_type="CreateSmartSubtitleTemplateRequest",
    response_type="CreateSmartSubtitleTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSmartSubtitleTemplate``: Create a custom smart subtitle template."""


def parse_create_smart_subtitle_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateSmartSubtitleTemplateResponse:
    """Decode a whole ``CreateSmartSubtitleTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SMART_SUBTITLE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE: Final = Operation(
    action="CreateSnapshotByTimeOffsetTemplate",
    version="2019-06-12",
    request_type="CreateSnapshotByTimeOffsetTemplateRequest",
    response_type="CreateSnapshotByTimeOffsetTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSnapshotByTimeOffsetTemplate``: Create a custom template for screenshots at given time points."""


def parse_create_snapshot_by_time_offset_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateSnapshotByTimeOffsetTemplateResponse:
    """Decode a whole ``CreateSnapshotByTimeOffsetTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_LINK_EVENT: Final = Operation(
    action="CreateStreamLinkEvent",
    version="2019-06-12",
    request_type="CreateStreamLinkEventRequest",
    response_type="CreateStreamLinkEventResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamLinkEvent``: Create a StreamLink media transport event."""


def parse_create_stream_link_event_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamLinkEventResponse:
    """Decode a whole ``CreateStreamLinkEvent`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_LINK_EVENT.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_LINK_FLOW: Final = Operation(
    action="CreateStreamLinkFlow",
    version="2019-06-12",
    request_type="CreateStreamLinkFlowRequest",
    response_type="CreateStreamLinkFlowResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamLinkFlow``: Create a StreamLink media transport flow."""


def parse_create_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamLinkFlowResponse:
    """Decode a whole ``CreateStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_LINK_INPUT: Final = Operation(
    action="CreateStreamLinkInput",
    version="2019-06-12",
    request_type="CreateStreamLinkInputRequest",
    response_type="CreateStreamLinkInputResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamLinkInput``: Add inputs to a StreamLink media transport flow."""


def parse_create_stream_link_input_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamLinkInputResponse:
    """Decode a whole ``CreateStreamLinkInput`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_LINK_INPUT.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_LINK_OUTPUT_INFO: Final = Operation(
    action="CreateStreamLinkOutputInfo",
    version="2019-06-12",
    request_type="CreateStreamLinkOutputInfoRequest",
    response_type="CreateStreamLinkOutputInfoResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamLinkOutputInfo``: Add an output to a StreamLink media transport flow."""


def parse_create_stream_link_output_info_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamLinkOutputInfoResponse:
    """Decode a whole ``CreateStreamLinkOutputInfo`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_LINK_OUTPUT_INFO.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_LINK_SECURITY_GROUP: Final = Operation(
    action="CreateStreamLinkSecurityGroup",
    version="2019-06-12",
    request_type="CreateStreamLinkSecurityGroupRequest",
    response_type="CreateStreamLinkSecurityGroupResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamLinkSecurityGroup``: Create a StreamLink security group."""


def parse_create_stream_link_security_group_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamLinkSecurityGroupResponse:
    """Decode a whole ``CreateStreamLinkSecurityGroup`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_LINK_SECURITY_GROUP.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="CreateStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="CreateStreamPackageLinearAssemblyChannelRequest",
    response_type="CreateStreamPackageLinearAssemblyChannelResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamPackageLinearAssemblyChannel``: Create a linear assembly channel."""


def parse_create_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``CreateStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM: Final = Operation(
    action="CreateStreamPackageLinearAssemblyProgram",
    version="2019-06-12",
    request_type="CreateStreamPackageLinearAssemblyProgramRequest",
    response_type="CreateStreamPackageLinearAssemblyProgramResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamPackageLinearAssemblyProgram``: Create a program in a linear assembly channel."""


def parse_create_stream_package_linear_assembly_program_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamPackageLinearAssemblyProgramResponse:
    """Decode a whole ``CreateStreamPackageLinearAssemblyProgram`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_PACKAGE_SSAI_CHANNEL: Final = Operation(
    action="CreateStreamPackageSSAIChannel",
    version="2019-06-12",
    request_type="CreateStreamPackageSSAIChannelRequest",
    response_type="CreateStreamPackageSSAIChannelResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamPackageSSAIChannel``: Create a server-side ad insertion configuration."""


def parse_create_stream_package_ssai_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamPackageSSAIChannelResponse:
    """Decode a whole ``CreateStreamPackageSSAIChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_PACKAGE_SSAI_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_PACKAGE_SOURCE: Final = Operation(
    action="CreateStreamPackageSource",
    version="2019-06-12",
    request_type="CreateStreamPackageSourceRequest",
    response_type="CreateStreamPackageSourceResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamPackageSource``: Create a live or VOD source in a source location."""


def parse_create_stream_package_source_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamPackageSourceResponse:
    """Decode a whole ``CreateStreamPackageSource`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_PACKAGE_SOURCE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_STREAM_PACKAGE_SOURCE_LOCATION: Final = Operation(
    action="CreateStreamPackageSourceLocation",
    version="2019-06-12",
    request_type="CreateStreamPackageSourceLocationRequest",
    response_type="CreateStreamPackageSourceLocationResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateStreamPackageSourceLocation``: Create a source location for linear assembly sources."""


def parse_create_stream_package_source_location_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateStreamPackageSourceLocationResponse:
    """Decode a whole ``CreateStreamPackageSourceLocation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_STREAM_PACKAGE_SOURCE_LOCATION.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_SUBTITLE_EMBED_TEMPLATE: Final = Operation(
    action="CreateSubtitleEmbedTemplate",
    version="2019-06-12",
    request_type="CreateSubtitleEmbedTemplateRequest",
    response_type="CreateSubtitleEmbedTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateSubtitleEmbedTemplate``: Create a custom subtitle embedding template."""


def parse_create_subtitle_embed_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateSubtitleEmbedTemplateResponse:
    """Decode a whole ``CreateSubtitleEmbedTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_SUBTITLE_EMBED_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_TRANSCODE_TEMPLATE: Final = Operation(
    action="CreateTranscodeTemplate",
    version="2019-06-12",
    request_type="CreateTranscodeTemplateRequest",
    response_type="CreateTranscodeTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateTranscodeTemplate``: Create a custom transcoding template."""


def parse_create_transcode_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateTranscodeTemplateResponse:
    """Decode a whole ``CreateTranscodeTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_TRANSCODE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_VIDEO_DATABASE_ENTRY_TASK: Final = Operation(
    action="CreateVideoDatabaseEntryTask",
    version="2019-06-12",
    request_type="CreateVideoDatabaseEntryTaskRequest",
    response_type="CreateVideoDatabaseEntryTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateVideoDatabaseEntryTask``: Add a video to the video search library."""


def parse_create_video_database_entry_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateVideoDatabaseEntryTaskResponse:
    """Decode a whole ``CreateVideoDatabaseEntryTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_VIDEO_DATABASE_ENTRY_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_VIDEO_REDRAW_TASK: Final = Operation(
    action="CreateVideoRedrawTask",
    version="2019-06-12",
    request_type="CreateVideoRedrawTaskRequest",
    response_type="CreateVideoRedrawTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateVideoRedrawTask``: Create an AIGC video redraw task."""


def parse_create_video_redraw_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateVideoRedrawTaskResponse:
    """Decode a whole ``CreateVideoRedrawTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_VIDEO_REDRAW_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_VIDEO_SEARCH_TASK: Final = Operation(
    action="CreateVideoSearchTask",
    version="2019-06-12",
    request_type="CreateVideoSearchTaskRequest",
    response_type="CreateVideoSearchTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateVideoSearchTask``: Search the video library for the closest matches to a query."""


def parse_create_video_search_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateVideoSearchTaskResponse:
    """Decode a whole ``CreateVideoSearchTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_VIDEO_SEARCH_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_WATERMARK_TEMPLATE: Final = Operation(
    action="CreateWatermarkTemplate",
    version="2019-06-12",
    request_type="CreateWatermarkTemplateRequest",
    response_type="CreateWatermarkTemplateResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateWatermarkTemplate``: Create a custom watermark template."""


def parse_create_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateWatermarkTemplateResponse:
    """Decode a whole ``CreateWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_WORD_SAMPLES: Final = Operation(
    action="CreateWordSamples",
    version="2019-06-12",
    request_type="CreateWordSamplesRequest",
    response_type="CreateWordSamplesResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateWordSamples``: Create keyword samples in bulk."""


def parse_create_word_samples_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateWordSamplesResponse:
    """Decode a whole ``CreateWordSamples`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_WORD_SAMPLES.parse(body, SERVICE)  # type: ignore[no-any-return]


CREATE_WORKFLOW: Final = Operation(
    action="CreateWorkflow",
    version="2019-06-12",
    request_type="CreateWorkflowRequest",
    response_type="CreateWorkflowResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``CreateWorkflow``: Create a workflow that processes files uploaded to a COS directory."""


def parse_create_workflow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> CreateWorkflowResponse:
    """Decode a whole ``CreateWorkflow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return CREATE_WORKFLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_AI_ANALYSIS_TEMPLATE: Final = Operation(
    action="DeleteAIAnalysisTemplate",
    version="2019-06-12",
    request_type="DeleteAIAnalysisTemplateRequest",
    response_type="DeleteAIAnalysisTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteAIAnalysisTemplate``: Delete a custom content analysis template."""


def parse_delete_ai_analysis_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteAIAnalysisTemplateResponse:
    """Decode a whole ``DeleteAIAnalysisTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_AI_ANALYSIS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_AI_RECOGNITION_TEMPLATE: Final = Operation(
    action="DeleteAIRecognitionTemplate",
    version="2019-06-12",
    request_type="DeleteAIRecognitionTemplateRequest",
    response_type="DeleteAIRecognitionTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteAIRecognitionTemplate``: Delete a custom content recognition template."""


def parse_delete_ai_recognition_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteAIRecognitionTemplateResponse:
    """Decode a whole ``DeleteAIRecognitionTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_AI_RECOGNITION_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE: Final = Operation(
    action="DeleteAdaptiveDynamicStreamingTemplate",
    version="2019-06-12",
    request_type="DeleteAdaptiveDynamicStreamingTemplateRequest",
    response_type="DeleteAdaptiveDynamicStreamingTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteAdaptiveDynamicStreamingTemplate``: Delete an adaptive bitrate streaming template."""


def parse_delete_adaptive_dynamic_streaming_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteAdaptiveDynamicStreamingTemplateResponse:
    """Decode a whole ``DeleteAdaptiveDynamicStreamingTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_ANIMATED_GRAPHICS_TEMPLATE: Final = Operation(
    action="DeleteAnimatedGraphicsTemplate",
    version="2019-06-12",
    request_type="DeleteAnimatedGraphicsTemplateRequest",
    response_type="DeleteAnimatedGraphicsTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteAnimatedGraphicsTemplate``: Delete a custom animated image template."""


def parse_delete_animated_graphics_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteAnimatedGraphicsTemplateResponse:
    """Decode a whole ``DeleteAnimatedGraphicsTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_ANIMATED_GRAPHICS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_ASR_HOTWORDS: Final = Operation(
    action="DeleteAsrHotwords",
    version="2019-06-12",
    request_type="DeleteAsrHotwordsRequest",
    response_type="DeleteAsrHotwordsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteAsrHotwords``: Delete a smart subtitle hotword library."""


def parse_delete_asr_hotwords_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteAsrHotwordsResponse:
    """Decode a whole ``DeleteAsrHotwords`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_ASR_HOTWORDS.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_BLIND_WATERMARK_TEMPLATE: Final = Operation(
    action="DeleteBlindWatermarkTemplate",
    version="2019-06-12",
    request_type="DeleteBlindWatermarkTemplateRequest",
    response_type="DeleteBlindWatermarkTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteBlindWatermarkTemplate``: Delete a custom digital watermark template."""


def parse_delete_blind_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteBlindWatermarkTemplateResponse:
    """Decode a whole ``DeleteBlindWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_BLIND_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_CONTENT_REVIEW_TEMPLATE: Final = Operation(
    action="DeleteContentReviewTemplate",
    version="2019-06-12",
    request_type="DeleteContentReviewTemplateRequest",
    response_type="DeleteContentReviewTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteContentReviewTemplate``: Delete a custom content moderation template."""


def parse_delete_content_review_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteContentReviewTemplateResponse:
    """Decode a whole ``DeleteContentReviewTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_CONTENT_REVIEW_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_IMAGE_SPRITE_TEMPLATE: Final = Operation(
    action="DeleteImageSpriteTemplate",
    version="2019-06-12",
    request_type="DeleteImageSpriteTemplateRequest",
    response_type="DeleteImageSpriteTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteImageSpriteTemplate``: Delete a sprite image template."""


def parse_delete_image_sprite_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteImageSpriteTemplateResponse:
    """Decode a whole ``DeleteImageSpriteTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_IMAGE_SPRITE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_LIVE_RECORD_TEMPLATE: Final = Operation(
    action="DeleteLiveRecordTemplate",
    version="2019-06-12",
    request_type="DeleteLiveRecordTemplateRequest",
    response_type="DeleteLiveRecordTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteLiveRecordTemplate``: Delete a live recording template."""


def parse_delete_live_record_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteLiveRecordTemplateResponse:
    """Decode a whole ``DeleteLiveRecordTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_LIVE_RECORD_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_PERSON_SAMPLE: Final = Operation(
    action="DeletePersonSample",
    version="2019-06-12",
    request_type="DeletePersonSampleRequest",
    response_type="DeletePersonSampleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeletePersonSample``: Delete a person sample by its ID."""


def parse_delete_person_sample_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeletePersonSampleResponse:
    """Decode a whole ``DeletePersonSample`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_PERSON_SAMPLE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_PROCESS_IMAGE_TEMPLATE: Final = Operation(
    action="DeleteProcessImageTemplate",
    version="2019-06-12",
    request_type="DeleteProcessImageTemplateRequest",
    response_type="DeleteProcessImageTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteProcessImageTemplate``: Delete an image processing template."""


def parse_delete_process_image_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteProcessImageTemplateResponse:
    """Decode a whole ``DeleteProcessImageTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_PROCESS_IMAGE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_PROJECT: Final = Operation(
    action="DeleteProject",
    version="2019-06-12",
    request_type="DeleteProjectRequest",
    response_type="DeleteProjectResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteProject``: Delete a drama project."""


def parse_delete_project_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteProjectResponse:
    """Decode a whole ``DeleteProject`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_PROJECT.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_QUALITY_CONTROL_TEMPLATE: Final = Operation(
    action="DeleteQualityControlTemplate",
    version="2019-06-12",
    request_type="DeleteQualityControlTemplateRequest",
    response_type="DeleteQualityControlTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteQualityControlTemplate``: Delete a media quality inspection template."""


def parse_delete_quality_control_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteQualityControlTemplateResponse:
    """Decode a whole ``DeleteQualityControlTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_QUALITY_CONTROL_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SAMPLE_SNAPSHOT_TEMPLATE: Final = Operation(
    action="DeleteSampleSnapshotTemplate",
    version="2019-06-12",
    request_type="DeleteSampleSnapshotTemplateRequest",
    response_type="DeleteSampleSnapshotTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSampleSnapshotTemplate``: Delete a custom sampled screenshot template."""


def parse_delete_sample_snapshot_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteSampleSnapshotTemplateResponse:
    """Decode a whole ``DeleteSampleSnapshotTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SAMPLE_SNAPSHOT_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SCHEDULE: Final = Operation(
    action="DeleteSchedule",
    version="2019-06-12",
    request_type="DeleteScheduleRequest",
    response_type="DeleteScheduleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSchedule``: Delete a schedule."""


def parse_delete_schedule_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteScheduleResponse:
    """Decode a whole ``DeleteSchedule`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SCHEDULE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SMART_ERASE_TEMPLATE: Final = Operation(
    action="DeleteSmartEraseTemplate",
    version="2019-06-12",
    request_type="DeleteSmartEraseTemplateRequest",
    response_type="DeleteSmartEraseTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSmartEraseTemplate``: Delete a custom smart erase template."""


def parse_delete_smart_erase_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteSmartEraseTemplateResponse:
    """Decode a whole ``DeleteSmartEraseTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SMART_ERASE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SMART_SUBTITLE_TEMPLATE: Final = Operation(
    action="DeleteSmartSubtitleTemplate",
    version="2019-06-12",
    request_type="DeleteSmartSubtitleTemplateRequest",
    response_type="DeleteSmartSubtitleTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSmartSubtitleTemplate``: Delete a custom smart subtitle template."""


def parse_delete_smart_subtitle_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteSmartSubtitleTemplateResponse:
    """Decode a whole ``DeleteSmartSubtitleTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SMART_SUBTITLE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE: Final = Operation(
    action="DeleteSnapshotByTimeOffsetTemplate",
    version="2019-06-12",
    request_type="DeleteSnapshotByTimeOffsetTemplateRequest",
    response_type="DeleteSnapshotByTimeOffsetTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSnapshotByTimeOffsetTemplate``: Delete a custom time-point screenshot template."""


def parse_delete_snapshot_by_time_offset_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteSnapshotByTimeOffsetTemplateResponse:
    """Decode a whole ``DeleteSnapshotByTimeOffsetTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_LINK_EVENT: Final = Operation(
    action="DeleteStreamLinkEvent",
    version="2019-06-12",
    request_type="DeleteStreamLinkEventRequest",
    response_type="DeleteStreamLinkEventResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamLinkEvent``: Delete a StreamLink media transport event."""


def parse_delete_stream_link_event_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamLinkEventResponse:
    """Decode a whole ``DeleteStreamLinkEvent`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_LINK_EVENT.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_LINK_FLOW: Final = Operation(
    action="DeleteStreamLinkFlow",
    version="2019-06-12",
    request_type="DeleteStreamLinkFlowRequest",
    response_type="DeleteStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamLinkFlow``: Delete a StreamLink media transport flow."""


def parse_delete_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamLinkFlowResponse:
    """Decode a whole ``DeleteStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_LINK_OUTPUT: Final = Operation(
    action="DeleteStreamLinkOutput",
    version="2019-06-12",
    request_type="DeleteStreamLinkOutputRequest",
    response_type="DeleteStreamLinkOutputResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamLinkOutput``: Delete an output of a StreamLink media transport flow."""


def parse_delete_stream_link_output_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamLinkOutputResponse:
    """Decode a whole ``DeleteStreamLinkOutput`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_LINK_OUTPUT.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_LINK_SECURITY_GROUP: Final = Operation(
    action="DeleteStreamLinkSecurityGroup",
    version="2019-06-12",
    request_type="DeleteStreamLinkSecurityGroupRequest",
    response_type="DeleteStreamLinkSecurityGroupResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamLinkSecurityGroup``: Delete a StreamLink security group."""


def parse_delete_stream_link_security_group_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamLinkSecurityGroupResponse:
    """Decode a whole ``DeleteStreamLinkSecurityGroup`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_LINK_SECURITY_GROUP.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="DeleteStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="DeleteStreamPackageLinearAssemblyChannelRequest",
    response_type="DeleteStreamPackageLinearAssemblyChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageLinearAssemblyChannel``: Delete one linear assembly channel."""


def parse_delete_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``DeleteStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS: Final = Operation(
    action="DeleteStreamPackageLinearAssemblyChannels",
    version="2019-06-12",
    request_type="DeleteStreamPackageLinearAssemblyChannelsRequest",
    response_type="DeleteStreamPackageLinearAssemblyChannelsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageLinearAssemblyChannels``: Delete several linear assembly channels at once."""


def parse_delete_stream_package_linear_assembly_channels_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageLinearAssemblyChannelsResponse:
    """Decode a whole ``DeleteStreamPackageLinearAssemblyChannels`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM: Final = Operation(
    action="DeleteStreamPackageLinearAssemblyProgram",
    version="2019-06-12",
    request_type="DeleteStreamPackageLinearAssemblyProgramRequest",
    response_type="DeleteStreamPackageLinearAssemblyProgramResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageLinearAssemblyProgram``: Delete one linear assembly program."""


def parse_delete_stream_package_linear_assembly_program_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageLinearAssemblyProgramResponse:
    """Decode a whole ``DeleteStreamPackageLinearAssemblyProgram`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS: Final = Operation(
    action="DeleteStreamPackageLinearAssemblyPrograms",
    version="2019-06-12",
    request_type="DeleteStreamPackageLinearAssemblyProgramsRequest",
    response_type="DeleteStreamPackageLinearAssemblyProgramsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageLinearAssemblyPrograms``: Delete several linear assembly programs at once."""


def parse_delete_stream_package_linear_assembly_programs_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageLinearAssemblyProgramsResponse:
    """Decode a whole ``DeleteStreamPackageLinearAssemblyPrograms`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_BY_CHANNEL: Final = Operation(
    action="DeleteStreamPackageLinearAssemblyProgramsByChannel",
    version="2019-06-12",
    request_type="DeleteStreamPackageLinearAssemblyProgramsByChannelRequest",
    response_type="DeleteStreamPackageLinearAssemblyProgramsByChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageLinearAssemblyProgramsByChannel``: Delete several programs that belong to one channel."""


def parse_delete_stream_package_linear_assembly_programs_by_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageLinearAssemblyProgramsByChannelResponse:
    """Decode a whole ``DeleteStreamPackageLinearAssemblyProgramsByChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_BY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_SSAI_CHANNEL: Final = Operation(
    action="DeleteStreamPackageSSAIChannel",
    version="2019-06-12",
    request_type="DeleteStreamPackageSSAIChannelRequest",
    response_type="DeleteStreamPackageSSAIChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageSSAIChannel``: Delete a server-side ad insertion configuration."""


def parse_delete_stream_package_ssai_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageSSAIChannelResponse:
    """Decode a whole ``DeleteStreamPackageSSAIChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_SSAI_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_SOURCE: Final = Operation(
    action="DeleteStreamPackageSource",
    version="2019-06-12",
    request_type="DeleteStreamPackageSourceRequest",
    response_type="DeleteStreamPackageSourceResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageSource``: Delete a source from its source location."""


def parse_delete_stream_package_source_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageSourceResponse:
    """Decode a whole ``DeleteStreamPackageSource`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_SOURCE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_STREAM_PACKAGE_SOURCE_LOCATION: Final = Operation(
    action="DeleteStreamPackageSourceLocation",
    version="2019-06-12",
    request_type="DeleteStreamPackageSourceLocationRequest",
    response_type="DeleteStreamPackageSourceLocationResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteStreamPackageSourceLocation``: Delete a source location."""


def parse_delete_stream_package_source_location_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteStreamPackageSourceLocationResponse:
    """Decode a whole ``DeleteStreamPackageSourceLocation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_STREAM_PACKAGE_SOURCE_LOCATION.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_SUBTITLE_EMBED_TEMPLATE: Final = Operation(
    action="DeleteSubtitleEmbedTemplate",
    version="2019-06-12",
    request_type="DeleteSubtitleEmbedTemplateRequest",
    response_type="DeleteSubtitleEmbedTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteSubtitleEmbedTemplate``: Delete a custom subtitle embedding template."""


def parse_delete_subtitle_embed_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteSubtitleEmbedTemplateResponse:
    """Decode a whole ``DeleteSubtitleEmbedTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_SUBTITLE_EMBED_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_TRANSCODE_TEMPLATE: Final = Operation(
    action="DeleteTranscodeTemplate",
    version="2019-06-12",
    request_type="DeleteTranscodeTemplateRequest",
    response_type="DeleteTranscodeTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteTranscodeTemplate``: Delete a custom transcoding template."""


def parse_delete_transcode_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteTranscodeTemplateResponse:
    """Decode a whole ``DeleteTranscodeTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_TRANSCODE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_VOICE: Final = Operation(
    action="DeleteVoice",
    version="2019-06-12",
    request_type="DeleteVoiceRequest",
    response_type="DeleteVoiceResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteVoice``: Delete a cloned or designed voice."""


def parse_delete_voice_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteVoiceResponse:
    """Decode a whole ``DeleteVoice`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_VOICE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_WATERMARK_TEMPLATE: Final = Operation(
    action="DeleteWatermarkTemplate",
    version="2019-06-12",
    request_type="DeleteWatermarkTemplateRequest",
    response_type="DeleteWatermarkTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteWatermarkTemplate``: Delete a custom watermark template."""


def parse_delete_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteWatermarkTemplateResponse:
    """Decode a whole ``DeleteWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_WORD_SAMPLES: Final = Operation(
    action="DeleteWordSamples",
    version="2019-06-12",
    request_type="DeleteWordSamplesRequest",
    response_type="DeleteWordSamplesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteWordSamples``: Delete keyword samples in bulk."""


def parse_delete_word_samples_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteWordSamplesResponse:
    """Decode a whole ``DeleteWordSamples`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_WORD_SAMPLES.parse(body, SERVICE)  # type: ignore[no-any-return]


DELETE_WORKFLOW: Final = Operation(
    action="DeleteWorkflow",
    version="2019-06-12",
    request_type="DeleteWorkflowRequest",
    response_type="DeleteWorkflowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    applied_codes=("ResourceNotFound",),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DeleteWorkflow``: Delete a workflow."""


def parse_delete_workflow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DeleteWorkflowResponse:
    """Decode a whole ``DeleteWorkflow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DELETE_WORKFLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AI_ANALYSIS_TEMPLATES: Final = Operation(
    action="DescribeAIAnalysisTemplates",
    version="2019-06-12",
    request_type="DescribeAIAnalysisTemplatesRequest",
    response_type="DescribeAIAnalysisTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAIAnalysisTemplates``: List content analysis templates by ID, type or name."""


def parse_describe_ai_analysis_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAIAnalysisTemplatesResponse:
    """Decode a whole ``DescribeAIAnalysisTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AI_ANALYSIS_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AI_RECOGNITION_TEMPLATES: Final = Operation(
    action="DescribeAIRecognitionTemplates",
    version="2019-06-12",
    request_type="DescribeAIRecognitionTemplatesRequest",
    response_type="DescribeAIRecognitionTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAIRecognitionTemplates``: List content recognition templates by ID, type or name."""


def parse_describe_ai_recognition_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAIRecognitionTemplatesResponse:
    """Decode a whole ``DescribeAIRecognitionTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AI_RECOGNITION_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES: Final = Operation(
    action="DescribeAdaptiveDynamicStreamingTemplates",
    version="2019-06-12",
    request_type="DescribeAdaptiveDynamicStreamingTemplatesRequest",
    response_type="DescribeAdaptiveDynamicStreamingTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAdaptiveDynamicStreamingTemplates``: List adaptive bitrate streaming templates, page by page."""


def parse_describe_adaptive_dynamic_streaming_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAdaptiveDynamicStreamingTemplatesResponse:
    """Decode a whole ``DescribeAdaptiveDynamicStreamingTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AGENT_RECORD_TASK: Final = Operation(
    action="DescribeAgentRecordTask",
    version="2019-06-12",
    request_type="DescribeAgentRecordTaskRequest",
    response_type="DescribeAgentRecordTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAgentRecordTask``: Get the progress and results of an Agent recording task."""


def parse_describe_agent_record_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAgentRecordTaskResponse:
    """Decode a whole ``DescribeAgentRecordTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AGENT_RECORD_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AIGC_AUDIO_TASK: Final = Operation(
    action="DescribeAigcAudioTask",
    version="2019-06-12",
    request_type="DescribeAigcAudioTaskRequest",
    response_type="DescribeAigcAudioTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAigcAudioTask``: Get the progress and results of an AIGC audio task."""


def parse_describe_aigc_audio_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAigcAudioTaskResponse:
    """Decode a whole ``DescribeAigcAudioTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AIGC_AUDIO_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AIGC_IMAGE_TASK: Final = Operation(
    action="DescribeAigcImageTask",
    version="2019-06-12",
    request_type="DescribeAigcImageTaskRequest",
    response_type="DescribeAigcImageTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAigcImageTask``: Get the progress and results of an AIGC image task."""


def parse_describe_aigc_image_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAigcImageTaskResponse:
    """Decode a whole ``DescribeAigcImageTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AIGC_IMAGE_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AIGC_TASK_LIST: Final = Operation(
    action="DescribeAigcTaskList",
    version="2019-06-12",
    request_type="DescribeAigcTaskListRequest",
    response_type="DescribeAigcTaskListResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAigcTaskList``: List AIGC tasks with their details, page by page."""


def parse_describe_aigc_task_list_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAigcTaskListResponse:
    """Decode a whole ``DescribeAigcTaskList`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AIGC_TASK_LIST.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AIGC_TASK_STATUS: Final = Operation(
    action="DescribeAigcTaskStatus",
    version="2019-06-12",
    request_type="DescribeAigcTaskStatusRequest",
    response_type="DescribeAigcTaskStatusResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAigcTaskStatus``: Get the status of an AIGC scenario task."""


def parse_describe_aigc_task_status_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAigcTaskStatusResponse:
    """Decode a whole ``DescribeAigcTaskStatus`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AIGC_TASK_STATUS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_AIGC_VIDEO_TASK: Final = Operation(
    action="DescribeAigcVideoTask",
    version="2019-06-12",
    request_type="DescribeAigcVideoTaskRequest",
    response_type="DescribeAigcVideoTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAigcVideoTask``: Get the progress and results of an AIGC video task."""


def parse_describe_aigc_video_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAigcVideoTaskResponse:
    """Decode a whole ``DescribeAigcVideoTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_AIGC_VIDEO_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES: Final = Operation(
    action="DescribeAnimatedGraphicsTemplates",
    version="2019-06-12",
    request_type="DescribeAnimatedGraphicsTemplatesRequest",
    response_type="DescribeAnimatedGraphicsTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAnimatedGraphicsTemplates``: List animated image templates, page by page."""


def parse_describe_animated_graphics_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAnimatedGraphicsTemplatesResponse:
    """Decode a whole ``DescribeAnimatedGraphicsTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_ASR_HOTWORDS: Final = Operation(
    action="DescribeAsrHotwords",
    version="2019-06-12",
    request_type="DescribeAsrHotwordsRequest",
    response_type="DescribeAsrHotwordsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAsrHotwords``: Get the details and words of one hotword library."""


def parse_describe_asr_hotwords_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAsrHotwordsResponse:
    """Decode a whole ``DescribeAsrHotwords`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_ASR_HOTWORDS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_ASR_HOTWORDS_LIST: Final = Operation(
    action="DescribeAsrHotwordsList",
    version="2019-06-12",
    request_type="DescribeAsrHotwordsListRequest",
    response_type="DescribeAsrHotwordsListResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeAsrHotwordsList``: List hotword libraries."""


def parse_describe_asr_hotwords_list_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeAsrHotwordsListResponse:
    """Decode a whole ``DescribeAsrHotwordsList`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_ASR_HOTWORDS_LIST.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_BATCH_TASK_DETAIL: Final = Operation(
    action="DescribeBatchTaskDetail",
    version="2019-06-12",
    request_type="DescribeBatchTaskDetailRequest",
    response_type="DescribeBatchTaskDetailResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeBatchTaskDetail``: Get the status and results of a batch task by its ID."""


def parse_describe_batch_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeBatchTaskDetailResponse:
    """Decode a whole ``DescribeBatchTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_BATCH_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_BLIND_WATERMARK_TEMPLATES: Final = Operation(
    action="DescribeBlindWatermarkTemplates",
    version="2019-06-12",
    request_type="DescribeBlindWatermarkTemplatesRequest",
    response_type="DescribeBlindWatermarkTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeBlindWatermarkTemplates``: List custom digital watermark templates, page by page."""


def parse_describe_blind_watermark_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeBlindWatermarkTemplatesResponse:
    """Decode a whole ``DescribeBlindWatermarkTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_BLIND_WATERMARK_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_CLONE_VIRAL_TASK: Final = Operation(
    action="DescribeCloneViralTask",
    version="2019-06-12",
    request_type="DescribeCloneViralTaskRequest",
    response_type="DescribeCloneViralTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeCloneViralTask``: Get the result of a viral-video cloning task."""


def parse_describe_clone_viral_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeCloneViralTaskResponse:
    """Decode a whole ``DescribeCloneViralTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_CLONE_VIRAL_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_CONTENT_REVIEW_TEMPLATES: Final = Operation(
    action="DescribeContentReviewTemplates",
    version="2019-06-12",
    request_type="DescribeContentReviewTemplatesRequest",
    response_type="DescribeContentReviewTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeContentReviewTemplates``: List content moderation templates by ID, type or name."""


def parse_describe_content_review_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeContentReviewTemplatesResponse:
    """Decode a whole ``DescribeContentReviewTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_CONTENT_REVIEW_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_DESIGN_TASK: Final = Operation(
    action="DescribeDesignTask",
    version="2019-06-12",
    request_type="DescribeDesignTaskRequest",
    response_type="DescribeDesignTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeDesignTask``: Get the result of an asynchronous voice design task."""


def parse_describe_design_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeDesignTaskResponse:
    """Decode a whole ``DescribeDesignTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_DESIGN_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_GROUP_ATTACH_FLOWS_BY_ID: Final = Operation(
    action="DescribeGroupAttachFlowsById",
    version="2019-06-12",
    request_type="DescribeGroupAttachFlowsByIdRequest",
    response_type="DescribeGroupAttachFlowsByIdResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeGroupAttachFlowsById``: List the flows that use a security group."""


def parse_describe_group_attach_flows_by_id_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeGroupAttachFlowsByIdResponse:
    """Decode a whole ``DescribeGroupAttachFlowsById`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_GROUP_ATTACH_FLOWS_BY_ID.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_IMAGE_SPRITE_TEMPLATES: Final = Operation(
    action="DescribeImageSpriteTemplates",
    version="2019-06-12",
    request_type="DescribeImageSpriteTemplatesRequest",
    response_type="DescribeImageSpriteTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeImageSpriteTemplates``: List sprite image templates, page by page."""


def parse_describe_image_sprite_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeImageSpriteTemplatesResponse:
    """Decode a whole ``DescribeImageSpriteTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_IMAGE_SPRITE_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_IMAGE_TASK_DETAIL: Final = Operation(
    action="DescribeImageTaskDetail",
    version="2019-06-12",
    request_type="DescribeImageTaskDetailRequest",
    response_type="DescribeImageTaskDetailResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeImageTaskDetail``: Get the status and results of one image processing task."""


def parse_describe_image_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeImageTaskDetailResponse:
    """Decode a whole ``DescribeImageTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_IMAGE_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_IMAGE_TASKS: Final = Operation(
    action="DescribeImageTasks",
    version="2019-06-12",
    request_type="DescribeImageTasksRequest",
    response_type="DescribeImageTasksResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeImageTasks``: List image processing tasks by status, page by page."""


def parse_describe_image_tasks_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeImageTasksResponse:
    """Decode a whole ``DescribeImageTasks`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_IMAGE_TASKS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_LIVE_RECORD_TEMPLATES: Final = Operation(
    action="DescribeLiveRecordTemplates",
    version="2019-06-12",
    request_type="DescribeLiveRecordTemplatesRequest",
    response_type="DescribeLiveRecordTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeLiveRecordTemplates``: List live recording templates."""


def parse_describe_live_record_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeLiveRecordTemplatesResponse:
    """Decode a whole ``DescribeLiveRecordTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_LIVE_RECORD_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_MDPMPS_USER_INFO: Final = Operation(
    action="DescribeMDPMPSUserInfo",
    version="2019-06-12",
    request_type="DescribeMDPMPSUserInfoRequest",
    response_type="DescribeMDPMPSUserInfoResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeMDPMPSUserInfo``: Check whether the account has MPS activated."""


def parse_describe_mdpmps_user_info_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeMDPMPSUserInfoResponse:
    """Decode a whole ``DescribeMDPMPSUserInfo`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_MDPMPS_USER_INFO.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_MEDIA_META_DATA: Final = Operation(
    action="DescribeMediaMetaData",
    version="2019-06-12",
    request_type="DescribeMediaMetaDataRequest",
    response_type="DescribeMediaMetaDataResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeMediaMetaData``: Get the metadata of a media file."""


def parse_describe_media_meta_data_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeMediaMetaDataResponse:
    """Decode a whole ``DescribeMediaMetaData`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_MEDIA_META_DATA.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_PERSON_SAMPLES: Final = Operation(
    action="DescribePersonSamples",
    version="2019-06-12",
    request_type="DescribePersonSamplesRequest",
    response_type="DescribePersonSamplesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribePersonSamples``: List person samples, page by page."""


def parse_describe_person_samples_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribePersonSamplesResponse:
    """Decode a whole ``DescribePersonSamples`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_PERSON_SAMPLES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_PROCESS_IMAGE_TEMPLATES: Final = Operation(
    action="DescribeProcessImageTemplates",
    version="2019-06-12",
    request_type="DescribeProcessImageTemplatesRequest",
    response_type="DescribeProcessImageTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeProcessImageTemplates``: List image processing templates."""


def parse_describe_process_image_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeProcessImageTemplatesResponse:
    """Decode a whole ``DescribeProcessImageTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_PROCESS_IMAGE_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_QUALITY_CONTROL_TEMPLATES: Final = Operation(
    action="DescribeQualityControlTemplates",
    version="2019-06-12",
    request_type="DescribeQualityControlTemplatesRequest",
    response_type="DescribeQualityControlTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeQualityControlTemplates``: List media quality inspection templates, page by page."""


def parse_describe_quality_control_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeQualityControlTemplatesResponse:
    """Decode a whole ``DescribeQualityControlTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_QUALITY_CONTROL_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SSAI_ACTIVATE_STATE: Final = Operation(
    action="DescribeSSAIActivateState",
    version="2019-06-12",
    request_type="DescribeSSAIActivateStateRequest",
    response_type="DescribeSSAIActivateStateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSSAIActivateState``: Check whether SSAI is activated for the account."""


def parse_describe_ssai_activate_state_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSSAIActivateStateResponse:
    """Decode a whole ``DescribeSSAIActivateState`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SSAI_ACTIVATE_STATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES: Final = Operation(
    action="DescribeSampleSnapshotTemplates",
    version="2019-06-12",
    request_type="DescribeSampleSnapshotTemplatesRequest",
    response_type="DescribeSampleSnapshotTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSampleSnapshotTemplates``: List sampled screenshot templates, page by page."""


def parse_describe_sample_snapshot_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSampleSnapshotTemplatesResponse:
    """Decode a whole ``DescribeSampleSnapshotTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SCHEDULES: Final = Operation(
    action="DescribeSchedules",
    version="2019-06-12",
    request_type="DescribeSchedulesRequest",
    response_type="DescribeSchedulesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSchedules``: List schedules."""


def parse_describe_schedules_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSchedulesResponse:
    """Decode a whole ``DescribeSchedules`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SCHEDULES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SMART_ERASE_TEMPLATES: Final = Operation(
    action="DescribeSmartEraseTemplates",
    version="2019-06-12",
    request_type="DescribeSmartEraseTemplatesRequest",
    response_type="DescribeSmartEraseTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSmartEraseTemplates``: Get details of smart erase templates by ID."""


def parse_describe_smart_erase_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSmartEraseTemplatesResponse:
    """Decode a whole ``DescribeSmartEraseTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SMART_ERASE_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SMART_SUBTITLE_TEMPLATES: Final = Operation(
    action="DescribeSmartSubtitleTemplates",
    version="2019-06-12",
    request_type="DescribeSmartSubtitleTemplatesRequest",
    response_type="DescribeSmartSubtitleTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSmartSubtitleTemplates``: Get details of smart subtitle templates by ID."""


def parse_describe_smart_subtitle_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSmartSubtitleTemplatesResponse:
    """Decode a whole ``DescribeSmartSubtitleTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SMART_SUBTITLE_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES: Final = Operation(
    action="DescribeSnapshotByTimeOffsetTemplates",
    version="2019-06-12",
    request_type="DescribeSnapshotByTimeOffsetTemplatesRequest",
    response_type="DescribeSnapshotByTimeOffsetTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSnapshotByTimeOffsetTemplates``: List time-point screenshot templates, page by page."""


def parse_describe_snapshot_by_time_offset_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSnapshotByTimeOffsetTemplatesResponse:
    """Decode a whole ``DescribeSnapshotByTimeOffsetTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_ACTIVATE_STATE: Final = Operation(
    action="DescribeStreamLinkActivateState",
    version="2019-06-12",
    request_type="DescribeStreamLinkActivateStateRequest",
    response_type="DescribeStreamLinkActivateStateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkActivateState``: Check whether StreamLink is activated for the account."""


def parse_describe_stream_link_activate_state_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkActivateStateResponse:
    """Decode a whole ``DescribeStreamLinkActivateState`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_ACTIVATE_STATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_EVENT: Final = Operation(
    action="DescribeStreamLinkEvent",
    version="2019-06-12",
    request_type="DescribeStreamLinkEventRequest",
    response_type="DescribeStreamLinkEventResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkEvent``: Get the configuration of a StreamLink media transport event."""


def parse_describe_stream_link_event_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkEventResponse:
    """Decode a whole ``DescribeStreamLinkEvent`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_EVENT.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS: Final = Operation(
    action="DescribeStreamLinkEventAttachedFlows",
    version="2019-06-12",
    request_type="DescribeStreamLinkEventAttachedFlowsRequest",
    response_type="DescribeStreamLinkEventAttachedFlowsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkEventAttachedFlows``: List the flows attached to a StreamLink event."""


def parse_describe_stream_link_event_attached_flows_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkEventAttachedFlowsResponse:
    """Decode a whole ``DescribeStreamLinkEventAttachedFlows`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_EVENTS: Final = Operation(
    action="DescribeStreamLinkEvents",
    version="2019-06-12",
    request_type="DescribeStreamLinkEventsRequest",
    response_type="DescribeStreamLinkEventsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkEvents``: List StreamLink events page by page."""


def parse_describe_stream_link_events_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkEventsResponse:
    """Decode a whole ``DescribeStreamLinkEvents`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_EVENTS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW: Final = Operation(
    action="DescribeStreamLinkFlow",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowRequest",
    response_type="DescribeStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlow``: Get the configuration of one StreamLink flow."""


def parse_describe_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowResponse:
    """Decode a whole ``DescribeStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW_LOGS: Final = Operation(
    action="DescribeStreamLinkFlowLogs",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowLogsRequest",
    response_type="DescribeStreamLinkFlowLogsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlowLogs``: Query the logs of a StreamLink flow."""


def parse_describe_stream_link_flow_logs_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowLogsResponse:
    """Decode a whole ``DescribeStreamLinkFlowLogs`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW_LOGS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW_MEDIA_STATISTICS: Final = Operation(
    action="DescribeStreamLinkFlowMediaStatistics",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowMediaStatisticsRequest",
    response_type="DescribeStreamLinkFlowMediaStatisticsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlowMediaStatistics``: Query media quality data of a StreamLink flow."""


def parse_describe_stream_link_flow_media_statistics_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowMediaStatisticsResponse:
    """Decode a whole ``DescribeStreamLinkFlowMediaStatistics`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW_MEDIA_STATISTICS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW_REALTIME_STATUS: Final = Operation(
    action="DescribeStreamLinkFlowRealtimeStatus",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowRealtimeStatusRequest",
    response_type="DescribeStreamLinkFlowRealtimeStatusResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlowRealtimeStatus``: Get the current real-time status of a flow's inputs and outputs."""


def parse_describe_stream_link_flow_realtime_status_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowRealtimeStatusResponse:
    """Decode a whole ``DescribeStreamLinkFlowRealtimeStatus`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW_REALTIME_STATUS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW_SRT_STATISTICS: Final = Operation(
    action="DescribeStreamLinkFlowSRTStatistics",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowSRTStatisticsRequest",
    response_type="DescribeStreamLinkFlowSRTStatisticsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlowSRTStatistics``: Query SRT quality data of a StreamLink flow."""


def parse_describe_stream_link_flow_srt_statistics_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowSRTStatisticsResponse:
    """Decode a whole ``DescribeStreamLinkFlowSRTStatistics`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW_SRT_STATISTICS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOW_STATISTICS: Final = Operation(
    action="DescribeStreamLinkFlowStatistics",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowStatisticsRequest",
    response_type="DescribeStreamLinkFlowStatisticsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlowStatistics``: Query per-session statistics of a StreamLink flow."""


def parse_describe_stream_link_flow_statistics_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowStatisticsResponse:
    """Decode a whole ``DescribeStreamLinkFlowStatistics`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOW_STATISTICS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_FLOWS: Final = Operation(
    action="DescribeStreamLinkFlows",
    version="2019-06-12",
    request_type="DescribeStreamLinkFlowsRequest",
    response_type="DescribeStreamLinkFlowsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkFlows``: List StreamLink flows page by page."""


def parse_describe_stream_link_flows_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkFlowsResponse:
    """Decode a whole ``DescribeStreamLinkFlows`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_FLOWS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_REGIONS: Final = Operation(
    action="DescribeStreamLinkRegions",
    version="2019-06-12",
    request_type="DescribeStreamLinkRegionsRequest",
    response_type="DescribeStreamLinkRegionsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkRegions``: List the regions where StreamLink is available."""


def parse_describe_stream_link_regions_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkRegionsResponse:
    """Decode a whole ``DescribeStreamLinkRegions`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_REGIONS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_LINK_SECURITY_GROUPS: Final = Operation(
    action="DescribeStreamLinkSecurityGroups",
    version="2019-06-12",
    request_type="DescribeStreamLinkSecurityGroupsRequest",
    response_type="DescribeStreamLinkSecurityGroupsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamLinkSecurityGroups``: List StreamLink security groups."""


def parse_describe_stream_link_security_groups_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamLinkSecurityGroupsResponse:
    """Decode a whole ``DescribeStreamLinkSecurityGroups`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_LINK_SECURITY_GROUPS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_ACTIVATE_STATE: Final = Operation(
    action="DescribeStreamPackageActivateState",
    version="2019-06-12",
    request_type="DescribeStreamPackageActivateStateRequest",
    response_type="DescribeStreamPackageActivateStateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageActivateState``: Check whether StreamPackage is activated for the account."""


def parse_describe_stream_package_activate_state_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageActivateStateResponse:
    """Decode a whole ``DescribeStreamPackageActivateState`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_ACTIVATE_STATE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyChannelRequest",
    response_type="DescribeStreamPackageLinearAssemblyChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyChannel``: Get the details of one linear assembly channel."""


def parse_describe_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL_ALERTS: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyChannelAlerts",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyChannelAlertsRequest",
    response_type="DescribeStreamPackageLinearAssemblyChannelAlertsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyChannelAlerts``: List the alerts of a linear assembly channel in a time range."""


def parse_describe_stream_package_linear_assembly_channel_alerts_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyChannelAlertsResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyChannelAlerts`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL_ALERTS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyChannels",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyChannelsRequest",
    response_type="DescribeStreamPackageLinearAssemblyChannelsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyChannels``: List linear assembly channels page by page."""


def parse_describe_stream_package_linear_assembly_channels_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyChannelsResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyChannels`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyProgram",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyProgramRequest",
    response_type="DescribeStreamPackageLinearAssemblyProgramResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyProgram``: Get the details of one linear assembly program."""


def parse_describe_stream_package_linear_assembly_program_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyProgramResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyProgram`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyProgramSchedules",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyProgramSchedulesRequest",
    response_type="DescribeStreamPackageLinearAssemblyProgramSchedulesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyProgramSchedules``: List the program schedules of a linear assembly channel."""


def parse_describe_stream_package_linear_assembly_program_schedules_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyProgramSchedulesResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyProgramSchedules`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyPrograms",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyProgramsRequest",
    response_type="DescribeStreamPackageLinearAssemblyProgramsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyPrograms``: List linear assembly programs page by page."""


def parse_describe_stream_package_linear_assembly_programs_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyProgramsResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyPrograms`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_USAGE: Final = Operation(
    action="DescribeStreamPackageLinearAssemblyUsage",
    version="2019-06-12",
    request_type="DescribeStreamPackageLinearAssemblyUsageRequest",
    response_type="DescribeStreamPackageLinearAssemblyUsageResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageLinearAssemblyUsage``: Query linear assembly channel usage."""


def parse_describe_stream_package_linear_assembly_usage_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageLinearAssemblyUsageResponse:
    """Decode a whole ``DescribeStreamPackageLinearAssemblyUsage`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_USAGE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SSAI_CHANNEL: Final = Operation(
    action="DescribeStreamPackageSSAIChannel",
    version="2019-06-12",
    request_type="DescribeStreamPackageSSAIChannelRequest",
    response_type="DescribeStreamPackageSSAIChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSSAIChannel``: Get one ad insertion configuration."""


def parse_describe_stream_package_ssai_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSSAIChannelResponse:
    """Decode a whole ``DescribeStreamPackageSSAIChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SSAI_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS: Final = Operation(
    action="DescribeStreamPackageSSAIChannels",
    version="2019-06-12",
    request_type="DescribeStreamPackageSSAIChannelsRequest",
    response_type="DescribeStreamPackageSSAIChannelsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSSAIChannels``: List ad insertion configurations page by page."""


def parse_describe_stream_package_ssai_channels_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSSAIChannelsResponse:
    """Decode a whole ``DescribeStreamPackageSSAIChannels`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SSAI_USAGE: Final = Operation(
    action="DescribeStreamPackageSSAIUsage",
    version="2019-06-12",
    request_type="DescribeStreamPackageSSAIUsageRequest",
    response_type="DescribeStreamPackageSSAIUsageResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSSAIUsage``: Query SSAI ad replacement usage."""


def parse_describe_stream_package_ssai_usage_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSSAIUsageResponse:
    """Decode a whole ``DescribeStreamPackageSSAIUsage`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SSAI_USAGE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SOURCE: Final = Operation(
    action="DescribeStreamPackageSource",
    version="2019-06-12",
    request_type="DescribeStreamPackageSourceRequest",
    response_type="DescribeStreamPackageSourceResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSource``: Get the details of one linear assembly Source."""


def parse_describe_stream_package_source_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSourceResponse:
    """Decode a whole ``DescribeStreamPackageSource`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SOURCE.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SOURCE_ALERTS: Final = Operation(
    action="DescribeStreamPackageSourceAlerts",
    version="2019-06-12",
    request_type="DescribeStreamPackageSourceAlertsRequest",
    response_type="DescribeStreamPackageSourceAlertsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSourceAlerts``: List the alerts raised for a linear assembly Source."""


def parse_describe_stream_package_source_alerts_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSourceAlertsResponse:
    """Decode a whole ``DescribeStreamPackageSourceAlerts`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SOURCE_ALERTS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATION: Final = Operation(
    action="DescribeStreamPackageSourceLocation",
    version="2019-06-12",
    request_type="DescribeStreamPackageSourceLocationRequest",
    response_type="DescribeStreamPackageSourceLocationResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSourceLocation``: Get the details of one SourceLocation."""


def parse_describe_stream_package_source_location_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSourceLocationResponse:
    """Decode a whole ``DescribeStreamPackageSourceLocation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATION.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS: Final = Operation(
    action="DescribeStreamPackageSourceLocations",
    version="2019-06-12",
    request_type="DescribeStreamPackageSourceLocationsRequest",
    response_type="DescribeStreamPackageSourceLocationsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSourceLocations``: List SourceLocations page by page."""


def parse_describe_stream_package_source_locations_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSourceLocationsResponse:
    """Decode a whole ``DescribeStreamPackageSourceLocations`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_STREAM_PACKAGE_SOURCES: Final = Operation(
    action="DescribeStreamPackageSources",
    version="2019-06-12",
    request_type="DescribeStreamPackageSourcesRequest",
    response_type="DescribeStreamPackageSourcesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeStreamPackageSources``: List linear assembly Sources page by page."""


def parse_describe_stream_package_sources_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeStreamPackageSourcesResponse:
    """Decode a whole ``DescribeStreamPackageSources`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_STREAM_PACKAGE_SOURCES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_SUBTITLE_EMBED_TEMPLATES: Final = Operation(
    action="DescribeSubtitleEmbedTemplates",
    version="2019-06-12",
    request_type="DescribeSubtitleEmbedTemplatesRequest",
    response_type="DescribeSubtitleEmbedTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeSubtitleEmbedTemplates``: Get details of subtitle burn-in templates by ID."""


def parse_describe_subtitle_embed_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeSubtitleEmbedTemplatesResponse:
    """Decode a whole ``DescribeSubtitleEmbedTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_SUBTITLE_EMBED_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_TASK_DETAIL: Final = Operation(
    action="DescribeTaskDetail",
    version="2019-06-12",
    request_type="DescribeTaskDetailRequest",
    response_type="DescribeTaskDetailResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameterValue",
        "ResourceNotFound",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTaskDetail``: Get the status and full results of a task."""


def parse_describe_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTaskDetailResponse:
    """Decode a whole ``DescribeTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_TASKS: Final = Operation(
    action="DescribeTasks",
    version="2019-06-12",
    request_type="DescribeTasksRequest",
    response_type="DescribeTasksResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameter.EndTime",
        "InvalidParameter.StartTime",
        "InvalidParameterValue",
        "InvalidParameterValue.Limit",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTasks``: List recent tasks by status, page by page."""


def parse_describe_tasks_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTasksResponse:
    """Decode a whole ``DescribeTasks`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TASKS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK: Final = Operation(
    action="DescribeTextToSpeechAsyncTask",
    version="2019-06-12",
    request_type="DescribeTextToSpeechAsyncTaskRequest",
    response_type="DescribeTextToSpeechAsyncTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTextToSpeechAsyncTask``: Get the result of an asynchronous speech synthesis task."""


def parse_describe_text_to_speech_async_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTextToSpeechAsyncTaskResponse:
    """Decode a whole ``DescribeTextToSpeechAsyncTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_TRANSCODE_TEMPLATES: Final = Operation(
    action="DescribeTranscodeTemplates",
    version="2019-06-12",
    request_type="DescribeTranscodeTemplatesRequest",
    response_type="DescribeTranscodeTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTranscodeTemplates``: List transcoding templates by ID and other filters."""


def parse_describe_transcode_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTranscodeTemplatesResponse:
    """Decode a whole ``DescribeTranscodeTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TRANSCODE_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_USAGE_DATA: Final = Operation(
    action="DescribeUsageData",
    version="2019-06-12",
    request_type="DescribeUsageDataRequest",
    response_type="DescribeUsageDataResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeUsageData``: Get daily media processing usage for a time range."""


def parse_describe_usage_data_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeUsageDataResponse:
    """Decode a whole ``DescribeUsageData`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_USAGE_DATA.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL: Final = Operation(
    action="DescribeVideoDatabaseEntryTaskDetail",
    version="2019-06-12",
    request_type="DescribeVideoDatabaseEntryTaskDetailRequest",
    response_type="DescribeVideoDatabaseEntryTaskDetailResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeVideoDatabaseEntryTaskDetail``: Get the status of a video library ingestion task."""


def parse_describe_video_database_entry_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeVideoDatabaseEntryTaskDetailResponse:
    """Decode a whole ``DescribeVideoDatabaseEntryTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_VIDEO_SEARCH_TASK_DETAIL: Final = Operation(
    action="DescribeVideoSearchTaskDetail",
    version="2019-06-12",
    request_type="DescribeVideoSearchTaskDetailRequest",
    response_type="DescribeVideoSearchTaskDetailResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeVideoSearchTaskDetail``: Get the status and matches of a video search task."""


def parse_describe_video_search_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeVideoSearchTaskDetailResponse:
    """Decode a whole ``DescribeVideoSearchTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_VIDEO_SEARCH_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_VOICES: Final = Operation(
    action="DescribeVoices",
    version="2019-06-12",
    request_type="DescribeVoicesRequest",
    response_type="DescribeVoicesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeVoices``: Search the voices available for speech synthesis."""


def parse_describe_voices_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeVoicesResponse:
    """Decode a whole ``DescribeVoices`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_VOICES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_WATERMARK_TEMPLATES: Final = Operation(
    action="DescribeWatermarkTemplates",
    version="2019-06-12",
    request_type="DescribeWatermarkTemplatesRequest",
    response_type="DescribeWatermarkTemplatesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeWatermarkTemplates``: List user-defined watermark templates, page by page."""


def parse_describe_watermark_templates_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeWatermarkTemplatesResponse:
    """Decode a whole ``DescribeWatermarkTemplates`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_WATERMARK_TEMPLATES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_WORD_SAMPLES: Final = Operation(
    action="DescribeWordSamples",
    version="2019-06-12",
    request_type="DescribeWordSamplesRequest",
    response_type="DescribeWordSamplesResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeWordSamples``: List keyword samples, page by page."""


def parse_describe_word_samples_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeWordSamplesResponse:
    """Decode a whole ``DescribeWordSamples`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_WORD_SAMPLES.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_WORKFLOWS: Final = Operation(
    action="DescribeWorkflows",
    version="2019-06-12",
    request_type="DescribeWorkflowsRequest",
    response_type="DescribeWorkflowsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeWorkflows``: List workflows with their details."""


def parse_describe_workflows_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeWorkflowsResponse:
    """Decode a whole ``DescribeWorkflows`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_WORKFLOWS.parse(body, SERVICE)  # type: ignore[no-any-return]


DESIGN_VOICE_ASYNC: Final = Operation(
    action="DesignVoiceAsync",
    version="2019-06-12",
    request_type="DesignVoiceAsyncRequest",
    response_type="DesignVoiceAsyncResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DesignVoiceAsync``: Design a new voice from a text prompt."""


def parse_design_voice_async_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DesignVoiceAsyncResponse:
    """Decode a whole ``DesignVoiceAsync`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESIGN_VOICE_ASYNC.parse(body, SERVICE)  # type: ignore[no-any-return]


DETECT_VIDEO_SUBTITLE_AREA: Final = Operation(
    action="DetectVideoSubtitleArea",
    version="2019-06-12",
    request_type="DetectVideoSubtitleAreaRequest",
    response_type="DetectVideoSubtitleAreaResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DetectVideoSubtitleArea``: Quickly detect the burned-in subtitle area of a video."""


def parse_detect_video_subtitle_area_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DetectVideoSubtitleAreaResponse:
    """Decode a whole ``DetectVideoSubtitleArea`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DETECT_VIDEO_SUBTITLE_AREA.parse(body, SERVICE)  # type: ignore[no-any-return]


DETECT_VIDEO_WATERMARK: Final = Operation(
    action="DetectVideoWatermark",
    version="2019-06-12",
    request_type="DetectVideoWatermarkRequest",
    response_type="DetectVideoWatermarkResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DetectVideoWatermark``: Quickly check whether a video contains a watermark."""


def parse_detect_video_watermark_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DetectVideoWatermarkResponse:
    """Decode a whole ``DetectVideoWatermark`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DETECT_VIDEO_WATERMARK.parse(body, SERVICE)  # type: ignore[no-any-return]


DISABLE_SCHEDULE: Final = Operation(
    action="DisableSchedule",
    version="2019-06-12",
    request_type="DisableScheduleRequest",
    response_type="DisableScheduleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DisableSchedule``: Disable a schedule."""


def parse_disable_schedule_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DisableScheduleResponse:
    """Decode a whole ``DisableSchedule`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DISABLE_SCHEDULE.parse(body, SERVICE)  # type: ignore[no-any-return]


DISABLE_WORKFLOW: Final = Operation(
    action="DisableWorkflow",
    version="2019-06-12",
    request_type="DisableWorkflowRequest",
    response_type="DisableWorkflowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DisableWorkflow``: Disable a workflow."""


def parse_disable_workflow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DisableWorkflowResponse:
    """Decode a whole ``DisableWorkflow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DISABLE_WORKFLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


DISASSOCIATE_SECURITY_GROUP: Final = Operation(
    action="DisassociateSecurityGroup",
    version="2019-06-12",
    request_type="DisassociateSecurityGroupRequest",
    response_type="DisassociateSecurityGroupResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DisassociateSecurityGroup``: Unbind inputs and outputs from a security group in bulk."""


def parse_disassociate_security_group_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DisassociateSecurityGroupResponse:
    """Decode a whole ``DisassociateSecurityGroup`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DISASSOCIATE_SECURITY_GROUP.parse(body, SERVICE)  # type: ignore[no-any-return]


EDIT_MEDIA: Final = Operation(
    action="EditMedia",
    version="2019-06-12",
    request_type="EditMediaRequest",
    response_type="EditMediaResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``EditMedia``: Edit videos into a new video."""


def parse_edit_media_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> EditMediaResponse:
    """Decode a whole ``EditMedia`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return EDIT_MEDIA.parse(body, SERVICE)  # type: ignore[no-any-return]


EMBEDDING_DATA: Final = Operation(
    action="EmbeddingData",
    version="2019-06-12",
    request_type="EmbeddingDataRequest",
    response_type="EmbeddingDataResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``EmbeddingData``: Compute embedding vectors for input data."""


def parse_embedding_data_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> EmbeddingDataResponse:
    """Decode a whole ``EmbeddingData`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return EMBEDDING_DATA.parse(body, SERVICE)  # type: ignore[no-any-return]


ENABLE_SCHEDULE: Final = Operation(
    action="EnableSchedule",
    version="2019-06-12",
    request_type="EnableScheduleRequest",
    response_type="EnableScheduleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``EnableSchedule``: Enable a schedule."""


def parse_enable_schedule_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> EnableScheduleResponse:
    """Decode a whole ``EnableSchedule`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return ENABLE_SCHEDULE.parse(body, SERVICE)  # type: ignore[no-any-return]


ENABLE_WORKFLOW: Final = Operation(
    action="EnableWorkflow",
    version="2019-06-12",
    request_type="EnableWorkflowRequest",
    response_type="EnableWorkflowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``EnableWorkflow``: Enable a workflow."""


def parse_enable_workflow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> EnableWorkflowResponse:
    """Decode a whole ``EnableWorkflow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return ENABLE_WORKFLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


EXECUTE_FUNCTION: Final = Operation(
    action="ExecuteFunction",
    version="2019-06-12",
    request_type="ExecuteFunctionRequest",
    response_type="ExecuteFunctionResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ExecuteFunction``: Call a custom backend function."""


def parse_execute_function_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ExecuteFunctionResponse:
    """Decode a whole ``ExecuteFunction`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return EXECUTE_FUNCTION.parse(body, SERVICE)  # type: ignore[no-any-return]


EXTRACT_BLIND_WATERMARK: Final = Operation(
    action="ExtractBlindWatermark",
    version="2019-06-12",
    request_type="ExtractBlindWatermarkRequest",
    response_type="ExtractBlindWatermarkResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ExtractBlindWatermark``: Start a task that extracts a digital watermark from a video."""


def parse_extract_blind_watermark_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ExtractBlindWatermarkResponse:
    """Decode a whole ``ExtractBlindWatermark`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return EXTRACT_BLIND_WATERMARK.parse(body, SERVICE)  # type: ignore[no-any-return]


MANAGE_TASK: Final = Operation(
    action="ManageTask",
    version="2019-06-12",
    request_type="ManageTaskRequest",
    response_type="ManageTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ManageTask``: Manage a task that has already been started."""


def parse_manage_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ManageTaskResponse:
    """Decode a whole ``ManageTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MANAGE_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_AI_ANALYSIS_TEMPLATE: Final = Operation(
    action="ModifyAIAnalysisTemplate",
    version="2019-06-12",
    request_type="ModifyAIAnalysisTemplateRequest",
    response_type="ModifyAIAnalysisTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyAIAnalysisTemplate``: Modify a custom content analysis template."""


def parse_modify_ai_analysis_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyAIAnalysisTemplateResponse:
    """Decode a whole ``ModifyAIAnalysisTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_AI_ANALYSIS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_AI_RECOGNITION_TEMPLATE: Final = Operation(
    action="ModifyAIRecognitionTemplate",
    version="2019-06-12",
    request_type="ModifyAIRecognitionTemplateRequest",
    response_type="ModifyAIRecognitionTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyAIRecognitionTemplate``: Modify a custom content recognition template."""


def parse_modify_ai_recognition_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyAIRecognitionTemplateResponse:
    """Decode a whole ``ModifyAIRecognitionTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_AI_RECOGNITION_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE: Final = Operation(
    action="ModifyAdaptiveDynamicStreamingTemplate",
    version="2019-06-12",
    request_type="ModifyAdaptiveDynamicStreamingTemplateRequest",
    response_type="ModifyAdaptiveDynamicStreamingTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyAdaptiveDynamicStreamingTemplate``: Modify an adaptive bitrate streaming template."""


def parse_modify_adaptive_dynamic_streaming_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyAdaptiveDynamicStreamingTemplateResponse:
    """Decode a whole ``ModifyAdaptiveDynamicStreamingTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_ANIMATED_GRAPHICS_TEMPLATE: Final = Operation(
    action="ModifyAnimatedGraphicsTemplate",
    version="2019-06-12",
    request_type="ModifyAnimatedGraphicsTemplateRequest",
    response_type="ModifyAnimatedGraphicsTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyAnimatedGraphicsTemplate``: Modify a user-defined animated image template."""


def parse_modify_animated_graphics_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyAnimatedGraphicsTemplateResponse:
    """Decode a whole ``ModifyAnimatedGraphicsTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_ANIMATED_GRAPHICS_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_ASR_HOTWORDS: Final = Operation(
    action="ModifyAsrHotwords",
    version="2019-06-12",
    request_type="ModifyAsrHotwordsRequest",
    response_type="ModifyAsrHotwordsResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyAsrHotwords``: Update a smart subtitle hotword library."""


def parse_modify_asr_hotwords_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyAsrHotwordsResponse:
    """Decode a whole ``ModifyAsrHotwords`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_ASR_HOTWORDS.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_BLIND_WATERMARK_TEMPLATE: Final = Operation(
    action="ModifyBlindWatermarkTemplate",
    version="2019-06-12",
    request_type="ModifyBlindWatermarkTemplateRequest",
    response_type="ModifyBlindWatermarkTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyBlindWatermarkTemplate``: Modify a user-defined digital watermark template."""


def parse_modify_blind_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyBlindWatermarkTemplateResponse:
    """Decode a whole ``ModifyBlindWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_BLIND_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_CONTENT_REVIEW_TEMPLATE: Final = Operation(
    action="ModifyContentReviewTemplate",
    version="2019-06-12",
    request_type="ModifyContentReviewTemplateRequest",
    response_type="ModifyContentReviewTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyContentReviewTemplate``: Modify a custom content moderation template."""


def parse_modify_content_review_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyContentReviewTemplateResponse:
    """Decode a whole ``ModifyContentReviewTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_CONTENT_REVIEW_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_DOC_TO_VIDEO_TASK_STATUS: Final = Operation(
    action="ModifyDocToVideoTaskStatus",
    version="2019-06-12",
    request_type="ModifyDocToVideoTaskStatusRequest",
    response_type="ModifyDocToVideoTaskStatusResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyDocToVideoTaskStatus``: Confirm or regenerate a stage of an AIGC document-to-video task."""


def parse_modify_doc_to_video_task_status_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyDocToVideoTaskStatusResponse:
    """Decode a whole ``ModifyDocToVideoTaskStatus`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_DOC_TO_VIDEO_TASK_STATUS.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_IMAGE_SPRITE_TEMPLATE: Final = Operation(
    action="ModifyImageSpriteTemplate",
    version="2019-06-12",
    request_type="ModifyImageSpriteTemplateRequest",
    response_type="ModifyImageSpriteTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyImageSpriteTemplate``: Modify a user-defined image sprite template."""


def parse_modify_image_sprite_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyImageSpriteTemplateResponse:
    """Decode a whole ``ModifyImageSpriteTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_IMAGE_SPRITE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_LIVE_RECORD_TEMPLATE: Final = Operation(
    action="ModifyLiveRecordTemplate",
    version="2019-06-12",
    request_type="ModifyLiveRecordTemplateRequest",
    response_type="ModifyLiveRecordTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyLiveRecordTemplate``: Modify a live recording template."""


def parse_modify_live_record_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyLiveRecordTemplateResponse:
    """Decode a whole ``ModifyLiveRecordTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_LIVE_RECORD_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_PERSON_SAMPLE: Final = Operation(
    action="ModifyPersonSample",
    version="2019-06-12",
    request_type="ModifyPersonSampleRequest",
    response_type="ModifyPersonSampleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyPersonSample``: Modify a person sample."""


def parse_modify_person_sample_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyPersonSampleResponse:
    """Decode a whole ``ModifyPersonSample`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_PERSON_SAMPLE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_PROCESS_IMAGE_TEMPLATE: Final = Operation(
    action="ModifyProcessImageTemplate",
    version="2019-06-12",
    request_type="ModifyProcessImageTemplateRequest",
    response_type="ModifyProcessImageTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyProcessImageTemplate``: Modify an image processing template."""


def parse_modify_process_image_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyProcessImageTemplateResponse:
    """Decode a whole ``ModifyProcessImageTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_PROCESS_IMAGE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_QUALITY_CONTROL_TEMPLATE: Final = Operation(
    action="ModifyQualityControlTemplate",
    version="2019-06-12",
    request_type="ModifyQualityControlTemplateRequest",
    response_type="ModifyQualityControlTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyQualityControlTemplate``: Modify a media quality control template."""


def parse_modify_quality_control_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyQualityControlTemplateResponse:
    """Decode a whole ``ModifyQualityControlTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_QUALITY_CONTROL_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SAMPLE_SNAPSHOT_TEMPLATE: Final = Operation(
    action="ModifySampleSnapshotTemplate",
    version="2019-06-12",
    request_type="ModifySampleSnapshotTemplateRequest",
    response_type="ModifySampleSnapshotTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySampleSnapshotTemplate``: Modify a user-defined sampled screenshot template."""


def parse_modify_sample_snapshot_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifySampleSnapshotTemplateResponse:
    """Decode a whole ``ModifySampleSnapshotTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SAMPLE_SNAPSHOT_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SCHEDULE: Final = Operation(
    action="ModifySchedule",
    version="2019-06-12",
    request_type="ModifyScheduleRequest",
    response_type="ModifyScheduleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySchedule``: Modify a schedule."""


def parse_modify_schedule_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyScheduleResponse:
    """Decode a whole ``ModifySchedule`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SCHEDULE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SMART_ERASE_TEMPLATE: Final = Operation(
    action="ModifySmartEraseTemplate",
    version="2019-06-12",
    request_type="ModifySmartEraseTemplateRequest",
    response_type="ModifySmartEraseTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySmartEraseTemplate``: Modify a user-defined smart erase template."""


def parse_modify_smart_erase_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifySmartEraseTemplateResponse:
    """Decode a whole ``ModifySmartEraseTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SMART_ERASE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SMART_SUBTITLE_TEMPLATE: Final = Operation(
    action="ModifySmartSubtitleTemplate",
    version="2019-06-12",
    request_type="ModifySmartSubtitleTemplateRequest",
    response_type="ModifySmartSubtitleTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySmartSubtitleTemplate``: Modify a user-defined smart subtitle template."""


def parse_modify_smart_subtitle_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifySmartSubtitleTemplateResponse:
    """Decode a whole ``ModifySmartSubtitleTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SMART_SUBTITLE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE: Final = Operation(
    action="ModifySnapshotByTimeOffsetTemplate",
    version="2019-06-12",
    request_type="ModifySnapshotByTimeOffsetTemplateRequest",
    response_type="ModifySnapshotByTimeOffsetTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySnapshotByTimeOffsetTemplate``: Modify a user-defined time-point screenshot template."""


def parse_modify_snapshot_by_time_offset_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifySnapshotByTimeOffsetTemplateResponse:
    """Decode a whole ``ModifySnapshotByTimeOffsetTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_LINK_EVENT: Final = Operation(
    action="ModifyStreamLinkEvent",
    version="2019-06-12",
    request_type="ModifyStreamLinkEventRequest",
    response_type="ModifyStreamLinkEventResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamLinkEvent``: Rename or re-describe a StreamLink event."""


def parse_modify_stream_link_event_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamLinkEventResponse:
    """Decode a whole ``ModifyStreamLinkEvent`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_LINK_EVENT.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_LINK_FLOW: Final = Operation(
    action="ModifyStreamLinkFlow",
    version="2019-06-12",
    request_type="ModifyStreamLinkFlowRequest",
    response_type="ModifyStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamLinkFlow``: Rename a StreamLink flow."""


def parse_modify_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamLinkFlowResponse:
    """Decode a whole ``ModifyStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_LINK_INPUT: Final = Operation(
    action="ModifyStreamLinkInput",
    version="2019-06-12",
    request_type="ModifyStreamLinkInputRequest",
    response_type="ModifyStreamLinkInputResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamLinkInput``: Modify an input of a StreamLink flow."""


def parse_modify_stream_link_input_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamLinkInputResponse:
    """Decode a whole ``ModifyStreamLinkInput`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_LINK_INPUT.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_LINK_OUTPUT_INFO: Final = Operation(
    action="ModifyStreamLinkOutputInfo",
    version="2019-06-12",
    request_type="ModifyStreamLinkOutputInfoRequest",
    response_type="ModifyStreamLinkOutputInfoResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamLinkOutputInfo``: Modify an output of a StreamLink flow."""


def parse_modify_stream_link_output_info_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamLinkOutputInfoResponse:
    """Decode a whole ``ModifyStreamLinkOutputInfo`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_LINK_OUTPUT_INFO.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_LINK_SECURITY_GROUP: Final = Operation(
    action="ModifyStreamLinkSecurityGroup",
    version="2019-06-12",
    request_type="ModifyStreamLinkSecurityGroupRequest",
    response_type="ModifyStreamLinkSecurityGroupResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamLinkSecurityGroup``: Update a StreamLink security group."""


def parse_modify_stream_link_security_group_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamLinkSecurityGroupResponse:
    """Decode a whole ``ModifyStreamLinkSecurityGroup`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_LINK_SECURITY_GROUP.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="ModifyStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="ModifyStreamPackageLinearAssemblyChannelRequest",
    response_type="ModifyStreamPackageLinearAssemblyChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamPackageLinearAssemblyChannel``: Modify a linear assembly channel."""


def parse_modify_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``ModifyStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM: Final = Operation(
    action="ModifyStreamPackageLinearAssemblyProgram",
    version="2019-06-12",
    request_type="ModifyStreamPackageLinearAssemblyProgramRequest",
    response_type="ModifyStreamPackageLinearAssemblyProgramResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamPackageLinearAssemblyProgram``: Modify a linear assembly program."""


def parse_modify_stream_package_linear_assembly_program_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamPackageLinearAssemblyProgramResponse:
    """Decode a whole ``ModifyStreamPackageLinearAssemblyProgram`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_PACKAGE_SSAI_CHANNEL: Final = Operation(
    action="ModifyStreamPackageSSAIChannel",
    version="2019-06-12",
    request_type="ModifyStreamPackageSSAIChannelRequest",
    response_type="ModifyStreamPackageSSAIChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamPackageSSAIChannel``: Modify an ad insertion configuration."""


def parse_modify_stream_package_ssai_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamPackageSSAIChannelResponse:
    """Decode a whole ``ModifyStreamPackageSSAIChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_PACKAGE_SSAI_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_PACKAGE_SOURCE: Final = Operation(
    action="ModifyStreamPackageSource",
    version="2019-06-12",
    request_type="ModifyStreamPackageSourceRequest",
    response_type="ModifyStreamPackageSourceResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamPackageSource``: Modify a linear assembly Source."""


def parse_modify_stream_package_source_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamPackageSourceResponse:
    """Decode a whole ``ModifyStreamPackageSource`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_PACKAGE_SOURCE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_STREAM_PACKAGE_SOURCE_LOCATION: Final = Operation(
    action="ModifyStreamPackageSourceLocation",
    version="2019-06-12",
    request_type="ModifyStreamPackageSourceLocationRequest",
    response_type="ModifyStreamPackageSourceLocationResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyStreamPackageSourceLocation``: Modify a SourceLocation."""


def parse_modify_stream_package_source_location_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyStreamPackageSourceLocationResponse:
    """Decode a whole ``ModifyStreamPackageSourceLocation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_STREAM_PACKAGE_SOURCE_LOCATION.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_SUBTITLE_EMBED_TEMPLATE: Final = Operation(
    action="ModifySubtitleEmbedTemplate",
    version="2019-06-12",
    request_type="ModifySubtitleEmbedTemplateRequest",
    response_type="ModifySubtitleEmbedTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifySubtitleEmbedTemplate``: Modify a user-defined subtitle burn-in template."""


def parse_modify_subtitle_embed_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifySubtitleEmbedTemplateResponse:
    """Decode a whole ``ModifySubtitleEmbedTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_SUBTITLE_EMBED_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_TRANSCODE_TEMPLATE: Final = Operation(
    action="ModifyTranscodeTemplate",
    version="2019-06-12",
    request_type="ModifyTranscodeTemplateRequest",
    response_type="ModifyTranscodeTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyTranscodeTemplate``: Modify a custom transcoding template."""


def parse_modify_transcode_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyTranscodeTemplateResponse:
    """Decode a whole ``ModifyTranscodeTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_TRANSCODE_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_WATERMARK_TEMPLATE: Final = Operation(
    action="ModifyWatermarkTemplate",
    version="2019-06-12",
    request_type="ModifyWatermarkTemplateRequest",
    response_type="ModifyWatermarkTemplateResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyWatermarkTemplate``: Modify a user-defined watermark template."""


def parse_modify_watermark_template_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyWatermarkTemplateResponse:
    """Decode a whole ``ModifyWatermarkTemplate`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_WATERMARK_TEMPLATE.parse(body, SERVICE)  # type: ignore[no-any-return]


MODIFY_WORD_SAMPLE: Final = Operation(
    action="ModifyWordSample",
    version="2019-06-12",
    request_type="ModifyWordSampleRequest",
    response_type="ModifyWordSampleResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ModifyWordSample``: Change the usages and tags of a keyword sample."""


def parse_modify_word_sample_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ModifyWordSampleResponse:
    """Decode a whole ``ModifyWordSample`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return MODIFY_WORD_SAMPLE.parse(body, SERVICE)  # type: ignore[no-any-return]


PARSE_LIVE_STREAM_PROCESS_NOTIFICATION: Final = Operation(
    action="ParseLiveStreamProcessNotification",
    version="2019-06-12",
    request_type="ParseLiveStreamProcessNotificationRequest",
    response_type="ParseLiveStreamProcessNotificationResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ParseLiveStreamProcessNotification``: Decode a live stream processing event notification."""


def parse_live_stream_process_notification_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ParseLiveStreamProcessNotificationResponse:
    """Decode a whole ``ParseLiveStreamProcessNotification`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PARSE_LIVE_STREAM_PROCESS_NOTIFICATION.parse(body, SERVICE)  # type: ignore[no-any-return]


PARSE_NOTIFICATION: Final = Operation(
    action="ParseNotification",
    version="2019-06-12",
    request_type="ParseNotificationRequest",
    response_type="ParseNotificationResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=("InternalError", "InvalidParameterValue", "UnauthorizedOperation"),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ParseNotification``: Decode an MPS event notification into a typed event."""


def parse_notification_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ParseNotificationResponse:
    """Decode a whole ``ParseNotification`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PARSE_NOTIFICATION.parse(body, SERVICE)  # type: ignore[no-any-return]


PROCESS_IMAGE: Final = Operation(
    action="ProcessImage",
    version="2019-06-12",
    request_type="ProcessImageRequest",
    response_type="ProcessImageResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ProcessImage``: Start an image processing task."""


def parse_process_image_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ProcessImageResponse:
    """Decode a whole ``ProcessImage`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PROCESS_IMAGE.parse(body, SERVICE)  # type: ignore[no-any-return]


PROCESS_LIVE_STREAM: Final = Operation(
    action="ProcessLiveStream",
    version="2019-06-12",
    request_type="ProcessLiveStreamRequest",
    response_type="ProcessLiveStreamResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ProcessLiveStream``: Start a processing task on a live stream."""


def parse_process_live_stream_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ProcessLiveStreamResponse:
    """Decode a whole ``ProcessLiveStream`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PROCESS_LIVE_STREAM.parse(body, SERVICE)  # type: ignore[no-any-return]


PROCESS_MEDIA: Final = Operation(
    action="ProcessMedia",
    version="2019-06-12",
    request_type="ProcessMediaRequest",
    response_type="ProcessMediaResponse",
    idempotent=False,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameter.InputInfo",
        "InvalidParameterValue",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.InputInfo",
        "InvalidParameterValue.SessionContextTooLong",
        "InvalidParameterValue.SessionId",
        "InvalidParameterValue.SessionIdTooLong",
        "LimitExceeded.CreateTask",
        "ResourceNotFound.CosBucketNameInvalid",
        "ResourceNotFound.CosBucketNotExist",
        "ResourceNotFound.TemplateNotExist",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ProcessMedia``: Start a media processing task on a file in COS or at a URL."""


def parse_process_media_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ProcessMediaResponse:
    """Decode a whole ``ProcessMedia`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PROCESS_MEDIA.parse(body, SERVICE)  # type: ignore[no-any-return]


QUERY_HUNYUAN3_D_TASK: Final = Operation(
    action="QueryHunyuan3DTask",
    version="2019-06-12",
    request_type="QueryHunyuan3DTaskRequest",
    response_type="QueryHunyuan3DTaskResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``QueryHunyuan3DTask``: Get the result of a Hunyuan 3D task."""


def parse_query_hunyuan3_d_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> QueryHunyuan3DTaskResponse:
    """Decode a whole ``QueryHunyuan3DTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return QUERY_HUNYUAN3_D_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


QUERY_PROJECT: Final = Operation(
    action="QueryProject",
    version="2019-06-12",
    request_type="QueryProjectRequest",
    response_type="QueryProjectResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``QueryProject``: Search drama projects, page by page."""


def parse_query_project_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> QueryProjectResponse:
    """Decode a whole ``QueryProject`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return QUERY_PROJECT.parse(body, SERVICE)  # type: ignore[no-any-return]


RECOGNIZE_AUDIO: Final = Operation(
    action="RecognizeAudio",
    version="2019-06-12",
    request_type="RecognizeAudioRequest",
    response_type="RecognizeAudioResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``RecognizeAudio``: Recognize speech in an audio clip synchronously."""


def parse_recognize_audio_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> RecognizeAudioResponse:
    """Decode a whole ``RecognizeAudio`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return RECOGNIZE_AUDIO.parse(body, SERVICE)  # type: ignore[no-any-return]


RECOGNIZE_MEDIA_FOR_ZHI_XUE: Final = Operation(
    action="RecognizeMediaForZhiXue",
    version="2019-06-12",
    request_type="RecognizeMediaForZhiXueRequest",
    response_type="RecognizeMediaForZhiXueResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``RecognizeMediaForZhiXue``: Recognize facial expressions and actions in media for ZhiXue."""


def parse_recognize_media_for_zhi_xue_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> RecognizeMediaForZhiXueResponse:
    """Decode a whole ``RecognizeMediaForZhiXue`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return RECOGNIZE_MEDIA_FOR_ZHI_XUE.parse(body, SERVICE)  # type: ignore[no-any-return]


RESET_WORKFLOW: Final = Operation(
    action="ResetWorkflow",
    version="2019-06-12",
    request_type="ResetWorkflowRequest",
    response_type="ResetWorkflowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ResetWorkflow``: Replace the configuration of an existing disabled workflow."""


def parse_reset_workflow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ResetWorkflowResponse:
    """Decode a whole ``ResetWorkflow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return RESET_WORKFLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


START_STREAM_LINK_FLOW: Final = Operation(
    action="StartStreamLinkFlow",
    version="2019-06-12",
    request_type="StartStreamLinkFlowRequest",
    response_type="StartStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``StartStreamLinkFlow``: Start a StreamLink flow."""


def parse_start_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> StartStreamLinkFlowResponse:
    """Decode a whole ``StartStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return START_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


START_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="StartStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="StartStreamPackageLinearAssemblyChannelRequest",
    response_type="StartStreamPackageLinearAssemblyChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``StartStreamPackageLinearAssemblyChannel``: Start a linear assembly channel."""


def parse_start_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> StartStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``StartStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return START_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


STOP_STREAM_LINK_FLOW: Final = Operation(
    action="StopStreamLinkFlow",
    version="2019-06-12",
    request_type="StopStreamLinkFlowRequest",
    response_type="StopStreamLinkFlowResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``StopStreamLinkFlow``: Stop a StreamLink flow."""


def parse_stop_stream_link_flow_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> StopStreamLinkFlowResponse:
    """Decode a whole ``StopStreamLinkFlow`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return STOP_STREAM_LINK_FLOW.parse(body, SERVICE)  # type: ignore[no-any-return]


STOP_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL: Final = Operation(
    action="StopStreamPackageLinearAssemblyChannel",
    version="2019-06-12",
    request_type="StopStreamPackageLinearAssemblyChannelRequest",
    response_type="StopStreamPackageLinearAssemblyChannelResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``StopStreamPackageLinearAssemblyChannel``: Stop a linear assembly channel."""


def parse_stop_stream_package_linear_assembly_channel_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> StopStreamPackageLinearAssemblyChannelResponse:
    """Decode a whole ``StopStreamPackageLinearAssemblyChannel`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return STOP_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL.parse(body, SERVICE)  # type: ignore[no-any-return]


SUBMIT_HUNYUAN3_D_TASK: Final = Operation(
    action="SubmitHunyuan3DTask",
    version="2019-06-12",
    request_type="SubmitHunyuan3DTaskRequest",
    response_type="SubmitHunyuan3DTaskResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``SubmitHunyuan3DTask``: Submit a Hunyuan 3D generation task."""


def parse_submit_hunyuan3_d_task_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> SubmitHunyuan3DTaskResponse:
    """Decode a whole ``SubmitHunyuan3DTask`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return SUBMIT_HUNYUAN3_D_TASK.parse(body, SERVICE)  # type: ignore[no-any-return]


SYNC_DUBBING: Final = Operation(
    action="SyncDubbing",
    version="2019-06-12",
    request_type="SyncDubbingRequest",
    response_type="SyncDubbingResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``SyncDubbing``: Clone a voice or synthesize dubbed audio synchronously."""


def parse_sync_dubbing_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> SyncDubbingResponse:
    """Decode a whole ``SyncDubbing`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return SYNC_DUBBING.parse(body, SERVICE)  # type: ignore[no-any-return]


TEXT_TO_SPEECH: Final = Operation(
    action="TextToSpeech",
    version="2019-06-12",
    request_type="TextToSpeechRequest",
    response_type="TextToSpeechResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``TextToSpeech``: Synthesize speech from text synchronously."""


def parse_text_to_speech_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> TextToSpeechResponse:
    """Decode a whole ``TextToSpeech`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return TEXT_TO_SPEECH.parse(body, SERVICE)  # type: ignore[no-any-return]


TEXT_TO_SPEECH_ASYNC: Final = Operation(
    action="TextToSpeechAsync",
    version="2019-06-12",
    request_type="TextToSpeechAsyncRequest",
    response_type="TextToSpeechAsyncResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``TextToSpeechAsync``: Start an asynchronous speech synthesis task."""


def parse_text_to_speech_async_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> TextToSpeechAsyncResponse:
    """Decode a whole ``TextToSpeechAsync`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return TEXT_TO_SPEECH_ASYNC.parse(body, SERVICE)  # type: ignore[no-any-return]


TEXT_TRANSLATION: Final = Operation(
    action="TextTranslation",
    version="2019-06-12",
    request_type="TextTranslationRequest",
    response_type="TextTranslationResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``TextTranslation``: Translate a piece of text."""


def parse_text_translation_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> TextTranslationResponse:
    """Decode a whole ``TextTranslation`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return TEXT_TRANSLATION.parse(body, SERVICE)  # type: ignore[no-any-return]


UPDATE_PROJECT: Final = Operation(
    action="UpdateProject",
    version="2019-06-12",
    request_type="UpdateProjectRequest",
    response_type="UpdateProjectResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``UpdateProject``: Update a drama project."""


def parse_update_project_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> UpdateProjectResponse:
    """Decode a whole ``UpdateProject`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return UPDATE_PROJECT.parse(body, SERVICE)  # type: ignore[no-any-return]


UPDATE_VOICE: Final = Operation(
    action="UpdateVoice",
    version="2019-06-12",
    request_type="UpdateVoiceRequest",
    response_type="UpdateVoiceResponse",
    idempotent=True,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``UpdateVoice``: Update the information of a voice."""


def parse_update_voice_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> UpdateVoiceResponse:
    """Decode a whole ``UpdateVoice`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return UPDATE_VOICE.parse(body, SERVICE)  # type: ignore[no-any-return]


WITHDRAWS_WATERMARK: Final = Operation(
    action="WithdrawsWatermark",
    version="2019-06-12",
    request_type="WithdrawsWatermarkRequest",
    response_type="WithdrawsWatermarkResponse",
    idempotent=False,
    rate_limit=None,
    error_codes=(),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``WithdrawsWatermark``: Extract the blind watermark from a video."""


def parse_withdraws_watermark_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> WithdrawsWatermarkResponse:
    """Decode a whole ``WithdrawsWatermark`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return WITHDRAWS_WATERMARK.parse(body, SERVICE)  # type: ignore[no-any-return]


@overload
def parse_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTaskDetailResponse: ...
@overload
def parse_response(body: bytes | bytearray | str | Mapping[str, Any], action: str) -> Any: ...
def parse_response(
    body: bytes | bytearray | str | Mapping[str, Any], action: str = "DescribeTaskDetail"
) -> Any:
    """Decode a whole response body of ``action`` (default ``DescribeTaskDetail``) into its typed response.

    Raises :class:`tencent_mps.errors.ConfigurationError` for an action this package does not
    know, the API error of an error envelope, and :class:`tencent_mps.errors.DecodeError` for
    a body that is not the expected shape.
    """
    return _parse_response(body, action)


#: Action name -> its operation record.
OPERATIONS: Final[dict[str, Operation]] = {
    "ActivateSSAI": ACTIVATE_SSAI,
    "ActivateStreamPackage": ACTIVATE_STREAM_PACKAGE,
    "BatchDeleteStreamLinkFlow": BATCH_DELETE_STREAM_LINK_FLOW,
    "BatchProcessMedia": BATCH_PROCESS_MEDIA,
    "BatchStartStreamLinkFlow": BATCH_START_STREAM_LINK_FLOW,
    "BatchStopStreamLinkFlow": BATCH_STOP_STREAM_LINK_FLOW,
    "ChangeVoice": CHANGE_VOICE,
    "CloneViral": CLONE_VIRAL,
    "CloneVoice": CLONE_VOICE,
    "CreateAIAnalysisTemplate": CREATE_AI_ANALYSIS_TEMPLATE,
    "CreateAIRecognitionTemplate": CREATE_AI_RECOGNITION_TEMPLATE,
    "CreateAdaptiveDynamicStreamingTemplate": CREATE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE,
    "CreateAgentRecordTask": CREATE_AGENT_RECORD_TASK,
    "CreateAiDramaTask": CREATE_AI_DRAMA_TASK,
    "CreateAiFissionTask": CREATE_AI_FISSION_TASK,
    "CreateAigcAudioTask": CREATE_AIGC_AUDIO_TASK,
    "CreateAigcImageTask": CREATE_AIGC_IMAGE_TASK,
    "CreateAigcVideoTask": CREATE_AIGC_VIDEO_TASK,
    "CreateAnimatedGraphicsTemplate": CREATE_ANIMATED_GRAPHICS_TEMPLATE,
    "CreateAsrHotwords": CREATE_ASR_HOTWORDS,
    "CreateBlindWatermarkTemplate": CREATE_BLIND_WATERMARK_TEMPLATE,
    "CreateContentReviewTemplate": CREATE_CONTENT_REVIEW_TEMPLATE,
    "CreateDocToVideoTask": CREATE_DOC_TO_VIDEO_TASK,
    "CreateImageSpriteTemplate": CREATE_IMAGE_SPRITE_TEMPLATE,
    "CreateLiveRecordTemplate": CREATE_LIVE_RECORD_TEMPLATE,
    "CreateMediaEvaluation": CREATE_MEDIA_EVALUATION,
    "CreatePersonSample": CREATE_PERSON_SAMPLE,
    "CreateProcessImageTemplate": CREATE_PROCESS_IMAGE_TEMPLATE,
    "CreateProject": CREATE_PROJECT,
    "CreateQualityControlTemplate": CREATE_QUALITY_CONTROL_TEMPLATE,
    "CreateSampleSnapshotTemplate": CREATE_SAMPLE_SNAPSHOT_TEMPLATE,
    "CreateSchedule": CREATE_SCHEDULE,
    "CreateSmartEraseTemplate": CREATE_SMART_ERASE_TEMPLATE,
    "CreateSmartSubtitleTemplate": CREATE_SMART_SUBTITLE_TEMPLATE,
    "CreateSnapshotByTimeOffsetTemplate": CREATE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE,
    "CreateStreamLinkEvent": CREATE_STREAM_LINK_EVENT,
    "CreateStreamLinkFlow": CREATE_STREAM_LINK_FLOW,
    "CreateStreamLinkInput": CREATE_STREAM_LINK_INPUT,
    "CreateStreamLinkOutputInfo": CREATE_STREAM_LINK_OUTPUT_INFO,
    "CreateStreamLinkSecurityGroup": CREATE_STREAM_LINK_SECURITY_GROUP,
    "CreateStreamPackageLinearAssemblyChannel": CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "CreateStreamPackageLinearAssemblyProgram": CREATE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM,
    "CreateStreamPackageSSAIChannel": CREATE_STREAM_PACKAGE_SSAI_CHANNEL,
    "CreateStreamPackageSource": CREATE_STREAM_PACKAGE_SOURCE,
    "CreateStreamPackageSourceLocation": CREATE_STREAM_PACKAGE_SOURCE_LOCATION,
    "CreateSubtitleEmbedTemplate": CREATE_SUBTITLE_EMBED_TEMPLATE,
    "CreateTranscodeTemplate": CREATE_TRANSCODE_TEMPLATE,
    "CreateVideoDatabaseEntryTask": CREATE_VIDEO_DATABASE_ENTRY_TASK,
    "CreateVideoRedrawTask": CREATE_VIDEO_REDRAW_TASK,
    "CreateVideoSearchTask": CREATE_VIDEO_SEARCH_TASK,
    "CreateWatermarkTemplate": CREATE_WATERMARK_TEMPLATE,
    "CreateWordSamples": CREATE_WORD_SAMPLES,
    "CreateWorkflow": CREATE_WORKFLOW,
    "DeleteAIAnalysisTemplate": DELETE_AI_ANALYSIS_TEMPLATE,
    "DeleteAIRecognitionTemplate": DELETE_AI_RECOGNITION_TEMPLATE,
    "DeleteAdaptiveDynamicStreamingTemplate": DELETE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE,
    "DeleteAnimatedGraphicsTemplate": DELETE_ANIMATED_GRAPHICS_TEMPLATE,
    "DeleteAsrHotwords": DELETE_ASR_HOTWORDS,
    "DeleteBlindWatermarkTemplate": DELETE_BLIND_WATERMARK_TEMPLATE,
    "DeleteContentReviewTemplate": DELETE_CONTENT_REVIEW_TEMPLATE,
    "DeleteImageSpriteTemplate": DELETE_IMAGE_SPRITE_TEMPLATE,
    "DeleteLiveRecordTemplate": DELETE_LIVE_RECORD_TEMPLATE,
    "DeletePersonSample": DELETE_PERSON_SAMPLE,
    "DeleteProcessImageTemplate": DELETE_PROCESS_IMAGE_TEMPLATE,
    "DeleteProject": DELETE_PROJECT,
    "DeleteQualityControlTemplate": DELETE_QUALITY_CONTROL_TEMPLATE,
    "DeleteSampleSnapshotTemplate": DELETE_SAMPLE_SNAPSHOT_TEMPLATE,
    "DeleteSchedule": DELETE_SCHEDULE,
    "DeleteSmartEraseTemplate": DELETE_SMART_ERASE_TEMPLATE,
    "DeleteSmartSubtitleTemplate": DELETE_SMART_SUBTITLE_TEMPLATE,
    "DeleteSnapshotByTimeOffsetTemplate": DELETE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE,
    "DeleteStreamLinkEvent": DELETE_STREAM_LINK_EVENT,
    "DeleteStreamLinkFlow": DELETE_STREAM_LINK_FLOW,
    "DeleteStreamLinkOutput": DELETE_STREAM_LINK_OUTPUT,
    "DeleteStreamLinkSecurityGroup": DELETE_STREAM_LINK_SECURITY_GROUP,
    "DeleteStreamPackageLinearAssemblyChannel": DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "DeleteStreamPackageLinearAssemblyChannels": DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS,
    "DeleteStreamPackageLinearAssemblyProgram": DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM,
    "DeleteStreamPackageLinearAssemblyPrograms": DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS,
    "DeleteStreamPackageLinearAssemblyProgramsByChannel": DELETE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_BY_CHANNEL,
    "DeleteStreamPackageSSAIChannel": DELETE_STREAM_PACKAGE_SSAI_CHANNEL,
    "DeleteStreamPackageSource": DELETE_STREAM_PACKAGE_SOURCE,
    "DeleteStreamPackageSourceLocation": DELETE_STREAM_PACKAGE_SOURCE_LOCATION,
    "DeleteSubtitleEmbedTemplate": DELETE_SUBTITLE_EMBED_TEMPLATE,
    "DeleteTranscodeTemplate": DELETE_TRANSCODE_TEMPLATE,
    "DeleteVoice": DELETE_VOICE,
    "DeleteWatermarkTemplate": DELETE_WATERMARK_TEMPLATE,
    "DeleteWordSamples": DELETE_WORD_SAMPLES,
    "DeleteWorkflow": DELETE_WORKFLOW,
    "DescribeAIAnalysisTemplates": DESCRIBE_AI_ANALYSIS_TEMPLATES,
    "DescribeAIRecognitionTemplates": DESCRIBE_AI_RECOGNITION_TEMPLATES,
    "DescribeAdaptiveDynamicStreamingTemplates": DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES,
    "DescribeAgentRecordTask": DESCRIBE_AGENT_RECORD_TASK,
    "DescribeAigcAudioTask": DESCRIBE_AIGC_AUDIO_TASK,
    "DescribeAigcImageTask": DESCRIBE_AIGC_IMAGE_TASK,
    "DescribeAigcTaskList": DESCRIBE_AIGC_TASK_LIST,
    "DescribeAigcTaskStatus": DESCRIBE_AIGC_TASK_STATUS,
    "DescribeAigcVideoTask": DESCRIBE_AIGC_VIDEO_TASK,
    "DescribeAnimatedGraphicsTemplates": DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES,
    "DescribeAsrHotwords": DESCRIBE_ASR_HOTWORDS,
    "DescribeAsrHotwordsList": DESCRIBE_ASR_HOTWORDS_LIST,
    "DescribeBatchTaskDetail": DESCRIBE_BATCH_TASK_DETAIL,
    "DescribeBlindWatermarkTemplates": DESCRIBE_BLIND_WATERMARK_TEMPLATES,
    "DescribeCloneViralTask": DESCRIBE_CLONE_VIRAL_TASK,
    "DescribeContentReviewTemplates": DESCRIBE_CONTENT_REVIEW_TEMPLATES,
    "DescribeDesignTask": DESCRIBE_DESIGN_TASK,
    "DescribeGroupAttachFlowsById": DESCRIBE_GROUP_ATTACH_FLOWS_BY_ID,
    "DescribeImageSpriteTemplates": DESCRIBE_IMAGE_SPRITE_TEMPLATES,
    "DescribeImageTaskDetail": DESCRIBE_IMAGE_TASK_DETAIL,
    "DescribeImageTasks": DESCRIBE_IMAGE_TASKS,
    "DescribeLiveRecordTemplates": DESCRIBE_LIVE_RECORD_TEMPLATES,
    "DescribeMDPMPSUserInfo": DESCRIBE_MDPMPS_USER_INFO,
    "DescribeMediaMetaData": DESCRIBE_MEDIA_META_DATA,
    "DescribePersonSamples": DESCRIBE_PERSON_SAMPLES,
    "DescribeProcessImageTemplates": DESCRIBE_PROCESS_IMAGE_TEMPLATES,
    "DescribeQualityControlTemplates": DESCRIBE_QUALITY_CONTROL_TEMPLATES,
    "DescribeSSAIActivateState": DESCRIBE_SSAI_ACTIVATE_STATE,
    "DescribeSampleSnapshotTemplates": DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES,
    "DescribeSchedules": DESCRIBE_SCHEDULES,
    "DescribeSmartEraseTemplates": DESCRIBE_SMART_ERASE_TEMPLATES,
    "DescribeSmartSubtitleTemplates": DESCRIBE_SMART_SUBTITLE_TEMPLATES,
    "DescribeSnapshotByTimeOffsetTemplates": DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES,
    "DescribeStreamLinkActivateState": DESCRIBE_STREAM_LINK_ACTIVATE_STATE,
    "DescribeStreamLinkEvent": DESCRIBE_STREAM_LINK_EVENT,
    "DescribeStreamLinkEventAttachedFlows": DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS,
    "DescribeStreamLinkEvents": DESCRIBE_STREAM_LINK_EVENTS,
    "DescribeStreamLinkFlow": DESCRIBE_STREAM_LINK_FLOW,
    "DescribeStreamLinkFlowLogs": DESCRIBE_STREAM_LINK_FLOW_LOGS,
    "DescribeStreamLinkFlowMediaStatistics": DESCRIBE_STREAM_LINK_FLOW_MEDIA_STATISTICS,
    "DescribeStreamLinkFlowRealtimeStatus": DESCRIBE_STREAM_LINK_FLOW_REALTIME_STATUS,
    "DescribeStreamLinkFlowSRTStatistics": DESCRIBE_STREAM_LINK_FLOW_SRT_STATISTICS,
    "DescribeStreamLinkFlowStatistics": DESCRIBE_STREAM_LINK_FLOW_STATISTICS,
    "DescribeStreamLinkFlows": DESCRIBE_STREAM_LINK_FLOWS,
    "DescribeStreamLinkRegions": DESCRIBE_STREAM_LINK_REGIONS,
    "DescribeStreamLinkSecurityGroups": DESCRIBE_STREAM_LINK_SECURITY_GROUPS,
    "DescribeStreamPackageActivateState": DESCRIBE_STREAM_PACKAGE_ACTIVATE_STATE,
    "DescribeStreamPackageLinearAssemblyChannel": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "DescribeStreamPackageLinearAssemblyChannelAlerts": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL_ALERTS,
    "DescribeStreamPackageLinearAssemblyChannels": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS,
    "DescribeStreamPackageLinearAssemblyProgram": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM,
    "DescribeStreamPackageLinearAssemblyProgramSchedules": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES,
    "DescribeStreamPackageLinearAssemblyPrograms": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS,
    "DescribeStreamPackageLinearAssemblyUsage": DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_USAGE,
    "DescribeStreamPackageSSAIChannel": DESCRIBE_STREAM_PACKAGE_SSAI_CHANNEL,
    "DescribeStreamPackageSSAIChannels": DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS,
    "DescribeStreamPackageSSAIUsage": DESCRIBE_STREAM_PACKAGE_SSAI_USAGE,
    "DescribeStreamPackageSource": DESCRIBE_STREAM_PACKAGE_SOURCE,
    "DescribeStreamPackageSourceAlerts": DESCRIBE_STREAM_PACKAGE_SOURCE_ALERTS,
    "DescribeStreamPackageSourceLocation": DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATION,
    "DescribeStreamPackageSourceLocations": DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS,
    "DescribeStreamPackageSources": DESCRIBE_STREAM_PACKAGE_SOURCES,
    "DescribeSubtitleEmbedTemplates": DESCRIBE_SUBTITLE_EMBED_TEMPLATES,
    "DescribeTaskDetail": DESCRIBE_TASK_DETAIL,
    "DescribeTasks": DESCRIBE_TASKS,
    "DescribeTextToSpeechAsyncTask": DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK,
    "DescribeTranscodeTemplates": DESCRIBE_TRANSCODE_TEMPLATES,
    "DescribeUsageData": DESCRIBE_USAGE_DATA,
    "DescribeVideoDatabaseEntryTaskDetail": DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL,
    "DescribeVideoSearchTaskDetail": DESCRIBE_VIDEO_SEARCH_TASK_DETAIL,
    "DescribeVoices": DESCRIBE_VOICES,
    "DescribeWatermarkTemplates": DESCRIBE_WATERMARK_TEMPLATES,
    "DescribeWordSamples": DESCRIBE_WORD_SAMPLES,
    "DescribeWorkflows": DESCRIBE_WORKFLOWS,
    "DesignVoiceAsync": DESIGN_VOICE_ASYNC,
    "DetectVideoSubtitleArea": DETECT_VIDEO_SUBTITLE_AREA,
    "DetectVideoWatermark": DETECT_VIDEO_WATERMARK,
    "DisableSchedule": DISABLE_SCHEDULE,
    "DisableWorkflow": DISABLE_WORKFLOW,
    "DisassociateSecurityGroup": DISASSOCIATE_SECURITY_GROUP,
    "EditMedia": EDIT_MEDIA,
    "EmbeddingData": EMBEDDING_DATA,
    "EnableSchedule": ENABLE_SCHEDULE,
    "EnableWorkflow": ENABLE_WORKFLOW,
    "ExecuteFunction": EXECUTE_FUNCTION,
    "ExtractBlindWatermark": EXTRACT_BLIND_WATERMARK,
    "ManageTask": MANAGE_TASK,
    "ModifyAIAnalysisTemplate": MODIFY_AI_ANALYSIS_TEMPLATE,
    "ModifyAIRecognitionTemplate": MODIFY_AI_RECOGNITION_TEMPLATE,
    "ModifyAdaptiveDynamicStreamingTemplate": MODIFY_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATE,
    "ModifyAnimatedGraphicsTemplate": MODIFY_ANIMATED_GRAPHICS_TEMPLATE,
    "ModifyAsrHotwords": MODIFY_ASR_HOTWORDS,
    "ModifyBlindWatermarkTemplate": MODIFY_BLIND_WATERMARK_TEMPLATE,
    "ModifyContentReviewTemplate": MODIFY_CONTENT_REVIEW_TEMPLATE,
    "ModifyDocToVideoTaskStatus": MODIFY_DOC_TO_VIDEO_TASK_STATUS,
    "ModifyImageSpriteTemplate": MODIFY_IMAGE_SPRITE_TEMPLATE,
    "ModifyLiveRecordTemplate": MODIFY_LIVE_RECORD_TEMPLATE,
    "ModifyPersonSample": MODIFY_PERSON_SAMPLE,
    "ModifyProcessImageTemplate": MODIFY_PROCESS_IMAGE_TEMPLATE,
    "ModifyQualityControlTemplate": MODIFY_QUALITY_CONTROL_TEMPLATE,
    "ModifySampleSnapshotTemplate": MODIFY_SAMPLE_SNAPSHOT_TEMPLATE,
    "ModifySchedule": MODIFY_SCHEDULE,
    "ModifySmartEraseTemplate": MODIFY_SMART_ERASE_TEMPLATE,
    "ModifySmartSubtitleTemplate": MODIFY_SMART_SUBTITLE_TEMPLATE,
    "ModifySnapshotByTimeOffsetTemplate": MODIFY_SNAPSHOT_BY_TIME_OFFSET_TEMPLATE,
    "ModifyStreamLinkEvent": MODIFY_STREAM_LINK_EVENT,
    "ModifyStreamLinkFlow": MODIFY_STREAM_LINK_FLOW,
    "ModifyStreamLinkInput": MODIFY_STREAM_LINK_INPUT,
    "ModifyStreamLinkOutputInfo": MODIFY_STREAM_LINK_OUTPUT_INFO,
    "ModifyStreamLinkSecurityGroup": MODIFY_STREAM_LINK_SECURITY_GROUP,
    "ModifyStreamPackageLinearAssemblyChannel": MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "ModifyStreamPackageLinearAssemblyProgram": MODIFY_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM,
    "ModifyStreamPackageSSAIChannel": MODIFY_STREAM_PACKAGE_SSAI_CHANNEL,
    "ModifyStreamPackageSource": MODIFY_STREAM_PACKAGE_SOURCE,
    "ModifyStreamPackageSourceLocation": MODIFY_STREAM_PACKAGE_SOURCE_LOCATION,
    "ModifySubtitleEmbedTemplate": MODIFY_SUBTITLE_EMBED_TEMPLATE,
    "ModifyTranscodeTemplate": MODIFY_TRANSCODE_TEMPLATE,
    "ModifyWatermarkTemplate": MODIFY_WATERMARK_TEMPLATE,
    "ModifyWordSample": MODIFY_WORD_SAMPLE,
    "ParseLiveStreamProcessNotification": PARSE_LIVE_STREAM_PROCESS_NOTIFICATION,
    "ParseNotification": PARSE_NOTIFICATION,
    "ProcessImage": PROCESS_IMAGE,
    "ProcessLiveStream": PROCESS_LIVE_STREAM,
    "ProcessMedia": PROCESS_MEDIA,
    "QueryHunyuan3DTask": QUERY_HUNYUAN3_D_TASK,
    "QueryProject": QUERY_PROJECT,
    "RecognizeAudio": RECOGNIZE_AUDIO,
    "RecognizeMediaForZhiXue": RECOGNIZE_MEDIA_FOR_ZHI_XUE,
    "ResetWorkflow": RESET_WORKFLOW,
    "StartStreamLinkFlow": START_STREAM_LINK_FLOW,
    "StartStreamPackageLinearAssemblyChannel": START_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "StopStreamLinkFlow": STOP_STREAM_LINK_FLOW,
    "StopStreamPackageLinearAssemblyChannel": STOP_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNEL,
    "SubmitHunyuan3DTask": SUBMIT_HUNYUAN3_D_TASK,
    "SyncDubbing": SYNC_DUBBING,
    "TextToSpeech": TEXT_TO_SPEECH,
    "TextToSpeechAsync": TEXT_TO_SPEECH_ASYNC,
    "TextTranslation": TEXT_TRANSLATION,
    "UpdateProject": UPDATE_PROJECT,
    "UpdateVoice": UPDATE_VOICE,
    "WithdrawsWatermark": WITHDRAWS_WATERMARK,
}
