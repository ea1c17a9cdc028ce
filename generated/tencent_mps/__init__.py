# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/__init__.py.jinja2 (make generate); do not edit.
"""A typed, schema-first SDK for Tencent Cloud Media Processing Service (MPS), API version 2019-06-12.

Everything is imported on first use, so ``import tencent_mps`` is nearly free::

    from tencent_mps import Client
    task = Client().describe_task_detail(task_id="...")

    from tencent_mps import parse_response       # decode a body you already have
    task = parse_response(body)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
    import cattrs

    from tencent_mps_core.credentials import Credentials as Credentials
    from tencent_mps_core.raw import RawResponse as RawResponse
    from tencent_mps_core.retry import RetryPolicy as RetryPolicy

    from . import enums as enums
    from . import errors as errors
    from . import models as models
    from . import operations as operations
    from .async_client import AsyncClient as AsyncClient
    from .client import Client as Client
    from .errors import APIError as APIError
    from .errors import DecodeError as DecodeError
    from .errors import SDKError as SDKError
    from .errors import ValidationError as ValidationError
    from .operations import parse_activate_ssai_response as parse_activate_ssai_response
    from .operations import (
        parse_activate_stream_package_response as parse_activate_stream_package_response,
    )
    from .operations import (
        parse_batch_delete_stream_link_flow_response as parse_batch_delete_stream_link_flow_response,
    )
    from .operations import parse_batch_process_media_response as parse_batch_process_media_response
    from .operations import (
        parse_batch_start_stream_link_flow_response as parse_batch_start_stream_link_flow_response,
    )
    from .operations import (
        parse_batch_stop_stream_link_flow_response as parse_batch_stop_stream_link_flow_response,
    )
    from .operations import parse_change_voice_response as parse_change_voice_response
    from .operations import parse_clone_viral_response as parse_clone_viral_response
    from .operations import parse_clone_voice_response as parse_clone_voice_response
    from .operations import (
        parse_create_adaptive_dynamic_streaming_template_response as parse_create_adaptive_dynamic_streaming_template_response,
    )
    from .operations import (
        parse_create_agent_record_task_response as parse_create_agent_record_task_response,
    )
    from .operations import (
        parse_create_ai_analysis_template_response as parse_create_ai_analysis_template_response,
    )
    from .operations import (
        parse_create_ai_drama_task_response as parse_create_ai_drama_task_response,
    )
    from .operations import (
        parse_create_ai_fission_task_response as parse_create_ai_fission_task_response,
    )
    from .operations import (
        parse_create_ai_recognition_template_response as parse_create_ai_recognition_template_response,
    )
    from .operations import (
        parse_create_aigc_audio_task_response as parse_create_aigc_audio_task_response,
    )
    from .operations import (
        parse_create_aigc_image_task_response as parse_create_aigc_image_task_response,
    )
    from .operations import (
        parse_create_aigc_video_task_response as parse_create_aigc_video_task_response,
    )
    from .operations import (
        parse_create_animated_graphics_template_response as parse_create_animated_graphics_template_response,
    )
    from .operations import parse_create_asr_hotwords_response as parse_create_asr_hotwords_response
    from .operations import (
        parse_create_blind_watermark_template_response as parse_create_blind_watermark_template_response,
    )
    from .operations import (
        parse_create_content_review_template_response as parse_create_content_review_template_response,
    )
    from .operations import (
        parse_create_doc_to_video_task_response as parse_create_doc_to_video_task_response,
    )
    from .operations import (
        parse_create_image_sprite_template_response as parse_create_image_sprite_template_response,
    )
    from .operations import (
        parse_create_live_record_template_response as parse_create_live_record_template_response,
    )
    from .operations import (
        parse_create_media_evaluation_response as parse_create_media_evaluation_response,
    )
    from .operations import (
        parse_create_person_sample_response as parse_create_person_sample_response,
    )
    from .operations import (
        parse_create_process_image_template_response as parse_create_process_image_template_response,
    )
    from .operations import parse_create_project_response as parse_create_project_response
    from .operations import (
        parse_create_quality_control_template_response as parse_create_quality_control_template_response,
    )
    from .operations import (
        parse_create_sample_snapshot_template_response as parse_create_sample_snapshot_template_response,
    )
    from .operations import parse_create_schedule_response as parse_create_schedule_response
    from .operations import (
        parse_create_smart_erase_template_response as parse_create_smart_erase_template_response,
    )
    from .operations import (
        parse_create_smart_subtitle_template_response as parse_create_smart_subtitle_template_response,
    )
    from .operations import (
        parse_create_snapshot_by_time_offset_template_response as parse_create_snapshot_by_time_offset_template_response,
    )
    from .operations import (
        parse_create_stream_link_event_response as parse_create_stream_link_event_response,
    )
    from .operations import (
        parse_create_stream_link_flow_response as parse_create_stream_link_flow_response,
    )
    from .operations import (
        parse_create_stream_link_input_response as parse_create_stream_link_input_response,
    )
    from .operations import (
        parse_create_stream_link_output_info_response as parse_create_stream_link_output_info_response,
    )
    from .operations import (
        parse_create_stream_link_security_group_response as parse_create_stream_link_security_group_response,
    )
    from .operations import (
        parse_create_stream_package_linear_assembly_channel_response as parse_create_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_create_stream_package_linear_assembly_program_response as parse_create_stream_package_linear_assembly_program_response,
    )
    from .operations import (
        parse_create_stream_package_source_location_response as parse_create_stream_package_source_location_response,
    )
    from .operations import (
        parse_create_stream_package_source_response as parse_create_stream_package_source_response,
    )
    from .operations import (
        parse_create_stream_package_ssai_channel_response as parse_create_stream_package_ssai_channel_response,
    )
    from .operations import (
        parse_create_subtitle_embed_template_response as parse_create_subtitle_embed_template_response,
    )
    from .operations import (
        parse_create_transcode_template_response as parse_create_transcode_template_response,
    )
    from .operations import (
        parse_create_video_database_entry_task_response as parse_create_video_database_entry_task_response,
    )
    from .operations import (
        parse_create_video_redraw_task_response as parse_create_video_redraw_task_response,
    )
    from .operations import (
        parse_create_video_search_task_response as parse_create_video_search_task_response,
    )
    from .operations import (
        parse_create_watermark_template_response as parse_create_watermark_template_response,
    )
    from .operations import parse_create_word_samples_response as parse_create_word_samples_response
    from .operations import parse_create_workflow_response as parse_create_workflow_response
    from .operations import (
        parse_delete_adaptive_dynamic_streaming_template_response as parse_delete_adaptive_dynamic_streaming_template_response,
    )
    from .operations import (
        parse_delete_ai_analysis_template_response as parse_delete_ai_analysis_template_response,
    )
    from .operations import (
        parse_delete_ai_recognition_template_response as parse_delete_ai_recognition_template_response,
    )
    from .operations import (
        parse_delete_animated_graphics_template_response as parse_delete_animated_graphics_template_response,
    )
    from .operations import parse_delete_asr_hotwords_response as parse_delete_asr_hotwords_response
    from .operations import (
        parse_delete_blind_watermark_template_response as parse_delete_blind_watermark_template_response,
    )
    from .operations import (
        parse_delete_content_review_template_response as parse_delete_content_review_template_response,
    )
    from .operations import (
        parse_delete_image_sprite_template_response as parse_delete_image_sprite_template_response,
    )
    from .operations import (
        parse_delete_live_record_template_response as parse_delete_live_record_template_response,
    )
    from .operations import (
        parse_delete_person_sample_response as parse_delete_person_sample_response,
    )
    from .operations import (
        parse_delete_process_image_template_response as parse_delete_process_image_template_response,
    )
    from .operations import parse_delete_project_response as parse_delete_project_response
    from .operations import (
        parse_delete_quality_control_template_response as parse_delete_quality_control_template_response,
    )
    from .operations import (
        parse_delete_sample_snapshot_template_response as parse_delete_sample_snapshot_template_response,
    )
    from .operations import parse_delete_schedule_response as parse_delete_schedule_response
    from .operations import (
        parse_delete_smart_erase_template_response as parse_delete_smart_erase_template_response,
    )
    from .operations import (
        parse_delete_smart_subtitle_template_response as parse_delete_smart_subtitle_template_response,
    )
    from .operations import (
        parse_delete_snapshot_by_time_offset_template_response as parse_delete_snapshot_by_time_offset_template_response,
    )
    from .operations import (
        parse_delete_stream_link_event_response as parse_delete_stream_link_event_response,
    )
    from .operations import (
        parse_delete_stream_link_flow_response as parse_delete_stream_link_flow_response,
    )
    from .operations import (
        parse_delete_stream_link_output_response as parse_delete_stream_link_output_response,
    )
    from .operations import (
        parse_delete_stream_link_security_group_response as parse_delete_stream_link_security_group_response,
    )
    from .operations import (
        parse_delete_stream_package_linear_assembly_channel_response as parse_delete_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_delete_stream_package_linear_assembly_channels_response as parse_delete_stream_package_linear_assembly_channels_response,
    )
    from .operations import (
        parse_delete_stream_package_linear_assembly_program_response as parse_delete_stream_package_linear_assembly_program_response,
    )
    from .operations import (
        parse_delete_stream_package_linear_assembly_programs_by_channel_response as parse_delete_stream_package_linear_assembly_programs_by_channel_response,
    )
    from .operations import (
        parse_delete_stream_package_linear_assembly_programs_response as parse_delete_stream_package_linear_assembly_programs_response,
    )
    from .operations import (
        parse_delete_stream_package_source_location_response as parse_delete_stream_package_source_location_response,
    )
    from .operations import (
        parse_delete_stream_package_source_response as parse_delete_stream_package_source_response,
    )
    from .operations import (
        parse_delete_stream_package_ssai_channel_response as parse_delete_stream_package_ssai_channel_response,
    )
    from .operations import (
        parse_delete_subtitle_embed_template_response as parse_delete_subtitle_embed_template_response,
    )
    from .operations import (
        parse_delete_transcode_template_response as parse_delete_transcode_template_response,
    )
    from .operations import parse_delete_voice_response as parse_delete_voice_response
    from .operations import (
        parse_delete_watermark_template_response as parse_delete_watermark_template_response,
    )
    from .operations import parse_delete_word_samples_response as parse_delete_word_samples_response
    from .operations import parse_delete_workflow_response as parse_delete_workflow_response
    from .operations import (
        parse_describe_adaptive_dynamic_streaming_templates_response as parse_describe_adaptive_dynamic_streaming_templates_response,
    )
    from .operations import (
        parse_describe_agent_record_task_response as parse_describe_agent_record_task_response,
    )
    from .operations import (
        parse_describe_ai_analysis_templates_response as parse_describe_ai_analysis_templates_response,
    )
    from .operations import (
        parse_describe_ai_recognition_templates_response as parse_describe_ai_recognition_templates_response,
    )
    from .operations import (
        parse_describe_aigc_audio_task_response as parse_describe_aigc_audio_task_response,
    )
    from .operations import (
        parse_describe_aigc_image_task_response as parse_describe_aigc_image_task_response,
    )
    from .operations import (
        parse_describe_aigc_task_list_response as parse_describe_aigc_task_list_response,
    )
    from .operations import (
        parse_describe_aigc_task_status_response as parse_describe_aigc_task_status_response,
    )
    from .operations import (
        parse_describe_aigc_video_task_response as parse_describe_aigc_video_task_response,
    )
    from .operations import (
        parse_describe_animated_graphics_templates_response as parse_describe_animated_graphics_templates_response,
    )
    from .operations import (
        parse_describe_asr_hotwords_list_response as parse_describe_asr_hotwords_list_response,
    )
    from .operations import (
        parse_describe_asr_hotwords_response as parse_describe_asr_hotwords_response,
    )
    from .operations import (
        parse_describe_batch_task_detail_response as parse_describe_batch_task_detail_response,
    )
    from .operations import (
        parse_describe_blind_watermark_templates_response as parse_describe_blind_watermark_templates_response,
    )
    from .operations import (
        parse_describe_clone_viral_task_response as parse_describe_clone_viral_task_response,
    )
    from .operations import (
        parse_describe_content_review_templates_response as parse_describe_content_review_templates_response,
    )
    from .operations import (
        parse_describe_design_task_response as parse_describe_design_task_response,
    )
    from .operations import (
        parse_describe_group_attach_flows_by_id_response as parse_describe_group_attach_flows_by_id_response,
    )
    from .operations import (
        parse_describe_image_sprite_templates_response as parse_describe_image_sprite_templates_response,
    )
    from .operations import (
        parse_describe_image_task_detail_response as parse_describe_image_task_detail_response,
    )
    from .operations import (
        parse_describe_image_tasks_response as parse_describe_image_tasks_response,
    )
    from .operations import (
        parse_describe_live_record_templates_response as parse_describe_live_record_templates_response,
    )
    from .operations import (
        parse_describe_mdpmps_user_info_response as parse_describe_mdpmps_user_info_response,
    )
    from .operations import (
        parse_describe_media_meta_data_response as parse_describe_media_meta_data_response,
    )
    from .operations import (
        parse_describe_person_samples_response as parse_describe_person_samples_response,
    )
    from .operations import (
        parse_describe_process_image_templates_response as parse_describe_process_image_templates_response,
    )
    from .operations import (
        parse_describe_quality_control_templates_response as parse_describe_quality_control_templates_response,
    )
    from .operations import (
        parse_describe_sample_snapshot_templates_response as parse_describe_sample_snapshot_templates_response,
    )
    from .operations import parse_describe_schedules_response as parse_describe_schedules_response
    from .operations import (
        parse_describe_smart_erase_templates_response as parse_describe_smart_erase_templates_response,
    )
    from .operations import (
        parse_describe_smart_subtitle_templates_response as parse_describe_smart_subtitle_templates_response,
    )
    from .operations import (
        parse_describe_snapshot_by_time_offset_templates_response as parse_describe_snapshot_by_time_offset_templates_response,
    )
    from .operations import (
        parse_describe_ssai_activate_state_response as parse_describe_ssai_activate_state_response,
    )
    from .operations import (
        parse_describe_stream_link_activate_state_response as parse_describe_stream_link_activate_state_response,
    )
    from .operations import (
        parse_describe_stream_link_event_attached_flows_response as parse_describe_stream_link_event_attached_flows_response,
    )
    from .operations import (
        parse_describe_stream_link_event_response as parse_describe_stream_link_event_response,
    )
    from .operations import (
        parse_describe_stream_link_events_response as parse_describe_stream_link_events_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_logs_response as parse_describe_stream_link_flow_logs_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_media_statistics_response as parse_describe_stream_link_flow_media_statistics_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_realtime_status_response as parse_describe_stream_link_flow_realtime_status_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_response as parse_describe_stream_link_flow_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_srt_statistics_response as parse_describe_stream_link_flow_srt_statistics_response,
    )
    from .operations import (
        parse_describe_stream_link_flow_statistics_response as parse_describe_stream_link_flow_statistics_response,
    )
    from .operations import (
        parse_describe_stream_link_flows_response as parse_describe_stream_link_flows_response,
    )
    from .operations import (
        parse_describe_stream_link_regions_response as parse_describe_stream_link_regions_response,
    )
    from .operations import (
        parse_describe_stream_link_security_groups_response as parse_describe_stream_link_security_groups_response,
    )
    from .operations import (
        parse_describe_stream_package_activate_state_response as parse_describe_stream_package_activate_state_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_channel_alerts_response as parse_describe_stream_package_linear_assembly_channel_alerts_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_channel_response as parse_describe_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_channels_response as parse_describe_stream_package_linear_assembly_channels_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_program_response as parse_describe_stream_package_linear_assembly_program_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_program_schedules_response as parse_describe_stream_package_linear_assembly_program_schedules_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_programs_response as parse_describe_stream_package_linear_assembly_programs_response,
    )
    from .operations import (
        parse_describe_stream_package_linear_assembly_usage_response as parse_describe_stream_package_linear_assembly_usage_response,
    )
    from .operations import (
        parse_describe_stream_package_source_alerts_response as parse_describe_stream_package_source_alerts_response,
    )
    from .operations import (
        parse_describe_stream_package_source_location_response as parse_describe_stream_package_source_location_response,
    )
    from .operations import (
        parse_describe_stream_package_source_locations_response as parse_describe_stream_package_source_locations_response,
    )
    from .operations import (
        parse_describe_stream_package_source_response as parse_describe_stream_package_source_response,
    )
    from .operations import (
        parse_describe_stream_package_sources_response as parse_describe_stream_package_sources_response,
    )
    from .operations import (
        parse_describe_stream_package_ssai_channel_response as parse_describe_stream_package_ssai_channel_response,
    )
    from .operations import (
        parse_describe_stream_package_ssai_channels_response as parse_describe_stream_package_ssai_channels_response,
    )
    from .operations import (
        parse_describe_stream_package_ssai_usage_response as parse_describe_stream_package_ssai_usage_response,
    )
    from .operations import (
        parse_describe_subtitle_embed_templates_response as parse_describe_subtitle_embed_templates_response,
    )
    from .operations import (
        parse_describe_task_detail_response as parse_describe_task_detail_response,
    )
    from .operations import parse_describe_tasks_response as parse_describe_tasks_response
    from .operations import (
        parse_describe_text_to_speech_async_task_response as parse_describe_text_to_speech_async_task_response,
    )
    from .operations import (
        parse_describe_transcode_templates_response as parse_describe_transcode_templates_response,
    )
    from .operations import parse_describe_usage_data_response as parse_describe_usage_data_response
    from .operations import (
        parse_describe_video_database_entry_task_detail_response as parse_describe_video_database_entry_task_detail_response,
    )
    from .operations import (
        parse_describe_video_search_task_detail_response as parse_describe_video_search_task_detail_response,
    )
    from .operations import parse_describe_voices_response as parse_describe_voices_response
    from .operations import (
        parse_describe_watermark_templates_response as parse_describe_watermark_templates_response,
    )
    from .operations import (
        parse_describe_word_samples_response as parse_describe_word_samples_response,
    )
    from .operations import parse_describe_workflows_response as parse_describe_workflows_response
    from .operations import parse_design_voice_async_response as parse_design_voice_async_response
    from .operations import (
        parse_detect_video_subtitle_area_response as parse_detect_video_subtitle_area_response,
    )
    from .operations import (
        parse_detect_video_watermark_response as parse_detect_video_watermark_response,
    )
    from .operations import parse_disable_schedule_response as parse_disable_schedule_response
    from .operations import parse_disable_workflow_response as parse_disable_workflow_response
    from .operations import (
        parse_disassociate_security_group_response as parse_disassociate_security_group_response,
    )
    from .operations import parse_edit_media_response as parse_edit_media_response
    from .operations import parse_embedding_data_response as parse_embedding_data_response
    from .operations import parse_enable_schedule_response as parse_enable_schedule_response
    from .operations import parse_enable_workflow_response as parse_enable_workflow_response
    from .operations import parse_execute_function_response as parse_execute_function_response
    from .operations import (
        parse_extract_blind_watermark_response as parse_extract_blind_watermark_response,
    )
    from .operations import (
        parse_live_stream_process_notification_response as parse_live_stream_process_notification_response,
    )
    from .operations import parse_manage_task_response as parse_manage_task_response
    from .operations import (
        parse_modify_adaptive_dynamic_streaming_template_response as parse_modify_adaptive_dynamic_streaming_template_response,
    )
    from .operations import (
        parse_modify_ai_analysis_template_response as parse_modify_ai_analysis_template_response,
    )
    from .operations import (
        parse_modify_ai_recognition_template_response as parse_modify_ai_recognition_template_response,
    )
    from .operations import (
        parse_modify_animated_graphics_template_response as parse_modify_animated_graphics_template_response,
    )
    from .operations import parse_modify_asr_hotwords_response as parse_modify_asr_hotwords_response
    from .operations import (
        parse_modify_blind_watermark_template_response as parse_modify_blind_watermark_template_response,
    )
    from .operations import (
        parse_modify_content_review_template_response as parse_modify_content_review_template_response,
    )
    from .operations import (
        parse_modify_doc_to_video_task_status_response as parse_modify_doc_to_video_task_status_response,
    )
    from .operations import (
        parse_modify_image_sprite_template_response as parse_modify_image_sprite_template_response,
    )
    from .operations import (
        parse_modify_live_record_template_response as parse_modify_live_record_template_response,
    )
    from .operations import (
        parse_modify_person_sample_response as parse_modify_person_sample_response,
    )
    from .operations import (
        parse_modify_process_image_template_response as parse_modify_process_image_template_response,
    )
    from .operations import (
        parse_modify_quality_control_template_response as parse_modify_quality_control_template_response,
    )
    from .operations import (
        parse_modify_sample_snapshot_template_response as parse_modify_sample_snapshot_template_response,
    )
    from .operations import parse_modify_schedule_response as parse_modify_schedule_response
    from .operations import (
        parse_modify_smart_erase_template_response as parse_modify_smart_erase_template_response,
    )
    from .operations import (
        parse_modify_smart_subtitle_template_response as parse_modify_smart_subtitle_template_response,
    )
    from .operations import (
        parse_modify_snapshot_by_time_offset_template_response as parse_modify_snapshot_by_time_offset_template_response,
    )
    from .operations import (
        parse_modify_stream_link_event_response as parse_modify_stream_link_event_response,
    )
    from .operations import (
        parse_modify_stream_link_flow_response as parse_modify_stream_link_flow_response,
    )
    from .operations import (
        parse_modify_stream_link_input_response as parse_modify_stream_link_input_response,
    )
    from .operations import (
        parse_modify_stream_link_output_info_response as parse_modify_stream_link_output_info_response,
    )
    from .operations import (
        parse_modify_stream_link_security_group_response as parse_modify_stream_link_security_group_response,
    )
    from .operations import (
        parse_modify_stream_package_linear_assembly_channel_response as parse_modify_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_modify_stream_package_linear_assembly_program_response as parse_modify_stream_package_linear_assembly_program_response,
    )
    from .operations import (
        parse_modify_stream_package_source_location_response as parse_modify_stream_package_source_location_response,
    )
    from .operations import (
        parse_modify_stream_package_source_response as parse_modify_stream_package_source_response,
    )
    from .operations import (
        parse_modify_stream_package_ssai_channel_response as parse_modify_stream_package_ssai_channel_response,
    )
    from .operations import (
        parse_modify_subtitle_embed_template_response as parse_modify_subtitle_embed_template_response,
    )
    from .operations import (
        parse_modify_transcode_template_response as parse_modify_transcode_template_response,
    )
    from .operations import (
        parse_modify_watermark_template_response as parse_modify_watermark_template_response,
    )
    from .operations import parse_modify_word_sample_response as parse_modify_word_sample_response
    from .operations import parse_notification_response as parse_notification_response
    from .operations import parse_process_image_response as parse_process_image_response
    from .operations import parse_process_live_stream_response as parse_process_live_stream_response
    from .operations import parse_process_media_response as parse_process_media_response
    from .operations import (
        parse_query_hunyuan3_d_task_response as parse_query_hunyuan3_d_task_response,
    )
    from .operations import parse_query_project_response as parse_query_project_response
    from .operations import parse_recognize_audio_response as parse_recognize_audio_response
    from .operations import (
        parse_recognize_media_for_zhi_xue_response as parse_recognize_media_for_zhi_xue_response,
    )
    from .operations import parse_reset_workflow_response as parse_reset_workflow_response
    from .operations import parse_response as parse_response
    from .operations import (
        parse_start_stream_link_flow_response as parse_start_stream_link_flow_response,
    )
    from .operations import (
        parse_start_stream_package_linear_assembly_channel_response as parse_start_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_stop_stream_link_flow_response as parse_stop_stream_link_flow_response,
    )
    from .operations import (
        parse_stop_stream_package_linear_assembly_channel_response as parse_stop_stream_package_linear_assembly_channel_response,
    )
    from .operations import (
        parse_submit_hunyuan3_d_task_response as parse_submit_hunyuan3_d_task_response,
    )
    from .operations import parse_sync_dubbing_response as parse_sync_dubbing_response
    from .operations import (
        parse_text_to_speech_async_response as parse_text_to_speech_async_response,
    )
    from .operations import parse_text_to_speech_response as parse_text_to_speech_response
    from .operations import parse_text_translation_response as parse_text_translation_response
    from .operations import parse_update_project_response as parse_update_project_response
    from .operations import parse_update_voice_response as parse_update_voice_response
    from .operations import parse_withdraws_watermark_response as parse_withdraws_watermark_response

    converter: cattrs.Converter
    """A cattrs Converter that structures and unstructures every model."""

#: Public name -> (module, attribute) it is loaded from on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "APIError": (".errors", "APIError"),
    "AsyncClient": (".async_client", "AsyncClient"),
    "Client": (".client", "Client"),
    "Credentials": ("tencent_mps_core.credentials", "Credentials"),
    "DecodeError": (".errors", "DecodeError"),
    "RawResponse": ("tencent_mps_core.raw", "RawResponse"),
    "RetryPolicy": ("tencent_mps_core.retry", "RetryPolicy"),
    "SDKError": (".errors", "SDKError"),
    "ValidationError": (".errors", "ValidationError"),
    "converter": ("tencent_mps_core.converter", "converter"),
    "enums": (".enums", None),
    "errors": (".errors", None),
    "models": (".models", None),
    "operations": (".operations", None),
    "parse_activate_ssai_response": (".operations", "parse_activate_ssai_response"),
    "parse_activate_stream_package_response": (
        ".operations",
        "parse_activate_stream_package_response",
    ),
    "parse_batch_delete_stream_link_flow_response": (
        ".operations",
        "parse_batch_delete_stream_link_flow_response",
    ),
    "parse_batch_process_media_response": (".operations", "parse_batch_process_media_response"),
    "parse_batch_start_stream_link_flow_response": (
        ".operations",
        "parse_batch_start_stream_link_flow_response",
    ),
    "parse_batch_stop_stream_link_flow_response": (
        ".operations",
        "parse_batch_stop_stream_link_flow_response",
    ),
    "parse_change_voice_response": (".operations", "parse_change_voice_response"),
    "parse_clone_viral_response": (".operations", "parse_clone_viral_response"),
    "parse_clone_voice_response": (".operations", "parse_clone_voice_response"),
    "parse_create_ai_analysis_template_response": (
        ".operations",
        "parse_create_ai_analysis_template_response",
    ),
    "parse_create_ai_recognition_template_response": (
        ".operations",
        "parse_create_ai_recognition_template_response",
    ),
    "parse_create_adaptive_dynamic_streaming_template_response": (
        ".operations",
        "parse_create_adaptive_dynamic_streaming_template_response",
    ),
    "parse_create_agent_record_task_response": (
        ".operations",
        "parse_create_agent_record_task_response",
    ),
    "parse_create_ai_drama_task_response": (".operations", "parse_create_ai_drama_task_response"),
    "parse_create_ai_fission_task_response": (
        ".operations",
        "parse_create_ai_fission_task_response",
    ),
    "parse_create_aigc_audio_task_response": (
        ".operations",
        "parse_create_aigc_audio_task_response",
    ),
    "parse_create_aigc_image_task_response": (
        ".operations",
        "parse_create_aigc_image_task_response",
    ),
    "parse_create_aigc_video_task_response": (
        ".operations",
        "parse_create_aigc_video_task_response",
    ),
    "parse_create_animated_graphics_template_response": (
        ".operations",
        "parse_create_animated_graphics_template_response",
    ),
    "parse_create_asr_hotwords_response": (".operations", "parse_create_asr_hotwords_response"),
    "parse_create_blind_watermark_template_response": (
        ".operations",
        "parse_create_blind_watermark_template_response",
    ),
    "parse_create_content_review_template_response": (
        ".operations",
        "parse_create_content_review_template_response",
    ),
    "parse_create_doc_to_video_task_response": (
        ".operations",
        "parse_create_doc_to_video_task_response",
    ),
    "parse_create_image_sprite_template_response": (
        ".operations",
        "parse_create_image_sprite_template_response",
    ),
    "parse_create_live_record_template_response": (
        ".operations",
        "parse_create_live_record_template_response",
    ),
    "parse_create_media_evaluation_response": (
        ".operations",
        "parse_create_media_evaluation_response",
    ),
    "parse_create_person_sample_response": (".operations", "parse_create_person_sample_response"),
    "parse_create_process_image_template_response": (
        ".operations",
        "parse_create_process_image_template_response",
    ),
    "parse_create_project_response": (".operations", "parse_create_project_response"),
    "parse_create_quality_control_template_response": (
        ".operations",
        "parse_create_quality_control_template_response",
    ),
    "parse_create_sample_snapshot_template_response": (
        ".operations",
        "parse_create_sample_snapshot_template_response",
    ),
    "parse_create_schedule_response": (".operations", "parse_create_schedule_response"),
    "parse_create_smart_erase_template_response": (
        ".operations",
        "parse_create_smart_erase_template_response",
    ),
    "parse_create_smart_subtitle_template_response": (
        ".operations",
        "parse_create_smart_subtitle_template_response",
    ),
    "parse_create_snapshot_by_time_offset_template_response": (
        ".operations",
        "parse_create_snapshot_by_time_offset_template_response",
    ),
    "parse_create_stream_link_event_response": (
        ".operations",
        "parse_create_stream_link_event_response",
    ),
    "parse_create_stream_link_flow_response": (
        ".operations",
        "parse_create_stream_link_flow_response",
    ),
    "parse_create_stream_link_input_response": (
        ".operations",
        "parse_create_stream_link_input_response",
    ),
    "parse_create_stream_link_output_info_response": (
        ".operations",
        "parse_create_stream_link_output_info_response",
    ),
    "parse_create_stream_link_security_group_response": (
        ".operations",
        "parse_create_stream_link_security_group_response",
    ),
    "parse_create_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_create_stream_package_linear_assembly_channel_response",
    ),
    "parse_create_stream_package_linear_assembly_program_response": (
        ".operations",
        "parse_create_stream_package_linear_assembly_program_response",
    ),
    "parse_create_stream_package_ssai_channel_response": (
        ".operations",
        "parse_create_stream_package_ssai_channel_response",
    ),
    "parse_create_stream_package_source_response": (
        ".operations",
        "parse_create_stream_package_source_response",
    ),
    "parse_create_stream_package_source_location_response": (
        ".operations",
        "parse_create_stream_package_source_location_response",
    ),
    "parse_create_subtitle_embed_template_response": (
        ".operations",
        "parse_create_subtitle_embed_template_response",
    ),
    "parse_create_transcode_template_response": (
        ".operations",
        "parse_create_transcode_template_response",
    ),
    "parse_create_video_database_entry_task_response": (
        ".operations",
        "parse_create_video_database_entry_task_response",
    ),
    "parse_create_video_redraw_task_response": (
        ".operations",
        "parse_create_video_redraw_task_response",
    ),
    "parse_create_video_search_task_response": (
        ".operations",
        "parse_create_video_search_task_response",
    ),
    "parse_create_watermark_template_response": (
        ".operations",
        "parse_create_watermark_template_response",
    ),
    "parse_create_word_samples_response": (".operations", "parse_create_word_samples_response"),
    "parse_create_workflow_response": (".operations", "parse_create_workflow_response"),
    "parse_delete_ai_analysis_template_response": (
        ".operations",
        "parse_delete_ai_analysis_template_response",
    ),
    "parse_delete_ai_recognition_template_response": (
        ".operations",
        "parse_delete_ai_recognition_template_response",
    ),
    "parse_delete_adaptive_dynamic_streaming_template_response": (
        ".operations",
        "parse_delete_adaptive_dynamic_streaming_template_response",
    ),
    "parse_delete_animated_graphics_template_response": (
        ".operations",
        "parse_delete_animated_graphics_template_response",
    ),
    "parse_delete_asr_hotwords_response": (".operations", "parse_delete_asr_hotwords_response"),
    "parse_delete_blind_watermark_template_response": (
        ".operations",
        "parse_delete_blind_watermark_template_response",
    ),
    "parse_delete_content_review_template_response": (
        ".operations",
        "parse_delete_content_review_template_response",
    ),
    "parse_delete_image_sprite_template_response": (
        ".operations",
        "parse_delete_image_sprite_template_response",
    ),
    "parse_delete_live_record_template_response": (
        ".operations",
        "parse_delete_live_record_template_response",
    ),
    "parse_delete_person_sample_response": (".operations", "parse_delete_person_sample_response"),
    "parse_delete_process_image_template_response": (
        ".operations",
        "parse_delete_process_image_template_response",
    ),
    "parse_delete_project_response": (".operations", "parse_delete_project_response"),
    "parse_delete_quality_control_template_response": (
        ".operations",
        "parse_delete_quality_control_template_response",
    ),
    "parse_delete_sample_snapshot_template_response": (
        ".operations",
        "parse_delete_sample_snapshot_template_response",
    ),
    "parse_delete_schedule_response": (".operations", "parse_delete_schedule_response"),
    "parse_delete_smart_erase_template_response": (
        ".operations",
        "parse_delete_smart_erase_template_response",
    ),
    "parse_delete_smart_subtitle_template_response": (
        ".operations",
        "parse_delete_smart_subtitle_template_response",
    ),
    "parse_delete_snapshot_by_time_offset_template_response": (
        ".operations",
        "parse_delete_snapshot_by_time_offset_template_response",
    ),
    "parse_delete_stream_link_event_response": (
        ".operations",
        "parse_delete_stream_link_event_response",
    ),
    "parse_delete_stream_link_flow_response": (
        ".operations",
        "parse_delete_stream_link_flow_response",
    ),
    "parse_delete_stream_link_output_response": (
        ".operations",
        "parse_delete_stream_link_output_response",
    ),
    "parse_delete_stream_link_security_group_response": (
        ".operations",
        "parse_delete_stream_link_security_group_response",
    ),
    "parse_delete_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_delete_stream_package_linear_assembly_channel_response",
    ),
    "parse_delete_stream_package_linear_assembly_channels_response": (
        ".operations",
        "parse_delete_stream_package_linear_assembly_channels_response",
    ),
    "parse_delete_stream_package_linear_assembly_program_response": (
        ".operations",
        "parse_delete_stream_package_linear_assembly_program_response",
    ),
    "parse_delete_stream_package_linear_assembly_programs_response": (
        ".operations",
        "parse_delete_stream_package_linear_assembly_programs_response",
    ),
    "parse_delete_stream_package_linear_assembly_programs_by_channel_response": (
        ".operations",
        "parse_delete_stream_package_linear_assembly_programs_by_channel_response",
    ),
    "parse_delete_stream_package_ssai_channel_response": (
        ".operations",
        "parse_delete_stream_package_ssai_channel_response",
    ),
    "parse_delete_stream_package_source_response": (
        ".operations",
        "parse_delete_stream_package_source_response",
    ),
    "parse_delete_stream_package_source_location_response": (
        ".operations",
        "parse_delete_stream_package_source_location_response",
    ),
    "parse_delete_subtitle_embed_template_response": (
        ".operations",
        "parse_delete_subtitle_embed_template_response",
    ),
    "parse_delete_transcode_template_response": (
        ".operations",
        "parse_delete_transcode_template_response",
    ),
    "parse_delete_voice_response": (".operations", "parse_delete_voice_response"),
    "parse_delete_watermark_template_response": (
        ".operations",
        "parse_delete_watermark_template_response",
    ),
    "parse_delete_word_samples_response": (".operations", "parse_delete_word_samples_response"),
    "parse_delete_workflow_response": (".operations", "parse_delete_workflow_response"),
    "parse_describe_ai_analysis_templates_response": (
        ".operations",
        "parse_describe_ai_analysis_templates_response",
    ),
    "parse_describe_ai_recognition_templates_response": (
        ".operations",
        "parse_describe_ai_recognition_templates_response",
    ),
    "parse_describe_adaptive_dynamic_streaming_templates_response": (
        ".operations",
        "parse_describe_adaptive_dynamic_streaming_templates_response",
    ),
    "parse_describe_agent_record_task_response": (
        ".operations",
        "parse_describe_agent_record_task_response",
    ),
    "parse_describe_aigc_audio_task_response": (
        ".operations",
        "parse_describe_aigc_audio_task_response",
    ),
    "parse_describe_aigc_image_task_response": (
        ".operations",
        "parse_describe_aigc_image_task_response",
    ),
    "parse_describe_aigc_task_list_response": (
        ".operations",
        "parse_describe_aigc_task_list_response",
    ),
    "parse_describe_aigc_task_status_response": (
        ".operations",
        "parse_describe_aigc_task_status_response",
    ),
    "parse_describe_aigc_video_task_response": (
        ".operations",
        "parse_describe_aigc_video_task_response",
    ),
    "parse_describe_animated_graphics_templates_response": (
        ".operations",
        "parse_describe_animated_graphics_templates_response",
    ),
    "parse_describe_asr_hotwords_response": (".operations", "parse_describe_asr_hotwords_response"),
    "parse_describe_asr_hotwords_list_response": (
        ".operations",
        "parse_describe_asr_hotwords_list_response",
    ),
    "parse_describe_batch_task_detail_response": (
        ".operations",
        "parse_describe_batch_task_detail_response",
    ),
    "parse_describe_blind_watermark_templates_response": (
        ".operations",
        "parse_describe_blind_watermark_templates_response",
    ),
    "parse_describe_clone_viral_task_response": (
        ".operations",
        "parse_describe_clone_viral_task_response",
    ),
    "parse_describe_content_review_templates_response": (
        ".operations",
        "parse_describe_content_review_templates_response",
    ),
    "parse_describe_design_task_response": (".operations", "parse_describe_design_task_response"),
    "parse_describe_group_attach_flows_by_id_response": (
        ".operations",
        "parse_describe_group_attach_flows_by_id_response",
    ),
    "parse_describe_image_sprite_templates_response": (
        ".operations",
        "parse_describe_image_sprite_templates_response",
    ),
    "parse_describe_image_task_detail_response": (
        ".operations",
        "parse_describe_image_task_detail_response",
    ),
    "parse_describe_image_tasks_response": (".operations", "parse_describe_image_tasks_response"),
    "parse_describe_live_record_templates_response": (
        ".operations",
        "parse_describe_live_record_templates_response",
    ),
    "parse_describe_mdpmps_user_info_response": (
        ".operations",
        "parse_describe_mdpmps_user_info_response",
    ),
    "parse_describe_media_meta_data_response": (
        ".operations",
        "parse_describe_media_meta_data_response",
    ),
    "parse_describe_person_samples_response": (
        ".operations",
        "parse_describe_person_samples_response",
    ),
    "parse_describe_process_image_templates_response": (
        ".operations",
        "parse_describe_process_image_templates_response",
    ),
    "parse_describe_quality_control_templates_response": (
        ".operations",
        "parse_describe_quality_control_templates_response",
    ),
    "parse_describe_ssai_activate_state_response": (
        ".operations",
        "parse_describe_ssai_activate_state_response",
    ),
    "parse_describe_sample_snapshot_templates_response": (
        ".operations",
        "parse_describe_sample_snapshot_templates_response",
    ),
    "parse_describe_schedules_response": (".operations", "parse_describe_schedules_response"),
    "parse_describe_smart_erase_templates_response": (
        ".operations",
        "parse_describe_smart_erase_templates_response",
    ),
    "parse_describe_smart_subtitle_templates_response": (
        ".operations",
        "parse_describe_smart_subtitle_templates_response",
    ),
    "parse_describe_snapshot_by_time_offset_templates_response": (
        ".operations",
        "parse_describe_snapshot_by_time_offset_templates_response",
    ),
    "parse_describe_stream_link_activate_state_response": (
        ".operations",
        "parse_describe_stream_link_activate_state_response",
    ),
    "parse_describe_stream_link_event_response": (
        ".operations",
        "parse_describe_stream_link_event_response",
    ),
    "parse_describe_stream_link_event_attached_flows_response": (
        ".operations",
        "parse_describe_stream_link_event_attached_flows_response",
    ),
    "parse_describe_stream_link_events_response": (
        ".operations",
        "parse_describe_stream_link_events_response",
    ),
    "parse_describe_stream_link_flow_response": (
        ".operations",
        "parse_describe_stream_link_flow_response",
    ),
    "parse_describe_stream_link_flow_logs_response": (
        ".operations",
        "parse_describe_stream_link_flow_logs_response",
    ),
    "parse_describe_stream_link_flow_media_statistics_response": (
        ".operations",
        "parse_describe_stream_link_flow_media_statistics_response",
    ),
    "parse_describe_stream_link_flow_realtime_status_response": (
        ".operations",
        "parse_describe_stream_link_flow_realtime_status_response",
    ),
    "parse_describe_stream_link_flow_srt_statistics_response": (
        ".operations",
        "parse_describe_stream_link_flow_srt_statistics_response",
    ),
    "parse_describe_stream_link_flow_statistics_response": (
        ".operations",
        "parse_describe_stream_link_flow_statistics_response",
    ),
    "parse_describe_stream_link_flows_response": (
        ".operations",
        "parse_describe_stream_link_flows_response",
    ),
    "parse_describe_stream_link_regions_response": (
        ".operations",
        "parse_describe_stream_link_regions_response",
    ),
    "parse_describe_stream_link_security_groups_response": (
        ".operations",
        "parse_describe_stream_link_security_groups_response",
    ),
    "parse_describe_stream_package_activate_state_response": (
        ".operations",
        "parse_describe_stream_package_activate_state_response",
    ),
    "parse_describe_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_channel_response",
    ),
    "parse_describe_stream_package_linear_assembly_channel_alerts_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_channel_alerts_response",
    ),
    "parse_describe_stream_package_linear_assembly_channels_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_channels_response",
    ),
    "parse_describe_stream_package_linear_assembly_program_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_program_response",
    ),
    "parse_describe_stream_package_linear_assembly_program_schedules_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_program_schedules_response",
    ),
    "parse_describe_stream_package_linear_assembly_programs_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_programs_response",
    ),
    "parse_describe_stream_package_linear_assembly_usage_response": (
        ".operations",
        "parse_describe_stream_package_linear_assembly_usage_response",
    ),
    "parse_describe_stream_package_ssai_channel_response": (
        ".operations",
        "parse_describe_stream_package_ssai_channel_response",
    ),
    "parse_describe_stream_package_ssai_channels_response": (
        ".operations",
        "parse_describe_stream_package_ssai_channels_response",
    ),
    "parse_describe_stream_package_ssai_usage_response": (
        ".operations",
        "parse_describe_stream_package_ssai_usage_response",
    ),
    "parse_describe_stream_package_source_response": (
        ".operations",
        "parse_describe_stream_package_source_response",
    ),
    "parse_describe_stream_package_source_alerts_response": (
        ".operations",
        "parse_describe_stream_package_source_alerts_response",
    ),
    "parse_describe_stream_package_source_location_response": (
        ".operations",
        "parse_describe_stream_package_source_location_response",
    ),
    "parse_describe_stream_package_source_locations_response": (
        ".operations",
        "parse_describe_stream_package_source_locations_response",
    ),
    "parse_describe_stream_package_sources_response": (
        ".operations",
        "parse_describe_stream_package_sources_response",
    ),
    "parse_describe_subtitle_embed_templates_response": (
        ".operations",
        "parse_describe_subtitle_embed_templates_response",
    ),
    "parse_describe_task_detail_response": (".operations", "parse_describe_task_detail_response"),
    "parse_describe_tasks_response": (".operations", "parse_describe_tasks_response"),
    "parse_describe_text_to_speech_async_task_response": (
        ".operations",
        "parse_describe_text_to_speech_async_task_response",
    ),
    "parse_describe_transcode_templates_response": (
        ".operations",
        "parse_describe_transcode_templates_response",
    ),
    "parse_describe_usage_data_response": (".operations", "parse_describe_usage_data_response"),
    "parse_describe_video_database_entry_task_detail_response": (
        ".operations",
        "parse_describe_video_database_entry_task_detail_response",
    ),
    "parse_describe_video_search_task_detail_response": (
        ".operations",
        "parse_describe_video_search_task_detail_response",
    ),
    "parse_describe_voices_response": (".operations", "parse_describe_voices_response"),
    "parse_describe_watermark_templates_response": (
        ".operations",
        "parse_describe_watermark_templates_response",
    ),
    "parse_describe_word_samples_response": (".operations", "parse_describe_word_samples_response"),
    "parse_describe_workflows_response": (".operations", "parse_describe_workflows_response"),
    "parse_design_voice_async_response": (".operations", "parse_design_voice_async_response"),
    "parse_detect_video_subtitle_area_response": (
        ".operations",
        "parse_detect_video_subtitle_area_response",
    ),
    "parse_detect_video_watermark_response": (
        ".operations",
        "parse_detect_video_watermark_response",
    ),
    "parse_disable_schedule_response": (".operations", "parse_disable_schedule_response"),
    "parse_disable_workflow_response": (".operations", "parse_disable_workflow_response"),
    "parse_disassociate_security_group_response": (
        ".operations",
        "parse_disassociate_security_group_response",
    ),
    "parse_edit_media_response": (".operations", "parse_edit_media_response"),
    "parse_embedding_data_response": (".operations", "parse_embedding_data_response"),
    "parse_enable_schedule_response": (".operations", "parse_enable_schedule_response"),
    "parse_enable_workflow_response": (".operations", "parse_enable_workflow_response"),
    "parse_execute_function_response": (".operations", "parse_execute_function_response"),
    "parse_extract_blind_watermark_response": (
        ".operations",
        "parse_extract_blind_watermark_response",
    ),
    "parse_manage_task_response": (".operations", "parse_manage_task_response"),
    "parse_modify_ai_analysis_template_response": (
        ".operations",
        "parse_modify_ai_analysis_template_response",
    ),
    "parse_modify_ai_recognition_template_response": (
        ".operations",
        "parse_modify_ai_recognition_template_response",
    ),
    "parse_modify_adaptive_dynamic_streaming_template_response": (
        ".operations",
        "parse_modify_adaptive_dynamic_streaming_template_response",
    ),
    "parse_modify_animated_graphics_template_response": (
        ".operations",
        "parse_modify_animated_graphics_template_response",
    ),
    "parse_modify_asr_hotwords_response": (".operations", "parse_modify_asr_hotwords_response"),
    "parse_modify_blind_watermark_template_response": (
        ".operations",
        "parse_modify_blind_watermark_template_response",
    ),
    "parse_modify_content_review_template_response": (
        ".operations",
        "parse_modify_content_review_template_response",
    ),
    "parse_modify_doc_to_video_task_status_response": (
        ".operations",
        "parse_modify_doc_to_video_task_status_response",
    ),
    "parse_modify_image_sprite_template_response": (
        ".operations",
        "parse_modify_image_sprite_template_response",
    ),
    "parse_modify_live_record_template_response": (
        ".operations",
        "parse_modify_live_record_template_response",
    ),
    "parse_modify_person_sample_response": (".operations", "parse_modify_person_sample_response"),
    "parse_modify_process_image_template_response": (
        ".operations",
        "parse_modify_process_image_template_response",
    ),
    "parse_modify_quality_control_template_response": (
        ".operations",
        "parse_modify_quality_control_template_response",
    ),
    "parse_modify_sample_snapshot_template_response": (
        ".operations",
        "parse_modify_sample_snapshot_template_response",
    ),
    "parse_modify_schedule_response": (".operations", "parse_modify_schedule_response"),
    "parse_modify_smart_erase_template_response": (
        ".operations",
        "parse_modify_smart_erase_template_response",
    ),
    "parse_modify_smart_subtitle_template_response": (
        ".operations",
        "parse_modify_smart_subtitle_template_response",
    ),
    "parse_modify_snapshot_by_time_offset_template_response": (
        ".operations",
        "parse_modify_snapshot_by_time_offset_template_response",
    ),
    "parse_modify_stream_link_event_response": (
        ".operations",
        "parse_modify_stream_link_event_response",
    ),
    "parse_modify_stream_link_flow_response": (
        ".operations",
        "parse_modify_stream_link_flow_response",
    ),
    "parse_modify_stream_link_input_response": (
        ".operations",
        "parse_modify_stream_link_input_response",
    ),
    "parse_modify_stream_link_output_info_response": (
        ".operations",
        "parse_modify_stream_link_output_info_response",
    ),
    "parse_modify_stream_link_security_group_response": (
        ".operations",
        "parse_modify_stream_link_security_group_response",
    ),
    "parse_modify_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_modify_stream_package_linear_assembly_channel_response",
    ),
    "parse_modify_stream_package_linear_assembly_program_response": (
        ".operations",
        "parse_modify_stream_package_linear_assembly_program_response",
    ),
    "parse_modify_stream_package_ssai_channel_response": (
        ".operations",
        "parse_modify_stream_package_ssai_channel_response",
    ),
    "parse_modify_stream_package_source_response": (
        ".operations",
        "parse_modify_stream_package_source_response",
    ),
    "parse_modify_stream_package_source_location_response": (
        ".operations",
        "parse_modify_stream_package_source_location_response",
    ),
    "parse_modify_subtitle_embed_template_response": (
        ".operations",
        "parse_modify_subtitle_embed_template_response",
    ),
    "parse_modify_transcode_template_response": (
        ".operations",
        "parse_modify_transcode_template_response",
    ),
    "parse_modify_watermark_template_response": (
        ".operations",
        "parse_modify_watermark_template_response",
    ),
    "parse_modify_word_sample_response": (".operations", "parse_modify_word_sample_response"),
    "parse_live_stream_process_notification_response": (
        ".operations",
        "parse_live_stream_process_notification_response",
    ),
    "parse_notification_response": (".operations", "parse_notification_response"),
    "parse_process_image_response": (".operations", "parse_process_image_response"),
    "parse_process_live_stream_response": (".operations", "parse_process_live_stream_response"),
    "parse_process_media_response": (".operations", "parse_process_media_response"),
    "parse_query_hunyuan3_d_task_response": (".operations", "parse_query_hunyuan3_d_task_response"),
    "parse_query_project_response": (".operations", "parse_query_project_response"),
    "parse_recognize_audio_response": (".operations", "parse_recognize_audio_response"),
    "parse_recognize_media_for_zhi_xue_response": (
        ".operations",
        "parse_recognize_media_for_zhi_xue_response",
    ),
    "parse_reset_workflow_response": (".operations", "parse_reset_workflow_response"),
    "parse_start_stream_link_flow_response": (
        ".operations",
        "parse_start_stream_link_flow_response",
    ),
    "parse_start_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_start_stream_package_linear_assembly_channel_response",
    ),
    "parse_stop_stream_link_flow_response": (".operations", "parse_stop_stream_link_flow_response"),
    "parse_stop_stream_package_linear_assembly_channel_response": (
        ".operations",
        "parse_stop_stream_package_linear_assembly_channel_response",
    ),
    "parse_submit_hunyuan3_d_task_response": (
        ".operations",
        "parse_submit_hunyuan3_d_task_response",
    ),
    "parse_sync_dubbing_response": (".operations", "parse_sync_dubbing_response"),
    "parse_text_to_speech_response": (".operations", "parse_text_to_speech_response"),
    "parse_text_to_speech_async_response": (".operations", "parse_text_to_speech_async_response"),
    "parse_text_translation_response": (".operations", "parse_text_translation_response"),
    "parse_update_project_response": (".operations", "parse_update_project_response"),
    "parse_update_voice_response": (".operations", "parse_update_voice_response"),
    "parse_withdraws_watermark_response": (".operations", "parse_withdraws_watermark_response"),
    "parse_response": ("._service", "parse_response"),  # decodes without the operation records
}

__all__ = [
    "APIError",
    "AsyncClient",
    "Client",
    "Credentials",
    "DecodeError",
    "RawResponse",
    "RetryPolicy",
    "SDKError",
    "ValidationError",
    "__version__",
    "converter",
    "enums",
    "errors",
    "models",
    "operations",
    "parse_activate_ssai_response",
    "parse_activate_stream_package_response",
    "parse_batch_delete_stream_link_flow_response",
    "parse_batch_process_media_response",
    "parse_batch_start_stream_link_flow_response",
    "parse_batch_stop_stream_link_flow_response",
    "parse_change_voice_response",
    "parse_clone_viral_response",
    "parse_clone_voice_response",
    "parse_create_ai_analysis_template_response",
    "parse_create_ai_recognition_template_response",
    "parse_create_adaptive_dynamic_streaming_template_response",
    "parse_create_agent_record_task_response",
    "parse_create_ai_drama_task_response",
    "parse_create_ai_fission_task_response",
    "parse_create_aigc_audio_task_response",
    "parse_create_aigc_image_task_response",
    "parse_create_aigc_video_task_response",
    "parse_create_animated_graphics_template_response",
    "parse_create_asr_hotwords_response",
    "parse_create_blind_watermark_template_response",
    "parse_create_content_review_template_response",
    "parse_create_doc_to_video_task_response",
    "parse_create_image_sprite_template_response",
    "parse_create_live_record_template_response",
    "parse_create_media_evaluation_response",
    "parse_create_person_sample_response",
    "parse_create_process_image_template_response",
    "parse_create_project_response",
    "parse_create_quality_control_template_response",
    "parse_create_sample_snapshot_template_response",
    "parse_create_schedule_response",
    "parse_create_smart_erase_template_response",
    "parse_create_smart_subtitle_template_response",
    "parse_create_snapshot_by_time_offset_template_response",
    "parse_create_stream_link_event_response",
    "parse_create_stream_link_flow_response",
    "parse_create_stream_link_input_response",
    "parse_create_stream_link_output_info_response",
    "parse_create_stream_link_security_group_response",
    "parse_create_stream_package_linear_assembly_channel_response",
    "parse_create_stream_package_linear_assembly_program_response",
    "parse_create_stream_package_ssai_channel_response",
    "parse_create_stream_package_source_response",
    "parse_create_stream_package_source_location_response",
    "parse_create_subtitle_embed_template_response",
    "parse_create_transcode_template_response",
    "parse_create_video_database_entry_task_response",
    "parse_create_video_redraw_task_response",
    "parse_create_video_search_task_response",
    "parse_create_watermark_template_response",
    "parse_create_word_samples_response",
    "parse_create_workflow_response",
    "parse_delete_ai_analysis_template_response",
    "parse_delete_ai_recognition_template_response",
    "parse_delete_adaptive_dynamic_streaming_template_response",
    "parse_delete_animated_graphics_template_response",
    "parse_delete_asr_hotwords_response",
    "parse_delete_blind_watermark_template_response",
    "parse_delete_content_review_template_response",
    "parse_delete_image_sprite_template_response",
    "parse_delete_live_record_template_response",
    "parse_delete_person_sample_response",
    "parse_delete_process_image_template_response",
    "parse_delete_project_response",
    "parse_delete_quality_control_template_response",
    "parse_delete_sample_snapshot_template_response",
    "parse_delete_schedule_response",
    "parse_delete_smart_erase_template_response",
    "parse_delete_smart_subtitle_template_response",
    "parse_delete_snapshot_by_time_offset_template_response",
    "parse_delete_stream_link_event_response",
    "parse_delete_stream_link_flow_response",
    "parse_delete_stream_link_output_response",
    "parse_delete_stream_link_security_group_response",
    "parse_delete_stream_package_linear_assembly_channel_response",
    "parse_delete_stream_package_linear_assembly_channels_response",
    "parse_delete_stream_package_linear_assembly_program_response",
    "parse_delete_stream_package_linear_assembly_programs_response",
    "parse_delete_stream_package_linear_assembly_programs_by_channel_response",
    "parse_delete_stream_package_ssai_channel_response",
    "parse_delete_stream_package_source_response",
    "parse_delete_stream_package_source_location_response",
    "parse_delete_subtitle_embed_template_response",
    "parse_delete_transcode_template_response",
    "parse_delete_voice_response",
    "parse_delete_watermark_template_response",
    "parse_delete_word_samples_response",
    "parse_delete_workflow_response",
    "parse_describe_ai_analysis_templates_response",
    "parse_describe_ai_recognition_templates_response",
    "parse_describe_adaptive_dynamic_streaming_templates_response",
    "parse_describe_agent_record_task_response",
    "parse_describe_aigc_audio_task_response",
    "parse_describe_aigc_image_task_response",
    "parse_describe_aigc_task_list_response",
    "parse_describe_aigc_task_status_response",
    "parse_describe_aigc_video_task_response",
    "parse_describe_animated_graphics_templates_response",
    "parse_describe_asr_hotwords_response",
    "parse_describe_asr_hotwords_list_response",
    "parse_describe_batch_task_detail_response",
    "parse_describe_blind_watermark_templates_response",
    "parse_describe_clone_viral_task_response",
    "parse_describe_content_review_templates_response",
    "parse_describe_design_task_response",
    "parse_describe_group_attach_flows_by_id_response",
    "parse_describe_image_sprite_templates_response",
    "parse_describe_image_task_detail_response",
    "parse_describe_image_tasks_response",
    "parse_describe_live_record_templates_response",
    "parse_describe_mdpmps_user_info_response",
    "parse_describe_media_meta_data_response",
    "parse_describe_person_samples_response",
    "parse_describe_process_image_templates_response",
    "parse_describe_quality_control_templates_response",
    "parse_describe_ssai_activate_state_response",
    "parse_describe_sample_snapshot_templates_response",
    "parse_describe_schedules_response",
    "parse_describe_smart_erase_templates_response",
    "parse_describe_smart_subtitle_templates_response",
    "parse_describe_snapshot_by_time_offset_templates_response",
    "parse_describe_stream_link_activate_state_response",
    "parse_describe_stream_link_event_response",
    "parse_describe_stream_link_event_attached_flows_response",
    "parse_describe_stream_link_events_response",
    "parse_describe_stream_link_flow_response",
    "parse_describe_stream_link_flow_logs_response",
    "parse_describe_stream_link_flow_media_statistics_response",
    "parse_describe_stream_link_flow_realtime_status_response",
    "parse_describe_stream_link_flow_srt_statistics_response",
    "parse_describe_stream_link_flow_statistics_response",
    "parse_describe_stream_link_flows_response",
    "parse_describe_stream_link_regions_response",
    "parse_describe_stream_link_security_groups_response",
    "parse_describe_stream_package_activate_state_response",
    "parse_describe_stream_package_linear_assembly_channel_response",
    "parse_describe_stream_package_linear_assembly_channel_alerts_response",
    "parse_describe_stream_package_linear_assembly_channels_response",
    "parse_describe_stream_package_linear_assembly_program_response",
    "parse_describe_stream_package_linear_assembly_program_schedules_response",
    "parse_describe_stream_package_linear_assembly_programs_response",
    "parse_describe_stream_package_linear_assembly_usage_response",
    "parse_describe_stream_package_ssai_channel_response",
    "parse_describe_stream_package_ssai_channels_response",
    "parse_describe_stream_package_ssai_usage_response",
    "parse_describe_stream_package_source_response",
    "parse_describe_stream_package_source_alerts_response",
    "parse_describe_stream_package_source_location_response",
    "parse_describe_stream_package_source_locations_response",
    "parse_describe_stream_package_sources_response",
    "parse_describe_subtitle_embed_templates_response",
    "parse_describe_task_detail_response",
    "parse_describe_tasks_response",
    "parse_describe_text_to_speech_async_task_response",
    "parse_describe_transcode_templates_response",
    "parse_describe_usage_data_response",
    "parse_describe_video_database_entry_task_detail_response",
    "parse_describe_video_search_task_detail_response",
    "parse_describe_voices_response",
    "parse_describe_watermark_templates_response",
    "parse_describe_word_samples_response",
    "parse_describe_workflows_response",
    "parse_design_voice_async_response",
    "parse_detect_video_subtitle_area_response",
    "parse_detect_video_watermark_response",
    "parse_disable_schedule_response",
    "parse_disable_workflow_response",
    "parse_disassociate_security_group_response",
    "parse_edit_media_response",
    "parse_embedding_data_response",
    "parse_enable_schedule_response",
    "parse_enable_workflow_response",
    "parse_execute_function_response",
    "parse_extract_blind_watermark_response",
    "parse_manage_task_response",
    "parse_modify_ai_analysis_template_response",
    "parse_modify_ai_recognition_template_response",
    "parse_modify_adaptive_dynamic_streaming_template_response",
    "parse_modify_animated_graphics_template_response",
    "parse_modify_asr_hotwords_response",
    "parse_modify_blind_watermark_template_response",
    "parse_modify_content_review_template_response",
    "parse_modify_doc_to_video_task_status_response",
    "parse_modify_image_sprite_template_response",
    "parse_modify_live_record_template_response",
    "parse_modify_person_sample_response",
    "parse_modify_process_image_template_response",
    "parse_modify_quality_control_template_response",
    "parse_modify_sample_snapshot_template_response",
    "parse_modify_schedule_response",
    "parse_modify_smart_erase_template_response",
    "parse_modify_smart_subtitle_template_response",
    "parse_modify_snapshot_by_time_offset_template_response",
    "parse_modify_stream_link_event_response",
    "parse_modify_stream_link_flow_response",
    "parse_modify_stream_link_input_response",
    "parse_modify_stream_link_output_info_response",
    "parse_modify_stream_link_security_group_response",
    "parse_modify_stream_package_linear_assembly_channel_response",
    "parse_modify_stream_package_linear_assembly_program_response",
    "parse_modify_stream_package_ssai_channel_response",
    "parse_modify_stream_package_source_response",
    "parse_modify_stream_package_source_location_response",
    "parse_modify_subtitle_embed_template_response",
    "parse_modify_transcode_template_response",
    "parse_modify_watermark_template_response",
    "parse_modify_word_sample_response",
    "parse_live_stream_process_notification_response",
    "parse_notification_response",
    "parse_process_image_response",
    "parse_process_live_stream_response",
    "parse_process_media_response",
    "parse_query_hunyuan3_d_task_response",
    "parse_query_project_response",
    "parse_recognize_audio_response",
    "parse_recognize_media_for_zhi_xue_response",
    "parse_reset_workflow_response",
    "parse_start_stream_link_flow_response",
    "parse_start_stream_package_linear_assembly_channel_response",
    "parse_stop_stream_link_flow_response",
    "parse_stop_stream_package_linear_assembly_channel_response",
    "parse_submit_hunyuan3_d_task_response",
    "parse_sync_dubbing_response",
    "parse_text_to_speech_response",
    "parse_text_to_speech_async_response",
    "parse_text_translation_response",
    "parse_update_project_response",
    "parse_update_voice_response",
    "parse_withdraws_watermark_response",
    "parse_response",
]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(target[0], __name__)
    value = module if target[1] is None else getattr(module, target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
