# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/__init__.py.jinja2 (make generate); do not edit.
"""Typed models of every request and response type of the covered actions: one attrs class each.

Each class lives in a module of its own and is built on first access (``tencent_mps.models.WorkflowTask``
imports ``tencent_mps.models.workflow_task``), so importing this package costs almost nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._registry import MODULES

if TYPE_CHECKING:
    from .action_config_info import ActionConfigInfo
    from .activate_ssai_request import ActivateSSAIRequest
    from .activate_ssai_response import ActivateSSAIResponse
    from .activate_stream_package_request import ActivateStreamPackageRequest
    from .activate_stream_package_response import ActivateStreamPackageResponse
    from .activity import Activity
    from .activity_para import ActivityPara
    from .activity_res_item import ActivityResItem
    from .activity_result import ActivityResult
    from .ad_break_info import AdBreakInfo
    from .adaptive_dynamic_streaming_info_item import AdaptiveDynamicStreamingInfoItem
    from .adaptive_dynamic_streaming_task_input import AdaptiveDynamicStreamingTaskInput
    from .adaptive_dynamic_streaming_template import AdaptiveDynamicStreamingTemplate
    from .adaptive_stream_template import AdaptiveStreamTemplate
    from .add_blind_watermark_config import AddBlindWatermarkConfig
    from .add_on_audio import AddOnAudio
    from .add_on_image_input import AddOnImageInput
    from .add_on_parameter import AddOnParameter
    from .add_on_subtitle import AddOnSubtitle
    from .advanced_super_resolution_config import AdvancedSuperResolutionConfig
    from .agent_store_cos_param import AgentStoreCosParam
    from .ai_analysis_result import AiAnalysisResult
    from .ai_analysis_task_classification_input import AiAnalysisTaskClassificationInput
    from .ai_analysis_task_classification_output import AiAnalysisTaskClassificationOutput
    from .ai_analysis_task_classification_result import AiAnalysisTaskClassificationResult
    from .ai_analysis_task_cover_input import AiAnalysisTaskCoverInput
    from .ai_analysis_task_cover_output import AiAnalysisTaskCoverOutput
    from .ai_analysis_task_cover_result import AiAnalysisTaskCoverResult
    from .ai_analysis_task_cutout_input import AiAnalysisTaskCutoutInput
    from .ai_analysis_task_cutout_output import AiAnalysisTaskCutoutOutput
    from .ai_analysis_task_cutout_result import AiAnalysisTaskCutoutResult
    from .ai_analysis_task_del_logo_input import AiAnalysisTaskDelLogoInput
    from .ai_analysis_task_del_logo_output import AiAnalysisTaskDelLogoOutput
    from .ai_analysis_task_del_logo_result import AiAnalysisTaskDelLogoResult
    from .ai_analysis_task_description_input import AiAnalysisTaskDescriptionInput
    from .ai_analysis_task_description_output import AiAnalysisTaskDescriptionOutput
    from .ai_analysis_task_description_result import AiAnalysisTaskDescriptionResult
    from .ai_analysis_task_dubbing_input import AiAnalysisTaskDubbingInput
    from .ai_analysis_task_dubbing_output import AiAnalysisTaskDubbingOutput
    from .ai_analysis_task_dubbing_result import AiAnalysisTaskDubbingResult
    from .ai_analysis_task_frame_tag_input import AiAnalysisTaskFrameTagInput
    from .ai_analysis_task_frame_tag_output import AiAnalysisTaskFrameTagOutput
    from .ai_analysis_task_frame_tag_result import AiAnalysisTaskFrameTagResult
    from .ai_analysis_task_generic_input import AiAnalysisTaskGenericInput
    from .ai_analysis_task_generic_output import AiAnalysisTaskGenericOutput
    from .ai_analysis_task_generic_result import AiAnalysisTaskGenericResult
    from .ai_analysis_task_head_tail_input import AiAnalysisTaskHeadTailInput
    from .ai_analysis_task_head_tail_output import AiAnalysisTaskHeadTailOutput
    from .ai_analysis_task_head_tail_result import AiAnalysisTaskHeadTailResult
    from .ai_analysis_task_highlight_input import AiAnalysisTaskHighlightInput
    from .ai_analysis_task_highlight_output import AiAnalysisTaskHighlightOutput
    from .ai_analysis_task_highlight_result import AiAnalysisTaskHighlightResult
    from .ai_analysis_task_horizontal_to_vertical_input import (
        AiAnalysisTaskHorizontalToVerticalInput,
    )
    from .ai_analysis_task_horizontal_to_vertical_output import (
        AiAnalysisTaskHorizontalToVerticalOutput,
    )
    from .ai_analysis_task_horizontal_to_vertical_result import (
        AiAnalysisTaskHorizontalToVerticalResult,
    )
    from .ai_analysis_task_input import AiAnalysisTaskInput
    from .ai_analysis_task_reel_input import AiAnalysisTaskReelInput
    from .ai_analysis_task_reel_output import AiAnalysisTaskReelOutput
    from .ai_analysis_task_reel_result import AiAnalysisTaskReelResult
    from .ai_analysis_task_segment_input import AiAnalysisTaskSegmentInput
    from .ai_analysis_task_segment_output import AiAnalysisTaskSegmentOutput
    from .ai_analysis_task_segment_result import AiAnalysisTaskSegmentResult
    from .ai_analysis_task_tag_input import AiAnalysisTaskTagInput
    from .ai_analysis_task_tag_output import AiAnalysisTaskTagOutput
    from .ai_analysis_task_tag_result import AiAnalysisTaskTagResult
    from .ai_analysis_task_video_comprehension_input import AiAnalysisTaskVideoComprehensionInput
    from .ai_analysis_task_video_comprehension_output import AiAnalysisTaskVideoComprehensionOutput
    from .ai_analysis_task_video_comprehension_result import AiAnalysisTaskVideoComprehensionResult
    from .ai_analysis_task_video_remake_input import AiAnalysisTaskVideoRemakeInput
    from .ai_analysis_task_video_remake_output import AiAnalysisTaskVideoRemakeOutput
    from .ai_analysis_task_video_remake_result import AiAnalysisTaskVideoRemakeResult
    from .ai_analysis_template_item import AIAnalysisTemplateItem
    from .ai_compose_config import AiComposeConfig
    from .ai_content_review_result import AiContentReviewResult
    from .ai_content_review_task_input import AiContentReviewTaskInput
    from .ai_cutout_config import AiCutoutConfig
    from .ai_decompose_config import AiDecomposeConfig
    from .ai_drama_input import AiDramaInput
    from .ai_dubbing_task_input import AIDubbingTaskInput
    from .ai_dubbing_task_output import AIDubbingTaskOutput
    from .ai_dubbing_task_result import AIDubbingTaskResult
    from .ai_expansion_config import AiExpansionConfig
    from .ai_fission_input import AiFissionInput
    from .ai_paragraph_info import AiParagraphInfo
    from .ai_poster_suite_config import AiPosterSuiteConfig
    from .ai_quality_control_task_input import AiQualityControlTaskInput
    from .ai_recognition_result import AiRecognitionResult
    from .ai_recognition_task_asr_full_text_result import AiRecognitionTaskAsrFullTextResult
    from .ai_recognition_task_asr_full_text_result_input import (
        AiRecognitionTaskAsrFullTextResultInput,
    )
    from .ai_recognition_task_asr_full_text_result_output import (
        AiRecognitionTaskAsrFullTextResultOutput,
    )
    from .ai_recognition_task_asr_full_text_segment_item import (
        AiRecognitionTaskAsrFullTextSegmentItem,
    )
    from .ai_recognition_task_asr_words_result import AiRecognitionTaskAsrWordsResult
    from .ai_recognition_task_asr_words_result_input import AiRecognitionTaskAsrWordsResultInput
    from .ai_recognition_task_asr_words_result_item import AiRecognitionTaskAsrWordsResultItem
    from .ai_recognition_task_asr_words_result_output import AiRecognitionTaskAsrWordsResultOutput
    from .ai_recognition_task_asr_words_segment_item import AiRecognitionTaskAsrWordsSegmentItem
    from .ai_recognition_task_face_result import AiRecognitionTaskFaceResult
    from .ai_recognition_task_face_result_input import AiRecognitionTaskFaceResultInput
    from .ai_recognition_task_face_result_item import AiRecognitionTaskFaceResultItem
    from .ai_recognition_task_face_result_output import AiRecognitionTaskFaceResultOutput
    from .ai_recognition_task_face_segment_item import AiRecognitionTaskFaceSegmentItem
    from .ai_recognition_task_input import AiRecognitionTaskInput
    from .ai_recognition_task_object_result import AiRecognitionTaskObjectResult
    from .ai_recognition_task_object_result_input import AiRecognitionTaskObjectResultInput
    from .ai_recognition_task_object_result_item import AiRecognitionTaskObjectResultItem
    from .ai_recognition_task_object_result_output import AiRecognitionTaskObjectResultOutput
    from .ai_recognition_task_object_seqment_item import AiRecognitionTaskObjectSeqmentItem
    from .ai_recognition_task_ocr_full_text_result import AiRecognitionTaskOcrFullTextResult
    from .ai_recognition_task_ocr_full_text_result_input import (
        AiRecognitionTaskOcrFullTextResultInput,
    )
    from .ai_recognition_task_ocr_full_text_result_output import (
        AiRecognitionTaskOcrFullTextResultOutput,
    )
    from .ai_recognition_task_ocr_full_text_segment_item import (
        AiRecognitionTaskOcrFullTextSegmentItem,
    )
    from .ai_recognition_task_ocr_full_text_segment_text_item import (
        AiRecognitionTaskOcrFullTextSegmentTextItem,
    )
    from .ai_recognition_task_ocr_words_result import AiRecognitionTaskOcrWordsResult
    from .ai_recognition_task_ocr_words_result_input import AiRecognitionTaskOcrWordsResultInput
    from .ai_recognition_task_ocr_words_result_item import AiRecognitionTaskOcrWordsResultItem
    from .ai_recognition_task_ocr_words_result_output import AiRecognitionTaskOcrWordsResultOutput
    from .ai_recognition_task_ocr_words_segment_item import AiRecognitionTaskOcrWordsSegmentItem
    from .ai_recognition_task_trans_text_result import AiRecognitionTaskTransTextResult
    from .ai_recognition_task_trans_text_result_input import AiRecognitionTaskTransTextResultInput
    from .ai_recognition_task_trans_text_result_output import AiRecognitionTaskTransTextResultOutput
    from .ai_recognition_task_trans_text_segment_item import AiRecognitionTaskTransTextSegmentItem
    from .ai_recognition_template_item import AIRecognitionTemplateItem
    from .ai_restoration_config import AiRestorationConfig
    from .ai_review_political_asr_task_input import AiReviewPoliticalAsrTaskInput
    from .ai_review_political_asr_task_output import AiReviewPoliticalAsrTaskOutput
    from .ai_review_political_ocr_task_input import AiReviewPoliticalOcrTaskInput
    from .ai_review_political_ocr_task_output import AiReviewPoliticalOcrTaskOutput
    from .ai_review_political_task_input import AiReviewPoliticalTaskInput
    from .ai_review_political_task_output import AiReviewPoliticalTaskOutput
    from .ai_review_porn_asr_task_input import AiReviewPornAsrTaskInput
    from .ai_review_porn_asr_task_output import AiReviewPornAsrTaskOutput
    from .ai_review_porn_ocr_task_input import AiReviewPornOcrTaskInput
    from .ai_review_porn_ocr_task_output import AiReviewPornOcrTaskOutput
    from .ai_review_porn_task_input import AiReviewPornTaskInput
    from .ai_review_porn_task_output import AiReviewPornTaskOutput
    from .ai_review_prohibited_asr_task_input import AiReviewProhibitedAsrTaskInput
    from .ai_review_prohibited_asr_task_output import AiReviewProhibitedAsrTaskOutput
    from .ai_review_prohibited_ocr_task_input import AiReviewProhibitedOcrTaskInput
    from .ai_review_prohibited_ocr_task_output import AiReviewProhibitedOcrTaskOutput
    from .ai_review_task_political_asr_result import AiReviewTaskPoliticalAsrResult
    from .ai_review_task_political_ocr_result import AiReviewTaskPoliticalOcrResult
    from .ai_review_task_political_result import AiReviewTaskPoliticalResult
    from .ai_review_task_porn_asr_result import AiReviewTaskPornAsrResult
    from .ai_review_task_porn_ocr_result import AiReviewTaskPornOcrResult
    from .ai_review_task_porn_result import AiReviewTaskPornResult
    from .ai_review_task_prohibited_asr_result import AiReviewTaskProhibitedAsrResult
    from .ai_review_task_prohibited_ocr_result import AiReviewTaskProhibitedOcrResult
    from .ai_review_task_terrorism_ocr_result import AiReviewTaskTerrorismOcrResult
    from .ai_review_task_terrorism_result import AiReviewTaskTerrorismResult
    from .ai_review_terrorism_ocr_task_input import AiReviewTerrorismOcrTaskInput
    from .ai_review_terrorism_ocr_task_output import AiReviewTerrorismOcrTaskOutput
    from .ai_review_terrorism_task_input import AiReviewTerrorismTaskInput
    from .ai_review_terrorism_task_output import AiReviewTerrorismTaskOutput
    from .ai_sample_face_info import AiSampleFaceInfo
    from .ai_sample_face_operation import AiSampleFaceOperation
    from .ai_sample_fail_face_info import AiSampleFailFaceInfo
    from .ai_sample_person import AiSamplePerson
    from .ai_sample_tag_operation import AiSampleTagOperation
    from .ai_sample_word import AiSampleWord
    from .ai_sample_word_info import AiSampleWordInfo
    from .ai_storyboard_config import AiStoryboardConfig
    from .ai_try_on_config import AiTryOnConfig
    from .aigc_audio_extra_param import AigcAudioExtraParam
    from .aigc_audio_output_audio_info import AigcAudioOutputAudioInfo
    from .aigc_audio_output_video_info import AigcAudioOutputVideoInfo
    from .aigc_audio_reference_audio_info import AigcAudioReferenceAudioInfo
    from .aigc_audio_reference_video_info import AigcAudioReferenceVideoInfo
    from .aigc_image_extra_param import AigcImageExtraParam
    from .aigc_image_info import AigcImageInfo
    from .aigc_store_cos_param import AigcStoreCosParam
    from .aigc_task_list_item import AigcTaskListItem
    from .aigc_video_extra_param import AigcVideoExtraParam
    from .aigc_video_reference_audio_info import AigcVideoReferenceAudioInfo
    from .aigc_video_reference_image_info import AigcVideoReferenceImageInfo
    from .aigc_video_reference_subject_info import AigcVideoReferenceSubjectInfo
    from .aigc_video_reference_video_info import AigcVideoReferenceVideoInfo
    from .alias_value_conf import AliasValueConf
    from .animated_graphic_task_input import AnimatedGraphicTaskInput
    from .animated_graphics_template import AnimatedGraphicsTemplate
    from .artifact_repair_config import ArtifactRepairConfig
    from .asr_full_text_configure_info import AsrFullTextConfigureInfo
    from .asr_full_text_configure_info_for_update import AsrFullTextConfigureInfoForUpdate
    from .asr_hot_words_configure import AsrHotWordsConfigure
    from .asr_hotwords_set import AsrHotwordsSet
    from .asr_hotwords_set_item import AsrHotwordsSetItem
    from .asr_words_configure_info import AsrWordsConfigureInfo
    from .asr_words_configure_info_for_update import AsrWordsConfigureInfoForUpdate
    from .assembly_usage_detail import AssemblyUsageDetail
    from .assembly_usage_info import AssemblyUsageInfo
    from .audio_beautify_config import AudioBeautifyConfig
    from .audio_denoise_config import AudioDenoiseConfig
    from .audio_enhance_config import AudioEnhanceConfig
    from .audio_enhance_edit_config import AudioEnhanceEditConfig
    from .audio_separate_config import AudioSeparateConfig
    from .audio_template_info import AudioTemplateInfo
    from .audio_template_info_for_update import AudioTemplateInfoForUpdate
    from .audio_track_channel_info import AudioTrackChannelInfo
    from .aws_s3_file_upload_trigger import AwsS3FileUploadTrigger
    from .aws_sqs import AwsSQS
    from .batch_delete_stream_link_flow_request import BatchDeleteStreamLinkFlowRequest
    from .batch_delete_stream_link_flow_response import BatchDeleteStreamLinkFlowResponse
    from .batch_process_media_request import BatchProcessMediaRequest
    from .batch_process_media_response import BatchProcessMediaResponse
    from .batch_smart_subtitles_result import BatchSmartSubtitlesResult
    from .batch_start_stream_link_flow_request import BatchStartStreamLinkFlowRequest
    from .batch_start_stream_link_flow_response import BatchStartStreamLinkFlowResponse
    from .batch_stop_stream_link_flow_request import BatchStopStreamLinkFlowRequest
    from .batch_stop_stream_link_flow_response import BatchStopStreamLinkFlowResponse
    from .batch_sub_task_result import BatchSubTaskResult
    from .beauty_config import BeautyConfig
    from .beauty_effect_item_config import BeautyEffectItemConfig
    from .beauty_filter_item_config import BeautyFilterItemConfig
    from .blind_watermark_config import BlindWatermarkConfig
    from .blind_watermark_embed_info import BlindWatermarkEmbedInfo
    from .blind_watermark_input import BlindWatermarkInput
    from .blind_watermark_template import BlindWatermarkTemplate
    from .change_voice_request import ChangeVoiceRequest
    from .change_voice_response import ChangeVoiceResponse
    from .channel_alert_resp import ChannelAlertResp
    from .classification_configure_info import ClassificationConfigureInfo
    from .classification_configure_info_for_update import ClassificationConfigureInfoForUpdate
    from .clip_range_info import ClipRangeInfo
    from .clone_viral_aigc import CloneViralAIGC
    from .clone_viral_content import CloneViralContent
    from .clone_viral_cos_info import CloneViralCosInfo
    from .clone_viral_output_option import CloneViralOutputOption
    from .clone_viral_persona import CloneViralPersona
    from .clone_viral_product import CloneViralProduct
    from .clone_viral_request import CloneViralRequest
    from .clone_viral_response import CloneViralResponse
    from .clone_voice_request import CloneVoiceRequest
    from .clone_voice_response import CloneVoiceResponse
    from .color_enhance_config import ColorEnhanceConfig
    from .compose_audio_item import ComposeAudioItem
    from .compose_audio_operation import ComposeAudioOperation
    from .compose_audio_stream import ComposeAudioStream
    from .compose_canvas import ComposeCanvas
    from .compose_empty_item import ComposeEmptyItem
    from .compose_image_item import ComposeImageItem
    from .compose_image_operation import ComposeImageOperation
    from .compose_media_config import ComposeMediaConfig
    from .compose_media_item import ComposeMediaItem
    from .compose_media_track import ComposeMediaTrack
    from .compose_source_media import ComposeSourceMedia
    from .compose_styles import ComposeStyles
    from .compose_subtitle_item import ComposeSubtitleItem
    from .compose_subtitle_style import ComposeSubtitleStyle
    from .compose_target_info import ComposeTargetInfo
    from .compose_track_time import ComposeTrackTime
    from .compose_transition_item import ComposeTransitionItem
    from .compose_transition_operation import ComposeTransitionOperation
    from .compose_video_item import ComposeVideoItem
    from .compose_video_stream import ComposeVideoStream
    from .config_aliases_info import ConfigAliasesInfo
    from .container_diagnose_result_item import ContainerDiagnoseResultItem
    from .content_review_template_item import ContentReviewTemplateItem
    from .cos_file_upload_trigger import CosFileUploadTrigger
    from .cos_input_info import CosInputInfo
    from .cos_output_storage import CosOutputStorage
    from .cover_configure_info import CoverConfigureInfo
    from .cover_configure_info_for_update import CoverConfigureInfoForUpdate
    from .create_adaptive_dynamic_streaming_template_request import (
        CreateAdaptiveDynamicStreamingTemplateRequest,
    )
    from .create_adaptive_dynamic_streaming_template_response import (
        CreateAdaptiveDynamicStreamingTemplateResponse,
    )
    from .create_agent_record_task_request import CreateAgentRecordTaskRequest
    from .create_agent_record_task_response import CreateAgentRecordTaskResponse
    from .create_ai_analysis_template_request import CreateAIAnalysisTemplateRequest
    from .create_ai_analysis_template_response import CreateAIAnalysisTemplateResponse
    from .create_ai_drama_task_request import CreateAiDramaTaskRequest
    from .create_ai_drama_task_response import CreateAiDramaTaskResponse
    from .create_ai_fission_task_request import CreateAiFissionTaskRequest
    from .create_ai_fission_task_response import CreateAiFissionTaskResponse
    from .create_ai_recognition_template_request import CreateAIRecognitionTemplateRequest
    from .create_ai_recognition_template_response import CreateAIRecognitionTemplateResponse
    from .create_aigc_audio_task_request import CreateAigcAudioTaskRequest
    from .create_aigc_audio_task_response import CreateAigcAudioTaskResponse
    from .create_aigc_image_task_request import CreateAigcImageTaskRequest
    from .create_aigc_image_task_response import CreateAigcImageTaskResponse
    from .create_aigc_video_task_request import CreateAigcVideoTaskRequest
    from .create_aigc_video_task_response import CreateAigcVideoTaskResponse
    from .create_animated_graphics_template_request import CreateAnimatedGraphicsTemplateRequest
    from .create_animated_graphics_template_response import CreateAnimatedGraphicsTemplateResponse
    from .create_asr_hotwords_request import CreateAsrHotwordsRequest
    from .create_asr_hotwords_response import CreateAsrHotwordsResponse
    from .create_blind_watermark_template_request import CreateBlindWatermarkTemplateRequest
    from .create_blind_watermark_template_response import CreateBlindWatermarkTemplateResponse
    from .create_content_review_template_request import CreateContentReviewTemplateRequest
    from .create_content_review_template_response import CreateContentReviewTemplateResponse
    from .create_doc_to_video_task_request import CreateDocToVideoTaskRequest
    from .create_doc_to_video_task_response import CreateDocToVideoTaskResponse
    from .create_image_config import CreateImageConfig
    from .create_image_sprite_template_request import CreateImageSpriteTemplateRequest
    from .create_image_sprite_template_response import CreateImageSpriteTemplateResponse
    from .create_input import CreateInput
    from .create_input_hls_pull_settings import CreateInputHLSPullSettings
    from .create_input_rist_settings import CreateInputRISTSettings
    from .create_input_rtmp_pull_settings import CreateInputRTMPPullSettings
    from .create_input_rtp_settings import CreateInputRTPSettings
    from .create_input_rtsp_pull_settings import CreateInputRTSPPullSettings
    from .create_input_srt_settings import CreateInputSRTSettings
    from .create_live_record_template_request import CreateLiveRecordTemplateRequest
    from .create_live_record_template_response import CreateLiveRecordTemplateResponse
    from .create_media_evaluation_request import CreateMediaEvaluationRequest
    from .create_media_evaluation_response import CreateMediaEvaluationResponse
    from .create_output_info import CreateOutputInfo
    from .create_output_info_rtp_settings import CreateOutputInfoRTPSettings
    from .create_output_rist_settings import CreateOutputRistSettings
    from .create_output_rtmp_settings import CreateOutputRTMPSettings
    from .create_output_rtmp_settings_destinations import CreateOutputRtmpSettingsDestinations
    from .create_output_rtp_settings_destinations import CreateOutputRTPSettingsDestinations
    from .create_output_srt_settings import CreateOutputSRTSettings
    from .create_output_srt_settings_destinations import CreateOutputSRTSettingsDestinations
    from .create_person_sample_request import CreatePersonSampleRequest
    from .create_person_sample_response import CreatePersonSampleResponse
    from .create_process_image_template_request import CreateProcessImageTemplateRequest
    from .create_process_image_template_response import CreateProcessImageTemplateResponse
    from .create_project_request import CreateProjectRequest
    from .create_project_response import CreateProjectResponse
    from .create_quality_control_template_request import CreateQualityControlTemplateRequest
    from .create_quality_control_template_response import CreateQualityControlTemplateResponse
    from .create_sample_snapshot_template_request import CreateSampleSnapshotTemplateRequest
    from .create_sample_snapshot_template_response import CreateSampleSnapshotTemplateResponse
    from .create_schedule_request import CreateScheduleRequest
    from .create_schedule_response import CreateScheduleResponse
    from .create_smart_erase_template_request import CreateSmartEraseTemplateRequest
    from .create_smart_erase_template_response import CreateSmartEraseTemplateResponse
    from .create_smart_subtitle_template_request import CreateSmartSubtitleTemplateRequest
    from .create_smart_subtitle_template_response import CreateSmartSubtitleTemplateResponse
    from .create_snapshot_by_time_offset_template_request import (
        CreateSnapshotByTimeOffsetTemplateRequest,
    )
    from .create_snapshot_by_time_offset_template_response import (
        CreateSnapshotByTimeOffsetTemplateResponse,
    )
    from .create_stream_link_event_request import CreateStreamLinkEventRequest
    from .create_stream_link_event_response import CreateStreamLinkEventResponse
    from .create_stream_link_flow_request import CreateStreamLinkFlowRequest
    from .create_stream_link_flow_response import CreateStreamLinkFlowResponse
    from .create_stream_link_input_request import CreateStreamLinkInputRequest
    from .create_stream_link_input_response import CreateStreamLinkInputResponse
    from .create_stream_link_output_info_request import CreateStreamLinkOutputInfoRequest
    from .create_stream_link_output_info_response import CreateStreamLinkOutputInfoResponse
    from .create_stream_link_security_group_request import CreateStreamLinkSecurityGroupRequest
    from .create_stream_link_security_group_response import CreateStreamLinkSecurityGroupResponse
    from .create_stream_package_linear_assembly_channel_request import (
        CreateStreamPackageLinearAssemblyChannelRequest,
    )
    from .create_stream_package_linear_assembly_channel_response import (
        CreateStreamPackageLinearAssemblyChannelResponse,
    )
    from .create_stream_package_linear_assembly_program_request import (
        CreateStreamPackageLinearAssemblyProgramRequest,
    )
    from .create_stream_package_linear_assembly_program_response import (
        CreateStreamPackageLinearAssemblyProgramResponse,
    )
    from .create_stream_package_source_location_request import (
        CreateStreamPackageSourceLocationRequest,
    )
    from .create_stream_package_source_location_response import (
        CreateStreamPackageSourceLocationResponse,
    )
    from .create_stream_package_source_request import CreateStreamPackageSourceRequest
    from .create_stream_package_source_response import CreateStreamPackageSourceResponse
    from .create_stream_package_ssai_channel_request import CreateStreamPackageSSAIChannelRequest
    from .create_stream_package_ssai_channel_response import CreateStreamPackageSSAIChannelResponse
    from .create_subtitle_embed_template_request import CreateSubtitleEmbedTemplateRequest
    from .create_subtitle_embed_template_response import CreateSubtitleEmbedTemplateResponse
    from .create_transcode_template_request import CreateTranscodeTemplateRequest
    from .create_transcode_template_response import CreateTranscodeTemplateResponse
    from .create_video_database_entry_task_request import CreateVideoDatabaseEntryTaskRequest
    from .create_video_database_entry_task_response import CreateVideoDatabaseEntryTaskResponse
    from .create_video_redraw_task_request import CreateVideoRedrawTaskRequest
    from .create_video_redraw_task_response import CreateVideoRedrawTaskResponse
    from .create_video_search_task_request import CreateVideoSearchTaskRequest
    from .create_video_search_task_response import CreateVideoSearchTaskResponse
    from .create_watermark_template_request import CreateWatermarkTemplateRequest
    from .create_watermark_template_response import CreateWatermarkTemplateResponse
    from .create_word_samples_request import CreateWordSamplesRequest
    from .create_word_samples_response import CreateWordSamplesResponse
    from .create_workflow_request import CreateWorkflowRequest
    from .create_workflow_response import CreateWorkflowResponse
    from .custom_model import CustomModel
    from .custom_variable import CustomVariable
    from .dash_manifest_info import DashManifestInfo
    from .delete_adaptive_dynamic_streaming_template_request import (
        DeleteAdaptiveDynamicStreamingTemplateRequest,
    )
    from .delete_adaptive_dynamic_streaming_template_response import (
        DeleteAdaptiveDynamicStreamingTemplateResponse,
    )
    from .delete_ai_analysis_template_request import DeleteAIAnalysisTemplateRequest
    from .delete_ai_analysis_template_response import DeleteAIAnalysisTemplateResponse
    from .delete_ai_recognition_template_request import DeleteAIRecognitionTemplateRequest
    from .delete_ai_recognition_template_response import DeleteAIRecognitionTemplateResponse
    from .delete_animated_graphics_template_request import DeleteAnimatedGraphicsTemplateRequest
    from .delete_animated_graphics_template_response import DeleteAnimatedGraphicsTemplateResponse
    from .delete_asr_hotwords_request import DeleteAsrHotwordsRequest
    from .delete_asr_hotwords_response import DeleteAsrHotwordsResponse
    from .delete_blind_watermark_template_request import DeleteBlindWatermarkTemplateRequest
    from .delete_blind_watermark_template_response import DeleteBlindWatermarkTemplateResponse
    from .delete_content_review_template_request import DeleteContentReviewTemplateRequest
    from .delete_content_review_template_response import DeleteContentReviewTemplateResponse
    from .delete_image_sprite_template_request import DeleteImageSpriteTemplateRequest
    from .delete_image_sprite_template_response import DeleteImageSpriteTemplateResponse
    from .delete_live_record_template_request import DeleteLiveRecordTemplateRequest
    from .delete_live_record_template_response import DeleteLiveRecordTemplateResponse
    from .delete_person_sample_request import DeletePersonSampleRequest
    from .delete_person_sample_response import DeletePersonSampleResponse
    from .delete_process_image_template_request import DeleteProcessImageTemplateRequest
    from .delete_process_image_template_response import DeleteProcessImageTemplateResponse
    from .delete_project_request import DeleteProjectRequest
    from .delete_project_response import DeleteProjectResponse
    from .delete_quality_control_template_request import DeleteQualityControlTemplateRequest
    from .delete_quality_control_template_response import DeleteQualityControlTemplateResponse
    from .delete_sample_snapshot_template_request import DeleteSampleSnapshotTemplateRequest
    from .delete_sample_snapshot_template_response import DeleteSampleSnapshotTemplateResponse
    from .delete_schedule_request import DeleteScheduleRequest
    from .delete_schedule_response import DeleteScheduleResponse
    from .delete_smart_erase_template_request import DeleteSmartEraseTemplateRequest
    from .delete_smart_erase_template_response import DeleteSmartEraseTemplateResponse
    from .delete_smart_subtitle_template_request import DeleteSmartSubtitleTemplateRequest
    from .delete_smart_subtitle_template_response import DeleteSmartSubtitleTemplateResponse
    from .delete_snapshot_by_time_offset_template_request import (
        DeleteSnapshotByTimeOffsetTemplateRequest,
    )
    from .delete_snapshot_by_time_offset_template_response import (
        DeleteSnapshotByTimeOffsetTemplateResponse,
    )
    from .delete_stream_link_event_request import DeleteStreamLinkEventRequest
    from .delete_stream_link_event_response import DeleteStreamLinkEventResponse
    from .delete_stream_link_flow_request import DeleteStreamLinkFlowRequest
    from .delete_stream_link_flow_response import DeleteStreamLinkFlowResponse
    from .delete_stream_link_output_request import DeleteStreamLinkOutputRequest
    from .delete_stream_link_output_response import DeleteStreamLinkOutputResponse
    from .delete_stream_link_security_group_request import DeleteStreamLinkSecurityGroupRequest
    from .delete_stream_link_security_group_response import DeleteStreamLinkSecurityGroupResponse
    from .delete_stream_package_linear_assembly_channel_request import (
        DeleteStreamPackageLinearAssemblyChannelRequest,
    )
    from .delete_stream_package_linear_assembly_channel_response import (
        DeleteStreamPackageLinearAssemblyChannelResponse,
    )
    from .delete_stream_package_linear_assembly_channels_request import (
        DeleteStreamPackageLinearAssemblyChannelsRequest,
    )
    from .delete_stream_package_linear_assembly_channels_response import (
        DeleteStreamPackageLinearAssemblyChannelsResponse,
    )
    from .delete_stream_package_linear_assembly_program_request import (
        DeleteStreamPackageLinearAssemblyProgramRequest,
    )
    from .delete_stream_package_linear_assembly_program_response import (
        DeleteStreamPackageLinearAssemblyProgramResponse,
    )
    from .delete_stream_package_linear_assembly_programs_by_channel_request import (
        DeleteStreamPackageLinearAssemblyProgramsByChannelRequest,
    )
    from .delete_stream_package_linear_assembly_programs_by_channel_response import (
        DeleteStreamPackageLinearAssemblyProgramsByChannelResponse,
    )
    from .delete_stream_package_linear_assembly_programs_request import (
        DeleteStreamPackageLinearAssemblyProgramsRequest,
    )
    from .delete_stream_package_linear_assembly_programs_response import (
        DeleteStreamPackageLinearAssemblyProgramsResponse,
    )
    from .delete_stream_package_source_location_request import (
        DeleteStreamPackageSourceLocationRequest,
    )
    from .delete_stream_package_source_location_response import (
        DeleteStreamPackageSourceLocationResponse,
    )
    from .delete_stream_package_source_request import DeleteStreamPackageSourceRequest
    from .delete_stream_package_source_response import DeleteStreamPackageSourceResponse
    from .delete_stream_package_ssai_channel_request import DeleteStreamPackageSSAIChannelRequest
    from .delete_stream_package_ssai_channel_response import DeleteStreamPackageSSAIChannelResponse
    from .delete_subtitle_embed_template_request import DeleteSubtitleEmbedTemplateRequest
    from .delete_subtitle_embed_template_response import DeleteSubtitleEmbedTemplateResponse
    from .delete_transcode_template_request import DeleteTranscodeTemplateRequest
    from .delete_transcode_template_response import DeleteTranscodeTemplateResponse
    from .delete_voice_request import DeleteVoiceRequest
    from .delete_voice_response import DeleteVoiceResponse
    from .delete_watermark_template_request import DeleteWatermarkTemplateRequest
    from .delete_watermark_template_response import DeleteWatermarkTemplateResponse
    from .delete_word_samples_request import DeleteWordSamplesRequest
    from .delete_word_samples_response import DeleteWordSamplesResponse
    from .delete_workflow_request import DeleteWorkflowRequest
    from .delete_workflow_response import DeleteWorkflowResponse
    from .describe_adaptive_dynamic_streaming_templates_request import (
        DescribeAdaptiveDynamicStreamingTemplatesRequest,
    )
    from .describe_adaptive_dynamic_streaming_templates_response import (
        DescribeAdaptiveDynamicStreamingTemplatesResponse,
    )
    from .describe_agent_record_task_request import DescribeAgentRecordTaskRequest
    from .describe_agent_record_task_response import DescribeAgentRecordTaskResponse
    from .describe_ai_analysis_templates_request import DescribeAIAnalysisTemplatesRequest
    from .describe_ai_analysis_templates_response import DescribeAIAnalysisTemplatesResponse
    from .describe_ai_recognition_templates_request import DescribeAIRecognitionTemplatesRequest
    from .describe_ai_recognition_templates_response import DescribeAIRecognitionTemplatesResponse
    from .describe_aigc_audio_task_request import DescribeAigcAudioTaskRequest
    from .describe_aigc_audio_task_response import DescribeAigcAudioTaskResponse
    from .describe_aigc_image_task_request import DescribeAigcImageTaskRequest
    from .describe_aigc_image_task_response import DescribeAigcImageTaskResponse
    from .describe_aigc_task_list_request import DescribeAigcTaskListRequest
    from .describe_aigc_task_list_response import DescribeAigcTaskListResponse
    from .describe_aigc_task_status_request import DescribeAigcTaskStatusRequest
    from .describe_aigc_task_status_response import DescribeAigcTaskStatusResponse
    from .describe_aigc_video_task_request import DescribeAigcVideoTaskRequest
    from .describe_aigc_video_task_response import DescribeAigcVideoTaskResponse
    from .describe_animated_graphics_templates_request import (
        DescribeAnimatedGraphicsTemplatesRequest,
    )
    from .describe_animated_graphics_templates_response import (
        DescribeAnimatedGraphicsTemplatesResponse,
    )
    from .describe_asr_hotwords_list_request import DescribeAsrHotwordsListRequest
    from .describe_asr_hotwords_list_response import DescribeAsrHotwordsListResponse
    from .describe_asr_hotwords_request import DescribeAsrHotwordsRequest
    from .describe_asr_hotwords_response import DescribeAsrHotwordsResponse
    from .describe_batch_task_detail_request import DescribeBatchTaskDetailRequest
    from .describe_batch_task_detail_response import DescribeBatchTaskDetailResponse
    from .describe_blind_watermark_templates_request import DescribeBlindWatermarkTemplatesRequest
    from .describe_blind_watermark_templates_response import DescribeBlindWatermarkTemplatesResponse
    from .describe_clone_viral_task_request import DescribeCloneViralTaskRequest
    from .describe_clone_viral_task_response import DescribeCloneViralTaskResponse
    from .describe_content_review_templates_request import DescribeContentReviewTemplatesRequest
    from .describe_content_review_templates_response import DescribeContentReviewTemplatesResponse
    from .describe_design_task_request import DescribeDesignTaskRequest
    from .describe_design_task_response import DescribeDesignTaskResponse
    from .describe_event import DescribeEvent
    from .describe_flow import DescribeFlow
    from .describe_flow_id import DescribeFlowId
    from .describe_group_attach_flows_by_id_request import DescribeGroupAttachFlowsByIdRequest
    from .describe_group_attach_flows_by_id_response import DescribeGroupAttachFlowsByIdResponse
    from .describe_hls_pull_source_address import DescribeHLSPullSourceAddress
    from .describe_image_sprite_templates_request import DescribeImageSpriteTemplatesRequest
    from .describe_image_sprite_templates_response import DescribeImageSpriteTemplatesResponse
    from .describe_image_task_detail_request import DescribeImageTaskDetailRequest
    from .describe_image_task_detail_response import DescribeImageTaskDetailResponse
    from .describe_image_tasks_request import DescribeImageTasksRequest
    from .describe_image_tasks_response import DescribeImageTasksResponse
    from .describe_input import DescribeInput
    from .describe_input_hls_pull_settings import DescribeInputHLSPullSettings
    from .describe_input_rist_settings import DescribeInputRISTSettings
    from .describe_input_rtmp_pull_settings import DescribeInputRTMPPullSettings
    from .describe_input_rtmp_settings import DescribeInputRTMPSettings
    from .describe_input_rtp_settings import DescribeInputRTPSettings
    from .describe_input_rtsp_pull_settings import DescribeInputRTSPPullSettings
    from .describe_input_srt_settings import DescribeInputSRTSettings
    from .describe_live_record_templates_request import DescribeLiveRecordTemplatesRequest
    from .describe_live_record_templates_response import DescribeLiveRecordTemplatesResponse
    from .describe_mdpmps_user_info_request import DescribeMDPMPSUserInfoRequest
    from .describe_mdpmps_user_info_response import DescribeMDPMPSUserInfoResponse
    from .describe_media_meta_data_request import DescribeMediaMetaDataRequest
    from .describe_media_meta_data_response import DescribeMediaMetaDataResponse
    from .describe_output import DescribeOutput
    from .describe_output_hls_pull_server_url import DescribeOutputHLSPullServerUrl
    from .describe_output_hls_pull_settings import DescribeOutputHLSPullSettings
    from .describe_output_rist_settings import DescribeOutputRISTSettings
    from .describe_output_rtmp_pull_server_url import DescribeOutputRTMPPullServerUrl
    from .describe_output_rtmp_pull_settings import DescribeOutputRTMPPullSettings
    from .describe_output_rtmp_settings import DescribeOutputRTMPSettings
    from .describe_output_rtp_settings import DescribeOutputRTPSettings
    from .describe_output_rtsp_pull_server_url import DescribeOutputRTSPPullServerUrl
    from .describe_output_rtsp_pull_settings import DescribeOutputRTSPPullSettings
    from .describe_output_srt_settings import DescribeOutputSRTSettings
    from .describe_person_samples_request import DescribePersonSamplesRequest
    from .describe_person_samples_response import DescribePersonSamplesResponse
    from .describe_process_image_templates_request import DescribeProcessImageTemplatesRequest
    from .describe_process_image_templates_response import DescribeProcessImageTemplatesResponse
    from .describe_quality_control_templates_request import DescribeQualityControlTemplatesRequest
    from .describe_quality_control_templates_response import DescribeQualityControlTemplatesResponse
    from .describe_rtmp_pull_source_address import DescribeRTMPPullSourceAddress
    from .describe_rtsp_pull_source_address import DescribeRTSPPullSourceAddress
    from .describe_sample_snapshot_templates_request import DescribeSampleSnapshotTemplatesRequest
    from .describe_sample_snapshot_templates_response import DescribeSampleSnapshotTemplatesResponse
    from .describe_schedules_request import DescribeSchedulesRequest
    from .describe_schedules_response import DescribeSchedulesResponse
    from .describe_smart_erase_templates_request import DescribeSmartEraseTemplatesRequest
    from .describe_smart_erase_templates_response import DescribeSmartEraseTemplatesResponse
    from .describe_smart_subtitle_templates_request import DescribeSmartSubtitleTemplatesRequest
    from .describe_smart_subtitle_templates_response import DescribeSmartSubtitleTemplatesResponse
    from .describe_snapshot_by_time_offset_templates_request import (
        DescribeSnapshotByTimeOffsetTemplatesRequest,
    )
    from .describe_snapshot_by_time_offset_templates_response import (
        DescribeSnapshotByTimeOffsetTemplatesResponse,
    )
    from .describe_ssai_activate_state_request import DescribeSSAIActivateStateRequest
    from .describe_ssai_activate_state_response import DescribeSSAIActivateStateResponse
    from .describe_stream_link_activate_state_request import DescribeStreamLinkActivateStateRequest
    from .describe_stream_link_activate_state_response import (
        DescribeStreamLinkActivateStateResponse,
    )
    from .describe_stream_link_event_attached_flows_request import (
        DescribeStreamLinkEventAttachedFlowsRequest,
    )
    from .describe_stream_link_event_attached_flows_response import (
        DescribeStreamLinkEventAttachedFlowsResponse,
    )
    from .describe_stream_link_event_request import DescribeStreamLinkEventRequest
    from .describe_stream_link_event_response import DescribeStreamLinkEventResponse
    from .describe_stream_link_events_request import DescribeStreamLinkEventsRequest
    from .describe_stream_link_events_response import DescribeStreamLinkEventsResponse
    from .describe_stream_link_flow_logs_request import DescribeStreamLinkFlowLogsRequest
    from .describe_stream_link_flow_logs_response import DescribeStreamLinkFlowLogsResponse
    from .describe_stream_link_flow_media_statistics_request import (
        DescribeStreamLinkFlowMediaStatisticsRequest,
    )
    from .describe_stream_link_flow_media_statistics_response import (
        DescribeStreamLinkFlowMediaStatisticsResponse,
    )
    from .describe_stream_link_flow_realtime_status_request import (
        DescribeStreamLinkFlowRealtimeStatusRequest,
    )
    from .describe_stream_link_flow_realtime_status_response import (
        DescribeStreamLinkFlowRealtimeStatusResponse,
    )
    from .describe_stream_link_flow_request import DescribeStreamLinkFlowRequest
    from .describe_stream_link_flow_response import DescribeStreamLinkFlowResponse
    from .describe_stream_link_flow_srt_statistics_request import (
        DescribeStreamLinkFlowSRTStatisticsRequest,
    )
    from .describe_stream_link_flow_srt_statistics_response import (
        DescribeStreamLinkFlowSRTStatisticsResponse,
    )
    from .describe_stream_link_flow_statistics_request import (
        DescribeStreamLinkFlowStatisticsRequest,
    )
    from .describe_stream_link_flow_statistics_response import (
        DescribeStreamLinkFlowStatisticsResponse,
    )
    from .describe_stream_link_flows_request import DescribeStreamLinkFlowsRequest
    from .describe_stream_link_flows_response import DescribeStreamLinkFlowsResponse
    from .describe_stream_link_regions_request import DescribeStreamLinkRegionsRequest
    from .describe_stream_link_regions_response import DescribeStreamLinkRegionsResponse
    from .describe_stream_link_security_groups_request import (
        DescribeStreamLinkSecurityGroupsRequest,
    )
    from .describe_stream_link_security_groups_response import (
        DescribeStreamLinkSecurityGroupsResponse,
    )
    from .describe_stream_package_activate_state_request import (
        DescribeStreamPackageActivateStateRequest,
    )
    from .describe_stream_package_activate_state_response import (
        DescribeStreamPackageActivateStateResponse,
    )
    from .describe_stream_package_linear_assembly_channel_alerts_request import (
        DescribeStreamPackageLinearAssemblyChannelAlertsRequest,
    )
    from .describe_stream_package_linear_assembly_channel_alerts_response import (
        DescribeStreamPackageLinearAssemblyChannelAlertsResponse,
    )
    from .describe_stream_package_linear_assembly_channel_request import (
        DescribeStreamPackageLinearAssemblyChannelRequest,
    )
    from .describe_stream_package_linear_assembly_channel_response import (
        DescribeStreamPackageLinearAssemblyChannelResponse,
    )
    from .describe_stream_package_linear_assembly_channels_request import (
        DescribeStreamPackageLinearAssemblyChannelsRequest,
    )
    from .describe_stream_package_linear_assembly_channels_response import (
        DescribeStreamPackageLinearAssemblyChannelsResponse,
    )
    from .describe_stream_package_linear_assembly_program_request import (
        DescribeStreamPackageLinearAssemblyProgramRequest,
    )
    from .describe_stream_package_linear_assembly_program_response import (
        DescribeStreamPackageLinearAssemblyProgramResponse,
    )
    from .describe_stream_package_linear_assembly_program_schedules_request import (
        DescribeStreamPackageLinearAssemblyProgramSchedulesRequest,
    )
    from .describe_stream_package_linear_assembly_program_schedules_response import (
        DescribeStreamPackageLinearAssemblyProgramSchedulesResponse,
    )
    from .describe_stream_package_linear_assembly_programs_request import (
        DescribeStreamPackageLinearAssemblyProgramsRequest,
    )
    from .describe_stream_package_linear_assembly_programs_response import (
        DescribeStreamPackageLinearAssemblyProgramsResponse,
    )
    from .describe_stream_package_linear_assembly_usage_request import (
        DescribeStreamPackageLinearAssemblyUsageRequest,
    )
    from .describe_stream_package_linear_assembly_usage_response import (
        DescribeStreamPackageLinearAssemblyUsageResponse,
    )
    from .describe_stream_package_source_alerts_request import (
        DescribeStreamPackageSourceAlertsRequest,
    )
    from .describe_stream_package_source_alerts_response import (
        DescribeStreamPackageSourceAlertsResponse,
    )
    from .describe_stream_package_source_location_request import (
        DescribeStreamPackageSourceLocationRequest,
    )
    from .describe_stream_package_source_location_response import (
        DescribeStreamPackageSourceLocationResponse,
    )
    from .describe_stream_package_source_locations_request import (
        DescribeStreamPackageSourceLocationsRequest,
    )
    from .describe_stream_package_source_locations_response import (
        DescribeStreamPackageSourceLocationsResponse,
    )
    from .describe_stream_package_source_request import DescribeStreamPackageSourceRequest
    from .describe_stream_package_source_response import DescribeStreamPackageSourceResponse
    from .describe_stream_package_sources_request import DescribeStreamPackageSourcesRequest
    from .describe_stream_package_sources_response import DescribeStreamPackageSourcesResponse
    from .describe_stream_package_ssai_channel_request import (
        DescribeStreamPackageSSAIChannelRequest,
    )
    from .describe_stream_package_ssai_channel_response import (
        DescribeStreamPackageSSAIChannelResponse,
    )
    from .describe_stream_package_ssai_channels_request import (
        DescribeStreamPackageSSAIChannelsRequest,
    )
    from .describe_stream_package_ssai_channels_response import (
        DescribeStreamPackageSSAIChannelsResponse,
    )
    from .describe_stream_package_ssai_usage_request import DescribeStreamPackageSSAIUsageRequest
    from .describe_stream_package_ssai_usage_response import DescribeStreamPackageSSAIUsageResponse
    from .describe_subtitle_embed_templates_request import DescribeSubtitleEmbedTemplatesRequest
    from .describe_subtitle_embed_templates_response import DescribeSubtitleEmbedTemplatesResponse
    from .describe_task_detail_request import DescribeTaskDetailRequest
    from .describe_task_detail_response import DescribeTaskDetailResponse
    from .describe_tasks_request import DescribeTasksRequest
    from .describe_tasks_response import DescribeTasksResponse
    from .describe_text_to_speech_async_task_request import DescribeTextToSpeechAsyncTaskRequest
    from .describe_text_to_speech_async_task_response import DescribeTextToSpeechAsyncTaskResponse
    from .describe_transcode_templates_request import DescribeTranscodeTemplatesRequest
    from .describe_transcode_templates_response import DescribeTranscodeTemplatesResponse
    from .describe_usage_data_request import DescribeUsageDataRequest
    from .describe_usage_data_response import DescribeUsageDataResponse
    from .describe_video_database_entry_task_detail_request import (
        DescribeVideoDatabaseEntryTaskDetailRequest,
    )
    from .describe_video_database_entry_task_detail_response import (
        DescribeVideoDatabaseEntryTaskDetailResponse,
    )
    from .describe_video_search_task_detail_request import DescribeVideoSearchTaskDetailRequest
    from .describe_video_search_task_detail_response import DescribeVideoSearchTaskDetailResponse
    from .describe_voices_request import DescribeVoicesRequest
    from .describe_voices_response import DescribeVoicesResponse
    from .describe_watermark_templates_request import DescribeWatermarkTemplatesRequest
    from .describe_watermark_templates_response import DescribeWatermarkTemplatesResponse
    from .describe_word_samples_request import DescribeWordSamplesRequest
    from .describe_word_samples_response import DescribeWordSamplesResponse
    from .describe_workflows_request import DescribeWorkflowsRequest
    from .describe_workflows_response import DescribeWorkflowsResponse
    from .design_voice_async_request import DesignVoiceAsyncRequest
    from .design_voice_async_response import DesignVoiceAsyncResponse
    from .detect_video_subtitle_area_request import DetectVideoSubtitleAreaRequest
    from .detect_video_subtitle_area_response import DetectVideoSubtitleAreaResponse
    from .detect_video_watermark_request import DetectVideoWatermarkRequest
    from .detect_video_watermark_response import DetectVideoWatermarkResponse
    from .diagnose_result import DiagnoseResult
    from .diffusion_enhance_config import DiffusionEnhanceConfig
    from .diffusion_enhance_v2_config import DiffusionEnhanceV2Config
    from .disable_schedule_request import DisableScheduleRequest
    from .disable_schedule_response import DisableScheduleResponse
    from .disable_workflow_request import DisableWorkflowRequest
    from .disable_workflow_response import DisableWorkflowResponse
    from .disassociate_security_group_request import DisassociateSecurityGroupRequest
    from .disassociate_security_group_response import DisassociateSecurityGroupResponse
    from .doc_to_video_background_info import DocToVideoBackgroundInfo
    from .doc_to_video_cos_info import DocToVideoCosInfo
    from .doc_to_video_input import DocToVideoInput
    from .doc_to_video_regenerate_input import DocToVideoRegenerateInput
    from .doc_to_video_watermark_info import DocToVideoWatermarkInfo
    from .drm_info import DrmInfo
    from .dst_subtitle_input import DstSubtitleInput
    from .dubbing_config import DubbingConfig
    from .dubbing_embed_subtitle_config import DubbingEmbedSubtitleConfig
    from .dubbing_output_config import DubbingOutputConfig
    from .dubbing_subtitle_config import DubbingSubtitleConfig
    from .dubbing_translate_config import DubbingTranslateConfig
    from .edit_media_file_info import EditMediaFileInfo
    from .edit_media_output_config import EditMediaOutputConfig
    from .edit_media_request import EditMediaRequest
    from .edit_media_response import EditMediaResponse
    from .edit_media_task import EditMediaTask
    from .edit_media_task_input import EditMediaTaskInput
    from .edit_media_task_output import EditMediaTaskOutput
    from .embedding_data import EmbeddingData
    from .embedding_data_request import EmbeddingDataRequest
    from .embedding_data_response import EmbeddingDataResponse
    from .embedding_result_item import EmbeddingResultItem
    from .enable_schedule_request import EnableScheduleRequest
    from .enable_schedule_response import EnableScheduleResponse
    from .enable_workflow_request import EnableWorkflowRequest
    from .enable_workflow_response import EnableWorkflowResponse
    from .enhance_config import EnhanceConfig
    from .erase_area import EraseArea
    from .erase_time_area import EraseTimeArea
    from .evaluation_media_input_info import EvaluationMediaInputInfo
    from .evaluation_task_input import EvaluationTaskInput
    from .evaluation_template_input_info import EvaluationTemplateInputInfo
    from .exec_rule_task_data import ExecRuleTaskData
    from .exec_rules_task import ExecRulesTask
    from .execute_function_request import ExecuteFunctionRequest
    from .execute_function_response import ExecuteFunctionResponse
    from .expression_config_info import ExpressionConfigInfo
    from .extract_blind_watermark_config import ExtractBlindWatermarkConfig
    from .extract_blind_watermark_request import ExtractBlindWatermarkRequest
    from .extract_blind_watermark_response import ExtractBlindWatermarkResponse
    from .extract_blind_watermark_task import ExtractBlindWatermarkTask
    from .extract_blind_watermark_task_config import ExtractBlindWatermarkTaskConfig
    from .face_configure_info import FaceConfigureInfo
    from .face_configure_info_for_update import FaceConfigureInfoForUpdate
    from .face_enhance_config import FaceEnhanceConfig
    from .fail_over_option import FailOverOption
    from .file3_d import File3D
    from .fission_task_info import FissionTaskInfo
    from .flow_audio import FlowAudio
    from .flow_in_out_resp import FlowInOutResp
    from .flow_log_info import FlowLogInfo
    from .flow_media_audio import FlowMediaAudio
    from .flow_media_info import FlowMediaInfo
    from .flow_media_video import FlowMediaVideo
    from .flow_realtime_status_common import FlowRealtimeStatusCommon
    from .flow_realtime_status_item import FlowRealtimeStatusItem
    from .flow_realtime_status_rtmp import FlowRealtimeStatusRTMP
    from .flow_realtime_status_rtp import FlowRealtimeStatusRTP
    from .flow_realtime_status_srt import FlowRealtimeStatusSRT
    from .flow_srt_info import FlowSRTInfo
    from .flow_statistics import FlowStatistics
    from .flow_statistics_array import FlowStatisticsArray
    from .flow_video import FlowVideo
    from .frame_rate_config import FrameRateConfig
    from .frame_rate_with_den_config import FrameRateWithDenConfig
    from .frame_tag_configure_info import FrameTagConfigureInfo
    from .frame_tag_configure_info_for_update import FrameTagConfigureInfoForUpdate
    from .hdr_config import HdrConfig
    from .head_tail_parameter import HeadTailParameter
    from .highlight_segment_item import HighlightSegmentItem
    from .hls_configure_info import HLSConfigureInfo
    from .hls_pull_source_address import HLSPullSourceAddress
    from .image_area_box_info import ImageAreaBoxInfo
    from .image_compose_canvas import ImageComposeCanvas
    from .image_compose_layer import ImageComposeLayer
    from .image_denoise_config import ImageDenoiseConfig
    from .image_encode_config import ImageEncodeConfig
    from .image_enhance_config import ImageEnhanceConfig
    from .image_erase_config import ImageEraseConfig
    from .image_erase_logo_config import ImageEraseLogoConfig
    from .image_process_output_config import ImageProcessOutputConfig
    from .image_process_prompt import ImageProcessPrompt
    from .image_process_task_output import ImageProcessTaskOutput
    from .image_process_task_result import ImageProcessTaskResult
    from .image_quality_config import ImageQualityConfig
    from .image_quality_enhance_config import ImageQualityEnhanceConfig
    from .image_resize_config import ImageResizeConfig
    from .image_sprite_task_input import ImageSpriteTaskInput
    from .image_sprite_template import ImageSpriteTemplate
    from .image_task_info import ImageTaskInfo
    from .image_task_input import ImageTaskInput
    from .image_transform_config import ImageTransformConfig
    from .image_watermark_input import ImageWatermarkInput
    from .image_watermark_input_for_update import ImageWatermarkInputForUpdate
    from .image_watermark_template import ImageWatermarkTemplate
    from .input_address import InputAddress
    from .linear_assembly_channel_info import LinearAssemblyChannelInfo
    from .linear_assembly_program_info import LinearAssemblyProgramInfo
    from .live_activity_res_item import LiveActivityResItem
    from .live_activity_result import LiveActivityResult
    from .live_ai_analysis_description_item import LiveAiAnalysisDescriptionItem
    from .live_ai_paragraph_info import LiveAiParagraphInfo
    from .live_record_file import LiveRecordFile
    from .live_record_result import LiveRecordResult
    from .live_record_task_input import LiveRecordTaskInput
    from .live_record_template import LiveRecordTemplate
    from .live_schedule_live_record_task_result import LiveScheduleLiveRecordTaskResult
    from .live_schedule_task import LiveScheduleTask
    from .live_smart_subtitle_result import LiveSmartSubtitleResult
    from .live_smart_subtitles_task_input import LiveSmartSubtitlesTaskInput
    from .live_stream_ai_analysis_result_info import LiveStreamAiAnalysisResultInfo
    from .live_stream_ai_analysis_result_item import LiveStreamAiAnalysisResultItem
    from .live_stream_ai_quality_control_result_info import LiveStreamAiQualityControlResultInfo
    from .live_stream_ai_recognition_result_info import LiveStreamAiRecognitionResultInfo
    from .live_stream_ai_recognition_result_item import LiveStreamAiRecognitionResultItem
    from .live_stream_ai_review_image_political_result import LiveStreamAiReviewImagePoliticalResult
    from .live_stream_ai_review_image_porn_result import LiveStreamAiReviewImagePornResult
    from .live_stream_ai_review_image_terrorism_result import LiveStreamAiReviewImageTerrorismResult
    from .live_stream_ai_review_result_info import LiveStreamAiReviewResultInfo
    from .live_stream_ai_review_result_item import LiveStreamAiReviewResultItem
    from .live_stream_ai_review_voice_porn_result import LiveStreamAiReviewVoicePornResult
    from .live_stream_ai_smart_subtitle_result_info import LiveStreamAiSmartSubtitleResultInfo
    from .live_stream_asr_full_text_recognition_result import LiveStreamAsrFullTextRecognitionResult
    from .live_stream_asr_words_recognition_result import LiveStreamAsrWordsRecognitionResult
    from .live_stream_face_recognition_result import LiveStreamFaceRecognitionResult
    from .live_stream_object_recognition_result import LiveStreamObjectRecognitionResult
    from .live_stream_ocr_full_text_recognition_result import LiveStreamOcrFullTextRecognitionResult
    from .live_stream_ocr_words_recognition_result import LiveStreamOcrWordsRecognitionResult
    from .live_stream_process_error_info import LiveStreamProcessErrorInfo
    from .live_stream_process_task import LiveStreamProcessTask
    from .live_stream_record_result_info import LiveStreamRecordResultInfo
    from .live_stream_tag_recognition_result import LiveStreamTagRecognitionResult
    from .live_stream_task_notify_config import LiveStreamTaskNotifyConfig
    from .live_stream_trans_text_recognition_result import LiveStreamTransTextRecognitionResult
    from .llm_detection_issue import LLMDetectionIssue
    from .llm_detection_report import LLMDetectionReport
    from .llm_detection_result_item import LLMDetectionResultItem
    from .low_light_enhance_config import LowLightEnhanceConfig
    from .manage_task_request import ManageTaskRequest
    from .manage_task_response import ManageTaskResponse
    from .manifest_info import ManifestInfo
    from .media_ai_analysis_classification_item import MediaAiAnalysisClassificationItem
    from .media_ai_analysis_cover_item import MediaAiAnalysisCoverItem
    from .media_ai_analysis_description_item import MediaAiAnalysisDescriptionItem
    from .media_ai_analysis_frame_tag_item import MediaAiAnalysisFrameTagItem
    from .media_ai_analysis_frame_tag_segment_item import MediaAiAnalysisFrameTagSegmentItem
    from .media_ai_analysis_highlight_item import MediaAiAnalysisHighlightItem
    from .media_ai_analysis_tag_item import MediaAiAnalysisTagItem
    from .media_animated_graphics_item import MediaAnimatedGraphicsItem
    from .media_audio_stream_item import MediaAudioStreamItem
    from .media_content_review_asr_text_segment_item import MediaContentReviewAsrTextSegmentItem
    from .media_content_review_ocr_text_segment_item import MediaContentReviewOcrTextSegmentItem
    from .media_content_review_political_segment_item import MediaContentReviewPoliticalSegmentItem
    from .media_content_review_segment_item import MediaContentReviewSegmentItem
    from .media_image_sprite_item import MediaImageSpriteItem
    from .media_input_info import MediaInputInfo
    from .media_meta_data import MediaMetaData
    from .media_process_task_adaptive_dynamic_streaming_result import (
        MediaProcessTaskAdaptiveDynamicStreamingResult,
    )
    from .media_process_task_animated_graphic_result import MediaProcessTaskAnimatedGraphicResult
    from .media_process_task_image_sprite_result import MediaProcessTaskImageSpriteResult
    from .media_process_task_input import MediaProcessTaskInput
    from .media_process_task_result import MediaProcessTaskResult
    from .media_process_task_sample_snapshot_result import MediaProcessTaskSampleSnapshotResult
    from .media_process_task_snapshot_by_time_offset_result import (
        MediaProcessTaskSnapshotByTimeOffsetResult,
    )
    from .media_process_task_transcode_result import MediaProcessTaskTranscodeResult
    from .media_sample_snapshot_item import MediaSampleSnapshotItem
    from .media_snapshot_by_time_offset_item import MediaSnapshotByTimeOffsetItem
    from .media_snapshot_by_time_pic_info_item import MediaSnapshotByTimePicInfoItem
    from .media_transcode_item import MediaTranscodeItem
    from .media_usage_item import MediaUsageItem
    from .media_video_stream_item import MediaVideoStreamItem
    from .metadata import Metadata
    from .modify_adaptive_dynamic_streaming_template_request import (
        ModifyAdaptiveDynamicStreamingTemplateRequest,
    )
    from .modify_adaptive_dynamic_streaming_template_response import (
        ModifyAdaptiveDynamicStreamingTemplateResponse,
    )
    from .modify_ai_analysis_template_request import ModifyAIAnalysisTemplateRequest
    from .modify_ai_analysis_template_response import ModifyAIAnalysisTemplateResponse
    from .modify_ai_recognition_template_request import ModifyAIRecognitionTemplateRequest
    from .modify_ai_recognition_template_response import ModifyAIRecognitionTemplateResponse
    from .modify_animated_graphics_template_request import ModifyAnimatedGraphicsTemplateRequest
    from .modify_animated_graphics_template_response import ModifyAnimatedGraphicsTemplateResponse
    from .modify_asr_hotwords_request import ModifyAsrHotwordsRequest
    from .modify_asr_hotwords_response import ModifyAsrHotwordsResponse
    from .modify_blind_watermark_template_request import ModifyBlindWatermarkTemplateRequest
    from .modify_blind_watermark_template_response import ModifyBlindWatermarkTemplateResponse
    from .modify_content_review_template_request import ModifyContentReviewTemplateRequest
    from .modify_content_review_template_response import ModifyContentReviewTemplateResponse
    from .modify_doc_to_video_task_status_input import ModifyDocToVideoTaskStatusInput
    from .modify_doc_to_video_task_status_request import ModifyDocToVideoTaskStatusRequest
    from .modify_doc_to_video_task_status_response import ModifyDocToVideoTaskStatusResponse
    from .modify_image_sprite_template_request import ModifyImageSpriteTemplateRequest
    from .modify_image_sprite_template_response import ModifyImageSpriteTemplateResponse
    from .modify_input import ModifyInput
    from .modify_live_record_template_request import ModifyLiveRecordTemplateRequest
    from .modify_live_record_template_response import ModifyLiveRecordTemplateResponse
    from .modify_output_info import ModifyOutputInfo
    from .modify_person_sample_request import ModifyPersonSampleRequest
    from .modify_person_sample_response import ModifyPersonSampleResponse
    from .modify_process_image_template_request import ModifyProcessImageTemplateRequest
    from .modify_process_image_template_response import ModifyProcessImageTemplateResponse
    from .modify_quality_control_template_request import ModifyQualityControlTemplateRequest
    from .modify_quality_control_template_response import ModifyQualityControlTemplateResponse
    from .modify_sample_snapshot_template_request import ModifySampleSnapshotTemplateRequest
    from .modify_sample_snapshot_template_response import ModifySampleSnapshotTemplateResponse
    from .modify_schedule_request import ModifyScheduleRequest
    from .modify_schedule_response import ModifyScheduleResponse
    from .modify_smart_erase_template_request import ModifySmartEraseTemplateRequest
    from .modify_smart_erase_template_response import ModifySmartEraseTemplateResponse
    from .modify_smart_subtitle_template_request import ModifySmartSubtitleTemplateRequest
    from .modify_smart_subtitle_template_response import ModifySmartSubtitleTemplateResponse
    from .modify_snapshot_by_time_offset_template_request import (
        ModifySnapshotByTimeOffsetTemplateRequest,
    )
    from .modify_snapshot_by_time_offset_template_response import (
        ModifySnapshotByTimeOffsetTemplateResponse,
    )
    from .modify_stream_link_event_request import ModifyStreamLinkEventRequest
    from .modify_stream_link_event_response import ModifyStreamLinkEventResponse
    from .modify_stream_link_flow_request import ModifyStreamLinkFlowRequest
    from .modify_stream_link_flow_response import ModifyStreamLinkFlowResponse
    from .modify_stream_link_input_request import ModifyStreamLinkInputRequest
    from .modify_stream_link_input_response import ModifyStreamLinkInputResponse
    from .modify_stream_link_output_info_request import ModifyStreamLinkOutputInfoRequest
    from .modify_stream_link_output_info_response import ModifyStreamLinkOutputInfoResponse
    from .modify_stream_link_security_group_request import ModifyStreamLinkSecurityGroupRequest
    from .modify_stream_link_security_group_response import ModifyStreamLinkSecurityGroupResponse
    from .modify_stream_package_linear_assembly_channel_request import (
        ModifyStreamPackageLinearAssemblyChannelRequest,
    )
    from .modify_stream_package_linear_assembly_channel_response import (
        ModifyStreamPackageLinearAssemblyChannelResponse,
    )
    from .modify_stream_package_linear_assembly_program_request import (
        ModifyStreamPackageLinearAssemblyProgramRequest,
    )
    from .modify_stream_package_linear_assembly_program_response import (
        ModifyStreamPackageLinearAssemblyProgramResponse,
    )
    from .modify_stream_package_source_location_request import (
        ModifyStreamPackageSourceLocationRequest,
    )
    from .modify_stream_package_source_location_response import (
        ModifyStreamPackageSourceLocationResponse,
    )
    from .modify_stream_package_source_request import ModifyStreamPackageSourceRequest
    from .modify_stream_package_source_response import ModifyStreamPackageSourceResponse
    from .modify_stream_package_ssai_channel_request import ModifyStreamPackageSSAIChannelRequest
    from .modify_stream_package_ssai_channel_response import ModifyStreamPackageSSAIChannelResponse
    from .modify_subtitle_embed_template_request import ModifySubtitleEmbedTemplateRequest
    from .modify_subtitle_embed_template_response import ModifySubtitleEmbedTemplateResponse
    from .modify_transcode_template_request import ModifyTranscodeTemplateRequest
    from .modify_transcode_template_response import ModifyTranscodeTemplateResponse
    from .modify_watermark_template_request import ModifyWatermarkTemplateRequest
    from .modify_watermark_template_response import ModifyWatermarkTemplateResponse
    from .modify_word_sample_request import ModifyWordSampleRequest
    from .modify_word_sample_response import ModifyWordSampleResponse
    from .mosaic_input import MosaicInput
    from .mp4_configure_info import MP4ConfigureInfo
    from .name_server import NameServer
    from .number_format import NumberFormat
    from .ocr_full_text_configure_info import OcrFullTextConfigureInfo
    from .ocr_full_text_configure_info_for_update import OcrFullTextConfigureInfoForUpdate
    from .ocr_words_configure_info import OcrWordsConfigureInfo
    from .ocr_words_configure_info_for_update import OcrWordsConfigureInfoForUpdate
    from .output_address import OutputAddress
    from .output_info import OutputInfo
    from .output_req import OutputReq
    from .output_rist_source_address_resp import OutputRISTSourceAddressResp
    from .output_srt_source_address_resp import OutputSRTSourceAddressResp
    from .override_ai_dubbing_parameter import OverrideAIDubbingParameter
    from .override_erase_parameter import OverrideEraseParameter
    from .override_transcode_parameter import OverrideTranscodeParameter
    from .parse_live_stream_process_notification_request import (
        ParseLiveStreamProcessNotificationRequest,
    )
    from .parse_live_stream_process_notification_response import (
        ParseLiveStreamProcessNotificationResponse,
    )
    from .parse_notification_request import ParseNotificationRequest
    from .parse_notification_response import ParseNotificationResponse
    from .pattern_config import PatternConfig
    from .pid_selector import PidSelector
    from .playback_info import PlaybackInfo
    from .playback_info_req import PlaybackInfoReq
    from .political_asr_review_template_info import PoliticalAsrReviewTemplateInfo
    from .political_asr_review_template_info_for_update import (
        PoliticalAsrReviewTemplateInfoForUpdate,
    )
    from .political_configure_info import PoliticalConfigureInfo
    from .political_configure_info_for_update import PoliticalConfigureInfoForUpdate
    from .political_img_review_template_info import PoliticalImgReviewTemplateInfo
    from .political_img_review_template_info_for_update import (
        PoliticalImgReviewTemplateInfoForUpdate,
    )
    from .political_ocr_review_template_info import PoliticalOcrReviewTemplateInfo
    from .political_ocr_review_template_info_for_update import (
        PoliticalOcrReviewTemplateInfoForUpdate,
    )
    from .porn_asr_review_template_info import PornAsrReviewTemplateInfo
    from .porn_asr_review_template_info_for_update import PornAsrReviewTemplateInfoForUpdate
    from .porn_configure_info import PornConfigureInfo
    from .porn_configure_info_for_update import PornConfigureInfoForUpdate
    from .porn_img_review_template_info import PornImgReviewTemplateInfo
    from .porn_img_review_template_info_for_update import PornImgReviewTemplateInfoForUpdate
    from .porn_ocr_review_template_info import PornOcrReviewTemplateInfo
    from .porn_ocr_review_template_info_for_update import PornOcrReviewTemplateInfoForUpdate
    from .process_image_request import ProcessImageRequest
    from .process_image_response import ProcessImageResponse
    from .process_image_template import ProcessImageTemplate
    from .process_live_stream_request import ProcessLiveStreamRequest
    from .process_live_stream_response import ProcessLiveStreamResponse
    from .process_media_request import ProcessMediaRequest
    from .process_media_response import ProcessMediaResponse
    from .program_alert_counts import ProgramAlertCounts
    from .program_alert_infos import ProgramAlertInfos
    from .program_schedule_info import ProgramScheduleInfo
    from .prohibited_asr_review_template_info import ProhibitedAsrReviewTemplateInfo
    from .prohibited_asr_review_template_info_for_update import (
        ProhibitedAsrReviewTemplateInfoForUpdate,
    )
    from .prohibited_configure_info import ProhibitedConfigureInfo
    from .prohibited_configure_info_for_update import ProhibitedConfigureInfoForUpdate
    from .prohibited_ocr_review_template_info import ProhibitedOcrReviewTemplateInfo
    from .prohibited_ocr_review_template_info_for_update import (
        ProhibitedOcrReviewTemplateInfoForUpdate,
    )
    from .project import Project
    from .pure_subtitle_trans_result import PureSubtitleTransResult
    from .pure_subtitle_trans_result_output import PureSubtitleTransResultOutput
    from .quality_control_data import QualityControlData
    from .quality_control_item import QualityControlItem
    from .quality_control_item_config import QualityControlItemConfig
    from .quality_control_result import QualityControlResult
    from .quality_control_strategy import QualityControlStrategy
    from .quality_control_template import QualityControlTemplate
    from .query_hunyuan3_d_task_request import QueryHunyuan3DTaskRequest
    from .query_hunyuan3_d_task_response import QueryHunyuan3DTaskResponse
    from .query_project_request import QueryProjectRequest
    from .query_project_response import QueryProjectResponse
    from .query_task_filter import QueryTaskFilter
    from .raw_ai_dubbing_parameter import RawAIDubbingParameter
    from .raw_image_watermark_input import RawImageWatermarkInput
    from .raw_smart_erase_parameter import RawSmartEraseParameter
    from .raw_smart_subtitle_parameter import RawSmartSubtitleParameter
    from .raw_transcode_parameter import RawTranscodeParameter
    from .raw_watermark_parameter import RawWatermarkParameter
    from .recipe_item import RecipeItem
    from .recognize_audio_request import RecognizeAudioRequest
    from .recognize_audio_response import RecognizeAudioResponse
    from .recognize_audio_sentence import RecognizeAudioSentence
    from .recognize_media_for_zhi_xue_request import RecognizeMediaForZhiXueRequest
    from .recognize_media_for_zhi_xue_response import RecognizeMediaForZhiXueResponse
    from .region_info import RegionInfo
    from .remove_blind_watermark_config import RemoveBlindWatermarkConfig
    from .reset_workflow_request import ResetWorkflowRequest
    from .reset_workflow_response import ResetWorkflowResponse
    from .resilient_stream_conf import ResilientStreamConf
    from .rtmp_address_destination import RTMPAddressDestination
    from .rtmp_pull_source_address import RTMPPullSourceAddress
    from .rtp_address_destination import RTPAddressDestination
    from .rtsp_pull_source_address import RTSPPullSourceAddress
    from .rule_condition_item import RuleConditionItem
    from .rules import Rules
    from .s3_input_info import S3InputInfo
    from .s3_output_storage import S3OutputStorage
    from .sample_snapshot_task_input import SampleSnapshotTaskInput
    from .sample_snapshot_template import SampleSnapshotTemplate
    from .schedule_analysis_task_result import ScheduleAnalysisTaskResult
    from .schedule_exec_rule_task_result import ScheduleExecRuleTaskResult
    from .schedule_quality_control_task_result import ScheduleQualityControlTaskResult
    from .schedule_recognition_task_result import ScheduleRecognitionTaskResult
    from .schedule_review_task_result import ScheduleReviewTaskResult
    from .schedule_smart_subtitle_task_result import ScheduleSmartSubtitleTaskResult
    from .schedule_task import ScheduleTask
    from .schedules_info import SchedulesInfo
    from .scratch_repair_config import ScratchRepairConfig
    from .search_task_result import SearchTaskResult
    from .search_value_input import SearchValueInput
    from .security_group_info import SecurityGroupInfo
    from .segment_deliver_info import SegmentDeliverInfo
    from .segment_recognition_item import SegmentRecognitionItem
    from .segment_specific_info import SegmentSpecificInfo
    from .selecting_subtitle_areas_config import SelectingSubtitleAreasConfig
    from .sharp_enhance_config import SharpEnhanceConfig
    from .simple_aes_drm import SimpleAesDrm
    from .slate_info import SlateInfo
    from .smart_erase_privacy_config import SmartErasePrivacyConfig
    from .smart_erase_subtitle_config import SmartEraseSubtitleConfig
    from .smart_erase_task_input import SmartEraseTaskInput
    from .smart_erase_task_result import SmartEraseTaskResult
    from .smart_erase_template_item import SmartEraseTemplateItem
    from .smart_erase_watermark_config import SmartEraseWatermarkConfig
    from .smart_subtitle_task_asr_full_text_result import SmartSubtitleTaskAsrFullTextResult
    from .smart_subtitle_task_asr_full_text_result_output import (
        SmartSubtitleTaskAsrFullTextResultOutput,
    )
    from .smart_subtitle_task_asr_full_text_segment_item import (
        SmartSubtitleTaskAsrFullTextSegmentItem,
    )
    from .smart_subtitle_task_batch_output import SmartSubtitleTaskBatchOutput
    from .smart_subtitle_task_full_text_result import SmartSubtitleTaskFullTextResult
    from .smart_subtitle_task_full_text_segment_item import SmartSubtitleTaskFullTextSegmentItem
    from .smart_subtitle_task_result_input import SmartSubtitleTaskResultInput
    from .smart_subtitle_task_text_result_output import SmartSubtitleTaskTextResultOutput
    from .smart_subtitle_task_trans_text_result import SmartSubtitleTaskTransTextResult
    from .smart_subtitle_task_trans_text_result_output import SmartSubtitleTaskTransTextResultOutput
    from .smart_subtitle_task_trans_text_segment_item import SmartSubtitleTaskTransTextSegmentItem
    from .smart_subtitle_template_item import SmartSubtitleTemplateItem
    from .smart_subtitles_result import SmartSubtitlesResult
    from .smart_subtitles_task_input import SmartSubtitlesTaskInput
    from .snapshot_by_time_offset_task_input import SnapshotByTimeOffsetTaskInput
    from .snapshot_by_time_offset_template import SnapshotByTimeOffsetTemplate
    from .source_alert import SourceAlert
    from .source_info import SourceInfo
    from .source_location_info import SourceLocationInfo
    from .source_package_conf import SourcePackageConf
    from .source_tag import SourceTag
    from .speakers import Speakers
    from .specification_data_item import SpecificationDataItem
    from .speke_drm import SpekeDrm
    from .splice_insert_info import SpliceInsertInfo
    from .srt_address_destination import SRTAddressDestination
    from .srt_source_address_req import SRTSourceAddressReq
    from .srt_source_address_resp import SRTSourceAddressResp
    from .srtfec_full_options import SRTFECFullOptions
    from .srtfec_simple_options import SRTFECSimpleOptions
    from .ssai_channel_info import SSAIChannelInfo
    from .ssai_conf import SSAIConf
    from .ssai_usage_info import SSAIUsageInfo
    from .start_stream_link_flow_request import StartStreamLinkFlowRequest
    from .start_stream_link_flow_response import StartStreamLinkFlowResponse
    from .start_stream_package_linear_assembly_channel_request import (
        StartStreamPackageLinearAssemblyChannelRequest,
    )
    from .start_stream_package_linear_assembly_channel_response import (
        StartStreamPackageLinearAssemblyChannelResponse,
    )
    from .stop_stream_link_flow_request import StopStreamLinkFlowRequest
    from .stop_stream_link_flow_response import StopStreamLinkFlowResponse
    from .stop_stream_package_linear_assembly_channel_request import (
        StopStreamPackageLinearAssemblyChannelRequest,
    )
    from .stop_stream_package_linear_assembly_channel_response import (
        StopStreamPackageLinearAssemblyChannelResponse,
    )
    from .stream_link_region_info import StreamLinkRegionInfo
    from .stream_selector import StreamSelector
    from .stream_url_detail import StreamUrlDetail
    from .submit_hunyuan3_d_task_request import SubmitHunyuan3DTaskRequest
    from .submit_hunyuan3_d_task_response import SubmitHunyuan3DTaskResponse
    from .subtitle_area import SubtitleArea
    from .subtitle_board_config import SubtitleBoardConfig
    from .subtitle_embed_config import SubtitleEmbedConfig
    from .subtitle_embed_template_item import SubtitleEmbedTemplateItem
    from .subtitle_layout_config import SubtitleLayoutConfig
    from .subtitle_outline_config import SubtitleOutlineConfig
    from .subtitle_position import SubtitlePosition
    from .subtitle_result import SubtitleResult
    from .subtitle_shadow_config import SubtitleShadowConfig
    from .subtitle_template import SubtitleTemplate
    from .subtitle_trans_result_item import SubtitleTransResultItem
    from .super_resolution_config import SuperResolutionConfig
    from .svg_watermark_input import SvgWatermarkInput
    from .svg_watermark_input_for_update import SvgWatermarkInputForUpdate
    from .sync_dubbing_output_option import SyncDubbingOutputOption
    from .sync_dubbing_request import SyncDubbingRequest
    from .sync_dubbing_response import SyncDubbingResponse
    from .tag_configure_info import TagConfigureInfo
    from .tag_configure_info_for_update import TagConfigureInfoForUpdate
    from .task_notify_config import TaskNotifyConfig
    from .task_output_storage import TaskOutputStorage
    from .task_simple_info import TaskSimpleInfo
    from .task_stat_data import TaskStatData
    from .task_stat_data_item import TaskStatDataItem
    from .tehd_config import TEHDConfig
    from .tehd_config_for_update import TEHDConfigForUpdate
    from .term_base import TermBase
    from .terrorism_configure_info import TerrorismConfigureInfo
    from .terrorism_configure_info_for_update import TerrorismConfigureInfoForUpdate
    from .terrorism_img_review_template_info import TerrorismImgReviewTemplateInfo
    from .terrorism_img_review_template_info_for_update import (
        TerrorismImgReviewTemplateInfoForUpdate,
    )
    from .terrorism_ocr_review_template_info import TerrorismOcrReviewTemplateInfo
    from .terrorism_ocr_review_template_info_for_update import (
        TerrorismOcrReviewTemplateInfoForUpdate,
    )
    from .text_to_speech_async_request import TextToSpeechAsyncRequest
    from .text_to_speech_async_response import TextToSpeechAsyncResponse
    from .text_to_speech_request import TextToSpeechRequest
    from .text_to_speech_response import TextToSpeechResponse
    from .text_translation_request import TextTranslationRequest
    from .text_translation_response import TextTranslationResponse
    from .text_watermark_template_input import TextWatermarkTemplateInput
    from .text_watermark_template_input_for_update import TextWatermarkTemplateInputForUpdate
    from .time_shift_info import TimeShiftInfo
    from .time_signal_info import TimeSignalInfo
    from .time_spot_check import TimeSpotCheck
    from .tokens_usage import TokensUsage
    from .track_info import TrackInfo
    from .track_selector import TrackSelector
    from .transcode_task_input import TranscodeTaskInput
    from .transcode_template import TranscodeTemplate
    from .translate_configure_info import TranslateConfigureInfo
    from .translate_configure_info_for_update import TranslateConfigureInfoForUpdate
    from .unattach_security_group_in_out_info import UnattachSecurityGroupInOutInfo
    from .understand_image_config import UnderstandImageConfig
    from .update_project_request import UpdateProjectRequest
    from .update_project_response import UpdateProjectResponse
    from .update_smart_erase_privacy_config import UpdateSmartErasePrivacyConfig
    from .update_smart_erase_subtitle_config import UpdateSmartEraseSubtitleConfig
    from .update_smart_erase_watermark_config import UpdateSmartEraseWatermarkConfig
    from .update_voice_request import UpdateVoiceRequest
    from .update_voice_response import UpdateVoiceResponse
    from .url_input_info import UrlInputInfo
    from .usage_detail import UsageDetail
    from .user_define_asr_text_review_template_info import UserDefineAsrTextReviewTemplateInfo
    from .user_define_asr_text_review_template_info_for_update import (
        UserDefineAsrTextReviewTemplateInfoForUpdate,
    )
    from .user_define_configure_info import UserDefineConfigureInfo
    from .user_define_configure_info_for_update import UserDefineConfigureInfoForUpdate
    from .user_define_face_review_template_info import UserDefineFaceReviewTemplateInfo
    from .user_define_face_review_template_info_for_update import (
        UserDefineFaceReviewTemplateInfoForUpdate,
    )
    from .user_define_ocr_text_review_template_info import UserDefineOcrTextReviewTemplateInfo
    from .user_define_ocr_text_review_template_info_for_update import (
        UserDefineOcrTextReviewTemplateInfoForUpdate,
    )
    from .video_comprehension_result_item import VideoComprehensionResultItem
    from .video_db_entry_task_result import VideoDBEntryTaskResult
    from .video_denoise_config import VideoDenoiseConfig
    from .video_drama_cos_info import VideoDramaCosInfo
    from .video_enhance_config import VideoEnhanceConfig
    from .video_redraw_cos_info import VideoRedrawCosInfo
    from .video_redraw_input import VideoRedrawInput
    from .video_redraw_task_info import VideoRedrawTaskInfo
    from .video_template_info import VideoTemplateInfo
    from .video_template_info_for_update import VideoTemplateInfoForUpdate
    from .view_image import ViewImage
    from .vod_input_info import VODInputInfo
    from .vod_output_storage import VODOutputStorage
    from .voice_info import VoiceInfo
    from .voice_profile import VoiceProfile
    from .voice_update_fields import VoiceUpdateFields
    from .volume_balance_config import VolumeBalanceConfig
    from .watermark_input import WatermarkInput
    from .watermark_template import WatermarkTemplate
    from .withdraws_watermark_request import WithdrawsWatermarkRequest
    from .withdraws_watermark_response import WithdrawsWatermarkResponse
    from .word_result import WordResult
    from .workflow_info import WorkflowInfo
    from .workflow_task import WorkflowTask
    from .workflow_trigger import WorkflowTrigger

__all__ = [
    "AIAnalysisTemplateItem",
    "AIDubbingTaskInput",
    "AIDubbingTaskOutput",
    "AIDubbingTaskResult",
    "AIRecognitionTemplateItem",
    "ActionConfigInfo",
    "ActivateSSAIRequest",
    "ActivateSSAIResponse",
    "ActivateStreamPackageRequest",
    "ActivateStreamPackageResponse",
    "Activity",
    "ActivityPara",
    "ActivityResItem",
    "ActivityResult",
    "AdBreakInfo",
    "AdaptiveDynamicStreamingInfoItem",
    "AdaptiveDynamicStreamingTaskInput",
    "AdaptiveDynamicStreamingTemplate",
    "AdaptiveStreamTemplate",
    "AddBlindWatermarkConfig",
    "AddOnAudio",
    "AddOnImageInput",
    "AddOnParameter",
    "AddOnSubtitle",
    "AdvancedSuperResolutionConfig",
    "AgentStoreCosParam",
    "AiAnalysisResult",
    "AiAnalysisTaskClassificationInput",
    "AiAnalysisTaskClassificationOutput",
    "AiAnalysisTaskClassificationResult",
    "AiAnalysisTaskCoverInput",
    "AiAnalysisTaskCoverOutput",
    "AiAnalysisTaskCoverResult",
    "AiAnalysisTaskCutoutInput",
    "AiAnalysisTaskCutoutOutput",
    "AiAnalysisTaskCutoutResult",
    "AiAnalysisTaskDelLogoInput",
    "AiAnalysisTaskDelLogoOutput",
    "AiAnalysisTaskDelLogoResult",
    "AiAnalysisTaskDescriptionInput",
    "AiAnalysisTaskDescriptionOutput",
    "AiAnalysisTaskDescriptionResult",
    "AiAnalysisTaskDubbingInput",
    "AiAnalysisTaskDubbingOutput",
    "AiAnalysisTaskDubbingResult",
    "AiAnalysisTaskFrameTagInput",
    "AiAnalysisTaskFrameTagOutput",
    "AiAnalysisTaskFrameTagResult",
    "AiAnalysisTaskGenericInput",
    "AiAnalysisTaskGenericOutput",
    "AiAnalysisTaskGenericResult",
    "AiAnalysisTaskHeadTailInput",
    "AiAnalysisTaskHeadTailOutput",
    "AiAnalysisTaskHeadTailResult",
    "AiAnalysisTaskHighlightInput",
    "AiAnalysisTaskHighlightOutput",
    "AiAnalysisTaskHighlightResult",
    "AiAnalysisTaskHorizontalToVerticalInput",
    "AiAnalysisTaskHorizontalToVerticalOutput",
    "AiAnalysisTaskHorizontalToVerticalResult",
    "AiAnalysisTaskInput",
    "AiAnalysisTaskReelInput",
    "AiAnalysisTaskReelOutput",
    "AiAnalysisTaskReelResult",
    "AiAnalysisTaskSegmentInput",
    "AiAnalysisTaskSegmentOutput",
    "AiAnalysisTaskSegmentResult",
    "AiAnalysisTaskTagInput",
    "AiAnalysisTaskTagOutput",
    "AiAnalysisTaskTagResult",
    "AiAnalysisTaskVideoComprehensionInput",
    "AiAnalysisTaskVideoComprehensionOutput",
    "AiAnalysisTaskVideoComprehensionResult",
    "AiAnalysisTaskVideoRemakeInput",
    "AiAnalysisTaskVideoRemakeOutput",
    "AiAnalysisTaskVideoRemakeResult",
    "AiComposeConfig",
    "AiContentReviewResult",
    "AiContentReviewTaskInput",
    "AiCutoutConfig",
    "AiDecomposeConfig",
    "AiDramaInput",
    "AiExpansionConfig",
    "AiFissionInput",
    "AiParagraphInfo",
    "AiPosterSuiteConfig",
    "AiQualityControlTaskInput",
    "AiRecognitionResult",
    "AiRecognitionTaskAsrFullTextResult",
    "AiRecognitionTaskAsrFullTextResultInput",
    "AiRecognitionTaskAsrFullTextResultOutput",
    "AiRecognitionTaskAsrFullTextSegmentItem",
    "AiRecognitionTaskAsrWordsResult",
    "AiRecognitionTaskAsrWordsResultInput",
    "AiRecognitionTaskAsrWordsResultItem",
    "AiRecognitionTaskAsrWordsResultOutput",
    "AiRecognitionTaskAsrWordsSegmentItem",
    "AiRecognitionTaskFaceResult",
    "AiRecognitionTaskFaceResultInput",
    "AiRecognitionTaskFaceResultItem",
    "AiRecognitionTaskFaceResultOutput",
    "AiRecognitionTaskFaceSegmentItem",
    "AiRecognitionTaskInput",
    "AiRecognitionTaskObjectResult",
    "AiRecognitionTaskObjectResultInput",
    "AiRecognitionTaskObjectResultItem",
    "AiRecognitionTaskObjectResultOutput",
    "AiRecognitionTaskObjectSeqmentItem",
    "AiRecognitionTaskOcrFullTextResult",
    "AiRecognitionTaskOcrFullTextResultInput",
    "AiRecognitionTaskOcrFullTextResultOutput",
    "AiRecognitionTaskOcrFullTextSegmentItem",
    "AiRecognitionTaskOcrFullTextSegmentTextItem",
    "AiRecognitionTaskOcrWordsResult",
    "AiRecognitionTaskOcrWordsResultInput",
    "AiRecognitionTaskOcrWordsResultItem",
    "AiRecognitionTaskOcrWordsResultOutput",
    "AiRecognitionTaskOcrWordsSegmentItem",
    "AiRecognitionTaskTransTextResult",
    "AiRecognitionTaskTransTextResultInput",
    "AiRecognitionTaskTransTextResultOutput",
    "AiRecognitionTaskTransTextSegmentItem",
    "AiRestorationConfig",
    "AiReviewPoliticalAsrTaskInput",
    "AiReviewPoliticalAsrTaskOutput",
    "AiReviewPoliticalOcrTaskInput",
    "AiReviewPoliticalOcrTaskOutput",
    "AiReviewPoliticalTaskInput",
    "AiReviewPoliticalTaskOutput",
    "AiReviewPornAsrTaskInput",
    "AiReviewPornAsrTaskOutput",
    "AiReviewPornOcrTaskInput",
    "AiReviewPornOcrTaskOutput",
    "AiReviewPornTaskInput",
    "AiReviewPornTaskOutput",
    "AiReviewProhibitedAsrTaskInput",
    "AiReviewProhibitedAsrTaskOutput",
    "AiReviewProhibitedOcrTaskInput",
    "AiReviewProhibitedOcrTaskOutput",
    "AiReviewTaskPoliticalAsrResult",
    "AiReviewTaskPoliticalOcrResult",
    "AiReviewTaskPoliticalResult",
    "AiReviewTaskPornAsrResult",
    "AiReviewTaskPornOcrResult",
    "AiReviewTaskPornResult",
    "AiReviewTaskProhibitedAsrResult",
    "AiReviewTaskProhibitedOcrResult",
    "AiReviewTaskTerrorismOcrResult",
    "AiReviewTaskTerrorismResult",
    "AiReviewTerrorismOcrTaskInput",
    "AiReviewTerrorismOcrTaskOutput",
    "AiReviewTerrorismTaskInput",
    "AiReviewTerrorismTaskOutput",
    "AiSampleFaceInfo",
    "AiSampleFaceOperation",
    "AiSampleFailFaceInfo",
    "AiSamplePerson",
    "AiSampleTagOperation",
    "AiSampleWord",
    "AiSampleWordInfo",
    "AiStoryboardConfig",
    "AiTryOnConfig",
    "AigcAudioExtraParam",
    "AigcAudioOutputAudioInfo",
    "AigcAudioOutputVideoInfo",
    "AigcAudioReferenceAudioInfo",
    "AigcAudioReferenceVideoInfo",
    "AigcImageExtraParam",
    "AigcImageInfo",
    "AigcStoreCosParam",
    "AigcTaskListItem",
    "AigcVideoExtraParam",
    "AigcVideoReferenceAudioInfo",
    "AigcVideoReferenceImageInfo",
    "AigcVideoReferenceSubjectInfo",
    "AigcVideoReferenceVideoInfo",
    "AliasValueConf",
    "AnimatedGraphicTaskInput",
    "AnimatedGraphicsTemplate",
    "ArtifactRepairConfig",
    "AsrFullTextConfigureInfo",
    "AsrFullTextConfigureInfoForUpdate",
    "AsrHotWordsConfigure",
    "AsrHotwordsSet",
    "AsrHotwordsSetItem",
    "AsrWordsConfigureInfo",
    "AsrWordsConfigureInfoForUpdate",
    "AssemblyUsageDetail",
    "AssemblyUsageInfo",
    "AudioBeautifyConfig",
    "AudioDenoiseConfig",
    "AudioEnhanceConfig",
    "AudioEnhanceEditConfig",
    "AudioSeparateConfig",
    "AudioTemplateInfo",
    "AudioTemplateInfoForUpdate",
    "AudioTrackChannelInfo",
    "AwsS3FileUploadTrigger",
    "AwsSQS",
    "BatchDeleteStreamLinkFlowRequest",
    "BatchDeleteStreamLinkFlowResponse",
    "BatchProcessMediaRequest",
    "BatchProcessMediaResponse",
    "BatchSmartSubtitlesResult",
    "BatchStartStreamLinkFlowRequest",
    "BatchStartStreamLinkFlowResponse",
    "BatchStopStreamLinkFlowRequest",
    "BatchStopStreamLinkFlowResponse",
    "BatchSubTaskResult",
    "BeautyConfig",
    "BeautyEffectItemConfig",
    "BeautyFilterItemConfig",
    "BlindWatermarkConfig",
    "BlindWatermarkEmbedInfo",
    "BlindWatermarkInput",
    "BlindWatermarkTemplate",
    "ChangeVoiceRequest",
    "ChangeVoiceResponse",
    "ChannelAlertResp",
    "ClassificationConfigureInfo",
    "ClassificationConfigureInfoForUpdate",
    "ClipRangeInfo",
    "CloneViralAIGC",
    "CloneViralContent",
    "CloneViralCosInfo",
    "CloneViralOutputOption",
    "CloneViralPersona",
    "CloneViralProduct",
    "CloneViralRequest",
    "CloneViralResponse",
    "CloneVoiceRequest",
    "CloneVoiceResponse",
    "ColorEnhanceConfig",
    "ComposeAudioItem",
    "ComposeAudioOperation",
    "ComposeAudioStream",
    "ComposeCanvas",
    "ComposeEmptyItem",
    "ComposeImageItem",
    "ComposeImageOperation",
    "ComposeMediaConfig",
    "ComposeMediaItem",
    "ComposeMediaTrack",
    "ComposeSourceMedia",
    "ComposeStyles",
    "ComposeSubtitleItem",
    "ComposeSubtitleStyle",
    "ComposeTargetInfo",
    "ComposeTrackTime",
    "ComposeTransitionItem",
    "ComposeTransitionOperation",
    "ComposeVideoItem",
    "ComposeVideoStream",
    "ConfigAliasesInfo",
    "ContainerDiagnoseResultItem",
    "ContentReviewTemplateItem",
    "CosFileUploadTrigger",
    "CosInputInfo",
    "CosOutputStorage",
    "CoverConfigureInfo",
    "CoverConfigureInfoForUpdate",
    "CreateAIAnalysisTemplateRequest",
    "CreateAIAnalysisTemplateResponse",
    "CreateAIRecognitionTemplateRequest",
    "CreateAIRecognitionTemplateResponse",
    "CreateAdaptiveDynamicStreamingTemplateRequest",
    "CreateAdaptiveDynamicStreamingTemplateResponse",
    "CreateAgentRecordTaskRequest",
    "CreateAgentRecordTaskResponse",
    "CreateAiDramaTaskRequest",
    "CreateAiDramaTaskResponse",
    "CreateAiFissionTaskRequest",
    "CreateAiFissionTaskResponse",
    "CreateAigcAudioTaskRequest",
    "CreateAigcAudioTaskResponse",
    "CreateAigcImageTaskRequest",
    "CreateAigcImageTaskResponse",
    "CreateAigcVideoTaskRequest",
    "CreateAigcVideoTaskResponse",
    "CreateAnimatedGraphicsTemplateRequest",
    "CreateAnimatedGraphicsTemplateResponse",
    "CreateAsrHotwordsRequest",
    "CreateAsrHotwordsResponse",
    "CreateBlindWatermarkTemplateRequest",
    "CreateBlindWatermarkTemplateResponse",
    "CreateContentReviewTemplateRequest",
    "CreateContentReviewTemplateResponse",
    "CreateDocToVideoTaskRequest",
    "CreateDocToVideoTaskResponse",
    "CreateImageConfig",
    "CreateImageSpriteTemplateRequest",
    "CreateImageSpriteTemplateResponse",
    "CreateInput",
    "CreateInputHLSPullSettings",
    "CreateInputRISTSettings",
    "CreateInputRTMPPullSettings",
    "CreateInputRTPSettings",
    "CreateInputRTSPPullSettings",
    "CreateInputSRTSettings",
    "CreateLiveRecordTemplateRequest",
    "CreateLiveRecordTemplateResponse",
    "CreateMediaEvaluationRequest",
    "CreateMediaEvaluationResponse",
    "CreateOutputInfo",
    "CreateOutputInfoRTPSettings",
    "CreateOutputRTMPSettings",
    "CreateOutputRTPSettingsDestinations",
    "CreateOutputRistSettings",
    "CreateOutputRtmpSettingsDestinations",
    "CreateOutputSRTSettings",
    "CreateOutputSRTSettingsDestinations",
    "CreatePersonSampleRequest",
    "CreatePersonSampleResponse",
    "CreateProcessImageTemplateRequest",
    "CreateProcessImageTemplateResponse",
    "CreateProjectRequest",
    "CreateProjectResponse",
    "CreateQualityControlTemplateRequest",
    "CreateQualityControlTemplateResponse",
    "CreateSampleSnapshotTemplateRequest",
    "CreateSampleSnapshotTemplateResponse",
    "CreateScheduleRequest",
    "CreateScheduleResponse",
    "CreateSmartEraseTemplateRequest",
    "CreateSmartEraseTemplateResponse",
    "CreateSmartSubtitleTemplateRequest",
    "CreateSmartSubtitleTemplateResponse",
    "CreateSnapshotByTimeOffsetTemplateRequest",
    "CreateSnapshotByTimeOffsetTemplateResponse",
    "CreateStreamLinkEventRequest",
    "CreateStreamLinkEventResponse",
    "CreateStreamLinkFlowRequest",
    "CreateStreamLinkFlowResponse",
    "CreateStreamLinkInputRequest",
    "CreateStreamLinkInputResponse",
    "CreateStreamLinkOutputInfoRequest",
    "CreateStreamLinkOutputInfoResponse",
    "CreateStreamLinkSecurityGroupRequest",
    "CreateStreamLinkSecurityGroupResponse",
    "CreateStreamPackageLinearAssemblyChannelRequest",
    "CreateStreamPackageLinearAssemblyChannelResponse",
    "CreateStreamPackageLinearAssemblyProgramRequest",
    "CreateStreamPackageLinearAssemblyProgramResponse",
    "CreateStreamPackageSSAIChannelRequest",
    "CreateStreamPackageSSAIChannelResponse",
    "CreateStreamPackageSourceLocationRequest",
    "CreateStreamPackageSourceLocationResponse",
    "CreateStreamPackageSourceRequest",
    "CreateStreamPackageSourceResponse",
    "CreateSubtitleEmbedTemplateRequest",
    "CreateSubtitleEmbedTemplateResponse",
    "CreateTranscodeTemplateRequest",
    "CreateTranscodeTemplateResponse",
    "CreateVideoDatabaseEntryTaskRequest",
    "CreateVideoDatabaseEntryTaskResponse",
    "CreateVideoRedrawTaskRequest",
    "CreateVideoRedrawTaskResponse",
    "CreateVideoSearchTaskRequest",
    "CreateVideoSearchTaskResponse",
    "CreateWatermarkTemplateRequest",
    "CreateWatermarkTemplateResponse",
    "CreateWordSamplesRequest",
    "CreateWordSamplesResponse",
    "CreateWorkflowRequest",
    "CreateWorkflowResponse",
    "CustomModel",
    "CustomVariable",
    "DashManifestInfo",
    "DeleteAIAnalysisTemplateRequest",
    "DeleteAIAnalysisTemplateResponse",
    "DeleteAIRecognitionTemplateRequest",
    "DeleteAIRecognitionTemplateResponse",
    "DeleteAdaptiveDynamicStreamingTemplateRequest",
    "DeleteAdaptiveDynamicStreamingTemplateResponse",
    "DeleteAnimatedGraphicsTemplateRequest",
    "DeleteAnimatedGraphicsTemplateResponse",
    "DeleteAsrHotwordsRequest",
    "DeleteAsrHotwordsResponse",
    "DeleteBlindWatermarkTemplateRequest",
    "DeleteBlindWatermarkTemplateResponse",
    "DeleteContentReviewTemplateRequest",
    "DeleteContentReviewTemplateResponse",
    "DeleteImageSpriteTemplateRequest",
    "DeleteImageSpriteTemplateResponse",
    "DeleteLiveRecordTemplateRequest",
    "DeleteLiveRecordTemplateResponse",
    "DeletePersonSampleRequest",
    "DeletePersonSampleResponse",
    "DeleteProcessImageTemplateRequest",
    "DeleteProcessImageTemplateResponse",
    "DeleteProjectRequest",
    "DeleteProjectResponse",
    "DeleteQualityControlTemplateRequest",
    "DeleteQualityControlTemplateResponse",
    "DeleteSampleSnapshotTemplateRequest",
    "DeleteSampleSnapshotTemplateResponse",
    "DeleteScheduleRequest",
    "DeleteScheduleResponse",
    "DeleteSmartEraseTemplateRequest",
    "DeleteSmartEraseTemplateResponse",
    "DeleteSmartSubtitleTemplateRequest",
    "DeleteSmartSubtitleTemplateResponse",
    "DeleteSnapshotByTimeOffsetTemplateRequest",
    "DeleteSnapshotByTimeOffsetTemplateResponse",
    "DeleteStreamLinkEventRequest",
    "DeleteStreamLinkEventResponse",
    "DeleteStreamLinkFlowRequest",
    "DeleteStreamLinkFlowResponse",
    "DeleteStreamLinkOutputRequest",
    "DeleteStreamLinkOutputResponse",
    "DeleteStreamLinkSecurityGroupRequest",
    "DeleteStreamLinkSecurityGroupResponse",
    "DeleteStreamPackageLinearAssemblyChannelRequest",
    "DeleteStreamPackageLinearAssemblyChannelResponse",
    "DeleteStreamPackageLinearAssemblyChannelsRequest",
    "DeleteStreamPackageLinearAssemblyChannelsResponse",
    "DeleteStreamPackageLinearAssemblyProgramRequest",
    "DeleteStreamPackageLinearAssemblyProgramResponse",
    "DeleteStreamPackageLinearAssemblyProgramsByChannelRequest",
    "DeleteStreamPackageLinearAssemblyProgramsByChannelResponse",
    "DeleteStreamPackageLinearAssemblyProgramsRequest",
    "DeleteStreamPackageLinearAssemblyProgramsResponse",
    "DeleteStreamPackageSSAIChannelRequest",
    "DeleteStreamPackageSSAIChannelResponse",
    "DeleteStreamPackageSourceLocationRequest",
    "DeleteStreamPackageSourceLocationResponse",
    "DeleteStreamPackageSourceRequest",
    "DeleteStreamPackageSourceResponse",
    "DeleteSubtitleEmbedTemplateRequest",
    "DeleteSubtitleEmbedTemplateResponse",
    "DeleteTranscodeTemplateRequest",
    "DeleteTranscodeTemplateResponse",
    "DeleteVoiceRequest",
    "DeleteVoiceResponse",
    "DeleteWatermarkTemplateRequest",
    "DeleteWatermarkTemplateResponse",
    "DeleteWordSamplesRequest",
    "DeleteWordSamplesResponse",
    "DeleteWorkflowRequest",
    "DeleteWorkflowResponse",
    "DescribeAIAnalysisTemplatesRequest",
    "DescribeAIAnalysisTemplatesResponse",
    "DescribeAIRecognitionTemplatesRequest",
    "DescribeAIRecognitionTemplatesResponse",
    "DescribeAdaptiveDynamicStreamingTemplatesRequest",
    "DescribeAdaptiveDynamicStreamingTemplatesResponse",
    "DescribeAgentRecordTaskRequest",
    "DescribeAgentRecordTaskResponse",
    "DescribeAigcAudioTaskRequest",
    "DescribeAigcAudioTaskResponse",
    "DescribeAigcImageTaskRequest",
    "DescribeAigcImageTaskResponse",
    "DescribeAigcTaskListRequest",
    "DescribeAigcTaskListResponse",
    "DescribeAigcTaskStatusRequest",
    "DescribeAigcTaskStatusResponse",
    "DescribeAigcVideoTaskRequest",
    "DescribeAigcVideoTaskResponse",
    "DescribeAnimatedGraphicsTemplatesRequest",
    "DescribeAnimatedGraphicsTemplatesResponse",
    "DescribeAsrHotwordsListRequest",
    "DescribeAsrHotwordsListResponse",
    "DescribeAsrHotwordsRequest",
    "DescribeAsrHotwordsResponse",
    "DescribeBatchTaskDetailRequest",
    "DescribeBatchTaskDetailResponse",
    "DescribeBlindWatermarkTemplatesRequest",
    "DescribeBlindWatermarkTemplatesResponse",
    "DescribeCloneViralTaskRequest",
    "DescribeCloneViralTaskResponse",
    "DescribeContentReviewTemplatesRequest",
    "DescribeContentReviewTemplatesResponse",
    "DescribeDesignTaskRequest",
    "DescribeDesignTaskResponse",
    "DescribeEvent",
    "DescribeFlow",
    "DescribeFlowId",
    "DescribeGroupAttachFlowsByIdRequest",
    "DescribeGroupAttachFlowsByIdResponse",
    "DescribeHLSPullSourceAddress",
    "DescribeImageSpriteTemplatesRequest",
    "DescribeImageSpriteTemplatesResponse",
    "DescribeImageTaskDetailRequest",
    "DescribeImageTaskDetailResponse",
    "DescribeImageTasksRequest",
    "DescribeImageTasksResponse",
    "DescribeInput",
    "DescribeInputHLSPullSettings",
    "DescribeInputRISTSettings",
    "DescribeInputRTMPPullSettings",
    "DescribeInputRTMPSettings",
    "DescribeInputRTPSettings",
    "DescribeInputRTSPPullSettings",
    "DescribeInputSRTSettings",
    "DescribeLiveRecordTemplatesRequest",
    "DescribeLiveRecordTemplatesResponse",
    "DescribeMDPMPSUserInfoRequest",
    "DescribeMDPMPSUserInfoResponse",
    "DescribeMediaMetaDataRequest",
    "DescribeMediaMetaDataResponse",
    "DescribeOutput",
    "DescribeOutputHLSPullServerUrl",
    "DescribeOutputHLSPullSettings",
    "DescribeOutputRISTSettings",
    "DescribeOutputRTMPPullServerUrl",
    "DescribeOutputRTMPPullSettings",
    "DescribeOutputRTMPSettings",
    "DescribeOutputRTPSettings",
    "DescribeOutputRTSPPullServerUrl",
    "DescribeOutputRTSPPullSettings",
    "DescribeOutputSRTSettings",
    "DescribePersonSamplesRequest",
    "DescribePersonSamplesResponse",
    "DescribeProcessImageTemplatesRequest",
    "DescribeProcessImageTemplatesResponse",
    "DescribeQualityControlTemplatesRequest",
    "DescribeQualityControlTemplatesResponse",
    "DescribeRTMPPullSourceAddress",
    "DescribeRTSPPullSourceAddress",
    "DescribeSSAIActivateStateRequest",
    "DescribeSSAIActivateStateResponse",
    "DescribeSampleSnapshotTemplatesRequest",
    "DescribeSampleSnapshotTemplatesResponse",
    "DescribeSchedulesRequest",
    "DescribeSchedulesResponse",
    "DescribeSmartEraseTemplatesRequest",
    "DescribeSmartEraseTemplatesResponse",
    "DescribeSmartSubtitleTemplatesRequest",
    "DescribeSmartSubtitleTemplatesResponse",
    "DescribeSnapshotByTimeOffsetTemplatesRequest",
    "DescribeSnapshotByTimeOffsetTemplatesResponse",
    "DescribeStreamLinkActivateStateRequest",
    "DescribeStreamLinkActivateStateResponse",
    "DescribeStreamLinkEventAttachedFlowsRequest",
    "DescribeStreamLinkEventAttachedFlowsResponse",
    "DescribeStreamLinkEventRequest",
    "DescribeStreamLinkEventResponse",
    "DescribeStreamLinkEventsRequest",
    "DescribeStreamLinkEventsResponse",
    "DescribeStreamLinkFlowLogsRequest",
    "DescribeStreamLinkFlowLogsResponse",
    "DescribeStreamLinkFlowMediaStatisticsRequest",
    "DescribeStreamLinkFlowMediaStatisticsResponse",
    "DescribeStreamLinkFlowRealtimeStatusRequest",
    "DescribeStreamLinkFlowRealtimeStatusResponse",
    "DescribeStreamLinkFlowRequest",
    "DescribeStreamLinkFlowResponse",
    "DescribeStreamLinkFlowSRTStatisticsRequest",
    "DescribeStreamLinkFlowSRTStatisticsResponse",
    "DescribeStreamLinkFlowStatisticsRequest",
    "DescribeStreamLinkFlowStatisticsResponse",
    "DescribeStreamLinkFlowsRequest",
    "DescribeStreamLinkFlowsResponse",
    "DescribeStreamLinkRegionsRequest",
    "DescribeStreamLinkRegionsResponse",
    "DescribeStreamLinkSecurityGroupsRequest",
    "DescribeStreamLinkSecurityGroupsResponse",
    "DescribeStreamPackageActivateStateRequest",
    "DescribeStreamPackageActivateStateResponse",
    "DescribeStreamPackageLinearAssemblyChannelAlertsRequest",
    "DescribeStreamPackageLinearAssemblyChannelAlertsResponse",
    "DescribeStreamPackageLinearAssemblyChannelRequest",
    "DescribeStreamPackageLinearAssemblyChannelResponse",
    "DescribeStreamPackageLinearAssemblyChannelsRequest",
    "DescribeStreamPackageLinearAssemblyChannelsResponse",
    "DescribeStreamPackageLinearAssemblyProgramRequest",
    "DescribeStreamPackageLinearAssemblyProgramResponse",
    "DescribeStreamPackageLinearAssemblyProgramSchedulesRequest",
    "DescribeStreamPackageLinearAssemblyProgramSchedulesResponse",
    "DescribeStreamPackageLinearAssemblyProgramsRequest",
    "DescribeStreamPackageLinearAssemblyProgramsResponse",
    "DescribeStreamPackageLinearAssemblyUsageRequest",
    "DescribeStreamPackageLinearAssemblyUsageResponse",
    "DescribeStreamPackageSSAIChannelRequest",
    "DescribeStreamPackageSSAIChannelResponse",
    "DescribeStreamPackageSSAIChannelsRequest",
    "DescribeStreamPackageSSAIChannelsResponse",
    "DescribeStreamPackageSSAIUsageRequest",
    "DescribeStreamPackageSSAIUsageResponse",
    "DescribeStreamPackageSourceAlertsRequest",
    "DescribeStreamPackageSourceAlertsResponse",
    "DescribeStreamPackageSourceLocationRequest",
    "DescribeStreamPackageSourceLocationResponse",
    "DescribeStreamPackageSourceLocationsRequest",
    "DescribeStreamPackageSourceLocationsResponse",
    "DescribeStreamPackageSourceRequest",
    "DescribeStreamPackageSourceResponse",
    "DescribeStreamPackageSourcesRequest",
    "DescribeStreamPackageSourcesResponse",
    "DescribeSubtitleEmbedTemplatesRequest",
    "DescribeSubtitleEmbedTemplatesResponse",
    "DescribeTaskDetailRequest",
    "DescribeTaskDetailResponse",
    "DescribeTasksRequest",
    "DescribeTasksResponse",
    "DescribeTextToSpeechAsyncTaskRequest",
    "DescribeTextToSpeechAsyncTaskResponse",
    "DescribeTranscodeTemplatesRequest",
    "DescribeTranscodeTemplatesResponse",
    "DescribeUsageDataRequest",
    "DescribeUsageDataResponse",
    "DescribeVideoDatabaseEntryTaskDetailRequest",
    "DescribeVideoDatabaseEntryTaskDetailResponse",
    "DescribeVideoSearchTaskDetailRequest",
    "DescribeVideoSearchTaskDetailResponse",
    "DescribeVoicesRequest",
    "DescribeVoicesResponse",
    "DescribeWatermarkTemplatesRequest",
    "DescribeWatermarkTemplatesResponse",
    "DescribeWordSamplesRequest",
    "DescribeWordSamplesResponse",
    "DescribeWorkflowsRequest",
    "DescribeWorkflowsResponse",
    "DesignVoiceAsyncRequest",
    "DesignVoiceAsyncResponse",
    "DetectVideoSubtitleAreaRequest",
    "DetectVideoSubtitleAreaResponse",
    "DetectVideoWatermarkRequest",
    "DetectVideoWatermarkResponse",
    "DiagnoseResult",
    "DiffusionEnhanceConfig",
    "DiffusionEnhanceV2Config",
    "DisableScheduleRequest",
    "DisableScheduleResponse",
    "DisableWorkflowRequest",
    "DisableWorkflowResponse",
    "DisassociateSecurityGroupRequest",
    "DisassociateSecurityGroupResponse",
    "DocToVideoBackgroundInfo",
    "DocToVideoCosInfo",
    "DocToVideoInput",
    "DocToVideoRegenerateInput",
    "DocToVideoWatermarkInfo",
    "DrmInfo",
    "DstSubtitleInput",
    "DubbingConfig",
    "DubbingEmbedSubtitleConfig",
    "DubbingOutputConfig",
    "DubbingSubtitleConfig",
    "DubbingTranslateConfig",
    "EditMediaFileInfo",
    "EditMediaOutputConfig",
    "EditMediaRequest",
    "EditMediaResponse",
    "EditMediaTask",
    "EditMediaTaskInput",
    "EditMediaTaskOutput",
    "EmbeddingData",
    "EmbeddingDataRequest",
    "EmbeddingDataResponse",
    "EmbeddingResultItem",
    "EnableScheduleRequest",
    "EnableScheduleResponse",
    "EnableWorkflowRequest",
    "EnableWorkflowResponse",
    "EnhanceConfig",
    "EraseArea",
    "EraseTimeArea",
    "EvaluationMediaInputInfo",
    "EvaluationTaskInput",
    "EvaluationTemplateInputInfo",
    "ExecRuleTaskData",
    "ExecRulesTask",
    "ExecuteFunctionRequest",
    "ExecuteFunctionResponse",
    "ExpressionConfigInfo",
    "ExtractBlindWatermarkConfig",
    "ExtractBlindWatermarkRequest",
    "ExtractBlindWatermarkResponse",
    "ExtractBlindWatermarkTask",
    "ExtractBlindWatermarkTaskConfig",
    "FaceConfigureInfo",
    "FaceConfigureInfoForUpdate",
    "FaceEnhanceConfig",
    "FailOverOption",
    "File3D",
    "FissionTaskInfo",
    "FlowAudio",
    "FlowInOutResp",
    "FlowLogInfo",
    "FlowMediaAudio",
    "FlowMediaInfo",
    "FlowMediaVideo",
    "FlowRealtimeStatusCommon",
    "FlowRealtimeStatusItem",
    "FlowRealtimeStatusRTMP",
    "FlowRealtimeStatusRTP",
    "FlowRealtimeStatusSRT",
    "FlowSRTInfo",
    "FlowStatistics",
    "FlowStatisticsArray",
    "FlowVideo",
    "FrameRateConfig",
    "FrameRateWithDenConfig",
    "FrameTagConfigureInfo",
    "FrameTagConfigureInfoForUpdate",
    "HLSConfigureInfo",
    "HLSPullSourceAddress",
    "HdrConfig",
    "HeadTailParameter",
    "HighlightSegmentItem",
    "ImageAreaBoxInfo",
    "ImageComposeCanvas",
    "ImageComposeLayer",
    "ImageDenoiseConfig",
    "ImageEncodeConfig",
    "ImageEnhanceConfig",
    "ImageEraseConfig",
    "ImageEraseLogoConfig",
    "ImageProcessOutputConfig",
    "ImageProcessPrompt",
    "ImageProcessTaskOutput",
    "ImageProcessTaskResult",
    "ImageQualityConfig",
    "ImageQualityEnhanceConfig",
    "ImageResizeConfig",
    "ImageSpriteTaskInput",
    "ImageSpriteTemplate",
    "ImageTaskInfo",
    "ImageTaskInput",
    "ImageTransformConfig",
    "ImageWatermarkInput",
    "ImageWatermarkInputForUpdate",
    "ImageWatermarkTemplate",
    "InputAddress",
    "LLMDetectionIssue",
    "LLMDetectionReport",
    "LLMDetectionResultItem",
    "LinearAssemblyChannelInfo",
    "LinearAssemblyProgramInfo",
    "LiveActivityResItem",
    "LiveActivityResult",
    "LiveAiAnalysisDescriptionItem",
    "LiveAiParagraphInfo",
    "LiveRecordFile",
    "LiveRecordResult",
    "LiveRecordTaskInput",
    "LiveRecordTemplate",
    "LiveScheduleLiveRecordTaskResult",
    "LiveScheduleTask",
    "LiveSmartSubtitleResult",
    "LiveSmartSubtitlesTaskInput",
    "LiveStreamAiAnalysisResultInfo",
    "LiveStreamAiAnalysisResultItem",
    "LiveStreamAiQualityControlResultInfo",
    "LiveStreamAiRecognitionResultInfo",
    "LiveStreamAiRecognitionResultItem",
    "LiveStreamAiReviewImagePoliticalResult",
    "LiveStreamAiReviewImagePornResult",
    "LiveStreamAiReviewImageTerrorismResult",
    "LiveStreamAiReviewResultInfo",
    "LiveStreamAiReviewResultItem",
    "LiveStreamAiReviewVoicePornResult",
    "LiveStreamAiSmartSubtitleResultInfo",
    "LiveStreamAsrFullTextRecognitionResult",
    "LiveStreamAsrWordsRecognitionResult",
    "LiveStreamFaceRecognitionResult",
    "LiveStreamObjectRecognitionResult",
    "LiveStreamOcrFullTextRecognitionResult",
    "LiveStreamOcrWordsRecognitionResult",
    "LiveStreamProcessErrorInfo",
    "LiveStreamProcessTask",
    "LiveStreamRecordResultInfo",
    "LiveStreamTagRecognitionResult",
    "LiveStreamTaskNotifyConfig",
    "LiveStreamTransTextRecognitionResult",
    "LowLightEnhanceConfig",
    "MP4ConfigureInfo",
    "ManageTaskRequest",
    "ManageTaskResponse",
    "ManifestInfo",
    "MediaAiAnalysisClassificationItem",
    "MediaAiAnalysisCoverItem",
    "MediaAiAnalysisDescriptionItem",
    "MediaAiAnalysisFrameTagItem",
    "MediaAiAnalysisFrameTagSegmentItem",
    "MediaAiAnalysisHighlightItem",
    "MediaAiAnalysisTagItem",
    "MediaAnimatedGraphicsItem",
    "MediaAudioStreamItem",
    "MediaContentReviewAsrTextSegmentItem",
    "MediaContentReviewOcrTextSegmentItem",
    "MediaContentReviewPoliticalSegmentItem",
    "MediaContentReviewSegmentItem",
    "MediaImageSpriteItem",
    "MediaInputInfo",
    "MediaMetaData",
    "MediaProcessTaskAdaptiveDynamicStreamingResult",
    "MediaProcessTaskAnimatedGraphicResult",
    "MediaProcessTaskImageSpriteResult",
    "MediaProcessTaskInput",
    "MediaProcessTaskResult",
    "MediaProcessTaskSampleSnapshotResult",
    "MediaProcessTaskSnapshotByTimeOffsetResult",
    "MediaProcessTaskTranscodeResult",
    "MediaSampleSnapshotItem",
    "MediaSnapshotByTimeOffsetItem",
    "MediaSnapshotByTimePicInfoItem",
    "MediaTranscodeItem",
    "MediaUsageItem",
    "MediaVideoStreamItem",
    "Metadata",
    "ModifyAIAnalysisTemplateRequest",
    "ModifyAIAnalysisTemplateResponse",
    "ModifyAIRecognitionTemplateRequest",
    "ModifyAIRecognitionTemplateResponse",
    "ModifyAdaptiveDynamicStreamingTemplateRequest",
    "ModifyAdaptiveDynamicStreamingTemplateResponse",
    "ModifyAnimatedGraphicsTemplateRequest",
    "ModifyAnimatedGraphicsTemplateResponse",
    "ModifyAsrHotwordsRequest",
    "ModifyAsrHotwordsResponse",
    "ModifyBlindWatermarkTemplateRequest",
    "ModifyBlindWatermarkTemplateResponse",
    "ModifyContentReviewTemplateRequest",
    "ModifyContentReviewTemplateResponse",
    "ModifyDocToVideoTaskStatusInput",
    "ModifyDocToVideoTaskStatusRequest",
    "ModifyDocToVideoTaskStatusResponse",
    "ModifyImageSpriteTemplateRequest",
    "ModifyImageSpriteTemplateResponse",
    "ModifyInput",
    "ModifyLiveRecordTemplateRequest",
    "ModifyLiveRecordTemplateResponse",
    "ModifyOutputInfo",
    "ModifyPersonSampleRequest",
    "ModifyPersonSampleResponse",
    "ModifyProcessImageTemplateRequest",
    "ModifyProcessImageTemplateResponse",
    "ModifyQualityControlTemplateRequest",
    "ModifyQualityControlTemplateResponse",
    "ModifySampleSnapshotTemplateRequest",
    "ModifySampleSnapshotTemplateResponse",
    "ModifyScheduleRequest",
    "ModifyScheduleResponse",
    "ModifySmartEraseTemplateRequest",
    "ModifySmartEraseTemplateResponse",
    "ModifySmartSubtitleTemplateRequest",
    "ModifySmartSubtitleTemplateResponse",
    "ModifySnapshotByTimeOffsetTemplateRequest",
    "ModifySnapshotByTimeOffsetTemplateResponse",
    "ModifyStreamLinkEventRequest",
    "ModifyStreamLinkEventResponse",
    "ModifyStreamLinkFlowRequest",
    "ModifyStreamLinkFlowResponse",
    "ModifyStreamLinkInputRequest",
    "ModifyStreamLinkInputResponse",
    "ModifyStreamLinkOutputInfoRequest",
    "ModifyStreamLinkOutputInfoResponse",
    "ModifyStreamLinkSecurityGroupRequest",
    "ModifyStreamLinkSecurityGroupResponse",
    "ModifyStreamPackageLinearAssemblyChannelRequest",
    "ModifyStreamPackageLinearAssemblyChannelResponse",
    "ModifyStreamPackageLinearAssemblyProgramRequest",
    "ModifyStreamPackageLinearAssemblyProgramResponse",
    "ModifyStreamPackageSSAIChannelRequest",
    "ModifyStreamPackageSSAIChannelResponse",
    "ModifyStreamPackageSourceLocationRequest",
    "ModifyStreamPackageSourceLocationResponse",
    "ModifyStreamPackageSourceRequest",
    "ModifyStreamPackageSourceResponse",
    "ModifySubtitleEmbedTemplateRequest",
    "ModifySubtitleEmbedTemplateResponse",
    "ModifyTranscodeTemplateRequest",
    "ModifyTranscodeTemplateResponse",
    "ModifyWatermarkTemplateRequest",
    "ModifyWatermarkTemplateResponse",
    "ModifyWordSampleRequest",
    "ModifyWordSampleResponse",
    "MosaicInput",
    "NameServer",
    "NumberFormat",
    "OcrFullTextConfigureInfo",
    "OcrFullTextConfigureInfoForUpdate",
    "OcrWordsConfigureInfo",
    "OcrWordsConfigureInfoForUpdate",
    "OutputAddress",
    "OutputInfo",
    "OutputRISTSourceAddressResp",
    "OutputReq",
    "OutputSRTSourceAddressResp",
    "OverrideAIDubbingParameter",
    "OverrideEraseParameter",
    "OverrideTranscodeParameter",
    "ParseLiveStreamProcessNotificationRequest",
    "ParseLiveStreamProcessNotificationResponse",
    "ParseNotificationRequest",
    "ParseNotificationResponse",
    "PatternConfig",
    "PidSelector",
    "PlaybackInfo",
    "PlaybackInfoReq",
    "PoliticalAsrReviewTemplateInfo",
    "PoliticalAsrReviewTemplateInfoForUpdate",
    "PoliticalConfigureInfo",
    "PoliticalConfigureInfoForUpdate",
    "PoliticalImgReviewTemplateInfo",
    "PoliticalImgReviewTemplateInfoForUpdate",
    "PoliticalOcrReviewTemplateInfo",
    "PoliticalOcrReviewTemplateInfoForUpdate",
    "PornAsrReviewTemplateInfo",
    "PornAsrReviewTemplateInfoForUpdate",
    "PornConfigureInfo",
    "PornConfigureInfoForUpdate",
    "PornImgReviewTemplateInfo",
    "PornImgReviewTemplateInfoForUpdate",
    "PornOcrReviewTemplateInfo",
    "PornOcrReviewTemplateInfoForUpdate",
    "ProcessImageRequest",
    "ProcessImageResponse",
    "ProcessImageTemplate",
    "ProcessLiveStreamRequest",
    "ProcessLiveStreamResponse",
    "ProcessMediaRequest",
    "ProcessMediaResponse",
    "ProgramAlertCounts",
    "ProgramAlertInfos",
    "ProgramScheduleInfo",
    "ProhibitedAsrReviewTemplateInfo",
    "ProhibitedAsrReviewTemplateInfoForUpdate",
    "ProhibitedConfigureInfo",
    "ProhibitedConfigureInfoForUpdate",
    "ProhibitedOcrReviewTemplateInfo",
    "ProhibitedOcrReviewTemplateInfoForUpdate",
    "Project",
    "PureSubtitleTransResult",
    "PureSubtitleTransResultOutput",
    "QualityControlData",
    "QualityControlItem",
    "QualityControlItemConfig",
    "QualityControlResult",
    "QualityControlStrategy",
    "QualityControlTemplate",
    "QueryHunyuan3DTaskRequest",
    "QueryHunyuan3DTaskResponse",
    "QueryProjectRequest",
    "QueryProjectResponse",
    "QueryTaskFilter",
    "RTMPAddressDestination",
    "RTMPPullSourceAddress",
    "RTPAddressDestination",
    "RTSPPullSourceAddress",
    "RawAIDubbingParameter",
    "RawImageWatermarkInput",
    "RawSmartEraseParameter",
    "RawSmartSubtitleParameter",
    "RawTranscodeParameter",
    "RawWatermarkParameter",
    "RecipeItem",
    "RecognizeAudioRequest",
    "RecognizeAudioResponse",
    "RecognizeAudioSentence",
    "RecognizeMediaForZhiXueRequest",
    "RecognizeMediaForZhiXueResponse",
    "RegionInfo",
    "RemoveBlindWatermarkConfig",
    "ResetWorkflowRequest",
    "ResetWorkflowResponse",
    "ResilientStreamConf",
    "RuleConditionItem",
    "Rules",
    "S3InputInfo",
    "S3OutputStorage",
    "SRTAddressDestination",
    "SRTFECFullOptions",
    "SRTFECSimpleOptions",
    "SRTSourceAddressReq",
    "SRTSourceAddressResp",
    "SSAIChannelInfo",
    "SSAIConf",
    "SSAIUsageInfo",
    "SampleSnapshotTaskInput",
    "SampleSnapshotTemplate",
    "ScheduleAnalysisTaskResult",
    "ScheduleExecRuleTaskResult",
    "ScheduleQualityControlTaskResult",
    "ScheduleRecognitionTaskResult",
    "ScheduleReviewTaskResult",
    "ScheduleSmartSubtitleTaskResult",
    "ScheduleTask",
    "SchedulesInfo",
    "ScratchRepairConfig",
    "SearchTaskResult",
    "SearchValueInput",
    "SecurityGroupInfo",
    "SegmentDeliverInfo",
    "SegmentRecognitionItem",
    "SegmentSpecificInfo",
    "SelectingSubtitleAreasConfig",
    "SharpEnhanceConfig",
    "SimpleAesDrm",
    "SlateInfo",
    "SmartErasePrivacyConfig",
    "SmartEraseSubtitleConfig",
    "SmartEraseTaskInput",
    "SmartEraseTaskResult",
    "SmartEraseTemplateItem",
    "SmartEraseWatermarkConfig",
    "SmartSubtitleTaskAsrFullTextResult",
    "SmartSubtitleTaskAsrFullTextResultOutput",
    "SmartSubtitleTaskAsrFullTextSegmentItem",
    "SmartSubtitleTaskBatchOutput",
    "SmartSubtitleTaskFullTextResult",
    "SmartSubtitleTaskFullTextSegmentItem",
    "SmartSubtitleTaskResultInput",
    "SmartSubtitleTaskTextResultOutput",
    "SmartSubtitleTaskTransTextResult",
    "SmartSubtitleTaskTransTextResultOutput",
    "SmartSubtitleTaskTransTextSegmentItem",
    "SmartSubtitleTemplateItem",
    "SmartSubtitlesResult",
    "SmartSubtitlesTaskInput",
    "SnapshotByTimeOffsetTaskInput",
    "SnapshotByTimeOffsetTemplate",
    "SourceAlert",
    "SourceInfo",
    "SourceLocationInfo",
    "SourcePackageConf",
    "SourceTag",
    "Speakers",
    "SpecificationDataItem",
    "SpekeDrm",
    "SpliceInsertInfo",
    "StartStreamLinkFlowRequest",
    "StartStreamLinkFlowResponse",
    "StartStreamPackageLinearAssemblyChannelRequest",
    "StartStreamPackageLinearAssemblyChannelResponse",
    "StopStreamLinkFlowRequest",
    "StopStreamLinkFlowResponse",
    "StopStreamPackageLinearAssemblyChannelRequest",
    "StopStreamPackageLinearAssemblyChannelResponse",
    "StreamLinkRegionInfo",
    "StreamSelector",
    "StreamUrlDetail",
    "SubmitHunyuan3DTaskRequest",
    "SubmitHunyuan3DTaskResponse",
    "SubtitleArea",
    "SubtitleBoardConfig",
    "SubtitleEmbedConfig",
    "SubtitleEmbedTemplateItem",
    "SubtitleLayoutConfig",
    "SubtitleOutlineConfig",
    "SubtitlePosition",
    "SubtitleResult",
    "SubtitleShadowConfig",
    "SubtitleTemplate",
    "SubtitleTransResultItem",
    "SuperResolutionConfig",
    "SvgWatermarkInput",
    "SvgWatermarkInputForUpdate",
    "SyncDubbingOutputOption",
    "SyncDubbingRequest",
    "SyncDubbingResponse",
    "TEHDConfig",
    "TEHDConfigForUpdate",
    "TagConfigureInfo",
    "TagConfigureInfoForUpdate",
    "TaskNotifyConfig",
    "TaskOutputStorage",
    "TaskSimpleInfo",
    "TaskStatData",
    "TaskStatDataItem",
    "TermBase",
    "TerrorismConfigureInfo",
    "TerrorismConfigureInfoForUpdate",
    "TerrorismImgReviewTemplateInfo",
    "TerrorismImgReviewTemplateInfoForUpdate",
    "TerrorismOcrReviewTemplateInfo",
    "TerrorismOcrReviewTemplateInfoForUpdate",
    "TextToSpeechAsyncRequest",
    "TextToSpeechAsyncResponse",
    "TextToSpeechRequest",
    "TextToSpeechResponse",
    "TextTranslationRequest",
    "TextTranslationResponse",
    "TextWatermarkTemplateInput",
    "TextWatermarkTemplateInputForUpdate",
    "TimeShiftInfo",
    "TimeSignalInfo",
    "TimeSpotCheck",
    "TokensUsage",
    "TrackInfo",
    "TrackSelector",
    "TranscodeTaskInput",
    "TranscodeTemplate",
    "TranslateConfigureInfo",
    "TranslateConfigureInfoForUpdate",
    "UnattachSecurityGroupInOutInfo",
    "UnderstandImageConfig",
    "UpdateProjectRequest",
    "UpdateProjectResponse",
    "UpdateSmartErasePrivacyConfig",
    "UpdateSmartEraseSubtitleConfig",
    "UpdateSmartEraseWatermarkConfig",
    "UpdateVoiceRequest",
    "UpdateVoiceResponse",
    "UrlInputInfo",
    "UsageDetail",
    "UserDefineAsrTextReviewTemplateInfo",
    "UserDefineAsrTextReviewTemplateInfoForUpdate",
    "UserDefineConfigureInfo",
    "UserDefineConfigureInfoForUpdate",
    "UserDefineFaceReviewTemplateInfo",
    "UserDefineFaceReviewTemplateInfoForUpdate",
    "UserDefineOcrTextReviewTemplateInfo",
    "UserDefineOcrTextReviewTemplateInfoForUpdate",
    "VODInputInfo",
    "VODOutputStorage",
    "VideoComprehensionResultItem",
    "VideoDBEntryTaskResult",
    "VideoDenoiseConfig",
    "VideoDramaCosInfo",
    "VideoEnhanceConfig",
    "VideoRedrawCosInfo",
    "VideoRedrawInput",
    "VideoRedrawTaskInfo",
    "VideoTemplateInfo",
    "VideoTemplateInfoForUpdate",
    "ViewImage",
    "VoiceInfo",
    "VoiceProfile",
    "VoiceUpdateFields",
    "VolumeBalanceConfig",
    "WatermarkInput",
    "WatermarkTemplate",
    "WithdrawsWatermarkRequest",
    "WithdrawsWatermarkResponse",
    "WordResult",
    "WorkflowInfo",
    "WorkflowTask",
    "WorkflowTrigger",
]


def __getattr__(name: str) -> Any:
    module = MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
