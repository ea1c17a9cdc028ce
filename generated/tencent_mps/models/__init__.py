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
    from .activity import Activity
    from .activity_para import ActivityPara
    from .activity_res_item import ActivityResItem
    from .activity_result import ActivityResult
    from .adaptive_dynamic_streaming_info_item import AdaptiveDynamicStreamingInfoItem
    from .adaptive_dynamic_streaming_task_input import AdaptiveDynamicStreamingTaskInput
    from .adaptive_stream_template import AdaptiveStreamTemplate
    from .add_on_audio import AddOnAudio
    from .add_on_subtitle import AddOnSubtitle
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
    from .ai_content_review_result import AiContentReviewResult
    from .ai_content_review_task_input import AiContentReviewTaskInput
    from .ai_dubbing_task_input import AIDubbingTaskInput
    from .ai_dubbing_task_output import AIDubbingTaskOutput
    from .ai_dubbing_task_result import AIDubbingTaskResult
    from .ai_paragraph_info import AiParagraphInfo
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
    from .animated_graphic_task_input import AnimatedGraphicTaskInput
    from .artifact_repair_config import ArtifactRepairConfig
    from .asr_hot_words_configure import AsrHotWordsConfigure
    from .audio_beautify_config import AudioBeautifyConfig
    from .audio_denoise_config import AudioDenoiseConfig
    from .audio_enhance_config import AudioEnhanceConfig
    from .audio_enhance_edit_config import AudioEnhanceEditConfig
    from .audio_separate_config import AudioSeparateConfig
    from .audio_template_info import AudioTemplateInfo
    from .audio_template_info_for_update import AudioTemplateInfoForUpdate
    from .audio_track_channel_info import AudioTrackChannelInfo
    from .aws_sqs import AwsSQS
    from .batch_smart_subtitles_result import BatchSmartSubtitlesResult
    from .batch_sub_task_result import BatchSubTaskResult
    from .blind_watermark_input import BlindWatermarkInput
    from .color_enhance_config import ColorEnhanceConfig
    from .container_diagnose_result_item import ContainerDiagnoseResultItem
    from .cos_input_info import CosInputInfo
    from .cos_output_storage import CosOutputStorage
    from .describe_task_detail_request import DescribeTaskDetailRequest
    from .describe_task_detail_response import DescribeTaskDetailResponse
    from .describe_tasks_request import DescribeTasksRequest
    from .describe_tasks_response import DescribeTasksResponse
    from .diffusion_enhance_config import DiffusionEnhanceConfig
    from .diffusion_enhance_v2_config import DiffusionEnhanceV2Config
    from .drm_info import DrmInfo
    from .dst_subtitle_input import DstSubtitleInput
    from .dubbing_config import DubbingConfig
    from .dubbing_embed_subtitle_config import DubbingEmbedSubtitleConfig
    from .dubbing_output_config import DubbingOutputConfig
    from .dubbing_subtitle_config import DubbingSubtitleConfig
    from .dubbing_translate_config import DubbingTranslateConfig
    from .edit_media_file_info import EditMediaFileInfo
    from .edit_media_task import EditMediaTask
    from .edit_media_task_input import EditMediaTaskInput
    from .edit_media_task_output import EditMediaTaskOutput
    from .enhance_config import EnhanceConfig
    from .erase_area import EraseArea
    from .erase_time_area import EraseTimeArea
    from .exec_rule_task_data import ExecRuleTaskData
    from .exec_rules_task import ExecRulesTask
    from .extract_blind_watermark_task import ExtractBlindWatermarkTask
    from .extract_blind_watermark_task_config import ExtractBlindWatermarkTaskConfig
    from .frame_rate_config import FrameRateConfig
    from .frame_rate_with_den_config import FrameRateWithDenConfig
    from .hdr_config import HdrConfig
    from .head_tail_parameter import HeadTailParameter
    from .highlight_segment_item import HighlightSegmentItem
    from .image_quality_enhance_config import ImageQualityEnhanceConfig
    from .image_sprite_task_input import ImageSpriteTaskInput
    from .live_activity_res_item import LiveActivityResItem
    from .live_activity_result import LiveActivityResult
    from .live_record_file import LiveRecordFile
    from .live_record_result import LiveRecordResult
    from .live_record_task_input import LiveRecordTaskInput
    from .live_schedule_live_record_task_result import LiveScheduleLiveRecordTaskResult
    from .live_schedule_task import LiveScheduleTask
    from .live_stream_process_task import LiveStreamProcessTask
    from .llm_detection_issue import LLMDetectionIssue
    from .llm_detection_report import LLMDetectionReport
    from .llm_detection_result_item import LLMDetectionResultItem
    from .low_light_enhance_config import LowLightEnhanceConfig
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
    from .mosaic_input import MosaicInput
    from .number_format import NumberFormat
    from .override_ai_dubbing_parameter import OverrideAIDubbingParameter
    from .override_erase_parameter import OverrideEraseParameter
    from .override_transcode_parameter import OverrideTranscodeParameter
    from .parse_notification_request import ParseNotificationRequest
    from .parse_notification_response import ParseNotificationResponse
    from .process_media_request import ProcessMediaRequest
    from .process_media_response import ProcessMediaResponse
    from .pure_subtitle_trans_result import PureSubtitleTransResult
    from .pure_subtitle_trans_result_output import PureSubtitleTransResultOutput
    from .quality_control_data import QualityControlData
    from .quality_control_item import QualityControlItem
    from .quality_control_result import QualityControlResult
    from .raw_ai_dubbing_parameter import RawAIDubbingParameter
    from .raw_image_watermark_input import RawImageWatermarkInput
    from .raw_smart_erase_parameter import RawSmartEraseParameter
    from .raw_smart_subtitle_parameter import RawSmartSubtitleParameter
    from .raw_transcode_parameter import RawTranscodeParameter
    from .raw_watermark_parameter import RawWatermarkParameter
    from .rule_condition_item import RuleConditionItem
    from .rules import Rules
    from .s3_input_info import S3InputInfo
    from .s3_output_storage import S3OutputStorage
    from .sample_snapshot_task_input import SampleSnapshotTaskInput
    from .schedule_analysis_task_result import ScheduleAnalysisTaskResult
    from .schedule_exec_rule_task_result import ScheduleExecRuleTaskResult
    from .schedule_quality_control_task_result import ScheduleQualityControlTaskResult
    from .schedule_recognition_task_result import ScheduleRecognitionTaskResult
    from .schedule_review_task_result import ScheduleReviewTaskResult
    from .schedule_smart_subtitle_task_result import ScheduleSmartSubtitleTaskResult
    from .schedule_task import ScheduleTask
    from .scratch_repair_config import ScratchRepairConfig
    from .segment_recognition_item import SegmentRecognitionItem
    from .segment_specific_info import SegmentSpecificInfo
    from .selecting_subtitle_areas_config import SelectingSubtitleAreasConfig
    from .simple_aes_drm import SimpleAesDrm
    from .smart_erase_privacy_config import SmartErasePrivacyConfig
    from .smart_erase_subtitle_config import SmartEraseSubtitleConfig
    from .smart_erase_task_input import SmartEraseTaskInput
    from .smart_erase_task_result import SmartEraseTaskResult
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
    from .smart_subtitles_result import SmartSubtitlesResult
    from .smart_subtitles_task_input import SmartSubtitlesTaskInput
    from .snapshot_by_time_offset_task_input import SnapshotByTimeOffsetTaskInput
    from .speke_drm import SpekeDrm
    from .subtitle_position import SubtitlePosition
    from .subtitle_result import SubtitleResult
    from .subtitle_template import SubtitleTemplate
    from .subtitle_trans_result_item import SubtitleTransResultItem
    from .super_resolution_config import SuperResolutionConfig
    from .task_notify_config import TaskNotifyConfig
    from .task_output_storage import TaskOutputStorage
    from .task_simple_info import TaskSimpleInfo
    from .tehd_config import TEHDConfig
    from .tehd_config_for_update import TEHDConfigForUpdate
    from .track_info import TrackInfo
    from .transcode_task_input import TranscodeTaskInput
    from .update_smart_erase_privacy_config import UpdateSmartErasePrivacyConfig
    from .update_smart_erase_subtitle_config import UpdateSmartEraseSubtitleConfig
    from .update_smart_erase_watermark_config import UpdateSmartEraseWatermarkConfig
    from .url_input_info import UrlInputInfo
    from .video_comprehension_result_item import VideoComprehensionResultItem
    from .video_denoise_config import VideoDenoiseConfig
    from .video_enhance_config import VideoEnhanceConfig
    from .video_template_info import VideoTemplateInfo
    from .video_template_info_for_update import VideoTemplateInfoForUpdate
    from .vod_input_info import VODInputInfo
    from .vod_output_storage import VODOutputStorage
    from .volume_balance_config import VolumeBalanceConfig
    from .watermark_input import WatermarkInput
    from .word_result import WordResult
    from .workflow_task import WorkflowTask

__all__ = [
    "AIDubbingTaskInput",
    "AIDubbingTaskOutput",
    "AIDubbingTaskResult",
    "Activity",
    "ActivityPara",
    "ActivityResItem",
    "ActivityResult",
    "AdaptiveDynamicStreamingInfoItem",
    "AdaptiveDynamicStreamingTaskInput",
    "AdaptiveStreamTemplate",
    "AddOnAudio",
    "AddOnSubtitle",
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
    "AiContentReviewResult",
    "AiContentReviewTaskInput",
    "AiParagraphInfo",
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
    "AnimatedGraphicTaskInput",
    "ArtifactRepairConfig",
    "AsrHotWordsConfigure",
    "AudioBeautifyConfig",
    "AudioDenoiseConfig",
    "AudioEnhanceConfig",
    "AudioEnhanceEditConfig",
    "AudioSeparateConfig",
    "AudioTemplateInfo",
    "AudioTemplateInfoForUpdate",
    "AudioTrackChannelInfo",
    "AwsSQS",
    "BatchSmartSubtitlesResult",
    "BatchSubTaskResult",
    "BlindWatermarkInput",
    "ColorEnhanceConfig",
    "ContainerDiagnoseResultItem",
    "CosInputInfo",
    "CosOutputStorage",
    "DescribeTaskDetailRequest",
    "DescribeTaskDetailResponse",
    "DescribeTasksRequest",
    "DescribeTasksResponse",
    "DiffusionEnhanceConfig",
    "DiffusionEnhanceV2Config",
    "DrmInfo",
    "DstSubtitleInput",
    "DubbingConfig",
    "DubbingEmbedSubtitleConfig",
    "DubbingOutputConfig",
    "DubbingSubtitleConfig",
    "DubbingTranslateConfig",
    "EditMediaFileInfo",
    "EditMediaTask",
    "EditMediaTaskInput",
    "EditMediaTaskOutput",
    "EnhanceConfig",
    "EraseArea",
    "EraseTimeArea",
    "ExecRuleTaskData",
    "ExecRulesTask",
    "ExtractBlindWatermarkTask",
    "ExtractBlindWatermarkTaskConfig",
    "FrameRateConfig",
    "FrameRateWithDenConfig",
    "HdrConfig",
    "HeadTailParameter",
    "HighlightSegmentItem",
    "ImageQualityEnhanceConfig",
    "ImageSpriteTaskInput",
    "LLMDetectionIssue",
    "LLMDetectionReport",
    "LLMDetectionResultItem",
    "LiveActivityResItem",
    "LiveActivityResult",
    "LiveRecordFile",
    "LiveRecordResult",
    "LiveRecordTaskInput",
    "LiveScheduleLiveRecordTaskResult",
    "LiveScheduleTask",
    "LiveStreamProcessTask",
    "LowLightEnhanceConfig",
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
    "MosaicInput",
    "NumberFormat",
    "OverrideAIDubbingParameter",
    "OverrideEraseParameter",
    "OverrideTranscodeParameter",
    "ParseNotificationRequest",
    "ParseNotificationResponse",
    "ProcessMediaRequest",
    "ProcessMediaResponse",
    "PureSubtitleTransResult",
    "PureSubtitleTransResultOutput",
    "QualityControlData",
    "QualityControlItem",
    "QualityControlResult",
    "RawAIDubbingParameter",
    "RawImageWatermarkInput",
    "RawSmartEraseParameter",
    "RawSmartSubtitleParameter",
    "RawTranscodeParameter",
    "RawWatermarkParameter",
    "RuleConditionItem",
    "Rules",
    "S3InputInfo",
    "S3OutputStorage",
    "SampleSnapshotTaskInput",
    "ScheduleAnalysisTaskResult",
    "ScheduleExecRuleTaskResult",
    "ScheduleQualityControlTaskResult",
    "ScheduleRecognitionTaskResult",
    "ScheduleReviewTaskResult",
    "ScheduleSmartSubtitleTaskResult",
    "ScheduleTask",
    "ScratchRepairConfig",
    "SegmentRecognitionItem",
    "SegmentSpecificInfo",
    "SelectingSubtitleAreasConfig",
    "SimpleAesDrm",
    "SmartErasePrivacyConfig",
    "SmartEraseSubtitleConfig",
    "SmartEraseTaskInput",
    "SmartEraseTaskResult",
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
    "SmartSubtitlesResult",
    "SmartSubtitlesTaskInput",
    "SnapshotByTimeOffsetTaskInput",
    "SpekeDrm",
    "SubtitlePosition",
    "SubtitleResult",
    "SubtitleTemplate",
    "SubtitleTransResultItem",
    "SuperResolutionConfig",
    "TEHDConfig",
    "TEHDConfigForUpdate",
    "TaskNotifyConfig",
    "TaskOutputStorage",
    "TaskSimpleInfo",
    "TrackInfo",
    "TranscodeTaskInput",
    "UpdateSmartErasePrivacyConfig",
    "UpdateSmartEraseSubtitleConfig",
    "UpdateSmartEraseWatermarkConfig",
    "UrlInputInfo",
    "VODInputInfo",
    "VODOutputStorage",
    "VideoComprehensionResultItem",
    "VideoDenoiseConfig",
    "VideoEnhanceConfig",
    "VideoTemplateInfo",
    "VideoTemplateInfoForUpdate",
    "VolumeBalanceConfig",
    "WatermarkInput",
    "WordResult",
    "WorkflowTask",
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
